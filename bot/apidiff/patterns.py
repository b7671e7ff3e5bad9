"""Regex pieces that let `re` skip ahead: a pattern led by `\\b` or `^` is tried at every byte of the text, one led
by a literal word only where that word occurs (several times faster over a whole module, the same matches)."""

from __future__ import annotations

import re


def after_boundary(word: bytes) -> bytes:
    """`\\bword` (escaped) as a pattern whose boundary is checked behind the word (the whole word leads it)."""
    literal = re.escape(word)
    return literal + rb"(?<=\b" + literal + rb")"


WORD_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
"""What `\\b` and `\\w` count as a word byte in a bytes pattern."""


def plain_word(word: bytes) -> bool:
    """Whether `word` begins and ends with a word byte: then `\\b` before or after it means a non-word byte (or the
    text's edge) beside it, and `word_starts` finds what `after_boundary(word)` does."""
    return bool(word) and word[0] in WORD_BYTES and word[-1] in WORD_BYTES


def word_starts(data: bytes, word: bytes, start: int = 0, end_boundary: bool = False) -> list[int]:
    """Offsets from `start` where `plain_word(word)` occurs with a word boundary before it (and after it with
    `end_boundary`): `after_boundary(word)` (+ `\\b`) without compiling a pattern per word (a release asks about
    thousands of names; each compile cost more than its search)."""
    found: list[int] = []
    size = len(word)
    at = data.find(word, start)
    while at >= 0:
        end = at + size
        if (at == 0 or data[at - 1] not in WORD_BYTES) and not (
            end_boundary and end < len(data) and data[end] in WORD_BYTES
        ):
            found.append(at)
        at = data.find(word, at + 1)
    return found
