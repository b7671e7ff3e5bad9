"""Which code is guarded: inside try/except ImportError/AttributeError, or behind a feature or version check.

The walk records the enclosing conditions; whether a condition guards a particular use is decided by the module
scan, which knows the imports (`hasattr(self, "_cookies")` guards `self.cookie_jar`, not `soft_unicode(s)`).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

CAUGHT = ast.Constant(value="caught")
"""Stands for an enclosing try/except (or contextlib.suppress) that catches ImportError or AttributeError."""

Guards = tuple[ast.expr, ...]

_CAUGHT_NAMES = frozenset({"ImportError", "ModuleNotFoundError", "AttributeError", "Exception", "BaseException"})
_FEATURE_CALLS = frozenset({"hasattr", "getattr"})


def walk_with_guards(tree: ast.AST) -> Iterator[tuple[ast.AST, Guards]]:
    """Every node in pre-order with the conditions guarding it (iterative: no recursion limit)."""
    stack: list[tuple[ast.AST, Guards]] = [(tree, ())]
    while stack:
        node, guards = stack.pop()
        yield node, guards
        stack.extend(reversed(list(_children(node, guards))))


def _children(node: ast.AST, guards: Guards) -> Iterator[tuple[ast.AST, Guards]]:
    if isinstance(node, (ast.Try, ast.TryStar)):
        caught = any(_catches(handler.type) for handler in node.handlers)
        inner = (*guards, CAUGHT) if caught else guards
        yield from ((child, inner) for child in node.body)
        for block in (node.handlers, node.orelse, node.finalbody):
            yield from ((child, guards) for child in block)
    elif isinstance(node, (ast.If, ast.IfExp, ast.While)):
        yield node.test, guards
        inner = (*guards, node.test)
        for block in (node.body, node.orelse):
            yield from ((child, inner) for child in (block if isinstance(block, list) else [block]))
    elif isinstance(node, ast.BoolOp) and isinstance(node.op, ast.And):
        for value in node.values:
            yield value, guards
            guards = (*guards, value)
    elif isinstance(node, (ast.With, ast.AsyncWith)):
        suppressed = any(_suppresses(item.context_expr) for item in node.items)
        yield from ((item, guards) for item in node.items)
        inner = (*guards, CAUGHT) if suppressed else guards
        yield from ((child, inner) for child in node.body)
    else:
        yield from ((child, guards) for child in ast.iter_child_nodes(node))


def name_of(node: ast.AST) -> str | None:
    """The identifier a Name or Attribute ends in."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _catches(handler_type: ast.expr | None) -> bool:
    if handler_type is None:
        return True
    types = handler_type.elts if isinstance(handler_type, ast.Tuple) else [handler_type]
    return any(name_of(item) in _CAUGHT_NAMES for item in types)


def _suppresses(expr: ast.expr) -> bool:
    return isinstance(expr, ast.Call) and name_of(expr.func) == "suppress" and any(_catches(arg) for arg in expr.args)


def feature_checks(test: ast.expr) -> list[ast.Call]:
    """The `hasattr(obj, "name")`/`getattr(obj, "name", default)` calls in a condition."""
    return [
        node for node in ast.walk(test)
        if isinstance(node, ast.Call) and name_of(node.func) in _FEATURE_CALLS and len(node.args) >= 2
    ]


def mentions_version(test: ast.expr) -> bool:
    """Whether a condition compares something named like a version (`__version__`, `VERSION`, `version(...)`)."""
    return any("version" in (name_of(node) or "").lower() for node in ast.walk(test))
