"""Known errors left alone by earlier rounds, each fixed as a class: on its pinned real example, on a synthetic case,
and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.release import surface_of
from bot.changes import Change
from tests.test_apidiff_catalogue import build, run
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- `**kwargs` handed through a second mixin's `super().__init__`: resolved along the instance's order --


def test_jsonargparse_4_48_exit_on_error_still_reaches_argparse() -> None:
    found = changes("jsonargparse", "4.47.0", "4.48.0")
    # 4.48's `ArgumentParser.__init__(*args, ..., **kwargs)` hands `exit_on_error` on through `ParserDeprecations`,
    # `ActionsContainer` and `LoggerProperty`, each `super().__init__(*args, **kwargs)`, to argparse's ArgumentParser
    change = found.get(("signature_changed", "jsonargparse.ArgumentParser"))
    assert change is None or "exit_on_error" not in change.detail


def test_the_instance_order_also_settles_werkzeug_and_marshmallow_constructors() -> None:
    # werkzeug 2.0's `PlainRequest.__init__(*args, **kwargs)` goes on through `super()` to `Request.__init__(environ,
    # populate_request=True, shallow=False)`: the old parameters still bind
    request = changes("werkzeug", "1.0.1", "2.0.0")[("signature_changed", "werkzeug.wrappers.PlainRequest")]
    assert "'environ' removed" not in request.detail
    # marshmallow 4's `AwareDateTime(**kwargs)` -> `DateTime.__init__` -> `Field.__init__`, which no longer takes the
    # documented-removed `default` and `missing`: followed to the end, a sure claim
    aware = changes("marshmallow", "3.26.1", "4.0.0")[("signature_changed", "marshmallow.fields.AwareDateTime")]
    assert "keyword 'default', which **kwargs handed on to marshmallow.fields.Field" in aware.detail


_MIXINS = """import argparse


class Deprecations:
    def __init__(self, *args, error_handler=None, **kwargs):
        super().__init__(*args, **kwargs)


class Logged:
    def __init__(self, *args, logger=None, **kwargs):
        self.logger = logger
        super().__init__(*args, **kwargs)


class Container(Logged, argparse._ActionsContainer):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)


