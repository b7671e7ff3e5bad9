"""False claims hunted on the newest releases of libraries never measured (hunt66)."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a module whose top level raises (a tombstone kept to explain a removal): no import of it ever worked, so its
# removal breaks nobody --

_TOMBSTONE = 'raise ModuleNotFoundError("demo.legacy was deleted in 3.0: use demo.modern")\n'


def test_a_module_whose_top_level_raises_is_no_removal_when_it_goes(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/legacy.py": _TOMBSTONE, "demo/modern.py": "def run():\n    pass\n"}
    new = {"demo/__init__.py": "", "demo/modern.py": "def run():\n    pass\n"}
    assert ("removed", "demo.legacy") not in diffed(tmp_path, old, new)


def test_a_package_whose_init_raises_takes_its_submodules_along(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/legacy/__init__.py": "X = 1\n" + _TOMBSTONE,
           "demo/legacy/parts.py": "def part():\n    pass\n"}
    found = diffed(tmp_path, old, {"demo/__init__.py": ""})
    assert not {symbol for kind, symbol in found if kind == "removed"}


def test_a_raise_only_under_a_guard_still_lets_the_module_import(tmp_path: Path) -> None:
    guarded = 'import sys\nif sys.platform == "win32":\n    raise ImportError("not on Windows")\nX = 1\n'
    old = {"demo/__init__.py": "", "demo/legacy.py": guarded}
    caught = 'try:\n    import foo\nexcept ImportError:\n    raise\nY = 1\n'
    old["demo/other.py"] = caught
    found = diffed(tmp_path, old, {"demo/__init__.py": ""})
    assert ("removed", "demo.legacy") in found
    assert ("removed", "demo.other") in found


def test_optuna_5_0_multi_objective_tombstone_is_no_removal() -> None:
    found = changes("optuna", "4.9.0", "5.0.0")
    assert ("removed", "optuna.multi_objective") not in found
    # the integration shims import when optuna-integration is installed: their removal stays claimed
    assert ("removed", "optuna.integration.chainer") in found
