"""Flask-style configuration keys a module reads or defaults: `default_config = ImmutableDict({...})`,
`app.config.setdefault("SQLALCHEMY_...", ...)`, `app.config["KEY"]`, `config.get("KEY")`, `"KEY" in app.config`."""

from __future__ import annotations

import ast
import re
from bisect import bisect_right

from bot.apidiff.envvars import line_starts, nodes_on
from bot.apidiff.patterns import after_boundary
from bot.apidiff.source import dotted_name

_KEY = re.compile(r"^[A-Z][A-Z0-9_]{2,}$")
_READS = frozenset({"get", "setdefault", "pop"})
_ACCESS = (
    re.compile(rb"config\s*(?:\[|\.\s*(?:get|setdefault|pop)\s*\()"),
    re.compile(rb"default_config"),
    re.compile(after_boundary(b"in") + rb"\s+[\w.]*config\b"),
)
"""The ways a line reaches the config, each led by a literal word (see `patterns`): searched one by one, each skips
to its own word, where one pattern of three alternatives tries every byte that starts any of them."""


def _access_starts(data: bytes) -> list[int]:
    """Where the matches of `_ACCESS` start, as one pattern of the three alternatives finds them: left to right,
    none inside an earlier one (`in app.config[` is one match, at `in`). Two of them never start at one byte."""
    spans = sorted(match.span() for pattern in _ACCESS for match in pattern.finditer(data))
    found, end = [], 0
    for start, stop in spans:
        if start >= end:
            found.append(start)
            end = stop
    return found


def _key(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and _KEY.match(node.value):
        return node.value
    return None


def _is_config(node: ast.expr) -> bool:
    name = dotted_name(node)
    return name is not None and name.rsplit(".", 1)[-1] in ("config", "default_config")


def _dict_keys(value: ast.expr | None) -> list[tuple[str, int]]:
    """Upper-case keys of a dict literal, also wrapped in a call (`ImmutableDict({...})`, `dict(KEY=...)`)."""
    if isinstance(value, ast.Call):
        found = [(k.arg, value.lineno) for k in value.keywords if k.arg and _KEY.match(k.arg)]
        return found + [pair for arg in value.args for pair in _dict_keys(arg)]
    if isinstance(value, ast.Dict):
        return [(k, node.lineno) for node in value.keys if node is not None and (k := _key(node)) is not None]
    return []


def read_config_keys(
    tree: ast.Module, data: bytes, starts: list[int] | None = None
) -> tuple[dict[str, int], frozenset[str]]:
    """(key -> first line where the module defines its default, every key the module reads). A key the release
    defaults is its own (`default_config`, an extension's `setdefault`); a plain read may be another's (`TESTING`)."""
    found: dict[str, int] = {}
    reads: set[str] = set()
    if starts is None:
        starts = line_starts(data)
    lines = sorted({bisect_right(starts, start) for start in _access_starts(data)})
    for node in nodes_on(tree, lines):
        keys: list[tuple[str, int]] = []
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and _is_config(node.func.value):
            if node.func.attr in _READS and node.args and (key := _key(node.args[0])) is not None:
                reads.add(key)
                if node.func.attr == "setdefault":
                    keys.append((key, node.lineno))
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and _is_config(node.value):
            if (key := _key(node.slice)) is not None:
                reads.add(key)
        elif isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], (ast.In, ast.NotIn)):
            if _is_config(node.comparators[0]) and (key := _key(node.left)) is not None:
                reads.add(key)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == "default_config" for t in targets):
                keys.extend(_dict_keys(node.value))
        for key, line in keys:
            reads.add(key)
            if key not in found or found[key] > line:
                found[key] = line
    return found, frozenset(reads)
