"""`POST /webhook`: signature first, size cap, malformed input, unknown events, each delivery handled once."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.storage import deliveries
from bot.storage.models.github import DeliveryState
from bot.web.json_depth import MAX_JSON_DEPTH
from bot.web.webhook import MAX_BODY_BYTES, BackgroundWork, signature_matches
from tests.fake_github import FakeGitHub
from tests.fake_github.webhooks import WebhookPoster, load, signature

SECRET = "it's a secret to everybody"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (signature(b'{"a":1}', SECRET), True),
        (signature(b'{"a":1}', SECRET).upper().replace("SHA256=", "sha256="), False),
        (signature(b'{"a":2}', SECRET), False),
        (signature(b'{"a":1}', "other secret"), False),
        ("sha1=" + signature(b'{"a":1}', SECRET)[7:], False),
        ("", False),
    ],
    ids=["valid", "uppercase-hex", "other-body", "other-secret", "wrong-algorithm", "empty"],
)
def test_signature_matches(header: str, expected: bool) -> None:
    assert signature_matches(SECRET.encode(), b'{"a":1}', header) is expected


async def test_ping_is_acknowledged_and_recorded(webhook_poster: WebhookPoster, webhook_examples: Path) -> None:
    response = await webhook_poster.post("ping", load(webhook_examples, "ping"), delivery_id="d-ping")
    await webhook_poster.settle()
    assert (response.status_code, response.json()) == (202, {"message": "accepted", "delivery": "d-ping"})
    row = deliveries.get(webhook_poster.app.state.runtime.engine, "d-ping")
    assert row is not None and (row.event, row.state, row.error) == ("ping", DeliveryState.DONE, None)


@pytest.mark.parametrize(
    ("secret", "message"),
    [(None, "missing X-Hub-Signature-256"), ("not the secret", "bad signature")],
    ids=["missing", "wrong-secret"],
)
async def test_bad_signature_is_refused_before_parsing(
    webhook_poster: WebhookPoster, webhook_examples: Path, fake_github: FakeGitHub, secret: str | None, message: str,
) -> None:
    response = await webhook_poster.post("ping", load(webhook_examples, "ping"), delivery_id="d-bad", secret=secret)
    assert (response.status_code, response.json()["message"]) == (401, message)
    assert deliveries.get(webhook_poster.app.state.runtime.engine, "d-bad") is None
    assert fake_github.log == []


async def test_tampered_body_is_refused(webhook_poster: WebhookPoster, webhook_examples: Path) -> None:
    body = json.dumps(load(webhook_examples, "ping")).encode()
    sent = {"x-hub-signature-256": signature(body, SECRET)}
    response = await webhook_poster.post("ping", body.replace(b"Octocoders", b"Attackers"), extra=sent)
    assert (response.status_code, response.json()["message"]) == (401, "bad signature")


async def test_unknown_event_is_acknowledged_and_ignored(webhook_poster: WebhookPoster) -> None:
    response = await webhook_poster.post("star", {"action": "created", "starred_at": None}, delivery_id="d-star")
    assert (response.status_code, response.json()["message"]) == (202, "event 'star' ignored")
    assert deliveries.get(webhook_poster.app.state.runtime.engine, "d-star") is None


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"action": "created",',
         "malformed JSON: Expecting property name enclosed in double quotes: line 1 column 22 (char 21)"),
        (b"\xff\xfe{}", "malformed JSON: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
        (b"[1, 2]", "malformed JSON: the payload must be an object"),
    ],
    ids=["truncated", "not-utf8", "array"],
)
async def test_malformed_json_is_400(webhook_poster: WebhookPoster, body: bytes, message: str) -> None:
    response = await webhook_poster.post("push", body, delivery_id="d-broken")
    assert (response.status_code, response.json()["message"]) == (400, message)
    assert deliveries.get(webhook_poster.app.state.runtime.engine, "d-broken") is None


@pytest.mark.parametrize(
    "body",
    [b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", b'{"a": ' + b'{"b": ' * 50_000 + b"1" + b"}" * 50_001,
     b'{"a": ' + b"[" * 100_000],
    ids=["arrays", "objects", "never-closed"],
)
async def test_deeply_nested_json_is_400_before_parsing(webhook_poster: WebhookPoster, body: bytes) -> None:
    """Issue 14, defect 7: json.loads raised RecursionError (a 500) on a correctly signed, deeply nested body."""
    response = await webhook_poster.post("push", body, delivery_id="d-deep")
    assert (response.status_code, response.json()["message"]) == (
        400, f"malformed JSON: nested deeper than {MAX_JSON_DEPTH} levels")
    assert deliveries.get(webhook_poster.app.state.runtime.engine, "d-deep") is None


async def test_nesting_up_to_the_limit_is_parsed(webhook_poster: WebhookPoster) -> None:
    depth = MAX_JSON_DEPTH - 1  # the payload object is one level; brackets inside strings do not count
    body = b'{"action": "created", "deep": ' + b"[" * depth + b'"]]]"' + b"]" * depth + b', "s": "[[[[[[[["}'
    response = await webhook_poster.post("star", body, delivery_id="d-deep-ok")
    assert (response.status_code, response.json()["message"]) == (202, "event 'star' ignored")


async def test_25mb_body_is_413_without_reading_it_all(webhook_poster: WebhookPoster) -> None:
    body = b'{"pad": "' + b"x" * (25 * 1024 * 1024) + b'"}'
    response = await webhook_poster.post("push", body, delivery_id="d-huge")
    assert (response.status_code, response.json()["message"]) == (413, f"payload larger than {MAX_BODY_BYTES} bytes")


async def test_oversized_stream_without_length_is_413(webhook_poster: WebhookPoster) -> None:
    chunk = b"x" * (1024 * 1024)
    produced = 0

    async def stream() -> AsyncIterator[bytes]:
        nonlocal produced
        for _ in range(40):
            produced += 1
            yield chunk

    response = await webhook_poster.client.post(
        "/webhook", content=stream(),
        headers={"x-github-event": "push", "x-github-delivery": "d-stream", "x-hub-signature-256": "sha256=00"},
    )
    assert (response.status_code, response.json()["message"]) == (413, f"payload larger than {MAX_BODY_BYTES} bytes")


async def test_missing_delivery_header_is_400(webhook_poster: WebhookPoster, webhook_examples: Path) -> None:
    response = await webhook_poster.post("ping", load(webhook_examples, "ping"), extra={"x-github-delivery": ""})
    assert (response.status_code, response.json()["message"]) == (400, "missing X-GitHub-Event or X-GitHub-Delivery")


async def test_a_delivery_id_no_ledger_row_can_hold_is_400(webhook_poster: WebhookPoster, webhook_examples: Path) -> None:
    response = await webhook_poster.post("ping", load(webhook_examples, "ping"), delivery_id="d" * 65)
    assert (response.status_code, response.json()["message"]) == (400, "X-GitHub-Delivery longer than 64 characters")


async def test_same_delivery_is_handled_once(webhook_poster: WebhookPoster, webhook_examples: Path) -> None:
    first = await webhook_poster.post("ping", load(webhook_examples, "ping"), delivery_id="d-twice")
    await webhook_poster.settle()
    second = await webhook_poster.post("ping", load(webhook_examples, "ping"), delivery_id="d-twice")
    await webhook_poster.settle()
    assert [first.json()["message"], second.json()["message"]] == ["accepted", "accepted"]
    row = deliveries.get(webhook_poster.app.state.runtime.engine, "d-twice")
    assert row is not None and (row.attempts, row.state) == (1, DeliveryState.DONE)


async def test_simultaneous_copies_are_claimed_once(webhook_poster: WebhookPoster, webhook_examples: Path) -> None:
    import asyncio

    body = load(webhook_examples, "ping")
    answers = await asyncio.gather(*(webhook_poster.post("ping", body, delivery_id="d-burst") for _ in range(5)))
    await webhook_poster.settle()
    assert [a.status_code for a in answers] == [202] * 5
    row = deliveries.get(webhook_poster.app.state.runtime.engine, "d-burst")
    assert row is not None and (row.attempts, row.state) == (1, DeliveryState.DONE)


async def test_background_work_is_awaited_at_shutdown() -> None:
    import asyncio

    work = BackgroundWork()
    finished: list[str] = []

    async def job() -> None:
        await asyncio.sleep(0.05)
        finished.append("done")

    work.spawn(job(), "job")
    assert len(work.tasks) == 1
    await work.drain(timeout=5)
    assert finished == ["done"] and work.tasks == set()


async def test_created_app_serves_the_webhook(github_settings) -> None:
    from bot.web.app import create_app

    app = create_app(github_settings, start_scheduler=False)
    assert "post" in app.openapi()["paths"]["/webhook"]


async def test_lifespan_asks_for_missed_deliveries_then_waits(fake_github: FakeGitHub, github_runtime) -> None:
    from fastapi import FastAPI

    from bot.web.webhook import router

    missed = fake_github.add_delivery("missed", "push", status_code=502, installation_id=1)
    app = FastAPI()
    app.state.runtime = github_runtime
    async with router.lifespan_context(app):
        pass  # shutdown waits for the start-up redelivery task
    assert fake_github.redelivery_requests == [missed.id]
