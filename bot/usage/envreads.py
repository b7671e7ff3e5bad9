"""Where code only reads an environment variable: a release that stops reading one breaks who sets it (a Dockerfile,
`.env`, `os.environ["X"] = ...`), not code reading it too (dash's `os.getenv("WERKZEUG_RUN_MAIN")`), whose value
whoever sets it still gives."""

from __future__ import annotations

import ast

_READERS = frozenset({"getenv", "unsetenv", "delenv"})
"""Calls taking the variable's name first that read or unset it (`monkeypatch.delenv`): none sets it."""
_ENVIRON_READERS = frozenset({"get", "pop"})


def _is_environ(node: ast.expr) -> bool:
    """`os.environ` or a name or attribute `environ` (`from os import environ`, `request.environ` is no
    process environment but reads no less)."""
    return (isinstance(node, ast.Attribute) and node.attr == "environ") or (
        isinstance(node, ast.Name) and node.id == "environ"
    )


def environment_read(node: ast.AST) -> ast.expr | None:
    """The expression naming the variable when `node` only reads (or unsets) it: `os.getenv(X)`,
    `os.environ.get(X)`, `os.environ[X]` loaded, `X in os.environ`; None otherwise."""
    if isinstance(node, ast.Call) and node.args:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name in _READERS or (
            name in _ENVIRON_READERS and isinstance(func, ast.Attribute) and _is_environ(func.value)
        ):
            return node.args[0]
    elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and _is_environ(node.value):
        return node.slice
    elif (
        isinstance(node, ast.Compare)
        and len(node.ops) == 1
        and isinstance(node.ops[0], (ast.In, ast.NotIn))
        and _is_environ(node.comparators[0])
    ):
        return node.left
    return None


_SETTERS = frozenset({"putenv", "setenv"})
"""Calls taking the variable's name first that set it (`os.putenv`, pytest's `monkeypatch.setenv`)."""


def environment_write(node: ast.AST) -> ast.expr | None:
    """The expression naming the variable when `node` sets or deletes it: `os.environ[X] = ...`, `del
    os.environ[X]`, `os.environ.setdefault(X, ...)`, `os.putenv(X, ...)`, `monkeypatch.setenv(X, ...)`."""
    if isinstance(node, ast.Subscript) and not isinstance(node.ctx, ast.Load) and _is_environ(node.value):
        return node.slice
    if isinstance(node, ast.Call) and node.args and isinstance(node.func, ast.Attribute):
        func = node.func
        if func.attr in _SETTERS or (func.attr == "setdefault" and _is_environ(func.value)):
            return node.args[0]
    return None
