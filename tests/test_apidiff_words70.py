"""A module `__getattr__` handing every name to a helper whose answers are known: the helper reads the name from a
module named by a string of literals and its parameters (mne 1.6's `_io_dep_getattr(name, "pick")` imports
`f"mne._fiff.{mod}"`), or refuses names outside a literal table (scipy's `if name not in __all__: raise`). A lost
name the source has is surely deprecated; one it lacks, or the table does not list, is removed."""

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

OLD = {
    "demo/__init__.py": "",
    "demo/pick.py": "def pick_types(a):\n    return a\n\n\ndef pick_info(b):\n    return b\n\n\ndef _scratch():\n    pass\n",
}
NEW_HOME = {"demo/_new.py": "def pick_types(a):\n    return a\n"}
SHIM = (
    "from demo._helpers import _dep_getattr\n\n\ndef __getattr__(name):\n    try:\n        return globals()[name]\n"
    "    except KeyError:\n        pass\n    return _dep_getattr(name, '_new')\n"
)


def _helper(module: str) -> str:
    return (
        "import importlib\nimport warnings\n\n\ndef _dep_getattr(name, mod):\n"
        f"    obj = getattr(importlib.import_module({module}), name)\n"
        "    warnings.warn(f'demo.{mod}.{name} is deprecated', FutureWarning)\n    return obj\n"
    )


@pytest.mark.parametrize("module", ["f'demo.{mod}'", "'demo.' + mod", "'demo.%s' % mod", "'demo.%s' % (mod,)"])
def test_a_helper_reading_names_from_a_module_a_string_of_its_parameters_names(tmp_path: Path, module: str) -> None:
    new = {"demo/__init__.py": "", **NEW_HOME, "demo/_helpers.py": _helper(module), "demo/pick.py": SHIM}
    found = diffed(tmp_path, OLD, new)
    said = found[("deprecated", "demo.pick.pick_types")].detail
    assert said == (
        "demo.pick serves pick_types from demo._new through its __getattr__, which warns for every name it serves "
        "(FutureWarning through demo._helpers._dep_getattr)"
    )
    # `demo._new` lacks it: `getattr` raises AttributeError before the warning
    assert ("deprecated", "demo.pick.pick_info") not in found
    assert "answers only what demo._new has" in found[("removed", "demo.pick.pick_info")].detail
    assert ("removed", "demo.pick._scratch") in found  # private API lost too


@pytest.mark.parametrize(
    "module",
    [
        "f'demo.{MOD}'",  # a global, which may change
        "f'demo.{mod!s}'",  # a conversion
        "'.' + mod",  # relative, no package handed
        "mod.lower()",  # a call
    ],
)
def test_a_module_name_not_built_of_literals_and_parameters_stays_possible(tmp_path: Path, module: str) -> None:
    helper = _helper(module).replace("import importlib\n", "import importlib\n\nMOD = '_new'\n")
    new = {"demo/__init__.py": "", **NEW_HOME, "demo/_helpers.py": helper, "demo/pick.py": SHIM}
    found = diffed(tmp_path, OLD, new)
    for path in ("demo.pick.pick_types", "demo.pick.pick_info"):
        assert found[("deprecated", path)].detail.startswith("possibly deprecated"), path
        assert ("removed", path) not in found


def test_a_source_module_that_may_answer_anything_leaves_lost_names_possible(tmp_path: Path) -> None:
    source = {"demo/_new.py": "def pick_types(a):\n    return a\n\n\ndef __getattr__(name):\n    return name\n"}
    new = {"demo/__init__.py": "", **source, "demo/_helpers.py": _helper("f'demo.{mod}'"), "demo/pick.py": SHIM}
    found = diffed(tmp_path, OLD, new)
    for path in ("demo.pick.pick_types", "demo.pick.pick_info"):  # its own `__getattr__` is not followed
        assert found[("deprecated", path)].detail.startswith("possibly deprecated"), path


def test_a_helper_refusing_names_its_table_lacks_removes_them(tmp_path: Path) -> None:
    # scipy 1.12+'s `_sub_module_deprecation(..., all=__all__, attribute=name)`
    helper = (
        "import warnings\nfrom importlib import import_module\n\n\n"
        "def _sub_module_deprecation(*, module, all, attribute):\n    if attribute not in all:\n"
        "        raise AttributeError(attribute)\n    message = f'the demo.{module} namespace is deprecated'\n"
        "    warnings.warn(message, category=DeprecationWarning, stacklevel=3)\n"
        "    return getattr(import_module('demo._new'), attribute)\n"
    )
    shim = (
        "from demo._lib import _sub_module_deprecation\n\n__all__ = ['pick_types']  # noqa: F822\n\n\n"
        "def __getattr__(name):\n    return _sub_module_deprecation(module='pick', all=__all__, attribute=name)\n"
    )
    new = {"demo/__init__.py": "", **NEW_HOME, "demo/_lib.py": helper, "demo/pick.py": shim}
    found = diffed(tmp_path, OLD, new)
    assert not found[("deprecated", "demo.pick.pick_types")].detail.startswith("possibly")
    assert ("deprecated", "demo.pick.pick_info") not in found
    assert "answers only 'pick_types'" in found[("removed", "demo.pick.pick_info")].detail


