"""False reports and misses found on a second set of release pairs the engine was never tuned on (blinker
1.5→1.6, click 8.1.8→8.2.0, …): each class on its pinned real example and on a synthetic sibling, with the true
reports of the same pairs kept."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes

# -- a Python 2 shim defined in a handler that never runs: `try: callable / except NameError: def callable(...)` --


def test_blinker_1_6_lost_no_shim_of_a_builtin() -> None:
    found = changes("blinker", "1.5", "1.6")
    # on Python 3, `callable` names the builtin: the handler never ran, the modules never had the attribute
    assert ("removed", "blinker._saferef.callable") not in found
    assert ("removed", "blinker._utilities.callable") not in found


def test_handler_of_a_try_naming_only_builtins_defines_nothing(tmp_path: Path) -> None:
    old = ("try:\n    callable\nexcept NameError:\n    def callable(obj):\n        return hasattr(obj, '__call__')\n\n"
           "try:\n    unicode\nexcept NameError:\n    def unicode(obj):\n        return str(obj)\n\n"
           "def keep():\n    pass\n")
    found = synthetic(tmp_path, old, "def keep():\n    pass\n")
    assert "demo.callable" not in found  # `from demo import callable` fails on the old release too
    assert found["demo.unicode"].kind.value == "removed"  # no builtin of Python 3: the handler ran, and bound it
