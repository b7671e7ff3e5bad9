"""Receivers on `self` that only ever hold an object the release builds itself: a property returning a private
attribute (mcp 2.0's `Client.session` returns `self._session`) that the class's methods fill only with `None`, a new
object of a class they name, or what a private builder method of the class returns (`session = await
self._build_session(stack)`, whose every `return` is `ClientSession(...)`). Calls on such a receiver
(`self.session.call_tool(...)`) reach the release's class, never a user subclass's override: no parameter, public
attribute or public method puts a user's object there (see `callsites._on_built_attribute`)."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef

MAX_WALKED = 20_000
"""AST nodes of a class walked looking for the assignments of one attribute: past it, nothing is taken as built."""


def built_receivers(node: ast.ClassDef, methods: Mapping[str, _FunctionDef], record: str | None) -> tuple[str, ...]:
    """The properties (and the private attributes they return) of the class whose value is always the release's own
    new object. Only defs decorated `@property` returning `self._x` are looked at, so most classes cost nothing."""
    found: list[str] = []
    for name, method in methods.items():
        held = _returned_private(method)
        if held is not None and _filled_by_release(node, methods, held, record):
            found += [name, held]
    return tuple(dict.fromkeys(found))


def _returned_private(method: _FunctionDef) -> str | None:
    """`_x` when the def is a plain `@property` every `return` of which is `self._x` (guards that raise allowed)."""
    if not any(isinstance(d, ast.Name) and d.id == "property" for d in method.decorator_list) or len(method.body) > 8:
        return None
    returned: set[str] = set()
    for stmt in method.body:
        if isinstance(stmt, ast.Return):
            value = stmt.value
            held = value.attr if isinstance(value, ast.Attribute) and _on_self(value) else ""
            if not (held.startswith("_") and not held.startswith("__")):
                return None
            returned.add(held)
        elif isinstance(stmt, ast.If):
            if not all(isinstance(s, ast.Raise) for s in stmt.body) or stmt.orelse:
                return None
        elif not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)):  # a docstring
            return None
    return returned.pop() if len(returned) == 1 else None


def _on_self(value: ast.expr | None) -> bool:
    return isinstance(value, ast.Attribute) and isinstance(value.value, ast.Name) and value.value.id == "self"


def _filled_by_release(
    node: ast.ClassDef, methods: Mapping[str, _FunctionDef], attribute: str, record: str | None
) -> bool:
    """Every assignment of `self.<attribute>` in the class is `None`, a new object of a class it names, or (through a
    local of the same def) what a private builder method returns; a record's field so named is no constructor
    parameter (`field(init=False, ...)`). At least one such assignment must be seen."""
    seen = 0
    walked = 0
    for stmt in node.body:
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.target.id == attribute:
            if record and not _not_in_init(stmt.value):
                return False
    for function in _defs(node.body):
        for sub in ast.walk(function):
            walked += 1
            if walked > MAX_WALKED:
                return False
            targets = _assigned(sub)
            if targets is None:
                continue
            for target in targets:
                if not (_on_self(target) and isinstance(target, ast.Attribute) and target.attr == attribute):
                    if isinstance(target, ast.Attribute) and target.attr == attribute:
                        return False  # set on something else named so (`other._x = ...`): not followed
                    continue
                value = sub.value if isinstance(sub, (ast.Assign, ast.AnnAssign, ast.AugAssign)) else None
                if isinstance(sub, ast.AugAssign) or not _release_value(value, function, methods):
                    return False
                seen += 1
    return seen > 0


def _defs(body: Iterable[ast.stmt]) -> list[_FunctionDef]:
    return [stmt for stmt in body if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef))]


def _assigned(sub: ast.AST) -> list[ast.expr] | None:
    """The targets a statement binds (tuples unpacked one level), or None for no assignment."""
    if isinstance(sub, ast.Assign):
        targets: list[ast.expr] = []
        for target in sub.targets:
            targets += target.elts if isinstance(target, (ast.Tuple, ast.List)) else [target]
        return targets
    if isinstance(sub, (ast.AnnAssign, ast.AugAssign)):
        return [sub.target]
    if isinstance(sub, (ast.For, ast.AsyncFor)):
        return [sub.target]
    if isinstance(sub, ast.withitem) and sub.optional_vars is not None:
        return [sub.optional_vars]
    return None


def _not_in_init(value: ast.expr | None) -> bool:
    """`field(init=False, ...)`: a record's field its generated constructor does not take."""
    return isinstance(value, ast.Call) and any(
        k.arg == "init" and isinstance(k.value, ast.Constant) and k.value.value is False for k in value.keywords
    )


def _release_value(value: ast.expr | None, function: _FunctionDef, methods: Mapping[str, _FunctionDef]) -> bool:
    if isinstance(value, ast.Constant) and value.value is None:
        return True
    if _new_object(value) or _from_builder(value, methods):
        return True
    return isinstance(value, ast.Name) and _local_built(value.id, function, methods)


def _new_object(value: ast.expr | None) -> bool:
    """A call of a name spelled as a class's (`ClientSession(...)`, `models.Session(...)`)."""
    if not isinstance(value, ast.Call):
        return False
    func = value.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in ("self", "cls"):
        return False  # `self.session_class(...)`: a class attribute a user subclass may set
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    return name.lstrip("_")[:1].isupper()


def _unawaited(value: ast.expr | None) -> ast.expr | None:
    return value.value if isinstance(value, ast.Await) else value


def _from_builder(value: ast.expr | None, methods: Mapping[str, _FunctionDef]) -> bool:
    """`[await] self._build(...)` where `_build` is a private method of the class whose every `return` builds a new
    object of a class it names (a public one a user subclass may override)."""
    call = _unawaited(value)
    if not (isinstance(call, ast.Call) and _on_self(call.func) and isinstance(call.func, ast.Attribute)):
        return False
    name = call.func.attr
    builder = methods.get(name)
    if builder is None or not name.startswith("_") or name.startswith("__"):
        return False
    returns = [s for s in ast.walk(builder) if isinstance(s, ast.Return)]
    return bool(returns) and all(_new_object(r.value) for r in returns)


def _local_built(local: str, function: _FunctionDef, methods: Mapping[str, _FunctionDef]) -> bool:
    """Every binding of the def's local `local` is a builder's object, or a call handing on that very local alone
    (`session = await stack.enter_async_context(session)`); never a parameter."""
    arguments = function.args
    every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs, arguments.vararg, arguments.kwarg]
    if any(a is not None and a.arg == local for a in every):
        return False
    built = 0
    for sub in ast.walk(function):
        if isinstance(sub, ast.NamedExpr) and sub.target.id == local:
            return False
        targets = _assigned(sub)
        if not targets or not any(isinstance(t, ast.Name) and t.id == local for t in targets):
            continue
        value = sub.value if isinstance(sub, ast.Assign) and len(targets) == 1 else None
        if _new_object(value) or _from_builder(value, methods):
            built += 1
        elif not _rehanded(value, local):
            return False
    return built > 0


def _rehanded(value: ast.expr | None, local: str) -> bool:
    """`[await] x.f(local)`: the object already bound, handed to a call that returns it entered (or wrapped)."""
    call = _unawaited(value)
    return (
        isinstance(call, ast.Call)
        and not call.keywords
        and len(call.args) == 1
        and isinstance(call.args[0], ast.Name)
        and call.args[0].id == local
    )
