"""Remove an upper bound from one requirement line with the smallest textual change, checked by re-reading.

The clause is removed where it is written (`"Werkzeug>=1.0.1,<3",` -> `"Werkzeug>=1.0.1",`), in any format the
bot reads, and the edited file is read again with the bot's own parsers: unless the requirement on that line now
has exactly the expected specifier, nothing is edited.
"""

from __future__ import annotations

import re

from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.utils import canonicalize_name

from bot.deps import read_dependencies
from bot.deps.bounds import BoundEdit, LineEdit


def _clause_pattern(clause: str) -> re.Pattern[str]:
    """`<3` as written, with any spacing, and one comma on either side."""
    operator, version = re.match(r"\s*(<=?)\s*(\S+)", clause).groups()  # type: ignore[union-attr]
    core = rf"{re.escape(operator)}\s*{re.escape(version)}(?![\w.*])"
    return re.compile(rf"\s*,\s*{core}|{core}\s*,\s*|{core}")


def _name_end(line: str, package: str) -> int | None:
    """Where the package's name ends on the line (any PEP 503 spelling), or None."""
    for match in re.finditer(r"[A-Za-z0-9][A-Za-z0-9._-]*", line):
        if canonicalize_name(match.group(0)) == canonicalize_name(package):
            return match.end()
    return None


def _specifier_at(path: str, content: str, package: str, line: int) -> SpecifierSet | None:
    found = read_dependencies([path], {path: content.encode("utf-8")}.get).requirements
    for requirement in found:
        if requirement.package == canonicalize_name(package) and requirement.line == line:
            return requirement.specifier_set
    return None


def lift_edit(path: str, content: str, package: str, line: int, cap: str) -> BoundEdit | None:
    """The file with the `cap` clauses (`<3`) removed from `package`'s requirement at `line`; None when they are
    not there as written (already lifted, or moved) or the result would not read back as expected."""
    lines = content.splitlines(keepends=True)
    if not 0 < line <= len(lines):
        return None
    raw = lines[line - 1]
    body = raw.rstrip("\r\n")
    start = _name_end(body, package)
    if start is None:
        return None
    head, tail = body[:start], body[start:]
    for clause in cap.split(","):
        tail, count = _clause_pattern(clause).subn("", tail, count=1)
        if count != 1:
            return None
    tail = re.sub(r'^(\s*=\s*)(["\'])\2', r"\1\2*\2", tail)  # Poetry/Pipfile `werkzeug = "<3"` -> `"*"`
    new_body = head + tail
    edited = "".join([*lines[: line - 1], new_body + raw[len(body) :], *lines[line:]])
    before = _specifier_at(path, content, package, line)
    after = _specifier_at(path, edited, package, line)
    try:
        expected = SpecifierSet(",".join(s for s in map(str, before or ()) if s not in _cap_set(cap)))
    except InvalidSpecifier:
        return None
    if before is None or after is None or after != expected:
        return None
    return BoundEdit(path=path, content=edited, edits=(LineEdit(line=line, old=body, new=new_body),))


def _cap_set(cap: str) -> set[str]:
    return {str(s) for s in SpecifierSet(cap)}
