"""Shapes of keys built at run time (config keys, environment variables): `SECURITY_*` of `f"SECURITY_{name}"`, and
whether a shape may build a given key."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable

_PERCENT_FIELD = re.compile(r"%[-#0 +]*\d*(?:\.\d+)?[a-zA-Z]")
_FORMAT_FIELD = re.compile(r"\{[^{}]*\}")
"""The fields `%` and `str.format` fill in: computed parts of a key."""


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def spelled_at_run_time(node: ast.expr) -> str | None:
    """The shape of a key built at run time, `*` for each part computed (`SECURITY_*` of `f"SECURITY_{name}"`,
    `"CACHE_" + name`, `"%s_URI" % prefix`, `"X_{}".format(name)`), when some part of it is literal."""
    parts: list[str | None]
    if isinstance(node, ast.JoinedStr):
        parts = [v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else None for v in node.values]
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        parts = [spelled_at_run_time(side) or _literal(side) for side in (node.left, node.right)]
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and (text := _literal(node.left)) is not None:
        parts = [_PERCENT_FIELD.sub("*", text)]
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
        and (text := _literal(node.func.value)) is not None
    ):
        parts = [_FORMAT_FIELD.sub("*", text)]
    else:
        return None
    shape = "".join("*" if part is None else part for part in parts)
    return shape if shape.strip("*") else None


def spelled_by(shapes: Iterable[str], key: str) -> bool:
    """A key a shape of `spelled_at_run_time` may build (`SECURITY_LOGIN_FORM` by `SECURITY_*`); `*` builds any."""
    return any(re.fullmatch(".*".join(map(re.escape, shape.split("*"))), key) for shape in shapes)
