"""speed53's fast paths give what the plain ones gave: literal gates before a search, a pattern compiled once per
word, possessive runs in the whole-text patterns (see bot/apidiff/unbound.py, extract.py, calls.py)."""

from __future__ import annotations

import re

import pytest

from bot.apidiff.calls import _CALL
from bot.apidiff.extract import _ANY_CALL, _SELF_SET, _SET_IN_A_BODY, word_count
from bot.apidiff.unbound import _binds, _binds_any


@pytest.mark.parametrize(
    ("text", "binds"),
    [
        (b"class A:\n    x: int\nprint(A.__annotations__)\n", True),
        (b"from typing import get_type_hints\n", True),
        (b"def f(o, name):\n    setattr(o, name, 1)\n", True),
        (b"def f(self, key):\n    object.__setattr__(self, key, 1)\n", True),
        (b"def f(self, d):\n    self.__dict__.update(d)\n", True),  # beside the gates: still searched for
        # a name spelled in the call, a restore of what an instance had: nothing unspelled is bound
        (b"def f(o):\n    setattr(o, 'x', 1)\n", False),
        (b"def __setstate__(self, d):\n    self.__dict__.update(d)\n", False),
        (b"class A:\n    x: int\n", False),
    ],
)
def test_binds_any_looks_for_literals_first(text: bytes, binds: bool) -> None:
    assert _binds_any(text) is binds


@pytest.mark.parametrize(
    ("text", "binds"),
    [
        (b"x = 'parent'\n", True),
        (b'x = "parent"\n', True),
        (b"x = \"parent'\n", True),  # any quote either side, as the pattern `[\"']name[\"']` took
        (b"obj.parent = 1\n", True),
        (b"obj . parent += 1\n", True),
        (b"obj.parent: int = 1\n", True),
        (b"if obj.parent == 1: pass\n", False),
        (b"parents = 'parents'\n", False),
        (b"x = 'parental'\n", False),
    ],
)
def test_binds_finds_a_quoted_name_without_a_pattern(text: bytes, binds: bool) -> None:
    assert _binds("parent", text) is binds


def test_word_count_counts_whole_words_with_a_cached_pattern() -> None:
    text = b"import orm\norm.x(9orm, xorm, orm_, orm9, _orm, orm)\n"
    assert word_count(text, b"orm") == 4  # `9orm` holds `orm`; `xorm`, `orm_`, `orm9`, `_orm` do not
    assert word_count(text, b"orm") == 4  # the second count reads the compiled pattern back
    assert word_count(text, b"xorm") == 1
    assert word_count(text, b"\xc3\xa9t\xc3\xa9") == 0


SAMPLES = [
    b"def f():\n    Cls.name = 1\n\tCls.other  =  2\n    Cls.x == 3\n    a.b.c = 4\n    self.y = 5\n",
    b"def f():\n    Cls.name: int = 1\n    Cls.name  \n    x = Cls.name\n    Cls.n= 2\n    Cls.m=\n",
    b"x.call(1)\nx.call  (2)\nx.call\n(3)\nx._private()\nx.attr\nx.attr[1]\nx.9bad()\nx.a1_b2 (\n",
    b"self.a = 1\nself.b: List[int] = []\nself.c == 2\nmyself.d = 3\nself.e: " + b"x" * 250 + b" = 4\n",
    b"self.f :int=\nself.g\n=1\nself.h: Dict[str, int] = {}\nself .i = 1\n",
]


@pytest.mark.parametrize("pattern", [_SET_IN_A_BODY, _ANY_CALL, _CALL, _SELF_SET])
@pytest.mark.parametrize("text", SAMPLES)
def test_possessive_runs_match_what_backtracking_ones_matched(pattern: re.Pattern[bytes], text: bytes) -> None:
    assert b"*+" in pattern.pattern or b"++" in pattern.pattern
    backtracking = re.compile(pattern.pattern.replace(b"*+", b"*").replace(b"++", b"+").replace(b"}+", b"}"))
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in backtracking.finditer(text)]
    assert pattern.findall(text) == backtracking.findall(text)
