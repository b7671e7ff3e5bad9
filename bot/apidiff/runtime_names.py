"""Module globals bound at import time by other means than a binding statement: through the module's namespace
(`globals()["x"] = ...`, `vars().update(...)`), through the module object (`setattr(sys.modules[__name__], name, f)`)
or by `exec`. Names written by a literal (or a loop over literals) are known; anything else makes what the module
binds unknown, so what it lost is not claimed."""

from __future__ import annotations

import ast

from bot.apidiff.blocks import flatten
from bot.apidiff.source import dotted_name

_NAMESPACE_CALLS = frozenset({"globals", "vars", "locals"})
"""At module level `vars()` and `locals()` are `globals()`."""
_EXEC_CALLS = frozenset({"exec", "exec_", "six.exec_"})
_WRITING_METHODS = frozenset({"update", "setdefault", "__setitem__"})
_READING_CALLS = frozenset({"getattr", "hasattr", "dir", "vars", "id", "isinstance", "repr", "str"})
MARKERS = (b"globals()", b"vars()", b"locals()", b"sys.modules[__name__]", b"exec(", b"exec_(")
"""Spellings one of which a module writing its globals at run time contains (a prefilter on the source)."""


def run_time_writes(tree: ast.Module) -> dict[str, int] | None:
    """Names top-level statements bind at run time, with their lines: a literal key (`globals()["x"] = ...`,
    `setattr(sys.modules[__name__], "x", ...)`) or a loop variable over literal names (invoke 2.0's
    `for x in ("debug",): globals()[x] = getattr(log, x)`). None when some write binds names that cannot be told
    (`globals().update(...)`, a computed key, `exec(...)`, or the namespace handed to a call that may: alembic's
    `Operations.create_module_class_proxy(globals(), locals())`). Python 2 branches never run and are skipped."""
    statements = [
        s for s in flatten(tree.body) if not isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
    ]
    aliases = {
        target.id
        for stmt in statements
        if isinstance(stmt, ast.Assign) and _is_module_object(stmt.value, set())
        for target in stmt.targets
        if isinstance(target, ast.Name)
    }
    names: dict[str, int] = {}
    for stmt in statements:
        looped = _literal_loop(stmt)
        for node in ast.walk(stmt):
            if isinstance(node, ast.Call):
                called = dotted_name(node.func)
                if called in _EXEC_CALLS or any(_is_namespace(arg, aliases) for arg in node.args):
                    return None
                if called == "setattr" and len(node.args) >= 2 and _is_module_object(node.args[0], aliases):
                    if not _add_key(node.args[1], node.lineno, looped, names):
                        return None
                elif called not in _READING_CALLS and any(_is_module_object(arg, aliases) for arg in node.args):
                    return None  # the module handed to a call that may bind names on it
            elif isinstance(node, ast.Attribute) and _is_namespace(node.value, aliases):
                if node.attr in _WRITING_METHODS:
                    return None
            elif (
                isinstance(node, ast.Subscript)
                and isinstance(node.ctx, ast.Store)
                and _is_namespace(node.value, aliases)
            ):
                if not _add_key(node.slice, node.lineno, looped, names):
                    return None
    return names


def _add_key(key: ast.expr, line: int, looped: tuple[str, tuple[str, ...]] | None, names: dict[str, int]) -> bool:
    """Record the names a written key spells; False when it cannot be told."""
    if isinstance(key, ast.Constant) and isinstance(key.value, str):
        names.setdefault(key.value, line)
    elif looped is not None and isinstance(key, ast.Name) and key.id == looped[0]:
        names.update((name, line) for name in looped[1] if name not in names)
    else:
        return False
    return True


def _is_namespace(node: ast.expr, aliases: set[str]) -> bool:
    """`globals()` (or `vars()`, `locals()`), or the module object's `__dict__`."""
    if isinstance(node, ast.Call):
        return not node.args and not node.keywords and dotted_name(node.func) in _NAMESPACE_CALLS
    return isinstance(node, ast.Attribute) and node.attr == "__dict__" and _is_module_object(node.value, aliases)


def _is_module_object(node: ast.expr, aliases: set[str]) -> bool:
    """`sys.modules[__name__]`, or a name bound to it at the top level (`_this = sys.modules[__name__]`)."""
    if isinstance(node, ast.Name):
        return node.id in aliases
    return (
        isinstance(node, ast.Subscript)
        and dotted_name(node.value) == "sys.modules"
        and isinstance(node.slice, ast.Name)
        and node.slice.id == "__name__"
    )


def _literal_loop(stmt: ast.stmt) -> tuple[str, tuple[str, ...]] | None:
    """(variable, names) of `for variable in ("a", "b"):`, a loop over literal strings only."""
    if not (isinstance(stmt, ast.For) and isinstance(stmt.target, ast.Name)):
        return None
    items = stmt.iter.elts if isinstance(stmt.iter, (ast.Tuple, ast.List, ast.Set)) else []
    names = tuple(i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str))
    return (stmt.target.id, names) if items and len(names) == len(items) else None
