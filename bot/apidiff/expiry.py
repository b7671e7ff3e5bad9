"""Deprecations that expire into errors: a deprecating decorator handed the version it lasts until (nibabel's
`@deprecate_with_version(message, since, until)`), whose own code raises instead of warning once the package's
version reaches it. Between the release still below that version and the one reaching it, the decorated callable
went from warning to raising on every call, with not a line of it changed."""

from __future__ import annotations

import ast
import re

from packaging.version import InvalidVersion, Version

from bot.apidiff.source import dotted_name, walk

UNTIL_NAMES = frozenset({"until", "removed_in", "remove_in", "removal_version", "end_version", "expires_in"})
"""The parameter names a deprecator is handed the version it stops warning at: nibabel's and dipy's `until`,
the `deprecation` package's `removed_in` (which only warns, see `expiry_params`), scikit-image's `end_version`."""


STRICT = "above"
"""The deprecator raises once the package's version is above the version handed (nibabel: `until` still warns)."""
REACHED = "reached"
"""It raises once the package's version reaches it (`version >= removed_in`)."""
SELF_METHOD = "self."
"""Leads a boundary read from a method of the deprecator's class the test hands the version to (see
`version_test`)."""
CALLED = "call:"
"""Leads a boundary read from a function the test hands the version to, by the name written (dipy's
`is_bad_version(until, version_comparator)`, a function of its module)."""


def expiry_params(node: ast.FunctionDef | ast.AsyncFunctionDef, method: bool) -> tuple[tuple[str, int, str], ...]:
    """(name, position among the arguments a caller hands, -1 when keyword-only; boundary) of each until-like
    parameter the def's code (its nested wrapper's included) tests to `raise`: an `if` whose test hands the parameter
    to a call or compares it (nibabel 5's `if until and self.is_bad_version(until): raise error_class(message)`) and
    whose body opens with `raise`. The boundary is `STRICT` or `REACHED` as the test says, "self.NAME" when a method
    of the class says (see `version_test`), "" when two tests differ. A deprecator testing the version only to word
    a warning (the `deprecation` package's `removed_in`, which picks `UnsupportedWarning`) has none."""
    positional = [*node.args.posonlyargs, *node.args.args][1 if method else 0 :]
    slots = {arg.arg: index for index, arg in enumerate(positional)}
    slots.update((arg.arg, -1) for arg in node.args.kwonlyargs)
    wanted = {name: slot for name, slot in slots.items() if name in UNTIL_NAMES}
    if not wanted:
        return ()
    raising: dict[str, str] = {}
    for found in walk(node):
        if isinstance(found, ast.If) and isinstance(found.body[0], ast.Raise):
            for name in wanted:
                boundary = _boundary(found.test, name)
                if boundary is not None:
                    raising[name] = boundary if raising.get(name, boundary) == boundary else ""
    return tuple((name, slot, raising[name]) for name, slot in wanted.items() if name in raising)


def _boundary(test: ast.expr, name: str) -> str | None:
    """How the test compares the version named: `STRICT`, `REACHED`, or "self.NAME" / "call:NAME" when it hands it
    first to a method of the class (`self.is_bad_version(until)`) or a function (`is_bad_version(until, cmp)`); None
    for any other test (whether it was given, its type): no claim."""
    for found in walk(test):
        if isinstance(found, ast.Compare) and len(found.ops) == 1:
            said = _compared(found.left, found.ops[0], found.comparators[0], name)
            if said is not None:
                return said
        if isinstance(found, ast.Call) and found.args and _is_name(found.args[0], name):
            func = found.func
            if isinstance(func, ast.Attribute) and _is_name(func.value, "self"):
                return SELF_METHOD + func.attr
            if isinstance(func, ast.Name):
                return CALLED + func.id
    return None


def _compared(left: ast.expr, op: ast.cmpop, right: ast.expr, name: str) -> str | None:
    """`until < version` (or `version > until`, either side maybe parsed: `Version(until)`) raises above it, `<=`
    once reached; a comparator's result, the `cmp` convention (`compare(until) == -1`: until is below), says the
    same; None for any other comparison."""
    number = _int_literal(right)
    if number is not None:
        if not (isinstance(left, ast.Call) and len(left.args) == 1 and _is_name(left.args[0], name)):
            return None
        if number == -1 and isinstance(op, ast.Eq) or number == 0 and isinstance(op, ast.Lt):
            return STRICT
        return REACHED if number == 0 and isinstance(op, ast.LtE) else None
    if not (_is_version(left, name) or _is_version(right, name)):
        return None
    flipped = _is_version(right, name)
    if isinstance(op, ast.Lt | ast.Gt):
        return STRICT if isinstance(op, ast.Gt if flipped else ast.Lt) else None
    if isinstance(op, ast.LtE | ast.GtE):
        return REACHED if isinstance(op, ast.GtE if flipped else ast.LtE) else None
    return None


