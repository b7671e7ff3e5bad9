"""Missed deliveries: GitHub does not retry failed webhooks, so ask it to redeliver those we have not handled."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from bot.errors import GitHubError
from bot.handlers import HANDLED_EVENTS
from bot.runtime import Runtime
from bot.storage import deliveries
from bot.storage.db import exclusive_off_loop

if TYPE_CHECKING:
    from bot.adapters.github import GitHubApp

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5  # after this many deliveries of one guid, stop asking (the failure is not transient)
CLAIM_GRACE = timedelta(minutes=2)  # an acknowledged delivery is claimed well within this


def _lost(newest: dict[str, Any]) -> bool:
    """Acknowledged (2xx) but never recorded: an event we handle, old enough that its claim must have happened."""
    if newest.get("event") not in HANDLED_EVENTS:
        return False  # acknowledged and ignored on purpose
    delivered = datetime.fromisoformat(str(newest["delivered_at"]).replace("Z", "+00:00"))
    return datetime.now(UTC) - delivered > CLAIM_GRACE


REDELIVER_LOCK = "redeliver"


async def redeliver_failed(runtime: Runtime) -> int:
    """List the App's recent deliveries and ask again for each failed one not handled since; returns how many.

    Replicas started together take turns (one asks, the others find nothing to do): each asked delivery is marked
    as on its way, so no replica asks for it again until it has arrived or gone stale."""
    if runtime.github is None:
        return 0
    async with exclusive_off_loop(runtime.engine, REDELIVER_LOCK) as acquired:
        if not acquired:
            log.info("another replica is asking for redeliveries; skipped")
            return 0
        return await _redeliver(runtime, runtime.github)


async def _redeliver(runtime: Runtime, github: GitHubApp) -> int:
    by_guid: dict[str, list[dict[str, Any]]] = {}
    for item in await github.list_deliveries():
        by_guid.setdefault(str(item["guid"]), []).append(item)
    asked = 0
    for guid in sorted(await asyncio.to_thread(deliveries.needing_redelivery, runtime.engine, by_guid)):
        newest = max(by_guid[guid], key=lambda a: int(a["id"]))
        known = await asyncio.to_thread(deliveries.get, runtime.engine, guid)
        if known is None and newest.get("status") == "OK" and not _lost(newest):
            continue  # acknowledged without a row: ignored on purpose, or its claim is still being written
        tries = max(len(by_guid[guid]), known.attempts if known else 0)
        if tries >= MAX_ATTEMPTS:
            log.warning("delivery keeps failing; not asking again", extra={"delivery_id": guid, "attempts": tries})
            continue
        try:
            await github.redeliver(int(newest["id"]))
        except GitHubError as e:
            log.warning("redelivery request failed", extra={"delivery_id": guid, "error": str(e)})
            continue
        error = (known.error or "not finished: its process stopped") if known is not None else None
        await asyncio.to_thread(deliveries.mark_redelivering, runtime.engine, guid, str(newest.get("event")), error)
        asked += 1
        log.info("redelivery asked", extra={"delivery_id": guid, "event": newest.get("event")})
    return asked
