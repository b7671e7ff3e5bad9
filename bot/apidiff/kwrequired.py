"""Options a body cannot run without: keys of `**kwargs` it reads with no fallback before anything can branch,
leave or catch (`self._enum = kwargs.pop("enum")`), or refuses to go without (`if "enum" not in kwargs: raise`).
luigi 3.6's `EnumParameter(*args, **kwargs)` required `enum` that way; 3.7's `enum=None` refuses None just the
same, so no call lost a default."""

from __future__ import annotations

import ast

from bot.apidiff.blocks import only_raises
from bot.apidiff.params import SIMPLE_STATEMENTS, always_evaluated, rejects_none, unsure_refusals
from bot.apidiff.source import key_take, walk

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef


def required_options(node: _FunctionDef, kwargs: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The keys of `kwargs` (the def's `**kwargs`) its opening statements require: read as `kwargs["x"]` or
    `kwargs.pop("x")` (no default) where always evaluated, or tested by an `if "x" not in kwargs:` that only raises;
    and those taken with a false fallback that such an `if` refuses through a test no reader decides on None
    (pycryptodome 3's `key = kwargs.pop("key", None)` then `if not is_bytes(key): raise`), whose being required is
    unknown. The walk stops at the first other statement and at one binding `kwargs` anew."""
    found: dict[str, None] = {}
    unsure: dict[str, None] = {}
    taken: dict[str, str] = {}  # local -> key: `monitor = kwargs.pop("monitor", None)`
    supplied: set[str] = set()  # keys the body fills itself: `kwargs.setdefault("timespan", ...)`
    body = node.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # the docstring
    passed = 0
    for stmt in body:
        guarded = _guarded(stmt, kwargs, taken)
        if guarded is not None:
            found[guarded] = None
            continue
        if (tried := _tried(stmt, kwargs)) is not None:
            found.update(dict.fromkeys(tried))
            continue
        if _passes_over(stmt, kwargs) and passed < MAX_PASSED_IFS:
            passed += 1
            if isinstance(stmt, ast.If) and only_raises(stmt.body):
                unsure.update(dict.fromkeys(taken[name] for name in unsure_refusals(stmt.test, sorted(taken))))
            for sub in walk(stmt):  # a local the block may rebind no longer holds the option for sure
                if isinstance(sub, ast.Name) and not isinstance(sub.ctx, ast.Load):
                    taken.pop(sub.id, None)
            continue
        if not isinstance(stmt, SIMPLE_STATEMENTS) or _binds(stmt, kwargs):
            break
        values = [v for v in (getattr(stmt, "value", None),) if v is not None]
        for sub in (n for value in values for n in always_evaluated(value)):
            if (key := _read_without_fallback(sub, kwargs)) is not None and key not in supplied:
                found[key] = None
        supplied.update(_supplied(stmt, values, kwargs))
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            key = _read_with_falsy_fallback(stmt.value, kwargs)
            if key is not None:
                taken[stmt.targets[0].id] = key
            else:
                taken.pop(stmt.targets[0].id, None)
    return tuple(found), tuple(key for key in unsure if key not in found)


MAX_PASSED_IFS = 8
"""How many opening `if` blocks that always fall through (a warning for a combination of options) are looked past."""


def _passes_over(stmt: ast.stmt, kwargs: str) -> bool:
    """An `if` (no `else`) that cannot leave the function but by raising, nor catch, nor touch `kwargs` but in its
    test: the statements after it run on every call that gets past it, on the `kwargs` the caller passed
    (django-model-utils 4's `MonitorField.__init__` warns first for `null` with no `default`, then refuses to go
    without `monitor`)."""
    if not isinstance(stmt, ast.If) or stmt.orelse:
        return False
    leaving = (ast.Return, ast.Yield, ast.YieldFrom, ast.Await, ast.Break, ast.Continue, ast.Try, ast.With)
    nested = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)
    if any(isinstance(sub, (*leaving, *nested)) for sub in walk(stmt)):
        return False
    # nor may its block touch `kwargs` (flask 2.2's `FlaskGroup` fills `extra["context_settings"]` when left out),
    # unless it only raises: the calls that get past it never ran it (pycryptodome 3's `if kwargs: raise
    # ValueError("Unknown parameters: " + kwargs.keys())`)
    if only_raises(stmt.body):
        return True
    return not any(isinstance(sub, ast.Name) and sub.id == kwargs for inner in stmt.body for sub in walk(inner))


def _read_with_falsy_fallback(node: ast.expr, kwargs: str) -> str | None:
    """The key of `kwargs.pop("x", None)` or `kwargs.get("x")` (a false or no fallback): the local is false exactly
    when the caller left the option out (or passed a false value)."""
    taken = key_take(node)
    if taken is None or not _is(taken[0], kwargs):
        return None
    _, method, args = taken
    if len(args) > 2 or (method == "pop" and len(args) == 1):
        return None  # a pop with no fallback: `_read_without_fallback` has it
    fallback = args[1] if len(args) == 2 else ast.Constant(None)
    if not (isinstance(fallback, ast.Constant) and not fallback.value):
        return None
    return _key(args[0])


def _key(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _is(node: ast.expr, kwargs: str) -> bool:
    return isinstance(node, ast.Name) and node.id == kwargs


def _read_without_fallback(node: ast.AST, kwargs: str) -> str | None:
    """The key of `kwargs["x"]` (read, not set) or `kwargs.pop("x")`: KeyError when the caller left it out."""
    if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and _is(node.value, kwargs):
        return _key(node.slice)
    taken = key_take(node)
    if taken is not None and _is(taken[0], kwargs) and taken[1] == "pop" and len(taken[2]) == 1:
        return _key(taken[2][0])
    return None


def _supplied(stmt: ast.stmt, values: list[ast.expr], kwargs: str) -> set[str]:
    """The keys the statement puts into `kwargs` itself, by `kwargs.setdefault("x", ...)`, `kwargs["x"] = ...` or
    `kwargs.update(x=...)`: read later, they are there whatever the caller passed (ics 0.8's `Event.__init__` fills
    `timespan` from `begin`/`end`/`duration`, then hands `kwargs.pop("timespan")` on: no option the caller must
    pass)."""
    targets = stmt.targets if isinstance(stmt, ast.Assign) else []
    found = {
        key
        for target in targets
        if isinstance(target, ast.Subscript) and _is(target.value, kwargs) and (key := _key(target.slice))
    }
    for sub in (n for value in values for n in always_evaluated(value)):
        if not isinstance(sub, ast.Call) or not isinstance(sub.func, ast.Attribute) or not _is(sub.func.value, kwargs):
            continue
        if sub.func.attr == "setdefault" and sub.args and (key := _key(sub.args[0])):
            found.add(key)
        elif sub.func.attr == "update":
            found.update(keyword.arg for keyword in sub.keywords if keyword.arg is not None)
    return found


def _guarded(stmt: ast.stmt, kwargs: str, taken: dict[str, str]) -> str | None:
    """The key of `if "x" not in kwargs: raise ...` (no `else`, nothing but raising in the body), or of a test
    refusing None (`if not x:`, `if x is None:`, `if not hasattr(x, "a"):`, see `params.rejects_none`) for a local
    `taken` out of `kwargs` with a false fallback."""
    if not isinstance(stmt, ast.If) or stmt.orelse or not only_raises(stmt.body):
        return None
    test = stmt.test
    refused = rejects_none(test)
    if refused is not None:
        return taken.get(refused)
    if (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.NotIn)
        and _is(test.comparators[0], kwargs)
    ):
        return _key(test.left)
    return None


def _tried(stmt: ast.stmt, kwargs: str) -> list[str] | None:
    """The keys a `try` of simple statements reads with no fallback when each of its handlers only raises, as
    pycryptodome 3's `ChaCha20.new` does: `try: key = kwargs.pop("key")` / `except KeyError as e: raise
    TypeError(...)`. None for any other statement."""
    if not isinstance(stmt, ast.Try) or stmt.orelse or stmt.finalbody or not stmt.handlers:
        return None
    if not all(only_raises(handler.body) for handler in stmt.handlers):
        return None
    if not all(isinstance(inner, SIMPLE_STATEMENTS) and not _binds(inner, kwargs) for inner in stmt.body):
        return None
    values = [v for inner in stmt.body if (v := getattr(inner, "value", None)) is not None]
    keys = (_read_without_fallback(sub, kwargs) for value in values for sub in always_evaluated(value))
    return [key for key in keys if key is not None]


def _binds(stmt: ast.stmt, kwargs: str) -> bool:
    """The statement may bind `kwargs` anew (`kwargs = dict(defaults, **kwargs)`)."""
    return any(isinstance(n, ast.Name) and n.id == kwargs and not isinstance(n.ctx, ast.Load) for n in walk(stmt))
