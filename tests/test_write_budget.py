"""GitHub's write limits hold for a fleet: two replicas' GitHub clients on one PostgreSQL schema never send one
installation more writes in a window than the limit together, and their waits leave the event loop free."""

from __future__ import annotations

import asyncio
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


def _most_in_window(times: list[float], window: float) -> int:
    """The most writes any `window`-long interval saw at the fake GitHub (allowing 0.1 s between a write being
    counted and its arrival: a thread hop and the HTTP client under a loaded machine)."""
    times = sorted(times)
    return max(sum(1 for u in times[i:] if u < t + window - 0.1) for i, t in enumerate(times))


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
    sent: list[float] = []

    async def note(request: httpx.Request) -> None:
        if request.method == "POST" and request.url.path.endswith("/issues"):
            sent.append(time.monotonic())

    async def replica(engine: Engine, writes: int) -> None:
        http = fake_github.client()
        http.event_hooks["request"].append(note)
        budget = SharedWriteBudget(engine, minute=MINUTE, hour=HOUR)
        async with http, GitHubApp(
            github_settings, http=http, writes_per_minute=PER_MINUTE, writes_per_hour=PER_HOUR, write_budget=budget
        ) as app:
            async with app.installation(INST) as gh:
                for i in range(writes):
                    await gh.post("/repos/octo-org/demo/issues", data={"title": f"{id(engine)}-{i}"})

    lags: list[float] = []

    async def probe() -> None:
        while True:
            before = time.monotonic()
            await asyncio.sleep(0.01)
            lags.append(time.monotonic() - before - 0.01)

    probing = asyncio.create_task(probe())
    started = time.monotonic()
    await asyncio.gather(replica(engine, 6), replica(second_engine, 6))
    elapsed = time.monotonic() - started
    probing.cancel()
    assert len(sent) == 12 == len(fake_github.issues("octo-org", "demo"))
    assert _most_in_window(sent, MINUTE) <= PER_MINUTE
    assert _most_in_window(sent, HOUR) <= PER_HOUR
    assert elapsed >= 2 * HOUR  # 12 writes at 5 per window: the third window opens after two full ones
    assert max(lags) < 0.25  # the waits were asyncio sleeps and the reservations ran in threads
