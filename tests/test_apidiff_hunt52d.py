"""False claims found by hunt52d on bioinformatics, chemistry and game-development libraries nobody tuned on: each
class on its pinned real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a hook called on an attribute the def has just set to an object it builds --


def test_ursina_7_saves_a_mesh_it_just_built_not_a_users_override() -> None:
    # `RotationGizmo.model = Pipe(...)` then `RotationGizmo.model.save(..., max_decimals=4)`
    found = changes("ursina", "6.1.2", "7.0.0")
    assert ("signature_changed", "ursina.Mesh.save") not in found
    assert ("signature_changed", "ursina.Mesh.indices") in found  # the pair's true changes stay


OLD_BUILT = {
    "demo/__init__.py": (
        "class Mesh:\n    def save(self, name='', folder=None):\n        pass\n\n\n"
        "class Shape:\n    def export(self, path=''):\n        pass\n\n\n"
        "class Gizmo:\n    model = None\n    shape = None\n\n"
        "    def build(self):\n        if not Gizmo.model:\n            Gizmo.model = Mesh()\n"
        "            Gizmo.model.save('gizmo', None)\n\n"
        "    def draw(self, fresh):\n        if fresh:\n            self.shape = Shape()\n"
        "        self.shape.export('out')\n"
    ),
}
NEW_BUILT = {
    "demo/__init__.py": (
        "class Mesh:\n    def save(self, name='', folder=None, decimals=16):\n        pass\n\n\n"
        "class Shape:\n    def export(self, path='', decimals=16):\n        pass\n\n\n"
        "class Gizmo:\n    model = None\n    shape = None\n\n"
        "    def build(self):\n        if not Gizmo.model:\n            Gizmo.model = Mesh()\n"
        "            Gizmo.model.save('gizmo', None, decimals=4)\n\n"
        "    def draw(self, fresh):\n        if fresh:\n            self.shape = Shape()\n"
        "        self.shape.export('out', decimals=4)\n"
    ),
}


def test_a_call_on_an_attribute_just_set_to_a_new_object_reaches_no_override(tmp_path: Path) -> None:
    found = diffed(tmp_path, OLD_BUILT, NEW_BUILT)
    assert ("signature_changed", "demo.Mesh.save") not in found
    # the sibling: built on one path only, the attribute may hold what a user put there
    assert "keyword 'decimals'" in found["signature_changed", "demo.Shape.export"].detail


# -- a class decorator setting attributes whose names it computes --


def test_ursina_8_texture_properties_come_from_a_class_decorator() -> None:
    # `@generate_properties_for_class()` makes `width` a property of `width_getter` (`setattr(cls, name, property(...))`)
    found = changes("ursina", "7.0.0", "8.0.0")
    for name in ("width", "height", "size", "name", "pixels", "repeat"):
        assert ("removed", f"ursina.Texture.{name}") not in found
    assert ("removed", "ursina.rigidbody") in found  # the pair's true removals stay
    assert ("removed", "ursina.Func.delay") in found


def test_scikit_bio_0_7_tree_node_lost_what_no_member_leads_to() -> None:
    # `@register_aliases` sets the names its methods' `@aliased(...)` spell; `subtree` and `deepcopy` are none
    found = changes("scikit-bio", "0.6.3", "0.7.0")
    for name in ("subtree", "deepcopy", "unrooted_deepcopy"):
        assert ("removed", f"skbio.TreeNode.{name}") in found


OLD_COMPUTED = {
    "demo/__init__.py": (
        "class Texture:\n    @property\n    def width(self):\n        return 1\n\n    @property\n"
        "    def depth(self):\n        return 1\n\n\n"
        "class Sound:\n    @property\n    def volume(self):\n        return 1\n"
    ),
}
NEW_COMPUTED = {
    "demo/__init__.py": (
        "def properties(suffix='_getter'):\n    def decorator(cls):\n"
        "        for name in [n for n in vars(cls) if n.endswith(suffix)]:\n"
        "            setattr(cls, name[: -len(suffix)], property(getattr(cls, name)))\n"
        "        return cls\n    return decorator\n\n\n"
        "def tagged(cls):\n    setattr(cls, 'tag', 'x')\n    return cls\n\n\n"
        "@properties()\nclass Texture:\n    def width_getter(self):\n        return 1\n\n\n"
        "@tagged\nclass Sound:\n    def loudness_getter(self):\n        return 1\n"
    ),
}


def test_a_class_decorator_setting_computed_names_hides_no_removal(tmp_path: Path) -> None:
    found = diffed(tmp_path, OLD_COMPUTED, NEW_COMPUTED)
    assert ("removed", "demo.Texture.width") not in found
    # the siblings: a name no member of the class leads to; a decorator setting only a spelled name
    assert ("removed", "demo.Texture.depth") in found
    assert ("removed", "demo.Sound.volume") in found


# -- a decorator's wrapper renaming keywords by the pairs its call lists --


def test_scikit_bio_0_7_params_aliased_still_takes_the_old_keywords() -> None:
    found = changes("scikit-bio", "0.6.3", "0.7.0")
    for path in ("skbio.stats.ordination.pcoa", "skbio.stats.distance.permanova", "skbio.stats.distance.anosim",
                 "skbio.stats.distance.bioenv", "skbio.stats.distance.permdisp", "skbio.stats.composition.alr",
                 "skbio.stats.composition.alr_inv", "skbio.stats.composition.ancom"):
        assert ("signature_changed", path) not in found
    # the sibling: `ilr(mat, basis=None, check=True)` -> `ilr(mat, basis=None, axis=-1, validate=True)`: the old
    # keyword still works, but a third positional argument is now `axis`
    assert "'check' is now keyword-only" in found["signature_changed", "skbio.stats.composition.ilr"].detail


_ALIASING = (
    "import functools\n\n\ndef params_aliased(params=[]):\n    def decorator(func):\n"
    "        @functools.wraps(func)\n        def wrapper(*args, **kwargs):\n"
    "            for param, alias, ver, warn in params:\n                if alias in kwargs:\n"
    "                    kwargs[param] = kwargs.pop(alias)\n            return func(*args, **kwargs)\n"
    "        return wrapper\n    return decorator\n\n\n"
    "def params_listed(params=[]):\n    def decorator(func):\n        @functools.wraps(func)\n"
    "        def wrapper(*args, **kwargs):\n            for param, alias in params:\n"
    "                if alias in kwargs:\n                    raise TypeError(alias)\n"
    "            return func(*args, **kwargs)\n        return wrapper\n    return decorator\n\n\n"
)
OLD_PAIRS = {
    "demo/__init__.py": "def pcoa(distance_matrix, method='eigh'):\n    pass\n\n\n"
    "def anosim(distance_matrix, grouping=None):\n    pass\n",
}
NEW_PAIRS = {
    "demo/__init__.py": _ALIASING + "@params_aliased([('distmat', 'distance_matrix', '0.7.0', False)])\n"
    "def pcoa(distmat, method='eigh'):\n    pass\n\n\n"
    "@params_listed([('distmat', 'distance_matrix')])\ndef anosim(distmat, grouping=None):\n    pass\n",
}


def test_keywords_a_wrapper_renames_by_listed_pairs_still_work(tmp_path: Path) -> None:
    found = diffed(tmp_path, OLD_PAIRS, NEW_PAIRS)
    assert ("signature_changed", "demo.pcoa") not in found
    # the sibling: a wrapper that looks the pairs up only to refuse the old keyword keeps nothing working: a keyword
    # call of the old name fails, a positional one still reaches the required slot (words69: renamed, not removed)
    assert "'distance_matrix' renamed to 'distmat'" in found["signature_changed", "demo.anosim"].detail
