"""The generated constructors and copiers of bot/apidiff/slots.py build what the dataclass's own would."""

from __future__ import annotations

import dataclasses

import pytest

from bot.apidiff.defmemo import _at_line
from bot.apidiff.model import Param, ParamKind, Symbol
from bot.apidiff.raw import RawCallable
from bot.apidiff.slots import copier, slot_init


def test_symbol_takes_every_field_by_position_or_keyword_with_the_declared_defaults() -> None:
    fields = dataclasses.fields(Symbol)
    values = [f"value {index}" for index in range(len(fields))]
    by_position = Symbol(*values)  # type: ignore[arg-type]
    assert [getattr(by_position, f.name) for f in fields] == values
    assert Symbol(**{f.name: v for f, v in zip(fields, values, strict=True)}) == by_position  # type: ignore[arg-type]
    bare = Symbol("a.b", "method")
    assert [getattr(bare, f.name) for f in fields[2:]] == [f.default for f in fields[2:]]
    with pytest.raises(dataclasses.FrozenInstanceError):
        bare.path = "c"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Symbol("a.b")  # type: ignore[call-arg]
    assert Param("x", ParamKind.KEYWORD_ONLY) == Param("x", ParamKind.KEYWORD_ONLY, False, None)


def test_a_memoised_def_moved_to_another_line_keeps_every_other_field() -> None:
    found = RawCallable("f", 3, "method", (Param("x", ParamKind.POSITIONAL_OR_KEYWORD),), decorators=("d",))
    assert _at_line(found, 9) == dataclasses.replace(found, line=9) and found.line == 3


def test_only_plain_fields_are_accepted() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class Listed:
        items: list[str] = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError):
        slot_init(Listed)


def test_a_copier_of_several_fields_sets_each_in_order_and_keeps_the_rest() -> None:
    typed = copier(Symbol, "returns", "params", "returns_inferred")
    source = Symbol(
        "a.f", "function", "a.py", 3, "a.f", returns=None, params=(), returns_inferred="int", deprecated="x"
    )
    params = (Param("x", ParamKind.POSITIONAL_OR_KEYWORD, False, "int"),)
    copied = typed(source, "str", params, None)
    assert copied == dataclasses.replace(source, returns="str", params=params, returns_inferred=None)
    assert source.returns is None and source.returns_inferred == "int"
