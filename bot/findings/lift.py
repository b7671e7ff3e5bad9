"""Caps that are no longer needed: an upper bound on a watched package whose excluded releases break nothing the
code still uses. A cap is a decision to track; this is the half of it that tells the maintainer when it is over.

A cap is proposed for lifting only when release-watch knows why it is there: it reported this repository's uses of
what an excluded release removed (a cap added for another reason, such as an extension that breaks, is not ours to
judge). The evidence is a stored diff that spans the cap (its old release admitted, its new one excluded), so the
first excluded release's changes are known; every excluded release scanned must break none of the code's uses (a
guarded use handles both sides and does not count). Any other use of a breaking change, even a possible one, keeps
the cap.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version
from pydantic import BaseModel, ConfigDict

from bot.changes import ReleaseDiff
from bot.deps import DeclarationKind, has_upper_bound
from bot.deps.roles import authoritative
from bot.findings.outcome import RequirementRef, requirement_ref
from bot.findings.scan import ScanReport
from bot.usage import BREAKING_KINDS

_UPPER = re.compile(r"^\s*<")
_NOT_DECLARATIONS = (DeclarationKind.LOCK, DeclarationKind.CONSTRAINT)


class CapLift(BaseModel):
    """One upper bound the code no longer needs, with what shows it."""

    model_config = ConfigDict(frozen=True)

    repo: str
    sha: str
    package: str
    display_name: str
    requirement: RequirementRef
    """The capped requirement as written (`Werkzeug>=2.0,<3` in requirements.txt:2)."""
    lifted: str
    """The same requirement without its upper bound (`Werkzeug>=2.0`)."""
    cap: str
    """The upper-bound clauses removed (`<3`)."""
    releases: tuple[str, ...]
    """The excluded releases whose changes the code was checked against, oldest first."""
    reported: tuple[str, ...] = ()
    """The excluded releases release-watch reported as breaking this repository: why the cap is there."""
    changes_checked: int
    """How many breaking changes those releases make (none of them used unguarded)."""
    guarded: int = 0
    """Uses of those changes behind `try`/`except ImportError`: they work on both sides of the cap."""
    library: bool = False

    @property
    def key(self) -> str:
        """One proposal per (repository, package, cap): `owner/repo:werkzeug:lift<3`."""
        return lift_key(self.repo, self.package, self.cap)


def lift_key(repo: str, package: str, cap: str) -> str:
    """The idempotency key of a lift proposal."""
    return f"{repo.lower()}:{canonicalize_name(package)}:lift{cap.replace(' ', '')}"


def without_upper_bound(specifier: str) -> tuple[str, str] | None:
    """(the specifier without its `<`/`<=` clauses, those clauses), or None when the cap is another kind
    (`~=2.0`, `==2.*`, Poetry's `^2.0` translated) that removing clauses cannot lift."""
    clauses = [c.strip() for c in specifier.split(",") if c.strip()]
    kept = [c for c in clauses if not _UPPER.match(c)]
    removed = [c for c in clauses if _UPPER.match(c)]
    try:
        if not removed or has_upper_bound(SpecifierSet(",".join(kept))):
            return None
    except InvalidSpecifier:
        return None
    return ",".join(kept), ",".join(removed)


def _sort_key(diff: ReleaseDiff) -> Version:
    try:
        return Version(diff.new)
    except InvalidVersion:
        return Version("0")


def find_lifts(
    repo: str, sha: str, report: ScanReport, diffs: Sequence[ReleaseDiff], reported: Collection[tuple[str, str]]
) -> list[CapLift]:
    """The caps in the scanned tree that the scanned diffs show are no longer needed (one per package).

    `reported` holds the (package, release) pairs release-watch reported as breaking this repository.
    """
    lifts: list[CapLift] = []
    for package in sorted({canonicalize_name(d.package) for d in diffs}):
        mine = sorted((d for d in diffs if canonicalize_name(d.package) == package), key=_sort_key)
        declared = [r for r in report.requirements if r.package == package and r.kind not in _NOT_DECLARATIONS]
        capped = [r for r in authoritative(declared) if r.pinnable and "<" in r.spec]
        capped.sort(key=lambda r: (r.kind is not DeclarationKind.RUNTIME, r.file, r.line))
        for requirement in capped:
            split = without_upper_bound(requirement.specifier)
            if split is None:
                continue
            kept, cap = split
            above = [d for d in mine if not requirement.admits(d.new) and SpecifierSet(kept).contains(d.new, True)]
            if not any(requirement.admits(d.old) for d in above):
                continue  # no stored diff crosses the cap: what its first excluded release changed is unknown
            if not any((package, d.new) in reported for d in above):
                continue  # not a cap release-watch knows the reason for
            breaking = {(d.new, c.symbol) for d in above for c in d.changes if c.kind in BREAKING_KINDS}
            uses = [
                u
                for u in report.usages
                if canonicalize_name(u.package) == package and (u.release, u.symbol) in breaking
            ]
            if any(not u.guarded for u in uses):
                continue
            lifts.append(
                CapLift(
                    repo=repo,
                    sha=sha,
                    package=package,
                    display_name=requirement.name,
                    requirement=requirement_ref(requirement),
                    lifted=requirement.with_specifier(kept),
                    cap=cap,
                    releases=tuple(dict.fromkeys(d.new for d in above)),
                    reported=tuple(dict.fromkeys(d.new for d in above if (package, d.new) in reported)),
                    changes_checked=len(breaking),
                    guarded=len(uses),
                    library=requirement.file in report.distributions
                    and requirement.kind in (DeclarationKind.RUNTIME, DeclarationKind.OPTIONAL),
                )
            )
            break
    return lifts