@pytest.mark.parametrize("listed", ["__all__", "_SERVED"])
def test_a_getattr_refusing_names_outside_its_literal_table_removes_them(tmp_path: Path, listed: str) -> None:
    # scipy 1.8's `linalg/basic.py`: `if name not in __all__: raise AttributeError(...)`, then warn and serve
    shim = (
        "import warnings\nfrom demo import _new\n\n_SERVED = ['pick_types']\n__all__ = ['pick_types']  # noqa: F822\n"
        f"\n\ndef __getattr__(name):\n    if name not in {listed}:\n        raise AttributeError(name)\n"
        "    warnings.warn('demo.pick is deprecated', DeprecationWarning)\n    return getattr(_new, name)\n"
    )
    found = diffed(tmp_path, OLD, {"demo/__init__.py": "", **NEW_HOME, "demo/pick.py": shim})
    assert ("deprecated", "demo.pick.pick_types") in found
    assert not found[("deprecated", "demo.pick.pick_types")].detail.startswith("possibly")
    assert ("deprecated", "demo.pick.pick_info") not in found
    assert ("removed", "demo.pick.pick_info") in found


def test_a_table_not_literal_removes_nothing(tmp_path: Path) -> None:
    shim = (
        "import warnings\nfrom demo import _new\n\n__all__ = list(dir(_new))\n"
        "\n\ndef __getattr__(name):\n    if name not in __all__:\n        raise AttributeError(name)\n"
        "    warnings.warn('demo.pick is deprecated', DeprecationWarning)\n    return getattr(_new, name)\n"
    )
    found = diffed(tmp_path, OLD, {"demo/__init__.py": "", **NEW_HOME, "demo/pick.py": shim})
    assert ("removed", "demo.pick.pick_info") not in found
    assert found[("deprecated", "demo.pick.pick_info")].detail.startswith("possibly deprecated")


def test_mne_1_6_io_shims_serve_from_the_fiff_module_their_helper_imports() -> None:
    found = changes("mne", "1.5.1", "1.6.0")
    # `mne.io.pick.__getattr__` returns `_io_dep_getattr(name, "pick")`, which reads
    # `getattr(importlib.import_module(f"mne._fiff.{mod}"), name)` and then warns FutureWarning
    assert found[("deprecated", "mne.io.pick.pick_types")].detail == (
        "mne.io.pick serves pick_types from mne._fiff.pick through its __getattr__, which warns for every name it "
        "serves (FutureWarning through mne._fiff._io_dep_getattr)"
    )
    assert not any(c.detail.startswith("possibly") for (kind, _), c in found.items() if kind == "deprecated")
    # private helpers of 1.5's `mne/io/pick.py` that 1.6's `mne/_fiff/pick.py` no longer has (nor any module)
    for path in ("mne.io.pick._pick_inst", "mne.io.pick._get_channel_types"):
        assert "answers only what mne._fiff.pick has" in found[("removed", path)].detail
        assert ("deprecated", path) not in found


def test_scipy_1_8_private_module_shims_remove_the_names_their_all_does_not_list() -> None:
    found = changes("scipy", "1.7.3", "1.8.0")
    # `scipy/linalg/basic.py` 1.8: `if name not in __all__: raise AttributeError(...)`, `__all__` a literal list;
    # `_solve_check` was defined there in 1.7 and is now in `scipy/linalg/_basic.py` only
    assert not found[("deprecated", "scipy.linalg.basic.solve")].detail.startswith("possibly")
    for path in (
        "scipy.linalg.basic._solve_check",
        "scipy.io.idl._read_long",
        "scipy.constants.codata._check_obsolete",
    ):
        assert found[("removed", path)].private, path
        assert ("deprecated", path) not in found
    # `scipy/special/orthogonal.py` 1.8 builds its `__all__` by concatenation: not read, its names stay possible
    assert found[("deprecated", "scipy.special.orthogonal.chebyc")].detail.startswith("possibly deprecated")
    assert ("removed", "scipy.special.orthogonal._gen_roots_and_weights") not in found


# -- a parameter renamed in its slot whose annotations name no common type, but classes the release relates --

