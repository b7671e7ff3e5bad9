"""A line index for the cheap pre-selection of statements: which lines spell a name of interest."""

from __future__ import annotations

import re


def lines_naming(source: bytes, names: set[str]) -> list[int]:
    """Sorted numbers of the lines that spell any of `names` as a whole identifier."""
    if not names:
        return []
    alternatives = b"|".join(re.escape(name.encode()) for name in sorted(names))
    pattern = re.compile(rb"\b(?:" + alternatives + rb")\b")  # identifiers are ASCII word characters
    text = source.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    lines: list[int] = []
    line, position = 1, 0
    for match in pattern.finditer(text):
        line += text.count(b"\n", position, match.start())
        position = match.start()
        if not lines or lines[-1] != line:
            lines.append(line)
    return lines
