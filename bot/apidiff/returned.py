"""The builtin type an unannotated function certainly returns, read from its `return` statements.

PyJWT 1.7's `jwt.encode` had no return annotation, but every path of it ended in `return b".".join(segments)` (through
`super().encode(...)`): it returned bytes. 2.0 says `-> str`, and every caller doing `token.decode()` broke. Only
returns that leave no doubt count: a str or bytes literal, an f-string, a method of a literal that returns the
literal's type (`b".".join(...)`, `"{}".format(...)`), `%` formatting or `+` on a literal; or the result of the same
method of the next class in the order (`return super().encode(...)`, followed when the surface is built). One return
of another kind, a body that can end without a `return` (an implicit None), and anything else: unknown. A body whose
every `return` gives None (`return None`, a bare `return`) returns "None"; one whose every `return` gives a function
built by a `lambda` (directly, or through a name the body assigns only lambdas: reportlab 4.0's `drawBoundary`
getter caches `self._drawBoundary = lambda sb, x, y, w, h: ...`) returns "Callable"."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from bot.apidiff.source import dotted_name

NONE = "None"
"""Every `return` gives None, whatever the annotation says."""
SUPER = "super()"
"""Every return hands back what the same-named method of the next class in the order returns."""
CALLABLE = "Callable"
"""Every return gives a function a `lambda` built: what readers of a property so returning do is call it."""
HELD = "a value it holds"
"""Every return gives the instance or an attribute read on it (mongoengine 0.27's `no_dereference.__enter__` ended
in `return self.cls`), or a literal other than None: a value callers use (`with no_dereference(User) as U:`)."""
NOTHING = "nothing"
"""No `return`, `yield` nor `raise` in a body that is no placeholder: every call returns None (`gives_nothing`)."""

_SAME_TYPE_METHODS = frozenset(
    {
        "join", "format", "replace", "strip", "lstrip", "rstrip", "lower", "upper", "title", "capitalize",
        "casefold", "swapcase", "center", "ljust", "rjust", "zfill", "expandtabs", "removeprefix", "removesuffix",
    }
)  # fmt: skip
"""Methods of `str` and `bytes` returning their own type (`bytes.format` does not exist: it raises, never returns)."""

_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def returned_type(node: ast.FunctionDef | ast.AsyncFunctionDef, lambdas: bool = False) -> str | None:
    """ "str", "bytes", `NONE`, `SUPER` or `CALLABLE` when every `return` of the body (its own, not a nested def's)
    gives that, and the body ends in a `return`; None otherwise. The last statement is looked at first: most bodies
    stop there. `lambdas`: the body's text spells `lambda` (else no return gives one)."""
    if not node.body or not isinstance(node.body[-1], ast.Return):
        return None
    kind = _return_kind(node.body[-1].value, node, lambdas)
    if kind is None:
        return None
    for stmt in _statements(node.body[:-1]):
        if isinstance(stmt, ast.Return) and _return_kind(stmt.value, node, lambdas) != kind:
            return None
    return kind


def _return_kind(value: ast.expr | None, node: ast.FunctionDef | ast.AsyncFunctionDef, lambdas: bool) -> str | None:
    """What one `return` gives: a lambda the body built first (reportlab 4.0's `return self._drawBoundary`, which it
    assigns only lambdas, hands back a function, not merely a value it holds)."""
    if lambdas and _lambda_made(value, node.body):
        return CALLABLE
    return _kind(value, node.name)


def _lambda_made(value: ast.expr | None, body: list[ast.stmt]) -> bool:
    """`value` is a `lambda`, or a name (`self._drawBoundary`) the body assigns, and assigns only lambdas."""
    if isinstance(value, ast.Lambda):
        return True
    target = dotted_name(value) if value is not None else None
    if target is None:
        return False
    assigned = [
        stmt.value
        for stmt in _statements(body)
        if isinstance(stmt, (ast.Assign, ast.AnnAssign))
        and any(dotted_name(t) == target for t in (stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]))
    ]
    return bool(assigned) and all(isinstance(made, ast.Lambda) for made in assigned)


