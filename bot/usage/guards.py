"""Which parts of a module are guarded: try/except ImportError, hasattr and version checks."""

from __future__ import annotations

import ast
from collections.abc import Iterator

_CAUGHT = frozenset({"ImportError", "ModuleNotFoundError", "AttributeError", "Exception", "BaseException"})
_GUARD_CALLS = frozenset({"hasattr", "getattr", "find_spec", "version", "parse_version", "get_distribution"})


def walk_with_guards(tree: ast.AST) -> Iterator[tuple[ast.AST, bool]]:
    """Every node in pre-order with whether it sits in a guarded region (iterative: no recursion limit)."""
    stack: list[tuple[ast.AST, bool]] = [(tree, False)]
    while stack:
        node, guarded = stack.pop()
        yield node, guarded
        stack.extend(reversed(list(_children(node, guarded))))


def _children(node: ast.AST, guarded: bool) -> Iterator[tuple[ast.AST, bool]]:
    if isinstance(node, (ast.Try, ast.TryStar)):
        inner = guarded or any(_catches(handler.type) for handler in node.handlers)
        yield from ((child, inner) for child in node.body)
        for block in (node.handlers, node.orelse, node.finalbody):
            yield from ((child, guarded) for child in block)
    elif isinstance(node, (ast.If, ast.IfExp, ast.While)):
        inner = guarded or is_guard(node.test)
        yield from ((child, inner) for child in ast.iter_child_nodes(node))
    elif isinstance(node, ast.BoolOp) and isinstance(node.op, ast.And):
        for value in node.values:
            yield value, guarded
            guarded = guarded or is_guard(value)
    elif isinstance(node, (ast.With, ast.AsyncWith)):
        inner = guarded or any(_suppresses(item.context_expr) for item in node.items)
        yield from ((item, guarded) for item in node.items)
        yield from ((child, inner) for child in node.body)
    else:
        yield from ((child, guarded) for child in ast.iter_child_nodes(node))


def _name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _catches(handler_type: ast.expr | None) -> bool:
    if handler_type is None:
        return True
    types = handler_type.elts if isinstance(handler_type, ast.Tuple) else [handler_type]
    return any(_name(item) in _CAUGHT for item in types)


def _suppresses(expr: ast.expr) -> bool:
    return isinstance(expr, ast.Call) and _name(expr.func) == "suppress" and any(_catches(arg) for arg in expr.args)


def is_guard(test: ast.expr) -> bool:
    """A condition that checks for a feature or a version: `hasattr(...)`, `__version__ >= ...`, `version_info`."""
    for node in ast.walk(test):
        if isinstance(node, ast.Call) and _name(node.func) in _GUARD_CALLS:
            return True
        name = _name(node)
        if name is not None and "version" in name.lower():
            return True
    return False
