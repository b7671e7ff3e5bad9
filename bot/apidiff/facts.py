"""Facts about a `def` beyond its parameters: generator-ness, options read from `**kwargs`, where `**kwargs` goes,
and whether the function looks like a decorator that keeps the wrapped function's signature."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.apidiff.source import dotted_name

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef
_KWARGS_READS = frozenset({"pop", "get", "setdefault"})


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


def _keeps_signature(node: _FunctionDef, text: bytes) -> bool:
    """Calls `functools.wraps`/`update_wrapper`, or hands its first argument back unchanged."""
    if b"wraps" in text or b"update_wrapper" in text:
        return True
    params = [*node.args.posonlyargs, *node.args.args]
    first = params[0].arg.encode() if params else b""
    if not first or b"return " + first not in text:
        return False
    return re.search(rb"\breturn\s+" + re.escape(first) + rb"\s*$", text, re.M) is not None


_NOTHING = CallableFacts()


def read_facts(node: _FunctionDef, text: bytes) -> CallableFacts:
    """The facts of one function definition; `text` is its source, to skip walking bodies that cannot matter."""
    kwargs = node.args.kwarg.arg if node.args.kwarg is not None else None
    keeps = _keeps_signature(node, text)
    if kwargs is not None:
        raw = kwargs.encode()
        used = text.count(raw) > 1 and (text.count(b"**" + raw) > 1 or re.search(
            rb"\b" + re.escape(raw) + rb"\s*(?:\.\s*(?:pop|get|setdefault)\s*\(|\[)|\bin\s+" + re.escape(raw) + rb"\b", text
        ) is not None)
        kwargs = kwargs if used else None
    if kwargs is None and b"yield" not in text:
        return CallableFacts(keeps_signature=keeps) if keeps else _NOTHING
    nodes = list(_own_nodes(node.body))
    generator = b"yield" in text and any(isinstance(sub, (ast.Yield, ast.YieldFrom)) for sub in nodes)
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
    return CallableFacts(generator, tuple(options), tuple(forwards), keeps)
