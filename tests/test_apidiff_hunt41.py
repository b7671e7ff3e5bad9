"""False claims found by hunt41 on the scientific, geo, plotting and NLP stack nobody tuned on: each class on its
pinned real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.apidiff.locate import find_modules
from tests.test_apidiff_releases import pinned_surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- the deprecated `abc.abstractclassmethod` / `abstractstaticmethod` are abstract (and class / static methods) --


def test_numba_reduce_mixin_rebuild_was_abstract_already() -> None:
    # 0.61.2: `@abc.abstractclassmethod def _rebuild(cls, **kwargs)`; 0.62.0: `@classmethod @abc.abstractmethod`
    found = changes("numba", "0.61.2", "0.62.0")
    assert ("signature_changed", "numba.core.serialize.ReduceMixin._rebuild") not in found


_OLD_ABC = {
    "classmethod": "    @abc.abstractclassmethod\n    def build(cls, spec):\n        ...\n",
    "staticmethod": "    @abc.abstractstaticmethod\n    def build(spec):\n        ...\n",
}
_NEW_ABC = {
    "classmethod": "    @classmethod\n    @abc.abstractmethod\n    def build(cls, spec):\n        ...\n",
    "staticmethod": "    @staticmethod\n    @abc.abstractmethod\n    def build(spec):\n        ...\n",
}
_HEAD = "import abc\n\nclass Base(abc.ABC):\n"
_SIBLING = "    def plain(self):\n        ...\n"
_SIBLING_ABSTRACT = "    @abc.abstractmethod\n    def plain(self):\n        ...\n"


@pytest.mark.parametrize("kind", sorted(_OLD_ABC))
def test_the_deprecated_abstract_decorators_are_abstract_and_keep_their_kind(tmp_path: Path, kind: str) -> None:
    old = {"demo/__init__.py": _HEAD + _OLD_ABC[kind] + _SIBLING}
    new = {"demo/__init__.py": _HEAD + _NEW_ABC[kind] + _SIBLING_ABSTRACT}
    found = diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.Base.build") not in found
    # sibling: a plain method made abstract is still claimed
    assert found[("signature_changed", "demo.Base.plain")].detail.startswith("now abstract")


def test_an_abstract_static_method_keeps_its_first_parameter(tmp_path: Path) -> None:
    # read as an instance method, `spec` was dropped as `self`: a later `spec` -> `path` rename went unseen
    old = {"demo/__init__.py": _HEAD + _OLD_ABC["staticmethod"]}
    new = {"demo/__init__.py": _HEAD + _OLD_ABC["staticmethod"].replace("spec", "path")}
    assert ("signature_changed", "demo.Base.build") in diffed(tmp_path, old, new)


# -- a display unpacked into names binds each name to its own item, not the whole tuple --


def test_nltk_texttiling_constants_were_ints_not_tuples() -> None:
    found = changes("nltk", "3.9.3", "3.9.4")
    for name in ("BLOCK_COMPARISON", "VOCABULARY_INTRODUCTION"):
        assert ("signature_changed", f"nltk.tokenize.texttiling.{name}") not in found


_UNPACKED = {
    "module": ("{}", "demo.A"),
    "class": ("class Config:\n{}", "demo.Config.A"),
}


@pytest.mark.parametrize("where", sorted(_UNPACKED))
def test_an_unpacked_display_gives_each_name_its_own_item(tmp_path: Path, where: str) -> None:
    template, symbol = _UNPACKED[where]
    indent = "    " if where == "class" else ""
    old = {"demo/__init__.py": template.format(f"{indent}A, B = 'a', 'b'\n{indent}C, D = [1], [2]\n")}
    new = {"demo/__init__.py": template.format(f"{indent}A = 'a'\n{indent}B = 'b'\n{indent}C, D = (1,), [2]\n")}
    found = diffed(tmp_path, old, new)
    assert (("signature_changed", symbol)) not in found
    # sibling: an item that really changed its type is still claimed
    c = symbol.replace(".A", ".C")
    assert found[("signature_changed", c)].detail.startswith("now a tuple, was a list")


# -- a `src/` folder of C sources only is no source root --


def test_shapely_sdist_package_at_the_root_beside_a_src_of_c_sources_is_read() -> None:
    symbols = pinned_surface("shapely", "2.0.7").symbols
    assert "shapely.geometry.Point" in symbols
    assert "shapely.affinity.rotate" in symbols


@pytest.mark.parametrize("src_python", [False, True])
def test_a_src_folder_is_the_source_root_only_when_it_holds_python(tmp_path: Path, src_python: bool) -> None:
    root = tmp_path / "demo-1.0"
    (root / "src").mkdir(parents=True)
    (root / "src" / "lib.c").write_text("int x;\n")
    (root / "demo").mkdir()
    (root / "demo" / "__init__.py").write_text("X = 1\n")
    (root / "setup.py").write_text("from setuptools import setup\nsetup()\n")
    if src_python:  # sibling: a real src layout still wins over the root
        (root / "src" / "demo").mkdir()
        (root / "src" / "demo" / "__init__.py").write_text("Y = 1\n")
    expected = "src/demo/__init__.py" if src_python else "demo/__init__.py"
    assert [m.relpath for m in find_modules(tmp_path)] == [expected]


# -- an inherited classmethod handing its arguments to `cls(...)` reaches the inheriting class's constructor --


def test_zarr_local_store_open_always_needed_its_root() -> None:
    found = changes("zarr", "3.1.1", "3.1.2")
    assert ("signature_changed", "zarr.storage.LocalStore.open") not in found


_BASE = (
    "class Store:\n    def __init__(self, *, read_only=False):\n        self.read_only = read_only\n"
    "    @classmethod\n    def open(cls, *args, **kwargs):\n        return cls(*args, **kwargs)\n"
)
_LOCAL = "class Local(Store):\n    def __init__(self, root, *, read_only=False):\n        super().__init__(read_only=read_only)\n"


def test_an_override_of_an_inherited_cls_call_keeps_the_constructor_params(tmp_path: Path) -> None:
    base = _BASE
    old = {"demo/__init__.py": base + _LOCAL}
    own = "    @classmethod\n    def open(cls, root, *, read_only=False, mode=None):\n        return cls(root)\n"
    new = {"demo/__init__.py": base + _LOCAL + own}
    assert ("signature_changed", "demo.Local.open") not in diffed(tmp_path, old, new)
    # sibling: a parameter the constructor never required is still claimed
    extra = own.replace("root, *", "root, extra, *")
    found = diffed(tmp_path, old, {"demo/__init__.py": base + _LOCAL + extra})
    assert "new required parameter 'extra'" in found[("signature_changed", "demo.Local.open")].detail


# -- the environment a test file shipped in the package reads is its runner's, no setting of the release --


def test_uncertainties_test_files_read_the_ci_environment() -> None:
    found = changes("uncertainties", "3.1.7", "3.2.0")
    assert ("env_var_removed", "env:TRAVIS") not in found
    assert ("env_var_removed", "env:APPVEYOR") not in found


_READS = "import os\n\nLEVEL = os.environ.get('DEMO_LEVEL')\nON_CI = 'TRAVIS' in os.environ\n"
_TESTS = "\n\ndef test_level():\n    assert LEVEL != 'x'\n"


@pytest.mark.parametrize("test_file", ["demo/test_core.py", "demo/core_test.py"])
def test_a_test_file_reads_no_setting(tmp_path: Path, test_file: str) -> None:
    old = {"demo/__init__.py": "", test_file: _READS + _TESTS, "demo/testing.py": _READS.replace("TRAVIS", "DEMO_FIXTURES")}
    found = diffed(tmp_path, old, {"demo/__init__.py": ""})
    assert ("env_var_removed", "env:TRAVIS") not in found
    # sibling: a `testing` module of helpers dependents run still reads its settings
    assert ("env_var_removed", "env:DEMO_FIXTURES") in found


# -- `**kwargs` spelled inside a message hands nothing on --


def test_dask_to_zarr_still_hands_mode_and_read_only_to_its_store_helper() -> None:
    found = changes("dask", "2025.11.0", "2025.12.0")
    assert ("signature_changed", "dask.array.core.Array.to_zarr") not in found
    detail = found[("signature_changed", "dask.array.core.to_zarr")].detail
    assert "'mode'" not in detail and "'read_only'" not in detail


_WARNED = (
    "import warnings\n\ndef save(path, **kwargs):\n    if kwargs:\n"
    "        warnings.warn('Passing storage options via **kwargs is deprecated', FutureWarning)\n"
    "    return _store(path, **kwargs)\n\n"
)


def test_a_message_spelling_kwargs_is_no_hand_off(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "def save(path, *, mode='a'):\n    return path\n"}
    new = {"demo/__init__.py": _WARNED + "def _store(path, mode='a'):\n    return path\n"}
    assert ("signature_changed", "demo.save") not in diffed(tmp_path, old, new)
    # sibling: a keyword the helper does not take is still rejected
    refusing = {"demo/__init__.py": _WARNED + "def _store(path):\n    return path\n"}
    assert "'mode'" in diffed(tmp_path, old, refusing)[("signature_changed", "demo.save")].detail
