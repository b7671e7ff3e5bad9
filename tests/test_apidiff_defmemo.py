"""Defs read once by their source text (`DefMemo`): what a module reads is the same with or without the memo."""

from __future__ import annotations

from bot.apidiff.defmemo import DefMemo, memo_safe
from bot.apidiff.extract import read_module
from bot.apidiff.raw import RawCallable, RawClass

OLD = b'''
import warnings

def helper(a, b=1, **kwargs):
    """Unchanged between the releases."""
    warnings.warn("helper is deprecated", DeprecationWarning)
    return other(**kwargs)

class Thing:
    @property
    def size(self) -> int:
        return 1

    @size.setter
    def size(self, value):
        pass

    def method(self, x, *, y=2):
        return self.size
'''

NEW = b'''
VERSION = "2.0"  # the lines below moved down by two


import warnings

def helper(a, b=1, **kwargs):
    """Unchanged between the releases."""
    warnings.warn("helper is deprecated", DeprecationWarning)
    return other(**kwargs)

class Thing:
    @property
    def size(self) -> int:
        return 1

    @size.setter
    def size(self, value):
        pass

    def method(self, x, *, y=3):
        return self.size
'''


def test_memo_gives_what_a_plain_read_gives_with_each_defs_own_line() -> None:
    memo = DefMemo()
    read_module("pkg.mod", "pkg/mod.py", OLD, False, memo)
    with_memo = read_module("pkg.mod", "pkg/mod.py", NEW, False, memo)
    plain = read_module("pkg.mod", "pkg/mod.py", NEW, False)
    assert repr(with_memo) == repr(plain)
    helper = with_memo.bindings["helper"][-1]
    assert isinstance(helper, RawCallable) and helper.line == 7 and helper.warns
    thing = with_memo.bindings["Thing"][-1]
    assert isinstance(thing, RawClass) and thing.settable == {"size"}
    method = thing.members["method"]
    assert isinstance(method, RawCallable) and method.params[-1].has_default


def test_a_def_changed_in_its_decorators_is_read_again() -> None:
    memo = DefMemo()
    read_module("m", "m.py", b"def f(a):\n    pass\n", False, memo)
    changed = read_module("m", "m.py", b"@staticmethod\ndef f(a):\n    pass\n", False, memo)
    assert repr(changed) == repr(read_module("m", "m.py", b"@staticmethod\ndef f(a):\n    pass\n", False))
    read_module("m", "m.py", b"class C:\n    def f(self, a):\n        pass\n", False, memo)
    in_class = read_module("m", "m.py", b"class D:\n    def f(self, a):\n        pass\n", False, memo)
    method = in_class.bindings["D"][-1].members["f"]  # type: ignore[union-attr]
    assert isinstance(method, RawCallable) and [p.name for p in method.params] == ["a"]


def test_files_whose_encoding_or_grammar_is_declared_are_not_memoised() -> None:
    assert memo_safe(b"def f():\n    pass\n")
    assert not memo_safe(b"# -*- coding: latin-1 -*-\ndef f():\n    return '\xe9'\n")
    assert not memo_safe(b"\xef\xbb\xbfdef f():\n    pass\n")
    assert not memo_safe(b"from __future__ import barry_as_FLUFL\n")
    assert not memo_safe(b"#!/usr/bin/env python\n# coding: latin-1\n")  # the second line
    assert not memo_safe(b"# coding: latin-1")  # one line, no newline
    assert memo_safe(b"\n\n# coding: latin-1\n")  # the third line declares nothing
    body = b"def f():\n    warnings.warn('\xc3\xa9', DeprecationWarning)\n"  # the same bytes, read two ways
    memo = DefMemo()
    read_module("m", "m.py", b"import warnings\n\n" + body, False, memo)
    read = read_module("m", "m.py", b"# -*- coding: latin-1 -*-\nimport warnings\n" + body, False, memo)
    function = read.bindings["f"][-1]
    assert isinstance(function, RawCallable) and function.warns[0].message == "\xc3\xa9"
