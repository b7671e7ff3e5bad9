"""Turning one PEP 508 string into a `Requirement` (or a warning that says where it is wrong)."""

from __future__ import annotations

import re

from packaging.requirements import InvalidRequirement
from packaging.requirements import Requirement as Pep508
from packaging.utils import canonicalize_name

from bot.deps.model import DeclarationKind, FileWarning, Requirement


def parse_pep508(
    text: str, file: str, line: int, kind: DeclarationKind, group: str | None = None
) -> Requirement | FileWarning:
    """Parse `text` as PEP 508; an invalid string gives a warning carrying packaging's caret message."""
    try:
        parsed = Pep508(text)
    except InvalidRequirement as error:
        return FileWarning(file=file, line=line, message=f"invalid requirement: {error}")
    return Requirement(
        package=canonicalize_name(parsed.name),
        name=parsed.name,
        spec=_written_spec(text) if parsed.url is None else f"@ {parsed.url}",
        specifier=str(parsed.specifier),
        file=file,
        line=line,
        extras=tuple(sorted(parsed.extras)),
        marker=str(parsed.marker) if parsed.marker is not None else None,
        kind=kind,
        group=group,
        pinnable=parsed.url is None,
    )


_NAME_AND_EXTRAS = re.compile(r"^\s*[A-Za-z0-9][A-Za-z0-9._-]*\s*(\[[^\]]*\])?")


def _written_spec(text: str) -> str:
    """The version specifier exactly as written, without name, extras or marker (`>= 0.15, < 2.0`)."""
    spec = _NAME_AND_EXTRAS.sub("", text.split(";", 1)[0], count=1).strip()
    return spec[1:-1].strip() if spec.startswith("(") and spec.endswith(")") else spec


def collect(result: Requirement | FileWarning, found: list[Requirement], warnings: list[FileWarning]) -> None:
    """Append a parse result to the requirements or to the warnings."""
    if isinstance(result, FileWarning):
        warnings.append(result)
    else:
        found.append(result)


def find_line(lines: list[str], needle: str, start: int = 0) -> int:
    """1-based number of the first line at or after index `start` containing `needle` (else start + 1)."""
    for index in range(start, len(lines)):
        if needle in lines[index]:
            return index + 1
    for index in range(0, min(start, len(lines))):
        if needle in lines[index]:
            return index + 1
    return start + 1


def section_start(lines: list[str], header: str) -> int:
    """Index of the line that is exactly `header` (ignoring surrounding spaces), or 0."""
    for index, line in enumerate(lines):
        if line.strip() == header:
            return index
    return 0


def decode(data: bytes, file: str) -> str | FileWarning:
    """UTF-8 text of a dependency file, or a warning when it is binary or not UTF-8."""
    if b"\x00" in data:
        return FileWarning(file=file, line=None, message="binary file (contains NUL bytes), not a dependency file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return FileWarning(file=file, line=line, message=f"not UTF-8 text ({error.reason} at byte {error.start})")
