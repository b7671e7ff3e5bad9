"""Decorators that warn when a call passes more positional arguments than a count (falcon 3.0's
`@deprecated_args(allowed_positional=0)` over `HTTPNotFound.__init__(self, title=None, ...)`: `if len(args) >
allowed_positional: warnings.warn(...)`): the parameters past that count are deprecated by position, though the
signature still takes them there."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from bot.apidiff.source import contains, dotted_name, is_len_of, walk

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef

PositionalCap = tuple[str, int | None, tuple[tuple[str, bool, int], ...]]
"""See `CallableFacts.positional_cap`."""


def positional_cap(node: _FunctionDef, text: bytes) -> PositionalCap | None:
    """See `CallableFacts.positional_cap`: read only from a body spelling `len(`, a warning and `wraps`."""
    if b"len(" not in text or b"warn" not in text or not (b"wraps" in text or b"update_wrapper" in text):
        return None
    for wrapper in _nested_defs(node):
        cap = _warned_cap(wrapper)
        if isinstance(cap, ast.Constant) and type(cap.value) is int:
            return (str(cap.value), None, ())
        if isinstance(cap, ast.Name):
            return _factory_cap(node, cap.id)
    return None


def refused_cap(node: _FunctionDef, text: bytes) -> PositionalCap | None:
    """See `CallableFacts.positional_refused`: read only from a body spelling `len(`, `TypeError` and `wraps`."""
    if b"len(" not in text or b"TypeError" not in text or not (b"wraps" in text or b"update_wrapper" in text):
        return None
    for wrapper in _nested_defs(node):
        cap = _refused_over(wrapper)
        if isinstance(cap, ast.Constant) and type(cap.value) is int:
            return (str(cap.value), None, ())
        if isinstance(cap, ast.Name):
            return _factory_cap(node, cap.id) or _local_cap(node, wrapper, cap.id)
    return None


def _nested_defs(node: _FunctionDef) -> Iterator[_FunctionDef]:
    """The defs of the body, and theirs (a factory's decorator's wrapper)."""
    for stmt in node.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield stmt
            yield from (sub for sub in stmt.body if isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef)))


def _warned_cap(wrapper: _FunctionDef) -> ast.expr | None:
    """The count in a `(*args, **kwargs)` wrapper's `if len(args) > count:` whose body warns; None when it takes
    other parameters, has no such test, or raises anywhere (then it refuses calls: no deprecation)."""
    args = wrapper.args
    if args.vararg is None or args.kwarg is None or args.args or args.posonlyargs:
        return None
    if contains(wrapper, (ast.Raise,)):
        return None
    for stmt in wrapper.body:
        if not isinstance(stmt, ast.If) or stmt.orelse:
            continue
        test = stmt.test
        if (
            isinstance(test, ast.Compare)
            and len(test.ops) == 1
            and isinstance(test.ops[0], ast.Gt)
            and is_len_of(test.left, args.vararg.arg)
            and _warns(stmt.body)
        ):
            return test.comparators[0]
    return None


def _refused_over(wrapper: _FunctionDef) -> ast.expr | None:
    """The count in a `(*args, **kwargs)` wrapper's `if len(args) > count: raise TypeError(...)`, `len(args)` also
    through a name the body binds to it first (twine 2's `received = len(args)`); None without such a test."""
    args = wrapper.args
    if args.vararg is None or args.kwarg is None or args.args or args.posonlyargs:
        return None
    varargs = args.vararg.arg
    counted: set[str] = set()  # the names bound to `len(args)`
    for stmt in wrapper.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            if is_len_of(stmt.value, varargs):
                counted.add(stmt.targets[0].id)
        elif isinstance(stmt, ast.If) and not stmt.orelse and _raises_type_error(stmt.body):
            test = stmt.test
            if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Gt):
                left = test.left
                if is_len_of(left, varargs) or (isinstance(left, ast.Name) and left.id in counted):
                    return test.comparators[0]
    return None


def _raises_type_error(body: list[ast.stmt]) -> bool:
    """One of the statements (not a nested branch's: a refusal that depends on a mode is no refusal) raises
    `TypeError`, Python's own error for too many positional arguments."""
    return any(
        isinstance(stmt, ast.Raise)
        and stmt.exc is not None
        and dotted_name(stmt.exc.func if isinstance(stmt.exc, ast.Call) else stmt.exc) == "TypeError"
        for stmt in body
    )


def _local_cap(node: _FunctionDef, wrapper: _FunctionDef, name: str) -> PositionalCap | None:
    """A count the wrapper binds itself from int literals, `allowed = 0` then `if allow_self: allowed = 1` (a
    parameter of the factory with a literal default tested), as a literal cap with the factory's steps; None when
    anything else binds it."""
    defaults = _defaults(node)
    base: int | None = None
    steps: list[tuple[str, bool, int]] = []
    for stmt in wrapper.body:
        if not _binds(stmt, name):
            continue
        flag, assigned = "", stmt
        if isinstance(stmt, ast.If) and not stmt.orelse and len(stmt.body) == 1 and isinstance(stmt.test, ast.Name):
            flag, assigned = stmt.test.id, stmt.body[0]
        value = _int_assigned(assigned, name)
        if value is None or (base is None) == bool(flag) or (flag and defaults.get(flag, ...) in (..., None)):
            return None  # bound otherwise, twice, a step before the base, or a flag no literal-defaulted parameter
        if base is None:
            base = value
        else:
            steps.append((flag, bool(defaults[flag]), value - base))
    return (str(base), None, tuple(steps)) if base is not None and base >= 0 else None


