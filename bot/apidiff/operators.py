"""Hashing and ordering of a class's instances, read from the bodies of its method resolution order. A class defining
`__eq__` without `__hash__` gets `__hash__ = None`: `hash(obj)`, `{obj}` and dict keys raise TypeError. `a < b`
between two instances works when the order defines `__lt__`, or `__gt__` (Python tries the reflection), or
`functools.total_ordering` over any comparison; `<=` likewise with `__le__`/`__ge__`; `object` answers neither.
`a == b` compares values when a class of the order defines `__eq__`, identities otherwise (`object`'s).
What a decorator, a metaclass, a record maker or a base outside the distribution does to either is not read: unknown.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.apidiff.raw import RawAttribute, RawCallable, RawClass

_PLAIN_BASES = frozenset({"builtins.object", "object"})
"""Outside bases known to hash by identity and order nothing (exceptions too, see `_plain`)."""
_ORDERING = (("<", "__lt__", "__gt__"), ("<=", "__le__", "__ge__"))
"""An operator and the two methods either of which answers it between instances of one class."""
_COMPARISONS = frozenset({"__lt__", "__le__", "__gt__", "__ge__"})
EQUALITY = "=="
"""Among `orders`: a class of the order defines `__eq__`, so `==` compares what instances hold, not who they are."""
_LEFT_ALONE = frozenset({"final", "runtime_checkable", "deprecated", "type_check_only"})
"""Class decorators known to leave the class's operators alone."""
_TOTAL_ORDERING = "total_ordering"


def _plain(key: str) -> bool:
    """An outside base that is `object` or a builtin exception (hashed by identity, unordered)."""
    name = key.removeprefix("builtins.")
    return key in _PLAIN_BASES or (
        key.startswith("builtins.") and name.endswith(("Error", "Exception", "Warning")) or name == "BaseException"
    )


def _read_alone(cls: RawClass) -> bool:
    """A class whose operators its body alone decides: no record maker, metaclass or other class decorator."""
    decorators = {decorator.rsplit(".", 1)[-1] for decorator in cls.decorators}
    return cls.record is None and cls.metaclass is None and decorators <= _LEFT_ALONE | {_TOTAL_ORDERING}


def hashable(order: Sequence[tuple[str, RawClass | None]]) -> bool | None:
    """Whether instances hash, from the classes of the order, itself first ((key, class), None for one outside the
    distribution): the first body defining `__hash__` (by a def) or `__eq__` (without `__hash__`) decides."""
    for key, cls in order:
        if cls is None:
            if _plain(key):
                continue
            return None
        if not _read_alone(cls) or "__init_subclass__" in cls.members:
            return None
        own_hash = cls.members.get("__hash__")
        if own_hash is not None:
            return True if isinstance(own_hash, RawCallable) else None
        own_eq = cls.members.get("__eq__")
        if own_eq is not None:
            return False if isinstance(own_eq, RawCallable) else None
    return True


def orders(order: Sequence[tuple[str, RawClass | None]]) -> tuple[str, ...] | None:
    """The ordering operators instances answer among themselves (see the module), and `EQUALITY` when `==` compares
    their values, from the classes of the order as in `hashable`: a method any of them defines is found, and
    `total_ordering` on one of them fills in the other comparisons."""
    defined: set[str] = set()
    total = False
    for key, cls in order:
        if cls is None:
            if _plain(key):
                continue
            return None
        if not _read_alone(cls):
            return None
        if any(isinstance(cls.members.get(name), RawAttribute) for name in (*_COMPARISONS, "__eq__")):
            return None  # `__lt__ = _compare` and the like: what it is is not read here
        defined.update(name for name in (*_COMPARISONS, "__eq__") if isinstance(cls.members.get(name), RawCallable))
        total = total or any(decorator.rsplit(".", 1)[-1] == _TOTAL_ORDERING for decorator in cls.decorators)
    if total and defined - {"__eq__"}:
        defined.update(_COMPARISONS)
    found = [operator for operator, first, second in _ORDERING if first in defined or second in defined]
    return (*found, EQUALITY) if "__eq__" in defined else tuple(found)


def operator_shapes(
    hashed_before: bool | None, hashed_after: bool | None, before: tuple[str, ...] | None, after: tuple[str, ...] | None
) -> list[tuple[str, str]]:
    """(kind, detail) for what instances of a class still there no longer do: hash, answer `<` / `<=`, or compare
    their values with `==`. The `__eq__` that unhashes may be a new base's (zeep 4's `BuiltinType` now derives from
    `AnySimpleType`): the detail says either."""
    found: list[tuple[str, str]] = []
    if hashed_before is True and hashed_after is False:
        detail = (
            "now defines or inherits __eq__ without __hash__: its instances are unhashable (`hash(obj)`, set members "
            "and dict keys raise TypeError)"
        )
        found.append(("class_made_unhashable", detail))
    lost = [operator for operator in before or () if after is not None and operator not in after]
    if EQUALITY in lost:
        lost.remove(EQUALITY)
        detail = (
            "no class of its order defines __eq__ any more: `==` between two instances compares their identities, "
            "so equal values no longer compare equal (and `in`, `list.index`, `list.remove` stop finding them)"
        )
        found.append(("class_lost_equality", detail))
    if lost:
        spelled = " and ".join(f"`{operator}`" for operator in lost)
        detail = (
            f"its instances no longer support {spelled} among themselves (no comparison method answers it): "
            "comparing or sorting them raises TypeError"
        )
        found.append(("class_lost_ordering", detail))
    return found
