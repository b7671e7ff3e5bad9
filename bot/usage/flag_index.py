"""Guard flags defined in another module of the tree (`from ._compat import HAS_JSON_PROVIDER`): which names of a
module record whether an import or a version check worked, read on demand and parsed once per module; the tree's
own classes, config keys and names set on a package's module, which other modules' uses are weighed against."""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable

from bot.usage.flags import Flags, import_flags
from bot.usage.parsing import parsed_or_none
from bot.usage.tree_classes import TreeClasses
from bot.usage.tree_config import TreeConfig
from bot.usage.tree_patches import TreePatches

_MARKERS = (b"except", b"version", b"hasattr", b"getattr")


class FlagIndex:
    """Flags of the tree's modules, looked up by how an import spells the module (relative or absolute); `classes`
    answers which of the tree's classes define a member."""

    def __init__(self, paths: Iterable[str], read: Callable[[str], bytes | None], packages: frozenset[str]) -> None:
        self._paths = frozenset(path for path in paths if path.endswith(".py"))
        self._read = read
        self._packages = packages
        self._by_tail: dict[str, list[str]] | None = None
        self._flags: dict[str, Flags] = {}
        self.classes = TreeClasses(self._paths, read)
        """The tree's subclasses of package classes and the members they define (tree_classes.py)."""
        self.config = TreeConfig(self._paths, read)
        """The config keys the tree's code sets and reads itself (tree_config.py)."""
        self.patches = TreePatches(self._paths, read, packages)
        """The names the tree's code sets on a package's module itself (tree_patches.py)."""

    def flags(self, importer: str, module: str | None, level: int) -> Flags:
        """The flags of the module `from <level dots><module> import ...` names, seen from the file `importer`."""
        dotted = module or ""
        if level == 0 and dotted.split(".", 1)[0] in self._packages:
            return {}  # the watched package itself, not the tree's own code
        found: Flags = {}
        for path in self._locate(importer, dotted, level):
            for name, roots in self._of(path).items():
                found[name] = found.get(name, frozenset()) | roots
        return found

    def _locate(self, importer: str, dotted: str, level: int) -> list[str]:
        parts = [part for part in dotted.split(".") if part]
        if level:
            folder = posixpath.dirname(importer)
            for _ in range(level - 1):
                folder = posixpath.dirname(folder)
            base = posixpath.join(folder, *parts) if parts else folder
            return [path for path in (f"{base}.py", f"{base}/__init__.py") if path in self._paths]
        if not parts:
            return []
        return self._tails().get(".".join(parts), [])

    def _tails(self) -> dict[str, list[str]]:
        """Dotted module names by every path suffix (`src/pkg/_compat.py` is `pkg._compat` and `_compat`)."""
        if self._by_tail is None:
            self._by_tail = {}
            for path in sorted(self._paths):
                parts = path.removesuffix(".py").split("/")
                if parts[-1] == "__init__":
                    parts = parts[:-1]
                for start in range(len(parts)):
                    self._by_tail.setdefault(".".join(parts[start:]), []).append(path)
        return self._by_tail

    def _of(self, path: str) -> Flags:
        if path not in self._flags:
            self._flags[path] = self._parse(path)
        return self._flags[path]

    def _parse(self, path: str) -> Flags:
        data = self._read(path)
        if data is None or not any(marker in data for marker in _MARKERS):
            return {}
        tree = parsed_or_none(data)
        return import_flags(tree, self._packages) if tree is not None else {}
