"""What a polling round decides, without I/O: compare a project's releases with the stored state."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from bot.errors import NotFoundOnPyPI
from bot.releases import (
    AnalysisState,
    PollOutcome,
    ProjectInfo,
    ReleaseFile,
    ReleaseInfo,
    choose_artifact,
    normalize_name,
)


@dataclass(frozen=True)
class StoredPackage:
    """What the database knows about a package: the serial last processed and each version's yanked flag."""

    last_serial: int | None
    versions: Mapping[str, bool] = field(default_factory=dict)


@dataclass(frozen=True)
class NewRelease:
    """A release seen for the first time, with the artifact chosen for analysis (None when there is none)."""

    release: ReleaseInfo
    artifact: ReleaseFile | None
    state: AnalysisState
    analysis_error: str | None = None


@dataclass(frozen=True)
class PackageUpdate:
    """What changed for one package since the stored state; `baseline` on the package's first round."""

    name: str
    last_serial: int
    latest_version: str
    baseline: bool
    new: tuple[NewRelease, ...]
    yanked_changes: tuple[tuple[str, bool], ...]  # (version, now yanked) for already stored releases


def _new_release(release: ReleaseInfo, queue: bool) -> NewRelease:
    try:
        artifact: ReleaseFile | None = choose_artifact(release)
    except NotFoundOnPyPI as e:
        state = AnalysisState.FAILED if queue else AnalysisState.BASELINE
        return NewRelease(release, None, state, str(e) if queue else None)
    return NewRelease(release, artifact, AnalysisState.PENDING if queue else AnalysisState.BASELINE)


def plan_update(project: ProjectInfo, stored: StoredPackage) -> PackageUpdate | None:
    """Decide what to record; None when the serial did not move. The first round queues only the latest release."""
    if stored.last_serial == project.last_serial:
        return None
    baseline = stored.last_serial is None
    new: list[NewRelease] = []
    yanked_changes: list[tuple[str, bool]] = []
    for release in project.releases:
        if release.version in stored.versions:
            if stored.versions[release.version] != release.yanked:
                yanked_changes.append((release.version, release.yanked))
        elif release.files:  # a version without files has nothing to analyse; its upload moves the serial later
            queue = not baseline or release.version == project.latest_version
            new.append(_new_release(release, queue))
    return PackageUpdate(
        name=project.name,
        last_serial=project.last_serial,
        latest_version=project.latest_version,
        baseline=baseline,
        new=tuple(new),
        yanked_changes=tuple(yanked_changes),
    )


@dataclass(frozen=True)
class PackageResult:
    """The outcome of one package in a round, as the CLI table and the logs show it."""

    name: str
    latest_version: str | None = None
    unchanged: bool = False
    baseline: bool = False
    new_versions: tuple[str, ...] = ()
    prereleases: tuple[str, ...] = ()
    yanked: tuple[str, ...] = ()
    unyanked: tuple[str, ...] = ()
    queued: tuple[str, ...] = ()
    error: str | None = None


def summarize(update: PackageUpdate) -> PackageResult:
    """The result row for an applied update."""
    return PackageResult(
        name=update.name,
        latest_version=update.latest_version,
        baseline=update.baseline,
        new_versions=tuple(n.release.version for n in update.new),
        prereleases=tuple(n.release.version for n in update.new if n.release.is_prerelease),
        yanked=tuple(v for v, y in update.yanked_changes if y)
        + tuple(n.release.version for n in update.new if n.release.yanked),
        unyanked=tuple(v for v, y in update.yanked_changes if not y),
        queued=tuple(n.release.version for n in update.new if n.state is AnalysisState.PENDING),
    )


@dataclass(frozen=True)
class PollReport:
    """A finished round: one result per watched package, in watchlist order."""

    run_id: int
    started_at: datetime
    finished_at: datetime
    outcome: PollOutcome
    results: tuple[PackageResult, ...]
    requests: int


def outcome_of(results: Iterable[PackageResult]) -> PollOutcome:
    """OK when nothing failed, FAILED when everything did, PARTIAL otherwise."""
    failed = [r.error is not None for r in results]
    if not any(failed):
        return PollOutcome.OK
    return PollOutcome.FAILED if all(failed) else PollOutcome.PARTIAL


def watchlist_names(names: Iterable[str]) -> tuple[str, ...]:
    """The watchlist, PEP 503-normalised, without duplicates, in order."""
    return tuple(dict.fromkeys(normalize_name(n) for n in names))
