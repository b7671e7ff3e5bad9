"""pip requirements files: `-r`/`-c` includes (cycle-safe), comments, markers, hashes, continuations, URLs."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator

from packaging.utils import canonicalize_name

from bot.deps.interface import ReadFile
from bot.deps.model import DeclarationKind, FileWarning, ParseResult, Requirement
from bot.deps.pep508 import decode, parse_pep508

# Lookbehinds, not `\s+` prefixes: a prefix is retried from every blank of a long run (quadratic on hostile lines).
_COMMENT = re.compile(r"(?:^|(?<=\s))#.*$")
_PER_REQUIREMENT_OPTION = re.compile(r"(?<=\s)--(?:hash|install-option|global-option|config-settings)(?:=|\s+)\S+")
_INCLUDE = re.compile(r"^(?:-r|--requirement|-c|--constraint)(?:=|\s*)(\S+)$")
_EDITABLE = re.compile(r"^(?:-e|--editable)(?:=|\s*)(\S+)")
_URL = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*://|\.{0,2}/|[A-Za-z]:\\)")
_EGG = re.compile(r"#egg=([A-Za-z0-9._-]+)")
_ARCHIVE = re.compile(r"\.(?:whl|tar\.gz|tgz|zip|tar\.bz2)$")
_MAX_DEPTH = 32
_NAMED = re.compile(r".*(?:requirements|constraints).*\.(?:txt|in)")


class RequirementsSource:
    """Requirements files; one instance per tree so each file is read once across includes."""

    name = "requirements"

    def __init__(self) -> None:
        self._done: set[str] = set()

    def matches(self, path: str) -> bool:
        """requirements*.txt/.in, *constraints*.txt/.in, and .txt/.in/.pip files in a `requirements/` folder."""
        base = posixpath.basename(path).lower()
        if not base.endswith((".txt", ".in", ".pip")):
            return False
        if _NAMED.fullmatch(base):
            return True
        parent = posixpath.basename(posixpath.dirname(path)).lower()
        return parent in ("requirements", "reqs")

    def parse(self, path: str, text: str, read: ReadFile) -> ParseResult:
        """Requirements of the file and of every file it includes, each attributed to its own file and line."""
        found: list[Requirement] = []
        warnings: list[FileWarning] = []
        constraint = "constraints" in posixpath.basename(path).lower()
        kind = DeclarationKind.CONSTRAINT if constraint else DeclarationKind.REQUIREMENTS
        self._walk(path, text, read, kind, [path], found, warnings)
        return ParseResult(requirements=tuple(found), warnings=tuple(warnings))

    def _walk(
        self,
        path: str,
        text: str,
        read: ReadFile,
        kind: DeclarationKind,
        stack: list[str],
        found: list[Requirement],
        warnings: list[FileWarning],
    ) -> None:
        if path in self._done:
            return
        self._done.add(path)
        for line_number, line in logical_lines(text):
            include = _INCLUDE.match(line)
            if include is not None:
                self._include(path, line_number, line, include.group(1), read, kind, stack, found, warnings)
                continue
            result = _requirement(line, path, line_number, kind)
            if isinstance(result, FileWarning):
                warnings.append(result)
            elif result is not None:
                found.append(result)

    def _include(
        self,
        path: str,
        line_number: int,
        line: str,
        target: str,
        read: ReadFile,
        kind: DeclarationKind,
        stack: list[str],
        found: list[Requirement],
        warnings: list[FileWarning],
    ) -> None:
        included = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
        constraint = line.startswith(("-c", "--constraint"))
        if included.startswith("../") or included == ".." or posixpath.isabs(target) or "://" in target:
            warnings.append(
                FileWarning(
                    file=path, line=line_number, message=f"include {target!r} is outside the tree; not followed"
                )
            )
            return
        if included in stack:
            cycle = " -> ".join([*stack[stack.index(included) :], included])
            warnings.append(
                FileWarning(file=path, line=line_number, message=f"include cycle: {cycle}; not followed again")
            )
            return
        if len(stack) >= _MAX_DEPTH:
            warnings.append(
                FileWarning(
                    file=path, line=line_number, message=f"includes nested deeper than {_MAX_DEPTH}; not followed"
                )
            )
            return
        data = read(included)
        if data is None:
            warnings.append(FileWarning(file=path, line=line_number, message=f"included file {included!r} not found"))
            return
        text = decode(data, included)
        if isinstance(text, FileWarning):
            warnings.append(text)
            return
        sub_kind = DeclarationKind.CONSTRAINT if constraint else kind
        self._walk(included, text, read, sub_kind, [*stack, included], found, warnings)


def logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """(first physical line number, line) with comments removed and backslash continuations joined."""
    pending: list[str] = []
    start = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        if not pending:
            start = number
        stripped = _COMMENT.sub("", raw) if not raw.rstrip().endswith("\\") else raw.rstrip()
        if stripped.endswith("\\"):
            pending.append(stripped[:-1])
            continue
        pending.append(stripped)
        joined = " ".join(part.strip() for part in pending).strip()
        pending = []
        if joined:
            yield start, joined
    if pending:
        joined = " ".join(part.strip() for part in pending).strip()
        if joined:
            yield start, joined


def _requirement(line: str, path: str, number: int, kind: DeclarationKind) -> Requirement | FileWarning | None:
    editable = _EDITABLE.match(line)
    if editable is not None:
        return _unpinnable(editable.group(1), path, number, kind, "editable")
    if line.startswith("-"):
        return None  # global options: --index-url, --find-links, --pre, --no-binary, ...
    line = _PER_REQUIREMENT_OPTION.sub("", line).strip()
    if _URL.match(line) or (_ARCHIVE.search(line.split(";")[0].strip()) and "@" not in line):
        return _unpinnable(line, path, number, kind, "URL/path")
    return parse_pep508(line, path, number, kind)


def _unpinnable(target: str, path: str, number: int, kind: DeclarationKind, what: str) -> Requirement | FileWarning:
    egg = _EGG.search(target)
    if egg is None and "@" in target and "://" not in target.split("@", 1)[0]:
        result = parse_pep508(target, path, number, kind)
        if isinstance(result, Requirement):
            return result
    if egg is None:
        return FileWarning(
            file=path, line=number, message=f"{what} requirement {target!r} is unpinnable (no version range applies)"
        )
    name = egg.group(1)
    return Requirement(
        package=canonicalize_name(name),
        name=name,
        spec=target,
        specifier="",
        file=path,
        line=number,
        kind=kind,
        pinnable=False,
    )
