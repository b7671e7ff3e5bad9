"""Keyword defaults a class carries as class attributes: a constructor taking only `**kw` that sets each keyword on
the instance by its name (`for k, v in kw.items(): setattr(self, k, ...)`, waitress's `Adjustments`) leaves every
keyword a call does not pass at the class attribute of that name. That attribute's value is the keyword's default,
and a release changing it changes what every call leaving the keyword out gets (waitress 3.0's
`clear_untrusted_proxy_headers = True`, which 2.1 left at a sentinel its `__init__` replaced with False)."""

from __future__ import annotations

import ast

from bot.apidiff.keyloops import looped_key
from bot.apidiff.source import walk

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef


def attribute_defaults(node: ast.ClassDef, init: _FunctionDef) -> tuple[tuple[str, str], ...]:
    """(keyword, the repr of its default) for the public class attributes of `node` whose value is a literal, or a
    name `init` replaces at once with a literal (`if self.x is _marker: self.x = False`), where `init` sets every
    keyword of its `**kw` on `self` by name. A loop that may raise for a key (checking it against a table) takes
    only the keywords the class body spells as text; an attribute `init` assigns otherwise is no default read."""
    kwargs = init.args.kwarg
    if kwargs is None or not init.args.args:
        return ()
    instance = init.args.args[0].arg
    loop = next((s for s in init.body if isinstance(s, ast.For) and _sets_by_key(s, kwargs.arg, instance)), None)
    if loop is None:
        return ()
    checked = any(isinstance(n, ast.Raise) for n in walk(loop))
    spelled = {n.value for n in walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    found: list[tuple[str, str]] = []
    for stmt in node.body:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)):
            continue
        name = stmt.targets[0].id
        if name.startswith("_") or (checked and name not in spelled):
            continue
        default = _literal(stmt.value)
        replaced = _replaced(init, instance, name, stmt.value.id) if isinstance(stmt.value, ast.Name) else None
        if default is None and replaced is None:
            continue
        if _assigned_outside(init, instance, name):
            continue
        found.append((name, default if default is not None else replaced or ""))
    return tuple(found)


def _sets_by_key(loop: ast.For, kwargs: str, instance: str) -> bool:
    """`loop` iterates the keys of `kwargs` and sets each on the instance by that key (`setattr(self, key, ...)`)."""
    key = looped_key(loop, kwargs)
    if key is None:
        return False
    return any(
        isinstance(n, ast.Call)
        and isinstance(n.func, ast.Name)
        and n.func.id == "setattr"
        and len(n.args) == 3
        and isinstance(n.args[0], ast.Name)
        and n.args[0].id == instance
        and isinstance(n.args[1], ast.Name)
        and n.args[1].id == key
        for n in walk(loop)
    )


def _literal(value: ast.expr) -> str | None:
    """The repr of a literal value other than None (a None is how a body says "decide here")."""
    try:
        held = ast.literal_eval(value)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return None
    return None if held is None else repr(held)


def _replaced(init: _FunctionDef, instance: str, name: str, sentinel: str) -> str | None:
    """The literal a top-level `if self.NAME is SENTINEL:` of `init` assigns to `self.NAME`: what a call leaving the
    keyword out ends with when the class attribute is that sentinel."""
    for stmt in init.body:
        if isinstance(stmt, ast.If) and _sentinel_test(stmt, instance, name) == sentinel:
            for inner in stmt.body:
                if isinstance(inner, ast.Assign) and any(_on_instance(t, instance, name) for t in inner.targets):
                    return _literal(inner.value)
    return None


def _sentinel_test(stmt: ast.If, instance: str, name: str) -> str:
    """The name `stmt` tests `self.NAME` to be (`if self.NAME is SENTINEL:`), "" for another test."""
    test = stmt.test
    if (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.Is)
        and _on_instance(test.left, instance, name)
        and isinstance(test.comparators[0], ast.Name)
    ):
        return test.comparators[0].id
    return ""


def _assigned_outside(init: _FunctionDef, instance: str, name: str) -> bool:
    """`init` assigns `self.NAME` outside a top-level `if self.NAME is SENTINEL:` (which only a sentinel value
    enters): the default is not the attribute's value alone."""
    replacing = [s for s in init.body if isinstance(s, ast.If) and _sentinel_test(s, instance, name)]
    inside = {id(n) for s in replacing for inner in s.body for n in walk(inner)}
    return any(
        isinstance(n, (ast.Assign, ast.AugAssign, ast.AnnAssign))
        and id(n) not in inside
        and any(_on_instance(t, instance, name) for t in (n.targets if isinstance(n, ast.Assign) else [n.target]))
        for n in walk(init)
    )


def _on_instance(target: ast.expr, instance: str, name: str) -> bool:
    return (
        isinstance(target, ast.Attribute)
        and target.attr == name
        and isinstance(target.value, ast.Name)
        and target.value.id == instance
    )
