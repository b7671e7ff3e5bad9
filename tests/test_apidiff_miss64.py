"""Misses of recall samples on unseen libraries: parameter deprecations behind a sentinel default."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a parameter defaulting to a module sentinel named for a deprecation (`scale=deprecated`), handed by position to
# a method of a local instance of a class of the package, which warns when it is not the sentinel (seaborn 0.13) --

_PLOTTER_OLD = '''
class _Plotter:
    def __init__(self, data=None):
        self.data = data


def violinplot(data=None, density_norm="area", scale="area", join=True):
    p = _Plotter(data=data)
    return p
'''

_PLOTTER_NEW = """import warnings

deprecated = object()


class _Plotter:
    def __init__(self, data=None):
        self.data = data

    def _scale_backcompat(self, scale, density_norm):
        if scale is not deprecated:
            density_norm = scale
            warnings.warn(f"The `scale` parameter has been renamed; pass density_norm={scale!r}", FutureWarning)
        return density_norm

    def _join_backcompat(self, join):
        if join is not deprecated:
            msg = "The `join` parameter is deprecated and will be removed in v0.15.0."
            warnings.warn(msg, stacklevel=3)


def violinplot(data=None, density_norm="area", scale=deprecated, join=deprecated):
    p = _Plotter(data=data)
    density_norm = p._scale_backcompat(scale, density_norm)
    p._join_backcompat(join)
    return p
