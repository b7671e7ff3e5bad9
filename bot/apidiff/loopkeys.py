"""Options a body reads out of `**kwargs` through a loop variable: `for arg in ["headers", "ssl"]: kwargs.pop(arg)`
(gql 4's `PhoenixChannelWebsocketsTransport` hands them on to its adapter), or `{k: kwargs.pop(k) for k in (...)}`.
Each literal of the loop is an option callers may still pass, as a literal key read is. A loop over a constant of
literal keys reads them too (djangorestframework 3.15's `BaseSerializer.many_init` pops `for key in
LIST_SERIALIZER_KWARGS_REMOVE`, a module constant, and `self.PASSED_KEYS` names a class's)."""

from __future__ import annotations

import re
from functools import lru_cache

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
_NAMED_LOOP = re.compile(
    after_boundary(b"for") + rb"\s+([A-Za-z_]\w*)\s+in\s+((?:self|cls)\s*\.\s*)?([A-Za-z_]\w*)\s*:"
)
"""A loop statement over a bare name or an attribute of `self`/`cls` (a constant's, when one holds literal keys)."""
_GAP = rb"(?:\s|#[^\n]*)*"
_CONSTANT = re.compile(
    rb"^([ \t]*)([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=[ \t]*(?:(?:frozenset|set|tuple)\()?[\[({]"
    + rb"((?:%s(['\"])[A-Za-z_]\w*\4%s,)*%s(['\"])[A-Za-z_]\w*\5%s,?%s)[\])}]" % ((_GAP,) * 5),
    re.MULTILINE,
)
"""A name bound, at a line's start (module level or in a class body), to a literal tuple, list or set of keys."""
_UPPER = re.compile(rb"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\Z")
"""A constant's name, as PEP 8 spells one: a bare name spelled otherwise may be a parameter or a local."""


def looped_options(kwargs: str, body: bytes, module: bytes = b"") -> tuple[str, ...]:
    """The literal keys of each loop (statement or comprehension) whose variable keys a read of `kwargs`
    (`kwargs.pop(k)`, `.get(k)`, `.setdefault(k)`, `kwargs[k]`); a mere test (`k in kwargs`) may refuse it. A loop
    statement over a constant `module` binds once to literal keys reads those keys."""
    if b"for" not in body:
        return ()
    found: list[str] = []
    read = after_boundary(kwargs.encode()) + rb"\s*(?:\.\s*(?:pop|get|setdefault)\s*\(\s*|\[\s*)"
    for count, match in enumerate(_LOOP.finditer(body)):
        if count >= MAX_LOOPS:
            break
        if _reads_key(body, match, read):
            found.extend(key.decode() for key in _KEY.findall(match.group(2)))
    if module:
        found.extend(_constant_keys(body, read, module))
    return tuple(dict.fromkeys(found))


def _reads_key(body: bytes, match: re.Match[bytes], read: bytes) -> bool:
    """Whether the variable of the loop `match` spells keys a read (`read`) of the dict within the loop."""
    start, end = _scope(body, match.start(), match.end())
    return re.compile(read + re.escape(match.group(1)) + rb"\b(?!\s*\]\s*=(?!=))").search(body, start, end) is not None


def _constant_keys(body: bytes, read: bytes, module: bytes) -> list[str]:
    """The keys of the constants the body's loops over a name read the dict through (`for key in KEYS:
    kwargs.pop(key)`): a module constant for a bare name, a class attribute for one on `self` or `cls`."""
    found: list[str] = []
    for count, match in enumerate(_NAMED_LOOP.finditer(body)):
        if count >= MAX_LOOPS:
            break
        name, attribute = match.group(3), match.group(2) is not None
        if (attribute or _UPPER.match(name)) and _reads_key(body, match, read):
            found.extend(constant_keys(module, name, attribute))
    return found


def constant_keys(module: bytes, name: bytes, attribute: bool) -> tuple[str, ...]:
    """The keys `module` binds `name` to, once, at its top level (in a class body when `attribute`). A name bound,
    assigned or changed anywhere else in the module (`KEYS += (...)`, `self.KEYS = ...`, `KEYS.append(...)`, a
    local or a loop variable of that name) holds what cannot be read: no keys."""
    spelled = _constants(module).get(name)
    if spelled is None or (spelled[0] != b"") != attribute or len(_bindings(name).findall(module)) != 1:
        return ()
    return tuple(key.decode() for key in _KEY.findall(spelled[1]))


@lru_cache(maxsize=4)
def _constants(module: bytes) -> dict[bytes, tuple[bytes, bytes]]:
    """Names bound at a line's start to literal keys -> (indentation, keys), gathered once per module: each of its
    functions looping over a constant asks."""
    return {match.group(2): (match.group(1), match.group(3)) for match in _CONSTANT.finditer(module)}


def _bindings(name: bytes) -> re.Pattern[bytes]:
    """Spellings that bind or change `name` (its own binding among them)."""
    spelled = re.escape(name)
    return re.compile(
        rb"\b%s\s*(?::[^=\n]*)?(?:[-+|&]?=(?!=)|:=)|\b%s\s*\.\s*(?:append|extend|add|update|insert|remove)\s*\("
        rb"|\b(?:for|as|def|class|import|global|nonlocal)\s+%s\b" % (spelled, spelled, spelled)
    )


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
