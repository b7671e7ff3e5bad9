"""Source written for a newer Python than the one running, rewritten so that this one's parser reads it: a module
using Python 3.12's `type X = ...` or `def f[T](x: T)`, 3.12's nested f-strings (`f"{row["id"]}"`), 3.14's
template strings or `except A, B:` was a syntax error here, so the module was skipped: every change in it missed,
and in an application every use in it unseen (hass-nabucasa 1.15's modules, pysmartthings 3.0's `models.py`).

The rewrite keeps every line where it was and every byte of code the tree's positions point at where it was: type
parameter lists become spaces, `type X = v` becomes `X      = v`, an f-string's replacement field that only the new
grammar reads becomes `0` padded with spaces (the field's value never mattered to an API or a use), `t"..."` becomes
`f"..."`, and `except A, B:` becomes `except(A, B):` (one byte more, at the end of that clause). Names and calls
keep their positions, so the original bytes still give each node's text."""

from __future__ import annotations

import re

_QUOTES = frozenset(b"'\"")
_OPEN = frozenset(b"([{")
_CLOSE = frozenset(b")]}")
_PREFIXES = frozenset({b"r", b"u", b"b", b"br", b"rb", b"f", b"fr", b"rf", b"t", b"tr", b"rt"})
_NEEDS_NEW_GRAMMAR = frozenset(b"'\"\\#")
"""Characters a replacement field may hold only under Python 3.12's grammar (PEP 701): quotes (any, to be safe),
backslashes and comments."""
_LINE_BREAK = re.compile(rb"(\r?\n)")
_MAX_NESTING = 64
"""Replacement fields nested in one another (through strings or format specs) the scan follows: a hostile file
nesting thousands is refused, not followed down the C stack."""


class _Unreadable(Exception):
    """The source does not scan as Python of any version: leave it to the parser's own error."""


def lowered(data: bytes) -> bytes | None:
    """The source with newer syntax rewritten (see the module docstring); None when nothing was rewritten or the
    text does not scan (an unterminated string), so that the parser's first error stands."""
    try:
        edits = _Scanner(data).edits()
    except (_Unreadable, RecursionError):
        return None
    if not edits:
        return None
    out: list[bytes] = []
    done = 0
    for start, end, text in sorted(edits):
        if start < done:
            continue  # inside an edit already made (a field within a blanked field)
        out.append(data[done:start])
        out.append(text)
        done = end
    out.append(data[done:])
    return b"".join(out)


def _is_name_byte(byte: int) -> bool:
    """A byte of an identifier (non-ASCII bytes are parts of UTF-8 letters)."""
    return byte >= 0x80 or byte == 0x5F or 0x30 <= byte <= 0x39 or 0x41 <= byte <= 0x5A or 0x61 <= byte <= 0x7A


def _blank(text: bytes, first: bytes = b"") -> bytes:
    """`first` then spaces, the text's newlines kept where they were."""
    return first + bytes(0x0A if byte == 0x0A else 0x0D if byte == 0x0D else 0x20 for byte in text[len(first) :])


def _continued(text: bytes) -> bytes:
    """`text` blanked, each of its line breaks led by a backslash: what spanned lines inside brackets the rewrite
    removed (a type parameter list, a replacement field in a one-line string) still joins its lines, and only line
    ends grow, so every byte after a line break keeps its column."""
    return _LINE_BREAK.sub(rb"\\\1", _blank(text))


def _placeholder(field: bytes) -> bytes:
    """A replacement field's expression as `0` and spaces, its newlines kept where they were."""
    blank = _blank(field)
    at = blank.find(b" ")
    return blank[:at] + b"0" + blank[at + 1 :] if at >= 0 else blank


