"""The truth of a test expression built with `not`, `and` and `or` from parts a reader decides: each part True,
False or None (unknown), so that `x and <unknown>` is False when `x` is, and unknown when `x` is True. One reading
for the tests of the running Python (`python_versions`), of a package's version (`usage.release_tests`) and of a
parameter's literal value (`usage.quiet`)."""

from __future__ import annotations

import ast
import operator
from collections.abc import Callable
from typing import Any

COMPARISONS: dict[type[ast.cmpop], Callable[[Any, Any], bool]] = {
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
}
"""The ordering and equality operators, by their syntax node type."""


def combined(test: ast.expr, part: Callable[[ast.expr], bool | None]) -> bool | None:
    """The value of `test`: its `not`, `and` and `or` evaluated over the values `part` gives what they combine."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        inner = combined(test.operand, part)
        return None if inner is None else not inner
    if isinstance(test, ast.BoolOp):
        values = [combined(value, part) for value in test.values]
        if isinstance(test.op, ast.And):
            return False if False in values else True if all(value is True for value in values) else None
        return True if True in values else False if all(value is False for value in values) else None
    return part(test)
