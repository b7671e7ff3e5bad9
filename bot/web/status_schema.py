"""Response models of the `/status` endpoints (in the OpenAPI schema); the HTML pages render the same models."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from bot.changes import Change
from bot.releases import PollOutcome
from bot.web.compat_schema import CompatLink, DependentVerdict, ExposureNoteStatus, ExtensionMatrix


class PackageStatus(BaseModel):
    """One watched package."""

    name: str
    latest_version: str | None
    last_serial: int | None
    last_polled: datetime | None
    last_error: str | None
    releases: int
    pending_analysis: int
    latest_upload_time: datetime | None = Field(default=None, description="When `latest_version` was uploaded.")


class PollStatus(BaseModel):
    """The most recent polling round."""

    started_at: datetime
    finished_at: datetime | None
    outcome: PollOutcome
    packages_checked: int
    packages_failed: int
    releases_new: int
    error: str | None


class Page(BaseModel):
    """Where a paginated list stands: `next_page` is None on the last page."""

    page: int
    per_page: int
    total: int
    next_page: int | None


class BreakingRelease(BaseModel):
    """A recent release whose stored diff removes or changes something, and the repositories it affects."""

    package: str
    version: str
    compared_with: str
    upload_time: datetime | None
    breaking_changes: int = Field(description="Removed, signature-changed or env-var-removed symbols in its diff.")
    repositories_affected: int = Field(description="Installed repositories with an open issue for this release.")


class UncomparableRelease(BaseModel):
    """A release whose diff cannot be made (a side has no module that could be analysed), and when it is retried."""

    package: str
    version: str
    reason: str | None
    attempts: int
    next_attempt_at: datetime | None = Field(description="Sooner when the analyser version changes.")


class Status(BaseModel):
    """The bot's state at a glance; `packages` is paginated (`page`, `per_page`)."""

    version: str
    started_at: datetime
    uptime_seconds: int
    dry_run: bool
    last_poll: PollStatus | None
    packages_watched: int
    releases_analysed: int
    releases_pending: int
    releases_cannot_compare: list[UncomparableRelease] = Field(
        default_factory=list, description="Releases that cannot be compared (the 20 most recent): retried with backoff."
    )
    changes_by_kind: dict[str, int] = Field(description="Changes found in every stored release diff, by kind.")
    installations: int
    repositories: int
    actions_by_state: dict[str, int]
    actions_pending: int
    actions_sent: int
    open_issues: int = Field(description="Issues the bot opened that are still open (or would be, in a dry run).")
    open_prs: int
    breaking_releases: list[BreakingRelease] = Field(description="The most recent breaking releases, newest first.")
    packages: list[PackageStatus]
    packages_page: Page


class ReleaseStatus(BaseModel):
    """One release of a package and what its diff found."""

    version: str
    upload_time: datetime | None
    yanked: bool
    is_prerelease: bool
    analysis_state: str
    compared_with: str | None = Field(description="The older release it was diffed against; None before analysis.")
    changes: int | None
    changes_by_kind: dict[str, int]
    change_list: list[Change] = Field(
        default_factory=list, description="Its diff's changes (the first 100); empty before analysis."
    )


class RiskStatus(BaseModel):
    """The stored bus-factor assessment (see bot.risk for the rule)."""

    level: str
    reasons: list[str]
    confidence: float
    assessed_at: datetime


class DeprecationRemoval(BaseModel):
    """A symbol deprecated in one stored diff and removed in a later one (the timeline's arrows)."""

    symbol: str
    deprecated_in: str
    removed_in: str


class CompatibilityCell(BaseModel):
    """What the bot recorded for one repository and one release: a verdict in words, never only a colour."""

    version: str
    verdict: str = Field(
        description="`breaks`, `deprecation warning`, `dismissed`, `no longer affected`, or "
        "`no finding` when nothing was recorded for this pair."
    )
    uses: int = Field(description="Unguarded uses behind the verdict.")


class CompatibilityRow(BaseModel):
    """One public repository's cells, in the order of `Compatibility.versions`."""

    repo: str
    cells: list[CompatibilityCell]


class Compatibility(BaseModel):
    """Installed public repositories × this package's recent analysed releases, from stored findings only."""

    versions: list[str]
    rows: list[CompatibilityRow]
    more_repositories: int = Field(description="Public repositories with findings left out of `rows`.")
    private_repositories: int = Field(description="Private repositories with findings: counted, never named.")


