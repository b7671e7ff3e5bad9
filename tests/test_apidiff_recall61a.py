"""recall61a: documented breaks the engine missed on libraries never measured (libtmux, flufl.lock), each class on a
synthetic pair and on the pinned real release, with a sibling that must stay as it was."""

from __future__ import annotations

from pathlib import Path

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
    assert shown.detail == "parameter '_global' renamed to 'global_'"  # `_cache` -> `cache_`: still nobody's


def test_a_private_parameter_renamed_alone_is_still_no_claim(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "def run(value, _cache=None):\n    return value\n"}
    new = {"demo/__init__.py": "def run(value, cache_=None):\n    return value\n"}
    assert ("signature_changed", "demo.run") not in diffed(tmp_path, old, new)


def test_libtmux_0_40_renamed_global_in_sessions_option_methods() -> None:
    found = changes("libtmux", "0.39.0", "0.40.0")
    for method in ("set_option", "show_options", "show_option"):
        change = found[("signature_changed", f"libtmux.Session.{method}")]
        assert change.detail == "parameter '_global' renamed to 'global_'"
