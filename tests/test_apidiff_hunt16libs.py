"""False reports and misses found on documented breaking releases of popular pure-Python libraries the engine was
never tuned on (pytest 6.2→7.0, semver 2→3, …): each class on its pinned real example and on a synthetic sibling,
with the true reports of the same pairs kept."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes, removed


def _package_diff(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> dict[tuple[str, str], object]:
    from bot.apidiff.diff import diff_surfaces
    from tests.test_apidiff_core import surface

    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return {(c.kind.value, c.symbol): c for c in found}


# -- a member the release gives a class by name from another module (`mp.setattr(Cache, "makedir", f)`) is there --


def test_pytest_7_keeps_the_members_its_legacypath_plugin_sets() -> None:
    found = changes("pytest", "6.2.5", "7.0.0")
    # `_pytest.legacypath` sets them from its `pytest_load_initial_conftests` hook: every pytest run has them
    assert not {"pytest.Cache.makedir", "pytest.FixtureRequest.fspath", "pytest.Session.startdir"} & removed(found)
    assert {"pytest.Pytester.Session", "pytest.Testdir.Session"} <= removed(found)  # gone for good: kept


def test_member_set_by_name_from_another_module(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "from .cache import Cache\n",
           "demo/cache.py": "class Cache:\n    def get(self):\n        pass\n\n    def makedir(self):\n        pass\n"}
    lean = "class Cache:\n    def get(self):\n        pass\n"
    plugin = ("from .cache import Cache\n\ndef _makedir(self):\n    pass\n\n"
              "def hook(mp):\n    mp.setattr(Cache, \"makedir\", _makedir, raising=False)\n")
    found = _package_diff(tmp_path, old, {"demo/__init__.py": "from .cache import Cache\n", "demo/cache.py": lean,
                                          "demo/legacy.py": plugin})
    assert ("removed", "demo.Cache.makedir") not in found
    other = plugin.replace('"makedir"', '"mkdir"')
    gone = _package_diff(tmp_path / "gone", old, {"demo/__init__.py": "from .cache import Cache\n",
                                                  "demo/cache.py": lean, "demo/legacy.py": other})
    assert ("removed", "demo.Cache.makedir") in gone  # another name set: the member is still lost
