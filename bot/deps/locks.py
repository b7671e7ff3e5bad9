"""Lock files (`poetry.lock`, `uv.lock`, `Pipfile.lock`), read for the locked version of each package only."""

from __future__ import annotations

import json
import posixpath

from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from bot.deps.interface import ReadFile
from bot.deps.model import DeclarationKind, FileWarning, ParseResult, Requirement
from bot.deps.pep508 import find_line
from bot.deps.toml_util import load_toml


def _locked(name: str, version: str, path: str, line: int) -> Requirement | FileWarning:
    try:
        Version(version)
    except InvalidVersion:
        return FileWarning(file=path, line=line, message=f"locked version {version!r} of {name!r} is not PEP 440")
    return Requirement(
        package=canonicalize_name(name),
        name=name,
        spec=f"=={version}",
        specifier=f"=={version}",
        file=path,
        line=line,
        kind=DeclarationKind.LOCK,
    )


def _split(results: list[Requirement | FileWarning]) -> ParseResult:
    return ParseResult(
        requirements=tuple(r for r in results if isinstance(r, Requirement)),
        warnings=tuple(r for r in results if isinstance(r, FileWarning)),
    )


class TomlLockSource:
    """`poetry.lock` and `uv.lock`: `[[package]]` tables with `name` and `version`."""

    name = "toml-lock"

    def matches(self, path: str) -> bool:
        """poetry.lock or uv.lock."""
        return posixpath.basename(path) in ("poetry.lock", "uv.lock")

    def parse(self, path: str, text: str, read: ReadFile) -> ParseResult:
        """One `==version` requirement per locked package (entries without a version are skipped)."""
        document = load_toml(text, path)
        if isinstance(document, FileWarning):
            return ParseResult(warnings=(document,))
        lines = text.splitlines()
        packages = document.get("package", [])
        results: list[Requirement | FileWarning] = []
        cursor = 0
        for entry in packages if isinstance(packages, list) else []:
            name, version = (entry.get("name"), entry.get("version")) if isinstance(entry, dict) else (None, None)
            if not isinstance(name, str) or not isinstance(version, str):
                continue
            line = find_line(lines, f'name = "{name}"', cursor)
            cursor = line
            results.append(_locked(name, version, path, line))
        return _split(results)


class PipfileLockSource:
    """`Pipfile.lock` (JSON): `default` and `develop` sections."""

    name = "Pipfile.lock"

    def matches(self, path: str) -> bool:
        """A file named Pipfile.lock."""
        return posixpath.basename(path) == "Pipfile.lock"

    def parse(self, path: str, text: str, read: ReadFile) -> ParseResult:
        """One `==version` requirement per locked package."""
        try:
            document = json.loads(text)
        except json.JSONDecodeError as error:
            return ParseResult(
                warnings=(FileWarning(file=path, line=error.lineno, message=f"malformed JSON: {error.msg}"),)
            )
        lines = text.splitlines()
        results: list[Requirement | FileWarning] = []
        for section in ("default", "develop"):
            entries = document.get(section, {}) if isinstance(document, dict) else {}
            for name, entry in entries.items() if isinstance(entries, dict) else ():
                version = entry.get("version") if isinstance(entry, dict) else None
                if isinstance(version, str) and version.startswith("=="):
                    results.append(_locked(name, version[2:], path, find_line(lines, f'"{name}": {{')))
        return _split(results)