"""


def test_a_sentinel_default_handed_to_a_local_instances_warning_method_is_deprecated(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _PLOTTER_OLD}, {"demo/__init__.py": _PLOTTER_NEW})
    assert found[("deprecated", "demo.violinplot")].detail == "deprecated parameters 'join', 'scale'"
    assert ("signature_changed", "demo.violinplot") not in found  # the sentinel default says nothing of its own


def test_a_default_named_deprecated_is_the_mark_a_sentinel_named_otherwise_needs_the_warning(tmp_path: Path) -> None:
    # the release's own word: a default named `deprecated` marks the parameter though no warning is seen (see
    # `deprecmarkers.sentinel_deprecated`, scikit-learn's estimators warn in `fit`)
    quiet = _PLOTTER_NEW.replace("warnings.warn(", "print(")
    found = diffed(tmp_path, {"demo/__init__.py": _PLOTTER_OLD}, {"demo/__init__.py": quiet})
    assert found[("deprecated", "demo.violinplot")].detail == "deprecated parameters 'scale', 'join'"
    # a sentinel of another name says nothing alone: handed to a method that does not warn, or to one of an
    # instance the local no longer holds, it claims nothing
    unset = quiet.replace("deprecated", "_unset")
    assert ("deprecated", "demo.violinplot") not in diffed(
        tmp_path / "b", {"demo/__init__.py": _PLOTTER_OLD}, {"demo/__init__.py": unset}
    )
    rebound = _PLOTTER_NEW.replace("deprecated", "_unset")
    rebound = rebound.replace("    p._join_backcompat(join)\n", "    p = Other()\n    p._join_backcompat(join)\n")
    rebound = rebound.replace("    density_norm = p._scale_backcompat(scale, density_norm)\n", "")
    rebound += "\n\nclass Other:\n    def _join_backcompat(self, join):\n        pass\n"
    assert ("deprecated", "demo.violinplot") not in diffed(
        tmp_path / "c", {"demo/__init__.py": _PLOTTER_OLD}, {"demo/__init__.py": rebound}
    )


def test_seaborn_0_13_parameters_defaulting_to_the_deprecated_sentinel() -> None:
    found = changes("seaborn", "0.12.2", "0.13.0")
    assert found[("deprecated", "seaborn.violinplot")].detail == "deprecated parameters 'bw', 'scale', 'scale_hue'"
    assert found[("deprecated", "seaborn.boxenplot")].detail == "deprecated parameter 'scale'"
    # `errwidth`, warned in a def nested in the plotter's method, is seen by its `deprecated` default alone
    assert found[("deprecated", "seaborn.pointplot")].detail == "deprecated parameters 'join', 'scale', 'errwidth'"
    # 0.12's `_deprecate_ci` already warned `if ci != "deprecated"`: not newly deprecated
    assert ("deprecated", "seaborn.lineplot") not in found


# -- a None default the body replaces with a literal under `if p is None:`, after branches never naming it and with
# the warning about the coming change nested in an `if` of its own (geopandas 0.14's `explode(index_parts=None)`):
# the literal is the default calls get, so a new literal default is a default changed --

_NONE_OLD = '''import warnings


def explode(column=None, ignore_index=False, index_parts=None):
    if column is None:
        column = "geometry"
    if not column:
        return []
    if index_parts is None:
        if not ignore_index:
            warnings.warn("index_parts defaults to True, but in the future, it will default to False", FutureWarning)
        index_parts = True
    return [column, index_parts]
'''


def test_a_none_replaced_by_a_literal_after_unrelated_branches_is_that_literal(tmp_path: Path) -> None:
    new = _NONE_OLD.replace("index_parts=None", "index_parts=False")
    found = diffed(tmp_path, {"demo/__init__.py": _NONE_OLD}, {"demo/__init__.py": new})
    assert found[("signature_changed", "demo.explode")].detail == (
        "parameter 'index_parts' defaults to False where it defaulted to None (which the body replaces with True)"
    )
    kept = _NONE_OLD.replace("index_parts=None", "index_parts=True")
    assert ("signature_changed", "demo.explode") not in diffed(
        tmp_path / "b", {"demo/__init__.py": _NONE_OLD}, {"demo/__init__.py": kept}
    )
    # the nested `if` does more than warn: the None may reach the rest of the body
    busy = _NONE_OLD.replace("            warnings.warn(", "            column = None\n            warnings.warn(")
    assert ("signature_changed", "demo.explode") not in diffed(
        tmp_path / "c", {"demo/__init__.py": busy}, {"demo/__init__.py": new}
    )


def test_geopandas_1_0_explode_index_parts_default_changed() -> None:
    found = changes("geopandas", "0.14.4", "1.0.0")
    assert found[("signature_changed", "geopandas.GeoDataFrame.explode")].detail == (
        "parameter 'index_parts' defaults to False where it defaulted to None (which the body replaces with True)"
    )
    # `GeoSeries.explode` replaces it only `if index_parts is None and not ignore_index`: no one value
    assert ("signature_changed", "geopandas.GeoSeries.explode") not in found


# -- a dict attribute now a read-only `MappingProxyType` view (mashumaro 3.23): `d[k] = v` and `.update` raise --


def test_a_dict_attribute_made_a_mapping_proxy_is_another_type(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "class Dialect:\n    strategy = {}\n\n\nALIASES = {'a': 'b'}\n"}
    new = {"demo/__init__.py": (
        "from types import MappingProxyType\n\n\nclass Dialect:\n    strategy = MappingProxyType({})\n\n\n"
        "ALIASES = MappingProxyType({'a': 'b'})\n")}
    found = diffed(tmp_path, old, new)
    assert found[("signature_changed", "demo.Dialect.strategy")].detail == (
        "now a mappingproxy, was a dict: code using it as a dict fails"
    )
    assert ("signature_changed", "demo.ALIASES") in found
    # a dict does all a read-only view did
    assert ("signature_changed", "demo.ALIASES") not in diffed(tmp_path / "b", new, old)


def test_mashumaro_3_23_dicts_made_read_only_mappings() -> None:
    found = changes("mashumaro", "3.22", "3.23")
    assert ("signature_changed", "mashumaro.dialect.Dialect.serialization_strategy") in found
    assert ("signature_changed", "mashumaro.config.BaseConfig.aliases") in found
