"""`POST /webhook`: signature first, acknowledged at once (202), each delivery handled once in the background."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
from collections.abc import AsyncIterator, Coroutine
from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse
from gidgethub.sansio import Event

from bot.handlers import HANDLED_EVENTS
from bot.handlers import router as handlers
from bot.handlers.context import acting_as
from bot.runtime import Runtime
from bot.storage.deliveries import MAX_DELIVERY_ID, DeliveryInfo, DeliveryLedger
from bot.web.json_depth import MAX_JSON_DEPTH, nests_deeper_than

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 25_000_000  # GitHub never sends more (it drops larger payloads); anything bigger is refused
SHUTDOWN_GRACE_SECONDS = 30.0


class BackgroundWork:
    """The webhook's background tasks, kept referenced until done so shutdown can wait for them."""

    def __init__(self) -> None:
        self.tasks: set[asyncio.Task[None]] = set()

    def spawn(self, coro: Coroutine[Any, Any, None], name: str) -> None:
        """Run a coroutine in the background."""
        task = asyncio.create_task(coro, name=name)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def drain(self, timeout: float = SHUTDOWN_GRACE_SECONDS) -> None:
        """Wait (at most `timeout` seconds) for the running tasks."""
        if self.tasks:
            log.info("waiting for webhook work", extra={"tasks": len(self.tasks)})
            await asyncio.wait(set(self.tasks), timeout=timeout)


def background(app: FastAPI) -> BackgroundWork:
    """The app's BackgroundWork (created on first use)."""
    work = getattr(app.state, "webhook_work", None)
    if work is None:
        work = app.state.webhook_work = BackgroundWork()
    return work


def ledger(app: FastAPI, runtime: Runtime) -> DeliveryLedger:
    """The app's delivery ledger (created on first use)."""
    found = getattr(app.state, "delivery_ledger", None)
    if found is None:
        found = app.state.delivery_ledger = DeliveryLedger(runtime.engine)
    return found


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """At start, ask for redelivery of missed deliveries; at shutdown, let running handlers finish."""
    from bot.jobs.redeliver import redeliver_failed

    work = background(app)
    runtime: Runtime | None = getattr(app.state, "runtime", None)
    if runtime is not None and runtime.github is not None:
        work.spawn(_logged(redeliver_failed(runtime), "redelivery at start"), "redeliver-at-start")
    try:
        yield
    finally:
        await work.drain()


router = APIRouter(lifespan=lifespan)


def _answer(status: int, message: str, delivery_id: str | None = None) -> JSONResponse:
    return JSONResponse({"message": message, "delivery": delivery_id}, status_code=status)


def signature_matches(secret: bytes, body: bytes, header: str) -> bool:
    """True when `header` is GitHub's `sha256=` HMAC of `body` (constant-time comparison)."""
    expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), header.strip().encode())


async def _read_capped(request: Request) -> bytes | None:
    """The body, or None once it exceeds MAX_BODY_BYTES (reading stops there)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        return None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


@router.post("/webhook", status_code=202)
async def webhook(request: Request) -> JSONResponse:
    """Receive one GitHub delivery."""
    settings = request.app.state.settings
    secret = settings.github_webhook_secret
    if secret is None:
        return _answer(503, "webhook secret not configured")
    signature = request.headers.get("x-hub-signature-256")
    if not signature:
        return _answer(401, "missing X-Hub-Signature-256")
    body = await _read_capped(request)
    if body is None:
        return _answer(413, f"payload larger than {MAX_BODY_BYTES} bytes")
    if not signature_matches(secret.get_secret_value().encode(), body, signature):
        return _answer(401, "bad signature")
    event_name = request.headers.get("x-github-event", "")
    delivery_id = request.headers.get("x-github-delivery", "")
    if not event_name or not delivery_id:
        return _answer(400, "missing X-GitHub-Event or X-GitHub-Delivery")
    if len(delivery_id) > MAX_DELIVERY_ID:
        return _answer(400, f"X-GitHub-Delivery longer than {MAX_DELIVERY_ID} characters")
    if nests_deeper_than(body):
        return _answer(400, f"malformed JSON: nested deeper than {MAX_JSON_DEPTH} levels", delivery_id)
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        return _answer(400, f"malformed JSON: {e}", delivery_id)
    if not isinstance(data, dict):
        return _answer(400, "malformed JSON: the payload must be an object", delivery_id)
    if event_name not in HANDLED_EVENTS:
        log.info("event ignored", extra={"event": event_name, "delivery_id": delivery_id})
        return _answer(202, f"event {event_name!r} ignored", delivery_id)
    event = Event(data, event=event_name, delivery_id=delivery_id)
    runtime: Runtime = request.app.state.runtime
    background(request.app).spawn(handle(runtime, ledger(request.app, runtime), event), f"webhook-{delivery_id}")
    return _answer(202, "accepted", delivery_id)


def _info(event: Event) -> DeliveryInfo:
    inst = (event.data.get("installation") or {}).get("id")
    action = event.data.get("action")
    return DeliveryInfo(
        delivery_id=str(event.delivery_id),
        event=event.event,
        action=action if isinstance(action, str) else None,
        installation_id=int(inst) if isinstance(inst, int) else None,
        repo=(event.data.get("repository") or {}).get("full_name"),
    )


async def handle(runtime: Runtime, ledger: DeliveryLedger, event: Event) -> None:
    """Claim the delivery, dispatch to the routers, record success or failure (a redelivery will be asked for).

    A delivery that is acknowledged but never claimed (the process died first) has no row; the redelivery job
    asks for those too."""
    extra = {"delivery_id": event.delivery_id, "event": event.event, "action": event.data.get("action")}
    try:
        claimed = await ledger.claim(_info(event))
    except Exception:  # the database is unreachable: nothing was done, the redelivery job will ask again
        log.exception("could not record delivery", extra=extra)
        return
    if not claimed:
        log.info("duplicate delivery skipped", extra=extra)
        return
    try:
        async with acting_as(runtime, event) as gh:  # one installation client for the whole delivery
            await handlers.dispatch(event, gh, runtime)
    except Exception as e:  # any failure is recorded on the delivery and retried through redelivery
        log.exception("webhook handling failed", extra=extra)
        await ledger.finish(str(event.delivery_id), f"{type(e).__name__}: {e}")
    else:
        await ledger.finish(str(event.delivery_id))
        log.info("webhook handled", extra=extra)


async def _logged(coro: Coroutine[Any, Any, int], what: str) -> None:
    try:
        count = await coro
    except Exception:  # a failed start-up redelivery must not stop the app; the periodic job tries again
        log.exception("%s failed", what)
    else:
        log.info("%s done", what, extra={"redelivered": count})
