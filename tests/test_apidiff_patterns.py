"""Whole-word searches by `bytes.find` (no pattern compiled per name) find exactly what the per-name patterns they
replace found: each is checked against that pattern over texts built to sit on every boundary the pattern reads."""

from __future__ import annotations

import itertools
import re

import pytest

from bot.apidiff.envhanded import _looked_up, _looked_up_in
from bot.apidiff.extract import word_count
from bot.apidiff.located import candidate_lines, line_starts
from bot.apidiff.params import _dereference_patterns, _dereferenced_at
from bot.apidiff.patterns import after_boundary, plain_word, word_starts

_PIECES = [
    b"name", b"xname", b"name2", b"9name", b"_name", b"names", b"a.name", b" ", b"\n", b"\\\n", b"(", b")", b"[", b".",
    b"in ", b"in(", b"win ", b"len(", b"xlen(", b"len ( ", b".get(", b". get (", b"f'", b"rf\"", b"'k'", b"x", b"1",
]
_TEXTS = [b"".join(parts) for parts in itertools.product(_PIECES, repeat=3)]
"""Every sequence of three pieces: the name beside every byte class its patterns test, before and after."""


def _word_count_pattern(data: bytes, word: bytes) -> int:
    """`word_count` as the per-word pattern counted before."""
    literal = re.escape(word)
    count = 0
    for match in re.finditer(literal + rb"(?<![A-Za-z_]" + literal + rb")(?![A-Za-z0-9_])", data):
        start = match.start()
        while start > 0 and data[start - 1] in b"0123456789":
            start -= 1
        if start == 0 or not (data[start - 1 : start].isalnum() or data[start - 1] == ord("_")):
            count += 1
    return count


@pytest.mark.parametrize("name", ["name", "n", "a.name"])
def test_candidate_lines_are_the_lines_the_word_pattern_finds(name: str) -> None:
    pattern = re.compile(after_boundary(name.encode()) + rb"\b")
    for text in _TEXTS:
        starts = line_starts(text)
        expected = sorted({len([s for s in starts if s <= m.start()]) for m in pattern.finditer(text)})
        assert candidate_lines(text, {name}, starts) == expected, text


def test_word_starts_are_the_starts_after_boundary_finds() -> None:
    pattern = re.compile(after_boundary(b"name"))
    for text in _TEXTS:
        assert word_starts(text, b"name") == [m.start() for m in pattern.finditer(text)], text


@pytest.mark.parametrize("word", [b"name", b"n"])
def test_word_count_counts_what_the_word_pattern_counted(word: bytes) -> None:
    for text in _TEXTS:
        assert word_count(text, word) == _word_count_pattern(text, word), text


@pytest.mark.parametrize("name", ["name", "n"])
def test_dereferenced_is_what_the_three_patterns_find(name: str) -> None:
    found = [0, 0, 0]
    for text in _TEXTS:
        matched = [pattern.search(text) is not None for pattern in _dereference_patterns(name)]
        found = [count + hit for count, hit in zip(found, matched, strict=True)]
        assert _dereferenced_at(text, name) is any(matched), text
    assert name != "name" or min(found) > 0  # the texts spell each of the three ways (`.`, `in name`, `len(name)`)


@pytest.mark.parametrize(("name", "spelled"), [("name", 50), ("n", 0)])
def test_looked_up_is_what_the_per_name_pattern_finds(name: str, spelled: int) -> None:
    found = 0
    for text in _TEXTS:
        expected = _looked_up(name).search(text) is not None
        found += expected
        assert _looked_up_in(text, name) is expected, text
    assert found >= spelled


def test_a_name_not_a_plain_word_keeps_its_pattern() -> None:
    assert not plain_word("né".encode()) and not plain_word(b".name") and plain_word(b"a.name")
    assert _dereferenced_at("x = né.upper()".encode(), "né") and _looked_up_in("né[f'".encode(), "né")
