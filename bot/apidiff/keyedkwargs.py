"""A `**kwargs` whose keys the body checks one by one against a statically readable collection, raising for any
other (respx 0.16's `M(*patterns, **lookups)`: `for pattern__lookup, value in lookups.items(): ... pattern_key, __,
rest = pattern__lookup.partition("__")`, then `if pattern_key not in Pattern.registry: raise KeyError(...)`, the
registry filled by `Pattern.__init_subclass__` with each subclass's `cls.key`). The keywords such a `**kwargs` takes
are that collection's keys: a keyword outside them (0.15's `respx.get(status_code=...)`, a named parameter 0.16
dropped) now raises. Read only where the loop, the check and the raise are all visible; otherwise no claim."""

from __future__ import annotations

import ast

from bot.apidiff.keyloops import looped_key
from bot.apidiff.source import dotted_name, walk

Keyed = tuple[str, str, tuple[str, ...]]
"""(the collection as written, the separator whose first part of the key is checked, "" for the whole key; the keys
the loop takes before the check: `if key == "url": ...; continue`)."""

_VIEWS = frozenset({"MappingProxyType", "types.MappingProxyType", "dict"})
"""Calls giving a view or copy of the mapping handed, its keys the same."""
_MUTATORS = frozenset({"update", "setdefault", "__setitem__", "pop", "popitem", "clear"})


def keyed_kwargs(node: ast.FunctionDef | ast.AsyncFunctionDef, kwargs: str) -> Keyed | None:
    """See `Keyed`: a top-level loop over the keys of `kwargs` whose body, before anything else that may leave the
    loop, tests the key (or its first part, `key.partition(SEP)`) `not in COLLECTION` to `raise`."""
    for stmt in node.body:
        if isinstance(stmt, ast.For) and (key := looped_key(stmt, kwargs)) is not None:
            found = _checked(stmt.body, key)
            if found is not None:
                return found
    return None


def _checked(body: list[ast.stmt], key: str) -> Keyed | None:
    """The check a loop body opens with, past skips (`if ...: continue`) and the key's first part bound."""
    derived = {key: ""}
    skipped: list[str] = []
    for stmt in body:
        if isinstance(stmt, ast.If) and stmt.body and isinstance(stmt.body[-1], ast.Raise) and not stmt.orelse:
            tested = _not_in(stmt.test, derived)
            if tested is not None:
                return tested[0], tested[1], tuple(skipped)
        if isinstance(stmt, ast.If) and stmt.body and isinstance(stmt.body[-1], ast.Continue) and not stmt.orelse:
            named = {n.id for n in walk(stmt.test) if isinstance(n, ast.Name)} & derived.keys()
            if not named:  # a skip on the value only (`if not value: continue`): other values reach the check
                continue
            literal = _equals_literal(stmt.test, key)
            if literal is None:
                return None
            skipped.append(literal)
            continue
        if isinstance(stmt, ast.Assign) and (first := _first_part(stmt, key)) is not None:
            derived[first[0]] = first[1]
            continue
        if _leaves(stmt) or _rebinds(stmt, derived):
            return None
    return None


