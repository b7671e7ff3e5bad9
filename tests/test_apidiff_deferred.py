"""A dependency's module read lazily (bot/apidiff/deferred.py): its classes and functions are read when a name is
looked up, and what is read is what a whole read gives."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from bot.apidiff import extract
from bot.apidiff.deferred import Deferred, DeferredBindings
from bot.apidiff.lazydeps import DependencyTree, partial_surfaces
from bot.apidiff.model import ModuleStatus
from bot.apidiff.raw import RawClass, RawModule
from bot.apidiff.release import read_file
from tests.compiled import patches_engine_functions

SOURCE = b"""
import os
from typing import overload

class Base:
    def keep(self, a, **kw):
        return other(**kw)

class Child(Base):
    def __init__(self, x=1):
        self.x = x

def other(*, option=None):
    pass

@overload
def other(*, option: int): ...

@Base.keep.setter
def keep(self, value): ...

if os.name == "nt":
    class Child:
        pass

VALUE = Child
HOME = os.getenv("HOME")
"""


def test_only_the_names_looked_up_are_read_and_they_are_what_a_whole_read_gives() -> None:
    whole = extract.read_module("pkg.mod", "pkg/mod.py", SOURCE, False)
    lazy = extract.read_module("pkg.mod", "pkg/mod.py", SOURCE, False, lazy=True)
    assert lazy.bindings.keys() == whole.bindings.keys()  # `keep` (a setter) bound in neither, one `other`
    pending = {name for name, bindings in dict.items(lazy.bindings) if any(isinstance(b, Deferred) for b in bindings)}
    assert pending == {"Base", "Child", "other"}
    assert lazy.bindings.get("Child") == whole.bindings["Child"] and len(whole.bindings["Child"]) == 2
    assert not any(isinstance(b, Deferred) for b in dict.__getitem__(lazy.bindings, "Child"))
    assert any(isinstance(b, Deferred) for b in dict.__getitem__(lazy.bindings, "Base"))  # not looked up yet
    assert lazy.bindings.get("missing", []) == [] and lazy.bindings["VALUE"] == whole.bindings["VALUE"]
    assert dict(lazy.bindings.items()) == whole.bindings  # walking them all reads them all
    assert (
        whole.env_vars and whole.called and not lazy.env_vars and not lazy.called
    )  # what only a release's own surface records


@patches_engine_functions
def test_a_def_too_deep_to_read_leaves_the_module_unparsable_as_a_whole_read_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def too_deep(*args: object) -> RawClass:
        raise RecursionError

    monkeypatch.setattr(extract, "_class", too_deep)
    whole = extract.read_module("pkg.mod", "pkg/mod.py", SOURCE, False)
    lazy = extract.read_module("pkg.mod", "pkg/mod.py", SOURCE, False, lazy=True)
    assert lazy.status is ModuleStatus.OK and "Base" in lazy.bindings
    assert lazy.bindings.get("Base", []) == [] and lazy.bindings.get("other") is None
    assert (lazy.status, lazy.reason, lazy.bindings, lazy.shims) == (whole.status, whole.reason, {}, {})


def test_dependency_modules_read_lazily_leave_no_cycle_for_the_collector(tmp_path: Path) -> None:
    (tmp_path / "base").mkdir()
    (tmp_path / "base" / "__init__.py").write_bytes(SOURCE)
    tree = DependencyTree("base", "1", tmp_path)
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        [partial] = partial_surfaces(["base.Base"], [tree], lambda file: read_file(file, lazy=True))
        gc.collect()
        left = [o for o in gc.garbage if isinstance(o, RawModule | Deferred | DeferredBindings)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert "base.Base.keep" in partial.symbols and "base.Child" not in partial.symbols
    assert not left
