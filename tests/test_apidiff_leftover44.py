"""False claims hunt43 left alone, taken up by leftover44: each class on its pinned real example, on a synthetic
case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.lazydeps import DependencyTree, partial_surfaces, seeds
from bot.apidiff.release import read_file
from tests.artifacts import unpacked_release
from tests.test_apidiff_core import surface
from tests.test_apidiff_releases import pinned_surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a protobuf enum is no class at run time: the bases its stub writes are none --


def test_mlflow_protobuf_enums_keep_what_they_are() -> None:
    # 3.16's stub: `class ErrorCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper)`; 3.17's (mypy-protobuf):
    # `class ErrorCode(_ErrorCode, metaclass=_ErrorCodeEnumTypeWrapper)`; both `_pb2.py` bind an EnumTypeWrapper
    found = changes("mlflow-skinny", "3.16.1", "3.17.0")
    for enum in ("databricks_pb2.ErrorCode", "databricks_pb2.Visibility", "databricks_artifacts_pb2.ArtifactCredentialType"):
        change = found.get(("signature_changed", f"mlflow.protos.{enum}"))
        assert change is None or "subclass" not in change.detail
    assert not [c for c in found.values() if "no longer a subclass of int" in c.detail]
    assert ("signature_changed", "mlflow.protos.service_pb2.Run") in found  # now @final in the stubs: still said


_ENUM_OLD = """from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper

class Color(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    RED: Color

class Level(int, metaclass=Meta):
    LOW: Level
"""
_ENUM_NEW = """import typing
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper

class _Color:
    ValueType = typing.NewType("ValueType", int)

class _ColorEnumTypeWrapper(_enum_type_wrapper._EnumTypeWrapper[_Color.ValueType], type):
    RED: _Color.ValueType

class Color(_Color, metaclass=_ColorEnumTypeWrapper): ...

class _Level:
    pass

class Level(_Level, metaclass=Meta):
    LOW: Level
"""
_META = "class Meta(type):\n    pass\n"
_BUILT = """from google.protobuf.internal import builder as _builder
DESCRIPTOR = None
_globals = globals()
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, "demo", _globals)
"""
"""A generated `_pb2.py`: its classes and enums are bound at import, only the stub spells them."""


def test_a_protobuf_enum_stub_rewritten_loses_no_base(tmp_path: Path) -> None:
    runtime = _BUILT + _META
    old = {"demo/__init__.py": runtime + "class Level(int, metaclass=Meta):\n    LOW = 1\n",
           "demo/__init__.pyi": _META + _ENUM_OLD}
    new = {"demo/__init__.py": runtime + "class _Level:\n    pass\nclass Level(_Level, metaclass=Meta):\n    LOW = 1\n",
           "demo/__init__.pyi": _META + _ENUM_NEW}
    found = diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.Color") not in found
    # a real class under a metaclass of its own that no longer derives from int: `issubclass(Level, int)` fails
    assert "no longer a subclass of int" in found[("signature_changed", "demo.Level")].detail


# -- the only parameter renamed, names unalike: positional callers still pass it, keyword callers lost the old name --

_SOLE_OLD = """def load(path):
    return path

class Reader:
    def read(self, path):
        return path

def run(debug=False):
    return debug

def send(msg, host):
    return msg

def fetch(*, url):
    return url
"""
_SOLE_NEW = """def load(source):
    return source

class Reader:
    def read(self, stream):
        return stream

def run(timeout=None):
    return timeout

def send(msg, conn):
    return msg

def fetch(*, target):
    return target