"""


def _parser(named: str) -> str:
    return (
        _MIXINS
        + "class Parser(Deprecations, Container, argparse.ArgumentParser):\n"
        + f"    def __init__(self, *args, env=None,{named} **kwargs):\n"
        + "        super().__init__(*args, **kwargs)\n"
    )


def test_a_keyword_handed_through_mixins_to_the_stdlib_base_is_no_removal(tmp_path: Path) -> None:
    # the mixins' `super()` goes on along `Parser`'s order, not their own (where it would reach `object`), and past
    # `argparse._ActionsContainer` (a mixin's base) to the `argparse.ArgumentParser` deriving from it
    found = diffed(tmp_path, _parser(" exit_on_error=True,"), _parser(""))
    change = found.get(("signature_changed", "demo.Parser"))
    assert change is None or "exit_on_error" not in change.detail


def test_a_keyword_no_class_of_the_order_takes_stays_a_sure_removal(tmp_path: Path) -> None:
    found = diffed(tmp_path, _parser(" strict=True,"), _parser(""))
    detail = found[("signature_changed", "demo.Parser")].detail
    assert "'strict' removed" in detail
    assert "lower confidence" not in detail  # every hop followed: argparse's ArgumentParser refuses it


# -- a submodule and the class its package binds over it share a dotted path: each name is the one users reach --


def test_croniter_6_1_module_globals_are_no_class_attributes() -> None:
    found = changes("croniter", "6.0.0", "6.1.0")
    # `croniter/__init__.py` binds the class `croniter` over the submodule `croniter.croniter`:
    # `from croniter.croniter import TIMESTAMP_TO_DT_CACHE` read the module's global, gone in 6.1.0
    cache = found[("removed", "croniter.croniter.TIMESTAMP_TO_DT_CACHE")]
    assert cache.breakage == "attribute_removed"
    assert cache.witness == "from croniter.croniter import TIMESTAMP_TO_DT_CACHE"
    # the module's function and the class's staticmethod of one name were both removed: two claims, each its own
    function = found[("removed", "croniter.croniter.timedelta_to_seconds")]
    assert (function.object.value, function.breakage) == ("function", "function_removed")
    method = found[("removed", "croniter.croniter.croniter.timedelta_to_seconds")]
    assert (method.object.value, method.breakage) == ("method", "method_removed")
    # the class's staticmethod alone: `croniter.croniter.is_leap` is the class's, no `from` import of the module's
    leap = found[("removed", "croniter.croniter.is_leap")]
    assert leap.breakage == "method_removed"
    assert leap.witness == "from croniter import croniter\ncroniter.is_leap"
    assert found[("removed", "croniter.croniter.croniter.DAYS")].breakage == "class_attribute_removed"


_SHARED_INIT = "from . import sub as sub_m\nfrom .sub import sub\n"
_SHARED_OLD = (
    "CACHE = {}\n\n\ndef helper():\n    return 1\n\n\n"
    "class sub:\n    DAYS = (31, 28)\n\n    @staticmethod\n    def helper():\n        return 2\n\n"
    "    @staticmethod\n    def only_method():\n        return 3\n"
)
_SHARED_NEW = "class sub:\n    pass\n"


def test_a_submodule_and_a_same_named_class_each_keep_their_names(tmp_path: Path) -> None:
    old_root = build(tmp_path / "old", f"{_SHARED_INIT}# file: pkg/sub.py\n{_SHARED_OLD}")
    new_root = build(tmp_path / "new", f"{_SHARED_INIT}# file: pkg/sub.py\n{_SHARED_NEW}")
    found = {
        c.symbol: c for c in diff_surfaces(surface_of(old_root, "pkg", "1.0"), surface_of(new_root, "pkg", "2.0"))
    }
    expected = {
        "pkg.sub.CACHE": "attribute_removed",
        "pkg.sub.helper": "function_removed",  # `from pkg.sub import helper`: the module's
        "pkg.sub.sub.helper": "method_removed",  # the class's, not hidden behind the module's
        "pkg.sub.only_method": "method_removed",
        "pkg.sub.DAYS": "class_attribute_removed",  # the sibling: a class attribute stays one
    }
    assert {symbol: found[symbol].breakage for symbol in expected if symbol in found} == expected
    for symbol in expected:  # every witness works on the old package and fails on the new
        witness = found[symbol].witness
        assert run(witness, old_root).returncode == 0, (symbol, witness)
        assert run(witness, new_root).returncode != 0, (symbol, witness)


# -- an underscored variable the release sets for its own processes is no user's configuration --


def test_pyproject_hooks_1_3_private_backend_path_variable_is_not_claimed() -> None:
    found = changes("pyproject-hooks", "1.2.0", "1.3.0")
    # 1.2's `_impl.py` set `extra_environ["_PYPROJECT_HOOKS_BACKEND_PATH"]` for the hook subprocess, whose
    # `_in_process.py` read it; 1.3 stopped both
    assert ("env_var_removed", "env:_PYPROJECT_HOOKS_BACKEND_PATH") not in found


_READER = "import os\n\nBACKEND = os.environ.get('{name}')\n"


def _env_pair(tmp_path: Path, name: str, setter: str) -> dict[tuple[str, str], Change]:
    old = {
        "demo/__init__.py": "",
        "demo/runner.py": f"import os\n\n\ndef run():\n    env = dict(os.environ)\n{setter}    return env\n",
        "demo/child.py": _READER.format(name=name),
    }
    new = {"demo/__init__.py": "", "demo/runner.py": "def run():\n    return {}\n", "demo/child.py": ""}
    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return {(c.kind.value, c.symbol): c for c in found}


def test_an_underscored_variable_the_release_hands_its_child_is_no_removal(tmp_path: Path) -> None:
    for setter in ("    env['_DEMO_PATH'] = 'x'\n", "    env.update({'_DEMO_PATH': 'x'})\n",
                   "    os.environ.setdefault('_DEMO_PATH', 'x')\n"):
        assert ("env_var_removed", "env:_DEMO_PATH") not in _env_pair(tmp_path / str(len(setter)), "_DEMO_PATH", setter)


def test_variables_users_set_stay_claimed(tmp_path: Path) -> None:
    # only read, underscored: users do set such toggles (claimed as private API)
    only_read = _env_pair(tmp_path / "a", "_DEMO_DEBUG", "    env['OTHER'] = 'x'\n")
    assert only_read[("env_var_removed", "env:_DEMO_DEBUG")].private
    # set by the release too, but public: a user may set it as well
    public = _env_pair(tmp_path / "b", "DEMO_PATH", "    env['DEMO_PATH'] = 'x'\n")
    assert not public[("env_var_removed", "env:DEMO_PATH")].private
    # compared, not set: `env['_DEMO_DEBUG'] == 'x'` reads it
    compared = _env_pair(tmp_path / "c", "_DEMO_DEBUG", "    print(env['_DEMO_DEBUG'] == 'x')\n")
    assert ("env_var_removed", "env:_DEMO_DEBUG") in compared


# -- a parameter widened to take an alternative, its name joined by `or`, is a rename at its slot --


def test_cachecontrol_0_14_2_response_is_renamed_not_removed() -> None:
    found = changes("cachecontrol", "0.14.1", "0.14.2")
    change = found[("signature_changed", "cachecontrol.CacheController.cache_response")]
    assert change.signature is not None and change.signature.renamed == (("response", "response_or_ref"),)
    assert not change.signature.removed
    assert change.breakage == "param_renamed"


@pytest.mark.parametrize(("old", "new"), [("path", "path_or_buf"), ("path", "buf_or_path"), ("url", "url_or_request")])
def test_a_name_joined_by_or_is_the_same_parameter_widened(tmp_path: Path, old: str, new: str) -> None:
    found = diffed(tmp_path, f"def read({old}, mode='r'):\n    pass\n", f"def read({new}, mode='r'):\n    pass\n")
    assert found[("signature_changed", "demo.read")].signature.renamed == ((old, new),)


@pytest.mark.parametrize(
    ("old", "new"),
    [("mix_stderr", "catch_exceptions"), ("name", "pass_context_arg_name")],
)
def test_an_unlike_name_in_the_same_slot_stays_a_removal(tmp_path: Path, old: str, new: str) -> None:
    found = diffed(tmp_path, f"def read(x, {old}=True):\n    pass\n", f"def read(x, {new}=True):\n    pass\n")
    signature = found[("signature_changed", "demo.read")].signature
    assert signature.removed == (old,) and not signature.renamed


# -- a name a package imports from a private module, else from a public one, is re-exported, used or not --


def test_msgpack_1_0_packer_is_public_at_the_package() -> None:
    found = changes("msgpack", "0.6.2", "1.0.0")
    # `try: from ._cmsgpack import Packer, unpackb, Unpacker except ImportError: from .fallback import ...`, and
    # `packb` calls `Packer(**kwargs)`: the documented "Remove encoding option from the Packer and Unpacker"
    for path in ("msgpack.Packer", "msgpack.Unpacker", "msgpack.unpackb"):
        change = found[("signature_changed", path)]
        assert "'encoding'" in change.detail, path


def _package(init: str, thing: str) -> dict[str, str]:
    return {
        "demo/__init__.py": init,
        "demo/_speed.py": thing,
        "demo/slow.py": thing,
        "demo/_compat.py": "def helper():\n    return 1\n",
    }


def test_a_name_bound_from_a_compiled_module_else_a_public_one_is_the_packages(tmp_path: Path) -> None:
    init = (
        "try:\n    from ._speed import Thing\nexcept ImportError:\n    from .slow import Thing\n"
        "from ._compat import helper\n\n\ndef make():\n    return Thing(helper())\n"
    )
    old = surface(tmp_path, _package(init, "class Thing:\n    def __init__(self, x, encoding=None):\n        pass\n"))
    new = surface(tmp_path, _package(init, "class Thing:\n    def __init__(self, x):\n        pass\n"), "2.0")
    found = {(c.kind.value, c.symbol): c for c in diff_surfaces(old, new)}
    assert "'encoding' removed" in found[("signature_changed", "demo.Thing")].detail
    # the sibling: a helper imported from a private module only and used by the package stays its implementation
    assert "demo.helper" not in old.symbols


# -- a deprecation helper that warns once (under an `if`), through a wrapper handed the category --


def test_jsonargparse_4_49_deprecates_path_get_content() -> None:
    found = changes("jsonargparse", "4.48.0", "4.49.0")
    # `get_content` calls `deprecation_warning("Path.get_content", ...)`, which warns once per component unless
    # JSONARGPARSE_DEPRECATION_WARNINGS=off, through `warning(message, JsonargparseDeprecationWarning)`
    assert ("deprecated", "jsonargparse.Path.get_content") in found


_HELPERS = """import os
import warnings

_shown = set()


class DemoDeprecationWarning(DeprecationWarning):
    pass


def warning(message, category=UserWarning):
    warnings.warn(message, category)


def deprecation_warning(component, message):
    if os.environ.get("DEMO_WARNINGS") != "off" and component not in _shown:
        warning(message, DemoDeprecationWarning)
        _shown.add(component)


def notice_warning(component, message):
    if component not in _shown:
        warning(message, UserWarning)


class Path:
    def get_content(self):
{call}        return ""
"""


@pytest.mark.parametrize(
    ("call", "deprecated"),
    [
        ("        deprecation_warning('Path.get_content', 'get_content is deprecated')\n", True),
        # the sibling: a helper of another category, however guarded, announces no deprecation
        ("        notice_warning('Path.get_content', 'get_content reads the file')\n", False),
    ],
)
def test_a_guarded_deprecation_helper_announces_its_callers(tmp_path: Path, call: str, deprecated: bool) -> None:
    found = diffed(tmp_path, _HELPERS.format(call=""), _HELPERS.format(call=call))
    assert (("deprecated", "demo.Path.get_content") in found) is deprecated
