"""Whether a call's literal argument makes a parameter's deprecation warning fire: `verbose=False` never meets the
`if verbose:` the warning is raised under, `x=None` never meets `if x is not None:` (see
`deprecation.parameter_conditions`). Only literals are read; a value computed at run time may warn."""

from __future__ import annotations

import ast
from functools import lru_cache, partial

from bot.apidiff.truth import COMPARISONS, combined
from bot.changes import SignatureDelta

_NOT_A_LITERAL = object()


def never_warns(delta: SignatureDelta, name: str, passed: ast.expr) -> bool:
    """The deprecated parameter `name` is warned about only under conditions (`delta.deprecated_when`), and the
    literal `passed` meets none of them."""
    conditions = [condition for parameter, condition in delta.deprecated_when if parameter == name]
    value = _literal(passed)
    if not conditions or value is _NOT_A_LITERAL:
        return False
    return all(_value(_parsed(condition), name, value) is False for condition in conditions)


def _literal(node: ast.expr) -> object:
    """The value of a literal argument (`False`, `None`, `0`, `""`, `[]`), else `_NOT_A_LITERAL`."""
    if not isinstance(node, (ast.Constant, ast.List, ast.Tuple, ast.Dict, ast.Set, ast.UnaryOp)):
        return _NOT_A_LITERAL
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return _NOT_A_LITERAL


@lru_cache(maxsize=1024)
def _parsed(condition: str) -> ast.expr:
    return ast.parse(condition, mode="eval").body


def _value(test: ast.expr, name: str, value: object) -> bool | None:
    """The test's value when `name` holds `value`; None when it reads anything else (another parameter, a call)."""
    return combined(test, partial(_part_value, name=name, value=value))


def _part_value(test: ast.expr, name: str, value: object) -> bool | None:
    if isinstance(test, ast.Name):
        return bool(value) if test.id == name else None
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        return _compared(test.left, test.ops[0], test.comparators[0], name, value)
    return None


def _compared(left: ast.expr, op: ast.cmpop, right: ast.expr, name: str, value: object) -> bool | None:
    """`name <op> literal`: `is`/`is not` only against None, True or False (the only literals of one identity)."""
    if not (isinstance(left, ast.Name) and left.id == name):
        return None
    other = _literal(right)
    if other is _NOT_A_LITERAL:
        return None  # a sentinel (`x is not _missing`): a literal may be it (`_missing = None`)
    if isinstance(op, (ast.Is, ast.IsNot)):
        if not (other is None or isinstance(other, bool)):
            return None
        return (value is other) is isinstance(op, ast.Is)
    try:
        if isinstance(op, (ast.In, ast.NotIn)) and isinstance(other, (tuple, list, set, frozenset)):
            return (value in other) is isinstance(op, ast.In)
        compare = COMPARISONS.get(type(op))
        return None if compare is None else bool(compare(value, other))
    except TypeError:  # `None < 3` raises: the call fails, not quietly
        return None
