"""Globals a module binds only under a guard read from the environment: aiobotocore's `DEPRECATED_1_4_0_APIS =
int(os.getenv("AIOBOTOCORE_DEPRECATED_1_4_0_APIS", "1"))` / `if DEPRECATED_1_4_0_APIS: from .session import
get_session`. The default decides what a user who sets nothing gets: 2.0.0 turned it to "0", so `from aiobotocore
import get_session` fails unless the user sets the variable. Only the default's value is compared between
releases (see `diff`), so a guard off by default in both (zope's `PURE_PYTHON`) changes nothing."""

from __future__ import annotations

import ast
from collections.abc import Iterable

from bot.apidiff.blocks import assigned_names
from bot.apidiff.source import dotted_name

_READERS = frozenset({"getenv", "os.getenv", "environ.get", "os.environ.get"})
_CASTS = frozenset({"int", "bool"})
_CASE_METHODS = frozenset({"lower", "upper", "strip"})
_TESTS = (ast.Eq, ast.NotEq, ast.In, ast.NotIn)

Gate = tuple[str, str, bool]
"""(variable, its default as written, whether the guard is taken when the variable is unset)."""


def _read(node: ast.expr) -> tuple[str, object] | None:
    """(variable, default value) of `os.getenv("X", d)` / `os.environ.get("X", d)` with literal arguments."""
    if not (isinstance(node, ast.Call) and dotted_name(node.func) in _READERS and not node.keywords):
        return None
    args = [arg.value for arg in node.args if isinstance(arg, ast.Constant)]
    if len(args) != len(node.args) or not args or len(args) > 2 or not isinstance(args[0], str):
        return None
    return args[0], args[1] if len(args) == 2 else None


def _cast(func: str, value: object) -> object:
    """`int(value)` or `bool(value)`; None when `int` would raise."""
    if func == "bool":
        return bool(value)
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        return None
    try:
        return int(value)
    except ValueError:
        return None


def _value(node: ast.expr) -> tuple[str, object, object] | None:
    """(variable, default as read, value of `node` when the variable is unset) for a read, a read cast by `int()`
    or `bool()`, a read's `.lower()`, and a read compared with literals (`== "1"`, `in ("1", "true")`); None for
    anything else, or a default the cast would reject."""
    read = _read(node)
    if read is not None:
        return read[0], read[1], read[1]
    if isinstance(node, ast.Call) and len(node.args) == 1 and not node.keywords:
        func = dotted_name(node.func) or ""
        inner = _value(node.args[0])
        if inner is None:
            return None
        variable, default, value = inner
        cast = _cast(func, value) if func in _CASTS else None
        return None if cast is None else (variable, default, cast)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and not node.args and not node.keywords:
        inner = _value(node.func.value)
        if inner is not None and node.func.attr in _CASE_METHODS and isinstance(inner[2], str):
            return inner[0], inner[1], getattr(inner[2], node.func.attr)()
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], _TESTS):
        inner = _value(node.left)
        right = node.comparators[0]
        literals = right.elts if isinstance(right, (ast.Tuple, ast.List, ast.Set)) else [right]
        if inner is None or not all(isinstance(literal, ast.Constant) for literal in literals):
            return None
        values = [literal.value for literal in literals if isinstance(literal, ast.Constant)]
        op = node.ops[0]
        if isinstance(op, (ast.Eq, ast.NotEq)) and len(literals) == 1 and right is literals[0]:
            return inner[0], inner[1], (inner[2] == values[0]) == isinstance(op, ast.Eq)
        if isinstance(op, (ast.In, ast.NotIn)) and right is not literals[0]:
            return inner[0], inner[1], (inner[2] in values) == isinstance(op, ast.In)
    return None


def _bound(stmts: Iterable[ast.stmt], skip: set[int]) -> set[str]:
    """Names the statements bind at module level, in nested `if`/`try`/`with` blocks too, leaving out the blocks
    whose `id` is in `skip`."""
    names: set[str] = set()
    for stmt in stmts:
        if id(stmt) in skip:
            continue
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(stmt.name)
        elif isinstance(stmt, (ast.Assign, ast.AnnAssign)):
            names.update(assigned_names(stmt))
        elif isinstance(stmt, (ast.Import, ast.ImportFrom)):
            names.update(alias.asname or alias.name.split(".")[0] for alias in stmt.names)
        elif isinstance(stmt, (ast.If, ast.With, ast.Try, ast.For, ast.While)):
            for block in ("body", "orelse", "finalbody"):
                names |= _bound(getattr(stmt, block, []), skip)
            for handler in getattr(stmt, "handlers", []):
                names |= _bound(handler.body, skip)
    return names


def env_gates(tree: ast.Module) -> dict[str, Gate]:
    """Global -> its `Gate`, for each name the module binds only in the body of a top-level `if GUARD:` whose
    `GUARD` is a global assigned once, at top level, from the environment (see `_value`)."""
    assigned: dict[str, list[ast.expr]] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign):
            for name in assigned_names(stmt):
                assigned.setdefault(name, []).append(stmt.value)
    guards: dict[str, Gate] = {}
    for name, values in assigned.items():
        found = _value(values[0]) if len(values) == 1 else None
        if found is not None:
            variable, default, value = found
            guards[name] = (variable, repr(default), bool(value))
    gated = [
        stmt
        for stmt in tree.body
        if isinstance(stmt, ast.If) and isinstance(stmt.test, ast.Name) and stmt.test.id in guards
    ]
    if not gated:
        return {}
    elsewhere = _bound(tree.body, {id(stmt) for stmt in gated}) | {
        name for stmt in gated for name in _bound(stmt.orelse, set())
    }
    gates: dict[str, Gate] = {}
    for stmt in gated:
        assert isinstance(stmt.test, ast.Name)
        for name in _bound(stmt.body, set()) - elsewhere:
            gates.setdefault(name, guards[stmt.test.id])
    return gates


def gated_globals(modules: Iterable[tuple[str, dict[str, Gate]]]) -> dict[str, Gate]:
    """`module.name` -> `Gate` over the modules (name, its `env_gates`, read with the module: see `RawModule`)."""
    return {f"{module}.{name}": gate for module, gates in modules for name, gate in gates.items()}
