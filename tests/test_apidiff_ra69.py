"""Recall and precision on data science, scientific computing, file format, imaging and geo libraries never measured."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.model import Surface
from bot.apidiff.release import surface_of
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a plain module star-imported into a package (`from ._api import *`, no `__all__`) re-exports what it imports by
# name from its own distribution: a name the package so offered and no longer offers is removed --

_AGGREGATED = {
    "demo/__init__.py": "from ._api import *\n",
    "demo/_api.py": "from .m import f, g\nfrom .k import h\n",
    "demo/m.py": "def f():\n    pass\n\n\ndef g():\n    pass\n",
    "demo/k.py": "def h():\n    pass\n",
}


def test_a_name_a_star_imported_aggregator_re_exported_and_the_package_lost_is_removed(tmp_path: Path) -> None:
    new = {"demo/__init__.py": "from .m import g as g\n", "demo/m.py": "def g():\n    pass\n",
           "demo/k.py": "def h():\n    pass\n"}
    found = diffed(tmp_path, _AGGREGATED, new)
    assert "no longer exists" in found[("removed", "demo.h")].detail  # `h` still lives in `demo.k`
    assert ("removed", "demo.f") in found and ("removed", "demo.m.f") in found
    assert ("removed", "demo.g") not in found


def test_what_a_star_imported_aggregator_still_binds_or_binds_incidentally_is_no_removal(tmp_path: Path) -> None:
    # the aggregator now uses `f` itself: the star import still brings it
    uses = dict(_AGGREGATED, **{"demo/_api.py": "from .m import f, g\nfrom .k import h\n\n\ndef run():\n    return f()\n"})
    assert not diffed(tmp_path, _AGGREGATED, uses)
    # standard-library and other distributions' names a star-imported module imports are incidental
    old = dict(_AGGREGATED, **{"demo/_api.py": "import os\nfrom typing import Optional\nfrom numpy import ndarray\n"})
    new = dict(_AGGREGATED, **{"demo/_api.py": ""})
    found = diffed(tmp_path / "incidental", old, new)
    assert not {symbol for _, symbol in found} & {"demo.os", "demo.Optional", "demo.ndarray"}
    # a plain module star-imported into a plain module re-exports nothing it imports (flask-cors 3's `decorator.py`)
    plain = {"demo/__init__.py": "", "demo/api.py": "from ._api import *\n", "demo/_api.py": "from .m import f\n",
             "demo/m.py": "def f():\n    pass\n"}
    gone = dict(plain, **{"demo/_api.py": ""})
    assert ("removed", "demo.api.f") not in diffed(tmp_path / "plain", plain, gone)


def test_osmnx_2_top_level_names_its_1_9_api_module_re_exported_are_removed() -> None:
    found = changes("osmnx", "1.9.4", "2.0.0")
    for name in ("get_digraph", "get_undirected", "config", "save_graph_shapefile", "geometries_from_bbox",
                 "plot_graph_folium", "project_gdf"):
        assert ("removed", f"osmnx.{name}") in found, name
    for kept in ("graph_from_bbox", "plot_graph", "project_graph", "shortest_path", "add_edge_speeds"):
        assert ("removed", f"osmnx.{kept}") not in found, kept  # still re-exported by 2.0's `__init__`


# -- a deprecation decorator saying when it was deprecated (`@deprecate_with_version(message, since, until)`)
# deprecates what it decorates, as `@deprecated` does --

_TMPDIR = "import tempfile\n\n\nclass TemporaryDirectory(tempfile.TemporaryDirectory):\n"
_MARKER = (
    "import functools\nimport warnings\n\n\ndef deprecate_with_version(message, since, until):\n"
    "    def wrap(func):\n        @functools.wraps(func)\n        def inner(*args, **kwargs):\n"
    "            warnings.warn(message, DeprecationWarning)\n            return func(*args, **kwargs)\n"
    "        return inner\n    return wrap\n"
)


def test_a_constructor_under_a_deprecation_decorator_with_versions_deprecates_its_class(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/deprecated.py": _MARKER,
           "demo/tmpdirs.py": _TMPDIR + "    def __init__(self, suffix=''):\n        super().__init__(suffix)\n"}
    new = dict(old, **{"demo/tmpdirs.py": "from .deprecated import deprecate_with_version\n\n\n" + _TMPDIR
                       + "    @deprecate_with_version('Use tempfile.TemporaryDirectory', '5.0', '7.0')\n"
                       "    def __init__(self, suffix=''):\n        super().__init__(suffix)\n"})
    found = diffed(tmp_path, old, new)
    assert found[("deprecated", "demo.tmpdirs.TemporaryDirectory")].detail == "Use tempfile.TemporaryDirectory"


def test_a_decorator_deprecating_a_part_or_only_naming_a_version_is_no_deprecation(tmp_path: Path) -> None:
    for i, decorator in enumerate(("deprecate_kwarg_with_version", "with_version", "deprecated_alias")):
        old = {"demo/__init__.py": f"def {decorator}(*a):\n    return lambda f: f\n\n\ndef f(x=1):\n    pass\n"}
        new = {"demo/__init__.py": old["demo/__init__.py"].replace("\ndef f", f"\n@{decorator}('x', '2.0')\ndef f")}
        assert ("deprecated", "demo.f") not in diffed(tmp_path / str(i), old, new), decorator


def test_nibabel_5_deprecates_tmpdirs_temporary_directory() -> None:
    found = changes("nibabel", "4.0.2", "5.0.0")
    assert "tempfile.TemporaryDirectory" in found[("deprecated", "nibabel.tmpdirs.TemporaryDirectory")].detail
    # deprecated by the same decorator in both releases: nothing new
    assert ("deprecated", "nibabel.loadsave.read_img_data") not in found
    assert ("deprecated", "nibabel.orientations.flip_axis") not in found


# -- a module an sdist lacks but its own package imports at top level, unguarded (meson's `custom_target` /
# `configure_file` writes `version.py` at build time): the build makes it, so it is unread, not removed --


def _sdist(root: Path, files: dict[str, str], version: str) -> Surface:
    """The surface of an sdist-shaped tree (no .dist-info) holding `files`."""
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return surface_of(root, "demo", version)


_SHIPPED = {"demo/__init__.py": "from demo.version import version as __version__\nfrom ._config import _flag\n",
            "demo/version.py": "version = '1.0'\nfull_version = '1.0.0'\n", "demo/_config.py": "_flag = True\n"}


def test_a_module_the_package_imports_and_its_sdist_no_longer_ships_is_made_by_the_build(tmp_path: Path) -> None:
    built = {"demo/__init__.py": _SHIPPED["demo/__init__.py"], "demo/_config.py.in": "_flag = @FLAG@\n",
             "demo/meson.build": "configure_file(input: '_config.py.in', output: '_config.py')\n"}
    found = diff_surfaces(_sdist(tmp_path / "old", _SHIPPED, "1.0"), _sdist(tmp_path / "new", built, "2.0"))
    assert not {c.symbol for c in found} & {"demo.version", "demo.version.full_version", "demo._config"}


def test_a_module_the_package_no_longer_imports_and_the_sdist_lost_is_removed(tmp_path: Path) -> None:
    dropped = {"demo/__init__.py": "__version__ = '2.0'\n"}
    found = diff_surfaces(_sdist(tmp_path / "old", _SHIPPED, "1.0"), _sdist(tmp_path / "new", dropped, "2.0"))
    assert "demo.version" in {c.symbol for c in found if c.kind.value == "removed"}
    # a guarded import is a fallback, no proof the build makes the module
    guarded = {"demo/__init__.py": "try:\n    from demo.version import version\nexcept ImportError:\n    version = None\n"}
    found = diff_surfaces(_sdist(tmp_path / "old2", _SHIPPED, "1.0"), _sdist(tmp_path / "new2", guarded, "2.0"))
    assert "demo.version" in {c.symbol for c in found if c.kind.value == "removed"}


def test_pywavelets_1_5_s_meson_made_version_module_is_not_removed() -> None:
    found = changes("pywavelets", "1.4.1", "1.5.0")
    assert ("removed", "pywt.version") not in found
    assert ("removed", "pywt._c99_config") not in found
