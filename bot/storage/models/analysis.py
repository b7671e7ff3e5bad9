"""Tables for the API diff engine: each release's public surface and each diff, stored once per key."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from bot.storage.models.types import UTCDateTime, utcnow


class ApiSurface(SQLModel, table=True):
    """The extracted public API of one release (JSON of `bot.apidiff.model.Surface`)."""

    __tablename__ = "api_surface"
    __table_args__ = (sa.UniqueConstraint("package", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    package: str = Field(max_length=200, index=True, description="PEP 503 normalised name.")
    version: str = Field(max_length=100)
    artifact_sha256: str | None = Field(
        default=None, max_length=64, description="The file it was extracted from; another file is re-extracted."
    )
    schema_version: int = Field(description="Surface format; older rows are re-extracted.")
    surface_json: str = Field(sa_type=sa.Text)
    symbol_count: int = 0
    problem_count: int = Field(default=0, description="Modules that were unparsable, too large or unreadable.")
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ReleaseDiffRow(SQLModel, table=True):
    """The changes between two releases of a package (JSON list of `bot.changes.Change`)."""

    __tablename__ = "release_diff"
    __table_args__ = (sa.UniqueConstraint("package", "old_version", "new_version"),)

    id: int | None = Field(default=None, primary_key=True)
    package: str = Field(max_length=200, index=True, description="PEP 503 normalised name.")
    old_version: str = Field(max_length=100)
    new_version: str = Field(max_length=100)
    schema_version: int
    changes_json: str = Field(sa_type=sa.Text)
    notes_json: str = Field(
        default="[]",
        sa_type=sa.Text,
        sa_column_kwargs={"server_default": "[]"},
        description="JSON list of what the diff could not decide and does not claim (`ReleaseDiff.notes`).",
    )
    requires_json: str = Field(
        default="[]",
        sa_type=sa.Text,
        sa_column_kwargs={"server_default": "[]"},
        description="JSON list of the new release's own requirements (`ReleaseDiff.requires`).",
    )
    change_count: int = 0
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
