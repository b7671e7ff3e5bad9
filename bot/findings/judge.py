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
from bot.deps.pins import excluding_pin, pinning
from bot.deps.roles import authoritative, is_development
from bot.usage import BREAKING_KINDS, Usage
from bot.usage.calls import DOUBTS
from bot.usage.model import Confidence, Section

_VERBS = {
    ChangeKind.REMOVED: "removes",
    ChangeKind.SIGNATURE_CHANGED: "changes the signature of",
    ChangeKind.ENV_VAR_REMOVED: "stops reading",
    ChangeKind.DEPRECATED: "deprecates",
}
_BREAKAGE_VERBS = {
    "attribute_type_changed": "changes the type held by",
    "callable_now_raises": "now raises on every call of",
    "read_now_raises": "now raises on every read of",
}
"""Signature changes that are no change of signature: said as what they are."""
_NOT_DECLARATIONS = frozenset({DeclarationKind.LOCK, DeclarationKind.CONSTRAINT})
_MAX_PLACES = 5


class RequirementEntry(Requirement):
    """A requirement in the scan report, with whether it admits the release(s) scanned against."""

    admitted: dict[str, bool] | None = Field(default=None, serialization_alias="admits")
    """Per scanned release of its package (version -> admitted); None when no diff concerns its package."""

    @classmethod
    def of(cls, requirement: Requirement, diffs: Sequence[ReleaseDiff]) -> RequirementEntry:
        """Wrap `requirement` with whether it admits each release of its package scanned against."""
        versions = [diff.new for diff in diffs if canonicalize_name(diff.package) == requirement.package]
        admitted = {version: requirement.admits(version) for version in versions} if versions else None
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
    test_uses: list[Usage] = []
    """Unguarded breaking uses in tests: the repository's CI breaks, the package itself does not."""
    possible_uses: list[Usage] = []
    """Listed for a reader, never counted: member names on values of unknown type, and docs/examples."""
    suggested_requirement: str | None
    reasons: list[str]
    excluded_by: str | None = None
    """The tree's exact pin that the release's own requirements exclude, as evidence (`jinja2==3.0.3
    (requirements.txt:5) excludes Flask 2.3.0, which requires Jinja2>=3.1.2`): no fresh install picks the release,
    so nothing it breaks puts the tree at risk."""


def judge(
    diff: ReleaseDiff, requirements: Sequence[Requirement], usages: Sequence[Usage], *, unread: bool = False
) -> PackageVerdict:
    """At risk when a declared requirement admits the release, the tree's exact pins admit the release's own
    requirements, and the tree makes an unguarded, import-resolved use of something it breaks; the runtime
    requirement comes first among those that admit it. `unread`: some runtime requirements of the tree could not be
    read (a setup.py computing them), so a package found in no requirement may be declared there: no "imported but
    not declared" claim."""
    package = canonicalize_name(diff.package)
    declared = [r for r in requirements if r.package == package and r.kind not in _NOT_DECLARATIONS]
    admitting = [r for r in authoritative(declared) if r.admits(diff.new)]
    admitting.sort(key=lambda r: (r.kind is not DeclarationKind.RUNTIME, r.file, r.line))
    changed = {change.symbol for change in diff.changes}
    mine = [
        u for u in usages if canonicalize_name(u.package) == package and u.release == diff.new and u.symbol in changed
    ]
    counted = [u for u in mine if u.counts]
    breaking = [u for u in counted if u.change in BREAKING_KINDS and not u.guarded]
    guarded = [u for u in counted if u.change in BREAKING_KINDS and u.guarded]
    deprecated = [u for u in counted if u.change is ChangeKind.DEPRECATED]
    tests = [
        u
        for u in mine
        if u.section is Section.TESTS
        and u.confidence is not Confidence.POSSIBLE
        and u.change in BREAKING_KINDS
        and not u.guarded
    ]
    possible = [u for u in mine if not u.counts and u not in tests]
    # Imported but not declared: it arrives through another requirement, with no bound of ours on it.
    # A lock that pins it below the release protects it.
    locks = [r for r in requirements if r.package == package and r.kind is DeclarationKind.LOCK]
    undeclared = (
        not declared and bool(breaking) and not unread and (not locks or any(r.admits(diff.new) for r in locks))
    )
    reached = bool(admitting) or not declared  # a bound already keeping the release out needs no pin
    conflict = excluding_pin(pinning(requirements, admitting), diff.requires, package) if reached else None
    excluded = conflict.reason(admitting[0].name if admitting else diff.package, diff.new) if conflict else None
    at_risk = (bool(admitting) or undeclared) and bool(breaking) and excluded is None
    suggested = None
    if at_risk and admitting:
        bound = suggest_upper_bound(admitting[0].specifier, diff.new)
        suggested = admitting[0].with_specifier(bound) if bound else None
    elif at_risk:  # imported but not declared
        bound = suggest_upper_bound("", diff.new)
        suggested = f"{diff.package}{bound}" if bound else None
    return PackageVerdict(
        package=package,
        release=diff.new,
        previous=diff.old,
        at_risk=at_risk,
        declared=bool(declared),
        admitting=[RequirementEntry.of(r, [diff]) for r in admitting],
        breaking_uses=breaking,
        guarded_uses=guarded,
        deprecated_uses=deprecated,
        test_uses=tests,
        possible_uses=possible,
        suggested_requirement=suggested,
        reasons=([f"{excluded}: a fresh install cannot pick it"] if excluded else [])
        + _reasons(diff, declared, admitting, breaking, guarded, deprecated, unread, bool(excluded))
        + _listed(diff, tests, possible),
        excluded_by=excluded,
    )