CLASSES = "class Base:\n    pass\n\n\nclass Group(Base):\n    pass\n\n\nclass Other:\n    pass\n\n\n"


@pytest.mark.parametrize(
    ("old_type", "new_type", "renamed"),
    [
        ("Base", "Group", True),  # the new type derives from the old one (click 8.2's `MultiCommand` -> `Group`)
        ("Group", "Base", True),  # the old derives from the new: every value passed before is still one
        ("'Base'", "Optional[Group]", True),  # a string annotation, a union
        ("Other", "Group", False),  # unrelated classes: another thing in the slot, the old keyword removed
    ],
)
def test_a_slot_renamed_between_related_classes_is_a_rename(
    tmp_path: Path, old_type: str, new_type: str, renamed: bool
) -> None:
    head = "from typing import Optional\n\n\n" + CLASSES

    def source(param: str, annotation: str) -> dict[str, str]:
        return {"demo/__init__.py": head + f"def add_source({param}: {annotation}):\n    return {param}\n"}

    found = diffed(tmp_path, source("multi_cmd", old_type), source("group", new_type))
    delta = found[("signature_changed", "demo.add_source")].signature
    assert delta is not None
    if renamed:
        assert delta.renamed == (("multi_cmd", "group"),) and not delta.removed
    else:
        assert delta.removed == ("multi_cmd",) and not delta.renamed


def test_click_8_2_add_source_multi_cmd_renamed_to_group() -> None:
    # 8.1: `add_source(self, multi_cmd: MultiCommand)`, `class Group(MultiCommand)`; 8.2: `add_source(self, group:
    # Group)`, `MultiCommand` a deprecated alias served by `click.core.__getattr__`
    delta = changes("click", "8.1.8", "8.2.0")[("signature_changed", "click.CommandCollection.add_source")]
    assert delta.detail == "parameter 'multi_cmd' renamed to 'group'"


def test_libpysal_4_10_voronoi_frames_points_renamed_in_its_slot_to_geometry() -> None:
    # 4.9.2: `voronoi_frames(points, radius=None, clip="extent")`; 4.10: `voronoi_frames(geometry: GeoSeries |
    # GeoDataFrame | ArrayLike, radius=None, clip="bounding_box", shrink=0, ...)`: the same required first slot, the
    # same input (the docstring's "The originator points" / "GeoSeries of points, lines, or polygons or an array of
    # coordinates"): positional callers are fine, `points=` callers break
    found = changes("libpysal", "4.9.2", "4.10")
    for path in ("libpysal.cg.voronoi_frames", "libpysal.cg.voronoi.voronoi_frames"):
        delta = found[("signature_changed", path)].signature
        assert delta is not None and delta.renamed == (("points", "geometry"),) and not delta.removed, path


# -- a slot pair is no rename when another new parameter is at least as alike to the old name --


@pytest.mark.parametrize(
    ("new_params", "renamed"),
    [
        ("n, min_degree, max_degree, bias", None),  # `degree` is `max_degree` as much as the `min_degree` in its slot
        ("n, max_degree, bias", ("degree", "max_degree")),  # one alike name: the rename
        ("n, max_degree, min_degree, bias", None),  # as alike either way, whichever the slot holds
        ("n, degrees, min_degree, bias", ("degree", "degrees")),  # one likest: still the rename
    ],
)
def test_a_slot_pair_with_an_as_alike_sibling_is_no_rename(
    tmp_path: Path, new_params: str, renamed: tuple[str, str] | None
) -> None:
    def source(params: str) -> dict[str, str]:
        return {"demo/__init__.py": f"def combinations({params}):\n    return n\n"}

    found = diffed(tmp_path, source("n, degree, bias"), source(new_params))
    delta = found[("signature_changed", "demo.combinations")].signature
    assert delta is not None
    if renamed is None:
        assert not delta.renamed and delta.removed == ("degree",)
    else:
        assert delta.renamed == (renamed,) and not delta.removed


def test_scikit_learn_combinations_degree_is_not_renamed_to_min_degree() -> None:
    # 0.23: `PolynomialFeatures._combinations(n_features, degree, interaction_only, include_bias)`; 1.9:
    # `_combinations(n_features, min_degree, max_degree, interaction_only, include_bias)`
    found = changes("scikit-learn", "0.23.0", "1.9.1")
    delta = found[("signature_changed", "sklearn.preprocessing.PolynomialFeatures._combinations")].signature
    assert delta is not None and not delta.renamed and delta.removed == ("degree",)
    # the true successors stay renames (one alike name each)
    sparse = found[("signature_changed", "sklearn.preprocessing.OneHotEncoder")].signature
    assert sparse is not None and ("sparse", "sparse_output") in sparse.renamed
