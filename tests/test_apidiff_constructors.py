"""The constructors and copies the engine's most built classes write out (see bot/apidiff/model.py, above `Param`)
build what the dataclass's own would; the field types pydantic reads (`fieldtypes.py`) are the declared ones."""

from __future__ import annotations

import ast
import dataclasses
import pprint
from pathlib import Path

import pytest

from bot.apidiff import model
from bot.apidiff.fieldtypes import FIELD_TYPES
from bot.apidiff.model import Param, ParamKind, Surface, Symbol, surface_from_json, surface_to_json
from bot.apidiff.raw import RawCallable

ENGINE = Path(__file__).resolve().parent.parent / "bot" / "apidiff"
WRITTEN_OUT = [
    ("model.py", "Param"),
    ("model.py", "Symbol"),
    ("raw.py", "RawCallable"),
    ("raw.py", "RawAttribute"),
    ("facts.py", "CallableFacts"),
    ("calls.py", "RawCall"),
    ("resolve.py", "Resolved"),
]


def _classes(module: str = "model.py") -> dict[str, ast.ClassDef]:
    tree = ast.parse((ENGINE / module).read_text(encoding="utf-8"))
    return {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}


def _declared(cls: ast.ClassDef) -> list[tuple[str, str, str | None]]:
    """(name, annotation, default) of each field, as model.py writes them."""
    return [
        (node.target.id, ast.unparse(node.annotation), ast.unparse(node.value) if node.value is not None else None)
        for node in cls.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    ]


def _method(cls: ast.ClassDef, name: str) -> ast.FunctionDef:
    return next(node for node in cls.body if isinstance(node, ast.FunctionDef) and node.name == name)


@pytest.mark.parametrize(("module", "name"), WRITTEN_OUT)
def test_the_written_out_constructor_takes_each_field_in_order_with_its_default_and_sets_it(
    module: str, name: str
) -> None:
    cls = _classes(module)[name]
    assert ast.unparse(cls.decorator_list[0]).startswith("dataclass(init=False")
    init = _method(cls, "__init__")
    params = init.args.args[1:]
    defaults = [None] * (len(params) - len(init.args.defaults)) + [ast.unparse(d) for d in init.args.defaults]
    written = [(p.arg, ast.unparse(p.annotation) if p.annotation else "") for p in params]
    assert written == [(field, annotation) for field, annotation, _ in _declared(cls)]
    for (field, _, default), given in zip(_declared(cls), defaults, strict=True):
        # a required field's placeholder lets pydantic make a stored one bare (see model.py, above `Param`)
        assert given == default or (default is None and module == "model.py"), field
    sets = [ast.unparse(stmt) for stmt in init.body]
    assert sets == [f"self.{field} = {field}" for field, _, _ in _declared(cls)]


@pytest.mark.parametrize(
    ("module", "name", "method", "changed"),
    [("model.py", "Symbol", "at", "path"), ("raw.py", "RawCallable", "at_line", "line")],
)
def test_a_copy_passes_every_field_on_in_order_but_the_one_it_changes(
    module: str, name: str, method: str, changed: str
) -> None:
    cls = _classes(module)[name]
    call = _method(cls, method).body[-1].value  # type: ignore[attr-defined]
    assert isinstance(call, ast.Call) and ast.unparse(call.func) == name and not call.keywords
    passed = [ast.unparse(arg) for arg in call.args]
    assert passed == [field if field == changed else f"self.{field}" for field, _, _ in _declared(cls)]


def test_the_field_types_pydantic_reads_are_the_declared_ones() -> None:
    classes = _classes()
    expected = {name: {field: annotation for field, annotation, _ in _declared(classes[name])} for name in FIELD_TYPES}
    assert FIELD_TYPES == expected, "bot/apidiff/fieldtypes.py is out of date; its table now reads:\n" + pprint.pformat(
        expected, width=118, sort_dicts=False
    )
    stored = {name for name, cls in classes.items() if any("dataclass" in ast.unparse(d) for d in cls.decorator_list)}
    assert set(FIELD_TYPES) == stored  # every dataclass pydantic stores a surface through
    for name in FIELD_TYPES:
        assert {f.name: f.type for f in dataclasses.fields(getattr(model, name))} == FIELD_TYPES[name]


def _sample(annotation: ast.expr, index: int) -> object:
    """A value of the declared type, never the default (a compiled constructor checks the type; pydantic writes and
    reads it back by the declared one)."""
    if isinstance(annotation, ast.BinOp):  # `X | None`
        return _sample(annotation.left, index)
    if isinstance(annotation, ast.Subscript):  # `tuple[X, ...]`, `tuple[X, Y]`
        items = annotation.slice.elts if isinstance(annotation.slice, ast.Tuple) else [annotation.slice]
        return tuple(_sample(item, index) for item in items if not isinstance(item, ast.Constant))
    name = ast.unparse(annotation)
    samples = {
        "str": f"v{index}",
        "int": index + 100,
        "bool": True,
        "Param": Param(f"p{index}", ParamKind.KEYWORD_ONLY, True, "int", "1"),
        "ParamKind": ParamKind.KEYWORD_ONLY,
    }
    return samples[name]


def _every_field_set() -> dict[str, object]:
    values = {}
    for index, field in enumerate(dataclasses.fields(Symbol)):
        value = _sample(ast.parse(FIELD_TYPES["Symbol"][field.name], mode="eval").body, index)
        values[field.name] = (not field.default) if isinstance(value, bool) else value
    return values


def test_symbol_takes_every_field_by_position_or_keyword_with_the_declared_defaults() -> None:
    fields = dataclasses.fields(Symbol)
    values = _every_field_set()
    by_position = Symbol(*values.values())  # type: ignore[arg-type]
    assert {f.name: getattr(by_position, f.name) for f in fields} == values
    assert Symbol(**values) == by_position  # type: ignore[arg-type]
    assert hash(Symbol(**values)) == hash(by_position)  # type: ignore[arg-type]
    bare = Symbol("a.b", "method")
    assert [getattr(bare, f.name) for f in fields[2:]] == [f.default for f in fields[2:]]
    assert Param("x", ParamKind.KEYWORD_ONLY) == Param("x", ParamKind.KEYWORD_ONLY, False, None)


def test_at_keeps_every_other_field_and_leaves_the_original_alone() -> None:
    source = Symbol(**_every_field_set())  # type: ignore[arg-type]
    moved = source.at("pkg.Sub.m")
    assert moved == dataclasses.replace(source, path="pkg.Sub.m") and moved is not source
    assert source.path == "v0" and moved.path == "pkg.Sub.m"


def test_a_surface_of_every_field_set_reads_back_from_its_json() -> None:
    symbol = Symbol(**_every_field_set())  # type: ignore[arg-type]
    surface = Surface("pkg", "1.0", {symbol.path: symbol, "pkg.g": Symbol("pkg.g", "function")})
    found = surface_from_json(surface_to_json(surface))
    assert found == surface
    assert type(found.symbols["v0"].params[0]) is Param  # type: ignore[index]


def test_a_memoised_def_moved_to_another_line_keeps_every_other_field() -> None:
    found = RawCallable("f", 3, "method", (Param("x", ParamKind.POSITIONAL_OR_KEYWORD),), decorators=("d",))
    assert found.at_line(9) == dataclasses.replace(found, line=9) and found.line == 3
