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


async def test_one_bad_row_cannot_take_its_batch_down(engine: Any) -> None:
    """Issue 14, defect 8: a full_name over 200 characters (or an id over 64) failed the whole batched insert."""
    ledger = DeliveryLedger(engine)
    long_repo = DeliveryInfo("long-repo", "push", "x" * 100, 7, "octo-org/" + "r" * 300)
    nul = DeliveryInfo("nul", "push", None, 7, "octo-org/de\x00mo")  # PostgreSQL text cannot hold NUL
    claims = [_info("g1"), long_repo, DeliveryInfo("i" * 65, "push", None, 7, "o/r"), nul, _info("g2")]
    results = await asyncio.gather(*(ledger.claim(c) for c in claims), return_exceptions=True)
    assert results[0] is True and results[1] is True and results[4] is True
    assert isinstance(results[2], ValueError)  # refused before it could join a batch
    if engine.dialect.name == "postgresql":
        assert isinstance(results[3], Exception)  # fails alone
    else:
        assert results[3] is True
    row = deliveries.get(engine, "long-repo")
    assert row is not None and row.repo == ("octo-org/" + "r" * 300)[:200] and row.action == "x" * 64
    assert [deliveries.get(engine, g) is not None for g in ("g1", "g2")] == [True, True]
    await asyncio.gather(ledger.finish("g1"), ledger.finish("g2", "boom"), ledger.finish("long-repo"))
    states = [r.state if (r := deliveries.get(engine, g)) else None for g in ("g1", "g2", "long-repo")]
    assert states == [DeliveryState.DONE, DeliveryState.FAILED, DeliveryState.DONE]
