"""Dependency declarations found anywhere in a tree, one module per file format behind `DependencySource`."""

from __future__ import annotations

import posixpath
from collections.abc import Iterable

from bot.deps.interface import DependencySource, ReadFile
from bot.deps.locks import PipfileLockSource, TomlLockSource
from bot.deps.model import DeclarationKind, FileWarning, ParseResult, Requirement
from bot.deps.pep508 import decode
from bot.deps.pipfile import PipfileSource
from bot.deps.pyproject import PyprojectSource
from bot.deps.requirements_txt import RequirementsSource
from bot.deps.setupcfg import SetupCfgSource
from bot.deps.setuppy import SetupPySource
from bot.deps.specs import admits, has_upper_bound, poetry_to_pep440, suggest_upper_bound

__all__ = [
    "DeclarationKind",
    "FileWarning",
    "ParseResult",
    "Requirement",
    "admits",
    "find_requirement_files",
    "has_upper_bound",
    "is_dependency_file",
    "poetry_to_pep440",
    "read_dependencies",
    "suggest_upper_bound",
]

MAX_DEPENDENCY_FILE_BYTES = 8 * 1024 * 1024


def _sources() -> list[DependencySource]:
    return [
        PyprojectSource(),
        SetupCfgSource(),
        SetupPySource(),
        RequirementsSource(),
        PipfileSource(),
        PipfileLockSource(),
        TomlLockSource(),
    ]


_MATCHERS = _sources()


def is_dependency_file(path: str) -> bool:
    """Whether the file at `path` (relative, POSIX) declares or locks dependencies in a format we read."""
    if posixpath.basename(path) == "MANIFEST.in":
        return False
    return any(source.matches(path) for source in _MATCHERS)


def find_requirement_files(paths: Iterable[str]) -> list[str]:
    """The dependency files among `paths`, sorted (the GitHub side fetches only these)."""
    return sorted(path for path in paths if is_dependency_file(path))


def read_dependencies(paths: Iterable[str], read: ReadFile) -> ParseResult:
    """Every requirement in the dependency files among `paths`, reading each through `read`, with warnings."""
    sources = _sources()
    requirements: list[Requirement] = []
    warnings: list[FileWarning] = []
    for path in find_requirement_files(paths):
        source = next(source for source in sources if source.matches(path))
        data = read(path)
        if data is None:
            continue
        if len(data) > MAX_DEPENDENCY_FILE_BYTES:
            warnings.append(
                FileWarning(
                    file=path,
                    message=f"{len(data)} bytes, larger than the {MAX_DEPENDENCY_FILE_BYTES}-byte limit; skipped",
                )
            )
            continue
        text = decode(data, path)
        if isinstance(text, FileWarning):
            warnings.append(text)
            continue
        try:
            result = source.parse(path, text, read)
        except (RecursionError, MemoryError):  # hostile nesting: the parsers recurse once per level
            warnings.append(FileWarning(file=path, message="nested too deeply to read; skipped"))
            continue
        requirements.extend(result.requirements)
        warnings.extend(result.warnings)
    return ParseResult(requirements=tuple(_unique(requirements)), warnings=tuple(dict.fromkeys(warnings)))


def _unique(requirements: list[Requirement]) -> list[Requirement]:
    """One entry per (file, line, package, group); a file setup.py reads is its runtime declaration."""
    kept: dict[tuple[str, int, str, str | None], Requirement] = {}
    for requirement in requirements:
        key = (requirement.file, requirement.line, requirement.package, requirement.group)
        earlier = kept.get(key)
        if earlier is None or (earlier.kind is DeclarationKind.REQUIREMENTS and requirement.kind in _DECLARED_BY_SETUP):
            kept[key] = requirement
    return list(kept.values())


_DECLARED_BY_SETUP = frozenset({DeclarationKind.RUNTIME, DeclarationKind.OPTIONAL})
