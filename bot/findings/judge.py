"""Per package and release: is the tree at risk, why, and which bound would protect it (pure).

The one judge: the CLI's `scan` verdict and the App's decision to open an issue (`outcome.evaluate`) both come
from `judge`. Only a use resolved through imports (`confidence: high`) counts as evidence; a bare member-name
match is listed as possible and never makes a repository at risk.
"""

from __future__ import annotations

from collections.abc import Sequence

from packaging.utils import canonicalize_name
from pydantic import BaseModel, ConfigDict, Field

from bot.changes import ChangeKind, ReleaseDiff
from bot.deps import DeclarationKind, Requirement, suggest_upper_bound
from bot.usage import BREAKING_KINDS, Confidence, Usage

_VERBS = {
    ChangeKind.REMOVED: "removes",
    ChangeKind.SIGNATURE_CHANGED: "changes the signature of",
    ChangeKind.ENV_VAR_REMOVED: "stops reading",
    ChangeKind.DEPRECATED: "deprecates",
}
_NOT_DECLARATIONS = frozenset({DeclarationKind.LOCK, DeclarationKind.CONSTRAINT})
_MAX_PLACES = 5


class RequirementEntry(Requirement):
    """A requirement in the scan report, with whether it admits the release(s) scanned against."""

    admitted: bool | None = Field(default=None, serialization_alias="admits")

    @classmethod
    def of(cls, requirement: Requirement, diffs: Sequence[ReleaseDiff]) -> RequirementEntry:
        """Wrap `requirement`; `admitted` is None when no diff concerns its package."""
        versions = [diff.new for diff in diffs if canonicalize_name(diff.package) == requirement.package]
        admitted = any(requirement.admits(version) for version in versions) if versions else None
        return cls(**requirement.model_dump(exclude={"has_upper_bound", "admitted"}), admitted=admitted)


class PackageVerdict(BaseModel):
    """The answer for one (package, release): at risk or not, and the evidence."""

    model_config = ConfigDict(frozen=True)

    package: str
    release: str
    previous: str
    at_risk: bool
    declared: bool
    admitting: list[RequirementEntry]
    breaking_uses: list[Usage]
    guarded_uses: list[Usage]
    deprecated_uses: list[Usage]
    possible_uses: list[Usage] = []
    """Unguarded name-only (medium-confidence) matches of what changed: shown, never counted."""
    suggested_requirement: str | None
    reasons: list[str]


def judge(diff: ReleaseDiff, requirements: Sequence[Requirement], usages: Sequence[Usage]) -> PackageVerdict:
    """At risk when a declared requirement admits the release and the tree makes an unguarded, import-resolved
    use of something it breaks; the runtime requirement comes first among those that admit it."""
    package = canonicalize_name(diff.package)
    declared = [r for r in requirements if canonicalize_name(r.package) == package and r.kind not in _NOT_DECLARATIONS]
    admitting = [r for r in declared if r.admits(diff.new)]
    admitting.sort(key=lambda r: (r.kind is not DeclarationKind.RUNTIME, r.file, r.line))
    changed = {change.symbol for change in diff.changes}
    relevant = [u for u in usages if canonicalize_name(u.package) == package and u.release == diff.new
                and u.symbol in changed]
    sure = [u for u in relevant if u.confidence is Confidence.HIGH]
    breaking = [u for u in sure if u.change in BREAKING_KINDS and not u.guarded]
    guarded = [u for u in relevant if u.change in BREAKING_KINDS and u.guarded]
    deprecated = [u for u in sure if u.change is ChangeKind.DEPRECATED]
    possible = [u for u in relevant if u.confidence is not Confidence.HIGH and not u.guarded]
    at_risk = bool(admitting) and bool(breaking)
    suggested = None
    if at_risk:
        bound = suggest_upper_bound(admitting[0].specifier, diff.new)
        suggested = admitting[0].with_specifier(bound) if bound else None
    return PackageVerdict(
        package=package, release=diff.new, previous=diff.old, at_risk=at_risk, declared=bool(declared),
        admitting=[RequirementEntry.of(r, [diff]) for r in admitting], breaking_uses=breaking, guarded_uses=guarded,
        deprecated_uses=deprecated, possible_uses=possible, suggested_requirement=suggested,
        reasons=_reasons(diff, declared, admitting, breaking, guarded, deprecated, possible),
    )


def _where(requirement: Requirement) -> str:
    return f"{requirement.as_written()} ({requirement.file}:{requirement.line})"


def _places(uses: Sequence[Usage]) -> str:
    places = list(dict.fromkeys(f"{u.file}:{u.line}" for u in uses))
    more = f" and {len(places) - _MAX_PLACES} more" if len(places) > _MAX_PLACES else ""
    return ", ".join(places[:_MAX_PLACES]) + more


def _by_symbol(uses: Sequence[Usage]) -> dict[tuple[str, ChangeKind], list[Usage]]:
    grouped: dict[tuple[str, ChangeKind], list[Usage]] = {}
    for use in uses:
        grouped.setdefault((use.symbol, use.change), []).append(use)
    return grouped


def _reasons(
    diff: ReleaseDiff, declared: list[Requirement], admitting: list[Requirement], breaking: list[Usage],
    guarded: list[Usage], deprecated: list[Usage], possible: list[Usage],
) -> list[str]:
    reasons: list[str] = []
    if not declared:
        reasons.append(f"{diff.package} is not declared as a dependency")
    elif not admitting:
        reasons.append(f"no requirement admits {diff.new}: " + "; ".join(_where(r) for r in declared))
    lead = f"{_where(admitting[0])} admits {diff.new}, which" if admitting else f"{diff.package} {diff.new}"
    for (symbol, kind), uses in _by_symbol(breaking).items():
        reasons.append(f"{lead} {_VERBS[kind]} {symbol}, used at {_places(uses)}")
    if admitting and not breaking:
        reasons.append(f"{_where(admitting[0])} admits {diff.new}, but nothing it breaks is used unguarded")
    for (symbol, _), uses in _by_symbol(guarded).items():
        reasons.append(f"guarded (not counted): {symbol} at {_places(uses)}")
    for (symbol, _), uses in _by_symbol(deprecated).items():
        reasons.append(f"{diff.package} {diff.new} deprecates {symbol}, used at {_places(uses)}")
    for (symbol, _), uses in _by_symbol(possible).items():
        reasons.append(f"possible (name-only match, not counted): {symbol} at {_places(uses)}")
    return reasons
