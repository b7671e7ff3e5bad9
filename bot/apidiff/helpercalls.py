"""The private helpers a def calls whatever it is handed: when such a helper warns of a deprecation, so does every call
of the def (praw 7.0's `APIException.message` property is `return self._get_old_attr("message")`, and that method
warns "Accessing attribute ``message`` through APIException is deprecated")."""

from __future__ import annotations

import ast

from bot.apidiff.source import contains, dotted_name, literal_text

PrivateCall = tuple[str, tuple[tuple[int | str, str], ...]]
"""(the helper as called, `self._name`, `cls._name` or `_name`; the string literals the call passes)."""


def private_calls(node: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[PrivateCall, ...]:
    """The calls of private methods of the instance or class, or of private functions, that the top-level statements
    of the body make as a statement, a returned value or an assigned one: they run on every call of the def that gets
    that far (an earlier `return` under a test does not count: see `_exits_early`)."""
    calls = [(index, call) for index, stmt in enumerate(node.body) if (call := _private_call(stmt)) is not None]
    if not calls:
        return ()  # most defs: no statement before them need be walked for a way out
    last = calls[-1][0]
    for index, stmt in enumerate(node.body[:last]):
        if _exits_early(stmt):
            calls = [(at, call) for at, call in calls if at < index]
            break
    return tuple(call for _, call in calls)


def _private_call(stmt: ast.stmt) -> PrivateCall | None:
    """The private helper the statement calls as a statement, a returned value or an assigned one."""
    value = stmt.value if isinstance(stmt, (ast.Expr, ast.Return, ast.Assign, ast.AnnAssign)) else None
    if isinstance(value, ast.Await):
        value = value.value
    called = dotted_name(value.func) if isinstance(value, ast.Call) else None
    if isinstance(value, ast.Call) and called is not None and _private_helper(called):
        return called, call_literals(value)
    return None


def call_literals(call: ast.Call) -> tuple[tuple[int | str, str], ...]:
    """The string literals a call passes: (position or keyword, text)."""
    found: list[tuple[int | str, str]] = []
    for index, arg in enumerate(call.args):
        text = literal_text(arg) if isinstance(arg, ast.Constant) else None
        if text is not None:
            found.append((index, text))
    for keyword in call.keywords:
        text = literal_text(keyword.value) if isinstance(keyword.value, ast.Constant) else None
        if keyword.arg is not None and text is not None:
            found.append((keyword.arg, text))
    return tuple(found)


def _private_helper(called: str) -> bool:
    """`self._name`, `cls._name` or `_name`, not a dunder (`self.__class__`, `super().__init__` are no helpers)."""
    owner, _, name = called.rpartition(".")
    return owner in ("", "self", "cls") and name.startswith("_") and not name.startswith("__")


def _exits_early(stmt: ast.stmt) -> bool:
    """A compound statement that may leave the def: what follows it does not run on every call."""
    if isinstance(stmt, (ast.Expr, ast.Return, ast.Assign, ast.AnnAssign, ast.AugAssign, ast.Pass)):
        return False
    return contains(stmt, (ast.Return, ast.Raise))
