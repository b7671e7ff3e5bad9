"""What a test of the running Python is on every Python 3 code runs on today: one reading for the surface (which
names a module binds) and for the usage finder (which uses never run).

`sys.version_info < (3,)`, `sys.hexversion < 0x03000000` and `PY2` are false on all of them, `sys.version_info >=
(3, 8)` true on all of them; `sys.version_info < (3, 10)` is true on some only, so a name bound under it is bound on
some supported Python 3 (both arms of such an `if` count), never a Python 2 shim.
"""

from __future__ import annotations

import ast
from functools import partial
from typing import Any

from bot.apidiff.source import dotted_name
from bot.apidiff.truth import COMPARISONS, combined

SUPPORTED_PYTHONS = tuple((3, minor, micro) for minor in range(8, 15) for micro in (0, 99))
"""Every Python a repository's code may run on today (first and last micro of each minor, so that `[:2] == (3, 9)` is
told apart from `>= (3, 9)`)."""
_PY2_FLAGS = frozenset({"PY2", "IS_PY2", "PYTHON2", "py2k"})
"""Flags true only on Python 2, by their last name (six's `PY2`, a `_compat.PY2`, SQLAlchemy's `util.py2k`)."""
_PY3_FLAGS = frozenset({"PY3", "IS_PY3", "PYTHON3", "py3k"})


def python_truth(test: ast.expr) -> bool | None:
    """The value of a test of the Python version (`sys.version_info` compared with a tuple, its `[0]`, `.major`,
    `[:2]`, a `PY2`/`PY3` flag, their `not`, `and`, `or`) on every supported Python; None when it differs between
    them or the test reads something else."""
    return _truth(test, False)


def reads_python_version(test: ast.expr) -> bool:
    """The test compares the running Python's version (`sys.version_info < (3, 10)`, `sys.hexversion >= ...`),
    whatever it decides."""
    for node in ast.walk(test):
        if isinstance(node, ast.Compare):
            subject = _version_read(node.left)[0]
            if _is_version_info(subject) or _is_hexversion(subject):
                return True
    return False


def condition_truth(test: ast.expr) -> bool | None:
    """`python_truth`, where `TYPE_CHECKING` (true only for type checkers) and a constant (`if False:`, `if 0:`)
    have their run-time value too."""
    return _truth(test, True)


def _truth(test: ast.expr, constants: bool) -> bool | None:
    return combined(test, partial(_part_truth, constants=constants))


def _part_truth(test: ast.expr, constants: bool) -> bool | None:
    if constants and isinstance(test, ast.Constant) and isinstance(test.value, (bool, int)):
        return bool(test.value)
    name = dotted_name(test) or ""
    last = name.rsplit(".", 1)[-1]
    if constants and last == "TYPE_CHECKING":
        return False
    if last in _PY2_FLAGS or last in _PY3_FLAGS:
        return last in _PY3_FLAGS
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and type(test.ops[0]) in COMPARISONS:
        return _version_compare(test.left, test.ops[0], test.comparators[0])
    return None


