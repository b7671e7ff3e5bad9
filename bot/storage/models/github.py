"""Tables for the webhook side: each delivery handled once, and the App's installations."""

from __future__ import annotations

import enum
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from bot.storage.models.types import UTCDateTime, utcnow


class DeliveryState(enum.StrEnum):
    """Where a webhook delivery stands."""

    RECEIVED = "received"  # acknowledged, work running in the background
    DONE = "done"  # handled (or ignored on purpose)
    FAILED = "failed"  # the handler raised; a redelivery will be asked for
    REDELIVERING = "redelivering"  # a redelivery was asked for: claimable when it arrives, asked again if it never does


class WebhookDelivery(SQLModel, table=True):
    """One `X-GitHub-Delivery`: its id is the primary key, so a second copy is recognised and skipped."""

    __tablename__ = "gh_delivery"

    delivery_id: str = Field(primary_key=True, max_length=64)
    event: str = Field(max_length=64)
    action: str | None = Field(default=None, max_length=64)
    installation_id: int | None = Field(default=None, sa_type=sa.BigInteger, index=True)
    repo: str | None = Field(default=None, max_length=200)
    state: DeliveryState = Field(
        default=DeliveryState.RECEIVED,
        index=True,
        sa_type=sa.Enum(
            DeliveryState,
            name="gh_delivery_state",
            native_enum=False,
            length=16,
            values_callable=lambda members: [m.value for m in members],
        ),
    )
    attempts: int = 1
    error: str | None = Field(default=None, sa_type=sa.Text)
    received_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    finished_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class AppInstallation(SQLModel, table=True):
    """An installation of the App on an account."""

    __tablename__ = "gh_installation"

    id: int = Field(primary_key=True, sa_type=sa.BigInteger, sa_column_kwargs={"autoincrement": False})
    account: str = Field(max_length=200)
    account_type: str = Field(default="User", max_length=32)
    suspended: bool = False
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class GitHubWrite(SQLModel, table=True):
    """One content-creating request sent to GitHub, kept for an hour: the fleet-wide count of an installation's
    writes against GitHub's limits (used on PostgreSQL, where replicas share it; `bot.storage.write_budget`)."""

    __tablename__ = "gh_write"
    __table_args__ = (sa.Index("ix_gh_write_installation_sent", "installation_id", "sent_at"),)

    id: int | None = Field(default=None, primary_key=True, sa_type=sa.BigInteger().with_variant(sa.Integer(), "sqlite"))
    installation_id: int = Field(sa_type=sa.BigInteger)
    sent_at: datetime = Field(sa_type=UTCDateTime)
