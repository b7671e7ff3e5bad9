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

IS_FLASK_2 = flask.__version__ >= "2"      # a version or feature check kept in a name
HAS_ASYNC = hasattr(flask.Flask, "ensure_sync")

Such flags are often defined in a `_compat` module and imported (`from ._compat import HAS_X`); the module scan
asks `FlagIndex` (flag_index.py) about those.
"""

from __future__ import annotations

import ast
import sys

from bot.usage.guards import feature_checks, mentions_version, name_of
from bot.usage.scopes import stored_names

_IMPORT_ERRORS = frozenset({"ImportError", "ModuleNotFoundError", "AttributeError"})
Flags = dict[str, frozenset[str]]
"""Flag name -> the top-level packages whose import or version it records (a flag guards only their uses)."""


def import_flags(tree: ast.Module, packages: frozenset[str] = frozenset()) -> Flags:
    """Module-level names bound in the body of a try that catches a failed import, and set to a constant (None,
    False) in its handler, with the packages the body imports; an alternative import in the handler (`import json`)
    makes no flag. Also names assigned a version or `hasattr` check that names some of `packages`."""
    flags = _check_flags(tree, packages) if packages else {}
    for name, paths in imports_recorded(tree).items():
        flags[name] = flags.get(name, frozenset()) | {path.split(".", 1)[0] for path in paths}
    return flags


def imports_recorded(tree: ast.Module) -> dict[str, frozenset[str]]:
    """The flags a try sets (see `import_flags`) -> the dotted paths its body imports: the flag is true where they all
    import. A flag recording a deprecated name's import guards none of its uses: that import works, and they warn
    (Flask-DebugToolbar 0.13.1's `if get_debug_queries:` before `get_debug_queries()`, flask-sqlalchemy 3.0)."""
    found: dict[str, frozenset[str]] = {}
    for stmt in tree.body:
        if not isinstance(stmt, (ast.Try, ast.TryStar)):
            continue
        handlers = [h for h in stmt.handlers if _catches_import_error(h.type)]
        if not handlers:
            continue
        in_body = _bound(stmt.body) | _bound(stmt.orelse)
        in_handlers = set().union(*(_constants(h.body) for h in handlers))
        paths = frozenset(
            _imported_path(inner, alias)
            for inner in (*stmt.body, *stmt.orelse)
            if isinstance(inner, (ast.Import, ast.ImportFrom))
            for alias in inner.names
        )
        for name in in_body & in_handlers:
            found[name] = found.get(name, frozenset()) | paths
    return found


def fallback_imports(stmt: ast.Try | ast.TryStar) -> set[int]:
    """Imports in a handler of a failed import that bind a name the try body imports from the standard library: the
    fallback runs only when that import fails, which it does not (Flask-SeaSurf 1.1.1: `from hmac import
    compare_digest as safe_str_cmp`, falling back to werkzeug's `safe_str_cmp`). A body importing from a package
    (flask-restx 0.5.1: `flask.helpers` then `flask.scaffold`) is a version shim: either side may run."""
    from_stdlib = {
        (alias.asname or alias.name).split(".", 1)[0]
        for inner in stmt.body
        if isinstance(inner, (ast.Import, ast.ImportFrom))
        for alias in inner.names
        if _module_of(inner, alias).split(".", 1)[0] in sys.stdlib_module_names
    }
    return {
        id(inner)
        for handler in stmt.handlers
        if _catches_import_error(handler.type)
        for inner in _handler_imports(handler.body)
        if _bound([inner]) & from_stdlib
    }


def replacement_imports(stmt: ast.Try | ast.TryStar) -> dict[int, dict[str, str]]:
    """Imports in a handler of a failed import that bind a name the try body imports under a public path: handler
    import -> {name it binds: the body's dotted path}. The handler runs only where the body's import fails; when the
    handler's name was deprecated before it went, the body's may be the replacement the package announced
    (flask-admin 1.6: `from jinja2 import pass_context`, falling back to `contextfunction`, which jinja2 3.1
    removed), which the judge decides (`ModuleScan._replaced`). A handler that assigns a name the body imports
    puts its imports in place of the body's (`from flask import _request_ctx_stack`, then `request_ctx = ...`).
    A try nested in the handler runs only there too: its imports are the outer body's alternatives as well
    (shopyo 4.19's `from markupsafe import Markup`, else `from jinja2 import Markup`, else flask's)."""
    first = _public_imports(stmt.body)
    found: dict[int, dict[str, str]] = {}
    for handler in stmt.handlers:
        if not _catches_import_error(handler.type):
            continue
        rebound = next((first[name] for name in _assigned(handler.body) if name in first), None)
        for inner in _handler_imports(handler.body):
            alternatives = {_binds(alias): first[_binds(alias)] for alias in inner.names if _binds(alias) in first}
            if rebound is not None:  # Flask-Assets 2.1.0: `request_ctx = _request_ctx_stack.top` in the handler
                alternatives = {_binds(alias): rebound for alias in inner.names} | alternatives
            if alternatives:
                found[id(inner)] = alternatives
    return found


def _handler_imports(block: list[ast.stmt]) -> list[ast.Import | ast.ImportFrom]:
    """The imports of a handler's block, also those of the tries nested in it (every block of theirs runs only
    where the enclosing body's import failed)."""
    found: list[ast.Import | ast.ImportFrom] = []
    for stmt in block:
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            found.append(stmt)
        elif isinstance(stmt, (ast.Try, ast.TryStar)):
            for nested in (stmt.body, *(handler.body for handler in stmt.handlers), stmt.orelse):
                found.extend(_handler_imports(nested))
    return found


def replacing_handlers(stmt: ast.Try | ast.TryStar) -> dict[int, str]:
    """Every node of an ImportError handler that puts its own value in place of a name the try body imports under a
    public path (assigns it, or imports it under that name): node -> the body's dotted path. That code runs only
    where the body's import fails (`request_ctx = flask._request_ctx_stack.top` behind `from flask.globals import
    request_ctx`), which the judge decides (`ModuleScan._replaced`)."""
    first = _public_imports(stmt.body)
    found: dict[int, str] = {}
    for handler in stmt.handlers:
        if not _catches_import_error(handler.type):
            continue
        bound = [
            *_assigned(handler.body),
            *(_binds(a) for s in handler.body if isinstance(s, (ast.Import, ast.ImportFrom)) for a in s.names),
        ]
        path = next((first[name] for name in bound if name in first), None)
        if path is not None:
            found.update((id(node), path) for inner in handler.body for node in ast.walk(inner))
    return found


def _public_imports(body: list[ast.stmt]) -> dict[str, str]:
    """Names a try body imports under a public, absolute path: bound name -> the first dotted path it imports."""
    first: dict[str, str] = {}
    for inner in body:
        if isinstance(inner, (ast.Import, ast.ImportFrom)) and not (isinstance(inner, ast.ImportFrom) and inner.level):
            for alias in inner.names:
                path = _imported_path(inner, alias)
                if alias.name != "*" and not any(part.startswith("_") for part in path.split(".")):
                    first.setdefault(_binds(alias), path)
    return first


def _assigned(block: list[ast.stmt]) -> list[str]:
    """Names a block's own statements assign, in order (what a handler puts in place of the body's imports)."""
    return [
        target.id
        for stmt in block
        if isinstance(stmt, ast.Assign)
        for target in stmt.targets
        if isinstance(target, ast.Name)
    ]


def _binds(alias: ast.alias) -> str:
    return (alias.asname or alias.name).split(".", 1)[0]


def _imported_path(stmt: ast.Import | ast.ImportFrom, alias: ast.alias) -> str:
    return alias.name if isinstance(stmt, ast.Import) else f"{_module_of(stmt, alias)}.{alias.name}"


def _module_of(stmt: ast.Import | ast.ImportFrom, alias: ast.alias) -> str:
    if isinstance(stmt, ast.Import):
        return alias.name
    return "" if stmt.level else stmt.module or ""


def _check_flags(tree: ast.Module, packages: frozenset[str]) -> Flags:
    roots = _imported_roots(tree)
    flags: Flags = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and (mentions_version(stmt.value) or feature_checks(stmt.value)):
            named = _named_packages(stmt.value, packages, roots)
            if named:
                flags.update((name, named) for target in stmt.targets for name in stored_names(target))
    return flags


def _imported_roots(tree: ast.Module) -> dict[str, str]:
    """Module-level names bound by an import -> the top-level package they come from."""
    roots: dict[str, str] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Import):
            roots.update(((a.asname or a.name).split(".", 1)[0], a.name.split(".", 1)[0]) for a in stmt.names)
        elif isinstance(stmt, ast.ImportFrom) and stmt.module and not stmt.level:
            roots.update((a.asname or a.name, stmt.module.split(".", 1)[0]) for a in stmt.names)
    return roots


def _named_packages(expr: ast.expr, packages: frozenset[str], roots: dict[str, str]) -> frozenset[str]:
    named: set[str] = set()
    for node in ast.walk(expr):
        if isinstance(node, ast.Name) and roots.get(node.id, node.id) in packages:
            named.add(roots.get(node.id, node.id))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            named.update(package for package in packages if package in node.value.lower().replace("-", "_"))
    return frozenset(named)


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
