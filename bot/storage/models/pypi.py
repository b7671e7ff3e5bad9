"""Tables for the PyPI side: watched packages, their releases, and polling rounds."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from bot.releases import AnalysisState, PollOutcome
from bot.storage.models.types import UTCDateTime, enum_type, utcnow


class WatchedPackage(SQLModel, table=True):
    """A PyPI project on the watchlist and what the last successful poll saw."""

    __tablename__ = "watched_package"

    name: str = Field(primary_key=True, max_length=200, description="PEP 503 normalised name.")
    watched: bool = Field(default=True, description="False once the package left the configured watchlist.")
    last_serial: int | None = Field(default=None, sa_type=sa.BigInteger)
    last_polled: datetime | None = Field(default=None, sa_type=UTCDateTime)
    latest_version: str | None = Field(default=None, max_length=100)
    last_error: str | None = Field(default=None, sa_type=sa.Text)
    last_error_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    added_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Release(SQLModel, table=True):
    """One release of a watched package, with the artifact chosen for analysis."""

    __tablename__ = "release"
    __table_args__ = (sa.UniqueConstraint("package", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    package: str = Field(foreign_key="watched_package.name", max_length=200, index=True)
    version: str = Field(max_length=100)
    upload_time: datetime | None = Field(default=None, sa_type=UTCDateTime)
    yanked: bool = False
    is_prerelease: bool = False
    requires_python: str | None = Field(default=None, max_length=200)
    artifact_filename: str | None = Field(default=None, max_length=300)
    artifact_url: str | None = Field(default=None, sa_type=sa.Text)
    artifact_sha256: str | None = Field(default=None, max_length=64)
    artifact_size: int | None = Field(default=None, sa_type=sa.BigInteger)
    first_seen: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    analysis_state: AnalysisState = Field(
        default=AnalysisState.PENDING, sa_type=enum_type(AnalysisState, "analysis_state"), index=True
    )
    analysis_error: str | None = Field(default=None, sa_type=sa.Text)
    analysis_attempts: int = Field(
        default=0, sa_column_kwargs={"server_default": "0"}, description="Failed attempts since the last success."
    )
    analysis_retry_at: datetime | None = Field(
        default=None, sa_type=UTCDateTime, description="A release that cannot be compared waits until then."
    )
    analysed_with: int | None = Field(
        default=None, description="The analyser (surface schema) version of the last attempt; a new one retries."
    )


class PollRun(SQLModel, table=True):
    """One polling round: when, how it ended, and what it counted."""

    __tablename__ = "poll_run"

    id: int | None = Field(default=None, primary_key=True)
    started_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    finished_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    outcome: PollOutcome = Field(default=PollOutcome.RUNNING, sa_type=enum_type(PollOutcome, "poll_outcome"))
    packages_checked: int = 0
    packages_changed: int = 0
    packages_failed: int = 0
    releases_new: int = 0
    error: str | None = Field(default=None, sa_type=sa.Text)
