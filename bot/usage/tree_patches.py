"""Names the tree's own code sets on a package's module, read on demand: a shim putting back what a release removed.

`werkzeug.cached_property = werkzeug.utils.cached_property` (invenio-oauthclient 2.0.1's `monkey_patch_werkzeug`,
the common workaround when Werkzeug 1.0 dropped its top-level re-exports) never fails: setting a module attribute
needs no attribute there. It is the tree providing the name, so neither the write nor the tree's reads of that name
(`from werkzeug import cached_property` in a module loaded after the shim) are evidence of a break; whether a read
runs before the shim is not known statically, so those uses are only possible. Tests and docs do not count: a
shim in a test fixture does not run in the package.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable

from bot.apidiff.source import dotted_name
from bot.usage.model import Section, section_of
from bot.usage.parsing import parsed_or_none

Place = tuple[str, int]
"""(path, line) of the assignment."""


class TreePatches:
    """Which dotted names of a package module the tree's code assigns, each file parsed at most once."""

    def __init__(self, paths: Iterable[str], read: Callable[[str], bytes | None], packages: frozenset[str]) -> None:
        self._paths = sorted(path for path in paths if path.endswith(".py"))
        self._read = read
        roots = b"|".join(re.escape(name.encode()) for name in sorted(packages))
        self._write = re.compile(
            rb"^[ \t]*(?:" + roots + rb")(?:\.[A-Za-z_]\w*)+[ \t]*=(?!=)|setattr\(\s*(?:" + roots + rb")\b",
            re.MULTILINE,
        )
        """A line assigning a dotted name of a package (`werkzeug.x = ...`, `setattr(werkzeug, "x", ...)`): the
        cheap test before a parse."""
        self._sets: dict[str, Place] | None = None

    def setter(self, symbol: str) -> Place | None:
        """Where the tree's code sets `symbol` (`werkzeug.cached_property`) on the module, or None."""
        if self._sets is None:
            self._sets = {}
            for path in self._paths:
                data = self._read(path)
                if data is None or self._write.search(data) is None or section_of(path, data) is not Section.CODE:
                    continue
                for name, line in _module_writes(data).items():
                    self._sets.setdefault(name, (path, line))
        return self._sets.get(symbol)


def _module_writes(data: bytes) -> dict[str, int]:
    """Dotted names assigned through a module the file binds with `import X` (`X.name = ...`) -> first line."""
    tree = parsed_or_none(data)
    if tree is None:
        return {}
    modules = _imported_modules(tree)
    found: dict[str, int] = {}
    for node in ast.walk(tree):
        for dotted in _written(node):
            root, _, rest = dotted.partition(".")
            if rest and root in modules:
                found.setdefault(f"{modules[root]}.{rest}", getattr(node, "lineno", 0))
    return found


def _written(node: ast.AST) -> list[str]:
    """The dotted names a statement or call sets: `a.b = ...` targets, `setattr(a, "b", ...)` as `a.b`."""
    if isinstance(node, ast.Assign):
        return [dotted for target in node.targets if (dotted := dotted_name(target)) is not None]
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "setattr"
        and len(node.args) == 3
        and isinstance(node.args[1], ast.Constant)
        and isinstance(node.args[1].value, str)
    ):
        owner = dotted_name(node.args[0])
        return [f"{owner}.{node.args[1].value}"] if owner is not None else []
    return []


def _imported_modules(tree: ast.Module) -> dict[str, str]:
    """Local name -> module, for `import a.b` (binds `a`) and `import a.b as c` anywhere in the file; a name also
    bound otherwise in the file is left out (it may hold something else where it is written)."""
    modules: dict[str, str] = {}
    other: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    modules[alias.asname] = alias.name
                else:
                    root = alias.name.split(".", 1)[0]
                    modules[root] = root
        elif isinstance(node, ast.ImportFrom):
            other.update(alias.asname or alias.name for alias in node.names)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            other.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            other.add(node.name)
        elif isinstance(node, ast.arg):
            other.add(node.arg)
    return {name: module for name, module in modules.items() if name not in other}
