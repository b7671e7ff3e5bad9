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


# -- a star-imported module importing a name back from the package that star-imports it --


def test_holoviews_1_23_element_methods_kept_their_dataset_signatures() -> None:
    # `Area(Curve)`, ..., `Chart(Dataset, Element2D)`: `Area.range(dim, ...)` is `Dataset.range` in both releases;
    # lost from 1.22's ancestors, it was read as `Dimensioned.range(dimension, ...)`, "renamed" on 77 classes
    found = changes("holoviews", "1.22.1", "1.23.2")
    for symbol in ("Area.range", "Area.sample", "Area.select", "HSV.dimension_values"):
        assert ("signature_changed", f"holoviews.{symbol}") not in found
    # the siblings: 1.23's real removals stay claimed
    assert ("removed", "holoviews.plotting.util.compute_sizes") in found
    assert ("removed", "holoviews.core.ArrayInterface") in found


CYCLE_OLD = {
    "demo/__init__.py": "",
    "demo/core/__init__.py": "from .base import *\nfrom .data import *\nfrom .operation import *\n",
    "demo/core/base.py": "class Base:\n    def range(self, dimension):\n        pass\n\n"
    "    def sample(self, closest=False):\n        pass\n",
    "demo/core/data.py": "from .base import Base\n\n\nclass Dataset(Base):\n    def range(self, dim):\n        pass\n\n"
    "    def sample(self, closest=False):\n        pass\n",
    "demo/core/operation.py": "from . import Dataset\n\n\nclass Operation:\n    pass\n",
    "demo/chart.py": "from .core import Dataset\nfrom .core.base import Base\n\n\nclass Chart(Dataset, Base):\n    pass\n",
}


def test_star_import_cycling_back_keeps_the_earlier_binding(tmp_path: Path) -> None:
    new = dict(CYCLE_OLD)
    new["demo/core/__init__.py"] = (
        "from .base import Base\nfrom .data import Dataset\nfrom .operation import Operation\n"
    )
    new["demo/core/data.py"] = CYCLE_OLD["demo/core/data.py"].replace(
        "closest=False):\n        pass\n", "closest=True):\n        pass\n"
    )
    found = diffed(tmp_path, CYCLE_OLD, new)
    # `Chart.range` is `Dataset.range(dim)` in both: not `Base.range(dimension)` renamed
    assert "param_renamed" not in breakages(found, "demo.chart.Chart.range")
    # the sibling: `Dataset.sample`'s default really changed, and is claimed (`Chart.sample` among its aliases)
    assert "param_default_changed" in breakages(found, "demo.core.Dataset.sample")
    assert "demo.chart.Chart.sample" in found[("signature_changed", "demo.core.Dataset.sample")].aliases


# -- a module turned into a compiled extension (a Cython `.pyx` in an sdist, a `.so` in a wheel) --


def test_rasterio_1_3_crs_is_compiled_not_removed() -> None:
    found = changes("rasterio", "1.2.10", "1.3.11")
    assert ("removed", "rasterio.crs") not in found
    assert not any(kind == "removed" and symbol.startswith("rasterio.crs.") for kind, symbol in found)
    # the siblings: the deprecated `rasterio.path` really lost its class and constants
    assert ("removed", "rasterio.path.Path") in found
    assert ("removed", "rasterio.path.SCHEMES") in found


COMPILED_OLD = {
    "demo/__init__.py": "VERSION = '1'\n",
    "demo/crs.py": "class CRS:\n    pass\n",
    "demo/speed.py": "def run():\n    pass\n",
    "demo/gone.py": "def run():\n    pass\n",
}


def test_module_become_compiled_extension_is_not_removed(tmp_path: Path) -> None:
    new = {
        "demo/__init__.py": "VERSION = '2'\n",
        "demo/crs.pyx": "cdef class CRS:\n    pass\n",
        "demo/speed.cpython-311-x86_64-linux-gnu.so": "",
        "demo/gone.pxd": "cdef int run()\n",
    }
    found = diffed(tmp_path, COMPILED_OLD, new)
    for symbol in ("demo.crs", "demo.crs.CRS", "demo.speed", "demo.speed.run"):
        assert ("removed", symbol) not in found
    # the sibling: a `.pxd` only declares for other Cython code, no module is built from it
    assert ("removed", "demo.gone") in found