def _not_in(test: ast.expr, derived: dict[str, str]) -> tuple[str, str] | None:
    """(collection, separator) for `NAME not in COLLECTION`, NAME the key or its first part, COLLECTION dotted."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.NotIn)):
        return None
    left, collection = test.left, dotted_name(test.comparators[0])
    if not isinstance(left, ast.Name) or left.id not in derived or collection is None:
        return None
    return collection, derived[left.id]


def _equals_literal(test: ast.expr, key: str) -> str | None:
    """ "url" for `key == "url"`; None for any other test."""
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq):
        right = test.comparators[0]
        if dotted_name(test.left) == key and isinstance(right, ast.Constant) and isinstance(right.value, str):
            return right.value
    return None


def _first_part(stmt: ast.Assign, key: str) -> tuple[str, str] | None:
    """(name, separator) for `name, _, _ = key.partition(SEP)`, `name = key.partition(SEP)[0]` or `name =
    key.split(SEP)[0]`: the key itself for any key without SEP."""
    if len(stmt.targets) != 1:
        return None
    target, value = stmt.targets[0], stmt.value
    if isinstance(target, ast.Tuple) and len(target.elts) == 3 and isinstance(target.elts[0], ast.Name):
        separator = _split_by(value, key, ("partition",))
        return (target.elts[0].id, separator) if separator else None
    if isinstance(target, ast.Name) and isinstance(value, ast.Subscript):
        index = value.slice
        if isinstance(index, ast.Constant) and index.value == 0 and type(index.value) is int:
            separator = _split_by(value.value, key, ("partition", "split"))
            return (target.id, separator) if separator else None
    return None


def _split_by(value: ast.expr, key: str, methods: tuple[str, ...]) -> str:
    """SEP for `key.METHOD(SEP)` (`split` may be handed a count too), "" otherwise."""
    if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr in methods):
        return ""
    if dotted_name(value.func.value) != key or not value.args or len(value.args) > 2 or value.keywords:
        return ""
    separator = value.args[0]
    return separator.value if isinstance(separator, ast.Constant) and isinstance(separator.value, str) else ""


def _leaves(stmt: ast.stmt) -> bool:
    """The statement may leave the loop body before the check, or hold a nested loop whose exits are not read."""
    return any(isinstance(n, (ast.Continue, ast.Break, ast.Return, ast.For, ast.While, ast.Try)) for n in walk(stmt))


def _rebinds(stmt: ast.stmt, derived: dict[str, str]) -> bool:
    """The statement binds the key or its first part anew."""
    return any(isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store) and n.id in derived for n in walk(stmt))


def subclass_registry(cls: ast.ClassDef, hook: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[tuple[str, ...], str]:
    """(the class attributes holding or viewing the registry, the attribute it is keyed by) when the class's
    `__init_subclass__` (`hook`) fills a class attribute bound to an empty dict, `cls.R[cls.K] = cls`, and nothing else
    in the class writes to it; the views are R and the class attributes bound to `MappingProxyType(R)`, `dict(R)` or
    R. ((), "") otherwise."""
    params = [*hook.args.posonlyargs, *hook.args.args]
    if not params:
        return (), ""
    own = params[0].arg
    stores = [
        stmt
        for stmt in walk(hook)
        if isinstance(stmt, ast.Assign)
        and len(stmt.targets) == 1
        and isinstance(target := stmt.targets[0], ast.Subscript)
        and isinstance(target.value, ast.Attribute)
        and dotted_name(target.value.value) == own
        and isinstance(target.slice, ast.Attribute)
        and dotted_name(target.slice.value) == own
        and dotted_name(stmt.value) == own
    ]
    if len(stores) != 1:
        return (), ""
    target = stores[0].targets[0]
    assert isinstance(target, ast.Subscript) and isinstance(target.value, ast.Attribute)
    assert isinstance(target.slice, ast.Attribute)
    registry, key = target.value.attr, target.slice.attr
    views = [registry]
    empty = False
    for stmt in cls.body:
        name, value = _bound(stmt)
        if name == registry:
            empty = isinstance(value, ast.Dict) and not value.keys
        elif name and value is not None and _views(value, registry):
            views.append(name)
    if not empty or _writes(cls, registry) != 1:
        return (), ""
    return tuple(views), key


def _bound(stmt: ast.stmt) -> tuple[str, ast.expr | None]:
    """(name, value) of a class-body `name = value` or `name: T = value`."""
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
        return stmt.targets[0].id, stmt.value
    if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
        return stmt.target.id, stmt.value
    return "", None


def _views(value: ast.expr, registry: str) -> bool:
    if isinstance(value, ast.Name):
        return value.id == registry
    return (
        isinstance(value, ast.Call)
        and dotted_name(value.func) in _VIEWS
        and len(value.args) == 1
        and isinstance(value.args[0], ast.Name)
        and value.args[0].id == registry
    )


def _writes(cls: ast.ClassDef, registry: str) -> int:
    """How many places in the class store into, mutate or rebind the attribute `registry` through any object."""
    count = 0
    for node in walk(cls):
        if isinstance(node, ast.Subscript) and isinstance(node.ctx, (ast.Store, ast.Del)):
            count += _names(node.value, registry)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _MUTATORS:
            count += _names(node.func.value, registry)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store) and node.attr == registry:
            count += 1
    return count


def _names(node: ast.expr, registry: str) -> int:
    """1 when the expression names the attribute `registry` (on any object) or a global of that name, else 0."""
    named = isinstance(node, ast.Attribute) and node.attr == registry
    return int(named or isinstance(node, ast.Name) and node.id == registry)
