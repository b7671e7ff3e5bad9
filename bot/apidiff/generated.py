"""Classes a code generator's runtime builds, whose stubs say more than the runtime does."""

from __future__ import annotations

from bot.apidiff.model import Surface, Symbol

MESSAGE_BASES = frozenset({"google.protobuf.message.Message"})
"""protobuf's message base: a generated `_pb2.py` builds its message classes from a descriptor at import, and only the
`_pb2.pyi` stub spells them."""


def protobuf_message(symbol: Symbol | None) -> bool:
    """A protobuf message class: its constructor takes keywords only and its `__setattr__` refuses composite fields,
    whatever its stub declares. mlflow 3.17's stubs, now written by mypy-protobuf, make every constructor parameter
    keyword-only (`*, run_id: str | None = ...`) and message fields properties without setters: 1,100 claims of
    "now keyword-only" and "now read-only", none a change at run time (a positional argument or a message field's
    assignment always raised)."""
    return symbol is not None and symbol.kind == "class" and not MESSAGE_BASES.isdisjoint(symbol.mro)


ENUM_WRAPPERS = frozenset(
    {
        "google.protobuf.internal.enum_type_wrapper.EnumTypeWrapper",
        "google.protobuf.internal.enum_type_wrapper._EnumTypeWrapper",
    }
)
"""protobuf's enum wrapper, the metaclass a `_pb2.pyi` stub gives an enum: a generated `_pb2.py` binds the enum's
name to an `EnumTypeWrapper(descriptor)` instance, no class."""


CASE_INSENSITIVE_ENUM_METAS = frozenset(
    {"azure.core.CaseInsensitiveEnumMeta", "azure.core._enum_meta.CaseInsensitiveEnumMeta"}
)
"""The metaclass autorest gives the enums of Azure's generated clients: its `__getattr__` answers
`cls._member_map_[name.upper()]`, so a member renamed to its upper case keeps its old spelling."""


def protobuf_enum(metaclass_order: tuple[str, ...]) -> bool:
    """A protobuf enum, by its metaclass and the metaclass's ancestors: the stub's class is none at run time, so the
    bases it writes are none either (`issubclass` on it raises `TypeError`). mlflow 3.17's stubs, now written by
    mypy-protobuf, turn `class ErrorCode(int, metaclass=EnumTypeWrapper)` into `class ErrorCode(_ErrorCode,
    metaclass=_ErrorCodeEnumTypeWrapper)`: 42 claims of "no longer a subclass of int", none a change at run time."""
    return not ENUM_WRAPPERS.isdisjoint(metaclass_order)


def protobuf_stub_alias(symbol: Symbol, surface: Surface) -> bool:
    """A class alias a protobuf module's stub writes for type checkers only: mypy-protobuf follows each top-level
    message or enum `X` with `global___X = X`, which the `_pb2.py` never binds (protobuf's builder binds the names
    of the descriptor's types, nothing more), so importing it always failed. mypy-protobuf 4 spells them
    `Global___X`: pyatv 0.18 regenerated its stubs, 120 claims of "class removed", none a change at run time. Such a
    stub is told by its module's `DESCRIPTOR: FileDescriptor`."""
    module = symbol.path.rpartition(".")[0]
    if not (symbol.kind == "class" and symbol.file.endswith(".pyi") and symbol.path != symbol.target):
        return False
    if symbol.target.rpartition(".")[0] != module:
        return False
    descriptor = surface.symbols.get(f"{module}.DESCRIPTOR")
    annotation = descriptor.annotation if descriptor is not None else None
    return descriptor is not None and descriptor.file == symbol.file and (annotation or "").endswith("FileDescriptor")
