"""The interface each dependency file format implements (one module per format, as pip-audit does)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from bot.deps.model import ParseResult

ReadFile = Callable[[str], bytes | None]
"""Reads another file of the same tree by relative POSIX path (None when absent); used for `-r` includes."""


class DependencySource(Protocol):
    """One dependency file format."""

    name: str

    def matches(self, path: str) -> bool:
        """Whether the file at `path` (relative, POSIX) is in this format."""
        ...

    def parse(self, path: str, text: str, read: ReadFile) -> ParseResult:
        """Every requirement declared in the file, plus warnings for what could not be read."""
        ...
