"""Keywords a decorator's wrapper puts into its own `**kwargs` itself before handing them on (pyinfra 1.7's
`@operation` wrapper sets `kwargs['state'] = ...` and `kwargs['host'] = ...` on every path, whatever the call
passed): the decorated function's parameters of those names can never be passed by position, a positional one
colliding with the keyword ("got multiple values"), so they are keyword-only in effect."""

from __future__ import annotations

import ast

from bot.apidiff.blocks import only_raises
from bot.apidiff.source import walk

_Def = ast.FunctionDef | ast.AsyncFunctionDef


def filled_keys(wrapper: _Def) -> tuple[str, ...]:
    """The keys the wrapper stores into its `**kwargs` (`kwargs["k"] = v`, "=name" for `kwargs[name] = v`) whatever
    the call passed: a store decided only by tests of keys it stores itself or of its `*args` (pyinfra's `if 'state'
    in kwargs and 'host' in kwargs: ... elif len(args) >= 2: ...`) or whose other way only raises, of a value reading
    neither another key nor `*args`. Not the renaming idiom (`kwargs["new"] = kwargs.pop("old")`), a positional
    argument moved into a keyword (`kwargs[name] = args[2]`: no collision), nor a store a closure's setting decides
    (elasticsearch 7's `elif body_required: kwargs["body"] = {}`)."""
    if wrapper.args.kwarg is None:
        return ()
    kwargs = wrapper.args.kwarg.arg
    varargs = wrapper.args.vararg.arg if wrapper.args.vararg is not None else ""
    stores: list[tuple[str, list[ast.AST]]] = []
    _collect(wrapper.body, kwargs, [], stores)
    stored = {key for key, _ in stores}
    return tuple(
        dict.fromkeys(
            key
            for key, context in stores
            if _keys_read(context[-1], kwargs) <= {key}
            and not _mentions(context[-1], varargs)
            and all(_decided_by(test, kwargs, varargs, stored) for test in context[:-1])
        )
    )


def _decided_by(test: ast.AST, kwargs: str, varargs: str, stored: set[str]) -> bool:
    """The test reads only keys the wrapper stores, or its `*args`, and at least one of them."""
    keys = _keys_read(test, kwargs)
    return keys <= stored and (bool(keys) or _mentions(test, varargs))


def _mentions(node: ast.AST, name: str) -> bool:
    return bool(name) and any(isinstance(sub, ast.Name) and sub.id == name for sub in walk(node))


def _collect(body: list[ast.stmt], kwargs: str, tests: list[ast.AST], found: list[tuple[str, list[ast.AST]]]) -> None:
    """Each store into `kwargs` with what decides it: the tests of the `if`s it sits under, and the stored value."""
    for stmt in body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue  # another scope: its `kwargs` is not the wrapper's
        if isinstance(stmt, ast.If):
            # a test whose other way only raises decides nothing for the calls that work (pyinfra's `elif
            # pyinfra.is_cli: kwargs['state'] = ...` before `else: raise PyinfraError(...)`)
            _collect(stmt.body, kwargs, tests if only_raises(stmt.orelse) else [*tests, stmt.test], found)
            _collect(stmt.orelse, kwargs, [*tests, stmt.test], found)
            continue
        if isinstance(stmt, (ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith, ast.Try)):
            for block in _blocks(stmt):
                _collect(block, kwargs, tests, found)
            continue
        if isinstance(stmt, ast.Assign):
            for target in stmt.targets:
                key = _stored_key(target, kwargs)
                if key is not None:
                    found.append((key, [*tests, stmt.value]))


def _blocks(stmt: ast.stmt) -> list[list[ast.stmt]]:
    """The statement lists a loop, `with` or `try` runs."""
    blocks: list[list[ast.stmt]] = [getattr(stmt, part, []) for part in ("body", "orelse", "finalbody")]
    if isinstance(stmt, ast.Try):
        blocks.extend(handler.body for handler in stmt.handlers)
    return blocks


def _stored_key(target: ast.expr, kwargs: str) -> str | None:
    """ "k" for a `kwargs["k"]` assignment target, "=name" for a `kwargs[name]` one (which key, the decorator call
    may say: see `facts._filled_options`)."""
    if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name) and target.value.id == kwargs:
        if isinstance(target.slice, ast.Name):
            return f"={target.slice.id}"
        return _constant(target.slice)
    return None


def _constant(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _keys_read(node: ast.AST, kwargs: str) -> set[str]:
    """The literal keys of `kwargs` the expression reads or tests (`kwargs["k"]`, `kwargs.pop("k")`, `"k" in kwargs`);
    "*" for one it reads by a name."""
    found: set[str] = set()
    for sub in walk(node):
        key: ast.expr | None = None
        if isinstance(sub, ast.Subscript) and isinstance(sub.value, ast.Name) and sub.value.id == kwargs:
            key = sub.slice
        elif isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) and sub.args:
            if isinstance(sub.func.value, ast.Name) and sub.func.value.id == kwargs:
                key = sub.args[0]
        elif isinstance(sub, ast.Compare) and len(sub.ops) == 1 and isinstance(sub.ops[0], (ast.In, ast.NotIn)):
            if isinstance(sub.comparators[0], ast.Name) and sub.comparators[0].id == kwargs:
                key = sub.left
        if key is not None:
            found.add(_constant(key) or "*")
    return found
