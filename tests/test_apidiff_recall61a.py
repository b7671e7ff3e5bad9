"""recall61a: documented breaks the engine missed on libraries never measured (libtmux, flufl.lock), each class on a
synthetic pair and on the pinned real release, with a sibling that must stay as it was."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a parameter spelled with an underscore before a word Python reserves (`_global`) is how callers name it: its
# rename is a break for keyword callers, where a truly private `_cache` stays nobody's --

_ESCAPED_OLD = {
    "demo/__init__.py": "class Session:\n"
    "    def set_option(self, option, value, _global=False):\n        return option\n\n"
    "    def show(self, _global=False, _cache=None):\n        return _global\n"
}
_ESCAPED_NEW = {
    "demo/__init__.py": "class Session:\n"
    "    def set_option(self, option, value, global_=False):\n        return option\n\n"
    "    def show(self, global_=False, cache_=None):\n        return global_\n"
}


def test_a_parameter_escaping_a_reserved_word_renamed_is_claimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, _ESCAPED_OLD, _ESCAPED_NEW)
    change = found[("signature_changed", "demo.Session.set_option")]
    assert change.breakages == ("param_renamed",)
    assert change.detail == "parameter '_global' renamed to 'global_'"
    shown = found[("signature_changed", "demo.Session.show")]
    # `_cache` -> `cache_`: still nobody's; `_global`, read by the same code in its slot, still takes a positional value
    assert shown.detail == "parameter '_global' renamed to 'global_' in the same position (a positional call works as before)"


def test_a_private_parameter_renamed_alone_is_still_no_claim(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "def run(value, _cache=None):\n    return value\n"}
    new = {"demo/__init__.py": "def run(value, cache_=None):\n    return value\n"}
    assert ("signature_changed", "demo.run") not in diffed(tmp_path, old, new)


def test_libtmux_0_40_renamed_global_in_sessions_option_methods() -> None:
    found = changes("libtmux", "0.39.0", "0.40.0")
    for method in ("set_option", "show_options", "show_option"):
        change = found[("signature_changed", f"libtmux.Session.{method}")]
        assert change.detail == "parameter '_global' renamed to 'global_'"


# -- atpublic's `public(Name=value)` and `@public` put names in `__all__`: a package exporting a class of its private
# module so exports it, though it hands the name to a call (which made it "used", no re-export) --

_PUBLISHED_INIT = "from public import public as _public\nfrom demo._lockfile import Lock\n\n_public(Lock=Lock)\ndel _public\n"
_LOCKFILE_OLD = "class Lock:\n    def refresh(self, unconditionally=False):\n        pass\n\n    def disown(self):\n        pass\n"
_LOCKFILE_NEW = "class Lock:\n    def refresh(self, *, unconditionally=False):\n        pass\n"


def test_a_name_handed_to_atpublics_public_is_exported(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _PUBLISHED_INIT, "demo/_lockfile.py": _LOCKFILE_OLD}
    new = {"demo/__init__.py": _PUBLISHED_INIT, "demo/_lockfile.py": _LOCKFILE_NEW}
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.Lock.disown") in found
    assert found[("signature_changed", "demo.Lock.refresh")].detail == "parameter 'unconditionally' is now keyword-only"


def test_a_name_handed_to_another_call_is_still_used_not_exported(tmp_path: Path) -> None:
    init = "from demo._util import register\nfrom demo._lockfile import Lock\n\nregister(Lock=Lock)\n"
    files = {"demo/__init__.py": init, "demo/_lockfile.py": _LOCKFILE_OLD, "demo/_util.py": "def register(**kw): ...\n"}
    assert "demo.Lock" not in surface(tmp_path, files).symbols


def test_atpublics_decorator_and_call_make_one_all(tmp_path: Path) -> None:
    init = "from public import public\nfrom demo._lockfile import Lock, Other\n\n\n@public\ndef run():\n    pass\n\n\npublic(Lock=Lock)\n"
    files = {"demo/__init__.py": init, "demo/_lockfile.py": _LOCKFILE_OLD + "\n\nclass Other:\n    pass\n"}
    found = surface(tmp_path, files)
    assert {"demo.run", "demo.Lock"} <= set(found.symbols)
    assert "demo.Other" not in found.symbols  # `__all__` is what `public` listed: an import left out is no API


def test_flufl_lock_4_and_5_changed_their_lock_class() -> None:
    found = changes("flufl-lock", "3.2", "4.0")
    assert ("removed", "flufl.lock.Lock.finalize") in found
    for method in ("refresh", "unlock"):
        change = found[("signature_changed", f"flufl.lock.Lock.{method}")]
        assert change.detail == "parameter 'unconditionally' is now keyword-only"
    later = changes("flufl-lock", "4.0", "5.0")
    assert {("removed", f"flufl.lock.Lock.{name}") for name in ("transfer_to", "take_possession", "disown")} <= set(later)


# -- a package's `test/` folder holding no file a test runner collects is a package of helpers for its users' tests:
# what it loses is claimed; one holding `test_*.py` files is still the package's own tests, skipped --

_HELPERS_OLD = {
    "demo/__init__.py": "",
    "demo/test/__init__.py": "from demo.test.random import namer\n",
    "demo/test/random.py": "def namer():\n    return 'x'\n",
}
_HELPERS_NEW = {**_HELPERS_OLD, "demo/test/__init__.py": '"""Helpers."""\n'}


def test_names_a_helper_test_package_stops_binding_are_claimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, _HELPERS_OLD, _HELPERS_NEW)
    assert found[("removed", "demo.test.namer")].hint is not None  # still at `demo.test.random.namer`
    with_tests = {**_HELPERS_OLD, "demo/test/test_random.py": "def test_namer():\n    assert True\n"}
    assert surface(tmp_path / "tests", with_tests).symbols.keys() == {"demo"}  # the package's own tests: skipped
    # a unittest suite named otherwise (`python -m demo.test`) is the package's own tests too
    suite = {**_HELPERS_OLD, "demo/test/core.py": "class CoreTest:\n    def test_namer(self):\n        pass\n"}
    assert surface(tmp_path / "suite", suite).symbols.keys() == {"demo"}


def test_libtmux_0_46_dropped_its_test_helpers_root_names() -> None:
    found = changes("libtmux", "0.45.0", "0.46.0")
    for name in ("namer", "RETRY_INTERVAL_SECONDS", "RETRY_TIMEOUT_SECONDS", "TEST_SESSION_PREFIX"):
        assert ("removed", f"libtmux.test.{name}") in found
    assert not any(symbol.startswith("libtmux.test.random") for _, symbol in found)  # where they still live
