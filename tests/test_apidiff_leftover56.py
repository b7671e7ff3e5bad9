"""leftover56: the largest false cluster and the misses the last stop left alone (pennylane, six, together, pydash)."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a None default handed, every run, to a base constructor that takes it from `*args` and raises when none is left
# (pennylane 0.37's `PauliY(wires=None)` -> `Operation.__init__(*params, wires=None)` -> `Operator.__init__`, whose
# `try: wires = params[-1] except IndexError: raise ValueError(...)`): leaving it out always failed, so its default
# going is no break --

_BASE = '''class Operator:
    def __init__(self, *params, wires=None, id=None):
        self.id = id
        if wires is None:
            try:
                wires = params[-1]
                params = params[:-1]
            except IndexError as err:
                raise ValueError("Must specify the wires") from err
        self.wires = wires
        self.data = params


class Operation(Operator):
    def __init__(self, *params, wires=None, id=None):
        super().__init__(*params, wires=wires, id=id)
        self.recipe = None


class Observable(Operator):
    pass


class Grover(Operation):
    def __init__(self, wires=None, id=None):
        if not hasattr(wires, "__len__") or len(wires) < 2:
            raise ValueError("at least two wires")
        super().__init__(wires=wires, id=id)


class Hadamard(Observable, Operation):
    pass
'''
_OLD = {
    "demo/__init__.py": _BASE
    + '''

class PauliY(Observable, Operation):
    def __init__(self, wires=None, id=None):
        super().__init__(wires=wires, id=id)


class Rotation(Operation):
    def __init__(self, theta, wires=None, id=None):
        super().__init__(theta, wires=wires, id=id)


class Guarded(Operation):
    def __init__(self, wires=None, id=None):
        try:
            super().__init__(wires=wires, id=id)
        except ValueError:
            pass


class Converted(Operation):
    def __init__(self, wires=None, id=None):
        wires = list(wires or [0])
        super().__init__(wires=wires, id=id)


class Early(Operation):
    def __init__(self, wires=None, id=None):
        if id == "skip":
            return
        super().__init__(wires=wires, id=id)


def helper(wires=None):
    return Operator(wires=wires)
'''
}
_NEW_TAIL = '''

class PauliY(Observable, Operation):
    def __init__(self, wires, id=None):
        super().__init__(wires=wires, id=id)


class Rotation(Operation):
    def __init__(self, theta, wires, id=None):
        super().__init__(theta, wires=wires, id=id)


class Guarded(Operation):
    def __init__(self, wires, id=None):
        try:
            super().__init__(wires=wires, id=id)
        except ValueError:
            pass


class Converted(Operation):
    def __init__(self, wires, id=None):
        wires = list(wires or [0])
        super().__init__(wires=wires, id=id)


class Early(Operation):
    def __init__(self, wires, id=None):
        if id == "skip":
            return
        super().__init__(wires=wires, id=id)


def helper(wires):
    return Operator(wires=wires)
'''
_NEW = {
    "demo/__init__.py": _BASE.replace(
        "def __init__(self, wires=None, id=None)", "def __init__(self, wires, id=None)"
    ).replace(
        "class Hadamard(Observable, Operation):\n    pass",
        "class Hadamard(Observable, Operation):\n    def __init__(self, wires, id=None):\n"
        "        super().__init__(wires=wires, id=id)",
    )
    + _NEW_TAIL
}


def test_a_none_default_a_base_constructor_always_refuses_is_required(tmp_path: Path) -> None:
    old = surface(tmp_path / "old", _OLD, "1.0")
    required = {p.name for p in old.symbols["demo.PauliY"].params or () if not p.has_default}
    assert required == {"wires"}  # through Operation's `*params` (empty) into Operator's `params[-1]`
    assert not next(p for p in old.symbols["demo.Hadamard"].params or () if p.name == "wires").has_default
    found = diffed(tmp_path, _OLD, _NEW)
    assert ("signature_changed", "demo.PauliY") not in found
    assert ("signature_changed", "demo.Grover") not in found  # `not hasattr(None, "__len__") or ...` raises
    # Hadamard(0) took its wires from `*params`: `*params` going is the claim, not the default
    assert "lost its default" not in found[("signature_changed", "demo.Hadamard")].detail
    # the siblings that keep the claim: a positional argument the base takes as wires (whether that fails is not
    # read), a call whose ValueError the def catches, a value rebound before, a way out before the call
    for name in ("Rotation", "Guarded", "Converted", "Early"):
        assert "parameter 'wires' lost its default" in found[("signature_changed", f"demo.{name}")].detail, name
    # a function handing it to the constructor: Operator(wires=None) raised too
    assert ("signature_changed", "demo.helper") not in found


def test_pennylane_0_38_pauli_y_wires_default_was_never_usable() -> None:
    found = changes("pennylane", "0.37.0", "0.38.0")
    for name in ("PauliY", "PauliZ", "Y", "Z"):
        assert ("signature_changed", f"pennylane.{name}") not in found, name
    assert "'wires' lost its default" not in found[("signature_changed", "pennylane.BasisState")].detail
    assert "new required parameter 'state'" in found[("signature_changed", "pennylane.BasisState")].detail
    # MultiRZ(0.5) worked: `Wires(None)` is one wire labelled None
    assert "'wires' lost its default" in found[("signature_changed", "pennylane.MultiRZ")].detail


def test_pennylane_0_40_pauli_x_and_grover_wires_defaults_were_never_usable() -> None:
    found = changes("pennylane", "0.39.0", "0.40.0")
    for name in ("PauliX", "X", "GroverOperator"):
        assert ("signature_changed", f"pennylane.{name}") not in found, name
    assert "'wires' lost its default" not in found[("signature_changed", "pennylane.Hadamard")].detail
    assert "'wires' lost its default" in found[("signature_changed", "pennylane.QFT")].detail  # QFT() worked


# -- `with_metaclass(M, B, ...)` bases (six's, python-future's, a package's own copy) stand for `B, ...`: read as an
# unknown ancestor, they hid every member removal of the class and of its subclasses (azure-mgmt-kusto 2.0's
# `DatabasePrincipalRole.UNRESTRICTED_VIEWERS`) --

_COMPAT = '''def with_metaclass(meta, *bases):
    class metaclass(type):
        def __new__(mcs, name, this_bases, d):
            return meta(name, bases, d)

    return type.__new__(metaclass, "temporary_class", (), {})
'''
_METACLASSED = '''import six
import future.utils
from six import with_metaclass

from demo import _compat


class Meta(type):
    pass


class Base(object):
    def run(self):
        return 1

    def stop(self):
        return 2


class Six(with_metaclass(Meta, Base)):
    LEVEL = 1


class Future(future.utils.with_metaclass(Meta, Base)):
    LEVEL = 1


class Own(_compat.with_metaclass(Meta, Base)):
    LEVEL = 1


class Derived(Six):
    pass


@six.add_metaclass(Meta)
class Decorated(Base):
    LEVEL = 1


class Unnamed(with_metaclass(Meta, *[Base])):
    LEVEL = 1
'''


def test_with_metaclass_bases_are_the_bases_it_is_given(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _METACLASSED, "demo/_compat.py": _COMPAT}
    new = {
        "demo/__init__.py": _METACLASSED.replace("    LEVEL = 1\n", "    pass\n").replace(
            "    def stop(self):\n        return 2\n", ""
        ),
        "demo/_compat.py": _COMPAT,
    }
    found = diffed(tmp_path, old, new)
    for name in ("Six", "Future", "Own", "Decorated"):
        assert ("removed", f"demo.{name}.LEVEL") in found, name
    stop = found[("removed", "demo.Base.stop")]
    assert {"demo.Six.stop", "demo.Future.stop", "demo.Own.stop", "demo.Derived.stop"} <= {*stop.aliases}
    assert ("removed", "demo.Unnamed.LEVEL") not in found  # `*[Base]`: bases not read, an unknown ancestor


def test_azure_mgmt_kusto_2_dropped_an_enum_member_of_a_with_metaclass_enum() -> None:
    found = changes("azure-mgmt-kusto", "1.0.0", "2.0.0")
    assert ("removed", "azure.mgmt.kusto.models.DatabasePrincipalRole.UNRESTRICTED_VIEWERS") in found
    assert ("removed", "azure.mgmt.kusto.models.DatabasePrincipalRole.VIEWER") not in found  # still there
    cognitive = changes("azure-mgmt-cognitiveservices", "11.0.0", "12.0.0")
    status = "azure.mgmt.cognitiveservices.models.PrivateEndpointServiceConnectionStatus"
    assert ("removed", f"{status}.DISCONNECTED") in cognitive
    assert ("removed", f"{status}.PENDING") not in cognitive


# -- a package binding, under `if not TYPE_CHECKING:` (a run-time branch), a proxy object as the name of one of its
# subpackages (together 2.0's `from ._utils._resources_proxy import resources as resources` over `together/resources/`):
# `from demo.resources import Audio` reads the subpackage, whose names are known, so the names it lost are claimed --

_PROXY = "class Proxy:\n    def __getattr__(self, name):\n        return 1\n\n\nresources = Proxy()\n"
_PROXIED_OLD = {
    "demo/__init__.py": "from demo import resources\n",
    "demo/resources/__init__.py": "class Audio:\n    pass\n\n\nclass Chat:\n    pass\n",
}
_PROXIED_NEW = {
    "demo/__init__.py": (
        "import typing as _t\n\nif not _t.TYPE_CHECKING:\n"
        "    from demo._proxy import resources as resources\nelse:\n    def typed_only():\n        pass\n"
    ),
    "demo/_proxy.py": _PROXY,
    "demo/resources/__init__.py": "class Chat:\n    pass\n",
}


def test_a_subpackage_shadowed_by_a_proxy_binding_still_decides_its_names(tmp_path: Path) -> None:
    found = diffed(tmp_path, _PROXIED_OLD, _PROXIED_NEW)
    assert ("removed", "demo.resources.Audio") in found
    assert ("removed", "demo.resources.Chat") not in found
    # the `else` of `if not TYPE_CHECKING:` binds for type checkers only
    assert "demo.typed_only" not in surface(tmp_path / "new", _PROXIED_NEW, "2.0").symbols
    # an attribute made by a call, with no module of that path: its attributes are unknown, no claim
    unknown_old = {
        "demo/__init__.py": "class Audio:\n    pass\n\n\nclass Box:\n    Audio = Audio\n\n\nresources = Box\n"
    }
    unknown_new = {"demo/__init__.py": _PROXY}
    assert ("removed", "demo.resources.Audio") not in diffed(tmp_path / "unknown", unknown_old, unknown_new)


def test_together_2_lost_the_classes_of_its_resources_package() -> None:
    found = changes("together", "1.5.35", "2.0.0")
    for name in ("AsyncAudio", "Chat", "Completions", "Videos", "batch", "finetune"):
        assert ("removed", f"together.resources.{name}") in found, name
    assert ("removed", "together.resources.audio") not in found  # still a module of the new package


# -- a return type changed through `@overload` stubs (pydash 8's `zip_`/`unzip`: `-> List[List[T]]` became stubs
# returning `List[Tuple[...]]`): the implementation after them is read untyped, so the change was never compared --

_ZIP_OLD = '''import typing as t

T = t.TypeVar("T")


def zip_(*arrays: t.Iterable[T]) -> t.List[t.List[T]]:
    return [list(group) for group in zip(*arrays)]


def pairs(*arrays: t.Iterable[T]) -> t.List[t.List[T]]:
    return [list(group) for group in zip(*arrays)]


def first(items: t.List[T]) -> T:
    return items[0]
'''
_ZIP_NEW = '''import typing as t

T = t.TypeVar("T")
T2 = t.TypeVar("T2")


@t.overload
def zip_(array1: t.Iterable[T], array2: t.Iterable[T2], /) -> t.List[t.Tuple[T, T2]]: ...


@t.overload
def zip_(*arrays: t.Iterable[t.Any]) -> t.List[t.Tuple[t.Any, ...]]: ...


def zip_(*arrays):
    return list(zip(*arrays))


@t.overload
def pairs(array1: t.Iterable[T], array2: t.Iterable[T2], /) -> t.List[t.Tuple[T, T2]]: ...


@t.overload
def pairs(*arrays: t.Iterable[T]) -> t.List[t.List[T]]: ...


def pairs(*arrays):
    return [list(group) for group in zip(*arrays)]


@t.overload
def first(items: t.List[T]) -> T: ...


@t.overload
def first(items: t.List[T], default: T2) -> t.Union[T, T2]: ...


def first(items, default=None):
    return items[0] if items else default
'''


def test_a_return_type_every_overload_changes_is_claimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _ZIP_OLD}, {"demo/__init__.py": _ZIP_NEW})
    assert "return_type_changed" in found[("signature_changed", "demo.zip_")].breakages
    assert "@overload t.List[t.Tuple[T, T2]]" in found[("signature_changed", "demo.zip_")].detail
    # one stub still gives lists (`pairs(*arrays) -> List[List[T]]`); a stub returning a type variable: no claim
    assert ("signature_changed", "demo.pairs") not in found
    assert ("signature_changed", "demo.first") not in found
    # the stubs' parameters are still not compared: `zip_` takes what the implementation takes


def test_pydash_8_zip_and_unzip_give_tuples() -> None:
    found = changes("pydash", "7.0.7", "8.0.0")
    for name in ("zip_", "unzip"):
        claim = found[("signature_changed", f"pydash.{name}")]
        assert "return_type_changed" in claim.breakages, name
