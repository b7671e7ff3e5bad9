"""Transitive breakage: the chain from a repository's requirement to an extension release that breaks with X N.

A repository is affected through E when its requirements (intersected with what the watched releases require of
each other) admit a release E v whose code uses what X N removed, together with X N or later. The shell resolves
and fetches; this module holds the pure parts: the resolver's inputs, the `Via` evidence and the advice.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from packaging.requirements import InvalidRequirement
from packaging.requirements import Requirement as Pep508
from packaging.specifiers import SpecifierSet
from pydantic import BaseModel, ConfigDict

from bot.changes import ChangeKind
from bot.deps import DeclarationKind, Requirement, suggest_upper_bound
from bot.deps.core_metadata import CoreMetadata
from bot.deps.pins import excluding_pin, installed, pinning
from bot.deps.roles import is_development
from bot.findings.compat import CompatVerdict, DependentUse
from bot.usage.module_graph import loaded

_INSTALLED = frozenset({DeclarationKind.RUNTIME, DeclarationKind.REQUIREMENTS})
_PINNING = frozenset({DeclarationKind.LOCK, DeclarationKind.CONSTRAINT})


class Via(BaseModel):
    """How X N reaches the repository: the requirement line that brings E in, E's release, and E's uses."""

    model_config = ConfigDict(frozen=True)

    dependent: str
    """E, PEP 503 normalised."""
    display_name: str
    """E as its metadata spells it (`Flask-Login`)."""
    version: str
    """The E release that breaks and that the repository admits together with X N."""
    fresh_version: str
    """What a fresh install picks for E today (the same release, or a later one when only older installs break)."""
    requirement: str
    """E's requirement on X (`Werkzeug>=1.0.1`)."""
    chain: tuple[str, ...]
    """Watched packages from the repository's own requirement down to E (`("flask-login",)`)."""
    path: str = ""
    line: int = 0
    text: str = ""
    """The repository's requirement that brings the chain in, as written, and where; empty when not found."""
    uses: tuple[DependentUse, ...] = ()
    artifact: str = ""
    artifact_url: str = ""
    fix_release: str | None = None
    fix_excluded: str = ""
    """Why the repository cannot take the fix release: its exact pin that the fix release's own requirements exclude
    (sandman2 1.2.3 pins `SQLAlchemy==1.3.3`; Flask-SQLAlchemy 3.0.0 requires `SQLAlchemy>=1.4.18`); empty when it
    can."""

    @property
    def fix_installable(self) -> bool:
        """E has a fix release the repository's pins admit: raising E is the advice."""
        return self.fix_release is not None and not self.fix_excluded


def excluded_fix(
    requirements: Sequence[Requirement], chain: Sequence[str], fix: CoreMetadata, own: Collection[str] = ()
) -> str:
    """Why the repository's exact pins keep E's fix release (`fix`, its metadata; `chain`, the watched packages
    bringing E in) out of any install of it; empty when they do not: advice to require a release the tree cannot
    install is no advice."""
    line = bringing_line(requirements, chain)
    conflict = excluding_pin(pinning(requirements, [line] if line else []), fix.requires_dist, fix.name, own)
    return conflict.reason(fix.name, fix.version) if conflict else ""


def install_roots(
    requirements: Sequence[Requirement], own: Collection[str] = ()
) -> tuple[list[Pep508], dict[str, SpecifierSet]]:
    """What a fresh install starts from: runtime and requirements-file declarations (not development ones, not
    extras), markers applied; lock and constraint pins become constraints. A requirement on a distribution the tree
    builds itself (`own`) is the checkout, not a release from PyPI (see `bot.deps.publishing.own_names`)."""
    roots: list[Pep508] = []
    constraints: dict[str, SpecifierSet] = {}
    for requirement in requirements:
        if not requirement.pinnable or requirement.package in own:
            continue
        if requirement.kind in _PINNING:
            constraints[requirement.package] = (
                constraints.get(requirement.package, SpecifierSet()) & requirement.specifier_set
            )
            continue
        parsed = installed(requirement, own)
        if parsed is not None:
            roots.append(parsed)
    return roots, constraints


def bringing_line(requirements: Sequence[Requirement], chain: Sequence[str]) -> Requirement | None:
    """The repository's own declaration of the chain's first package (the runtime one first)."""
    declared = [r for r in requirements if chain and r.package == chain[0] and r.kind in _INSTALLED]
    declared.sort(key=lambda r: (is_development(r), r.kind is not DeclarationKind.RUNTIME, r.file, r.line))
    return declared[0] if declared else None


def make_via(
    verdict: CompatVerdict,
    display_name: str,
    fresh_version: str,
    chain: tuple[str, ...],
    requirements: Sequence[Requirement],
    *,
    artifact_url: str = "",
    fix_release: str | None = None,
) -> Via:
    """The evidence of one breaking E release for the repository."""
    line = bringing_line(requirements, chain)
    return Via(
        dependent=verdict.dependent,
        display_name=display_name,
        version=verdict.dependent_version,
        fresh_version=fresh_version,
        requirement=verdict.requirement,
        chain=chain,
        path=line.file if line else "",
        line=line.line if line else 0,
        text=line.as_written() if line else "",
        uses=verdict.uses,
        artifact=verdict.artifact,
        artifact_url=artifact_url,
        fix_release=fix_release,
    )


