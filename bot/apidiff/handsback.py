"""Whether a def hands back the function it is given, on every path the body may take with it: a decorator that
edits the function (its `__doc__`, an attribute) and returns it keeps its signature. Read by following the body's
branches with the argument known to be a function (truthy, not None, an instance of no type the test names), not by
finding one `return f` line: natsort 5.5's `_modify_str_or_docstring` makes a wrapper that returns a formatted
string when handed one (`isinstance(func_or_str, py23_basestring)`) and the function otherwise."""

from __future__ import annotations

import ast

from bot.apidiff.source import contains, dotted_name

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef

_ARG = "arg"
_NONE = "none"
_OTHER = "other"
"""What a local name holds: the function handed in, None, or anything else."""

_MAX_PATHS = 32
"""Bodies branching more are not followed (a decorator's wrapper branches a few times)."""

_Env = dict[str, str]


class _Unknown(Exception):
    """A statement the reading does not follow (a loop, a `try`, a nested def): no claim."""


def hands_back(node: _FunctionDef) -> tuple[str, ...] | None:
    """The dotted names of the types an `isinstance(arg, T)` test of the body is taken to fail for when every path
    hands back the def's first parameter (empty when the body tests none), or None when some path may hand back
    anything else, fall off its end, or the body does what is not followed. The types named are the caller's to
    check: a function is an instance of none of `str`, `bytes`, ... but is one of `object`."""
    params = [*node.args.posonlyargs, *node.args.args]
    if not params:
        return None
    tested: list[str] = []
    try:
        returned = _run(node.body, {params[0].arg: _ARG}, tested, [0])
    except _Unknown:
        return None
    if not returned or any(value != _ARG for value in returned):
        return None
    return tuple(dict.fromkeys(tested))


def _run(body: list[ast.stmt], env: _Env, tested: list[str], paths: list[int]) -> list[str]:
    """What the statements hand back on each path through them; a path falling off the end hands back None."""
    for index, stmt in enumerate(body):
        if isinstance(stmt, ast.Return):
            return [_value(stmt.value, env) if stmt.value is not None else _NONE]
        if isinstance(stmt, ast.Raise):
            return []
        if isinstance(stmt, ast.If):
            return _branch(stmt, body[index + 1 :], env, tested, paths)
        _bind(stmt, env)
    return [_NONE]


def _branch(stmt: ast.If, rest: list[ast.stmt], env: _Env, tested: list[str], paths: list[int]) -> list[str]:
    """The paths through an `if` and the statements after it: one branch when the test is decided for the
    function, both otherwise."""
    truth = _truth(stmt.test, env, tested)
    branches = [stmt.body] if truth is True else [stmt.orelse] if truth is False else [stmt.body, stmt.orelse]
    paths[0] += len(branches) - 1
    if paths[0] > _MAX_PATHS:
        raise _Unknown
    return [value for taken in branches for value in _run([*taken, *rest], dict(env), tested, paths)]


def _bind(stmt: ast.stmt, env: _Env) -> None:
    """Records what a statement binds to local names; a statement that may bind one in a way not followed raises
    `_Unknown`. Stores into attributes and items leave the names holding the same objects."""
    if isinstance(stmt, (ast.Expr, ast.Pass, ast.Assert)):
        _no_rebinding(stmt)
        return
    if isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign)) and stmt.value is not None:
        _no_rebinding(stmt)
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
        plain = isinstance(stmt, ast.Assign) or isinstance(stmt, ast.AnnAssign)
        value = _value(stmt.value, env) if plain else _OTHER
        for target in targets:
            for name in _names_bound(target):
                env[name] = value if isinstance(target, ast.Name) else _OTHER
        return
    raise _Unknown


def _names_bound(target: ast.expr) -> list[str]:
    """The local names an assignment target rebinds (none for `f.__doc__ = ...` or `d[k] = ...`)."""
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, (ast.Tuple, ast.List)):
        return [name for element in target.elts for name in _names_bound(element)]
    if isinstance(target, ast.Starred):
        return _names_bound(target.value)
    return []


def _no_rebinding(node: ast.AST) -> None:
    """`(f := other)` inside an expression rebinds a name: not followed."""
    if contains(node, (ast.NamedExpr,)):
        raise _Unknown


def _value(expr: ast.expr, env: _Env) -> str:
    if isinstance(expr, ast.Name):
        return env.get(expr.id, _OTHER)
    if isinstance(expr, ast.Constant) and expr.value is None:
        return _NONE
    return _OTHER


def _truth(test: ast.expr, env: _Env, tested: list[str]) -> bool | None:
    """The test's truth on the path, the argument being a function; None when it may go either way."""
    _no_rebinding(test)
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        inner = _truth(test.operand, env, tested)
        return None if inner is None else not inner
    if isinstance(test, ast.Name):
        held = env.get(test.id, _OTHER)
        return True if held == _ARG else False if held == _NONE else None
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Is, ast.IsNot)):
        return _none_test(test, env)
    if isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and len(test.args) >= 1 and not test.keywords:
        if _value(test.args[0], env) != _ARG:
            return None
        if test.func.id == "callable" and len(test.args) == 1:
            return True
        if test.func.id == "isinstance" and len(test.args) == 2 and (types := _type_names(test.args[1])):
            tested.extend(types)
            return False
    return None


def _none_test(test: ast.Compare, env: _Env) -> bool | None:
    """`x is None` / `x is not None` for a name known to hold the function or None."""
    sides = [test.left, test.comparators[0]]
    nones = [side for side in sides if isinstance(side, ast.Constant) and side.value is None]
    names = [side for side in sides if isinstance(side, ast.Name)]
    if len(nones) != 1 or len(names) != 1:
        return None
    held = env.get(names[0].id, _OTHER)
    if held == _OTHER:
        return None
    is_none = held == _NONE
    return is_none if isinstance(test.ops[0], ast.Is) else not is_none


def _type_names(expr: ast.expr) -> list[str]:
    """The dotted names `isinstance`'s second argument spells (a name or a tuple of names); none for anything else."""
    parts = expr.elts if isinstance(expr, ast.Tuple) else [expr]
    names = [dotted_name(part) for part in parts]
    return [name for name in names if name is not None] if all(names) else []
