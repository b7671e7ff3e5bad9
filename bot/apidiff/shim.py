"""Names a module serves through a module-level `__getattr__` (PEP 562 compatibility shims)."""

from __future__ import annotations

import ast
from collections.abc import Mapping

from bot.apidiff.deprecation import body_warns
from bot.apidiff.imports import import_bindings
from bot.apidiff.raw import RawImport, RawShim


def _branch_names(test: ast.expr, param: str, collections: Mapping[str, list[str]]) -> list[str]:
    """The literal names an `if` test compares the `__getattr__` parameter with (`in` a module-level literal too)."""
    if not isinstance(test, ast.Compare) or len(test.ops) != 1:
        if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
            return [name for value in test.values for name in _branch_names(value, param, collections)]
        return []
    left, op, right = test.left, test.ops[0], test.comparators[0]
    if isinstance(op, ast.Eq):
        for subject, literal in ((left, right), (right, left)):
            if isinstance(subject, ast.Name) and subject.id == param:
                if isinstance(literal, ast.Constant) and isinstance(literal.value, str):
                    return [literal.value]
    if isinstance(op, ast.In) and isinstance(left, ast.Name) and left.id == param:
        if isinstance(right, (ast.Tuple, ast.List, ast.Set)):
            return [e.value for e in right.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        if isinstance(right, ast.Name):
            return list(collections.get(right.id, ()))
    return []


def _returned_target(body: list[ast.stmt], module: str, is_package: bool) -> RawImport | None:
    imports: dict[str, RawImport] = {}
    for stmt in body:
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            for binding in import_bindings(stmt, module, is_package):
                imports[binding.name] = binding
        elif isinstance(stmt, ast.Return) and isinstance(stmt.value, ast.Name):
            return imports.get(stmt.value.id)
    return None


def literal_names(value: ast.expr | None) -> list[str] | None:
    """The string keys of a dict literal, or the strings of a tuple/list/set literal; None for anything else."""
    if isinstance(value, ast.Dict):
        return [k.value for k in value.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
    if isinstance(value, (ast.Tuple, ast.List, ast.Set)):
        return [e.value for e in value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return None


def read_getattr_shim(
    func: ast.FunctionDef | ast.AsyncFunctionDef, module: str, is_package: bool,
    collections: Mapping[str, list[str]] | None = None,
) -> dict[str, RawShim]:
    """name -> shim entry for every literal name the `__getattr__` branches on."""
    args = [*func.args.posonlyargs, *func.args.args]
    if not args:
        return {}
    param = args[0].arg
    shims: dict[str, RawShim] = {}
    pending: list[ast.stmt] = list(func.body)
    while pending:
        stmt = pending.pop(0)
        if not isinstance(stmt, ast.If):
            continue
        names = _branch_names(stmt.test, param, collections or {})
        if names:
            warns = body_warns(stmt.body, frozenset())
            target = _returned_target(stmt.body, module, is_package)
            for name in names:
                shims.setdefault(name, RawShim(name, stmt.lineno, warns[0] if warns else None, target))
        else:
            pending.extend(stmt.body)
        pending.extend(stmt.orelse)
    return shims
