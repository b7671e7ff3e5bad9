"""Regex pieces that let `re` skip ahead: a pattern led by `\\b` or `^` is tried at every byte of the text, one led
by a literal word only where that word occurs (several times faster over a whole module, the same matches)."""

from __future__ import annotations

import re


def after_boundary(word: bytes) -> bytes:
    """`\\bword` (escaped) as a pattern whose boundary is checked behind the word (the whole word leads it)."""
    literal = re.escape(word)
    return literal + rb"(?<=\b" + literal + rb")"
