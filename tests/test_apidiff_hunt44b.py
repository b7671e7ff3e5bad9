"""False claims found by hunt44b on science, data, geo and visualisation libraries nobody tuned on: each class on its
pinned real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a module global naming an attribute no reader finds (`Quantity = UnitRegistry.Quantity`): members unknown --


def test_pint_quantity_built_per_registry_keeps_its_members() -> None:
    # 0.20: `Quantity = UnitRegistry.Quantity`, set by `PlainRegistry.__init_subclass__` from the facets'
    # `_quantity_class` attributes (`PlainQuantity.to`, `DaskQuantity.compute`, ...)
    found = changes("pint", "0.19.2", "0.20.1")
    for member in ("Quantity.to", "Quantity.magnitude", "Quantity.compute", "Unit.from_", "Context.redefine"):
        assert ("removed", f"pint.{member}") not in found
    # the old modules and classes that really went stay claimed
    assert ("removed", "pint.quantity") in found
    assert ("removed", "pint.definitions.Definition.converter") in found


_QUANTITY = "class Quantity:\n    def to(self, unit):\n        return unit\n\n    @property\n    def magnitude(self):\n        return 1\n"
_REGISTRY = """from .plain import PlainQuantity


def build(cls, name, attribute):
    return type(name, (getattr(cls, attribute),), {})


class PlainRegistry:
    _quantity_class = PlainQuantity
    Fixed = PlainQuantity

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__()
        cls.Quantity = build(cls, "Quantity", "_quantity_class")


class UnitRegistry(PlainRegistry):
    pass
"""


def _registry_diff(tmp_path: Path, binding: str) -> set[tuple[str, str]]:
    old = {"demo/__init__.py": "from .quantity import Quantity\n", "demo/quantity.py": _QUANTITY}
    new = {
        "demo/__init__.py": f"from .registry import PlainRegistry, UnitRegistry\nQuantity = {binding}\n",
        "demo/plain.py": "class PlainQuantity:\n    def other(self):\n        return 0\n",
        "demo/registry.py": _REGISTRY,
    }
    return set(diffed(tmp_path, old, new))


def test_a_global_naming_an_unfound_class_attribute_keeps_the_members(tmp_path: Path) -> None:
    found = _registry_diff(tmp_path, "UnitRegistry.Quantity")
    assert ("removed", "demo.Quantity.to") not in found
    assert ("removed", "demo.Quantity.magnitude") not in found
    assert ("removed", "demo.quantity") in found


def test_a_global_naming_a_class_attribute_the_reader_finds_still_loses_members(tmp_path: Path) -> None:
    found = _registry_diff(tmp_path, "PlainRegistry.Fixed")  # `PlainQuantity`, which has no `to`
    assert ("removed", "demo.Quantity.to") in found
    assert ("removed", "demo.Quantity.magnitude") in found
