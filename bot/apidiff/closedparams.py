"""A helper handed a caller's `**kwargs` dict that closes it: docker 7.0's `_create_container_args(kwargs)` pops the
keys it takes (by literal, or in a loop guarded by `if key in RUN_CREATE_KWARGS`, a module list) and ends with `if
kwargs: raise ...`. Every other key is refused, so the caller's `**kwargs` takes only those keys — read only when
every use of the dict, in the helper and in the caller, is one of the forms read here (a key taken another way would
be claimed refused)."""

from __future__ import annotations

import ast

from bot.apidiff.source import contains, dotted_name, is_len_of, key_take, walk

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef
MAX_CLOSED = 4
"""Positional parameters looked at per helper."""
MAX_NODES = 4096
"""Syntax nodes of a body read for the uses of one dict: a longer body is not read (the dict stays open)."""
_COPIES = frozenset({"copy.copy", "list", "tuple", "sorted", "set", "dict"})
"""Calls whose result, iterated, gives the keys of the dict handed to them (`for key in copy.copy(kwargs)`)."""

Closed = tuple[int, tuple[str, ...], tuple[str, ...]]
"""(positional slot, literal keys taken in loops, names of the collections loop-taken keys are tested in)."""


def closed_params(node: _FunctionDef, method: bool) -> tuple[Closed, ...]:
    """For each of the first positional parameters (after the instance of a method) that the body closes (`if p:
    raise`, `assert not p`, at its top level, with no `return` before) and uses only in the forms `_uses` reads: the
    slot, the literal keys its loops take and the collections its guarded loops test keys in."""
    positional = [a.arg for a in (*node.args.posonlyargs, *node.args.args)][1 if method else 0 :][:MAX_CLOSED]
    found: list[Closed] = []
    for slot, name in enumerate(positional):
        if not _closes(node, name):
            continue
        uses = _uses(node, name, handed=False)
        if uses is not None:
            found.append((slot, *uses))
    return tuple(found)


def handed_only(node: _FunctionDef, kwargs: str) -> bool:
    """Every use of the body's `**kwargs` dict is one `_uses` reads or its handing, as a plain argument, to a call a
    top-level statement makes (`create_kwargs = _create_container_args(kwargs)`) with no `return` before: what that
    helper refuses, the function refuses."""
    for at, stmt in enumerate(node.body):
        if isinstance(stmt, (ast.Expr, ast.Assign, ast.Return)) and isinstance(stmt.value, ast.Call):
            if any(isinstance(a, ast.Name) and a.id == kwargs for a in stmt.value.args):
                return not any(map(_returns, node.body[:at])) and _uses(node, kwargs, handed=True) is not None
    return False


def _returns(stmt: ast.stmt) -> bool:
    return contains(stmt, (ast.Return,))


def _closes(node: _FunctionDef, name: str) -> bool:
    """A top-level `if name: ... raise` or `assert not name` ends the body's calls with keys left, no `return` before
    it (the statements before it are walked only once one is found)."""
    for at, stmt in enumerate(node.body):
        if isinstance(stmt, ast.Assert) and _empty_test(stmt.test, name, negated=True):
            return not any(map(_returns, node.body[:at]))
        if isinstance(stmt, ast.If) and stmt.body and isinstance(stmt.body[-1], ast.Raise):
            if _empty_test(stmt.test, name, negated=False):
                return not any(map(_returns, node.body[:at]))
    return False


def _empty_test(test: ast.expr, name: str, negated: bool) -> bool:
    if negated:
        return isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) and _sized(test.operand, name)
    return _sized(test, name)


def _sized(test: ast.expr, name: str) -> bool:
    """`name` or `len(name)` (its truth)."""
    return (isinstance(test, ast.Name) and test.id == name) or is_len_of(test, name)


