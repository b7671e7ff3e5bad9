"""False claims found by hunt50a on scientific plotting, dataviz, geo and array storage libraries nobody tuned on:
each class on its pinned real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from bot.changes import Change
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed


def breakages(found: dict[tuple[str, str], Change], symbol: str) -> tuple[str, ...]:
    """The breakage kinds claimed of the symbol's signature or shape (none when it is not claimed)."""
    change = found.get(("signature_changed", symbol))
    return change.breakages if change is not None else ()

# -- an attribute become a property through the release's own non-data descriptor (`__get__`, no `__set__`) --


def test_ipywidgets_8_widget_widgets_still_assignable() -> None:
    # 7.8's `Widget.widgets = {}`; 8.0's `@_staticproperty def widgets(): ...`, `_staticproperty` a plain class of
    # the same module with `__init__` and `__get__`: `Widget.widgets = {}` replaces it, an instance's `__dict__` wins
    found = changes("ipywidgets", "7.8.5", "8.0.7")
    assert "attribute_made_read_only" not in breakages(found, "ipywidgets.Widget.widgets")
    # the sibling: a real removal of the same release stays claimed
    assert ("removed", "ipywidgets.handle_kernel") in found


DESCRIPTORS = (
    "class classproperty:\n"
    "    def __init__(self, fget):\n"
    "        self.fget = fget\n\n"
    "    def __get__(self, obj, owner):\n"
    "        return self.fget(owner)\n\n\n"
    "class guardedproperty:\n"
    "    def __init__(self, fget):\n"
    "        self.fget = fget\n\n"
    "    def __get__(self, obj, owner):\n"
    "        return self.fget(owner)\n\n"
    "    def __set__(self, obj, value):\n"
    "        raise AttributeError('read-only')\n\n\n"
    "class subproperty(property):\n"
    "    def __get__(self, obj, owner=None):\n"
    "        return super().__get__(obj, owner)\n\n\n"
)


def test_non_data_descriptor_property_stays_assignable(tmp_path: Path) -> None:
    old = {"demo/__init__.py": DESCRIPTORS + "class Widget:\n    registry = {}\n    guarded = {}\n    sub = {}\n"}
    new = {
        "demo/__init__.py": DESCRIPTORS + "class Widget:\n"
        "    @classproperty\n    def registry(cls):\n        return {}\n\n"
        "    @guardedproperty\n    def guarded(cls):\n        return {}\n\n"
        "    @subproperty\n    def sub(self):\n        return {}\n"
    }
    found = diffed(tmp_path, old, new)
    assert "attribute_made_read_only" not in breakages(found, "demo.Widget.registry")
    # the siblings: a descriptor whose `__set__` refuses, and a `property` subclass (property's `__set__` refuses
    # without a setter), make it read-only
    assert "attribute_made_read_only" in breakages(found, "demo.Widget.guarded")
    assert "attribute_made_read_only" in breakages(found, "demo.Widget.sub")


def test_imported_non_data_descriptor_property_stays_assignable(tmp_path: Path) -> None:
    # the descriptor handed on from another module of the release
    old = {
        "demo/__init__.py": "class Widget:\n    registry = {}\n    guarded = {}\n",
        "demo/_util.py": DESCRIPTORS,
    }
    new = {
        "demo/__init__.py": "from demo._util import classproperty, guardedproperty\n\n\nclass Widget:\n"
        "    @classproperty\n    def registry(cls):\n        return {}\n\n"
        "    @guardedproperty\n    def guarded(cls):\n        return {}\n",
        "demo/_util.py": DESCRIPTORS,
    }
    found = diffed(tmp_path, old, new)
    assert "attribute_made_read_only" not in breakages(found, "demo.Widget.registry")
    assert "attribute_made_read_only" in breakages(found, "demo.Widget.guarded")