"""


def test_the_only_parameter_renamed_is_a_rename(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _SOLE_OLD}, {"demo/__init__.py": _SOLE_NEW})
    for path, old, new in (("demo.load", "path", "source"), ("demo.Reader.read", "path", "stream")):
        change = found[("signature_changed", path)]
        assert change.breakages == ("param_renamed",), change.detail
        assert change.detail == f"parameter '{old}' renamed to '{new}'"
        assert f"{old}=None" in change.witness  # keyword callers still break
    # an optional one: maybe another option in its place, no rename to advise
    assert found[("signature_changed", "demo.run")].breakages == ("param_removed",)
    # one required parameter of several, names unalike, in its slot: renamed (words68; an optional one, click 8.2's
    # `mix_stderr` -> `catch_exceptions`, stays removed)
    assert found[("signature_changed", "demo.send")].breakages == ("param_renamed",)
    # keyword-only: every call named it, and must now name another
    assert found[("signature_changed", "demo.fetch")].breakages == ("param_removed", "param_new_required")


# -- a class defined in both arms of an `if` is no alternative of itself --

_ARMS = """import sys

class _UnixLock:
    def acquire(self):
        pass

class _WinLock:
    def acquire(self):
        pass

if sys.platform == "win32":
    class Lock:
        def acquire(self):
            pass
    Either = _WinLock
else:
    class Lock:
        def acquire(self):
            pass

        def release(self):
            pass
    Either = _UnixLock
"""


def test_filelock_unix_lock_is_no_alternative_of_itself() -> None:
    # filelock 4.3.2's `_native/_unix.py` defines `class UnixFileLock(BaseFileLock)` under `if sys.platform ==
    # "win32":` and again under `else:`; read lazily for datasets 2.16, its alternatives were itself twice
    before, after = pinned_surface("datasets", "2.15.0"), pinned_surface("datasets", "2.16.0")
    trees = [DependencyTree("filelock", "4.3.2", unpacked_release("filelock", "4.3.2"))]
    partial = partial_surfaces(seeds(after, before), trees, lambda file: read_file(file, lazy=True))
    symbols = [s for p in partial for s in p.symbols.values()]
    assert [s.path for s in symbols if s.target in s.alternatives] == []
    assert any(s.target == "filelock._native._unix.UnixFileLock" for s in symbols)  # still read, as unknown


def test_a_class_defined_in_both_arms_is_undecided_without_alternatives(tmp_path: Path) -> None:
    found = surface(tmp_path, {"demo/__init__.py": _ARMS})
    assert found.symbols["demo.Lock"].alternatives == ()  # unknown: no way leads anywhere but back here
    # sibling: a name bound to one class or another defined elsewhere keeps both
    assert found.symbols["demo.Either"].alternatives == ("demo._WinLock", "demo._UnixLock")


# -- a name bound only while the documentation is built is no runtime API --


def test_polars_sphinx_accessor_is_no_api() -> None:
    # 0.20.31's `expr/expr.py`: `if TYPE_CHECKING: ... elif BUILDING_SPHINX_DOCS: property = sphinx_accessor`
    symbols = pinned_surface("polars", "0.20.31").symbols
    for module in ("expr.expr", "series.series", "series.struct"):
        assert f"polars.{module}.property" not in symbols
    assert "polars.Expr.str" in symbols  # the properties the modules define stay


_DOCS = """import os
from demo._utils import BUILDING_SPHINX_DOCS, HAS_NUMPY

if BUILDING_SPHINX_DOCS:
    class accessor(property):
        pass
elif os.getenv("READTHEDOCS"):
    def documented():
        pass
if HAS_NUMPY:
    def fast():
        pass
"""


def test_names_bound_while_docs_are_built_make_no_claim(tmp_path: Path) -> None:
    utils = {"demo/_utils.py": "import os\nBUILDING_SPHINX_DOCS = os.getenv('BUILDING_SPHINX_DOCS')\nHAS_NUMPY = True\n"}
    old = {"demo/__init__.py": _DOCS, **utils}
    new = {"demo/__init__.py": "", **utils}
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.accessor") not in found
    assert ("removed", "demo.documented") not in found
    assert ("removed", "demo.fast") in found  # sibling: a name bound under a flag of the runtime was the API
