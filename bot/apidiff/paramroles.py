"""Whether a def calls each of its parameters (`service(conn)`) or only hands the value on (`self._root = root`): a
required parameter renamed in its slot is the same parameter only while its value plays the same part. rpyc 4.0's
`Connection(root, channel, ...)` took an instance where 3.4's `Connection(service, channel, ...)` took the class it
called: a positional call of the old code passes the wrong thing, so the slot is no rename to advise."""

from __future__ import annotations

import ast

from bot.apidiff.model import Symbol
from bot.apidiff.source import walk


def called_params(node: ast.FunctionDef | ast.AsyncFunctionDef, code: bytes) -> tuple[str, ...]:
    """The named parameters the body calls by their own name (`p(...)`) and never rebinds; `code`: the body's source.
    Only names spelled before a `(` in the code are looked for (no walk for the common def calling none)."""
    args = node.args
    named = [a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)]
    spelled = {name for name in named if name.encode() + b"(" in code}
    if not spelled:
        return ()
    called: set[str] = set()
    rebound: set[str] = set()
    for stmt in node.body:
        for child in walk(stmt):
            if isinstance(child, ast.Call) and isinstance(child.func, ast.Name) and child.func.id in spelled:
                called.add(child.func.id)
            elif isinstance(child, ast.Name) and child.id in spelled and not isinstance(child.ctx, ast.Load):
                rebound.add(child.id)
            elif isinstance(child, ast.arg) and child.arg in spelled:
                rebound.add(child.arg)  # a nested def's or lambda's own parameter of that name
    return tuple(name for name in named if name in called and name not in rebound)


def _roles(symbol: Symbol) -> dict[str, bool]:
    """For each named parameter the body surely loads (see `Symbol.params_unread`): whether it calls it."""
    unread = {name for name, _ in symbol.params_unread}
    called = set(symbol.params_called)
    return {p.name: p.name in called for p in symbol.params or () if p.name not in unread}


def recast(before: Symbol, after: Symbol) -> frozenset[tuple[str, str]]:
    """(old, new) parameter names whose values the two bodies use in other ways: one calls it, the other loads it
    without calling. Empty, at no cost, when neither body calls a parameter."""
    if not before.params_called and not after.params_called:
        return frozenset()
    old, new = _roles(before), _roles(after)
    return frozenset((o, n) for o, called in old.items() for n, calls in new.items() if called != calls)
