"""The deliveries table: claim a webhook delivery once, record how its handling ended."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Engine, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from bot.db import session_scope
from bot.models.github import DeliveryState, WebhookDelivery
from bot.models.types import utcnow

STALE_AFTER = timedelta(minutes=15)  # a delivery still "received" this long after arrival died with its process


@dataclass(frozen=True)
class DeliveryInfo:
    """What the webhook knows about a delivery before handling it."""

    delivery_id: str
    event: str
    action: str | None
    installation_id: int | None
    repo: str | None


def claim(engine: Engine, info: DeliveryInfo) -> bool:
    """True if this process should handle the delivery: first arrival, or a redelivery of a failed one."""
    row = WebhookDelivery(delivery_id=info.delivery_id, event=info.event, action=info.action,
                          installation_id=info.installation_id, repo=info.repo)
    try:
        with session_scope(engine) as session:
            session.add(row)
        return True
    except IntegrityError:
        pass
    with session_scope(engine) as session:
        result = session.execute(
            update(WebhookDelivery)
            .where(col(WebhookDelivery.delivery_id) == info.delivery_id)
            .where(col(WebhookDelivery.state) == DeliveryState.FAILED)
            .values(state=DeliveryState.RECEIVED, attempts=col(WebhookDelivery.attempts) + 1, received_at=utcnow(),
                    error=None)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]


def finish(engine: Engine, delivery_id: str, error: str | None = None) -> None:
    """Mark a delivery done, or failed with the error text (then a redelivery is asked for)."""
    with session_scope(engine) as session:
        session.execute(
            update(WebhookDelivery).where(col(WebhookDelivery.delivery_id) == delivery_id).values(
                state=DeliveryState.FAILED if error else DeliveryState.DONE, error=error, finished_at=utcnow()
            )
        )


def needing_redelivery(engine: Engine, guids: Iterable[str]) -> set[str]:
    """Of these delivery ids, those we have not handled: failed, stale, or (when GitHub says it failed) unknown."""
    wanted = set(guids)
    cutoff = utcnow() - STALE_AFTER
    with session_scope(engine) as session:
        rows = session.exec(select(WebhookDelivery).where(col(WebhookDelivery.delivery_id).in_(wanted))).all()
        known = {r.delivery_id: r for r in rows}
    out = {g for g in wanted if g not in known}
    for guid, row in known.items():
        if row.state == DeliveryState.FAILED or (row.state == DeliveryState.RECEIVED and row.received_at < cutoff):
            out.add(guid)
    return out


def mark_failed(engine: Engine, delivery_id: str, error: str) -> None:
    """Turn a stale "received" delivery into a failed one so its redelivery is handled."""
    with session_scope(engine) as session:
        session.execute(
            update(WebhookDelivery).where(col(WebhookDelivery.delivery_id) == delivery_id)
            .where(col(WebhookDelivery.state) != DeliveryState.DONE).values(state=DeliveryState.FAILED, error=error)
        )


def get(engine: Engine, delivery_id: str) -> WebhookDelivery | None:
    """One delivery row."""
    with session_scope(engine) as session:
        row = session.get(WebhookDelivery, delivery_id)
        if row is not None:
            session.expunge(row)
        return row