def _int_assigned(stmt: ast.stmt, name: str) -> int | None:
    """`name = <int literal>`'s value."""
    if (
        isinstance(stmt, ast.Assign)
        and len(stmt.targets) == 1
        and isinstance(stmt.targets[0], ast.Name)
        and stmt.targets[0].id == name
        and isinstance(stmt.value, ast.Constant)
        and type(stmt.value.value) is int
    ):
        return stmt.value.value
    return None


def _warns(body: list[ast.stmt]) -> bool:
    """The statements call a function named for warning (`warnings.warn`, `warn_deprecated`)."""
    return any(
        isinstance(sub, ast.Call) and "warn" in (dotted_name(sub.func) or "").rsplit(".", 1)[-1].lower()
        for stmt in body
        for sub in walk(stmt)
    )


def _factory_cap(node: _FunctionDef, name: str) -> PositionalCap | None:
    """A cap that is a parameter of the factory: its default, and what the factory adds to it before its defs
    (`if is_method: allowed_positional += 1`); None when anything else binds it."""
    defaults = _defaults(node)
    if name not in defaults:
        return None
    default = defaults[name]
    steps: list[tuple[str, bool, int]] = []
    for stmt in node.body:
        step = _increment(stmt, name, defaults)
        if step is not None:
            steps.append(step)
        elif _binds(stmt, name):
            return None
    return (name, default if type(default) is int else None, tuple(steps))


def _defaults(node: _FunctionDef) -> dict[str, object]:
    """Each parameter's literal default (`...` when it has none, None when it is not a literal)."""
    args = node.args
    positional = [*args.posonlyargs, *args.args]
    found: dict[str, object] = {a.arg: ... for a in (*positional, *args.kwonlyargs)}
    for arg, default in zip(positional[len(positional) - len(args.defaults) :], args.defaults, strict=True):
        found[arg.arg] = default.value if isinstance(default, ast.Constant) else None
    for arg, kw_default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        if kw_default is not None:
            found[arg.arg] = kw_default.value if isinstance(kw_default, ast.Constant) else None
    return found


def _increment(stmt: ast.stmt, name: str, defaults: dict[str, object]) -> tuple[str, bool, int] | None:
    """`name += n` as ("", True, n), `if flag: name += n` (a parameter's test) as (flag, its default's truth, n)."""
    flag = ""
    if isinstance(stmt, ast.If) and not stmt.orelse and len(stmt.body) == 1 and isinstance(stmt.test, ast.Name):
        flag, stmt = stmt.test.id, stmt.body[0]
        if flag not in defaults or defaults[flag] in (..., None):
            return None
    if (
        isinstance(stmt, ast.AugAssign)
        and isinstance(stmt.op, ast.Add)
        and isinstance(stmt.target, ast.Name)
        and stmt.target.id == name
        and isinstance(stmt.value, ast.Constant)
        and type(stmt.value.value) is int
    ):
        return (flag, bool(defaults[flag]) if flag else True, stmt.value.value)
    return None


def _binds(stmt: ast.stmt, name: str) -> bool:
    """The statement (not a nested def's) assigns the name."""
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return False
    return any(isinstance(sub, ast.Name) and sub.id == name and isinstance(sub.ctx, ast.Store) for sub in walk(stmt))


MAX_NAMING_WALK = 2048
"""Nodes of a wrapper walked for the literal list its positional arguments are named by (see `positional_names`)."""


def positional_names(node: _FunctionDef, text: bytes) -> tuple[str, ...]:
    """The literal list of names a decorator's `wraps` wrapper of `(*args, **kwargs)` turns its positional arguments
    into keywords by, with a warning (scikit-image 0.24's `_rename_image_params`: `for i, (value, param) in
    enumerate(zip(args, ["image0", "image1", "method", "n_tiles"])): if i >= 2: warnings.warn(...)`, then
    `kwargs[param] = value`): over a function whose parameters are those names in that order, calls still pass its
    keyword-only ones by position (see `CallableFacts.positional_names`). Read only from a body spelling `zip(`, a
    warning and `wraps`; empty otherwise."""
    if b"zip(" not in text or b"warn" not in text or not (b"wraps" in text or b"update_wrapper" in text):
        return ()
    for wrapper in _nested_defs(node):
        args = wrapper.args
        if args.vararg is None or args.kwarg is None or args.args or args.posonlyargs:
            continue
        names = _zipped_names(wrapper, args.vararg.arg, args.kwarg.arg)
        if names and _warns(wrapper.body):
            return names
    return ()


def _zipped_names(wrapper: _FunctionDef, varargs: str, kwargs: str) -> tuple[str, ...]:
    """The string literals `zip(args, [...])` pairs the positional arguments with, when the body also stores into
    `kwargs[...]` by a name (the keyword each becomes); empty otherwise."""
    names: tuple[str, ...] = ()
    stores = False
    for count, sub in enumerate(walk(wrapper)):
        if count > MAX_NAMING_WALK:
            return ()
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id == "zip" and len(sub.args) == 2:
            first, second = sub.args
            if isinstance(first, ast.Name) and first.id == varargs and isinstance(second, (ast.List, ast.Tuple)):
                items = [e.value for e in second.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
                if len(items) == len(second.elts) and all(item.isidentifier() for item in items):
                    names = tuple(items)
        elif isinstance(sub, ast.Assign) and any(_stores_by_name(target, kwargs) for target in sub.targets):
            stores = True
    return names if stores else ()


def _stores_by_name(target: ast.expr, kwargs: str) -> bool:
    """`kwargs[param] = ...`, the key a variable."""
    return (
        isinstance(target, ast.Subscript)
        and isinstance(target.value, ast.Name)
        and target.value.id == kwargs
        and isinstance(target.slice, ast.Name)
    )
