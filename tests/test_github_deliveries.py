"""The deliveries table: one claim per delivery id, batched writes, failed ones claimable again."""

from __future__ import annotations

import asyncio
from typing import Any

from bot.storage import deliveries
from bot.storage.deliveries import DeliveryInfo, DeliveryLedger, write
from bot.storage.models.github import DeliveryState


def _info(guid: str) -> DeliveryInfo:
    return DeliveryInfo(guid, "push", None, 7, "octo-org/demo")


def test_batch_claims_each_id_once(engine: Any) -> None:
    assert write(engine, [_info("a"), _info("b"), _info("a")], []) == [True, True, False]
    assert write(engine, [_info("a"), _info("c")], [("b", None)]) == [False, True]
    b = deliveries.get(engine, "b")
    assert b is not None and (b.state, b.attempts, b.error) == (DeliveryState.DONE, 1, None)


def test_failed_delivery_is_claimable_again_once(engine: Any) -> None:
    write(engine, [_info("x")], [])
    write(engine, [], [("x", "GitHubError: 502")])
    failed = deliveries.get(engine, "x")
    assert failed is not None and (failed.state, failed.error) == (DeliveryState.FAILED, "GitHubError: 502")
    assert write(engine, [_info("x"), _info("x")], []) == [True, False]
    again = deliveries.get(engine, "x")
    assert again is not None and (again.state, again.attempts, again.error, again.finished_at) == (
        DeliveryState.RECEIVED, 2, None, None)
    assert deliveries.claim(engine, _info("x")) is False


async def test_ledger_batches_concurrent_claims(engine: Any) -> None:
    ledger = DeliveryLedger(engine)
    results = await asyncio.gather(*(ledger.claim(_info(f"d{i % 10}")) for i in range(50)))
    assert sum(results) == 10
    await asyncio.gather(*(ledger.finish(f"d{i}") for i in range(10)))
    rows = [deliveries.get(engine, f"d{i}") for i in range(10)]
    assert [r.state if r else None for r in rows] == [DeliveryState.DONE] * 10


def test_needing_redelivery(engine: Any) -> None:
    write(engine, [_info("done"), _info("failed"), _info("running")], [("done", None), ("failed", "boom")])
    assert deliveries.needing_redelivery(engine, ["done", "failed", "running", "unknown"]) == {"failed", "unknown"}
