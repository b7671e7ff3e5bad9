"""A dependency's module read lazily (bot/apidiff/deferred.py): its classes and functions are read when a name is
looked up, and what is read is what a whole read gives."""

from __future__ import annotations

import pytest

from bot.apidiff import extract
from bot.apidiff.deferred import Deferred
from bot.apidiff.model import ModuleStatus
from bot.apidiff.raw import RawClass

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
