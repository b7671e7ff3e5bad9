"""Periodic jobs: APScheduler runs the polling round, then each post-poll step, on an interval inside `serve`."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.jobs.analysis_queue import analyse_pending_releases
from bot.jobs.pin_audits import refresh_pin_audits
from bot.jobs.pipeline import process_new_releases, send_pending_actions
from bot.jobs.poller import poll_round, seconds_since_last_round
from bot.jobs.redeliver import redeliver_failed
from bot.runtime import Runtime
from bot.storage.db import exclusive_off_loop
from bot.storage.risks import refresh_risks

log = logging.getLogger(__name__)

Step = Callable[[Runtime], Awaitable[object]]

# What runs after each polling round, in order. Each area adds its step here with one line.
POST_POLL_STEPS: list[Step] = [
    analyse_pending_releases,  # diff each queued release against the one before it (must run first)
    refresh_risks,  # bus-factor assessment of packages last assessed over a day ago
    redeliver_failed,  # ask GitHub to redeliver webhooks that failed (it never retries on its own)
    process_new_releases,  # apply each newly diffed release to every installed repository (one action per key)
    refresh_pin_audits,  # pip-audit the bounds open issues suggest; re-render issues whose advisories changed
    send_pending_actions,  # retry actions whose send failed earlier, once their delay has passed
]

POLL_JOB_ID = "poll-round"
RECENT = 0.9
"""A round that started within this fraction of the interval counts as this period's: every replica's scheduler
fires, and without it rounds grew with the replica count."""


async def run_cycle(runtime: Runtime, steps: list[Step] | None = None, *, scheduled: bool = False) -> bool:
    """One polling round plus the post-poll steps, under a database lock so one replica runs it; False if skipped.

    `scheduled` (the interval trigger every replica's scheduler fires): at most once per interval whatever the
    replica count. An explicit run (`poll --once`, a test) always polls."""
    async with exclusive_off_loop(runtime.engine, POLL_JOB_ID) as acquired:
        if not acquired:
            log.info("another replica holds the poll lock; skipping this cycle")
            return False
        interval = runtime.settings.poll_interval_seconds
        since = await asyncio.to_thread(seconds_since_last_round, runtime.engine)
        if scheduled and since is not None and since < interval * RECENT:
            log.info("another replica polled within the interval; skipping this cycle", extra={"seconds_ago": since})
            return False
        await poll_round(runtime)
        for step in POST_POLL_STEPS if steps is None else steps:
            name = getattr(step, "__name__", repr(step))
            try:
                result = await step(runtime)
            except Exception:  # a failing step must not stop the next ones or the schedule
                log.exception("post-poll step failed", extra={"step": name})
            else:
                log.info("post-poll step done", extra={"step": name, "result": result})
        return True


def build_scheduler(runtime: Runtime, *, run_now: bool = True, tick: Step | None = None) -> AsyncIOScheduler:
    """A scheduler (not started) running `run_cycle` (or `tick`, which submits it as a job) every
    `poll_interval_seconds`, first run immediately."""
    scheduler = AsyncIOScheduler(timezone=UTC)
    first_run = {"next_run_time": datetime.now(UTC)} if run_now else {}
    scheduler.add_job(
        tick or run_cycle,
        "interval",
        args=[runtime],
        kwargs={} if tick else {"scheduled": True},
        id=POLL_JOB_ID,
        seconds=runtime.settings.poll_interval_seconds,
        max_instances=1,
        coalesce=True,
        misfire_grace_time=runtime.settings.poll_interval_seconds,
        **first_run,
    )
    return scheduler
