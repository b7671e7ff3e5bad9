"""One pass over a module's statements that fills its scopes: imports, aliases, assignments, defs, `self.x = ...`."""

from __future__ import annotations

import ast
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.usage.guards import Caught, Guards, block_lists
from bot.usage.scopes import Binding, Scope, Value, enter, stored_names
from bot.usage.types import ClassInfo

Resolver = Callable[[ast.expr, Scope], "tuple[str, bool] | None"]


@dataclass
class BuiltScopes:
    """The scopes of a module by owner node, its classes, star imports, and members defined in class bodies."""

    module: Scope
    scopes: dict[ast.AST, Scope]
    classes: dict[ast.ClassDef, ClassInfo] = field(default_factory=dict)
    star_modules: list[tuple[str, bool]] = field(default_factory=list)
    class_members: list[tuple[ast.ClassDef, str, ast.AST, Guards]] = field(default_factory=list)


_BINDS_NOTHING = frozenset(
    {
        ast.Expr,
        ast.Return,
        ast.If,
        ast.Pass,
        ast.Raise,
        ast.Try,
        ast.TryStar,
        ast.While,
        ast.Break,
        ast.Continue,
        ast.Assert,
        ast.Delete,
        ast.Match,
    }
)
"""Statements that bind no name themselves (their nested blocks are walked on their own)."""
_DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
_COMPOUND_TYPES = frozenset(
    {
        *_DEFINITIONS,
        ast.If,
        ast.For,
        ast.AsyncFor,
        ast.While,
        ast.With,
        ast.AsyncWith,
        ast.Try,
        ast.TryStar,
        ast.Match,
    }
)


def build_scopes(tree: ast.Module, resolve: Resolver) -> BuiltScopes:
    """Walk every statement once, recording each binding in the scope it belongs to."""
    module = Scope(owner=tree)
    built = BuiltScopes(module=module, scopes={tree: module})
    pending: deque[tuple[list[ast.stmt], Guards, ast.AST]] = deque([(tree.body, (), tree)])
    while pending:  # block by block, outer blocks first: a def or class is known before its body is read
        block, guards, owner = pending.popleft()
        for stmt in block:
            if type(stmt) in _COMPOUND_TYPES:
                inner_owner = stmt if isinstance(stmt, _DEFINITIONS) else owner
                pending.extend((nested, inner, inner_owner) for nested, inner in block_lists(stmt, guards))
            if type(stmt) not in _BINDS_NOTHING:
                _statement(stmt, guards, owner, built, resolve)
    return built


def _statement(stmt: ast.stmt, guards: Guards, owner: ast.AST, built: BuiltScopes, resolve: Resolver) -> None:
    """Record what one statement binds in the scope of `owner`."""
    scope = built.scopes[owner]
    guarded = bool(guards)
    by_try = guarded and all(isinstance(guard, Caught) for guard in guards)
    if isinstance(stmt, ast.Import):
        for alias in stmt.names:
            local = alias.asname or alias.name.split(".", 1)[0]
            scope.bind(local, Binding(alias.name if alias.asname else local, guarded, by_try, module=True))
    elif isinstance(stmt, ast.ImportFrom):
        _import_from(stmt, scope, guarded, built, by_try)
    elif isinstance(stmt, (ast.Assign, ast.AnnAssign)):
        _assign(stmt, scope, guarded, resolve, built)
        if isinstance(owner, ast.ClassDef):
            for target in stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]:
                if isinstance(target, ast.Name):
                    built.class_members.append((owner, target.id, stmt, guards))
    elif isinstance(stmt, ast.AugAssign):
        scope.locals.update(stored_names(stmt.target))
    elif isinstance(stmt, (ast.For, ast.AsyncFor)):
        scope.locals.update(stored_names(stmt.target))
    elif isinstance(stmt, (ast.With, ast.AsyncWith)):
        for item in stmt.items:
            if item.optional_vars is not None:
                scope.locals.update(stored_names(item.optional_vars))
    elif isinstance(stmt, (ast.Global, ast.Nonlocal)):
        if isinstance(stmt, ast.Global):
            scope.declared_global.update(stmt.names)
    elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        scope.locals.add(stmt.name)
        scope.definitions[stmt.name] = stmt
        inner = enter(stmt, scope)
        built.scopes[stmt] = inner
        if isinstance(stmt, ast.ClassDef):
            built.classes[stmt] = ClassInfo(stmt, inner)
        elif isinstance(owner, ast.ClassDef):
            built.class_members.append((owner, stmt.name, stmt, guards))


def _import_from(stmt: ast.ImportFrom, scope: Scope, guarded: bool, built: BuiltScopes, by_try: bool) -> None:
    for alias in stmt.names:
        if alias.name == "*":
            if stmt.level == 0 and stmt.module:
                built.star_modules.append((stmt.module, guarded))
            continue
        local = alias.asname or alias.name
        if stmt.level == 0 and stmt.module:
            scope.bind(local, Binding(f"{stmt.module}.{alias.name}", guarded, by_try))
        else:
            scope.locals.add(local)  # the project's own code: shadows, binds nothing we track


def _assign(
    stmt: ast.Assign | ast.AnnAssign, scope: Scope, guarded: bool, resolve: Resolver, built: BuiltScopes
) -> None:
    targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
    annotation = stmt.annotation if isinstance(stmt, ast.AnnAssign) else None
    value = stmt.value
    for target in targets:
        if isinstance(target, ast.Name):
            if value is not None and len(targets) == 1:
                resolved = resolve(value, scope)
                if resolved is not None:
                    scope.bind(target.id, Binding(resolved[0], guarded or resolved[1]))
            scope.assign(target.id, value, annotation, stmt.lineno)
        elif isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
            _self_attribute(target, value, annotation, stmt.lineno, scope, built)
        else:
            scope.locals.update(stored_names(target))


def _self_attribute(
    target: ast.Attribute,
    value: ast.expr | None,
    annotation: ast.expr | None,
    line: int,
    scope: Scope,
    built: BuiltScopes,
) -> None:
    """`self.app = app` in a method: the class's attribute `app` takes that value."""
    function = scope.function()
    if function is None or scope.parent is None or not isinstance(scope.parent.owner, ast.ClassDef):
        return
    arguments = [*function.args.posonlyargs, *function.args.args]
    if not arguments or arguments[0].arg != target.value.id:  # type: ignore[attr-defined]
        return
    info = built.classes.get(scope.parent.owner)
    if info is not None:
        info.attributes.setdefault(target.attr, []).append(Value(value, annotation, line, scope))
