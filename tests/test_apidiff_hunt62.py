"""Hunt 62: media and lab automation (plotting, audio/video/image layers, instrument control): false classes found."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a class given its old property names by a helper calling `setattr(obj, name, property(...))`, from a classmethod
# looping over literal names that a top-level `Cls.method()` runs, was claimed to have lost them (napari 0.5's
# `Points._add_deprecated_properties()`: `Points.edge_color` and eight more still work, deprecated) --

_HELPER = '''def add_deprecated_property(obj, previous_name, new_name):
    def _getter(instance):
        return getattr(instance, new_name)

    setattr(obj, previous_name, property(_getter))
'''
_GIVEN_OLD = {
    "demo/__init__.py": "from demo.points import Points\n",
    "demo/migrations.py": _HELPER,
    "demo/points.py": "class Points:\n    @property\n    def edge_color(self):\n        return 1\n\n"
    "    @property\n    def edge_width(self):\n        return 1\n\n    @property\n    def edge_size(self):\n        return 1\n",
}
_GIVEN_NEW = {
    **_GIVEN_OLD,
    "demo/points.py": '''from demo.migrations import add_deprecated_property


class Points:
    @property
    def border_color(self):
        return 1

    @property
    def border_width(self):
        return 1

    @classmethod
    def _add_deprecated_properties(cls):
        deprecated = ["edge_color"]
        for old in deprecated:
            add_deprecated_property(cls, old, old.replace("edge", "border"))


Points._add_deprecated_properties()
for name in ["edge_width"]:
    add_deprecated_property(Points, name, "border_width")
''',
}


def test_names_a_classmethod_run_at_import_hands_a_setter_helper_are_still_members(tmp_path: Path) -> None:
    found = diffed(tmp_path, _GIVEN_OLD, _GIVEN_NEW)
    assert ("removed", "demo.Points.edge_color") not in found  # the classmethod's loop
    assert ("removed", "demo.Points.edge_width") not in found  # the sibling: a top-level loop
    assert ("removed", "demo.Points.edge_size") in found  # no helper gives it


def test_napari_0_5_points_keep_their_deprecated_edge_properties() -> None:
    found = changes("napari", "0.4.19.post1", "0.5.0")
    assert ("removed", "napari.layers.Points.edge_color") not in found
    assert ("removed", "napari.layers.Points.current_edge_width") not in found
    assert ("removed", "napari.layers.Image.tile_shape") in found  # the octree API really went


# -- a property a subclass redefines with its base's property's getter (`@Layer.mode.getter def mode(self)`) was read
# as a method: a release spelling it `@property` was claimed "now a property: calling it fails" (napari 0.5's
# `Shapes.mode`, a property in both) --

_GETTER_OLD = '''class Layer:
    @property
    def mode(self):
        return "pan"

    @mode.setter
    def mode(self, value):
        self._mode = value


class Shapes(Layer):
    @Layer.mode.getter
    def mode(self):
        return str(self._mode)

    def draw(self):
        return 1
'''
_GETTER_NEW = _GETTER_OLD.replace(
    "    @Layer.mode.getter\n    def mode(self):\n        return str(self._mode)\n",
    "    @property\n    def mode(self):\n        return str(self._mode)\n\n"
    "    @mode.setter\n    def mode(self, value):\n        self._mode = value\n",
).replace("    def draw(self):\n        return 1\n", "    @property\n    def draw(self):\n        return 1\n")


def test_a_base_property_given_another_getter_is_a_property(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _GETTER_OLD}, {"demo/__init__.py": _GETTER_NEW})
    assert ("signature_changed", "demo.Shapes.mode") not in found
    assert found[("signature_changed", "demo.Shapes.draw")].breakage == "method_to_property"  # the sibling stays
    # a property spelled so keeps its base's setter: a release going from both written out to it loses none
    found = diffed(tmp_path / "back", {"demo/__init__.py": _GETTER_NEW}, {"demo/__init__.py": _GETTER_OLD})
    assert ("signature_changed", "demo.Shapes.mode") not in found  # not "now a property without a setter"
    # one without a setter is read-only all the same
    unset = _GETTER_NEW.replace("    @mode.setter\n    def mode(self, value):\n        self._mode = value\n", "")
    found = diffed(tmp_path / "unset", {"demo/__init__.py": _GETTER_OLD}, {"demo/__init__.py": unset})
    assert found[("signature_changed", "demo.Shapes.mode")].breakage == "attribute_made_read_only"


def test_napari_0_5_shapes_mode_was_a_property_already() -> None:
    found = changes("napari", "0.4.19.post1", "0.5.0")
    assert ("signature_changed", "napari.layers.Shapes.mode") not in found
    assert ("signature_changed", "napari.qt.QtViewer.view") in found  # an attribute now a read-only property
    assert ("signature_changed", "napari.layers.Labels.mode") not in changes("napari", "0.4.17", "0.4.18")


# -- a class bound again under its own path deriving from its earlier self (`if config.async_octree: class
# Image(Image, _OctreeImageBase): pass`) lost that base (one key for both): its constructor was read as the mixin's
# `__init__(*args, **kwargs)`, claiming keywords the real constructor never took "no longer accepted" (napari 0.5's
# `Image(ndim=...)`, `Labels(custom_interpolation_kernel_2d=...)`: 7 claims), and the earlier class's own members were
# lost (a removal of one went unclaimed) --

_SHADOW_OLD = '''import os


class _Base:
    def __init__(self, data, ndim=None):
        self.data = data


class _Mixin(_Base):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)


class Image(_Base):
    def __init__(self, data, scale=None):
        super().__init__(data, ndim=2)

    def show(self):
        return 1


if os.environ.get("DEMO_OCTREE"):

    class Image(Image, _Mixin):
        pass
'''
_SHADOW_NEW = '''class _Base:
    def __init__(self, data):
        self.data = data


class Image(_Base):
    def __init__(self, data, scale=None):
        super().__init__(data)
'''


def test_a_class_deriving_from_its_earlier_self_keeps_that_base(tmp_path: Path) -> None:
    old = surface(tmp_path / "old", {"demo/__init__.py": _SHADOW_OLD}, "1.0")
    assert old.symbols["demo.Image"].mro == ("demo._Mixin", "demo._Base")  # no key of its own earlier self
    assert [p.name for p in old.symbols["demo.Image"].params or ()] == ["data", "scale"]
    found = diffed(tmp_path, {"demo/__init__.py": _SHADOW_OLD}, {"demo/__init__.py": _SHADOW_NEW})
    assert ("signature_changed", "demo.Image") not in found  # `ndim=` never reached `Image`
    assert ("removed", "demo.Image.show") in found  # the earlier class's member, inherited


_SETTER_BASE = _SHADOW_OLD.replace(
    "class _Base:\n",
    "class _Base:\n    @property\n    def shape(self):\n        return 1\n\n"
    "    @shape.setter\n    def shape(self, value):\n        self._shape = value\n\n",
)
_SETTER_OWN = _SETTER_BASE.replace(
    "    def show(self):\n",
    "    @property\n    def shape(self):\n        return 2\n\n"
    "    @shape.setter\n    def shape(self, value):\n        self._shape = value\n\n    def show(self):\n",
)


def test_a_member_of_the_earlier_class_is_read_in_that_class(tmp_path: Path) -> None:
    new = surface(tmp_path / "new", {"demo/__init__.py": _SETTER_OWN}, "2.0")
    assert new.symbols["demo.Image.shape"].target == "demo.Image.shape"  # no key of the MRO in a path
    assert new.symbols["demo.Image.shape"].settable  # its setter is the earlier class's, not the later one's
    found = diffed(tmp_path, {"demo/__init__.py": _SETTER_BASE}, {"demo/__init__.py": _SETTER_OWN})
    assert ("signature_changed", "demo.Image.shape") not in found


def test_napari_0_5_image_never_took_ndim() -> None:
    found = changes("napari", "0.4.19.post1", "0.5.0")
    assert ("signature_changed", "napari.layers.Image") not in found
    assert ("signature_changed", "napari.layers.Labels") not in found
    assert ("removed", "napari.layers.Image.tile_shape") in found  # the octree variant's members, gone with it
    earlier = changes("napari", "0.4.18", "0.4.19.post1")
    assert ("signature_changed", "napari.layers.Image.data") not in earlier  # set by the earlier class's setter
    assert ("removed", "napari.layers.Labels.contrast_limits") in earlier  # no longer an intensity mixin


# -- a trait a class deriving from Enthought Traits' `HasTraits` declares in its body (`threshold = t.Float(400)`) is
# deleted from the class by the metaclass: a release setting it in `__init__` instead was claimed "now set on each
# instance only: reading it on the class raises AttributeError", which it raised already (hyperspy 1.7's
# `SpikesRemoval.threshold` and 5 more) --

_TRAITS_OLD = """import traits.api as t


