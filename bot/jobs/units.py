"""The units of work the runner runs: the polling cycle (one per period), a repository evaluated against a release,
a repository rescanned after a push, an installation's actions sent, redelivery. The logic is the pipeline's; these
functions only cut it into jobs.

Order: the cycle polls, analyses, then for each unprocessed release submits one evaluation per installed repository
and marks the release processed once all are submitted (queued durably on PostgreSQL, done on SQLite); each
evaluation submits its installation's send. Sends of one installation are serialised fleet-wide (`lock`), which
with the GitHub client's pacer keeps an installation within GitHub's write limits."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING

from bot.changes import ReleaseDiff
from bot.errors import GitHubError
from bot.jobs.analysis_queue import analyse_pending_releases
from bot.jobs.compat import evaluate_dependents, evaluate_new_release
from bot.jobs.pin_audits import refresh_pin_audits
from bot.jobs.pipeline import _snapshot, evaluate_repository, reevaluate_through, rescan_repository
from bot.jobs.redeliver import redeliver_failed
from bot.jobs.repo_scan import Snapshot, Write, load_snapshot
from bot.jobs.runner import InProcessRunner, job
from bot.jobs.scheduler import Step, run_cycle
from bot.jobs.sender import due_actions, send_installation
from bot.storage import repos
from bot.storage.db import reading
from bot.storage.models.actions import InstalledRepo
from bot.storage.risks import refresh_risks
from bot.storage.surfaces import stored_diff

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from bot.adapters.github import GitHubAPI
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

CYCLE, EVALUATE, RESCAN, SEND, REDELIVER = "cycle", "evaluate", "rescan", "send", "redeliver"


def period_of(runtime: Runtime, now: float | None = None) -> int:
    """The polling period `now` falls in: every replica's scheduler computes the same number."""
    return int((time.time() if now is None else now) // runtime.settings.poll_interval_seconds)


async def submit_cycle(runtime: Runtime) -> bool:
    """The scheduler's tick on every replica: the queue lets one cycle per period through."""
    period = period_of(runtime)
    return await runtime.runner.submit(CYCLE, key=f"cycle-{period}", period=period)


@job(CYCLE)
async def cycle(runtime: Runtime, period: int) -> bool:
    """One polling round and its steps (skipped when another replica already polled this period)."""
    return await run_cycle(runtime, QUEUED_STEPS, scheduled=True)


async def submit_redelivery(runtime: Runtime) -> bool:
    """Ask for missed deliveries once per period, fleet-wide (the job itself also marks what it asked for)."""
    period = period_of(runtime)
    return await runtime.runner.submit(REDELIVER, key=f"redeliver-{period}")


@job(REDELIVER)
async def redeliver(runtime: Runtime) -> int:
    return await redeliver_failed(runtime)


async def fan_out_new_releases(runtime: Runtime) -> int:
    """Post-poll step: each unprocessed release becomes one evaluation job per installed repository."""
    count = 0
    for diff in await asyncio.to_thread(repos.unprocessed_diffs, runtime.engine):
        count += await fan_out_release(runtime, diff)
    return count


async def fan_out_release(runtime: Runtime, diff: ReleaseDiff) -> int:
    """Submit the release's evaluations, then record it processed (on PostgreSQL the jobs are durable by then)."""
    submitted = 0
    if diff.changes:
        runtime.compat.index(fresh=True)
        await evaluate_dependents(runtime, diff)  # watched extensions' newest releases against this one
        for repo in await asyncio.to_thread(repos.installed_repositories, runtime.engine):
            key = f"evaluate-{repo.name}-{diff.package}=={diff.new}"
            kwargs = {"repo": repo.name, "package": diff.package, "version": diff.new}
            # one repository's releases in order, one at a time: which one opens the issue depends on the others
            submitted += await runtime.runner.submit(EVALUATE, key=key, lock=f"repo-{repo.name}", **kwargs)
    await evaluate_new_release(runtime, diff.package, diff.new)  # a dependent's release may be its fix release
    changed = await reevaluate_through(runtime, diff.package)
    await asyncio.to_thread(repos.mark_processed, runtime.engine, diff, changed + submitted)
    return submitted


Inputs = tuple[InstalledRepo | None, ReleaseDiff | None, Snapshot | None]


def _inputs(engine: Engine, name: str, package: str, version: str) -> Inputs:
    """The repository's row, the release's diff and the repository's stored scan (one session)."""
    with reading(engine) as session:
        row = session.get(InstalledRepo, name)
        previous = load_snapshot(session, row.full_name) if row is not None else None
        return row, stored_diff(session, package, version), previous


@job(EVALUATE)
async def evaluate(runtime: Runtime, repo: str, package: str, version: str) -> int:
    """Scan one repository and apply one release to it; then its installation's actions are sent."""
    row, diff, previous = await asyncio.to_thread(_inputs, runtime.engine, repo, package, version)
    if row is None or diff is None:
        return 0  # uninstalled (or the diff re-analysed away) since the job was queued
    deferred: list[Write] = []  # the scan is stored with the repository's actions: one transaction
    try:
        snapshot = await _snapshot(runtime, row, previous=previous, deferred=deferred)
    except GitHubError as e:  # as in a round: one unreachable repository does not stop the others
        log.warning("repository scan failed", extra={"repo": row.full_name, "error": str(e)})
        return 0
    if snapshot is None:
        return 0
    runtime.compat.index()  # this round's listings (refreshed when stale)
    changed = await evaluate_repository(runtime, row, snapshot, [diff], deferred)
    if changed:
        await submit_send(runtime, row.installation_id)
    return changed


async def submit_rescan(runtime: Runtime, installation_id: int, full_name: str, gh: GitHubAPI | None = None) -> bool:
    """A push moved the default branch (or the App was installed, or a person asked for a recheck): rescan the
    repository, on whichever replica is free. In-process, the webhook's installation client `gh` is used.

    Queued once per repository (a burst of pushes queues one rescan, which reads the newest head when it starts);
    a push arriving while a rescan runs queues one more, which the repository's lock runs after it, so the newest
    commit is always scanned. In-process the coalescer gives the same guarantees (one run now, one shared follow-up),
    and a failure fails the delivery, which is then redelivered (the queue retries the job instead)."""
    name = full_name.lower()
    if isinstance(runtime.runner, InProcessRunner):
        await runtime.rescans.run(name, lambda: rescan_repository(runtime, installation_id, full_name, gh))
        return True
    kwargs = {"installation_id": installation_id, "repo": full_name}
    return await runtime.runner.submit(RESCAN, key=f"rescan-{name}", lock=f"repo-{name}", **kwargs)


@job(RESCAN)
async def rescan(runtime: Runtime, installation_id: int, repo: str) -> int:
    """Scan the repository at its head, re-evaluate it against recent releases, send its actions."""
    return await rescan_repository(runtime, installation_id, repo)


async def submit_send(runtime: Runtime, installation_id: int) -> bool:
    """Queue the installation's send (once while one waits; one at a time per installation)."""
    lock = f"installation-{installation_id}"
    return await runtime.runner.submit(SEND, key=f"send-{installation_id}", lock=lock, installation_id=installation_id)


class InstallationBusy(Exception):
    """Another sender holds the installation (a webhook's): the queue retries the job shortly."""


@job(SEND)
async def send(runtime: Runtime, installation_id: int) -> int:
    done = await send_installation(runtime, installation_id)
    if done is None:
        raise InstallationBusy(f"installation {installation_id} is being sent by another sender")
    return done


def _installations_due(engine: Engine) -> list[int]:
    return sorted({a.installation_id for a in due_actions(engine)})


async def submit_sends(runtime: Runtime) -> int:
    """Post-poll step: one send job per installation with due actions (retries whose delay has passed)."""
    if runtime.github is None:
        return await send_installation(runtime, 0) or 0  # dry run: marked in place, nothing to spread
    return sum([await submit_send(runtime, i) for i in await asyncio.to_thread(_installations_due, runtime.engine)])


QUEUED_STEPS: list[Step] = [
    analyse_pending_releases,
    refresh_risks,
    submit_redelivery,
    fan_out_new_releases,
    refresh_pin_audits,
    submit_sends,
]
"""`POST_POLL_STEPS` with the per-repository and per-installation work submitted as jobs."""
