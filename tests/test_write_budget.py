"""GitHub's write limits hold for a fleet: two replicas' GitHub clients on one PostgreSQL schema never send one
installation more writes in a window than the limit together, and their waits leave the event loop free."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import Engine

from bot.adapters.github import GitHubApp
from bot.config import Settings
from bot.storage.db import make_engine
from bot.storage.write_budget import SharedWriteBudget
from tests.fake_github import FakeGitHub

pytestmark = pytest.mark.backend("postgresql")

INST = 11
PER_MINUTE, PER_HOUR = 3, 5
MINUTE, HOUR = 1.0, 3.0
"""GitHub's windows shrunk from 60 s / 3600 s so the test takes seconds; the limits shrink with them."""


@pytest.fixture
def second_engine(migrated_url: str) -> Iterator[Engine]:
    """The other replica's own connection pool on the same schema."""
    engine = make_engine(migrated_url)
    yield engine
    engine.dispose()


class RecordedBudget(SharedWriteBudget):
    """The shared budget, noting for each `reserve` call when it started and returned (monotonic), the wait it
    answered (0.0: a write reserved) and the thread it ran in."""

    def __init__(self, engine: Engine, **windows: float) -> None:
        super().__init__(engine, **windows)
        self.calls: list[tuple[float, float, float, int]] = []

    def reserve(self, installation_id: int, per_minute: int, per_hour: int) -> float:
        started = time.monotonic()
        wait = super().reserve(installation_id, per_minute, per_hour)
        self.calls.append((started, time.monotonic(), wait, threading.get_ident()))
        return wait

    def reserved(self) -> list[tuple[float, float]]:
        """(started, returned) of each reservation: the database recorded the write at some instant in between."""
        return [(started, ended) for started, ended, wait, _ in self.calls if wait == 0.0]


def _most_surely_in_one_window(reserved: list[tuple[float, float]], window: float) -> int:
    """The most reservations that surely fell inside one `window`-long interval: those whose calls started and
    returned within less than `window` of each other. A slow machine only widens the calls, so it can hide an
    excess but never make one up: the check cannot fail because the runner is busy."""
    return max(sum(1 for s, e in reserved if s >= start and e < start + window) for start, _ in reserved)


def _ticks_while_waiting(budget: RecordedBudget, ticks: list[float], at_least: float) -> list[int]:
    """For each wait of at least `at_least` s the budget asked for: the probe's wake-ups in its last `wait` seconds
    before the next `reserve` call. The wait was honoured (that call came no sooner), so a wait that blocked the loop
    would leave at most the one or two wake-ups between that call's thread starting and the wait's end."""
    counts = []
    for (_, _, wait, _), (following, _, _, _) in zip(budget.calls, budget.calls[1:], strict=False):
        if wait >= at_least:
            counts.append(sum(1 for t in ticks if following - wait <= t < following))
    return counts


def test_a_full_window_says_how_long_to_wait_and_other_installations_are_untouched(engine: Engine) -> None:
    budget = SharedWriteBudget(engine, minute=MINUTE, hour=HOUR)
    assert [budget.reserve(INST, PER_MINUTE, PER_HOUR) for _ in range(PER_MINUTE)] == [0.0] * PER_MINUTE
    assert 0.5 < budget.reserve(INST, PER_MINUTE, PER_HOUR) <= MINUTE
    assert budget.reserve(INST + 1, PER_MINUTE, PER_HOUR) == 0.0


async def test_two_replicas_together_stay_within_the_limits_and_never_block_the_loop(
    engine: Engine, second_engine: Engine, fake_github: FakeGitHub, github_settings: Settings
) -> None:
    fake_github.add_installation(INST, account="octo-org")
    fake_github.add_repo("octo-org", "demo", files={"requirements.txt": "flask\n"}, installation=INST)
    sent: dict[Engine, list[float]] = {engine: [], second_engine: []}
    budgets = {e: RecordedBudget(e, minute=MINUTE, hour=HOUR) for e in sent}

    async def replica(engine: Engine, writes: int) -> None:
        async def note(request: httpx.Request) -> None:
            if request.method == "POST" and request.url.path.endswith("/issues"):
                sent[engine].append(time.monotonic())

        http = fake_github.client()
        http.event_hooks["request"].append(note)
        async with http, GitHubApp(
            github_settings, http=http, writes_per_minute=PER_MINUTE, writes_per_hour=PER_HOUR,
            write_budget=budgets[engine],
        ) as app:
            async with app.installation(INST) as gh:
                for i in range(writes):
                    await gh.post("/repos/octo-org/demo/issues", data={"title": f"{id(engine)}-{i}"})

    ticks: list[float] = []

    async def probe() -> None:
        while True:
            await asyncio.sleep(0.01)
            ticks.append(time.monotonic())

    loop_thread = threading.get_ident()
    probing = asyncio.create_task(probe())
    started = time.monotonic()
    await asyncio.gather(replica(engine, 6), replica(second_engine, 6))
    elapsed = time.monotonic() - started
    probing.cancel()
    assert len(fake_github.issues("octo-org", "demo")) == 12
    for one, budget in budgets.items():  # each write went out after its own reservation
        assert len(sent[one]) == len(budget.reserved()) == 6
        assert all(ended <= at for (_, ended), at in zip(budget.reserved(), sent[one], strict=True))
    reserved = [r for budget in budgets.values() for r in budget.reserved()]
    assert _most_surely_in_one_window(reserved, MINUTE) <= PER_MINUTE
    assert _most_surely_in_one_window(reserved, HOUR) <= PER_HOUR
    assert elapsed >= 2 * HOUR  # 12 writes at 5 per window: the third window opens after two full ones
    # the reservations ran in threads, and the waits were asyncio sleeps: the loop kept waking up through each one
    assert all(thread != loop_thread for budget in budgets.values() for *_, thread in budget.calls)
    waits = [n for budget in budgets.values() for n in _ticks_while_waiting(budget, ticks, at_least=0.5)]
    assert waits and min(waits) >= 5, waits
