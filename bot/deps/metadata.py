"""An sdist's built metadata, the fallback when no source file declares the runtime requirements:
`*.egg-info/requires.txt` (sections `[extra]`, `[:marker]`, `[extra:marker]`) or `PKG-INFO`'s `Requires-Dist`.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable

from bot.deps.interface import ReadFile
from bot.deps.model import DeclarationKind, FileWarning, ParseResult, Requirement
from bot.deps.pep508 import collect, decode, parse_pep508

_SECTION = re.compile(r"^\[(?P<extra>[^:\]]*)(?::(?P<marker>.*))?\]$")
_EXTRA_MARKER = re.compile(r"""^(?P<rest>.*?)\s*;\s*extra\s*==\s*["'](?P<extra>[^"']+)["']\s*$""")


def metadata_files(paths: Iterable[str]) -> list[str]:
    """Top-level (or `src/`) `*.egg-info/requires.txt`, then a top-level `PKG-INFO`: the first is read."""
    found = [p for p in paths if p.endswith(".egg-info/requires.txt") and p.count("/") <= 2]
    return sorted(found, key=lambda p: (p.count("/"), p)) + [p for p in paths if p == "PKG-INFO"]


def read_metadata(paths: Iterable[str], read: ReadFile) -> ParseResult:
    """The runtime and optional requirements of the first metadata file found (none when there is none)."""
    for path in metadata_files(list(paths)):
        data = read(path)
        text = decode(data, path) if data is not None else None
        if not isinstance(text, str):
            continue
        result = _requires_txt(path, text) if path.endswith("requires.txt") else _pkg_info(path, text)
        if result.requirements:
            return result
    return ParseResult()


def _requires_txt(path: str, text: str) -> ParseResult:
    found: list[Requirement] = []
    warnings: list[FileWarning] = []
    extra: str | None = None
    marker: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        section = _SECTION.match(line)
        if section is not None:
            extra, marker = section.group("extra") or None, section.group("marker")
            continue
        if not line or line.startswith("#"):
            continue
        if marker and ";" not in line:
            line = f"{line}; {marker}"
        kind = DeclarationKind.OPTIONAL if extra else DeclarationKind.RUNTIME
        collect(parse_pep508(line, path, number, kind, extra), found, warnings)
    return ParseResult(requirements=tuple(found), warnings=tuple(warnings))


def _pkg_info(path: str, text: str) -> ParseResult:
    found: list[Requirement] = []
    warnings: list[FileWarning] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw:
            break  # the headers end at the first blank line; the description follows
        if not raw.lower().startswith("requires-dist:"):
            continue
        line = raw.split(":", 1)[1].strip()
        extra_marker = _EXTRA_MARKER.match(line)
        extra = extra_marker.group("extra") if extra_marker else None
        line = extra_marker.group("rest") if extra_marker else line
        kind = DeclarationKind.OPTIONAL if extra else DeclarationKind.RUNTIME
        collect(parse_pep508(line, posixpath.normpath(path), number, kind, extra), found, warnings)
    return ParseResult(requirements=tuple(found), warnings=tuple(warnings))
