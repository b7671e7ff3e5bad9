"""A release's core metadata (`METADATA`, PEP 658 `.metadata`): its `Requires-Dist` for a stated environment.

What a fresh install gets depends on markers (`; python_version < "3.8"`, `; extra == "async"`), so requirements
are evaluated, never ignored, for one default environment: CPython 3.11 on Linux, no extras unless asked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from email.parser import HeaderParser

from packaging.markers import InvalidMarker, UndefinedComparison, UndefinedEnvironmentName
from packaging.requirements import InvalidRequirement
from packaging.requirements import Requirement as Pep508
from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.utils import canonicalize_name

from bot.deps.model import DeclarationKind, Requirement

DEFAULT_ENVIRONMENT: dict[str, str] = {
    "implementation_name": "cpython",
    "implementation_version": "3.11.0",
    "os_name": "posix",
    "platform_machine": "x86_64",
    "platform_python_implementation": "CPython",
    "platform_release": "",
    "platform_system": "Linux",
    "platform_version": "",
    "python_full_version": "3.11.0",
    "python_version": "3.11",
    "sys_platform": "linux",
}
"""The environment markers are evaluated for (stated in issues and `/status`)."""
ENVIRONMENT_LABEL = "CPython 3.11, Linux"


@dataclass(frozen=True)
class CoreMetadata:
    """The fields of a release's core metadata the resolver and the compatibility verdict read."""

    name: str
    version: str
    requires_dist: tuple[str, ...]
    requires_python: str | None = None


def parse_core_metadata(text: str) -> CoreMetadata:
    """Read `Name`, `Version`, `Requires-Dist` and `Requires-Python` from a METADATA / PKG-INFO document."""
    headers = HeaderParser().parsestr(text)
    return CoreMetadata(
        name=str(headers.get("Name", "")).strip(),
        version=str(headers.get("Version", "")).strip(),
        requires_dist=tuple(str(value).strip() for value in headers.get_all("Requires-Dist") or ()),
        requires_python=(str(headers["Requires-Python"]).strip() or None) if headers.get("Requires-Python") else None,
    )


def marker_applies(requirement: Pep508, extras: Iterable[str] = ()) -> bool:
    """Whether the requirement's marker holds in the default environment for any of `extras` (or none)."""
    if requirement.marker is None:
        return True
    for extra in ("", *extras):
        try:
            if requirement.marker.evaluate({**DEFAULT_ENVIRONMENT, "extra": extra}):
                return True
        except (UndefinedComparison, UndefinedEnvironmentName, InvalidMarker):
            return False
    return False


def runtime_requires(metadata: CoreMetadata, extras: Iterable[str] = ()) -> list[Pep508]:
    """The requirements a default-environment install of this release (with `extras`) pulls in."""
    found: list[Pep508] = []
    for line in metadata.requires_dist:
        try:
            requirement = Pep508(line)
        except InvalidRequirement:
            continue
        if marker_applies(requirement, extras):
            found.append(requirement)
    return found


def python_supported(requires_python: str | None) -> bool:
    """Whether the default environment's Python satisfies a `Requires-Python` (an unreadable one is ignored)."""
    if not requires_python:
        return True
    try:
        return SpecifierSet(requires_python).contains(DEFAULT_ENVIRONMENT["python_full_version"], prereleases=True)
    except InvalidSpecifier:
        return True


def requirements_on(metadata: CoreMetadata, package: str, *, file: str = "METADATA") -> list[Requirement]:
    """The release's default-environment requirements on `package`, as declarations the judge reads."""
    wanted = canonicalize_name(package)
    return [
        Requirement(
            package=wanted,
            name=requirement.name,
            spec=str(requirement.specifier),
            specifier=str(requirement.specifier),
            file=file,
            line=0,
            extras=tuple(sorted(requirement.extras)),
            kind=DeclarationKind.RUNTIME,
            pinnable=requirement.url is None,
        )
        for requirement in runtime_requires(metadata)
        if canonicalize_name(requirement.name) == wanted
    ]