class PackageDetail(BaseModel):
    """A package: releases newest first (paginated), the latest diff's changes, and its risk."""

    name: str
    watched: bool
    latest_version: str | None
    last_polled: datetime | None
    last_error: str | None
    risk: RiskStatus | None
    latest_diff: str | None = Field(description="`OLD..NEW` of the diff `latest_changes` come from.")
    latest_changes: list[Change]
    latest_changes_total: int
    releases: list[ReleaseStatus]
    releases_page: Page
    deprecation_removals: list[DeprecationRemoval]
    pending_deprecations: list[Change] = Field(
        description="Deprecated in a stored diff and not removed by a later one: the removals that may come next."
    )
    compatibility: Compatibility
    breaks_with: list[CompatLink] = Field(
        default_factory=list, description="Watched dependents' releases that this package's releases break."
    )
    broken_by: list[CompatLink] = Field(
        default_factory=list, description="Other watched packages' releases that break this package's releases."
    )
    extensions: ExtensionMatrix = Field(
        default_factory=lambda: ExtensionMatrix(releases=[], rows=[]),
        description="Watched extensions × this package's recent releases: compatible, breaks, fixed in.",
    )


class ReleaseImpact(BaseModel):
    """One public repository a release affects, and the issue or PR the bot opened there."""

    repo: str
    verdict: str
    state: str
    issue_number: int | None
    pr_number: int | None
    uses: int


class ReleaseDetail(BaseModel):
    """One release: its stored diff in full and the installed repositories it affects."""

    package: str
    version: str
    upload_time: datetime | None
    yanked: bool
    is_prerelease: bool
    analysis_state: str
    analysis_error: str | None = Field(default=None, description="Why the last analysis failed or could not compare.")
    next_attempt_at: datetime | None = Field(
        default=None, description="For `cannot_compare`: when it is tried again (sooner if the analyser changes)."
    )
    compared_with: str | None
    changes: list[Change] = Field(description="Changes to public names.")
    changes_by_kind: dict[str, int] = Field(description="`changes` counted by kind.")
    private_changes: list[Change] = Field(
        default_factory=list,
        description="Removals of private (underscored) names: not counted above; they reach a repository only "
        "through its own use, labelled private API.",
    )
    notes: list[str] = Field(
        default_factory=list, description="What the diff could not decide and therefore does not claim."
    )
    affected: list[ReleaseImpact] = Field(description="Public repositories only, by name (the first 100).")
    more_affected: int = Field(description="Public repositories affected beyond `affected`.")
    private_affected: int = Field(description="Private repositories affected: counted, never named.")
    dependents: list[DependentVerdict] = Field(
        default_factory=list, description="Watched packages that depend on this one: their verdicts against it."
    )
    repositories_direct: int = Field(default=0, description="Installed repositories whose own code it breaks.")
    repositories_transitive: int = Field(
        default=0, description="Installed repositories it breaks through an extension they install."
    )


class ActionStatus(BaseModel):
    """An issue/PR (or comment) the bot opened, or would open in a dry run, in this repository."""

    kind: str
    package: str
    version: str
    state: str
    title: str
    issue_number: int | None
    pr_number: int | None
    sent_at: datetime | None
    requirement: str | None = Field(default=None, description="The requirement line that admits the release.")
    requirement_path: str | None = None
    requirement_line: int | None = None
    suggested_requirement: str | None = None


class FindingStatus(BaseModel):
    """One use of a changed symbol, behind an open action."""

    package: str
    version: str
    symbol: str
    change: str
    path: str
    line: int
    guarded: bool


class RepoDetail(BaseModel):
    """A repository: last scan, open issues and PRs, and current findings (paginated)."""

    full_name: str
    private: bool
    default_branch: str | None
    last_scan_sha: str | None
    last_scanned_at: datetime | None
    too_costly: str | None = Field(
        default=None, description="Set when the commit at `too_costly_sha` exceeded its analysis budget: why."
    )
    too_costly_sha: str | None = None
    open_actions: list[ActionStatus]
    findings: list[FindingStatus]
    findings_page: Page
    transitive_notes: list[ExposureNoteStatus] = Field(
        default_factory=list,
        description="Releases that break an extension it installs, from which a lock or a bound protects it now.",
    )


class Problem(BaseModel):
    """An error answer."""

    detail: str