class SpikesRemoval(t.HasTraits):
    threshold = t.Float(400)
    index = t.Int(0)
"""
_TRAITS_NEW = """class SpikesRemoval:
    def __init__(self, threshold=400):
        self.threshold = threshold
        self.index = 0
"""


def test_a_trait_was_never_read_on_its_class(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _TRAITS_OLD}, {"demo/__init__.py": _TRAITS_NEW})
    assert ("signature_changed", "demo.SpikesRemoval.threshold") not in found
    # the sibling: a plain class's attribute was read on the class
    plain = _TRAITS_OLD.replace("(t.HasTraits)", "")
    found = diffed(tmp_path / "plain", {"demo/__init__.py": plain}, {"demo/__init__.py": _TRAITS_NEW})
    assert found[("signature_changed", "demo.SpikesRemoval.threshold")].breakage == "class_attribute_now_instance_only"


def test_hyperspy_1_7_spikes_removal_traits_were_never_class_attributes() -> None:
    found = changes("hyperspy", "1.6.5", "1.7.0")
    assert ("signature_changed", "hyperspy.signal_tools.SpikesRemoval.threshold") not in found
    assert ("removed", "hyperspy.signal_tools.SpikesRemoval.spline_order") in found  # instances had it: gone


# -- options a function reads out of `**kwargs` through a def of its own taking the key (`def _pop_modification(key):
# value = kwargs.pop(key, None)`, then `_pop_modification('cut')`) were unknown: parameters the new release reads so
# were claimed "removed (now swallowed by **kwargs)" (proplot 0.7's `Colormap(samples=..., cut=..., left=...)`) --

_POPPED_OLD = '''def colormap(*args, samples=None, cut=None, fade=None, **kwargs):
    return args
'''
_POPPED_NEW = """def colormap(*args, **kwargs):
    def _pop_modification(key):
        value = kwargs.pop(key, None)
        return value, (value,) * len(args)

    cut, cuts = _pop_modification("cut")
    samples, sampless = _pop_modification("samples")
    return render(args, **kwargs)


def render(args, name=None):
    return args
"""


def test_keys_a_nested_helper_pops_out_of_kwargs_are_options(tmp_path: Path) -> None:
    new = surface(tmp_path / "new", {"demo/__init__.py": _POPPED_NEW}, "2.0")
    assert set(new.symbols["demo.colormap"].kwargs_options) == {"cut", "samples"}
    found = diffed(tmp_path, {"demo/__init__.py": _POPPED_OLD}, {"demo/__init__.py": _POPPED_NEW})
    assert found[("signature_changed", "demo.colormap")].signature.removed == (
        "fade",
    )  # the sibling: no helper reads it


def test_proplot_0_7_colormap_still_takes_its_modifications() -> None:
    delta = changes("proplot", "0.6.4", "0.7.0")[("signature_changed", "proplot.constructor.Colormap")].signature
    assert delta is not None
    assert not {"samples", "cut", "left", "right", "reverse", "shift"} & set(delta.removed)
    assert "fade" in delta.removed  # no longer read at all
