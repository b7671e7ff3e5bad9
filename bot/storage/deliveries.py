"""The deliveries table: claim a webhook delivery once, record how its handling ended (batched)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta

from sqlalchemy import Engine, Table, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DataError, IntegrityError
from sqlmodel import col, select

from bot.storage.db import session_scope
from bot.storage.models.github import DeliveryState, WebhookDelivery
from bot.storage.models.types import utcnow

log = logging.getLogger(__name__)

STALE_AFTER = timedelta(minutes=15)  # a delivery still "received" this long after arrival died with its process


MAX_DELIVERY_ID = 64
"""The ledger's key length; GitHub's delivery ids are 36-character UUIDs."""
_FITTED = {"event": 64, "action": 64, "repo": 200}
"""Descriptive columns and their lengths: a longer value is cut to fit, never allowed to fail the row."""


@dataclass(frozen=True)
class DeliveryInfo:
    """What the webhook knows about a delivery before handling it."""

    delivery_id: str
    event: str
    action: str | None
    installation_id: int | None
    repo: str | None

    def fitted(self) -> DeliveryInfo:
        """This delivery as a row the ledger can hold; ValueError when its id cannot be a key (nothing else can
        fail an insert: descriptive text is cut to its column)."""
        if not 0 < len(self.delivery_id) <= MAX_DELIVERY_ID:
            raise ValueError(f"delivery id of {len(self.delivery_id)} characters (1 to {MAX_DELIVERY_ID} allowed)")
        cut = {name: value[:size] for name, size in _FITTED.items() if isinstance(value := getattr(self, name), str)}
        installation = (
            self.installation_id if self.installation_id is None or 0 < self.installation_id < 2**63 else None
        )
        return replace(self, installation_id=installation, **cut)


class DeliveryLedger:
    """Claims and outcomes of deliveries, written in batches (one transaction each) off the event loop."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._claims: list[tuple[DeliveryInfo, asyncio.Future[bool]]] = []
        self._finishes: list[tuple[str, str | None, asyncio.Future[bool]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def claim(self, info: DeliveryInfo) -> bool:
        """True if this process should handle the delivery: first arrival, or a redelivery of a failed one.

        ValueError for a delivery no row can hold: it is refused here, never allowed into a shared batch."""
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._claims.append((info.fitted(), future))
        self._wake()
        return await future

    async def finish(self, delivery_id: str, error: str | None = None) -> None:
        """Mark a delivery done, or failed with the error text."""
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._finishes.append((delivery_id, error, future))
        self._wake()
        await future

    def _wake(self) -> None:
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._drain(), name="delivery-ledger")

    async def _drain(self) -> None:
        while self._claims or self._finishes:
            claims, self._claims = self._claims, []
            finishes, self._finishes = self._finishes, []
            try:
                claimed = await asyncio.to_thread(write, self.engine, [c[0] for c in claims], [f[:2] for f in finishes])
            except (DataError, IntegrityError) as e:  # a row the database refused: it must not fail the others
                log.warning("delivery batch refused; writing its rows one by one", extra={"error": str(e.orig)})
                await self._one_by_one(claims, finishes)
                continue
            except Exception as e:  # the database itself failed: every waiter of this batch gets its error
                for _, future in [*claims, *((f[0], f[2]) for f in finishes)]:
                    if not future.done():
                        future.set_exception(e)
                continue
            for (_, future), won in zip(claims, claimed, strict=False):
                future.set_result(won)
            for _, _, future in finishes:
                future.set_result(True)

    async def _one_by_one(
        self,
        claims: list[tuple[DeliveryInfo, asyncio.Future[bool]]],
        finishes: list[tuple[str, str | None, asyncio.Future[bool]]],
    ) -> None:
        """After a failed batch: each row in its own transaction, so a bad row fails only its own waiter."""
        jobs: list[tuple[list[DeliveryInfo], list[tuple[str, str | None]], asyncio.Future[bool]]] = [
            ([info], [], future) for info, future in claims
        ]
        jobs += [([], [(delivery_id, error)], future) for delivery_id, error, future in finishes]
        for claim_rows, finish_rows, future in jobs:
            try:
                result = await asyncio.to_thread(write, self.engine, claim_rows, finish_rows)
            except Exception as e:  # this row's own error
                if not future.done():
                    future.set_exception(e)
                continue
            if not future.done():
                future.set_result(result[0] if claim_rows else True)


def write(engine: Engine, claims: Sequence[DeliveryInfo], finishes: Sequence[tuple[str, str | None]]) -> list[bool]:
    """One transaction: insert the claims (a known id is re-claimed only if it failed), then record outcomes."""
    table: Table = WebhookDelivery.__table__  # type: ignore[attr-defined]  # SQLModel does not declare __table__
    ids = [info.delivery_id for info in claims]
    won: set[str] = set()
    with session_scope(engine) as session:
        connection = session.connection()
        if claims:
            insert = sqlite_insert if engine.dialect.name == "sqlite" else postgresql_insert
            now = utcnow()
            rows = [
                {
                    "delivery_id": i.delivery_id,
                    "event": i.event,
                    "action": i.action,
                    "installation_id": i.installation_id,
                    "repo": i.repo,
                    "state": DeliveryState.RECEIVED.value,
                    "attempts": 1,
                    "received_at": now,
                }
                for i in {i.delivery_id: i for i in claims}.values()
            ]
            # RETURNING says which rows were written (rowcount is not reliable for ON CONFLICT on every driver)
            for start in range(0, len(rows), 500):  # bounded statement size
                won.update(
                    connection.execute(
                        insert(table)
                        .values(rows[start : start + 500])
                        .on_conflict_do_nothing(index_elements=["delivery_id"])
                        .returning(table.c.delivery_id)
                    ).scalars()
                )
            others = [i for i in set(ids) if i not in won]
            if others:
                won.update(
                    connection.execute(
                        update(table)
                        .where(table.c.delivery_id.in_(others))
                        .where(table.c.state.in_([DeliveryState.FAILED.value, DeliveryState.REDELIVERING.value]))
                        .values(
                            state=DeliveryState.RECEIVED.value,
                            attempts=table.c.attempts + 1,
                            received_at=now,
                            error=None,
                            finished_at=None,
                        )
                        .returning(table.c.delivery_id)
                    ).scalars()
                )
        done = [delivery_id for delivery_id, error in finishes if error is None]
        if done:
            connection.execute(
                update(table)
                .where(table.c.delivery_id.in_(done))
                .values(state=DeliveryState.DONE.value, error=None, finished_at=utcnow())
            )
        for delivery_id, error in finishes:
            if error is not None:
                connection.execute(
                    update(table)
                    .where(table.c.delivery_id == delivery_id)
                    .values(state=DeliveryState.FAILED.value, error=error, finished_at=utcnow())
                )
    # within one batch, only the first copy of an id wins
    seen: set[str] = set()
    out = []
    for delivery_id in ids:
        out.append(delivery_id in won and delivery_id not in seen)
        seen.add(delivery_id)
    return out


def claim(engine: Engine, info: DeliveryInfo) -> bool:
    """`DeliveryLedger.claim` for one delivery, synchronously."""
    return write(engine, [info], [])[0]


def finish(engine: Engine, delivery_id: str, error: str | None = None) -> None:
    """`DeliveryLedger.finish` for one delivery, synchronously."""
    write(engine, [], [(delivery_id, error)])


def needing_redelivery(engine: Engine, guids: Iterable[str]) -> set[str]:
    """Of these delivery ids, those we have not handled: failed, stale, or (when GitHub says it failed) unknown."""
    wanted = set(guids)
    cutoff = utcnow() - STALE_AFTER
    with session_scope(engine) as session:
        rows = session.exec(select(WebhookDelivery).where(col(WebhookDelivery.delivery_id).in_(wanted))).all()
        known = {r.delivery_id: r for r in rows}
    out = {g for g in wanted if g not in known}
    for guid, row in known.items():
        in_flight = row.state in (DeliveryState.RECEIVED, DeliveryState.REDELIVERING)
        if row.state == DeliveryState.FAILED or (in_flight and row.received_at < cutoff):
            out.add(guid)
    return out


def mark_redelivering(engine: Engine, delivery_id: str, event: str, error: str | None) -> None:
    """GitHub was asked to send this delivery again: no replica asks again while it is on its way (until it is
    stale). A delivery never claimed gets its row now."""
    now = utcnow()
    with session_scope(engine) as session:
        row = session.get(WebhookDelivery, delivery_id)
        if row is None:
            row = WebhookDelivery(delivery_id=delivery_id, event=event[:64], attempts=0)
        elif row.state == DeliveryState.DONE:
            return
        row.state, row.received_at, row.error, row.finished_at = DeliveryState.REDELIVERING, now, error, None
        session.add(row)


def get(engine: Engine, delivery_id: str) -> WebhookDelivery | None:
    """One delivery row."""
    with session_scope(engine) as session:
        row = session.get(WebhookDelivery, delivery_id)
        if row is not None:
            session.expunge(row)
        return row
