"""Issue 14's acceptance: three `serve` replicas as real processes on one PostgreSQL, the fake GitHub (held to its
OpenAPI contract) and a PyPI double on loopback. Five releases of one package appear in one round; a replica is
killed with SIGKILL while it sends; the whole fleet restarts. Every breaking release reaches each affected
repository exactly once, and each delivery that failed while the fleet was down is asked for once."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from signal import SIGTERM
from typing import Any

import pytest
from sqlalchemy import text

from bot.adapters.pypi import PyPIClient
from bot.jobs.orphans import reap_orphans
from bot.jobs.poller import poll_round
from bot.runtime import Runtime
from bot.storage import repos
from bot.storage.db import make_engine, upgrade
from bot.storage.surfaces import save_diff
from tests.conftest import make_settings
from tests.fake_github import FakeGitHub
from tests.fake_github.fixtures import APP_ID, WEBHOOK_SECRET
from tests.fake_pypi import TimelinePyPI, metadata_only
from tests.fleet import AFFECTED_FILES, UNAFFECTED_FILES, Loopback, removal_diffs, start_replica, wait_for
from tests.pypi_replay import serve_http

pytestmark = pytest.mark.postgres

VERSIONS = ["2.3.8", "3.0.0", "3.0.1", "3.0.2", "3.0.3", "3.0.4"]
BREAKING = {"3.0.0": 0, "3.0.2": 1, "3.0.4": 2}  # 3.0.1 and 3.0.3 change nothing this code uses


def _writes_held_after_the_first(app: Any, killed: threading.Event) -> Any:
    """`app` where every issue or comment after the first waits until `killed`: the sender is in the middle of its
    writes when it is killed, however slow the machine (a fixed delay per write only made that likely)."""
    first = threading.Lock()  # taken by the first write, which passes

    async def wrapper(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if (scope["type"] == "http" and scope["method"] == "POST" and "/issues" in scope["path"]
                and not first.acquire(blocking=False)):
            await asyncio.to_thread(killed.wait, 120)
        await app(scope, receive, send)

    return wrapper


def _markers(fake: FakeGitHub, full_name: str) -> list[str]:
    """What GitHub shows on the repository: one entry per issue (its title) and per comment (the release it names)."""
    owner, name = full_name.split("/")
    shown = []
    for issue in fake.issues(owner, name):
        shown.append(issue.title)
        shown += [f"comment {v}" for c in issue.comments for v in VERSIONS if f"werkzeug=={v}" in c.body]
    return sorted(shown)


def _jobs_left(engine: object) -> int:
    with engine.connect() as connection:  # type: ignore[attr-defined]
        return int(connection.execute(text("SELECT count(*) FROM procrastinate_jobs WHERE status IN "
                                           "('todo', 'doing')")).scalar())


async def test_three_replicas_send_each_release_once_through_a_kill_and_a_restart(
    postgres_schema_url: str, fake_github: FakeGitHub, github_private_key: str, tmp_path: Path
) -> None:
    url = postgres_schema_url
    upgrade(url)
    engine = make_engine(url)
    affected, unaffected = [], []
    for account in ("octo-one", "octo-two"):
        inst = fake_github.add_installation(account=account)
        for index in range(3):
            files = AFFECTED_FILES if index < 2 else UNAFFECTED_FILES
            fake_github.add_repo(account, f"app{index}", files, installation=inst.id)
            repos.register(engine, inst.id, f"{account}/app{index}")
            (affected if index < 2 else unaffected).append(f"{account}/app{index}")
    fake_github.add_delivery("failed-before", "push", status_code=502)

    pypi = TimelinePyPI()
    pypi.publish(metadata_only("werkzeug", "2.3.8"))
    killed = threading.Event()
    github = Loopback(_writes_held_after_the_first(fake_github.app, killed))
    replicas = []
    try:
        with serve_http(pypi) as pypi_url:  # type: ignore[arg-type]
            pypi.files = f"{pypi_url}/packages"
            settings = make_settings(tmp_path / "seed", url, pypi_url=pypi_url, watchlist=("werkzeug",))
            async with PyPIClient(settings) as client:  # the round before: werkzeug 2.3.8 is known
                await poll_round(Runtime(settings=settings, engine=engine, pypi=client))
            with engine.begin() as connection:  # ... an interval ago, so the fleet's first tick polls
                connection.execute(text("UPDATE poll_run SET started_at = started_at - interval '1 hour'"))
            for diff in removal_diffs(VERSIONS, BREAKING):  # stored as the analyser would (no artifacts served)
                save_diff(engine, diff)
            pypi.publish(*(metadata_only("werkzeug", v) for v in VERSIONS[1:]))  # five releases in one round

            env = {
                "DATABASE_URL": url, "PYPI_URL": pypi_url, "WATCHLIST": "werkzeug", "GITHUB_APP_ID": str(APP_ID),
                "GITHUB_PRIVATE_KEY": github_private_key, "GITHUB_WEBHOOK_SECRET": WEBHOOK_SECRET,
                "GITHUB_API_URL": github.url, "POLL_INTERVAL_SECONDS": "30", "QUEUE_HEARTBEAT_SECONDS": "0.5",
                "ANALYSIS_WORKERS": "1", "QUEUE_GRACE_SECONDS": "20",
            }
            replicas = [start_replica(tmp_path, f"replica-{i}", env) for i in range(3)]

            # one replica starts sending: kill it in the middle of its writes (the second one is held)
            sender = wait_for(lambda: next((r for r in replicas if "Starting job send[" in r.text()), None), 150,
                              "a replica to start sending")
            wait_for(lambda: any(i.title for r in affected for i in fake_github.issues(*r.split("/"))), 10,
                     "the first write")
            sender.kill()
            killed.set()
            expected = sorted(["Werkzeug 3.0.0 removes APIs this repository uses", "comment 3.0.2", "comment 3.0.4"])
            wait_for(lambda: all(_markers(fake_github, r) == expected for r in affected) and _jobs_left(engine) == 0,
                     120, "every breaking release on every affected repository")
            for full_name in affected:  # exactly once each, through the kill
                assert _markers(fake_github, full_name) == expected, full_name
            for full_name in unaffected:
                assert _markers(fake_github, full_name) == []
            assert fake_github.redelivery_requests == [fake_github.deliveries[0].id]

            # the whole fleet restarts; deliveries that failed meanwhile are asked for once, fleet-wide
            survivors = [r for r in replicas if r is not sender]
            assert [r.terminate() for r in survivors] == [-SIGTERM] * 2  # uvicorn re-raises it once shut down
            unclean = [r.name for r in survivors if "Application shutdown complete" not in r.text()]
            assert not unclean, "\n\n".join(f"{r.name}:\n{r.text()[-6000:]}" for r in survivors if r.name in unclean)
            missed = [fake_github.add_delivery(f"missed-{i}", "push", status_code=502).id for i in range(2)]
            replicas = [start_replica(tmp_path, f"restart-{i}", env) for i in range(3)]
            wait_for(lambda: set(missed) <= set(fake_github.redelivery_requests), 120, "the missed deliveries")
            wait_for(lambda: all("Application startup complete" in r.text() for r in replicas), 120, "every replica")
            assert sorted(fake_github.redelivery_requests) == sorted([fake_github.deliveries[0].id, *missed])
            assert [r.terminate() for r in replicas] == [-SIGTERM] * 3
            for full_name in affected:  # the restart sent nothing twice
                assert _markers(fake_github, full_name) == expected, full_name
    finally:
        for replica in replicas:
            if replica.process.poll() is None:
                replica.kill()
        reap_orphans(tmp_path / "replica-0" / "run" / "workers")
        for path in tmp_path.glob("*/run/workers"):
            reap_orphans(path)
        github.stop()
        engine.dispose()
