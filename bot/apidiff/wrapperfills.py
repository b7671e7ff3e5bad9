"""Keywords a decorator's wrapper puts into its own `**kwargs` itself before handing them on (pyinfra 1.7's
`@operation` wrapper sets `kwargs['state'] = ...` and `kwargs['host'] = ...` on every path, whatever the call
passed): the decorated function's parameters of those names can never be passed by position, a positional one
colliding with the keyword ("got multiple values"), so they are keyword-only in effect."""

from __future__ import annotations

import ast

from bot.apidiff.source import walk

_Def = ast.FunctionDef | ast.AsyncFunctionDef


def filled_keys(wrapper: _Def) -> tuple[str, ...]:
    """The literal keys the wrapper stores into its `**kwargs` (`kwargs["k"] = v`), leaving out a store that reads,
    or sits under a test reading, a key it never stores: the renaming idiom (`if "old" in kwargs: kwargs["new"] =
    kwargs.pop("old")`) fills the new keyword only when the old one is given."""
    if wrapper.args.kwarg is None:
        return ()
    kwargs = wrapper.args.kwarg.arg
    stores: list[tuple[str, list[ast.AST]]] = []
    _collect(wrapper.body, kwargs, [], stores)
    stored = {key for key, _ in stores}
    return tuple(
        dict.fromkeys(key for key, context in stores if all(_keys_read(node, kwargs) <= stored for node in context))
    )


def _collect(body: list[ast.stmt], kwargs: str, tests: list[ast.AST], found: list[tuple[str, list[ast.AST]]]) -> None:
    """Each store into `kwargs` with what decides it: the tests of the `if`s it sits under, and the stored value."""
    for stmt in body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue  # another scope: its `kwargs` is not the wrapper's
        if isinstance(stmt, ast.If):
            _collect(stmt.body, kwargs, [*tests, stmt.test], found)
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
    """ "k" for a `kwargs["k"]` assignment target."""
    if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name) and target.value.id == kwargs:
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
