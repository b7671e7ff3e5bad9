"""Stubs (`.pyi`) read where a module has no source, or where its source fills its names at run time: what `@overload`
stubs with no implementation declare is a definition (its signature unknown here, the overloads together being it),
and a stub module that became another name for a module of the release still reaches that module's names. Found on
numpy 1.21.6 -> 1.22.0, where 116 of 140 claims were false: `numpy.finfo(dtype)` "lost" its parameter, every
`numpy.char` function and `numpy.matrix.sum` "no longer existed"."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes


def found(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> dict[tuple[str, str], str]:
    diff = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return {(c.kind.value, c.symbol): c.detail for c in diff}


def test_numpy_1_22_overloaded_stubs_and_the_char_alias_lose_nothing() -> None:
    claims = changes("numpy", "1.21.6", "1.22.0")
    # `__new__`, `char.add`, `matrix.sum`: written only as `@overload` stubs in 1.22's `__init__.pyi`
    for symbol in ("numpy.finfo", "numpy.iinfo", "numpy.chararray", "numpy.memmap"):
        assert ("signature_changed", symbol) not in claims
    for symbol in ("numpy.matrix.sum", "numpy.recarray.field", "numpy.char.add", "numpy.rec.fromarrays"):
        assert ("removed", symbol) not in claims
    # left out of 1.22's `__init__.pyi`, still bound by `__init__.py` at run time (read in the stub's place because it
    # passes `globals()` on): `asscalar` through `from .lib import *`, `MachAr` served deprecated by `__getattr__`
    assert not {("removed", "numpy.asscalar"), ("removed", "numpy.MachAr")} & claims.keys()
    # the documented removals of 1.22 stay claimed
    assert {("removed", "numpy.lib.npyio.loads"), ("removed", "numpy.lib.npyio.mafromtxt")} <= claims.keys()
    assert ("removed", "numpy.loads") in claims


OVERLOADED = (
    "from typing import overload\n\n\nclass Info:\n    @overload\n    def __new__(cls, dtype: int) -> 'Info': ...\n"
    "    @overload\n    def __new__(cls, dtype: str) -> 'Info': ...\n    @overload\n    def get(self, x: int) -> int: ...\n"
    "    @overload\n    def get(self, x: str) -> str: ...\n\n\n@overload\ndef add(a: int) -> int: ...\n@overload\n"
    "def add(a: str) -> str: ...\n"
)


def test_overloads_without_implementation_in_a_stub_are_definitions(tmp_path: Path) -> None:
    old = {
        "demo/__init__.pyi": "class Info:\n    def __new__(cls, dtype): ...\n    def get(self, x): ...\n\n\ndef add(a): ...\n"
    }
    assert found(tmp_path, old, {"demo/__init__.pyi": OVERLOADED}) == {}


def test_overloads_removed_from_a_stub_are_removed(tmp_path: Path) -> None:
    new = {"demo/__init__.pyi": "class Info:\n    pass\n"}
    assert found(tmp_path, {"demo/__init__.pyi": OVERLOADED}, new).keys() == {
        ("removed", "demo.Info.get"),
        ("removed", "demo.add"),
    }


def test_an_implementation_after_its_overloads_is_still_what_calls_bind(tmp_path: Path) -> None:
    new = (
        "from typing import overload\n\n\n@overload\ndef add(a: int) -> int: ...\n@overload\n"
        "def add(a: str) -> str: ...\ndef add(a):\n    return a\n"
    )
    assert found(tmp_path, {"demo/__init__.py": "def add(a, b=1):\n    return a\n"}, {"demo/__init__.py": new}) == {
        ("signature_changed", "demo.add"): "parameter 'b' removed"
    }


def test_a_stub_module_now_another_name_for_a_module_of_the_release(tmp_path: Path) -> None:
    core = {"demo/core/__init__.py": "", "demo/core/text.py": "def add(a, b):\n    pass\n"}
    old = {
        "demo/__init__.py": "from . import core\n",
        "demo/char.pyi": "def add(a, b): ...\ndef gone(a): ...\n",
        **core,
    }
    new = {"demo/__init__.py": "from .core import text as char\n", **core}
    assert found(tmp_path, old, new).keys() == {("removed", "demo.char.gone")}


FILLED = "globals().update(_made())\nfrom .lib import *\n"
"""A source that fills names when it runs: its stub is read in its place."""


def test_a_name_the_stub_drops_but_the_source_still_binds_is_no_removal(tmp_path: Path) -> None:
    lib = {
        "demo/lib/__init__.py": "from .kinds import *\n",
        "demo/lib/kinds.py": "__all__ = ['scalar']\ndef scalar(a):\n    pass\n",
    }
    old = {"demo/__init__.py": FILLED, "demo/__init__.pyi": "def scalar(a): ...\ndef gone(a): ...\n", **lib}
    new = {"demo/__init__.py": FILLED, "demo/__init__.pyi": "def other(a): ...\n", **lib}
    assert found(tmp_path, old, new).keys() == {("removed", "demo.gone")}


def test_a_table_getattr_looks_names_up_in_serves_them(tmp_path: Path) -> None:
    # numpy 1.21: `__deprecated_attrs__ = {}`, keys added one by one, looked up in `try`/`except KeyError`
    getattr_ = (
        "import warnings\n__deprecated_attrs__ = {}\n__deprecated_attrs__['typeDict'] = (dict, 'use sctypeDict')\n"
        "__deprecated_attrs__.update({'long': (int, 'use int')})\n__expired__ = {'asfarray': 'removed'}\n\n"
        "def __getattr__(attr):\n    try:\n        msg = __expired__[attr]\n    except KeyError:\n        pass\n"
        "    else:\n        def _expired(*args):\n            raise RuntimeError(msg)\n        return _expired\n"
        "    try:\n        val, msg = __deprecated_attrs__[attr]\n    except KeyError:\n        pass\n    else:\n"
        "        warnings.warn(msg, DeprecationWarning)\n        return val\n    raise AttributeError(attr)\n"
    )
    old = {"demo/__init__.py": "typeDict = {}\nlong = int\ndef asfarray(a):\n    pass\n"}
    claims = found(tmp_path, old, {"demo/__init__.py": getattr_})
    assert claims.keys() == {("deprecated", "demo.typeDict"), ("deprecated", "demo.long"), ("removed", "demo.asfarray")}
