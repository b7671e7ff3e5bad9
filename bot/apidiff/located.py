"""Where a name sits in a module: the lines its text spells it on, and the nodes on those lines. Readers that look
for a rare spelling search the text first and visit only the subtrees on those lines (a whole-module walk costs a
third of the module's parse)."""

from __future__ import annotations

import ast
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from bot.apidiff.facts import child_fields
from bot.apidiff.patterns import after_boundary, plain_word, word_starts
from bot.apidiff.source import line_offsets


def line_starts(data: bytes) -> list[int]:
    """Offsets where each line begins."""
    return line_offsets(data)


def candidate_lines(data: bytes, names: set[str], starts: list[int] | None = None) -> list[int]:
    """Line numbers (1-based) where one of `names` appears as a word; `starts` from `line_starts` when known. One
    search per name, each led by its word (an alternation of them would try every byte that starts any of them); a
    word's occurrences never overlap another's, so together they find what the alternation found."""
    starts = line_starts(data) if starts is None else starts
    found: set[int] = set()
    for name in names:
        word = name.encode()
        if plain_word(word):  # no pattern compiled per name (see `word_starts`)
            found.update(bisect_right(starts, at) for at in word_starts(data, word, end_boundary=True))
        else:
            pattern = re.compile(after_boundary(word) + rb"\b")
            found.update(bisect_right(starts, match.start()) for match in pattern.finditer(data))
    return sorted(found)


def nodes_on(tree: ast.AST, lines: list[int]) -> Iterator[ast.AST]:
    """The nodes whose line span, decorators included, contains one of `lines` (subtrees elsewhere are never
    visited)."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        start = getattr(node, "lineno", None)
        if start is not None:
            if isinstance(node, _DECORATED) and node.decorator_list:
                start = min(start, *(decorator.lineno for decorator in node.decorator_list))  # decorators lead
            end = getattr(node, "end_lineno", None) or start
            index = bisect_left(lines, start)
            if index == len(lines) or lines[index] > end:
                continue
            yield node
        for field in child_fields(type(node)):  # `ast.iter_child_nodes` without the contexts and operators
            value = getattr(node, field, None)
            if isinstance(value, list):
                stack.extend([item for item in value if isinstance(item, ast.AST)])
            elif isinstance(value, ast.AST):
                stack.append(value)


_DECORATED = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