def _where(requirement: Requirement) -> str:
    return f"{requirement.as_written()} ({requirement.file}:{requirement.line})"


def _places(uses: Sequence[Usage]) -> str:
    places = list(dict.fromkeys(f"{u.file}:{u.line}" for u in uses))
    more = f" and {len(places) - _MAX_PLACES} more" if len(places) > _MAX_PLACES else ""
    return ", ".join(places[:_MAX_PLACES]) + more


def _verb(diff: ReleaseDiff, symbol: str, kind: ChangeKind) -> str:
    """How the release touches the symbol: by change kind, or by breakage kind where the kind says too little."""
    change = next((c for c in diff.changes if c.kind is kind and (symbol == c.symbol or symbol in c.aliases)), None)
    return _BREAKAGE_VERBS.get(change.breakage, _VERBS[kind]) if change is not None else _VERBS[kind]


def _by_symbol(uses: Sequence[Usage]) -> dict[tuple[str, ChangeKind], list[Usage]]:
    grouped: dict[tuple[str, ChangeKind], list[Usage]] = {}
    for use in uses:
        grouped.setdefault((use.symbol, use.change), []).append(use)
    return grouped


def _reasons(
    diff: ReleaseDiff,
    declared: list[Requirement],
    admitting: list[Requirement],
    breaking: list[Usage],
    guarded: list[Usage],
    deprecated: list[Usage],
    unread: bool = False,
    excluded: bool = False,
) -> list[str]:
    reasons: list[str] = []
    if not declared and breaking and unread:
        reasons.append(
            f"{diff.package} is in no requirement the scan could read, and some are computed at build time (see the"
            f" warnings): whether it is declared, and bounded below {diff.new}, cannot be told"
        )
    elif not declared and breaking and not excluded:
        reasons.append(
            f"{diff.package} is imported but not declared: it arrives through another requirement without"
            f" a bound, so {diff.new} installs; declare it with a bound (or migrate)"
        )
    elif not declared:
        reasons.append(f"{diff.package} is not declared as a dependency")
    elif not admitting:
        reasons.append(f"no requirement admits {diff.new}: " + "; ".join(_where(r) for r in authoritative(declared)))
        development = [r for r in declared if is_development(r) and r.admits(diff.new)]
        if development and len(authoritative(declared)) < len(declared):
            reasons.append(
                "development requirements admit it, which set up development only: "
                + "; ".join(_where(r) for r in development)
            )
    lead = f"{_where(admitting[0])} admits {diff.new}, which" if admitting else f"{diff.package} {diff.new}"
    for (symbol, kind), uses in _by_symbol(breaking).items():
        reasons.append(f"{lead} {_verb(diff, symbol, kind)} {symbol}, used at {_places(uses)}")
    if admitting and not breaking:
        reasons.append(f"{_where(admitting[0])} admits {diff.new}, but nothing it breaks is used unguarded")
    for (symbol, _), uses in _by_symbol(guarded).items():
        reasons.append(f"guarded (not counted): {symbol} at {_places(uses)}")
    for (symbol, _), uses in _by_symbol(deprecated).items():
        reasons.append(f"{diff.package} {diff.new} deprecates {symbol}, used at {_places(uses)}")
    return reasons


def _listed(diff: ReleaseDiff, tests: list[Usage], possible: list[Usage]) -> list[str]:
    """Reasons for the uses that do not decide the verdict: tests (CI breaks), then possible and docs uses."""
    lines = [
        f"tests (CI breaks, the package does not): {diff.package} {diff.new} {_verb(diff, symbol, kind)} {symbol},"
        f" used at {_places(uses)}"
        for (symbol, kind), uses in _by_symbol(tests).items()
    ]
    lines += [
        f"possible (not counted: {_why_not_counted(uses[0])}): {symbol} at {_places(uses)}"
        for (symbol, _), uses in _by_symbol(possible).items()
    ]
    return lines


def _why_not_counted(use: Usage) -> str:
    """Why a listed use decides nothing: its own doubt, or, for a use resolved through imports, where it is (a
    deprecation used in tests, any use in docs or examples); the evidence alone reads like a reason to count it."""
    if use.confidence is Confidence.POSSIBLE and use.detail.endswith(DOUBTS):
        return use.detail  # resolved through imports: the doubt is what the call does (a changed default, ...)
    if use.confidence is Confidence.POSSIBLE or use.section is Section.CODE:
        return use.evidence or use.section.value
    where = "in tests" if use.section is Section.TESTS else "in docs or examples"
    return f"{where}; {use.evidence}" if use.evidence else where
