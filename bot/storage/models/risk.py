"""The stored bus-factor assessment per package, so `/status` never asks PyPI or GitHub on the request path."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from bot.storage.models.types import UTCDateTime, utcnow


class PackageRisk(SQLModel, table=True):
    """The latest `bot.risk` assessment of one package, with the signals it was made from."""

    __tablename__ = "package_risk"

    package: str = Field(primary_key=True, max_length=200, description="PEP 503 normalised name.")
    level: str = Field(max_length=16, description="low, medium or high.")
    reasons_json: str = Field(sa_type=sa.Text, description="JSON list of reasons in words.")
    confidence: float = Field(description="Share of the weighted signals that were known, 0..1.")
    signals_json: str = Field(sa_type=sa.Text, description="The RiskSignals, as JSON.")
    assessed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
