"""Config keys a module reads only under a warning: flask 2.2's `ensure_ascii = self._app.config["JSON_AS_ASCII"]`
then `if ensure_ascii is not None: warnings.warn("The 'JSON_AS_ASCII' config key is deprecated ...")`, or a read
inside a function that warns whatever it is given; either warning naming the key. A key every read of which warns
(when the deprecation check of the surface agrees) is a deprecated key: applications setting it are told to stop,
and a release that stops reading it removes a deprecated key."""

from __future__ import annotations

import ast
import re
from bisect import bisect_left
from collections.abc import Iterator

from bot.apidiff.deprecation import Warn, body_warns, extract_hint

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef


_BLOCK_FIELDS = ("body", "orelse", "finalbody", "handlers", "cases")
"""The fields of a statement holding statements (an `except` handler's and a `case`'s bodies through them)."""


def _statements(body: list[ast.stmt], lines: list[int] | None = None) -> Iterator[ast.AST]:
    """Every statement of a body, in blocks, classes and defs too (no expression is walked); with `lines` (sorted),
    only those spanning one of them and what they hold."""
    pending: list[ast.AST] = list(body)
    while pending:
        stmt = pending.pop()
        if lines is not None:
            start = getattr(stmt, "lineno", None)
            if start is not None:
                index = bisect_left(lines, start)
                if index == len(lines) or lines[index] > (getattr(stmt, "end_lineno", None) or start):
                    continue
        yield stmt
        for field in _BLOCK_FIELDS:
            inner = getattr(stmt, field, None)
            if isinstance(inner, list):
                pending.extend(s for s in inner if isinstance(s, (ast.stmt, ast.ExceptHandler, ast.match_case)))


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _set_tests(test: ast.expr) -> Iterator[tuple[ast.expr, bool]]:
    """(subject, True) when the `if` body runs only with the subject set (`x`, `x is not None`, `"K" in config`,
    one side of an `and`), (subject, False) when the `else` does (`not x`, `x is None`, `"K" not in config`)."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        for value in test.values:
            yield from ((s, positive) for s, positive in _set_tests(value) if positive)
    elif isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        yield test.operand, False
    elif isinstance(test, ast.Compare) and len(test.ops) == 1:
        op, right = test.ops[0], test.comparators[0]
        if isinstance(op, (ast.IsNot, ast.NotEq)) and _is_none(right):
            yield test.left, True
        elif isinstance(op, (ast.Is, ast.Eq)) and _is_none(right):
            yield test.left, False
        elif isinstance(op, (ast.In, ast.NotIn)):
            yield test, isinstance(op, ast.In)  # the membership test is itself the read
    else:
        yield test, True


def _names_key(warn: Warn, key: str) -> bool:
    """The message is about the key: it names it, and not in its advice (flask 2.2's deprecated
    `app.session_cookie_name` says "Use 'SESSION_COOKIE_NAME' in 'app.config' instead": the key is what to use)."""
    return key in warn.message and key not in (extract_hint(warn.message) or "")


def _warned_in(func: _FunctionDef, reads: dict[int, str]) -> dict[int, Warn]:
    """The reads (node id -> key) of the def that run only under a warning about the key: an `if` tests them
    (directly, or through the variable a read was assigned to) and its branch taken when the key is set warns; or
    the def warns whatever it is given. A warning naming something else (`if debug: warn("X is deprecated")`) says
    nothing of the key."""
    always = body_warns(func.body, frozenset())
    if always:
        return {read: always[0] for read, key in reads.items() if _names_key(always[0], key)}
    held: dict[str, set[int]] = {}
    branches: list[ast.If] = []
    for node in _statements(func.body):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            if id(node.value) in reads:
                held.setdefault(node.targets[0].id, set()).add(id(node.value))
        elif isinstance(node, ast.If):
            branches.append(node)
    warned: dict[int, Warn] = {}
    for branch in branches:
        for subject, positive in _set_tests(branch.test):
            warns = body_warns(branch.body if positive else branch.orelse, frozenset())
            if not warns:
                continue
            named = held.get(subject.id, set()) if isinstance(subject, ast.Name) else set()
            for read in named | ({id(subject)} & reads.keys()):
                if _names_key(warns[0], reads[read]):
                    warned.setdefault(read, warns[0])
    return warned


def warned_keys(tree: ast.Module, reads: list[tuple[str, ast.expr]]) -> tuple[dict[str, tuple[Warn, int]], set[str]]:
    """(key -> (the warning, the line of a read) for the keys of `reads` (key, the expression reading it) that every
    read warns on, the keys some read does not warn on)."""
    by_line = sorted({node.lineno for _, node in reads})
    spans = [
        (func, func.lineno, func.end_lineno or func.lineno)
        for func in _statements(tree.body, by_line)
        if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef))
    ]
    inner: dict[int, _FunctionDef] = {}  # read -> the innermost def holding it
    for _, node in reads:
        holders = [(start, func) for func, start, end in spans if start <= node.lineno <= end]
        if holders:
            inner[id(node)] = max(holders, key=lambda pair: pair[0])[1]
    warned: dict[int, Warn] = {}
    keys = {id(node): key for key, node in reads}
    for func in {id(f): f for f in inner.values()}.values():
        warned.update(_warned_in(func, {read: keys[read] for read, holder in inner.items() if holder is func}))
    found: dict[str, tuple[Warn, int]] = {}
    unwarned: set[str] = set()
    for key, node in reads:
        if id(node) in warned:
            found.setdefault(key, (warned[id(node)], node.lineno))
        else:
            unwarned.add(key)
    return {key: warn for key, warn in found.items() if key not in unwarned}, unwarned


_REMOVED = re.compile(
    r"\b(?:has|have)\s+been\s+(?:removed|dropped)\b|\b(?:was|were|is|are)\s+(?:removed|dropped)\b"
    r"|\bno\s+longer\s+(?:supported|used|read|exists?|available|has\s+any\s+effect)\b",
    re.IGNORECASE,
)
"""How a message says a setting is gone ("The CORS_REPLACE_HTTPS_REFERER setting has been removed")."""
REMOVAL_WORDS = (b"removed", b"dropped", b"no longer")
"""The gate of `refusals`: a module saying none of these refuses no key."""


def _branch_text(body: list[ast.stmt]) -> str:
    """Every string literal of a branch (the pieces of an f-string too), joined: the message it raises or reports."""
    return " ".join(
        node.value
        for stmt in body
        for node in ast.walk(stmt)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def refusals(tree: ast.Module, lines: list[int]) -> dict[int, str]:
    """(id of what an `if` on one of `lines` tests -> the text of its branch taken when that is set) where the branch
    says something is removed: django-cors-headers 4's system check `if hasattr(settings,
    "CORS_REPLACE_HTTPS_REFERER"): errors.append(Error("The CORS_REPLACE_HTTPS_REFERER setting has been removed"))`
    looks the setting up only to refuse it, which is no read of it (see `refuses`)."""
    found: dict[int, str] = {}
    for stmt in _statements(tree.body, lines):
        if isinstance(stmt, ast.If):
            for subject, positive in _set_tests(stmt.test):
                text = _branch_text(stmt.body if positive else stmt.orelse)
                if _REMOVED.search(text):
                    found[id(subject)] = text
    return found


def refuses(text: str, key: str) -> bool:
    """The branch text of `refusals` is about the key: it names it, and not only in its advice ("X was removed, use
    KEY instead" still reads KEY)."""
    return key in text and key not in (extract_hint(text) or "")