def _uses(node: _FunctionDef, name: str, handed: bool) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(keys, collections) when every occurrence of `name` in the body is read: a literal key taken or tested
    (`name.pop("k", d)`, `name.get("k")`, `name["k"]`, `"k" in name`), a key stored, a truth test, a use inside a
    `raise`, a loop over its keys whose takes are guarded by `if key in COLLECTION`, a take keyed by the variable of a
    loop over literal keys or a collection's name, or (when `handed`) its handing as a plain argument to a call; else
    None."""
    seen: set[int] = set()
    keys: dict[str, None] = {}
    collections: dict[str, None] = {}
    total = 0
    for count, sub in enumerate(walk(node)):
        if count > MAX_NODES:
            return None
        if isinstance(sub, ast.Name) and sub.id == name:
            total += 1
        elif isinstance(sub, ast.Raise):
            seen.update(id(n) for n in walk(sub) if isinstance(n, ast.Name) and n.id == name)
        elif isinstance(sub, (ast.If, ast.While, ast.Assert)):
            test = sub.test.operand if isinstance(sub.test, ast.UnaryOp) else sub.test
            if _sized(test, name):
                seen.update(id(n) for n in walk(test) if isinstance(n, ast.Name) and n.id == name)
        elif isinstance(sub, ast.For):
            _read_loop(sub, name, seen, keys, collections)
        elif handed and isinstance(sub, ast.Call) and dotted_name(sub.func) is not None:  # the one `kwargs_handed`
            seen.update(id(a) for a in sub.args if isinstance(a, ast.Name) and a.id == name)
        held = _literal_use(sub, name)
        if held is not None:
            seen.add(id(held))
    if total != len(seen):
        return None
    return tuple(keys), tuple(collections)


def _literal_use(sub: ast.AST, name: str) -> ast.Name | None:
    """The `name` of `name.pop("k", ...)`, `name.get("k")`, `name["k"]` (read or stored) or `"k" in name`."""
    holder: ast.expr | None = None
    key: ast.expr | None = None
    taken = key_take(sub)
    if taken is not None:
        holder, key = taken[0], taken[2][0]
    elif isinstance(sub, ast.Subscript) and not isinstance(sub.ctx, ast.Del):
        holder, key = sub.value, sub.slice
    elif isinstance(sub, ast.Compare) and len(sub.ops) == 1 and isinstance(sub.ops[0], (ast.In, ast.NotIn)):
        holder, key = sub.comparators[0], sub.left
    if isinstance(holder, ast.Name) and holder.id == name and isinstance(key, ast.Constant):
        return holder if isinstance(key.value, str) else None
    return None


def _read_loop(loop: ast.For, name: str, seen: set[int], keys: dict[str, None], collections: dict[str, None]) -> None:
    """A loop over a collection (a literal of strings or a global's name) taking keys of `name` by its variable, or
    over `name`'s own keys taking them only under `if variable in collection`: its uses of `name` are read."""
    if not isinstance(loop.target, ast.Name):
        return
    variable, over = loop.target.id, loop.iter
    if _keys_of(over, name):
        seen.update(id(n) for n in walk(over) if isinstance(n, ast.Name) and n.id == name)
        for sub in walk(loop):
            if isinstance(sub, ast.If) and (tested := _tested_in(sub.test, variable, name)) is not None:
                if any([_take_all(stmt, name, variable, seen) for stmt in sub.body]):  # not its `else`
                    _note(tested, keys, collections)
        return
    collection = _collection(over, name)
    if collection is not None and _take_all(loop, name, variable, seen):
        _note(collection, keys, collections)


def _take_all(scope: ast.AST, name: str, variable: str, seen: set[int]) -> bool:
    """Marks each take of `name` keyed by `variable` in `scope` as read; whether there was one."""
    taken = [n for sub in walk(scope) if (n := _variable_take(sub, name, variable)) is not None]
    seen.update(id(n) for n in taken)
    return bool(taken)


def _variable_take(sub: ast.AST, name: str, variable: str) -> ast.Name | None:
    """The `name` of `name.pop(variable, ...)`, `name.get(variable)`, `name[variable]` or `variable in name`."""
    holder: ast.expr | None = None
    key: ast.expr | None = None
    taken = key_take(sub)
    if taken is not None:
        holder, key = taken[0], taken[2][0]
    elif isinstance(sub, ast.Subscript) and isinstance(sub.ctx, ast.Load):
        holder, key = sub.value, sub.slice
    elif isinstance(sub, ast.Compare) and len(sub.ops) == 1 and isinstance(sub.ops[0], (ast.In, ast.NotIn)):
        holder, key = sub.comparators[0], sub.left
    if isinstance(holder, ast.Name) and holder.id == name and isinstance(key, ast.Name) and key.id == variable:
        return holder
    return None


def _keys_of(over: ast.expr, name: str) -> bool:
    """`name`, `name.keys()`, `name.copy()`, `copy.copy(name)`, `list(name)`...: iterated, the dict's keys."""
    if isinstance(over, ast.Name):
        return over.id == name
    if not isinstance(over, ast.Call) or over.keywords:
        return False
    if isinstance(over.func, ast.Attribute) and over.func.attr in ("keys", "copy") and not over.args:
        return isinstance(over.func.value, ast.Name) and over.func.value.id == name
    return (
        dotted_name(over.func) in _COPIES
        and len(over.args) == 1
        and isinstance(over.args[0], ast.Name)
        and over.args[0].id == name
    )


def _tested_in(test: ast.expr, variable: str, name: str) -> ast.expr | None:
    """The collection of `variable in collection` (not `name` itself)."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.In)):
        return None
    if not (isinstance(test.left, ast.Name) and test.left.id == variable):
        return None
    return _collection(test.comparators[0], name)


def _collection(node: ast.expr, name: str) -> ast.expr | None:
    """A literal tuple/list/set of strings, or a plain name other than `name` (a global the caller resolves)."""
    if isinstance(node, ast.Name):
        return node if node.id != name else None
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and all(
        isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts
    ):
        return node
    return None


def _note(collection: ast.expr, keys: dict[str, None], collections: dict[str, None]) -> None:
    if isinstance(collection, ast.Name):
        collections[collection.id] = None
    elif isinstance(collection, (ast.Tuple, ast.List, ast.Set)):
        texts = (e.value for e in collection.elts if isinstance(e, ast.Constant))
        keys.update((text, None) for text in texts if isinstance(text, str))


def may_close(text: bytes) -> bool:
    """The cheap test before `closed_params`: the body raises or asserts, and pops."""
    return b".pop(" in text and (b"raise" in text or b"assert" in text)  # the rarer spelling first
