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
_BLOCK = re.compile(rb"[ \t]*:")
"""Ends a `for` statement's header: a comprehension's `for` is followed by its `if` or its closing bracket."""
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
        start, end = _scope(body, match.start(), match.end())
        if re.compile(read + re.escape(match.group(1)) + rb"\b(?!\s*\]\s*=(?!=))").search(body, start, end):
            found.extend(key.decode() for key in _KEY.findall(match.group(2)))
    return tuple(dict.fromkeys(found))


def _scope(body: bytes, start: int, end: int) -> tuple[int, int]:
    """Where the loop variable of the loop spelled at `start:end` is bound by it: a statement's indented block (the
    lines after it more indented than it), or a comprehension's lines (the two before, its own and the next). Another
    loop reusing the name is not this one: kafka-python 3.0's `KafkaProducer.__init__` pops `configs.pop(key)` in `for
    key in self.config:` and reads `self.config[key]` in `for key in ('key_serializer', 'value_serializer'):`, and the
    two serializers were taken for its only options (its `**configs` claimed removed)."""
    line = body.rfind(b"\n", 0, start) + 1
    lead = body[line:start]
    if lead.strip() not in (b"", b"async") or not _BLOCK.match(body, end):  # a comprehension
        before = body.rfind(b"\n", 0, max(body.rfind(b"\n", 0, max(line - 1, 0)), 0)) + 1
        next_line = body.find(b"\n", end)
        after = -1 if next_line == -1 else body.find(b"\n", next_line + 1)
        return before, len(body) if after == -1 else after
    indent = len(lead) - len(lead.lstrip())
    dedent = re.compile(rb"\n[ \t]{0,%d}(?=\S)" % indent).search(body, end)
    return end, len(body) if dedent is None else dedent.start()
