"""False claims found by a sweep of releases never measured (flax, optax, equinox, jax, qdrant-client, pymilvus,
panel, joblib, slack-bolt, ...), each fixed as a class, with the true claims of the same shape kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- an attribute read from users' objects inside a vendored copy of a distribution the new release requires
# instead (joblib 1.6 dropped `joblib/externals/cloudpickle`, requiring cloudpickle): the copy's reads are still made,
# by that distribution --

_PICKLER = "def dumps(obj):\n    return getattr(obj, 'reduce_args', None)\n"


def _vendoring(requires: str, vendored: bool) -> dict[str, str]:
    files = {
        "demo/__init__.py": "from .parallel import run\n",
        "demo/parallel.py": "def run(job):\n    return job\n",
        "demo/externals/__init__.py": "",
        "demo-1.0.dist-info/METADATA": "Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n" + requires,
    }
    if vendored:
        files["demo/externals/picklelib/__init__.py"] = _PICKLER
    return files


def test_a_read_in_a_vendored_copy_now_required_is_still_made(tmp_path: Path) -> None:
    found = diffed(tmp_path, _vendoring("", True), _vendoring("Requires-Dist: picklelib>=3.0\n", False))
    assert ("removed", "attr:reduce_args") not in found
    assert ("removed", "demo.externals.picklelib") in found  # `from demo.externals import picklelib` still fails


@pytest.mark.parametrize(
    "requires",
    [
        pytest.param("", id="not required"),
        pytest.param("Requires-Dist: otherlib\n", id="another distribution required"),
    ],
)
def test_a_read_in_a_vendored_copy_not_required_instead_is_still_claimed(tmp_path: Path, requires: str) -> None:
    found = diffed(tmp_path, _vendoring("", True), _vendoring(requires, False))
    assert ("removed", "attr:reduce_args") in found


def test_joblib_1_6_still_has_its_code_objects_read_by_cloudpickle() -> None:
    found = changes("joblib", "1.5.3", "1.6.0")
    assert ("removed", "attr:co_linetable") not in found
    assert ("removed", "attr:co_nmeta") not in found
    assert ("removed", "joblib.externals.cloudpickle") in found


# -- a module-level warning under a test of whether a global a call bound is None (weasyprint 70's `harfbuzz_subset =
# _dlopen(..., allow_fail=True)`, `if harfbuzz_subset is None: warnings.warn("HarfBuzz-Subset will be required by
# future versions ...", DeprecationWarning)`): the call probed what is installed, the module is not deprecated --

_PROBED = '''import warnings


def _load(*names):
    return None


subsetter = _load('libsubset')


def render(text):
    return text


if subsetter is None:
    warnings.warn('libsubset will be required by future versions.', DeprecationWarning)
'''


@pytest.mark.parametrize("test", ["subsetter is None", "subsetter is not None"])
def test_a_module_warning_under_a_probed_global_test_deprecates_no_module(tmp_path: Path, test: str) -> None:
    old = {"demo/__init__.py": "", "demo/ffi.py": "def render(text):\n    return text\n"}
    found = diffed(tmp_path, old, {**old, "demo/ffi.py": _PROBED.replace("subsetter is None", test)})
    assert ("deprecated", "demo.ffi") not in found


@pytest.mark.parametrize(
    "new",
    [
        pytest.param(_PROBED.replace("if subsetter is None:\n    ", ""), id="unconditional"),
        pytest.param(_PROBED.replace("subsetter = _load('libsubset')", "subsetter = None"), id="a literal, no probe"),
    ],
)
def test_a_module_warning_not_under_a_probe_still_deprecates_the_module(tmp_path: Path, new: str) -> None:
    old = {"demo/__init__.py": "", "demo/ffi.py": "def render(text):\n    return text\n"}
    assert ("deprecated", "demo.ffi") in diffed(tmp_path, old, {**old, "demo/ffi.py": new})


def test_weasyprint_70_text_ffi_is_not_deprecated() -> None:
    found = changes("weasyprint", "69.0", "70.0")
    assert ("deprecated", "weasyprint.text.ffi") not in found
    assert ("removed", "weasyprint.html.parse_string") in found  # really gone


# -- a name a module's `__getattr__` answers by returning what a function of the module that only raises returns
# (langchain 0.3's `tools.__getattr__`: `if name == "PythonREPLTool": return _import_python_tool_PythonREPLTool()`,
# which raises ImportError): never importable, so not removed when the branch goes --

_SERVED = '''def _moved():
    msg = "moved to demo-experimental"
    raise ImportError(msg)


def _load_table():
    from demo import _table
    return _table.Table


def __getattr__(name):
    if name == "ReplTool":
        return _moved()
    if name == "Table":
        return _load_table()
    raise AttributeError(name)
'''


def test_a_name_getattr_answers_with_a_call_that_only_raises_is_no_removal(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/_table.py": "class Table:\n    pass\n", "demo/tools.py": _SERVED}
    found = diffed(tmp_path, old, {**old, "demo/tools.py": "def run():\n    pass\n"})
    assert ("removed", "demo.tools.ReplTool") not in found
    assert ("removed", "demo.tools.Table") in found  # served by a helper that returns: really gone


def test_langchain_1_0_did_not_remove_the_repl_tools_0_3_refused() -> None:
    found = changes("langchain", "0.3.27", "1.0.0")
    assert ("removed", "langchain.tools.PythonREPLTool") not in found
    assert ("removed", "langchain.tools.PythonAstREPLTool") not in found
    assert ("removed", "langchain.agents.AgentExecutor") in found  # moved to langchain-classic: gone here


# -- options popped from `**kwargs` in the old body, popped in the new by a helper the dict is handed to whole at a
# later slot (clickhouse-connect 1.0's `_parse_connection_params(host, username, ..., dsn, kwargs)` pops `user`
# from its ninth parameter): still taken --

_POPS_INLINE = '''def connect(host=None, username=None, **kwargs):
    if username is None and "user" in kwargs:
        username = kwargs.pop("user")
    if "compression" in kwargs:
        kwargs["compress"] = kwargs.pop("compression")
    return _open(host, username, **kwargs)


def _open(host, username, compress=None, timeout=None):
    return host, username, compress, timeout
'''

_HANDS_ON = '''def _normalise(host, username, port, database, interface, secure, dsn, kwargs):
    if username is None and "user" in kwargs:
        username = kwargs.pop("user")
    {compression}return host, username


def connect(host=None, username=None, **kwargs):
    host, username = _normalise(host, username, 0, "", None, False, None, kwargs)
    return _open(host, username, **kwargs)


def _open(host, username, compress=None, timeout=None):
    return host, username, compress, timeout
'''


def test_options_a_helper_pops_from_the_kwargs_dict_at_a_late_slot_are_still_taken(tmp_path: Path) -> None:
    popping = 'if "compression" in kwargs:\n        kwargs["compress"] = kwargs.pop("compression")\n    '
    new = {"demo/__init__.py": _HANDS_ON.format(compression=popping)}
    found = diffed(tmp_path, {"demo/__init__.py": _POPS_INLINE}, new)
    assert ("signature_changed", "demo.connect") not in found


def test_an_option_the_helper_no_longer_pops_is_still_claimed(tmp_path: Path) -> None:
    new = {"demo/__init__.py": _HANDS_ON.format(compression="")}
    found = diffed(tmp_path, {"demo/__init__.py": _POPS_INLINE}, new)
    detail = found[("signature_changed", "demo.connect")].detail
    assert "'compression'" in detail and "'user'" not in detail


def test_clickhouse_connect_1_0_still_takes_user_and_compression() -> None:
    found = changes("clickhouse-connect", "0.15.1", "1.0.0")
    for symbol in ("clickhouse_connect.get_client", "clickhouse_connect.driver.create_client"):
        detail = found[("signature_changed", symbol)].detail
        assert "'user'" not in detail and "'user_name'" not in detail and "'compression'" not in detail
        assert "'apply_server_timezone'" in detail  # handed on to HttpClient, which no longer takes it
