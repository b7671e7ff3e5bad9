"""Facts about a `def` beyond its parameters: generator-ness, options read from `**kwargs`, where `**kwargs` goes,
and whether the function looks like a decorator that keeps the wrapped function's signature."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass

from bot.apidiff.source import dotted_name

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef
_KWARGS_READS = frozenset({"pop", "get", "setdefault"})
_WRAPPERS = frozenset({"wraps", "update_wrapper"})


@dataclass(frozen=True, slots=True)
class CallableFacts:
    """What a function body says about how it is called."""

    is_generator: bool = False
    kwargs_options: tuple[str, ...] = ()
    """Literal keys the body reads from its `**kwargs` (`kwargs.pop("encoding", None)`): options it accepts."""
    kwargs_forwards: tuple[str, ...] = ()
    """Dotted names of the calls that receive `**kwargs` (`_json.dumps`, `super().__init__` as `super.__init__`)."""
    keeps_signature: bool = False
    """Used as a decorator, the result has the decorated function's signature (`functools.wraps`, or returned as is)."""


def _own_nodes(body: list[ast.stmt]) -> Iterator[ast.AST]:
    """Nodes of a function body, nested functions and classes excluded (their yields are theirs)."""
    stack: list[ast.AST] = list(body)
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
                stack.append(child)


def _call_name(func: ast.expr) -> str | None:
    """`a.b` for `a.b(...)`; `super.__init__` for `super().__init__(...)`."""
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Call) and dotted_name(func.value.func) == "super":
        return f"super.{func.attr}"
    return dotted_name(func)


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _kwargs_key(node: ast.AST, kwargs: str) -> str | None:
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
        if node.func.attr in _KWARGS_READS and dotted_name(node.func.value) == kwargs:
            return _literal(node.args[0])
    if isinstance(node, ast.Subscript) and dotted_name(node.value) == kwargs:
        return _literal(node.slice)
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.In):
        if dotted_name(node.comparators[0]) == kwargs:
            return _literal(node.left)
    return None


def _keeps_signature(node: _FunctionDef, nodes: list[ast.AST]) -> bool:
    params = [*node.args.posonlyargs, *node.args.args]
    first = params[0].arg if params else None
    for sub in nodes:
        if isinstance(sub, ast.Call) and (dotted_name(sub.func) or "").rsplit(".", 1)[-1] in _WRAPPERS:
            return True
        if isinstance(sub, ast.Return) and first is not None and isinstance(sub.value, ast.Name) and sub.value.id == first:
            return True
    inner = [s for s in node.body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))]
    return any(
        (dotted_name(d.func if isinstance(d, ast.Call) else d) or "").rsplit(".", 1)[-1] in _WRAPPERS
        for s in inner for d in s.decorator_list
    )


def read_facts(node: _FunctionDef) -> CallableFacts:
    """The facts of one function definition."""
    nodes = list(_own_nodes(node.body))
    generator = any(isinstance(sub, (ast.Yield, ast.YieldFrom)) for sub in nodes)
    kwargs = node.args.kwarg.arg if node.args.kwarg is not None else None
    options: list[str] = []
    forwards: list[str] = []
    if kwargs is not None:
        for sub in nodes:
            key = _kwargs_key(sub, kwargs)
            if key is not None and key not in options:
                options.append(key)
            if isinstance(sub, ast.Call) and any(k.arg is None and dotted_name(k.value) == kwargs for k in sub.keywords):
                name = _call_name(sub.func)
                forwards.append(name or "?")
    return CallableFacts(generator, tuple(options), tuple(forwards), _keeps_signature(node, nodes))
