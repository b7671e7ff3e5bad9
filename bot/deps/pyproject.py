"""`pyproject.toml`: PEP 621 dependencies and optional dependencies, PEP 735 dependency groups, Poetry."""

from __future__ import annotations

import posixpath
from typing import Any

from bot.deps.interface import ReadFile
from bot.deps.model import DeclarationKind, FileWarning, ParseResult, Requirement
from bot.deps.pep508 import collect, find_line, parse_pep508, section_start
from bot.deps.poetry import poetry_requirements
from bot.deps.toml_util import load_toml, table


class PyprojectSource:
    """PEP 621 / PEP 735 / Poetry declarations in `pyproject.toml`."""

    name = "pyproject.toml"

    def matches(self, path: str) -> bool:
        """A file named pyproject.toml."""
        return posixpath.basename(path) == "pyproject.toml"

    def parse(self, path: str, text: str, read: ReadFile) -> ParseResult:
        """Requirements from [project], [dependency-groups] and [tool.poetry]."""
        document = load_toml(text, path)
        if isinstance(document, FileWarning):
            return ParseResult(warnings=(document,))
        lines = text.splitlines()
        found: list[Requirement] = []
        warnings: list[FileWarning] = []

        def add(items: Any, header: str, kind: DeclarationKind, group: str | None, where: str) -> None:
            if not isinstance(items, list):
                warnings.append(FileWarning(file=path, line=None, message=f"{where} is not a list; skipped"))
                return
            start = section_start(lines, header)
            for item in items:
                if isinstance(item, dict) and "include-group" in item:
                    continue
                if not isinstance(item, str):
                    warnings.append(FileWarning(file=path, line=None, message=f"{where}: {item!r} is not a string"))
                    continue
                line = find_line(lines, item, start)
                result = parse_pep508(item, path, line, kind, group)
                collect(result, found, warnings)

        project = table(document, "project")
        if "dependencies" in project:
            add(project["dependencies"], "[project]", DeclarationKind.RUNTIME, None, "project.dependencies")
        for extra, items in table(document, "project", "optional-dependencies").items():
            header = "[project.optional-dependencies]"
            add(items, header, DeclarationKind.OPTIONAL, extra, f"project.optional-dependencies.{extra}")
        for group, items in table(document, "dependency-groups").items():
            add(items, "[dependency-groups]", DeclarationKind.GROUP, group, f"dependency-groups.{group}")
        poetry = poetry_requirements(table(document, "tool", "poetry"), path, lines)
        return ParseResult(requirements=tuple(found) + poetry.requirements, warnings=tuple(warnings) + poetry.warnings)
