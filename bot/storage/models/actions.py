"""Tables for the GitHub side: installed repositories, scans per commit, findings, and keyed actions."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from bot.findings.actions import ActionKind, ActionState
from bot.storage.models.types import UTCDateTime, enum_type, utcnow

__all__ = [
    "Action",
    "ActionKind",
    "ActionState",
    "FindingRow",
    "IgnoredPackage",
    "InstalledRepo",
    "ProcessedRelease",
    "RepoScan",
]


class InstalledRepo(SQLModel, table=True):
    """A repository the App is installed on, and the commit last scanned."""

    __tablename__ = "gh_repo"

    name: str = Field(primary_key=True, max_length=200, description="owner/repo, lower-cased.")
    full_name: str = Field(max_length=200, description="owner/repo as GitHub spells it.")
    installation_id: int = Field(sa_type=sa.BigInteger, index=True)
    private: bool = Field(default=True, description="Until GitHub says otherwise, /status treats it as private.")
    default_branch: str | None = Field(default=None, max_length=255)
    head_sha: str | None = Field(default=None, max_length=40)
    last_scanned_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str | None = Field(default=None, sa_type=sa.Text)
    costly_sha: str | None = Field(
        default=None, max_length=40, description="A commit whose analysis exceeded its budget (retried once)."
    )
    costly_attempts: int = Field(default=0, description="How often the analysis of `costly_sha` exceeded it.")
    costly_reason: str | None = Field(default=None, sa_type=sa.Text, description="Why it was too costly.")
    added_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class RepoScan(SQLModel, table=True):
    """The files that matter of one repository at one commit (dependency files, config, relevant Python)."""

    __tablename__ = "gh_scan"
    __table_args__ = (sa.UniqueConstraint("repo", "sha"),)

    id: int | None = Field(default=None, primary_key=True)
    repo: str = Field(max_length=200, index=True, description="owner/repo, lower-cased.")
    sha: str = Field(max_length=40)
    files_json: str = Field(sa_type=sa.Text, description="JSON object: path -> text.")
    file_count: int = 0
    tree_truncated: bool = False
    scanned_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Action(SQLModel, table=True):
    """One GitHub side effect per key, stored before it is sent so it happens exactly once."""

    __tablename__ = "gh_action"
    __table_args__ = (sa.Index("ix_gh_action_repo_lower", sa.func.lower(sa.column("repo"))),)
    """A repository's actions are read by its name in any case (GitHub may change the case it spells it in)."""

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=400, unique=True, description="owner/repo:package==version (or :config:digest).")
    kind: ActionKind = Field(sa_type=enum_type(ActionKind, "gh_action_kind"))
    repo: str = Field(max_length=200, index=True, description="owner/repo as GitHub spells it.")
    installation_id: int = Field(sa_type=sa.BigInteger)
    package: str = Field(default="", max_length=200, index=True)
    version: str = Field(default="", max_length=100)
    flavour: str = Field(default="", max_length=16)
    parent_key: str | None = Field(default=None, max_length=400, description="The issue a comment goes to.")
    state: ActionState = Field(
        default=ActionState.PENDING, sa_type=enum_type(ActionState, "gh_action_state"), index=True
    )
    want_open: bool = Field(default=True, description="False once the repository is no longer affected.")
    closed_reason: str | None = Field(default=None, max_length=40)
    sha: str = Field(default="", max_length=40, description="The scanned commit the text refers to.")
    title: str = Field(default="", sa_type=sa.Text)
    body: str = Field(default="", sa_type=sa.Text)
    labels_json: str = Field(default="[]", sa_type=sa.Text)
    assignees_json: str = Field(default="[]", sa_type=sa.Text)
    want_issue: bool = True
    want_pr: bool = False
    finding_json: str | None = Field(default=None, sa_type=sa.Text)
    issue_number: int | None = None
    pr_number: int | None = None
    comment_id: int | None = Field(default=None, sa_type=sa.BigInteger)
    attempts: int = 0
    last_error: str | None = Field(default=None, sa_type=sa.Text)
    next_attempt_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class FindingRow(SQLModel, table=True):
    """One use of a changed symbol behind an action (for /status and for spotting new findings)."""

    __tablename__ = "gh_finding"

    id: int | None = Field(default=None, primary_key=True)
    action_id: int = Field(foreign_key="gh_action.id", index=True)
    symbol: str = Field(max_length=400)
    change: str = Field(max_length=32)
    path: str = Field(sa_type=sa.Text)
    line: int
    guarded: bool = False


class IgnoredPackage(SQLModel, table=True):
    """`@release-watch ignore PACKAGE [VERSION]`: no findings for that package (or that release) in that repo."""

    __tablename__ = "gh_ignore"
    __table_args__ = (sa.UniqueConstraint("repo", "package", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    repo: str = Field(max_length=200, index=True, description="owner/repo, lower-cased.")
    package: str = Field(max_length=200)
    version: str = Field(default="", max_length=100, description="Empty: every release.")
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ProcessedRelease(SQLModel, table=True):
    """A release whose changes the pipeline has applied to every installed repository."""

    __tablename__ = "gh_processed_release"
    __table_args__ = (sa.UniqueConstraint("package", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    package: str = Field(max_length=200, description="PEP 503 normalised name.")
    version: str = Field(max_length=100)
    actions: int = 0
    processed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
