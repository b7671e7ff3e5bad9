"""A tree's exact pins, and the release requirements they exclude: a release is installed with its own requirements
or not at all (pure).

Flask 2.3.0 requires `Jinja2>=3.1.2`; pygeoapi 0.14.0's requirements.txt pins `jinja2==3.0.3`, so no fresh install
of it picks Flask 2.3.0, whatever its Flask line admits. Only proof counts: exact pins (`==`, `===`) of the
declarations a fresh install reads (see `installed`), and constraints files. A range that merely overlaps, a pin in
an extra or a development file, or a package the tree also declares with a looser requirement (a library's
`install_requires`, which its users get) proves nothing. A lock records one resolution and is made again with the
release, so its entries are no pins here.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from packaging.requirements import InvalidRequirement
from packaging.requirements import Requirement as Pep508
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from bot.deps.core_metadata import marker_applies
from bot.deps.model import DeclarationKind, Requirement
from bot.deps.roles import is_development

_INSTALLED = frozenset({DeclarationKind.RUNTIME, DeclarationKind.REQUIREMENTS})
_EXACT = frozenset({"==", "==="})


def installed(requirement: Requirement, own: Collection[str] = ()) -> Pep508 | None:
    """The requirement as a fresh install of the tree reads it: a runtime or requirements-file declaration (not a
    development one, not an extra) whose marker holds in the default environment, on a release from PyPI (not a
    distribution the tree builds itself, `own`); None for any other."""
    if not requirement.pinnable or requirement.package in own:
        return None
    if requirement.kind not in _INSTALLED or is_development(requirement):
        return None
    try:
        parsed = Pep508(f"{requirement.package}{requirement.specifier_set}")
        if requirement.marker:
            parsed = Pep508(f"{parsed}; {requirement.marker}")
    except InvalidRequirement:
        return None
    return parsed if marker_applies(parsed) else None


def pinned_version(requirement: Requirement) -> Version | None:
    """The one version an exact pin (`==3.0.3`, `===3.0.3`) admits; None for any other specifier."""
    specifiers = list(requirement.specifier_set)
    if len(specifiers) != 1 or specifiers[0].operator not in _EXACT or "*" in specifiers[0].version:
        return None
    try:
        return Version(specifiers[0].version)
    except InvalidVersion:
        return None


@dataclass(frozen=True)
class PinConflict:
    """A pin of the tree that excludes a release through one of the release's own requirements."""

    pin: Requirement
    requirement: str
    """The release's requirement as its metadata spells it (`Jinja2>=3.1.2`)."""

    def reason(self, name: str, version: str) -> str:
        """The evidence in one line: `jinja2==3.0.3 (requirements.txt:5) excludes Flask 2.3.0, which requires
        Jinja2>=3.1.2`."""
        where = f"{self.pin.as_written()} ({self.pin.file}:{self.pin.line})"
        return f"{where} excludes {name} {version}, which requires {self.requirement}"


def _binding(requirement: Requirement) -> bool:
    """A declaration a fresh install obeys: one it reads (`installed`), or a constraints-file entry."""
    if requirement.kind is DeclarationKind.CONSTRAINT:
        return requirement.pinnable
    return installed(requirement) is not None


def pinning(requirements: Sequence[Requirement], admitting: Sequence[Requirement]) -> Sequence[Requirement]:
    """The declarations whose pins hold every install that `admitting` (the tree's declarations bringing the release
    in) reaches: a published distribution's own when one of them is (or, with none, when the tree publishes one),
    since its users install those, never the checkout's requirements files (a library's requirements.txt pinning
    `jinja2==3.0.3` for its CI keeps none of them from Flask 2.3.0); all of them for an application's files."""
    published = [r for r in requirements if r.kind is DeclarationKind.RUNTIME]
    if any(r.kind is DeclarationKind.RUNTIME for r in admitting) or (not admitting and published):
        return published
    return requirements


def excluding_pin(
    requirements: Sequence[Requirement], requires: Iterable[str], package: str, own: Collection[str] = ()
) -> PinConflict | None:
    """The tree's pin that excludes a release of `package` whose own requirements are `requires` (its metadata's,
    extras and markers evaluated for the default environment): the first requirement whose package every binding
    declaration of the tree pins exactly, to versions it excludes. None when no such proof exists."""
    for line in requires:
        try:
            wanted = Pep508(line)
        except InvalidRequirement:
            continue
        name = canonicalize_name(wanted.name)
        if name == canonicalize_name(package) or name in own or wanted.url or not marker_applies(wanted):
            continue
        declared = [r for r in requirements if r.package == name and _binding(r)]
        versions = [pinned_version(r) for r in declared]
        if declared and all(v is not None and not wanted.specifier.contains(v, prereleases=True) for v in versions):
            return PinConflict(pin=declared[0], requirement=line)
    return None
