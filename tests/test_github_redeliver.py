"""Missed deliveries: ask GitHub to redeliver failed ones we have not handled, and nothing else."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import update

from bot.jobs.redeliver import MAX_ATTEMPTS, redeliver_failed
from bot.storage import deliveries
from bot.storage.db import session_scope
from bot.storage.deliveries import DeliveryInfo
from bot.storage.models.github import DeliveryState, WebhookDelivery
from bot.storage.models.types import utcnow
from tests.fake_github import FakeGitHub


def _row(engine: Any, guid: str, error: str | None = None, done: bool = True) -> None:
    assert deliveries.claim(engine, DeliveryInfo(guid, "push", None, 1, "octo-org/demo"))
    if done:
        deliveries.finish(engine, guid, error)


async def test_only_unhandled_failures_are_redelivered(fake_github: FakeGitHub, github_runtime: Any) -> None:
    engine = github_runtime.engine
    fake = fake_github
    lost = fake.add_delivery("lost", "push", status_code=502)  # we were down: GitHub saw a 502, we have no row
    fake.add_delivery("handled", "push", status_code=202)
    _row(engine, "handled")
    fake.add_delivery("crashed", "issue_comment", "created", status_code=202)
    _row(engine, "crashed", error="GitHubError: boom")
    fake.add_delivery("ignored", "star", "created", status_code=202)  # acknowledged, no row: nothing to redo
    fake.add_delivery("running", "push", status_code=202)
    _row(engine, "running", done=False)
    stale = fake.add_delivery("stale", "push", status_code=202)
    _row(engine, "stale", done=False)
    with session_scope(engine) as session:
        session.execute(update(WebhookDelivery).where(WebhookDelivery.delivery_id == "stale")
                        .values(received_at=utcnow() - timedelta(hours=1)))
    unclaimed = fake.add_delivery("unclaimed", "push", status_code=202)  # acknowledged, then the process died
    unclaimed.delivered_at = (utcnow() - timedelta(minutes=10)).strftime("%Y-%m-%dT%H:%M:%SZ")
    fake.add_delivery("just-acked", "push", status_code=202)  # its claim may still be on its way
    crashed_id = next(d.id for d in fake.deliveries if d.guid == "crashed")

    assert await redeliver_failed(github_runtime) == 4
    assert sorted(fake.redelivery_requests) == sorted([lost.id, crashed_id, stale.id, unclaimed.id])
    stale_row = deliveries.get(engine, "stale")
    assert stale_row is not None and stale_row.state == DeliveryState.REDELIVERING
    assert stale_row.error == "not finished: its process stopped"
    # the redelivered copies can now be claimed again
    assert deliveries.claim(engine, DeliveryInfo("crashed", "issue_comment", "created", 1, None)) is True


async def test_newest_attempt_is_redelivered_and_hopeless_ones_are_left(fake_github: FakeGitHub,
                                                                      github_runtime: Any) -> None:
    first = fake_github.add_delivery("flaky", "push", status_code=500)
    second = fake_github.add_delivery("flaky", "push", status_code=504, redelivery=True)
    for _ in range(MAX_ATTEMPTS):
        fake_github.add_delivery("hopeless", "push", status_code=500)
    assert await redeliver_failed(github_runtime) == 1
    assert fake_github.redelivery_requests == [second.id]
    assert first.id not in fake_github.redelivery_requests


async def test_refused_redelivery_is_reported_not_raised(fake_github: FakeGitHub, github_runtime: Any) -> None:
    fake_github.add_delivery("gone", "push", status_code=500)
    fake_github.fail("POST", r"/attempts$", 422, message="Validation Failed")
    assert await redeliver_failed(github_runtime) == 0
    assert fake_github.redelivery_requests == []


async def test_dry_run_asks_nothing(github_runtime: Any) -> None:
    github_runtime.github = None
    assert await redeliver_failed(github_runtime) == 0


async def test_each_failed_delivery_is_asked_for_once_across_replicas(
        fake_github: FakeGitHub, github_runtime: Any) -> None:
    """Issue 14, defect 6: every replica asked for redelivery at start, so each failed delivery came N times."""
    from bot.storage.db import exclusive

    engine = github_runtime.engine
    lost = fake_github.add_delivery("lost", "push", status_code=502)
    fake_github.add_delivery("crashed", "push", status_code=202)
    _row(engine, "crashed", error="GitHubError: boom")
    crashed_id = next(d.id for d in fake_github.deliveries if d.guid == "crashed")
    if engine.dialect.name == "postgresql":  # replicas starting together: the one holding the lock asks
        with exclusive(engine, "redeliver"):
            assert await redeliver_failed(github_runtime) == 0
    assert await redeliver_failed(github_runtime) == 2  # the first replica to start
    assert await redeliver_failed(github_runtime) == 0  # the next ones: on their way already
    assert await redeliver_failed(github_runtime) == 0
    assert sorted(fake_github.redelivery_requests) == sorted([lost.id, crashed_id])
    for guid in ("lost", "crashed"):  # the redelivered copies are claimed when they arrive, once
        assert deliveries.claim(engine, DeliveryInfo(guid, "push", None, 1, None)) is True
        assert deliveries.claim(engine, DeliveryInfo(guid, "push", None, 1, None)) is False
    with session_scope(engine) as session:  # one that never arrived is asked for again once stale
        session.execute(update(WebhookDelivery).where(WebhookDelivery.delivery_id == "lost")
                        .values(state=DeliveryState.REDELIVERING, received_at=utcnow() - timedelta(hours=1)))
    assert await redeliver_failed(github_runtime) == 1
