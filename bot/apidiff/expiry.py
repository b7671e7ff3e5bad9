"""Deprecations that expire into errors: a deprecating decorator handed the version it lasts until (nibabel's
`@deprecate_with_version(message, since, until)`), whose own code raises instead of warning once the package's
version reaches it. Between the release still below that version and the one reaching it, the decorated callable
went from warning to raising on every call, with not a line of it changed."""

from __future__ import annotations

import ast

from packaging.version import InvalidVersion, Version

from bot.apidiff.source import walk

UNTIL_NAMES = frozenset({"until", "removed_in", "remove_in", "removal_version", "end_version", "expires_in"})
"""The parameter names a deprecator is handed the version it stops warning at: nibabel's and dipy's `until`,
the `deprecation` package's `removed_in` (which only warns, see `expiry_params`), scikit-image's `end_version`."""


def expiry_params(node: ast.FunctionDef | ast.AsyncFunctionDef, method: bool) -> tuple[tuple[str, int], ...]:
    """(name, position among the arguments a caller hands, -1 when keyword-only) of each until-like parameter the
    def's code (its nested wrapper's included) tests to `raise`: an `if` whose test hands the parameter to a call or
    compares it (nibabel 5's `if until and self.is_bad_version(until): raise error_class(message)`) and whose body
    opens with `raise`. A deprecator testing it only to word a warning (the `deprecation` package's `removed_in`,
    which picks `UnsupportedWarning`) has none."""
    positional = [*node.args.posonlyargs, *node.args.args][1 if method else 0 :]
    slots = {arg.arg: index for index, arg in enumerate(positional)}
    slots.update((arg.arg, -1) for arg in node.args.kwonlyargs)
    wanted = {name: slot for name, slot in slots.items() if name in UNTIL_NAMES}
    if not wanted:
        return ()
    raising: set[str] = set()
    for found in walk(node):
        if isinstance(found, ast.If) and isinstance(found.body[0], ast.Raise):
            raising.update(name for name in wanted if _versions_tested(found.test, name))
    return tuple((name, slot) for name, slot in wanted.items() if name in raising)


def _versions_tested(test: ast.expr, name: str) -> bool:
    """The test hands the parameter to a call or compares it: a version test, not only whether it was given."""
    for found in walk(test):
        if isinstance(found, ast.Call) and any(_is_name(arg, name) for arg in found.args):
            return True
        if isinstance(found, ast.Compare) and any(_is_name(side, name) for side in (found.left, *found.comparators)):
            return True
    return False


def _is_name(node: ast.expr, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name


def handed_until(arguments: tuple[tuple[int | str, str], ...], params: tuple[tuple[str, int], ...]) -> str:
    """The version literal a decorator's call hands one of the deprecator's until-like parameters, by position or
    keyword ("" when none is a version literal)."""
    for name, slot in params:
        for where, text in arguments:
            if (where == name or where == slot) and _version(text) is not None:
                return text
    return ""


def expired(before: tuple[str, str] | None, after: tuple[str, str] | None, old_version: str, new_version: str) -> str:
    """Why every call now raises, when the old release's deprecator lasted past its version and the new one's is
    passed by its version ("" otherwise). Strictly on both sides: a release equal to `until` is read as neither, as
    deprecators differ there (nibabel 5.0.0 still warns for `until='5.0'`, its `cmp_pkg_version` giving 0)."""
    if before is None or after is None:
        return ""
    old, new = _version(old_version), _version(new_version)
    was, now = _version(before[1]), _version(after[1])
    if old is None or new is None or was is None or now is None or not (old < was and now < new):
        return ""
    return (
        f"`@{after[0]}(...)` deprecates it until {after[1]}, and raises instead of warning once the package's version "
        f"is above that: every call now raises ({old_version} warned)"
    )


def _version(text: str) -> Version | None:
    try:
        return Version(text)
    except InvalidVersion:
        return None
