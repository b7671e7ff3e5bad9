"""Decorators that deprecate what they decorate: the markers by name (`@deprecated`, `@deprecate(...)`), and a
package's own factories of them (tcod 19's `@pending_deprecate()`, a def whose body returns `deprecate(message,
category=PendingDeprecationWarning)`): over a def, the factory's call deprecates it as the marker would. Also the
parameters a def marks deprecated by their default (`scale=deprecated`)."""

from __future__ import annotations

import ast
import re

from bot.apidiff.returned import constructed
from bot.apidiff.source import defaults_of, literal_text

DEPRECATED_DECORATORS = frozenset(
    {"deprecated", "deprecation.deprecated", "typing_extensions.deprecated", "warnings.deprecated"}
)

_MARKED = re.compile(
    r"deprecated?(?:_?(?:property|function|func|method|class|callable))?(?:_(?:with_version|since))?", re.I
)
"""The last name of a decorator deprecating what it decorates, spelled alone, as the verb (exchange-calendars 4's own
`@deprecate("4.0.3", "Renamed as `bound_min`.")`, numpy's `@deprecate(message=...)`) or with the kind of thing it
decorates (`deprecatedProperty`, passlib's `deprecated_function` / `deprecated_method`), either saying when
(nibabel's `@deprecate_with_version(message, since, until)`); never one naming a part of it
(`deprecated_alias`, `deprecated_kwarg`, `deprecate_kwarg`, `deprecated_args`: a parameter is deprecated, not the
callable)."""

_MESSAGE_KEYWORDS = ("message", "msg", "reason", "details")


def is_deprecated_marker(name: str) -> bool:
    """`@deprecated` by any qualified name (typing_extensions, `deprecation`, SQLAlchemy's `util.deprecated`,
    matplotlib's `_api.deprecated`, a package's own `_deprecated`), or named for the kind of thing it deprecates
    (Twisted's `@deprecatedProperty(Version(...))`, passlib 1.7's `@deprecated_function(deprecated="1.7", ...)`): see
    `_MARKED`."""
    last = name.rsplit(".", 1)[-1].lstrip("_")
    return name in DEPRECATED_DECORATORS or _MARKED.fullmatch(last) is not None


def made_marker(node: ast.FunctionDef | ast.AsyncFunctionDef) -> str | None:
    """For a def every `return` of which calls a deprecation marker (the body ending in one): the message that call
    passes, a literal or a parameter's literal default ("deprecated" when it passes none that is known); None for
    any other def. Called with no arguments to decorate a def, such a factory deprecates it."""
    called = constructed(node)
    if called is None or not is_deprecated_marker(called) or isinstance(node, ast.AsyncFunctionDef):
        return None
    returned = node.body[-1]
    assert isinstance(returned, ast.Return) and isinstance(returned.value, ast.Call)  # what `constructed` read
    call = returned.value
    given = [*call.args[:1], *(k.value for k in call.keywords if k.arg in _MESSAGE_KEYWORDS)]
    defaults = defaults_of(node.args)
    for value in given:
        text = literal_text(value)
        if text is None and isinstance(value, ast.Name) and value.id in defaults:
            text = literal_text(defaults[value.id])
        if text:
            return text
    return "deprecated"


_SENTINEL = re.compile(r"_*deprecated_*", re.I)
"""A default's name saying the parameter is kept only to be noticed when passed (`deprecated`, `_DEPRECATED`)."""


def sentinel_deprecated(arguments: ast.arguments) -> tuple[str, ...]:
    """The parameters defaulting to a value named "deprecated", which nobody passes: seaborn 0.13's
    `pointplot(..., scale=deprecated)` (a `Deprecated()` its body tests with `is not deprecated` to warn),
    imbalanced-learn 0.12's `NeighbourhoodCleaningRule(kind_sel="deprecated")` (scikit-learn's convention, the
    warning fired later in `fit`). A dotted default counts only by a lower-case last name: `Status.DEPRECATED` is
    an enum member, a value a caller may mean."""
    return tuple(name for name, default in defaults_of(arguments).items() if _is_sentinel(default))


def _is_sentinel(default: ast.expr) -> bool:
    if isinstance(default, ast.Constant):
        return default.value == "deprecated"
    if isinstance(default, ast.Name):
        return _SENTINEL.fullmatch(default.id) is not None
    return (
        isinstance(default, ast.Attribute) and default.attr.islower() and _SENTINEL.fullmatch(default.attr) is not None
    )
