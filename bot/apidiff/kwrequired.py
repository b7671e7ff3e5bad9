"""Options a body cannot run without: keys of `**kwargs` it reads with no fallback before anything can branch,
leave or catch (`self._enum = kwargs.pop("enum")`), or refuses to go without (`if "enum" not in kwargs: raise`).
luigi 3.6's `EnumParameter(*args, **kwargs)` required `enum` that way; 3.7's `enum=None` refuses None just the
same, so no call lost a default."""

from __future__ import annotations

import ast

from bot.apidiff.blocks import only_raises
from bot.apidiff.params import SIMPLE_STATEMENTS, always_evaluated
from bot.apidiff.source import walk

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef


def required_options(node: _FunctionDef, kwargs: str) -> tuple[str, ...]:
    """The keys of `kwargs` (the def's `**kwargs`) its opening statements require: read as `kwargs["x"]` or
    `kwargs.pop("x")` (no default) where always evaluated, or tested by an `if "x" not in kwargs:` that only raises.
    The walk stops at the first other statement and at one binding `kwargs` anew."""
    found: dict[str, None] = {}
    body = node.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # the docstring
    for stmt in body:
        guarded = _guarded(stmt, kwargs)
        if guarded is not None:
            found[guarded] = None
            continue
        if not isinstance(stmt, SIMPLE_STATEMENTS) or _binds(stmt, kwargs):
            break
        values = [v for v in (getattr(stmt, "value", None),) if v is not None]
        for sub in (n for value in values for n in always_evaluated(value)):
            if (key := _read_without_fallback(sub, kwargs)) is not None:
                found[key] = None
    return tuple(found)


def _key(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _is(node: ast.expr, kwargs: str) -> bool:
    return isinstance(node, ast.Name) and node.id == kwargs


def _read_without_fallback(node: ast.AST, kwargs: str) -> str | None:
    """The key of `kwargs["x"]` (read, not set) or `kwargs.pop("x")`: KeyError when the caller left it out."""
    if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and _is(node.value, kwargs):
        return _key(node.slice)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "pop"
        and _is(node.func.value, kwargs)
        and len(node.args) == 1
        and not node.keywords
    ):
        return _key(node.args[0])
    return None


def _guarded(stmt: ast.stmt, kwargs: str) -> str | None:
    """The key of `if "x" not in kwargs: raise ...` (no `else`, nothing but raising in the body)."""
    if not isinstance(stmt, ast.If) or stmt.orelse or not only_raises(stmt.body):
        return None
    test = stmt.test
    if (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.NotIn)
        and _is(test.comparators[0], kwargs)
    ):
        return _key(test.left)
    return None


def _binds(stmt: ast.stmt, kwargs: str) -> bool:
    """The statement may bind `kwargs` anew (`kwargs = dict(defaults, **kwargs)`)."""
    return any(isinstance(n, ast.Name) and n.id == kwargs and not isinstance(n.ctx, ast.Load) for n in walk(stmt))
