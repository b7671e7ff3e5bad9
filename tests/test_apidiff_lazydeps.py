"""Dependencies read on demand (bot/apidiff/lazydeps.py): the same diff as with their whole surfaces, from a few
of their modules."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.apidiff.diff import diff_surfaces, unclaimed_classes
from bot.apidiff.lazydeps import DependencyTree, LazyModules, partial_surfaces, seeds
from bot.apidiff.locate import ModuleFile, find_modules
from bot.apidiff.raw import RawModule
from bot.apidiff.release import read_file, surface_of
from bot.jobs.analysis_worker import Extractor
from bot.jobs.sandbox import Sandbox
from tests.artifacts import unpacked_release
from tests.test_apidiff_releases import pinned_surface


def _recording(read: list[str]) -> object:
    def reader(file: ModuleFile) -> RawModule:
        read.append(file.module)
        return read_file(file, lazy=True)  # as the service reads a dependency

    return reader


@pytest.mark.parametrize(
    ("package", "old", "new", "dependencies", "share"),
    [
        ("quart", "0.18.4", "0.19.0", [("flask", "3.0.0"), ("werkzeug", "3.0.0")], 0.25),
        ("flask-caching", "1.11.1", "2.0.0", [("cachelib", "0.9.0")], 0.5),
    ],
)
def test_on_demand_dependencies_give_the_whole_surfaces_diff(
    package: str, old: str, new: str, dependencies: list[tuple[str, str]], share: float
) -> None:
    before, after = pinned_surface(package, old), pinned_surface(package, new)
    whole = [pinned_surface(*dependency) for dependency in dependencies]
    trees = [DependencyTree(name, version, unpacked_release(name, version)) for name, version in dependencies]
    read: list[str] = []
    partial = partial_surfaces(seeds(after, before), trees, _recording(read))  # type: ignore[arg-type]
    assert [c.model_dump() for c in diff_surfaces(before, after, partial)] == [
        c.model_dump() for c in diff_surfaces(before, after, whole)
    ]
    assert unclaimed_classes(before, after, partial) == unclaimed_classes(before, after, whole)
    modules = sum(len(find_modules(tree.unpacked)) for tree in trees)
    assert 0 < len(read) <= modules * share, (len(read), modules)


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_only_the_modules_leading_to_an_asked_base_are_read(tmp_path: Path) -> None:
    dep = _write(tmp_path / "dep", {
        "base/__init__.py": "from .store import Store as Store\n",
        "base/store.py": "from ._mixin import Mixin\nclass Store(Mixin):\n    def get(self, key): ...\n",
        "base/_mixin.py": "class Mixin:\n    def has(self, key): ...\n",
        "base/unrelated.py": "class Other:\n    def put(self): ...\n",
    })
    old = _write(tmp_path / "old", {"app/__init__.py": "class Cache:\n    def get(self, key): ...\n"
                                                        "    def has(self, key): ...\n    def put(self): ...\n"})
    new = _write(tmp_path / "new", {"app/__init__.py": "from base import Store\nclass Cache(Store):\n    pass\n"})
    before, after = surface_of(old, "app", "1"), surface_of(new, "app", "2")
    assert seeds(after, before) == ["base.Store"]
    read: list[str] = []
    [partial] = partial_surfaces(seeds(after, before), [DependencyTree("base", "1", dep)], _recording(read))  # type: ignore[arg-type]
    assert sorted(read) == ["base", "base._mixin", "base.store"]
    removed = {c.symbol for c in diff_surfaces(before, after, [partial]) if c.kind.value == "removed"}
    assert removed == {"app.Cache.put"}  # get and has are inherited from the dependency
    assert seeds(after, after) == []  # nothing went missing: nothing to ask


def test_lazy_modules_read_once_and_know_membership_without_reading(tmp_path: Path) -> None:
    root = _write(tmp_path / "d", {"pkg/__init__.py": "", "pkg/sub/mod.py": "x = 1\n"})  # `pkg.sub`: a namespace folder
    read: list[str] = []
    modules = LazyModules(find_modules(root), _recording(read))  # type: ignore[arg-type]
    assert "pkg.sub.mod" in modules and "pkg.sub" in modules and "pkg.other" not in modules and not read
    assert modules["pkg.sub.mod"] is modules["pkg.sub.mod"] and read == ["pkg.sub.mod"]
    assert modules["pkg.sub"].is_package and modules.get("pkg.other") is None and read == ["pkg.sub.mod"]


async def test_the_service_reads_them_in_its_workers_the_same(shared_sandbox: Sandbox) -> None:
    before, after = pinned_surface("flask-caching", "1.11.1"), pinned_surface("flask-caching", "2.0.0")
    trees = [DependencyTree("cachelib", "0.9.0", unpacked_release("cachelib", "0.9.0"))]
    in_workers = await Extractor(shared_sandbox).dependencies(seeds(after, before), trees)
    assert in_workers == await Extractor().dependencies(seeds(after, before), trees)
    assert "cachelib.BaseCache.get" in in_workers[0].symbols  # the base flask_caching inherits `get` from
