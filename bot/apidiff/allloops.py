"""The names a loop adds to `__all__`: over literal names, or over `globals()` picking the module's subclasses of
one of its classes (traitlets 5's `_add_all()`: every public `TraitType` subclass of the module)."""

from __future__ import annotations

import ast
from collections.abc import Mapping

from bot.apidiff.source import dotted_name


def loop_all_names(loop: ast.stmt, classes: Mapping[str, tuple[str, ...]]) -> list[str] | None:
    """For `for name in ("a", "b"): __all__.append(name)`, the literals; for `for name, value in globals().items():
    if <test>: __all__.append(name)` whose test asks for subclasses of one of the module's classes
    (`issubclass(value, TraitType)`, beside `isinstance(value, type)` and `not name.startswith("_")`), the names of
    the module's classes (name -> base names, aliases to a class included) that pass it. None for any other loop or
    test: what it adds is unknown."""
    if not isinstance(loop, ast.For) or loop.orelse or len(loop.body) != 1:
        return None
    if isinstance(loop.target, ast.Name) and _appends_only(loop.body, loop.target.id):
        return _literals(loop.iter)
    if not (_over_globals(loop.iter) and isinstance(loop.target, ast.Tuple)):
        return None
    pair = [e.id for e in loop.target.elts if isinstance(e, ast.Name)]
    if len(pair) != 2 or len(loop.target.elts) != 2:
        return None
    test = loop.body[0]
    if not (isinstance(test, ast.If) and not test.orelse and _appends_only(test.body, pair[0])):
        return None
    base: str | None = None
    excluded: list[str] = []
    parts = test.test.values if isinstance(test.test, ast.BoolOp) and isinstance(test.test.op, ast.And) else [test.test]
    for part in parts:
        prefix = _not_startswith(part, pair[0])
        if prefix is not None:
            excluded.append(prefix)
        elif _called(part, "issubclass", pair[1]) in classes:
            base = _called(part, "issubclass", pair[1])
        elif _called(part, "isinstance", pair[1]) != "type":
            return None
    if base is None:
        return None
    return [name for name in classes if not name.startswith(tuple(excluded)) and _inherits(name, base, classes, set())]


def _literals(node: ast.expr) -> list[str] | None:
    """The strings of a literal tuple or list of strings."""
    if not isinstance(node, (ast.Tuple, ast.List)):
        return None
    names = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return names if len(names) == len(node.elts) else None


def _over_globals(node: ast.expr) -> bool:
    """`globals().items()`, or a list of it."""
    if isinstance(node, ast.Call) and dotted_name(node.func) == "list" and len(node.args) == 1:
        node = node.args[0]
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "items"
        and isinstance(node.func.value, ast.Call)
        and dotted_name(node.func.value.func) == "globals"
    )


def _appends_only(body: list[ast.stmt], name: str) -> bool:
    """The body is `__all__.append(name)`."""
    if len(body) != 1 or not isinstance(body[0], ast.Expr) or not isinstance(body[0].value, ast.Call):
        return False
    call = body[0].value
    return dotted_name(call.func) == "__all__.append" and len(call.args) == 1 and dotted_name(call.args[0]) == name


def _not_startswith(test: ast.expr, name: str) -> str | None:
    """The prefix of `not name.startswith("_")`."""
    if not (isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) and isinstance(test.operand, ast.Call)):
        return None
    call = test.operand
    if dotted_name(call.func) != f"{name}.startswith" or len(call.args) != 1:
        return None
    prefix = call.args[0]
    return prefix.value if isinstance(prefix, ast.Constant) and isinstance(prefix.value, str) else None


def _called(test: ast.expr, function: str, value: str) -> str | None:
    """The second argument of `function(value, X)`, dotted."""
    if not (isinstance(test, ast.Call) and dotted_name(test.func) == function and len(test.args) == 2):
        return None
    return dotted_name(test.args[1]) if dotted_name(test.args[0]) == value else None


def _inherits(name: str, base: str, classes: Mapping[str, tuple[str, ...]], seen: set[str]) -> bool:
    if name == base:
        return True
    seen.add(name)
    return any(b in classes and b not in seen and _inherits(b, base, classes, seen) for b in classes[name])
