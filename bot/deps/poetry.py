"""Poetry's `[tool.poetry.*dependencies]` tables, with `^`/`~`/`*` constraints translated to PEP 440."""

from __future__ import annotations

from typing import Any

from packaging.utils import canonicalize_name

from bot.deps.model import DeclarationKind, FileWarning, ParseResult, Requirement
from bot.deps.pep508 import collect, find_line, section_start
from bot.deps.specs import poetry_to_pep440

_UNPINNABLE_KEYS = ("git", "path", "url", "file")


def poetry_requirements(poetry: dict[str, Any], path: str, lines: list[str]) -> ParseResult:
    """Every dependency of the main, legacy dev and named groups of a `[tool.poetry]` table."""
    tables: list[tuple[str, str | None, Any]] = [
        ("[tool.poetry.dependencies]", None, poetry.get("dependencies")),
        ("[tool.poetry.dev-dependencies]", "dev", poetry.get("dev-dependencies")),
    ]
    groups = poetry.get("group")
    if isinstance(groups, dict):
        for group, body in groups.items():
            deps = body.get("dependencies") if isinstance(body, dict) else None
            tables.append((f"[tool.poetry.group.{group}.dependencies]", group, deps))
    found: list[Requirement] = []
    warnings: list[FileWarning] = []
    for header, group, deps in tables:
        if not isinstance(deps, dict):
            continue
        start = section_start(lines, header)
        kind = DeclarationKind.RUNTIME if group is None else DeclarationKind.GROUP
        for name, value in deps.items():
            if canonicalize_name(name) == "python":
                continue
            line = find_line(lines, name, start)
            for entry in value if isinstance(value, list) else [value]:
                result = _one(name, entry, path, line, kind, group)
                collect(result, found, warnings)
    return ParseResult(requirements=tuple(found), warnings=tuple(warnings))


def _one(
    name: str, value: Any, path: str, line: int, kind: DeclarationKind, group: str | None
) -> Requirement | FileWarning:
    extras: tuple[str, ...] = ()
    marker: str | None = None
    if isinstance(value, dict):
        if any(key in value for key in _UNPINNABLE_KEYS):
            source = next(f"{key}={value[key]}" for key in _UNPINNABLE_KEYS if key in value)
            return Requirement(
                package=canonicalize_name(name),
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
        if value.get("optional") is True and kind is DeclarationKind.RUNTIME:
            kind = DeclarationKind.OPTIONAL
        value = value.get("version", "*")
    if not isinstance(value, str):
        return FileWarning(file=path, line=line, message=f"Poetry dependency {name!r}: unreadable constraint {value!r}")
    try:
        specifier = poetry_to_pep440(value)
    except ValueError as error:
        return FileWarning(file=path, line=line, message=str(error))
    return Requirement(
        package=canonicalize_name(name),
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
