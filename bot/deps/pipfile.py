"""`Pipfile` (TOML): `[packages]` and `[dev-packages]`."""

from __future__ import annotations

import posixpath
from typing import Any

from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.utils import canonicalize_name

from bot.deps.interface import ReadFile
from bot.deps.model import DeclarationKind, FileWarning, ParseResult, Requirement
from bot.deps.pep508 import collect, find_line, section_start
from bot.deps.toml_util import load_toml, table

_UNPINNABLE_KEYS = ("git", "path", "file", "hg", "svn", "bzr")


class PipfileSource:
    """Pipenv's Pipfile."""

    name = "Pipfile"

    def matches(self, path: str) -> bool:
        """A file named Pipfile."""
        return posixpath.basename(path) == "Pipfile"

    def parse(self, path: str, text: str, read: ReadFile) -> ParseResult:
        """Requirements from [packages] (runtime) and [dev-packages] (group "dev")."""
        document = load_toml(text, path)
        if isinstance(document, FileWarning):
            return ParseResult(warnings=(document,))
        lines = text.splitlines()
        found: list[Requirement] = []
        warnings: list[FileWarning] = []
        for section, kind, group in (
            ("packages", DeclarationKind.RUNTIME, None),
            ("dev-packages", DeclarationKind.GROUP, "dev"),
        ):
            start = section_start(lines, f"[{section}]")
            for name, value in table(document, section).items():
                result = _one(name, value, path, find_line(lines, name, start), kind, group)
                collect(result, found, warnings)
        return ParseResult(requirements=tuple(found), warnings=tuple(warnings))


def _one(
    name: str, value: Any, path: str, line: int, kind: DeclarationKind, group: str | None
) -> Requirement | FileWarning:
    package = canonicalize_name(name)
    extras: tuple[str, ...] = ()
    marker: str | None = None
    if isinstance(value, dict):
        if any(key in value for key in _UNPINNABLE_KEYS):
            source = next(f"{key}={value[key]}" for key in _UNPINNABLE_KEYS if key in value)
            return Requirement(
                package=package,
                name=name,
                spec=source,
                specifier="",
                file=path,
                line=line,
                kind=kind,
                group=group,
                pinnable=False,
            )
        extras = tuple(sorted(str(extra) for extra in value.get("extras", ())))
        marker = value.get("markers") if isinstance(value.get("markers"), str) else None
        value = value.get("version", "*")
    if not isinstance(value, str):
        return FileWarning(file=path, line=line, message=f"Pipfile entry {name!r}: unreadable version {value!r}")
    specifier = "" if value.strip() == "*" else value.strip()
    try:
        SpecifierSet(specifier)
    except InvalidSpecifier as error:
        return FileWarning(file=path, line=line, message=f"Pipfile entry {name!r}: {error}")
    return Requirement(
        package=package,
        name=name,
        spec=value,
        specifier=specifier,
        file=path,
        line=line,
        extras=extras,
        marker=marker,
        kind=kind,
        group=group,
    )
