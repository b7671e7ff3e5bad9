"""Ecosystem compatibility: does release E v of a dependent break with release N of X (pure).

The verdict comes from the one judge (`judge`), fed with E's own default-environment `Requires-Dist` on X and the
uses the scan core found in E's released artifact: *breaks* when E's requirement admits N and E's code makes an
unguarded, import-resolved use of something N removes or changes; *compatible* when E's requirement excludes N
or nothing N breaks is used; *unknown* (with why) when the artifact could not be read or only possible uses exist.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import StrEnum

from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version
from pydantic import BaseModel, ConfigDict

from bot.changes import ChangeKind, ReleaseDiff
from bot.deps.core_metadata import CoreMetadata, requirements_on
from bot.findings.judge import judge
from bot.usage import Usage


class CompatStatus(StrEnum):
    """The verdict on one (E release, X release) pair."""

    BREAKS = "breaks"
    COMPATIBLE = "compatible"
    UNKNOWN = "unknown"


class DependentUse(BaseModel):
    """A place in E's released artifact that uses what X N broke."""

    model_config = ConfigDict(frozen=True)

    symbol: str
    kind: ChangeKind
    path: str
    """Relative to the artifact's root (`flask_login/utils.py` in a wheel)."""
    line: int
    evidence: str = ""


class CompatVerdict(BaseModel):
    """E v against X N: the status, why in words, E's requirement on X, and the uses that decide it."""

    model_config = ConfigDict(frozen=True)

    package: str
    """X, PEP 503 normalised."""
    version: str
    """N."""
    dependent: str
    """E, PEP 503 normalised."""
    dependent_version: str
    status: CompatStatus
    why: str
    requirement: str = ""
    """E's requirement on X as its metadata spells it (`Werkzeug>=1.0.1`); empty when E does not depend on X."""
    uses: tuple[DependentUse, ...] = ()
    artifact: str = ""
    """The file the uses were found in (`Flask_Login-0.6.2-py3-none-any.whl`)."""
    artifact_url: str = ""
    admits: bool = True
    """False when E's requirement excludes N: compatible by a cap, which is no fix of E's code."""
    failed: bool = False
    """True when E's metadata or artifact could not be read (transient: never stored, never decides anything)."""


def depends_on(metadata: CoreMetadata, package: str) -> bool:
    """Whether a default-environment install of the release pulls `package` in."""
    return bool(requirements_on(metadata, package))


def excludes_release(metadata: CoreMetadata, package: str, version: str) -> bool:
    """Whether the release declares `package` with a requirement that excludes `version` (no scan needed)."""
    return any(not r.admits(version) for r in requirements_on(metadata, package))


def compat_verdict(
    metadata: CoreMetadata,
    diff: ReleaseDiff,
    usages: Sequence[Usage] | None,
    *,
    artifact: str = "",
    artifact_url: str = "",
    failure: str | None = None,
) -> CompatVerdict:
    """The verdict for E (described by `metadata`) against `diff`'s new release, from the uses found in E's artifact.

    `usages` is None when the artifact was not scanned: `failure` says why (unknown), or E's requirement already
    excludes the release (no scan needed).
    """
    declared = requirements_on(metadata, diff.package)
    spelled = ", ".join(r.as_written() for r in declared)
    base = {
        "package": canonicalize_name(diff.package),
        "version": diff.new,
        "dependent": canonicalize_name(metadata.name),
        "dependent_version": metadata.version,
        "requirement": spelled,
        "artifact": artifact,
        "artifact_url": artifact_url,
    }
    who = f"{metadata.name} {metadata.version}"
    if not declared:
        return _undeclared(base, who, diff, usages)
    if not all(r.admits(diff.new) for r in declared):
        why = f"{who} requires {spelled}, which excludes {diff.new}: an install never pairs them"
        return CompatVerdict(**base, status=CompatStatus.COMPATIBLE, why=why, admits=False)
    if usages is None:
        why = f"{who}'s released code could not be read: {failure or 'not scanned'}"
        return CompatVerdict(**base, status=CompatStatus.UNKNOWN, why=why, failed=True)
    verdict = judge(diff, declared, usages)
    if verdict.at_risk:
        uses = _uses(verdict.breaking_uses)
        symbols = ", ".join(dict.fromkeys(u.symbol for u in uses))
        why = f"{who} requires {spelled}, which admits {diff.new}, and its code uses {symbols}, which {diff.new} breaks"
        return CompatVerdict(**base, status=CompatStatus.BREAKS, why=why, uses=uses)
    if verdict.possible_uses:
        why = f"{who} has only possible uses of what {diff.new} breaks (member names on values of unknown type)"
        return CompatVerdict(**base, status=CompatStatus.UNKNOWN, why=why)
    why = f"{who} requires {spelled}, which admits {diff.new}, but uses nothing it breaks unguarded"
    return CompatVerdict(**base, status=CompatStatus.COMPATIBLE, why=why)


def _undeclared(base: dict[str, str], who: str, diff: ReleaseDiff, usages: Sequence[Usage] | None) -> CompatVerdict:
    """E does not declare X: it breaks only when its code imports X unguarded (X then arrives through E's other
    requirements, with no bound of E's on it: Flask-Login 0.5.0 and `werkzeug.security.safe_str_cmp`)."""
    verdict = judge(diff, [], usages or [])
    if not verdict.at_risk:
        return CompatVerdict(**base, status=CompatStatus.COMPATIBLE, why=f"{who} does not depend on {diff.package}")
    uses = _uses(verdict.breaking_uses)
    symbols = ", ".join(dict.fromkeys(u.symbol for u in uses))
    why = (
        f"{who} imports {diff.package} without declaring it (it arrives through its other requirements, unbounded),"
        f" and its code uses {symbols}, which {diff.new} breaks"
    )
    return CompatVerdict(**base, status=CompatStatus.BREAKS, why=why, uses=uses)


def _uses(breaking: Sequence[Usage]) -> tuple[DependentUse, ...]:
    return tuple(
        dict.fromkeys(
            DependentUse(symbol=u.symbol, kind=u.change, path=u.file, line=u.line, evidence=u.evidence)
            for u in sorted(breaking, key=lambda u: (u.file, u.line, u.symbol))
        )
    )


def _version(text: str) -> Version | None:
    try:
        return Version(text)
    except InvalidVersion:
        return None


def fix_release(verdicts: Iterable[CompatVerdict]) -> str | None:
    """E's fix release for X N: the first evaluated E release after the newest breaking one that works with N (a
    release that only caps X below N is no fix: requiring it would hold X back)."""
    ordered = sorted(
        ((v, verdict) for verdict in verdicts if (v := _version(verdict.dependent_version)) is not None),
        key=lambda pair: pair[0],
    )
    breaking = [v for v, verdict in ordered if verdict.status is CompatStatus.BREAKS]
    if not breaking:
        return None
    for v, verdict in ordered:
        if v > breaking[-1] and verdict.status is CompatStatus.COMPATIBLE and verdict.admits and not v.is_prerelease:
            return verdict.dependent_version
    return None
