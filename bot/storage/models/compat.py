"""Ecosystem compatibility, per release: one stored verdict per (X release, dependent E release)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from bot.storage.models.types import UTCDateTime, utcnow


class CompatRow(SQLModel, table=True):
    """`bot.findings.compat.CompatVerdict` of E v against X N. Released artifacts never change, but what reads them
    does: a verdict made with another diff engine or usage finder is stale, recomputed when next needed."""

    __tablename__ = "compat_verdict"

    package: str = Field(primary_key=True, max_length=200, description="X, PEP 503 normalised.")
    version: str = Field(primary_key=True, max_length=100, description="N, the release of X.")
    dependent: str = Field(primary_key=True, max_length=200, description="E, PEP 503 normalised.")
    dependent_version: str = Field(primary_key=True, max_length=100)
    status: str = Field(max_length=16, description="breaks, compatible or unknown.")
    verdict_json: str = Field(sa_type=sa.Text, description="The CompatVerdict, as JSON.")
    evaluated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    schema_version: int = Field(
        default=0,
        sa_column_kwargs={"server_default": "0"},
        description="The diff engine's SCHEMA_VERSION when judged (0: before versions were kept).",
    )
    usage_version: int = Field(
        default=0,
        sa_column_kwargs={"server_default": "0"},
        description="The usage finder's USAGE_VERSION when judged (0: before versions were kept).",
    )


class RepoExposureNote(SQLModel, table=True):
    """Why a repository is not affected by X N although an extension release it installs breaks with it
    (a lock pins X below N, a bound excludes it): shown in `/status`, never an issue."""

    __tablename__ = "repo_exposure_note"

    repo: str = Field(primary_key=True, max_length=200, description="owner/repo, lower-cased.")
    package: str = Field(primary_key=True, max_length=200)
    version: str = Field(primary_key=True, max_length=100)
    note: str = Field(sa_type=sa.Text)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
