"""SIGTERM to a real `serve` (SQLite: the in-process runner) while it sends: the running job finishes, nothing
new starts, and what was not started stays recorded in the database and is done after the restart."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from signal import SIGTERM
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, select

from bot.adapters.pypi import PyPIClient
from bot.jobs.orphans import reap_orphans
from bot.jobs.poller import poll_round
from bot.runtime import Runtime
from bot.storage import repos
from bot.storage.db import make_engine, upgrade
from bot.storage.models.actions import Action, ActionState, ProcessedRelease
from bot.storage.surfaces import save_diff
from tests.conftest import make_settings
from tests.fake_github import FakeGitHub
from tests.fake_github.fixtures import APP_ID, WEBHOOK_SECRET
from tests.fake_pypi import TimelinePyPI, metadata_only
from tests.fleet import AFFECTED_FILES, Loopback, removal_diffs, start_replica, wait_for
from tests.pypi_replay import serve_http

VERSIONS = ["2.3.8", "3.0.0", "3.0.1", "3.0.2"]
BREAKING = {"3.0.0": 0, "3.0.2": 1}
ISSUE = "octo-one/app:werkzeug==3.0.0"


def _state(engine: object) -> tuple[dict[str, str], list[str]]:
    with Session(engine) as session:  # type: ignore[arg-type]
        actions = {a.key: a.state.value for a in session.exec(select(Action))}
        processed = sorted(p.version for p in session.exec(select(ProcessedRelease)))
    return actions, processed


def _held_issue_creation(app: Any, writing: threading.Event, released: threading.Event) -> Any:
    """`app` holding each issue creation until `released`: SIGTERM arrives while the issue is being written, however
    long the service takes to get there."""

    async def wrapper(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["method"] == "POST" and scope["path"].endswith("/issues"):
            writing.set()
            await asyncio.to_thread(released.wait, 120)
        await app(scope, receive, send)

    return wrapper


async def test_sigterm_mid_send_finishes_the_job_and_leaves_the_rest_for_the_restart(
    fake_github: FakeGitHub, github_private_key: str, tmp_path: Path
) -> None:
    url = f"sqlite:///{(tmp_path / 'db' / 'release-watch.db').as_posix()}"
    upgrade(url)
    engine = make_engine(url)
    inst = fake_github.add_installation(account="octo-one")
    fake_github.add_repo("octo-one", "app", AFFECTED_FILES, installation=inst.id)
    repos.register(engine, inst.id, "octo-one/app")
    writing, released = threading.Event(), threading.Event()
    pypi = TimelinePyPI()
    pypi.publish(metadata_only("werkzeug", "2.3.8"))
    github = Loopback(_held_issue_creation(fake_github.app, writing, released))
    replica = None
    try:
        with serve_http(pypi) as pypi_url:  # type: ignore[arg-type]
            pypi.files = f"{pypi_url}/packages"
            settings = make_settings(tmp_path / "seed", url, pypi_url=pypi_url, watchlist=("werkzeug",))
            async with PyPIClient(settings) as client:
                await poll_round(Runtime(settings=settings, engine=engine, pypi=client))
            for diff in removal_diffs(VERSIONS, BREAKING):
                save_diff(engine, diff)
            pypi.publish(*(metadata_only("werkzeug", v) for v in VERSIONS[1:]))
            env = {
                "DATABASE_URL": url, "PYPI_URL": pypi_url, "WATCHLIST": "werkzeug", "GITHUB_APP_ID": str(APP_ID),
                "GITHUB_PRIVATE_KEY": github_private_key, "GITHUB_WEBHOOK_SECRET": WEBHOOK_SECRET,
                "GITHUB_API_URL": github.url, "POLL_INTERVAL_SECONDS": "30", "ANALYSIS_WORKERS": "1",
            }

            def backdate() -> None:  # the last round an interval ago: the (re)started service polls at once
                with engine.begin() as connection:
                    connection.execute(text("UPDATE poll_run SET started_at = '2000-01-01 00:00:00'"))

            backdate()
            replica = start_replica(tmp_path, "serve", env)
            wait_for(writing.is_set, 150, "the first issue to be written")
            replica.process.send_signal(SIGTERM)
            wait_for(lambda: "waiting for running jobs" in replica.text(), 40, "the shutdown to wait for the send")
            released.set()  # the issue is written only now, while the service is stopping
            assert replica.process.wait(timeout=40) == -SIGTERM
            assert "Application shutdown complete" in replica.text()
            actions, processed = _state(engine)
            assert actions[ISSUE] == ActionState.SENT.value  # the running job finished, its issue recorded
            assert [i.title for i in fake_github.issues("octo-one", "app")] == [
                "Werkzeug 3.0.0 removes APIs this repository uses"]
            assert "3.0.2" not in processed  # not started: still recorded as undone

            backdate()
            replica = start_replica(tmp_path, "restart", env)
            wait_for(lambda: "3.0.2" in _state(engine)[1] and all(
                s == ActionState.SENT.value for s in _state(engine)[0].values()), 120, "the rest after the restart")
            [issue] = fake_github.issues("octo-one", "app")
            assert sum("werkzeug==3.0.2" in c.body for c in issue.comments) == 1
            assert replica.terminate() == -SIGTERM
    finally:
        if replica is not None and replica.process.poll() is None:
            replica.kill()
        for path in tmp_path.glob("*/run/workers"):
            reap_orphans(path)
        github.stop()
        engine.dispose()
