"""Which top-level packages a tree's Python files import, by a cheap line match (no parse): enough to know which
watched packages to check when the tree imports one without declaring it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from packaging.utils import canonicalize_name

from bot.usage.model import Section, section_of

_IMPORT = re.compile(rb"^[ \t]*(?:from|import)[ \t]+([A-Za-z_][A-Za-z0-9_]*)", re.MULTILINE)


def imported_roots(paths: Iterable[str], read: Callable[[str], bytes | None]) -> set[str]:
    """Top-level import names of the package code's `.py` files (tests, docs and examples left out)."""
    roots: set[str] = set()
    for path in paths:
        if not path.endswith(".py") or section_of(path, b"") is not Section.CODE:  # tests/, docs/ by path
            continue
        data = read(path)
        if data is not None and section_of(path, data) is Section.CODE:
            roots.update(match.decode() for match in _IMPORT.findall(data))
    return roots


def imported_packages(watched: Iterable[str], roots: set[str]) -> list[str]:
    """The watched distributions whose import name (the name with `-` as `_`) the code imports."""
    return sorted(name for name in {canonicalize_name(w) for w in watched} if name.replace("-", "_") in roots)
