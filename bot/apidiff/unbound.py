"""Class attributes only annotated that nothing ever binds: omegaconf 2.0.6's `Node` said
`parent: Optional["Container"]` while its nodes kept `self.__dict__["_parent"]`; `node.parent` raised AttributeError
on 2.0.6 already, so 2.1 dropping the annotation removed no member anyone could read. Any binding of the name in the
release keeps it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from bot.apidiff.model import Surface, Symbol

PLAIN_BASES = frozenset({"abc.ABC", "builtins.object", "object", "typing.Generic", "typing_extensions.Generic"})
"""Outside bases that make nothing of a class's annotations (a metaclass or a base that does, pydantic's, SQLAlchemy's
declarative `Mapped`, keeps every claim)."""

_ANY_NAME = re.compile(
    rb"__annotations__|get_type_hints|\bsetattr\(\s*[^,()]+,\s*[^\s\"']|object\.__setattr__\(\s*[^,()]+,\s*[^\s\"']"
)
"""Code that may bind names it does not spell: reading annotations (a metaclass or decorator turning them into
members), `setattr(obj, name, ...)` with a computed name."""
_DICT_UPDATE = b"__dict__.update("


def plain_class(holder: Symbol | None) -> bool:
    """A class of the release whose annotations stay annotations: every ancestor read, none outside but `PLAIN_BASES`,
    no generated constructor (dataclass, NamedTuple, TypedDict) and no `__getattr__`."""
    return (
        holder is not None
        and holder.kind == "class"
        and not holder.record
        and not holder.dynamic
        and "?" not in holder.mro
        and PLAIN_BASES.issuperset(holder.external_bases)
    )


def unbound_declared(surface: Surface, files: Iterable[Path]) -> tuple[str, ...]:
    """Targets of the class attributes of `surface` only annotated on a plain class (see `plain_class`) whose name
    the release's code in `files` never binds: no `x.name = ...` (augmented or annotated too), no string literal
    of the name (`setattr(x, "name", ...)`, `__slots__`, `__dict__["name"]`), nor code binding names it does not
    spell (see `_ANY_NAME`, `_binds_any`); nothing when some file cannot be read."""
    candidates: dict[str, set[str]] = {}
    for symbol in surface.symbols.values():
        if (
            symbol.kind == "attribute"
            and symbol.declared
            and not (symbol.slot or symbol.instance)
            and "ClassVar" not in (symbol.annotation or "")  # what users' subclasses set (marshmallow's `Meta`)
        ):
            owner, _, name = symbol.target.rpartition(".")
            if plain_class(surface.symbols.get(owner)):
                candidates.setdefault(name, set()).add(symbol.target)
    for path in files:
        if not candidates:
            break
        try:
            data = path.read_bytes()
        except OSError:
            return ()
        if _binds_any(data):
            return ()
        for name in [name for name in candidates if name.encode() in data and _binds(name, data)]:
            del candidates[name]
    return tuple(sorted(target for targets in candidates.values() for target in targets))


def _binds_any(data: bytes) -> bool:
    """The module may bind attribute names it does not spell (`__dict__.update(...)` but in `__setstate__`, which
    restores what an instance had). Its literals are looked for with `in`, and `_ANY_NAME` searched only where the
    `setattr` both its other branches spell is (`setattr(`, `__setattr__(`): an alternation is tried at every byte."""
    if b"__annotations__" in data or b"get_type_hints" in data:
        return True
    if b"setattr" in data and _ANY_NAME.search(data) is not None:
        return True
    at = data.find(_DICT_UPDATE)
    while at != -1:
        if not data[data.rfind(b"def ", 0, at) :].startswith(b"def __setstate__"):
            return True
        at = data.find(_DICT_UPDATE, at + 1)
    return False


_QUOTES = (b'"', b"'")


def _binds(name: str, data: bytes) -> bool:
    """The module binds `name` on some object, or spells it as a string literal (see `unbound_declared`)."""
    word = name.encode()
    if any(quote + word + close in data for quote in _QUOTES for close in _QUOTES):
        return True  # the literal, any quote either side (a `[\"']name[\"']` search compiled for each name)
    assigned = rb"\.\s*" + re.escape(word) + rb"\s*(?::[^=\n]+)?(?:[-+*/%&|^@]|//|\*\*|<<|>>)?=(?!=)"
    return re.search(assigned, data) is not None


def never_bound(path: str, symbol: Symbol, old: Surface) -> bool:
    """A removed class attribute that was only annotated, bound by no code of `old` (`Surface.unbound_declared`), on
    a plain class: reading it on an instance or the class already raised AttributeError."""
    holder = old.symbols.get(path.rpartition(".")[0])
    return symbol.target in old.unbound_declared and plain_class(holder)
