"""hunt57c: classes found sweeping image processing, computer vision and medical imaging libraries."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a wrapper handing `*args, **kwargs` on whole to a callable taking nothing took nothing itself: kornia 0.9's
# `get_mps_device_if_available()` spelling that out removed no parameter (the empty tuple read as "unknown") --

_EMPTY_CALLEE_OLD = {
    "demo/__init__.py": """from demo.core import device as _device


def device(*args, **kwargs):
    return _device(*args, **kwargs)


def sized(*args, **kwargs):
    return _device(*args, **kwargs)
""",
    "demo/core.py": "def device():\n    return 1\n",
}
_EMPTY_CALLEE_NEW = {
    "demo/__init__.py": """from demo.core import device as _device


def device():
    return _device()


def sized(size=0):
    return _device()
""",
    "demo/core.py": "def device():\n    return 1\n",
}


def test_a_pass_through_to_a_callable_taking_nothing_took_nothing(tmp_path: Path) -> None:
    found = diffed(tmp_path, _EMPTY_CALLEE_OLD, _EMPTY_CALLEE_NEW)
    assert ("signature_changed", "demo.device") not in found
    assert ("signature_changed", "demo.sized") not in found  # a new optional parameter takes nothing away
    taking = {**_EMPTY_CALLEE_OLD, "demo/core.py": "def device(index=0):\n    return index\n"}
    lost = diffed(tmp_path / "taking", taking, _EMPTY_CALLEE_NEW)
    assert "'index' removed" in lost[("signature_changed", "demo.device")].detail  # what the callee took is lost
    assert "'index' removed" in lost[("signature_changed", "demo.sized")].detail


def test_kornia_0_9_deprecated_device_helpers_lose_no_parameter() -> None:
    found = changes("kornia", "0.8.3", "0.9.0")
    for name in ("get_cuda_or_mps_device_if_available", "get_mps_device_if_available", "xla_is_available"):
        assert ("signature_changed", f"kornia.{name}") not in found, name
    # 0.8.3's `@perform_keep_shape_image` wrapper took the image as `input`, by position or by that keyword, never as
    # `x`: 0.9 naming the parameter `input` broke no call (hunt66's wrapper-named leading parameter)
    assert ("signature_changed", "kornia.enhance.normalize_min_max") not in found


# -- a module function become a module global a factory of the release makes, whose returned def only raises, refuses
# every call (kornia 0.9's `to_jax = _removed_entry_point(__name__, "to_jax")`), as a class attribute so made does --

_STAND_IN_OLD = {"demo/__init__.py": "def to_jax(x):\n    return x\n\n\ndef to_numpy(x):\n    return x\n"}
_STAND_IN_NEW = {
    "demo/__init__.py": '''def _message(name):
    return f"{name}() was removed"


def _removed(module, name):
    qualified = f"{module}.{name}"

    def removed(*args, **kwargs):
        raise RuntimeError(_message(qualified))

    removed.__name__ = name
    return removed


def _hook(name):
    def fn(*args, **kwargs):
        raise NotImplementedError(name)

    return fn


to_jax = _removed(__name__, "to_jax")
to_numpy = _hook("to_numpy")
'''
}


def test_a_module_function_made_a_raising_stand_in_is_claimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, _STAND_IN_OLD, _STAND_IN_NEW)
    assert "callable_now_raises" in found[("signature_changed", "demo.to_jax")].breakages
    assert ("signature_changed", "demo.to_numpy") not in found  # a hook to fill, no stand-in


def test_kornia_0_9_transpiler_entry_points_now_raise() -> None:
    found = changes("kornia", "0.8.3", "0.9.0")
    for path in ("kornia.to_jax", "kornia.transpiler.to_numpy", "kornia.transpiler.to_tensorflow"):
        assert "callable_now_raises" in found[("signature_changed", path)].breakages, path


# -- an instance `__init__` hands to a function of another module of the release (`_add_content_information(
# dataset=self, ...)`), or that hands it on in turn, gets the attributes that function sets on its parameter: highdicom
# 0.28 moving `self.ContentLabel = ...` there removed nothing --

_HANDED_OLD = {
    "demo/__init__.py": "from demo.seg import Segmentation, State\n",
    "demo/seg.py": '''class Segmentation:
    def __init__(self, label, description=None):
        self.ContentLabel = label
        self.ContentDescription = description
        self.SeriesNumber = 1
        self.Modality = "SEG"


class State:
    def __init__(self, label):
        self.ContentLabel = label
''',
}
_HANDED_NEW = {
    "demo/__init__.py": "from demo.seg import Segmentation, State\n",
    "demo/content.py": '''def _add_content(dataset, label, description=None):
    dataset.ContentLabel = label
    if description is not None:
        dataset.ContentDescription = description


def _add_series(ds, *, number):
    ds.SeriesNumber = number


def _add_state(dataset, label):
    _add_content(dataset=dataset, label=label)
''',
    "demo/seg.py": '''from demo import content
from demo.content import _add_content, _add_state


class Segmentation:
    def __init__(self, label, description=None):
        kind = self._configure()
        _add_content(dataset=self, label=label, description=description)
        content._add_series(self, number=1)

    def _configure(self):
        self.Modality = "SEG"
        return 1


class State:
    def __init__(self, label):
        _add_state(self, label)
''',
}


def test_attributes_a_function_of_another_module_sets_on_the_instance_are_members(tmp_path: Path) -> None:
    found = diffed(tmp_path, _HANDED_OLD, _HANDED_NEW)
    removed = {symbol for kind, symbol in found if kind == "removed"}
    assert not removed, removed
    unhanded = {
        **_HANDED_NEW,
        "demo/seg.py": _HANDED_NEW["demo/seg.py"]
        .replace("dataset=self", "dataset=None")
        .replace("(self, n", "(None, n"),
    }
    lost = {symbol for kind, symbol in diffed(tmp_path / "unhanded", _HANDED_OLD, unhanded) if kind == "removed"}
    assert lost == {f"demo.Segmentation.{n}" for n in ("ContentLabel", "ContentDescription", "SeriesNumber")}


def test_highdicom_0_28_content_attributes_set_by_a_shared_function_are_not_removed() -> None:
    found = changes("highdicom", "0.27.0", "0.28.0", ("pydicom", "3.0.1"))
    for owner in ("seg.Segmentation", "pm.ParametricMap", "ann.MicroscopyBulkSimpleAnnotations"):
        assert ("removed", f"highdicom.{owner}.ContentLabel") not in found, owner


# -- a property every read of which raised (colour-science 0.3.16's `SpectralDistribution.data`, whose getter raises
# `AttributeError(str(ObjectRemoved(...)))`) never worked: its removal breaks nobody, as a method only raising --

_RAISING_PROPERTY_OLD = '''class SD:
    @property
    def data(self):
        raise AttributeError("SD.data was removed")

    @property
    def title(self):
        return "t"
'''


def test_a_property_whose_getter_only_raised_is_not_claimed_removed(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _RAISING_PROPERTY_OLD}, {"demo/__init__.py": "class SD:\n    pass\n"})
    assert ("removed", "demo.SD.data") not in found
    assert ("removed", "demo.SD.title") in found  # it worked


def test_colour_science_0_4_raising_properties_are_not_claimed_removed() -> None:
    found = changes("colour-science", "0.3.16", "0.4.0")
    for name in ("data", "items", "mapping", "x", "y", "z"):
        assert ("removed", f"colour.MultiSpectralDistributions.{name}") not in found, name
    assert ("removed", "colour.SpectralDistribution.data") not in found
    assert ("removed", "colour.RGB_Colourspace.RGB_to_XYZ_matrix") in found  # a working deprecated property


# -- attributes a method sets on `self` as unpacked targets, over several lines too (highdicom 0.28's `(self.PixelData,
# self.ExtendedOffsetTable, self.ExtendedOffsetTableLengths) = encapsulate_extended(frames)` in a base class's helper),
# are still set: their loss from the constructor is no removal --

_UNPACKED_OLD = {
    "demo/__init__.py": "class Image:\n    def __init__(self):\n        self.table = 1\n        self.lengths = 2\n"
}
_UNPACKED_NEW = {
    "demo/__init__.py": "from demo.base import Base\n\n\nclass Image(Base):\n    def __init__(self):\n        self._encode()\n",
    "demo/base.py": """class Base:
    def _encode(self):
        (
            self.pixels,
            self.table,
            self.lengths,
        ) = (0, 1, 2)
""",
}


def test_attributes_set_as_unpacked_targets_over_lines_are_still_set(tmp_path: Path) -> None:
    found = diffed(tmp_path, _UNPACKED_OLD, _UNPACKED_NEW)
    assert ("removed", "demo.Image.table") not in found
    assert ("removed", "demo.Image.lengths") not in found
    called = {**_UNPACKED_NEW, "demo/base.py": _UNPACKED_NEW["demo/base.py"].replace("= (0, 1, 2)", "== (0, 1, 2)")}
    assert ("removed", "demo.Image.table") in diffed(tmp_path / "compared", _UNPACKED_OLD, called)  # no assignment


def test_highdicom_0_28_extended_offset_table_is_still_set() -> None:
    found = changes("highdicom", "0.27.0", "0.28.0", ("pydicom", "3.0.1"))
    for owner in ("seg.Segmentation", "pm.ParametricMap", "legacy.LegacyConvertedEnhancedCTImage"):
        assert ("removed", f"highdicom.{owner}.ExtendedOffsetTable") not in found, owner
