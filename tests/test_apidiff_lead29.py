"""False claims found by the lead's sweep of 2025-2026 releases of libraries no test had pinned: each class on its
pinned real example and on a synthetic case, with siblings that must stay claimed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.model import Surface
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- a None default the body dereferences at once, behind statements that only bind names --


def test_oauthlib_3_3_raise_from_error_keeps_its_params_default() -> None:
    found = changes("oauthlib", "3.2.2", "3.3.0")
    # 3.2.2 opened `raise_from_error(error, params=None)` with `import inspect; import sys`, then `params.get(...)`;
    # 3.3.0 moved the imports to the module: leaving `params` out raised AttributeError in both
    assert ("signature_changed", "oauthlib.oauth2.rfc6749.errors.raise_from_error") not in found
    assert ("signature_changed", "oauthlib.openid.connect.core.exceptions.raise_from_error") not in found


_DEREFERENCED = "    return params.get('error')\n"


@pytest.mark.parametrize(
    "opening",
    [
        "    import sys\n",
        "    from os import path as p\n",
        "    def helper():\n        return 1\n",
        "    class Local:\n        pass\n",
        "    '''Docstring.'''\n    import inspect\n",
    ],
)
def test_binding_statements_before_the_dereference_do_not_hide_it(tmp_path: Path, opening: str) -> None:
    old = f"def f(error, params=None):\n{opening}{_DEREFERENCED}"
    new = f"def f(error, params=None):\n{_DEREFERENCED}"
    assert ("signature_changed", "demo.f") not in diffed(tmp_path, old, new)


@pytest.mark.parametrize(
    "opening",
    [
        "    import params\n",  # the import binds the parameter itself: None never reaches the dereference
        "    def params():\n        return {}\n",
        "    params = params or {}\n",
    ],
)
def test_a_statement_binding_the_parameter_itself_still_leaves_the_old_default_usable(
    tmp_path: Path, opening: str
) -> None:
    old = f"def f(error, params=None):\n{opening}{_DEREFERENCED}"
    new = f"def f(error, params=None):\n{_DEREFERENCED}"
    change = diffed(tmp_path, old, new)[("signature_changed", "demo.f")]
    assert "'params' lost its default" in change.detail


def test_a_guard_after_a_nested_def_returning_early_still_rejects_none(tmp_path: Path) -> None:
    # the nested def's `return` is its own: the `if data is None: raise` that follows still runs first
    guarded = (
        "    def helper():\n        return 1\n    if data is None:\n        raise ValueError('data is required')\n"
    )
    old = f"def f(data=None):\n{guarded}    return data\n"
    new = "def f(data=None):\n    if data is None:\n        raise ValueError('data is required')\n    return data\n"
    assert ("signature_changed", "demo.f") not in diffed(tmp_path, old, new)
    usable = "def f(data=None):\n    def helper():\n        return 1\n    return data\n"
    assert "'data' lost its default" in diffed(tmp_path, usable, new)[("signature_changed", "demo.f")].detail


# -- a class that refuses subclasses (its `__init_subclass__` always raises) has no subclass to break --


def test_yarl_1_19_url_hooks_are_not_claimed_for_a_class_no_one_can_subclass() -> None:
    found = changes("yarl", "1.18.3", "1.19.0")
    # `URL.__init_subclass__` raises "Inheriting a class ... from URL is forbidden"; 1.19's `with_suffix` stopped
    # calling `with_name`, which only an override could have noticed
    assert ("signature_changed", "yarl.URL.with_name") not in found


_SEALING = "    def __init_subclass__(cls, **kwargs):\n        raise TypeError('subclassing is forbidden')\n"
_OLD_HOOK = (
    "class URL:\n{sealing}    def with_name(self, name):\n        return name\n"
    "    def with_suffix(self, suffix):\n        return self.with_name('x' + suffix)\n"
)
_NEW_HOOK = (
    "class URL:\n{sealing}    def with_name(self, name):\n        return name\n"
    "    def with_suffix(self, suffix):\n        return 'x' + suffix\n"
)


def test_a_hook_of_a_sealed_class_is_not_claimed_and_of_an_open_one_it_is(tmp_path: Path) -> None:
    sealed = diffed(tmp_path / "sealed", _OLD_HOOK.format(sealing=_SEALING), _NEW_HOOK.format(sealing=_SEALING))
    assert ("signature_changed", "demo.URL.with_name") not in sealed
    opened = diffed(tmp_path / "open", _OLD_HOOK.format(sealing=""), _NEW_HOOK.format(sealing=""))
    assert opened[("signature_changed", "demo.URL.with_name")].breakage == "hook_no_longer_called"
    conditional = (
        "    def __init_subclass__(cls, **kwargs):\n        if cls.__name__.startswith('_'):\n"
        "            raise TypeError('no private subclasses')\n        super().__init_subclass__(**kwargs)\n"
    )
    refusing_some = diffed(
        tmp_path / "some", _OLD_HOOK.format(sealing=conditional), _NEW_HOOK.format(sealing=conditional)
    )
    assert ("signature_changed", "demo.URL.with_name") in refusing_some


def test_a_class_that_starts_refusing_subclasses_is_claimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, "class URL:\n    pass\n", f"class URL:\n{_SEALING}")
    change = found[("signature_changed", "demo.URL")]
    assert change.breakage == "final_added"
    assert "defining one raises TypeError" in change.detail


# -- a test of the minor version alone is decided: every supported Python is a 3 --


def test_google_auth_2_47_message_bound_only_on_python_3_7_is_not_removed() -> None:
    found = changes("google-auth", "2.45.0", "2.47.0")
    # 2.45.0: `if sys.version_info.major == 3 and sys.version_info.minor == 7: message = ...; warnings.warn(...)`
    assert ("removed", "google.auth.message") not in found
    assert ("removed", "google.oauth2.message") not in found


@pytest.mark.parametrize(
    "test",
    [
        "sys.version_info.minor == 7",
        "sys.version_info[1] < 8",
        "sys.version_info.major == 3 and sys.version_info[1] <= 7",
    ],
)
def test_a_name_bound_only_on_an_unsupported_minor_is_not_removed(tmp_path: Path, test: str) -> None:
    old = f"import sys\nif {test}:\n    message = 'upgrade'\n"
    assert ("removed", "demo.message") not in diffed(tmp_path, old, "import sys\n")


def test_a_name_bound_on_some_supported_minor_is_still_removed(tmp_path: Path) -> None:
    old = "import sys\nif sys.version_info.minor < 12:\n    message = 'upgrade'\n"
    assert ("removed", "demo.message") in diffed(tmp_path, old, "import sys\n")


# -- `from . import name` in a package's own `__init__` binds the submodule, whatever the name is bound to later --


def test_croniter_6_1_cron_m_is_the_module_not_the_class() -> None:
    found = changes("croniter", "6.0.0", "6.1.0")
    # `from . import croniter as cron_m` then `from .croniter import croniter` (the class): `cron_m` is the module,
    # which had no `DAYS` in 6.0.0 (a class attribute then) and has one in 6.1.0
    assert ("removed", "croniter.cron_m.DAYS") not in found
    assert ("removed", "croniter.croniter.croniter.DAYS") in found  # the class did lose it


_PACKAGE_INIT = "from . import engine as engine_module\nfrom .engine import engine\n"


def _package(tmp_path: Path, version: str, engine_body: str) -> Surface:
    files = {"demo/__init__.py": _PACKAGE_INIT, "demo/engine.py": engine_body}
    return surface(tmp_path / version, files, version)


def test_an_own_submodule_imported_before_the_name_is_rebound_is_the_module(tmp_path: Path) -> None:
    old = _package(tmp_path, "1.0", "class engine:\n    LIMIT = 1\n")
    new = _package(tmp_path, "2.0", "LIMIT = 1\nclass engine:\n    pass\n")
    found = {(c.kind.value, c.symbol) for c in diff_surfaces(old, new)}
    assert ("removed", "demo.engine_module.LIMIT") not in found
    assert ("removed", "demo.engine.engine.LIMIT") in found  # the class lost its attribute


# -- a name bound from one outside module or another depending on the Python is an outside name --


def test_inflect_7_6_annotated_from_typing_or_typing_extensions_is_no_removal() -> None:
    found = changes("inflect", "7.5.0", "7.6.0")
    # 7.5's `compat/py38.py`: `if sys.version_info > (3, 9): from typing import Annotated` / `else: from
    # typing_extensions import Annotated`, imported by `__init__` for its annotations
    assert ("removed", "inflect.Annotated") not in found
    assert ("removed", "inflect.FOUR_DIGIT_COMMA") in found  # its own constant, gone


_COMPAT = (
    "import sys\nif sys.version_info >= (3, 11):\n    from typing import {name}\n"
    "else:\n    from typing_extensions import {name}\n"
)


def _compat_package(tmp_path: Path, version: str, init: str, name: str) -> Surface:
    files = {"demo/__init__.py": init, "demo/compat.py": _COMPAT.format(name=name)}
    return surface(tmp_path / version, files, version)


def test_a_standard_library_name_reexported_through_a_compat_module_is_incidental(tmp_path: Path) -> None:
    old = _compat_package(tmp_path, "1.0", "from .compat import Self\n", "Self")
    new = _compat_package(tmp_path, "2.0", "", "Self")
    assert not {c.symbol for c in diff_surfaces(old, new)} & {"demo.Self"}


def test_a_name_the_package_lists_in_all_or_defines_in_both_arms_stays_claimed(tmp_path: Path) -> None:
    listed = _compat_package(tmp_path, "1.0", "from .compat import Self\n__all__ = ['Self']\n", "Self")
    new = _compat_package(tmp_path, "2.0", "__all__ = []\n", "Self")
    assert "demo.Self" in {c.symbol for c in diff_surfaces(listed, new) if c.kind.value == "removed"}
    own = "import sys\nif sys.version_info >= (3, 11):\n    LIMIT = 1\nelse:\n    LIMIT = 2\n"
    found = diffed(tmp_path / "own", own, "import sys\n")
    assert ("removed", "demo.LIMIT") in found


# -- a special method of the iterator protocol gives an iterator whether or not it is a generator --


def test_psycopg_3_3_cursor_iter_returning_self_is_no_generator_change() -> None:
    found = changes("psycopg", "3.2.13", "3.3.0")
    # 3.2's `Cursor.__iter__` yielded the rows; 3.3's returns `self`, whose `__next__` gives them
    for symbol in ("psycopg.Cursor.__iter__", "psycopg.AsyncCursor.__aiter__", "psycopg.ServerCursor.__iter__"):
        assert ("signature_changed", symbol) not in found


_ROWS = "class Rows:\n    def __init__(self):\n        self.rows = [1, 2]\n"


@pytest.mark.parametrize(
    ("old_def", "new_defs"),
    [
        (
            "    def __iter__(self):\n        yield from self.rows\n",
            "    def __iter__(self):\n        return self\n    def __next__(self):\n        return self.rows.pop()\n",
        ),
        (
            "    async def __aiter__(self):\n        for row in self.rows:\n            yield row\n",
            "    def __aiter__(self):\n        return self\n    async def __anext__(self):\n        return self.rows.pop()\n",
        ),
    ],
)
def test_an_iterator_protocol_method_no_longer_a_generator_is_not_claimed(
    tmp_path: Path, old_def: str, new_defs: str
) -> None:
    found = diffed(tmp_path, f"{_ROWS}{old_def}", f"{_ROWS}{new_defs}")
    assert not {symbol for (kind, symbol) in found if symbol.startswith("demo.Rows.__")}


def test_a_plain_method_no_longer_a_generator_stays_claimed(tmp_path: Path) -> None:
    old = f"{_ROWS}    def each(self):\n        yield from self.rows\n"
    new = f"{_ROWS}    def each(self):\n        return list(self.rows)\n"
    assert diffed(tmp_path, old, new)[("signature_changed", "demo.Rows.each")].breakage == "generator_to_function"


# -- a hook now bound from a call (a wrapper around the function) is not known to be no longer called --


def test_jsonargparse_4_50_instantiate_wrapped_at_binding_is_still_a_called_hook() -> None:
    found = changes("jsonargparse", "4.49.0", "4.50.0")
    # 4.49: `instantiate = InstantiateMethod.instantiate`; 4.50: `instantiate = renamed_parameter_warning(...)(
    # InstantiateMethod.instantiate)`, which `instantiate_classes` still calls as `self.instantiate(...)`
    assert ("signature_changed", "jsonargparse.ArgumentParser.instantiate") not in found


_WRAP = "def wrap(function):\n    return function\n"


def test_a_hook_rebound_through_a_wrapper_call_is_not_claimed_dropped(tmp_path: Path) -> None:
    old = f"{_WRAP}class Parser:\n    def build(self):\n        return 1\n    def run(self):\n        return self.build()\n"
    new = (
        f"{_WRAP}def _build(self):\n    return 1\n"
        "class Parser:\n    build = wrap(_build)\n    def run(self):\n        return self.build()\n"
    )
    assert ("signature_changed", "demo.Parser.build") not in diffed(tmp_path / "wrapped", old, new)
    dropped = f"{_WRAP}class Parser:\n    def build(self):\n        return 1\n    def run(self):\n        return 2\n"
    assert diffed(tmp_path / "dropped", old, dropped)[("signature_changed", "demo.Parser.build")].breakage == (
        "hook_no_longer_called"
    )
