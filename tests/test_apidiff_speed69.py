"""Speed, sixty-ninth stop: the lines of a def's few matches (its `p=p`, `super(`, `(self` hand-offs) counted from one
match to the next (`source.offset_lines`), not by splitting the def's whole text into lines nor by counting from its
start once per match; the answers are the line table's (the JSON of six benchmark pairs, dumped before and after, is
byte-identical)."""

from __future__ import annotations

import ast
import re
from bisect import bisect_right

import pytest

from bot.apidiff.deprecation import parameter_handoffs
from bot.apidiff.source import line_offsets, offset_lines


@pytest.mark.parametrize(
    ("data", "word"),
    [
        (b"", b"x"),
        (b"x", b"x"),
        (b"\nx\n\nx x\n", b"x"),
        (b"a\r\nsuper(\rsuper(\n", b"super("),
        ("é\nsuper(ü)\n\n\nsuper(".encode(), b"super("),
        (b"\n\n\n", b"\n"),  # a match on the newline itself is on the line it ends
    ],
)
@pytest.mark.parametrize("first", [1, 7])
def test_offset_lines_are_the_line_table_lines(data: bytes, word: bytes, first: int) -> None:
    offsets = [m.start() for m in re.finditer(re.escape(word), data)]
    starts = line_offsets(data)
    expected = {at: first + bisect_right(starts, at) - 1 for at in offsets}
    assert offset_lines(data, reversed(offsets), first) == expected  # any order, each offset once


def test_offset_lines_of_repeated_offsets_count_each_once() -> None:
    assert offset_lines(b"a\nb\nc", [4, 2, 4, 0], 3) == {0: 3, 2: 4, 4: 5}


def test_handoffs_keep_their_lines_below_a_multiline_docstring() -> None:
    source = (
        "def f(app, key_prefix=None, obj=None):\n"
        '    """Doc\n\n    super( in the docstring.\n    """\n'
        "    helper(key_prefix=key_prefix)\n"
        "    self._obj_deprecation_warning(obj)\n"
        "    super().__init__(app, key_prefix)\n"
    )
    node = ast.parse(source).body[0]
    assert isinstance(node, ast.FunctionDef)
    found = {h.callee: (h.keywords, h.positions) for h in parameter_handoffs(node, source.encode())}
    assert found == {
        "helper": (("key_prefix",), ()),
        "self._obj_deprecation_warning": ((), (("obj", 0),)),
        "super.__init__": ((), (("app", 0), ("key_prefix", 1))),
    }