BUILT_EITHER = "|"
"""Joins the names a factory's returns call when they are several (see `constructed`)."""


def constructed(node: ast.FunctionDef | ast.AsyncFunctionDef) -> str | None:
    """The dotted name every `return` of the body calls (`return _Session(url, timeout)`: a factory of what it names),
    the body ending in a `return`, or in an `if` whose arms all do; None otherwise. Returns calling several names give
    them sorted, joined by `BUILT_EITHER` (satpy 0.60's `NWCSAFGEOHRWFileHandler(...)` returns one of two handler
    classes by the file's version)."""
    if not _ends_in_return(node.body):
        return None
    names: set[str] = set()
    for stmt in _statements(node.body):
        if isinstance(stmt, ast.Return):
            name = _called(stmt.value)
            if name is None:
                return None
            names.add(name)
    return BUILT_EITHER.join(sorted(names))


def _ends_in_return(body: list[ast.stmt]) -> bool:
    """The block's last statement is a `return`, or an `if` with an `else` both arms of which end so."""
    last = body[-1] if body else None
    if isinstance(last, ast.If):
        return _ends_in_return(last.body) and _ends_in_return(last.orelse)
    return isinstance(last, ast.Return)


def _called(value: ast.expr | None) -> str | None:
    return dotted_name(value.func) if isinstance(value, ast.Call) else None


def gives_nothing(node: ast.FunctionDef | ast.AsyncFunctionDef, text: bytes) -> bool:
    """Every call returns None: the text spells no `return`, `yield` nor `raise` (a body ending in one of those, or
    any nested def, is left unknown) and the body does more than a placeholder's docstring, `pass` or `...` (mongoengine
    0.28's `no_dereference.__enter__` only registers the class: `with no_dereference(User) as U:` binds None)."""
    if b"return" in text or b"yield" in text or b"raise" in text:
        return False
    return any(not _placeholder(stmt) for stmt in node.body)


def _placeholder(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Pass) or (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant))


def _kind(value: ast.expr | None, name: str) -> str | None:
    if value is None or (isinstance(value, ast.Constant) and value.value is None):
        return NONE
    if isinstance(value, ast.Constant) and isinstance(value.value, (str, bytes)):
        return type(value.value).__name__
    if isinstance(value, (ast.Constant, ast.Dict, ast.List, ast.Tuple, ast.Set)) or _read_on_self(value):
        return HELD
    if isinstance(value, ast.JoinedStr):
        return "str"
    if isinstance(value, ast.BinOp) and isinstance(value.op, (ast.Mod, ast.Add)):
        return _literal_kind(value.left)
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute):
        func = value.func
        if func.attr in _SAME_TYPE_METHODS:
            return _literal_kind(func.value)
        if func.attr == name and isinstance(func.value, ast.Call) and _is_super(func.value):
            return SUPER
    return None


def _read_on_self(value: ast.expr) -> bool:
    """`self`, or an attribute read on it (`self.cls`, `self._conn.cursor`)."""
    while isinstance(value, ast.Attribute):
        value = value.value
    return isinstance(value, ast.Name) and value.id == "self"


def _literal_kind(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)):
        return type(node.value).__name__
    return "str" if isinstance(node, ast.JoinedStr) else None


def _is_super(call: ast.Call) -> bool:
    return isinstance(call.func, ast.Name) and call.func.id == "super"


def _statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Every statement of a body at any depth of blocks, nested defs and classes excluded."""
    stack = list(body)
    while stack:
        stmt = stack.pop()
        if isinstance(stmt, _SCOPES):
            continue
        yield stmt
        for field in ("body", "orelse", "finalbody"):
            stack.extend(getattr(stmt, field, ()))
        if isinstance(stmt, (ast.Try, ast.TryStar)):
            for handler in stmt.handlers:
                stack.extend(handler.body)
        elif isinstance(stmt, ast.Match):
            for case in stmt.cases:
                stack.extend(case.body)
