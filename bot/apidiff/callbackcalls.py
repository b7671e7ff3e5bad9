"""Callables users hand a decorator factory, called by the wrapper it builds: cachetools 5.0's `cachedmethod(cache,
key=...)` calls `key(self, *args, **kwargs)` where 4.2 called `key(*args, **kwargs)`. A key function written for
the old release gets one positional argument more: TypeError (or, variadic, another key)."""

from __future__ import annotations

import ast
import re
from functools import lru_cache

from bot.apidiff.source import walk

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef
MAX_PARAMS = 8
"""Parameters of a factory looked at: their calls are searched in the text one name at a time."""
MAX_NODES = 4096
"""Syntax nodes of a factory read: a longer body is not read."""

Shape = tuple[str, int, str, int]
"""(parameter, fixed positional arguments of its every call, what follows them as written (`*args,**kwargs`), the
required positional parameters of the def making the call)."""


def callback_calls(node: _FunctionDef, text: bytes) -> tuple[Shape, ...]:
    """For each public parameter of a decorator factory that its nested defs call (`key(self, *args)`), never
    rebound, shadowed or called by the factory itself, every call of one shape: that shape."""
    params = [a.arg for a in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)]
    called = [p for p in params[:MAX_PARAMS] if not p.startswith("_") and _called(p).search(text) is not None]
    if not called:
        return ()
    shapes: dict[str, set[tuple[int, str, int]]] = {name: set() for name in called}
    spoiled: set[str] = set()
    seen = 0
    for inner in node.body:
        if not isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef)):
            spoiled.update(_calls_or_binds(inner, shapes))  # the factory's own statements: no wrapper's call
            continue
        for sub in walk(inner):
            seen += 1
            if seen > MAX_NODES:
                return ()
            if isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                _shadowing(sub, shapes, spoiled)
                if isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    _read_calls(sub, shapes, spoiled)
            elif isinstance(sub, (ast.Name)) and sub.id in shapes and not isinstance(sub.ctx, ast.Load):
                spoiled.add(sub.id)
            elif isinstance(sub, (ast.Nonlocal, ast.Global)):
                spoiled.update(sub.names)
    return tuple(
        (name, *next(iter(found))) for name, found in shapes.items() if len(found) == 1 and name not in spoiled
    )


@lru_cache(maxsize=1024)
def _called(name: str) -> re.Pattern[bytes]:
    """`name(`, compiled once per name (`func`, `key`, `callback` for most factories)."""
    return re.compile(rb"\b" + re.escape(name.encode()) + rb"\s*\(")


def _calls_or_binds(stmt: ast.stmt, shapes: dict[str, set[tuple[int, str, int]]]) -> set[str]:
    """The parameters a statement of the factory itself calls or binds."""
    found: set[str] = set()
    for sub in walk(stmt):
        if isinstance(sub, ast.Name) and sub.id in shapes and not isinstance(sub.ctx, ast.Load):
            found.add(sub.id)
        elif isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id in shapes:
            found.add(sub.func.id)
    return found


def _shadowing(sub: _FunctionDef | ast.Lambda, shapes: dict[str, set[tuple[int, str, int]]], spoiled: set[str]) -> None:
    arguments = sub.args
    for arg in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs, arguments.vararg, arguments.kwarg):
        if arg is not None and arg.arg in shapes:
            spoiled.add(arg.arg)


def _read_calls(inner: _FunctionDef, shapes: dict[str, set[tuple[int, str, int]]], spoiled: set[str]) -> None:
    """The shape of each call of a parameter made by `inner` itself (a def nested in it is read on its own)."""
    required = len([*inner.args.posonlyargs, *inner.args.args]) - len(inner.args.defaults)
    pending: list[ast.AST] = list(inner.body)
    while pending:
        sub = pending.pop()
        if isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id in shapes:
            shape = _shape(sub)
            if shape is None:
                spoiled.add(sub.func.id)
            else:
                shapes[sub.func.id].add((*shape, required))
        pending.extend(ast.iter_child_nodes(sub))


def _shape(call: ast.Call) -> tuple[int, str] | None:
    """(fixed positional arguments, the rest as written) of a call whose starred arguments all come last."""
    fixed = 0
    rest: list[str] = []
    for argument in call.args:
        if isinstance(argument, ast.Starred):
            if not isinstance(argument.value, ast.Name):
                return None
            rest.append(f"*{argument.value.id}")
        elif rest:
            return None
        else:
            fixed += 1
    for keyword in call.keywords:
        if keyword.arg is None and not isinstance(keyword.value, ast.Name):
            return None
        rest.append(f"{keyword.arg}=" if keyword.arg is not None else f"**{dotted(keyword.value)}")
    return fixed, ",".join(rest)


def dotted(value: ast.expr) -> str:
    return value.id if isinstance(value, ast.Name) else "?"
