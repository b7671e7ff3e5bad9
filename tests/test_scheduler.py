"""The periodic job: the round, then the post-poll steps in order, under the replica lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import Engine

from bot.jobs.scheduler import POLL_JOB_ID, build_scheduler, run_cycle
from bot.runtime import Runtime
from bot.storage.db import exclusive
from tests.conftest import make_settings
from tests.pypi_replay import RecordedPyPI
from tests.test_poller import LOGIN, releases, replay_runtime


async def test_cycle_polls_then_runs_every_step_in_order_even_after_a_failure(
    tmp_path: Path, migrated_url: str, engine: Engine
) -> None:
    seen: list[str] = []

    async def first(runtime: Runtime) -> int:
        seen.append(f"first:{len(releases(runtime.engine, 'flask-login'))}")
        return 1

    async def broken(runtime: Runtime) -> None:
        seen.append("broken")
        raise RuntimeError("step failed")

    async def last(runtime: Runtime) -> None:
        seen.append("last")

    settings = make_settings(tmp_path, migrated_url, watchlist=("flask-login",))
    async with replay_runtime(settings, engine, RecordedPyPI({"flask-login": LOGIN})) as runtime:
        assert await run_cycle(runtime, [first, broken, last]) is True
    assert seen == ["first:25", "broken", "last"]


@pytest.mark.backend("postgresql")  # the replica lock is a PostgreSQL advisory lock; SQLite is single-host
async def test_cycle_is_skipped_while_another_replica_holds_the_lock(
    tmp_path: Path, migrated_url: str, engine: Engine
) -> None:
    pypi = RecordedPyPI({"flask-login": LOGIN})
    settings = make_settings(tmp_path, migrated_url, watchlist=("flask-login",))
    async with replay_runtime(settings, engine, pypi) as runtime:
        with exclusive(engine, POLL_JOB_ID) as held:
            assert held
            assert await run_cycle(runtime, []) is False
    assert pypi.requests["flask-login"] == 0


async def test_scheduler_runs_the_cycle_on_the_interval_once_at_a_time(tmp_path: Path, migrated_url: str, engine: Engine) -> None:
    settings = make_settings(tmp_path, migrated_url, poll_interval_seconds=600)
    async with replay_runtime(settings, engine, RecordedPyPI({})) as runtime:
        sched = build_scheduler(runtime, run_now=False)
        job = sched.get_job(POLL_JOB_ID)
        assert job is not None
        assert job.kwargs == {"scheduled": True}  # the interval trigger polls at most once per interval
        assert job.func is run_cycle and job.args == (runtime,)
        assert isinstance(job.trigger, IntervalTrigger) and job.trigger.interval.total_seconds() == 600
        assert (job.max_instances, job.coalesce) == (1, True)



async def test_replicas_poll_once_per_interval_whichever_scheduler_fires(
    tmp_path: Path, migrated_url: str, engine: Engine
) -> None:
    """Issue 14, defect 5: every replica's scheduler fires and the lock only kept rounds from overlapping, so with
    three replicas there were three rounds per interval. A round started within the interval is this period's."""
    from datetime import timedelta

    from sqlmodel import Session, select

    from bot.storage.models.pypi import PollRun

    pypi = RecordedPyPI({"flask-login": LOGIN})
    settings = make_settings(tmp_path, migrated_url, watchlist=("flask-login",), poll_interval_seconds=600)
    async with replay_runtime(settings, engine, pypi) as first, replay_runtime(settings, engine, pypi) as second:
        assert await run_cycle(first, [], scheduled=True) is True
        assert await run_cycle(second, [], scheduled=True) is False  # another replica's scheduler, moments later
        assert await run_cycle(first, [], scheduled=True) is False
        assert pypi.requests["flask-login"] == 1
        with Session(engine) as session:
            run = session.exec(select(PollRun)).one()
            run.started_at -= timedelta(seconds=600)  # the interval has passed
            session.add(run)
            session.commit()
        assert await run_cycle(second, [], scheduled=True) is True
        assert await run_cycle(first, []) is True  # an explicit run (`poll --once`) always polls
    assert pypi.requests["flask-login"] == 3
