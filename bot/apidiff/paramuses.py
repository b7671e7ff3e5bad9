"""What a def's body does with each annotated parameter, as text to compare across releases: a parameter whose
annotation changed while every line naming it stayed the same meets the same code whatever is passed, so the change
may only correct the annotation (hypercorn 0.18's `H2Protocol.initiate(settings: bytes | None)`, once
`Optional[str]`: both hand it to h2's `initiate_upgrade_connection(settings)`; the rest of the body changed)."""

from __future__ import annotations

import ast
import re
import zlib

_ASSIGNS = re.compile(rb"(?<![=!<>])=(?!=)")
_BINDING_WORDS = (b"for", b"as", b"lambda", b"global", b"nonlocal")
_BINDING = re.compile(rb"\b(?:for|as|lambda|global|nonlocal)\b")
"""With `_ASSIGNS`: a line that binds another name from the value (`x = p`, `f(key=p)`, `for x in p`, `with p as
f`): where the value goes next is in lines that may not name the parameter, so its uses are not all read. Each is
tried only when the line spells what it needs (`=`, one of `_BINDING_WORDS`): a search is dearer than `in`."""
_WORD = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_BEFORE = _WORD | {ord(".")}
"""What may not come before a name for it to be the parameter (`self.settings` is an attribute)."""


def param_uses_crc(node: ast.FunctionDef | ast.AsyncFunctionDef, code: bytes) -> tuple[tuple[str, int], ...]:
    """(parameter, CRC-32 of the lines naming it, with the block under each such line that opens one) for the
    annotated parameters whose uses are whole lines: none continued over several lines (a statement's other lines
    may have changed) and none binding another name from it (see `_binds`). Found by `bytes.find`, no line split
    nor pattern per parameter: it runs for every annotated def of every release."""
    args = node.args
    found: list[tuple[str, int]] = []
    for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs):
        if arg.annotation is not None:
            crc = _uses_crc(arg.arg.encode(), code, node.body[0].col_offset)
            if crc is not None:
                found.append((arg.arg, crc))
    return tuple(found)


def _uses_crc(spelled: bytes, code: bytes, column: int) -> int | None:
    """The CRC of the lines naming `spelled` (see `param_uses_crc`); `column`: the first line's indentation, which
    `code` may start past. Never 0 for a parameter named nowhere: that is the same (empty) uses on both sides."""
    crc = zlib.crc32(spelled)
    done = -1  # the end of the last line hashed
    at = code.find(spelled)
    while at != -1:
        end = at + len(spelled)
        if (at == 0 or code[at - 1] not in _BEFORE) and (end == len(code) or code[end] not in _WORD) and end > done:
            start = code.rfind(b"\n", 0, at) + 1
            done = _line_end(code, end)
            line = code[start:done]
            if _binds(line) or any(line.count(o) != line.count(c) for o, c in (b"()", b"[]", b"{}")):
                return None
            crc = zlib.crc32(line.strip() + b"\n", crc)
            if line.rstrip().endswith(b":"):  # a header: the block it guards is what the value decides
                crc = _block_crc(code, done, column if start == 0 else _indent(line), crc)
        at = code.find(spelled, end)
    return crc


def _binds(line: bytes) -> bool:
    """Whether the line may bind another name from a value it names (see `_ASSIGNS`)."""
    if b"=" in line and _ASSIGNS.search(line):
        return True
    return any(word in line for word in _BINDING_WORDS) and _BINDING.search(line) is not None


def _block_crc(code: bytes, after: int, indent: int, crc: int) -> int:
    """`crc` carried over the lines after the index `after` indented deeper than `indent` (blank ones too)."""
    while after < len(code):
        start = after + 1
        after = _line_end(code, start)
        line = code[start:after]
        if line.strip() and _indent(line) <= indent:
            break
        crc = zlib.crc32(line.strip() + b"\n", crc)
    return crc


def _line_end(code: bytes, at: int) -> int:
    end = code.find(b"\n", at)
    return len(code) if end == -1 else end


def _indent(line: bytes) -> int:
    return len(line) - len(line.lstrip())


def respelled_crcs(node: ast.FunctionDef | ast.AsyncFunctionDef, code: bytes) -> tuple[tuple[str, int], ...]:
    """(parameter, CRC-32 of the code with its name blanked out) for the optional positional parameters the code
    names: a parameter renamed in its slot over the same code (pyserial 3.5's `read_until(expected=LF, size=None)`,
    3.4's `read_until(terminator=LF, size=None)`, `len(terminator)` become `len(expected)`) gets the same CRC on both
    sides, so a positional caller still hands the value to the same code: only its keyword is gone. A name the
    code never spells gets none (an unread option in another's slot proves nothing). One `bytes.replace` per such
    parameter, no pattern: it runs for every def with a default."""
    positional = [*node.args.posonlyargs, *node.args.args]
    found: list[tuple[str, int]] = []
    for arg in positional[len(positional) - len(node.args.defaults) :]:
        spelled = arg.arg.encode()
        if spelled in code:
            found.append((arg.arg, zlib.crc32(code.replace(spelled, b"\0"))))
    return tuple(found)
