"""A line index for the cheap pre-selection of statements: which lines spell a name of interest."""

from __future__ import annotations

import re

WORD = re.compile(rb"[A-Za-z_][A-Za-z0-9_]*")
"""An ASCII identifier: every Python identifier a file spells is one of these or contains one."""
_IDENTIFIER_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def lines_naming(source: bytes, names: set[str]) -> list[int]:
    """Sorted numbers of the lines that spell any of `names` as a whole identifier.

    Each name is found with `bytes.find` (a regex alternation of many names is several times slower on large
    modules); identifiers are ASCII word characters, so an occurrence counts when no word byte touches it.
    """
    text = source.replace(b"\r\n", b"\n").replace(b"\r", b"\n") if b"\r" in source else source
    starts: list[int] = []
    for name in names:
        word = name.encode()
        at = text.find(word) if word else -1
        while at >= 0:
            end = at + len(word)
            if (at == 0 or text[at - 1] not in _IDENTIFIER_BYTES) and (
                end == len(text) or text[end] not in _IDENTIFIER_BYTES
            ):
                starts.append(at)
            at = text.find(word, at + 1)
    starts.sort()
    lines: list[int] = []
    line, position = 1, 0
    for start in starts:
        line += text.count(b"\n", position, start)
        position = start
        if not lines or lines[-1] != line:
            lines.append(line)
    return lines
