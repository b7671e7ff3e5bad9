"""Whether a test of a package's version holds at one release: `parse(flask.__version__) >= parse("2.2.0")`,
`flask.__version__ < "2.2"`, `FLASK_VERSION >= (2, 2)`, `not ...`, `... and ...`; None when it cannot tell."""

from __future__ import annotations

import ast
import operator
from collections.abc import Callable
from typing import Any

from packaging.version import InvalidVersion, Version

_COMPARE: dict[type[ast.cmpop], Callable[[Any, Any], bool]] = {
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
}
_PARSERS = frozenset({"parse", "Version", "LooseVersion", "StrictVersion", "parse_version"})


def release_truth(test: ast.expr, release: Version, names_version: Callable[[ast.expr], bool]) -> bool | None:
    """The value of `test` at `release`, where `names_version` tells the expressions that read the package's own
    version; None unless every part that decides it compares such a read with a literal version."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        inner = release_truth(test.operand, release, names_version)
        return None if inner is None else not inner
    if isinstance(test, ast.BoolOp):
        values = [release_truth(value, release, names_version) for value in test.values]
        if isinstance(test.op, ast.And):
            return False if False in values else True if all(value is True for value in values) else None
        return True if True in values else False if all(value is False for value in values) else None
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and type(test.ops[0]) in _COMPARE):
        return None
    compare = _COMPARE[type(test.ops[0])]
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
