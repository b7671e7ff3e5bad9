"""A module's bindings with its classes and functions read when first looked up: a dependency is asked about a few
names (quart's `CallbackDict` from werkzeug's 40-class `datastructures.structures`), so reading every def of each
module it reaches costs several times what the asked names need."""

from __future__ import annotations

from collections.abc import Callable, ItemsView, ValuesView
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from bot.apidiff.raw import Binding, RawCallable, RawClass


class Deferred:
    """Stands in a binding list for a class or function definition until its name is looked up."""

    __slots__ = ("name", "read")

    def __init__(self, name: str, read: Callable[[], RawCallable | RawClass]) -> None:
        self.name = name
        self.read = read


class DeferredBindings(dict[str, list["Binding"]]):
    """`RawModule.bindings` whose `Deferred` entries are read on access: by name (`get`, `[]`, what a resolver
    does), or all at once by `items()` / `values()`, so a caller walking every binding sees only read ones. Reading a
    def may fail where reading the module whole would have marked it unparsable (a hostile nesting depth): `failed`
    is then called and the module has no bindings left, as an unparsable one has none."""

    def __init__(self, failed: Callable[[BaseException], None]) -> None:
        super().__init__()
        self._failed = failed

    def defer(self, name: str, read: Callable[[], RawCallable | RawClass]) -> None:
        """Bind `name` to a def read when the name is first looked up."""
        _pending(super().setdefault(name, [])).append(Deferred(name, read))

    def _ready(self, bindings: list[Binding]) -> list[Binding]:
        pending = _pending(bindings)
        for index, binding in enumerate(pending):
            if isinstance(binding, Deferred):
                try:
                    pending[index] = binding.read()
                except (RecursionError, MemoryError) as e:
                    self._failed(e)
                    self.clear()
                    return []
        return bindings

    def _read_all(self) -> None:
        for bindings in list(super().values()):
            if not self._ready(bindings):
                return

    def close(self) -> None:
        """Forget every binding: the `Deferred` ones and the failure callback refer back to the module, a cycle
        only the cyclic collector would free (with the syntax of every def no one looked up)."""
        self.clear()
        self._failed = _ignore

    def get(self, name: str, default: object = None) -> object:  # type: ignore[override]
        """`dict.get`, its default of any type (`bindings.get(name, ())`): compiled code checks what it declares."""
        found = super().get(name)
        return default if found is None else self._ready(found)

    def __getitem__(self, name: str) -> list[Binding]:
        return self._ready(super().__getitem__(name))

    def items(self) -> ItemsView[str, list[Binding]]:  # type: ignore[override]
        self._read_all()
        return super().items()

    def values(self) -> ValuesView[list[Binding]]:  # type: ignore[override]
        self._read_all()
        return super().values()


def _ignore(error: BaseException) -> None:
    """The failure callback of a closed `DeferredBindings`."""


def _pending(bindings: list[Binding]) -> list[Binding | Deferred]:
    """A binding list as this mapping holds it: with the `Deferred` entries no one has looked up yet (only the
    mapping's own methods see those; compiled code checks every value it takes against its declared type)."""
    return cast("list[Binding | Deferred]", bindings)
