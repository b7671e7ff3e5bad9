"""Function definitions read once by their source text: between two releases most `def`s are unchanged even in the
files that changed (a version string, one new method), and reading one (parameters, facts, warnings) costs about as
much as parsing it."""

from __future__ import annotations

import ast
import codecs

from bot.apidiff.raw import RawCallable
from bot.apidiff.source import SourceText

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef
_Key = tuple[bool, bool, bytes]


def memo_safe(data: bytes) -> bool:
    """Whether a def's text alone decides what is read from it in this file: not when the file declares its encoding
    (or starts with a BOM), which decides how its literals decode, nor under `barry_as_FLUFL`, which changes the
    grammar."""
    first = data.find(b"\n")
    second = data.find(b"\n", first + 1) if first != -1 else -1
    head = data[: second if second != -1 else len(data)]  # the first two lines (splitting would copy the rest)
    return not data.startswith(codecs.BOM_UTF8) and b"coding" not in head and b"barry_as_FLUFL" not in data


class DefMemo:
    """`RawCallable`s (None for a def that is no member, such as a setter) by the source of the def, decorators
    included, and how it was read; the one handed out carries the def's own line. Cleared when full (the texts it
    keeps are a few kilobytes each)."""

    def __init__(self, size: int = 20_000) -> None:
        self._found: dict[_Key, RawCallable | None] = {}
        self._size = size

    @staticmethod
    def key(node: _FunctionDef, source: SourceText, in_class: bool, type_comments: bool) -> _Key:
        """The reading options and the def's lines, from its first decorator."""
        starts = source.line_starts()
        first = node.decorator_list[0].lineno if node.decorator_list else node.lineno
        last = node.end_lineno or node.lineno
        end = starts[last] if last < len(starts) else len(source.data)
        return in_class, type_comments, source.data[starts[first - 1] : end]

    def get(self, key: _Key, line: int) -> tuple[bool, RawCallable | None]:
        """(found, the definition at `line`)."""
        if key not in self._found:
            return False, None
        found = self._found[key]
        if found is None or found.line == line:
            return True, found
        return True, found.at_line(line)

    def put(self, key: _Key, found: RawCallable | None) -> None:
        if len(self._found) >= self._size:
            self._found.clear()
        self._found[key] = found