def unloaded_note(via: Via, modules: dict[str, str], graph: dict[str, frozenset[str]], imported: set[str]) -> str:
    """Why the repository does not reach what breaks in E (empty when it may): it imports E itself (E is no deeper
    dependency, which another package may import any way), and no module it imports of E loads a module holding E's
    uses (`modules` and `graph` are E's artifact's: path -> module, module -> what it imports)."""
    if len(via.chain) != 1 or not via.uses or not imported:
        return ""
    holding = {modules.get(use.path) for use in via.uses}
    if None in holding or holding & loaded(graph, imported):
        return ""
    files = ", ".join(dict.fromkeys(use.path for use in via.uses))
    spelled = ", ".join(sorted(name for name in imported if name in graph))
    return (
        f"not affected: {via.display_name} {via.version} uses what breaks only in {files}, which no module the tree"
        f" imports of it loads ({spelled})"
    )


class Exposure(BaseModel):
    """A repository against X N through the extensions it installs: the breaking pairs it admits, or, when a
    dependent release breaks but the repository keeps it away from N, why it is not affected now."""

    model_config = ConfigDict(frozen=True)

    vias: tuple[Via, ...] = ()
    note: str = ""


def still_missing(uses: Sequence[DependentUse], partner: Collection[str]) -> tuple[DependentUse, ...]:
    """E's uses that still break with `partner`, the public symbols of the first X release from N on that the
    repository admits: a removal that release undid is back (Flask 2.3.1 restored `flask.Markup`, lost in 2.3.0: an
    app pinning Flask==2.3.2 keeps Flask-WTF 1.1.1's `from flask import Markup` working). Other changes stay."""
    return tuple(use for use in uses if use.kind is not ChangeKind.REMOVED or use.symbol not in partner)


def restored_note(via_name: str, version: str, package: str, release: str, partner: str) -> str:
    """Why a repository is not affected through E when its first admitted X release has E's uses back."""
    return (
        f"not affected: {via_name} {version} uses what {package} {release} removed, but {package} {partner}, the first"
        f" release of it the requirements admit, has it again"
    )


def protection_note(
    requirements: Sequence[Requirement], package: str, version: str, picked: str | None, broken: Sequence[str]
) -> str:
    """Why the repository is not affected although `broken` dependent releases break with X N (empty if none)."""
    if not broken:
        return ""
    pins = [r for r in requirements if r.package == package and r.kind in _PINNING and not r.admits(version)]
    bounds = [r for r in requirements if r.package == package and r.kind in _INSTALLED and not r.admits(version)]
    what = ", ".join(broken)
    if pins:
        why = f"{pins[0].file}:{pins[0].line} pins {package} {picked or pins[0].specifier}"
    elif bounds:
        why = f"`{bounds[0].as_written()}` ({bounds[0].file}:{bounds[0].line}) excludes {package} {version}"
    else:
        why = f"its requirements admit none of {what} together with {package} {version}"
    verb = "breaks" if len(broken) == 1 else "break"
    return f"not affected now: {what} {verb} with {package} {version}, but {why}"


class TransitiveAdvice(BaseModel):
    """What to change, in the order of preference: raise E to its fix release, else bound X."""

    model_config = ConfigDict(frozen=True)

    lines: tuple[str, ...]
    """The requirement lines to write (`flask-login>=0.6.3`, or `Werkzeug<3`)."""
    raises_dependents: bool
    """True when every breaking E has a fix release (the lines raise E); False when X is bounded."""


def transitive_advice(
    vias: Sequence[Via], package_name: str, version: str, own: Requirement | None
) -> TransitiveAdvice:
    """`E>=fix` for each E when all have a fix release; else the bound on X that excludes `version`, on the
    repository's own requirement of X when it has one (its lower bound kept)."""
    if vias and all(v.fix_installable for v in vias):
        lines = tuple(
            dict.fromkeys(f"{_name_part(v) or v.display_name}>={v.fix_release}" for v in vias if len(v.chain) == 1)
        )
        deeper = tuple(dict.fromkeys(f"{v.display_name}>={v.fix_release}" for v in vias if len(v.chain) > 1))
        return TransitiveAdvice(lines=lines + deeper, raises_dependents=True)
    bound = suggest_upper_bound(own.specifier if own else "", version) or ""
    line = own.with_specifier(bound) if own is not None else f"{package_name}{bound}"
    return TransitiveAdvice(lines=(line,), raises_dependents=False)


def _name_part(via: Via) -> str:
    """The package name as the repository's own line spells it (`Flask-Login` from `Flask-Login>=0.6`)."""
    try:
        return Pep508(via.text.split(" ", 1)[0]).name if via.text else ""
    except InvalidRequirement:
        return ""
