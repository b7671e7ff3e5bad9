"""Whether a test of a package's version holds at one release: `parse(flask.__version__) >= parse("2.2.0")`,
`flask.__version__ < "2.2"`, `FLASK_VERSION >= (2, 2)`, `not ...`, `... and ...`; None when it cannot tell."""

from __future__ import annotations

import ast
from collections.abc import Callable
from functools import partial

from packaging.version import InvalidVersion, Version

from bot.apidiff.truth import COMPARISONS, combined

_PARSERS = frozenset({"parse", "Version", "LooseVersion", "StrictVersion", "parse_version"})


def release_truth(test: ast.expr, release: Version, names_version: Callable[[ast.expr], bool]) -> bool | None:
    """The value of `test` at `release`, where `names_version` tells the expressions that read the package's own
    version; None unless every part that decides it compares such a read with a literal version."""
    return combined(test, partial(_compared, release=release, names_version=names_version))


def _compared(test: ast.expr, release: Version, names_version: Callable[[ast.expr], bool]) -> bool | None:
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and type(test.ops[0]) in COMPARISONS):
        return None
    compare = COMPARISONS[type(test.ops[0])]
    left, right = test.left, test.comparators[0]
    if names_version(left) and (bound := literal_version(right)) is not None:
        return compare(release, bound)
    if names_version(right) and (bound := literal_version(left)) is not None:
        return compare(bound, release)
    return None


def literal_version(node: ast.expr) -> Version | None:
    """A version spelled literally: `"2.2.0"`, `(2, 2)`, `parse("2.2.0")`, `Version("2.2")`."""
    if isinstance(node, ast.Call) and len(node.args) == 1 and not node.keywords:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        return literal_version(node.args[0]) if name in _PARSERS and _is_string(node.args[0]) else None
    if _is_string(node):
        text = str(node.value) if isinstance(node, ast.Constant) else ""
    elif isinstance(node, ast.Tuple) and node.elts and all(_is_int(element) for element in node.elts):
        text = ".".join(str(element.value) for element in node.elts if isinstance(element, ast.Constant))
    else:
        return None
    try:
        return Version(text)
    except InvalidVersion:
        return None


def _is_string(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _is_int(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and type(node.value) is int
