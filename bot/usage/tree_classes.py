"""The tree's own subclasses of a package's classes and the members they define, read on demand.

A value typed only as the package's class (`app` handed to `SessionInterface.open_session`, the `flask.request`
proxy) may well be an instance of the tree's subclass of it, installed where the type cannot follow
(`request_class = IndicoRequest`, `app = IndicoFlask(...)` in another module). When that subclass defines the member
itself, reading it does not reach the package: Indico 3.2.9's `IndicoFlask.session_cookie_name` and
`IndicoRequest.is_xhr` are its own properties, which Flask 2.3 and Werkzeug 1.0 removing theirs does not touch.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable

from bot.usage.guards import name_of
from bot.usage.parsing import parsed_or_none

Definer = tuple[str, int, str]
"""(path, line, class name) of a class that defines the member."""
_Class = tuple[int, str, frozenset[str], frozenset[str]]
"""A class statement: its line, name, the names its bases end in, and the names its body defines."""


class TreeClasses:
    """Classes of the tree's modules defining a member, each file read and parsed at most once."""

    def __init__(self, paths: Iterable[str], read: Callable[[str], bytes | None]) -> None:
        self._paths = sorted(path for path in paths if path.endswith(".py"))
        self._read = read
        self._parsed: dict[str, list[_Class]] = {}
        self._answers: dict[tuple[str, frozenset[str]], Definer | None] = {}

    def defining(self, member: str, bases: frozenset[str]) -> Definer | None:
        """A class of the tree with a base whose name ends in one of `bases` (`Flask` in `flask.Flask`) and that
        defines `member` in its own body (a def, a property, an assignment)."""
        key = (member, bases)
        if key not in self._answers:
            self._answers[key] = self._find(member, bases)
        return self._answers[key]

    def _find(self, member: str, bases: frozenset[str]) -> Definer | None:
        needle = member.encode()
        for path in self._paths:
            data = self._read(path)
            if data is None or needle not in data or b"class " not in data:
                continue
            for line, name, named_bases, defined in self._classes(path, data):
                if named_bases & bases and member in defined:
                    return path, line, name
        return None

    def _classes(self, path: str, data: bytes) -> list[_Class]:
        if path not in self._parsed:
            tree = parsed_or_none(data) or ast.Module(body=[], type_ignores=[])
            self._parsed[path] = [
                (node.lineno, node.name, frozenset(filter(None, map(name_of, node.bases))), _defined(node))
                for node in ast.walk(tree)
                if isinstance(node, ast.ClassDef) and node.bases
            ]
        return self._parsed[path]


def _defined(node: ast.ClassDef) -> frozenset[str]:
    names: set[str] = set()
    for stmt in node.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names.add(stmt.name)
        elif isinstance(stmt, ast.Assign):
            names.update(target.id for target in stmt.targets if isinstance(target, ast.Name))
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            names.add(stmt.target.id)
    return frozenset(names)