def _version_compare(left: ast.expr, op: ast.cmpop, right: ast.expr) -> bool | None:
    """`sys.version_info <op> (3, x)`, `sys.version_info[:2] <op> (3, x)`, `sys.version_info[0] <op> 3`,
    `sys.version_info.major <op> 3`, `sys.version_info.minor <op> 7`, `sys.hexversion <op> 0x030A0000` on every
    supported Python, None when they differ or the test is another."""
    subject, read = _version_read(left)
    pairs: list[tuple[Any, Any]]
    if (end := _version_text_end(left)) is not None and isinstance(right, ast.Constant):
        if type(right.value) not in (int, float):
            return None
        pairs = [(float(".".join(map(str, python))[:end]), right.value) for python in SUPPORTED_PYTHONS]
    elif _is_hexversion(subject) and isinstance(right, ast.Constant) and type(right.value) is int:
        pairs = [(_hexversion(python), right.value) for python in SUPPORTED_PYTHONS]
    elif not _is_version_info(subject):
        return None
    elif isinstance(read, int) and isinstance(right, ast.Constant) and isinstance(right.value, int):
        pairs = [(python[read], right.value) for python in SUPPORTED_PYTHONS]
    elif not isinstance(read, int) and isinstance(right, ast.Tuple) and right.elts:
        bound = tuple(e.value for e in right.elts if isinstance(e, ast.Constant) and isinstance(e.value, int))
        if len(bound) != len(right.elts):
            return None
        if read is not None:  # `[:2] == (3, 9)` compares the whole slice
            pairs = [(python[: read.stop], bound) for python in SUPPORTED_PYTHONS]
        elif len(bound) > len(SUPPORTED_PYTHONS[0]):
            return None
        else:  # the whole 5-tuple, longer than the bound: `(3, 11, 7, "final", 0) <= (3,)` is false (asn1crypto 0.24)
            pairs = [((*python, "final", 0), bound) for python in SUPPORTED_PYTHONS]
    else:
        return None
    compare = COMPARISONS[type(op)]
    results = {compare(python, value) for python, value in pairs}
    return results.pop() if len(results) == 1 else None


def _version_read(left: ast.expr) -> tuple[str, int | slice | None]:
    """What `left` reads of a version: its dotted subject, and an index (`[0]`, `.major`, `[1]`, `.minor`: every
    supported Python is a 3, so a minor alone is decided too), a slice's end (`[:2]`, as a slice) or None (the whole
    tuple)."""
    if isinstance(left, ast.Subscript):
        subject = dotted_name(left.value) or ""
        index = left.slice
        if isinstance(index, ast.Constant) and type(index.value) is int and index.value in (0, 1):
            return subject, index.value  # the major, or the minor of a Python 3
        if isinstance(index, ast.Slice) and index.step is None and _is_zero_or_none(index.lower):
            upper = index.upper
            if isinstance(upper, ast.Constant) and isinstance(upper.value, int) and upper.value > 0:
                return subject, slice(None, upper.value)
        return "", None
    subject = dotted_name(left) or ""
    for position, field in enumerate((".major", ".minor")):
        if subject.endswith(field):
            return subject.removesuffix(field), position
    return subject, None


def _version_text_end(left: ast.expr) -> int | None:
    """N of `float(sys.version[:N])` (natsort 5.5's `PY_VERSION`, "3.1" on Python 3.10 and later), else None."""
    if not (
        isinstance(left, ast.Call)
        and isinstance(left.func, ast.Name)
        and left.func.id == "float"
        and len(left.args) == 1
        and not left.keywords
        and isinstance(text := left.args[0], ast.Subscript)
        and dotted_name(text.value) in ("sys.version", "_sys.version")
        and isinstance(text.slice, ast.Slice)
        and text.slice.step is None
        and _is_zero_or_none(text.slice.lower)
        and isinstance(upper := text.slice.upper, ast.Constant)
        and type(upper.value) is int
        and upper.value > 0
    ):
        return None
    return upper.value


def _is_zero_or_none(node: ast.expr | None) -> bool:
    return node is None or isinstance(node, ast.Constant) and node.value == 0


def _is_hexversion(subject: str) -> bool:
    """`sys.hexversion`, or `hexversion` imported from sys (diskcache 4.1's `if sys.hexversion < 0x03000000:` binds
    its Python 2 shims, `memoize_func` among them: never bound on Python 3, so never removed)."""
    head, _, last = subject.rpartition(".")
    return last == "hexversion" and head in ("", "sys", "_sys")


def _hexversion(python: tuple[int, int, int]) -> int:
    """`sys.hexversion` of a final release."""
    major, minor, micro = python
    return major << 24 | minor << 16 | micro << 8 | 0xF0


def _is_version_info(subject: str) -> bool:
    """`sys.version_info`, or `version_info` imported from sys (not a package's `__version_info__`)."""
    head, _, last = subject.rpartition(".")
    return last == "version_info" and head in ("", "sys", "_sys")
