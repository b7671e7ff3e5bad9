"""The stored pip-audit result per suggested bound, so issue bodies never query a vulnerability service inline."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from bot.storage.models.types import UTCDateTime, utcnow


class PinAuditRow(SQLModel, table=True):
    """The newest release a suggested bound allows, and that release's known vulnerabilities."""

    __tablename__ = "pin_audit"

    package: str = Field(primary_key=True, max_length=200, description="PEP 503 normalised name.")
    specifier: str = Field(primary_key=True, max_length=500, description="The suggested specifier (`>=1.0.1,<3`).")
    version: str | None = Field(default=None, max_length=100, description="Newest release the specifier allows.")
    advisories_json: str = Field(default="[]", sa_type=sa.Text, description="JSON list of bot.adapters.audit.Advisory.")
    unavailable: str | None = Field(default=None, sa_type=sa.Text, description="Why the audit could not be made.")
    checked_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
