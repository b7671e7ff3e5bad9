"""Response models of `/status`, `/status/packages/{name}` and `/status/repos/{owner}/{repo}` (in the OpenAPI schema)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from bot.changes import Change
from bot.releases import PollOutcome


class PackageStatus(BaseModel):
    """One watched package."""

    name: str
    latest_version: str | None
    last_serial: int | None
    last_polled: datetime | None
    last_error: str | None
    releases: int
    pending_analysis: int


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
    changes_by_kind: dict[str, int] = Field(description="Changes found in every stored release diff, by kind.")
    installations: int
    repositories: int
    actions_by_state: dict[str, int]
    actions_pending: int
    actions_sent: int
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


class RiskStatus(BaseModel):
    """The stored bus-factor assessment (see bot.risk for the rule)."""

    level: str
    reasons: list[str]
    confidence: float
    assessed_at: datetime


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
        default=None, description="Set when the commit at `too_costly_sha` exceeded its analysis budget: why.")
    too_costly_sha: str | None = None
    open_actions: list[ActionStatus]
    findings: list[FindingStatus]
    findings_page: Page


class Problem(BaseModel):
    """An error answer."""

    detail: str
