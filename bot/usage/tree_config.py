"""Config keys the tree's own code both sets and reads, read on demand.

A key a release stops reading is a dead setting only when nothing else reads it. When the tree's code reads the key
itself (`config.JSON_SORT_KEYS` in Eve 2.1.0's renderer, `self.ENV == "DEV"` in Realms-Wiki 0.9.3's config class),
it is the tree's own setting as well: setting it still works for that reader, and reading it finds the value the tree
set. Such uses are only possible. Tests and docs do not count: an assertion reading the key relies on Flask's reading.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable

from bot.usage.guards import name_of
from bot.usage.model import Section, section_of
from bot.usage.parsing import parsed_or_none

Place = tuple[str, int]
"""(path, line) of a read of the key."""
_ENVIRON = frozenset({"environ", "getenv"})


class TreeConfig:
    """Which config keys the tree's code sets and reads, each file parsed at most once."""

    def __init__(self, paths: Iterable[str], read: Callable[[str], bytes | None]) -> None:
        self._paths = sorted(path for path in paths if path.endswith(".py"))
        self._read = read
        self._parsed: dict[str, tuple[dict[str, int], frozenset[str]]] = {}
        self._answers: dict[str, Place | None] = {}

    def own(self, key: str) -> Place | None:
        """A read of `key` in the tree's code, when that code also sets it; None otherwise."""
        if key not in self._answers:
            self._answers[key] = self._find(key)
        return self._answers[key]

    def _find(self, key: str) -> Place | None:
        needle = key.encode()
        read_at: Place | None = None
        is_set = False
        for path in self._paths:
            data = self._read(path)
            if data is None or needle not in data:
                continue
            reads, sets = self._keys(path, data)
            if read_at is None and key in reads:
                read_at = (path, reads[key])
            is_set = is_set or key in sets
            if read_at is not None and is_set:
                return read_at
        return None

    def _keys(self, path: str, data: bytes) -> tuple[dict[str, int], frozenset[str]]:
        if path not in self._parsed:
            self._parsed[path] = ({}, frozenset()) if section_of(path, data) is not Section.CODE else _keys(data)
        return self._parsed[path]


def _keys(data: bytes) -> tuple[dict[str, int], frozenset[str]]:
    """Upper-case names a module reads (`x.KEY`, `x["KEY"]`, `x.get("KEY")`; not of the environment), with the
    first line, and those it sets (`KEY = ...`, `x["KEY"] = ...`, `update(KEY=...)`, `setdefault("KEY", ...)`, a
    dict key)."""
    tree = parsed_or_none(data)
    if tree is None:
        return {}, frozenset()
    reads: dict[str, int] = {}
    sets: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load) and _is_key(node.attr):
            reads.setdefault(node.attr, node.lineno)
        elif isinstance(node, ast.Subscript) and (key := _string(node.slice)) and not _of_environment(node.value):
            if isinstance(node.ctx, ast.Store):
                sets.add(key)
            else:
                reads.setdefault(key, node.lineno)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            key = _string(node.args[0]) if node.args else None
            if key and node.func.attr == "get" and not _of_environment(node.func.value):
                reads.setdefault(key, node.lineno)
            elif key and node.func.attr == "setdefault":
                sets.add(key)
            elif node.func.attr == "update":
                sets.update(k.arg for k in node.keywords if k.arg is not None)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) and _is_key(node.id):
            sets.add(node.id)
        elif isinstance(node, ast.Dict):
            sets.update(key for key in map(_string, node.keys) if key is not None)
    return reads, frozenset(sets)


def _string(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and _is_key(node.value):
        return node.value
    return None


def _is_key(name: str) -> bool:
    return name.isupper() and name.replace("_", "").isalnum()


def _of_environment(node: ast.expr) -> bool:
    """`os.environ[...]`, `os.environ.get(...)`, `request.environ`: environment variables, not config keys."""
    return name_of(node) in _ENVIRON
