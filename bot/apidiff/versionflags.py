"""Module globals holding a reading of the running Python's version (`PY_VERSION = float(sys.version[:3])`,
`PY38 = sys.version_info >= (3, 8)`), put back in the module's tests where they are read (`if PY_VERSION >= 3:`), so
that `python_versions.python_truth` decides them as it decides the reading written out: natsort 5.5 defines its
`u_format` decorator under `if PY_VERSION >= 3:` and `else:`, so which one it was went unknown, and with it the
signatures of the functions it decorates."""

from __future__ import annotations

import ast
import copy

from bot.apidiff.source import dotted_name, walk

MARKERS = (b"sys.version", b"version_info")
"""Spellings one of which a module holding such a global contains (a prefilter on the source)."""

_READ = frozenset({"sys.version", "sys.version_info", "version_info", "sys.hexversion"})
"""What a reading of the version reads (`version_info` imported from sys)."""


def inline_version_flags(tree: ast.Module) -> None:
    """Replace, in the tests of the module's top-level `if` statements and conditional expressions, each name of a
    global the module binds once, at its top level, to a reading of the version only (and binds in no other way,
    nowhere else: a function's local of the same name is another variable) by a copy of that reading."""
    flags = _flags(tree)
    if not flags:
        return
    for stmt in tree.body:
        for node in _testing(stmt):
            if isinstance(node.test, ast.Name) and node.test.id in flags:
                node.test = ast.copy_location(copy.deepcopy(flags[node.test.id]), node.test)
            else:
                _inline(node.test, flags)


def _flags(tree: ast.Module) -> dict[str, ast.expr]:
    """Globals bound once, by a top-level `NAME = <reading>`, to an expression that reads nothing but the version."""
    found: dict[str, ast.expr] = {}
    for stmt in tree.body:
        if (
            isinstance(stmt, ast.Assign)
            and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)
            and _reads_only_version(stmt.value)
        ):
            found[stmt.targets[0].id] = stmt.value
    if not found:
        return found
    bindings: dict[str, int] = {}
    for node in walk(tree):
        for name in _bound_names(node):
            bindings[name] = bindings.get(name, 0) + 1
    return {name: value for name, value in found.items() if bindings.get(name) == 1}


def _reads_only_version(value: ast.expr) -> bool:
    """An expression of the version and constants alone (`float(sys.version[:3])`, `sys.version_info[0] == 3`)."""
    read = False
    for node in walk(value):
        if isinstance(node, (ast.Attribute, ast.Name)) and dotted_name(node) in _READ:
            read = True
        elif isinstance(node, ast.Name) and node.id != "float" and not _inside_read(node, value):
            return False
        elif isinstance(node, ast.Call) and not (
            isinstance(node.func, ast.Name) and node.func.id == "float" and len(node.args) == 1 and not node.keywords
        ):
            return False
        elif isinstance(node, (ast.NamedExpr, ast.Lambda, ast.comprehension)):
            return False
    return read


def _inside_read(name: ast.Name, value: ast.expr) -> bool:
    """`sys` of `sys.version_info`: the head of a dotted reading of the version."""
    return any(
        isinstance(node, ast.Attribute) and node.value is name and dotted_name(node) in _READ for node in walk(value)
    )


def _bound_names(node: ast.AST) -> list[str]:
    """The names a node binds (an assignment's targets, a def, a class, an import, a `global`, a loop's target)."""
    if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
        return [node.id]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return [(alias.asname or alias.name).split(".", 1)[0] for alias in node.names]
    if isinstance(node, (ast.Global, ast.Nonlocal)):
        return list(node.names)
    if isinstance(node, ast.arg):
        return [node.arg]
    return []


def _testing(stmt: ast.stmt) -> list[ast.If | ast.IfExp]:
    """A top-level statement's `if`s and conditional expressions, through the blocks it opens (not into a def or a
    class)."""
    found: list[ast.If | ast.IfExp] = []
    pending: list[ast.AST] = [stmt]
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        if isinstance(node, (ast.If, ast.IfExp)):
            found.append(node)
        pending.extend(ast.iter_child_nodes(node))
    return found


def _inline(test: ast.expr, flags: dict[str, ast.expr]) -> None:
    """Replace the flags' names read in `test` by copies of their readings, placed where the names stand."""
    for node in list(walk(test)):
        for field, value in ast.iter_fields(node):
            if isinstance(value, ast.Name) and isinstance(value.ctx, ast.Load) and value.id in flags:
                setattr(node, field, ast.copy_location(copy.deepcopy(flags[value.id]), value))
            elif isinstance(value, list):
                for index, item in enumerate(value):
                    if isinstance(item, ast.Name) and isinstance(item.ctx, ast.Load) and item.id in flags:
                        value[index] = ast.copy_location(copy.deepcopy(flags[item.id]), item)
