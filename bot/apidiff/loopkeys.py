"""Options a body reads out of `**kwargs` through a loop variable: `for arg in ["headers", "ssl"]: kwargs.pop(arg)`
(gql 4's `PhoenixChannelWebsocketsTransport` hands them on to its adapter), or `{k: kwargs.pop(k) for k in (...)}`.
Each literal of the loop is an option callers may still pass, as a literal key read is."""

from __future__ import annotations

import re

from bot.apidiff.patterns import after_boundary

MAX_LOOPS = 64
"""Loops over literal keys looked at per body: a hostile body may spell thousands."""

_LOOP = re.compile(
    after_boundary(b"for")
    + rb"\s+([A-Za-z_]\w*)\s+in\s+[\[(]((?:\s*(['\"])[A-Za-z_]\w*\3\s*,)*\s*(['\"])[A-Za-z_]\w*\4\s*,?\s*)[\])]"
)
_KEY = re.compile(rb"""['"]([A-Za-z_]\w*)['"]""")


def looped_options(kwargs: str, body: bytes) -> tuple[str, ...]:
    """The literal keys of each loop (statement or comprehension) whose variable keys a read of `kwargs`
    (`kwargs.pop(k)`, `.get(k)`, `.setdefault(k)`, `kwargs[k]`); a mere test (`k in kwargs`) may refuse it."""
    if b"for" not in body:
        return ()
    found: list[str] = []
    read = after_boundary(kwargs.encode()) + rb"\s*(?:\.\s*(?:pop|get|setdefault)\s*\(\s*|\[\s*)"
    for count, match in enumerate(_LOOP.finditer(body)):
        if count >= MAX_LOOPS:
            break
        if re.search(read + re.escape(match.group(1)) + rb"\b(?!\s*\]\s*=(?!=))", body):
            found.extend(key.decode() for key in _KEY.findall(match.group(2)))
    return tuple(dict.fromkeys(found))
