"""Names that record whether an import worked: a condition testing one is a guard.

try:
    from flask.json.provider import DefaultJSONProvider
    HAS_JSON_PROVIDER = True          # Flask-JWT-Extended 4.4.4
except ModuleNotFoundError:
    HAS_JSON_PROVIDER = False

try:
    from flask.globals import request_ctx
except ImportError:
    request_ctx = None                # Flask-Limiter 2.9.2, tested later with `if request_ctx is None:`
"""

from __future__ import annotations

import ast

from bot.usage.guards import name_of
from bot.usage.scopes import stored_names

_IMPORT_ERRORS = frozenset({"ImportError", "ModuleNotFoundError", "AttributeError"})


def import_flags(tree: ast.Module) -> frozenset[str]:
    """Module-level names bound in the body of a try that catches a failed import, and set to a constant (None,
    False) in its handler; an alternative import in the handler (`import json`) makes no flag."""
    flags: set[str] = set()
    for stmt in tree.body:
        if not isinstance(stmt, (ast.Try, ast.TryStar)):
            continue
        handlers = [h for h in stmt.handlers if _catches_import_error(h.type)]
        if not handlers:
            continue
        in_body = _bound(stmt.body) | _bound(stmt.orelse)
        in_handlers = set().union(*(_constants(h.body) for h in handlers))
        flags |= in_body & in_handlers
    return frozenset(flags)


def _bound(block: list[ast.stmt]) -> set[str]:
    names: set[str] = set()
    for stmt in block:
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".", 1)[0] for a in stmt.names if a.name != "*")
        elif isinstance(stmt, ast.Assign):
            for target in stmt.targets:
                names.update(stored_names(target))
        elif isinstance(stmt, ast.AnnAssign):
            names.update(stored_names(stmt.target))
    return names


def _constants(block: list[ast.stmt]) -> set[str]:
    names: set[str] = set()
    for stmt in block:
        if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Constant):
            for target in stmt.targets:
                names.update(stored_names(target))
    return names


def _catches_import_error(handler_type: ast.expr | None) -> bool:
    if handler_type is None:
        return True
    types = handler_type.elts if isinstance(handler_type, ast.Tuple) else [handler_type]
    return any(name_of(item) in _IMPORT_ERRORS for item in types)
