"""The names a module-level `setattr(Cls, name, value)` gives a class, when they are spelled: a literal, or the variable
of the loop around it over a literal collection (tornado 4.0's `for method in ["write", "redirect", ...]:
setattr(WebSocketHandler, method, _wrap_method(...))`). Any other name makes the class's members unknowable."""

from __future__ import annotations

import ast

from bot.apidiff.source import walk


def setattr_names(stmt: ast.stmt, call: ast.Call) -> tuple[str, ...] | None:
    """The names `call` (a `setattr` inside the top-level statement `stmt`) may set; None when not spelled."""
    if len(call.args) < 2:
        return None
    name = call.args[1]
    if isinstance(name, ast.Constant) and isinstance(name.value, str):
        return (name.value,)
    if isinstance(name, ast.Name) and isinstance(stmt, ast.For) and not stmt.orelse:
        target = stmt.target
        if isinstance(target, ast.Name) and target.id == name.id and not _rebinds(stmt.body, name.id):
            return _literal_strings(stmt.iter)
    return None


def _literal_strings(node: ast.expr) -> tuple[str, ...] | None:
    """The strings of a literal list, tuple or set of string constants."""
    if not isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return None
    values = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return tuple(values) if len(values) == len(node.elts) else None


def _rebinds(body: list[ast.stmt], name: str) -> bool:
    """The loop body binds the loop variable again (`method = "_" + method`): its value is no longer the literal."""
    return any(
        isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Store)
        for stmt in body
        for node in walk(stmt)
    )