class _Scanner:
    """One pass over the bytes, tracking strings, comments, bracket depth and where statements start."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.size = len(data)
        self.found: list[tuple[int, int, bytes]] = []
        self.nesting = 0

    def edits(self) -> list[tuple[int, int, bytes]]:
        """The rewrites: (start, end, replacement) of byte ranges."""
        data, size = self.data, self.size
        index, depth, statement = 0, 0, True
        while index < size:
            byte = data[index]
            if byte in b" \t\f":
                index += 1
            elif byte == 0x5C:  # a line continuation
                index += 2
            elif byte in b"\r\n":
                index += 1
                statement = statement or depth == 0
            elif byte == 0x23:  # a comment
                index = self._line_end(index)
            elif byte in _QUOTES:
                index = self._string(index, 0, True)
                statement = False
            elif _is_name_byte(byte):
                end = index + 1
                while end < size and _is_name_byte(data[end]):
                    end += 1
                word = data[index:end]
                if self._is_prefix(index, end):
                    index = self._string(index, end - index, True)
                    statement = False
                    continue
                if statement:
                    self._statement(word, index, end)
                statement = statement and word == b"async"
                index = end
            else:
                if byte in _OPEN:
                    depth += 1
                elif byte in _CLOSE:
                    depth = max(depth - 1, 0)
                statement = byte == 0x3B and depth == 0  # `;` starts another statement
                index += 1
        return self.found

    def _line_end(self, index: int) -> int:
        """Where the line holding `index` ends (its newline, or the end of the text)."""
        end = self.data.find(b"\n", index)
        return self.size if end < 0 else end

    def _skip_spaces(self, index: int) -> int:
        while index < self.size and self.data[index] in b" \t":
            index += 1
        return index

    def _name_end(self, index: int) -> int:
        while index < self.size and _is_name_byte(self.data[index]):
            index += 1
        return index

    def _is_prefix(self, start: int, end: int) -> bool:
        """The word at `start:end` is a string's prefix (`rb`, `f`, `t`), its quote right after it."""
        return end < self.size and self.data[end] in _QUOTES and self.data[start:end].lower() in _PREFIXES

    def _past_inner_token(self, index: int) -> int:
        """Just past the string or name at `index` inside brackets or a replacement field (the fields of a string
        there go with the enclosing one)."""
        if self.data[index] in _QUOTES:
            return self._string(index, 0, False)
        end = self._name_end(index)
        return self._string(index, end - index, False) if self._is_prefix(index, end) else end

    def _statement(self, word: bytes, start: int, end: int) -> None:
        """Rewrite what only the new grammar allows at the start of a statement."""
        if word in (b"def", b"class"):
            name = self._skip_spaces(end)
            self._blank_type_parameters(self._skip_spaces(self._name_end(name)))
        elif word == b"type":
            name = self._skip_spaces(end)
            name_end = self._name_end(name)
            after = self._skip_spaces(name_end)
            if name_end == name or after >= self.size or self.data[after : after + 2] == b"==":
                return
            if self.data[after] not in b"[=":
                return
            self.found.append((start, name_end, _blank(self.data[start:name_end], self.data[name:name_end])))
            self._blank_type_parameters(after)
        elif word == b"except":
            self._parenthesise_exceptions(end)

    def _blank_type_parameters(self, index: int) -> None:
        """A `[T, U: int]` list at `index` becomes spaces, its line breaks continued (see `_continued`)."""
        if index < self.size and self.data[index] == 0x5B:
            end = self._group_end(index)
            self.found.append((index, end, _continued(self.data[index:end])))

    def _group_end(self, index: int) -> int:
        """Just past the bracket closing the one at `index`, strings inside skipped."""
        depth = 0
        while index < self.size:
            byte = self.data[index]
            if byte in _QUOTES or _is_name_byte(byte):
                index = self._past_inner_token(index)
                continue
            if byte in _OPEN:
                depth += 1
            elif byte in _CLOSE:
                depth -= 1
                if depth == 0:
                    return index + 1
            index += 1
        raise _Unreadable

    def _parenthesise_exceptions(self, index: int) -> None:
        """`except A, B:` (Python 3.14) becomes `except(A, B):`. Only a list of two or more dotted class names
        (`ValueError, mod.Error`) qualifies: Python 2's `except ValueError, error:` names a variable last and stays
        the syntax error it is."""
        if index < self.size and self.data[index] == 0x2A:  # except*
            index += 1
        colon = self.data.find(b":", index, self._line_end(index))
        if colon < 0 or index >= self.size or self.data[index] not in b" \t":
            return
        parts = [part.strip() for part in self.data[index:colon].split(b",")]
        if len(parts) < 2 or not all(_class_name(part) for part in parts):
            return
        self.found.append((index, index + 1, b"("))
        self.found.append((colon, colon + 1, b"):"))

    def _string(self, start: int, prefix: int, outermost: bool) -> int:
        """Just past the string literal at `start` (`prefix` bytes of `rb`/`f`/`t` letters first). In an
        f-string or t-string, a replacement field only the new grammar reads becomes `0` and spaces when `outermost`
        (fields of strings inside a field go with it); a t-string becomes an f-string."""
        data = self.data
        letters = data[start : start + prefix].lower()
        formatted = b"f" in letters or b"t" in letters
        if b"t" in letters:
            at = start + letters.index(b"t")
            self.found.append((at, at + 1, b"F" if data[at] == 0x54 else b"f"))
        quote_at = start + prefix
        quote = data[quote_at : quote_at + 3]
        if len(quote) < 3 or quote[0] != quote[1] or quote[1] != quote[2]:
            quote = data[quote_at : quote_at + 1]
        index = quote_at + len(quote)
        while index < self.size:
            byte = data[index]
            if byte == 0x5C:
                index += 2
            elif byte == 0x0A and len(quote) == 1:
                raise _Unreadable
            elif data.startswith(quote, index):
                return index + len(quote)
            elif formatted and byte == 0x7B:
                if data[index + 1 : index + 2] == b"{":
                    index += 2
                    continue
                end = self._field_end(index)
                inside = data[index + 1 : end - 1]
                if outermost and len(quote) == 1 and b"\n" in inside:
                    # a field spanning lines in a one-line string: the field becomes `{0}`, and the text after it
                    # continues the string's lines
                    self.found.append((index, end, b"{0}" + _continued(data[index + 1 : end])))
                elif outermost and any(byte in _NEEDS_NEW_GRAMMAR for byte in inside):
                    self.found.append((index + 1, end - 1, _placeholder(inside)))
                index = end
            else:
                index += 1
        raise _Unreadable

    def _field_end(self, index: int) -> int:
        """Just past the `}` closing the replacement field opened at `index`: strings, brackets and comments inside
        the expression skipped, the format spec after a top-level `:` read as text with fields of its own."""
        data, depth = self.data, 0
        index += 1
        self.nesting += 1
        if self.nesting > _MAX_NESTING:
            raise _Unreadable
        while index < self.size:
            byte = data[index]
            if byte in _QUOTES or _is_name_byte(byte):
                index = self._past_inner_token(index)
                continue
            if byte == 0x23:
                index = self._line_end(index)
                continue
            if byte in _OPEN:
                depth += 1
            elif byte in _CLOSE:
                if depth == 0:
                    if byte != 0x7D:
                        raise _Unreadable
                    self.nesting -= 1
                    return index + 1
                depth -= 1
            elif byte == 0x3A and depth == 0:
                end = self._spec_end(index + 1)
                self.nesting -= 1
                return end
            index += 1
        raise _Unreadable

    def _spec_end(self, index: int) -> int:
        """Just past the `}` ending a format spec that starts at `index`."""
        while index < self.size:
            byte = self.data[index]
            if byte == 0x7B:
                index = self._field_end(index)
            elif byte == 0x7D:
                return index + 1
            else:
                index += 1
        raise _Unreadable


def _class_name(text: bytes) -> bool:
    """A dotted name whose last part is spelled as a class's (`ValueError`, `errors.Timeout`)."""
    parts = text.split(b".")
    return all(part and not part[:1].isdigit() and all(_is_name_byte(byte) for byte in part) for part in parts) and (
        parts[-1][:1].isupper()
    )
