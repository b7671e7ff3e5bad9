"""False claims and misses the last hunts left alone, taken up by leftover48: each class on its pinned real example,
on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a stub read in place of its source: the source's `__all__`, a sibling module's literal list, decides `import *` --


def test_pyzmq_backend_star_export_follows_the_sources_public_api_list() -> None:
    # 27.1's `zmq/backend/__init__.pyi` wrote no `__all__`; its source ends `__all__ = public_api` (`select.py`)
    found = changes("pyzmq", "27.1.0", "27.2.0")
    for path in ("zmq.monitored_queue", "zmq.select_backend", "zmq.green.monitored_queue", "zmq.green.select_backend"):
        assert ("removed", path) not in found


_TOP = "from demo.backend import *\n"
_FILL = "from .select import public_api, pick\n\nglobals().update(pick())\n__all__ = public_api\n"
_SELECT = "public_api = ['Frame', 'version']\n\n\ndef pick():\n    return {}\n"
_STUB = "from .select import pick as pick\n\nclass Frame: ...\n\ndef version() -> str: ...\n\nhelper: int\n"
_LISTED = "__all__ = ['Frame', 'version']\n\n"


def _release(stub: str, select: str = _SELECT) -> dict[str, str]:
    return {
        "demo/__init__.py": _TOP,
        "demo/backend/__init__.py": _FILL,
        "demo/backend/__init__.pyi": stub,
        "demo/backend/select.py": select,
    }


def test_a_stub_gaining_the_all_its_source_took_from_a_sibling_list_is_no_removal(tmp_path: Path) -> None:
    found = diffed(tmp_path, _release(_STUB), _release(_LISTED + _STUB))
    assert ("removed", "demo.pick") not in found
    assert ("removed", "demo.helper") not in found


def test_a_listed_name_the_stub_drops_stays_claimed(tmp_path: Path) -> None:
    new = _LISTED.replace(", 'version'", "") + _STUB.replace("def version() -> str: ...\n", "")
    found = diffed(tmp_path, _release(_STUB), _release(new, _SELECT.replace(", 'version'", "")))
    assert {("removed", "demo.version"), ("removed", "demo.backend.version")} & found.keys()
    assert ("removed", "demo.pick") not in found


def test_a_source_all_from_a_list_built_otherwise_leaves_the_stub_star_exporting(tmp_path: Path) -> None:
    built = "_base = ['Frame']\npublic_api = _base + ['version']\n\n\ndef pick():\n    return {}\n"
    found = diffed(tmp_path, _release(_STUB, built), _release(_LISTED + _STUB, built))
    assert ("removed", "demo.pick") in found  # which names the list holds is not read: the stub's word stands


# -- a pluggy hook specification gaining a parameter breaks no implementation: each names the arguments it takes --


def test_pytest_html_results_summary_spec_gaining_session_is_no_claim() -> None:
    found = changes("pytest-html", "3.2.0", "4.0.0")
    assert ("signature_changed", "pytest_html.hooks.pytest_html_results_summary") not in found
    assert ("removed", "pytest_html.util.ansi_support") in found  # a plain function: still said


def test_pytest_bdd_hook_spec_removed_stays_claimed() -> None:
    found = changes("pytest-bdd", "5.0.0", "6.0.0")
    assert ("removed", "pytest_bdd.hooks.pytest_bdd_step_validation_error") in found


_SPECS = '''def pytest_demo_summary(prefix, summary):
    """Called before adding the summary."""


def pytest_demo_row(report, cells):
    """Called for each row."""
'''
_PLUGIN = '''import pluggy

hookspec = pluggy.HookspecMarker("demo")


def pytest_addhooks(pluginmanager):
    from demo import hooks

    pluginmanager.add_hookspecs(hooks)


@hookspec
def demo_marked(config):
    """A marked specification."""


def render(prefix, summary):
    return prefix + summary
'''


def _plugin(specs: str, plugin: str) -> dict[str, str]:
    return {"demo/__init__.py": "", "demo/hooks.py": specs, "demo/plugin.py": plugin}


def test_a_hook_specification_gaining_a_parameter_is_no_claim(tmp_path: Path) -> None:
    specs = _SPECS.replace("(prefix, summary)", "(prefix, summary, session)")
    plugin = _PLUGIN.replace("demo_marked(config)", "demo_marked(config, items)")
    found = diffed(tmp_path, _plugin(_SPECS, _PLUGIN), _plugin(specs, plugin))
    assert ("signature_changed", "demo.hooks.pytest_demo_summary") not in found
    assert ("signature_changed", "demo.plugin.demo_marked") not in found


def test_a_hook_specification_losing_a_parameter_or_a_plain_function_gaining_one_stays_claimed(
    tmp_path: Path,
) -> None:
    specs = _SPECS.replace("(report, cells)", "(report)")
    plugin = _PLUGIN.replace("render(prefix, summary)", "render(prefix, summary, session)")
    found = diffed(tmp_path, _plugin(_SPECS, _PLUGIN), _plugin(specs, plugin))
    assert ("signature_changed", "demo.hooks.pytest_demo_row") in found  # an implementation naming `cells` is refused
    assert ("signature_changed", "demo.plugin.render") in found


# -- a wheel missing the module its package imports a name from: the import fails, the name is gone (a miss) --


def test_redis_om_1_0_5_wheel_without_its_model_package_loses_the_names_it_imports() -> None:
    found = changes("redis-om", "0.3.5", "1.0.5")
    for name in ("HashModel", "JsonModel", "Field", "get_redis_connection", "has_redisearch", "NotFoundError"):
        assert ("removed", f"redis_om.{name}") in found
    assert ("removed", "aredis_om.HashModel") not in found  # shipped in `aredis_om/model/model.py`: still there


_INIT = """from .model import Model, field
from .core import run

try:
    from ._speedups import fast
except ImportError:
    fast = None

if run:
    from .extra import helper
"""
_MODEL = "class Model:\n    pass\n\n\ndef field():\n    pass\n"
_CORE = "def run():\n    pass\n"


def _wheel(version: str, **files: str) -> dict[str, str]:
    shipped = {"demo/__init__.py": _INIT, f"demo-{version}.dist-info/METADATA": "Name: demo\n"}
    return {**shipped, **{f"demo/{name.replace('__', '.')}": text for name, text in files.items()}}


def test_a_name_imported_from_a_module_the_wheel_no_longer_ships_is_removed(tmp_path: Path) -> None:
    old = _wheel("1.0", model__py=_MODEL, core__py=_CORE, _speedups__py="def fast(): pass\n", extra__py="helper = 1\n")
    found = diffed(tmp_path, old, _wheel("2.0", core__py=_CORE))
    assert ("removed", "demo.Model") in found
    assert ("removed", "demo.field") in found


def test_a_guarded_or_compiled_or_still_shipped_import_stays_present(tmp_path: Path) -> None:
    old = _wheel("1.0", model__py=_MODEL, core__py=_CORE, _speedups__py="def fast(): pass\n", extra__py="helper = 1\n")
    new = _wheel("2.0", model__py=_MODEL, core__py=_CORE)
    new["demo/_speedups.cpython-312-x86_64-linux-gnu.so"] = ""
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.Model") not in found
    assert ("removed", "demo.run") not in found
    assert ("removed", "demo.fast") not in found  # a compiled extension module: no source, a module all the same
    assert ("removed", "demo.helper") not in found  # under an `if`: not this rule's to say

