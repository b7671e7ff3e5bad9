"""How deeply a JSON document nests, measured before it is parsed.

`json.loads` recurses once per level: a correctly signed payload of 100,000 `[` raised RecursionError (a 500, and a
parser deep in the interpreter's stack). GitHub's payloads nest about ten levels; anything far deeper is refused
before parsing, at C speed: strings are cut out, the brackets kept, and innermost pairs removed level by level.
"""

from __future__ import annotations

import re

MAX_JSON_DEPTH = 64

_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")
_PAIRS = bytes.maketrans(b"[]{}", b"()()")


def nests_deeper_than(body: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """True when `body`'s arrays and objects nest more than `limit` levels; brackets never closed count too (the
    parser recurses into them before it finds the document truncated)."""
    brackets = _STRING.sub(b"", body).translate(_PAIRS, _NOT_BRACKET)
    for level in range(limit + 1):
        peeled = brackets.replace(b"()", b"")  # every innermost pair: one level less
        if peeled == brackets:  # no pairs left: at most `)))(((`, whose opens nest whatever came before
            return level + brackets.count(b"(") > limit
        brackets = peeled
    return True