def _int_literal(node: ast.expr) -> int | None:
    """The value of an int literal, negative ones included (`-1`)."""
    negative = isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub)
    value = node.operand if isinstance(node, ast.UnaryOp) and negative else node
    if isinstance(value, ast.Constant) and type(value.value) is int:
        return -value.value if negative else value.value
    return None


def version_test(node: ast.FunctionDef | ast.AsyncFunctionDef, method: bool) -> str:
    """For a def whose body returns a comparison of its first argument's version (nibabel's `is_bad_version(self,
    version_str)`: `return self.version_comparator(version_str) == -1`): `STRICT` or `REACHED`, else ""."""
    positional = [*node.args.posonlyargs, *node.args.args][1 if method else 0 :]
    body = [stmt for stmt in node.body if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant))]
    if not positional or len(body) != 1 or not isinstance(body[0], ast.Return) or body[0].value is None:
        return ""
    returned = body[0].value
    if not isinstance(returned, ast.Compare) or len(returned.ops) != 1:
        return ""
    return _compared(returned.left, returned.ops[0], returned.comparators[0], positional[0].arg) or ""


def deferred_to(boundary: str) -> str:
    """The name of the method ("self.NAME") or function ("NAME") a boundary defers to (see `_boundary`), else ""."""
    if boundary.startswith(SELF_METHOD):
        return boundary
    return boundary.removeprefix(CALLED) if boundary.startswith(CALLED) else ""


def _is_name(node: ast.expr, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name


def _is_version(node: ast.expr, name: str) -> bool:
    """The name, or the name parsed by a callable named for it (`Version(until)`, `version.parse(until)`,
    `parse_version(until)`; never `len(until)`)."""
    if isinstance(node, ast.Call) and len(node.args) == 1 and not node.keywords:
        called = dotted_name(node.func) or ""
        return _VERSION_PARSERS.search(called) is not None and _is_name(node.args[0], name)
    return _is_name(node, name)


_VERSION_PARSERS = re.compile(r"version|(?:^|\.)parse$", re.I)


def handed_until(arguments: tuple[tuple[int | str, str], ...], params: tuple[tuple[str, int, str], ...]) -> str:
    """The version literal a decorator's call hands one of the deprecator's until-like parameters, by position or
    keyword, and the boundary its code tests it by, as "VERSION BOUNDARY" ("" when none is a version literal)."""
    for name, slot, boundary in params:
        for where, text in arguments:
            if (where == name or where == slot) and _version(text) is not None:
                return f"{text} {boundary}"
    return ""


def expired(before: tuple[str, str] | None, after: tuple[str, str] | None, old_version: str, new_version: str) -> str:
    """Why every call now raises, when the old release's deprecator still warned at its version and the new one's
    raises at its version ("" otherwise), each "VERSION BOUNDARY" (see `handed_until`). A release equal to the
    version handed is decided by the boundary the deprecator's code tests (nibabel 5.0.0 still warns for
    `until='5.0'`, its `cmp_pkg_version` giving 0; 5.0.1 raises); an unknown boundary makes no claim."""
    if before is None or after is None:
        return ""
    old, new = _version(old_version), _version(new_version)
    was_text, _, was_boundary = before[1].partition(" ")
    now_text, _, now_boundary = after[1].partition(" ")
    was, now = _version(was_text), _version(now_text)
    if old is None or new is None or was is None or now is None or not (was_boundary and now_boundary):
        return ""
    warned = old < was or old == was and was_boundary == STRICT
    raises = now < new or now == new and now_boundary == REACHED
    if not (warned and raises):
        return ""
    above = "is above" if now_boundary == STRICT else "reaches"
    return (
        f"`@{after[0]}(...)` deprecates it until {now_text}, and raises instead of warning once the package's version "
        f"{above} that: every call now raises ({old_version} warned)"
    )


def _version(text: str) -> Version | None:
    try:
        return Version(text)
    except InvalidVersion:
        return None
