"""A rescan (after a push, an installation, a `recheck` command) is a unit of work: a burst of pushes to one
repository costs one rescan (plus one follow-up when a push lands while it runs), the newest commit is always scanned,
any replica runs it, and a killed replica's rescan is handed back by the queue."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from gidgethub.sansio import Event
from sqlalchemy import Engine, text
from sqlmodel import col, select

from bot.adapters.github import GitHubApp
from bot.adapters.pypi import PyPIClient
from bot.config import Settings
from bot.handlers import comments, installation
from bot.handlers.coalesce import Coalescer
from bot.jobs import units
from bot.jobs.units import submit_rescan
from bot.runtime import Runtime
from bot.storage import repos
from bot.storage.db import session_scope
from bot.storage.models.actions import RepoScan
from tests.fake_github import FakeGitHub

OWNER, NAME = "octo-org", "app"
FULL = f"{OWNER}/{NAME}"
TREE = "GET /repos/{owner}/{repo}/git/trees/{tree_sha}"


def _scans(engine: Engine) -> list[str]:
    with session_scope(engine) as session:
        return [row.sha for row in session.exec(select(RepoScan).order_by(col(RepoScan.scanned_at)))]


def _world(fake: FakeGitHub, engine: Engine) -> int:
    inst = fake.add_installation(account=OWNER)
    fake.add_repo(OWNER, NAME, {"requirements.txt": "flask\n"}, installation=inst.id)
    repos.register(engine, inst.id, FULL)
    return inst.id


def _push(fake: FakeGitHub, n: int) -> str:
    return fake.push(OWNER, NAME, {"requirements.txt": f"flask\nwerkzeug>={n}\n"})


async def _until(predicate: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.05)


@pytest.mark.backend("sqlite")
async def test_in_process_a_burst_during_a_rescan_shares_one_follow_up_at_the_newest_commit(
    github_runtime: Runtime, fake_github: FakeGitHub, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    inst = _world(fake_github, engine)
    github_runtime.__dict__["rescans"] = Coalescer()  # no pause between runs in a test
    release = asyncio.Event()
    started: list[int] = []
    real = units.rescan_repository

    async def gated(runtime: Runtime, installation_id: int, full_name: str, gh: Any = None) -> int:
        started.append(1)
        if len(started) == 1:
            await release.wait()
        return await real(runtime, installation_id, full_name, gh)

    monkeypatch.setattr(units, "rescan_repository", gated)
    first = asyncio.create_task(submit_rescan(github_runtime, inst, FULL))
    await _until(lambda: len(started) == 1)
    shas = [_push(fake_github, n) for n in range(5)]  # pushed while the first rescan runs, before it read the head
    burst = [asyncio.create_task(submit_rescan(github_runtime, inst, FULL)) for _ in range(5)]
    await asyncio.sleep(0.05)
    release.set()
    await asyncio.gather(first, *burst)
    assert len(started) == 2  # the running one and one shared follow-up
    assert _scans(engine)[-1] == shas[-1] == fake_github.branch_sha(OWNER, NAME)
    assert len(fake_github.calls(TREE)) == 1  # the first read the newest head too: the follow-up found it stored


@pytest.fixture
async def replicas(
    github_settings: Settings, migrated_url: str, engine: Engine, fake_github: FakeGitHub
) -> AsyncIterator[Callable[[], Awaitable[Runtime]]]:
    """Runtimes on one PostgreSQL schema, each with its own GitHub client and queue runner (replicas)."""
    settings = github_settings.model_copy(update={"database_url": migrated_url, "queue_heartbeat_seconds": 0.3})
    opened: list[tuple[Runtime, GitHubApp, PyPIClient]] = []

    async def replica() -> Runtime:
        github = GitHubApp(settings, http=fake_github.client())
        pypi = PyPIClient(settings)
        runtime = Runtime(settings=settings, engine=engine, pypi=pypi, github=github, use_queue=True)
        opened.append((runtime, github, pypi))
        return runtime

    yield replica
    for runtime, github, pypi in opened:
        await runtime.runner.stop()
        await github.aclose()
        await pypi.aclose()


def _jobs(engine: Engine) -> list[tuple[str, str]]:
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT status::text, queueing_lock FROM procrastinate_jobs ORDER BY id"))
        return [(status, lock) for status, lock in rows]


@pytest.mark.backend("postgresql")
async def test_queue_a_burst_of_pushes_queues_one_rescan_that_another_replica_runs(
    replicas: Callable[[], Awaitable[Runtime]], fake_github: FakeGitHub, engine: Engine
) -> None:
    inst = _world(fake_github, engine)
    receiver, worker = await replicas(), await replicas()
    submitted = []
    for n in range(5):
        _push(fake_github, n)
        submitted.append(await submit_rescan(receiver, inst, FULL))
    assert submitted == [True, False, False, False, False]
    assert _jobs(engine) == [("todo", f"rescan-{FULL}")]
    await worker.runner.start()  # the replica that received the pushes never runs a worker
    await _until(lambda: bool(_scans(engine)) and not _jobs(engine))
    assert _scans(engine) == [fake_github.branch_sha(OWNER, NAME)]
    assert len(fake_github.calls(TREE)) == 1


async def _dead_worker_holds_the_rescan(runtime: Runtime, engine: Engine) -> None:
    """What a replica killed with SIGKILL mid-rescan leaves: the job `doing` under a worker that stopped beating."""
    from bot.jobs.queue_pg import QueueRunner

    runner = runtime.runner
    assert isinstance(runner, QueueRunner)
    dead = await runner.app.job_manager.register_worker()
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE procrastinate_workers SET last_heartbeat = now() - interval '1 hour' WHERE id = :w"), {"w": dead}
        )
        connection.execute(text("UPDATE procrastinate_jobs SET status = 'doing', worker_id = :w"), {"w": dead})


@pytest.mark.backend("postgresql")
async def test_queue_a_killed_replicas_rescan_is_handed_back_and_done(
    replicas: Callable[[], Awaitable[Runtime]], fake_github: FakeGitHub, engine: Engine
) -> None:
    inst = _world(fake_github, engine)
    killed, survivor = await replicas(), await replicas()
    sha = _push(fake_github, 1)
    assert await submit_rescan(killed, inst, FULL)
    await _dead_worker_holds_the_rescan(killed, engine)
    await survivor.runner.start()
    await _until(lambda: bool(_scans(engine)) and not _jobs(engine))
    assert _scans(engine) == [sha]


@pytest.mark.backend("postgresql")
async def test_queue_a_push_during_a_rescan_queues_a_follow_up_and_the_newest_commit_is_scanned(
    replicas: Callable[[], Awaitable[Runtime]], fake_github: FakeGitHub, engine: Engine
) -> None:
    inst = _world(fake_github, engine)
    killed, survivor = await replicas(), await replicas()
    _push(fake_github, 1)
    assert await submit_rescan(killed, inst, FULL)
    await _dead_worker_holds_the_rescan(killed, engine)  # running (then its replica dies)
    newest = _push(fake_github, 2)
    assert await submit_rescan(survivor, inst, FULL)  # not coalesced into the running one: it may have read the head
    assert not await submit_rescan(survivor, inst, FULL)
    assert [status for status, _ in _jobs(engine)] == ["doing", "todo"]
    await survivor.runner.start()
    await _until(lambda: bool(_scans(engine)) and not any(status in ("todo", "doing") for status, _ in _jobs(engine)))
    assert _scans(engine) == [newest]  # the dead one's job was dropped: the queued one scans the same, newer head


async def _handle(runtime: Runtime, router: Any, event: str, data: dict[str, Any], inst: int) -> None:
    """Dispatch one webhook event to `router` on `runtime` (a replica receiving a delivery)."""
    assert runtime.github is not None
    async with runtime.github.installation(inst) as gh:
        await router.dispatch(Event(data, event=event, delivery_id="d-1"), gh, runtime)


@pytest.mark.backend("postgresql")
async def test_queue_an_installation_queues_a_rescan_per_repository_that_another_replica_runs(
    replicas: Callable[[], Awaitable[Runtime]], fake_github: FakeGitHub, engine: Engine
) -> None:
    inst = fake_github.add_installation(account=OWNER).id
    names = ["app", "lib"]
    for name in names:
        fake_github.add_repo(OWNER, name, {"requirements.txt": "flask\n"}, installation=inst)
    receiver, worker = await replicas(), await replicas()
    data = {
        "action": "created",
        "installation": {"id": inst, "account": {"login": OWNER, "type": "Organization"}},
        "repositories": [{"full_name": f"{OWNER}/{n}"} for n in names],
    }
    await _handle(receiver, installation.router, "installation", data, inst)
    assert _jobs(engine) == [("todo", f"rescan-{OWNER}/{n}") for n in names]
    assert not _scans(engine) and not fake_github.calls(TREE)  # the receiving replica only queued them
    await worker.runner.start()
    await _until(lambda: len(_scans(engine)) == 2 and not _jobs(engine))
    assert sorted(_scans(engine)) == sorted(fake_github.branch_sha(OWNER, n) for n in names)


@pytest.mark.backend("postgresql")
async def test_queue_a_recheck_command_queues_a_rescan_that_another_replica_runs(
    replicas: Callable[[], Awaitable[Runtime]], fake_github: FakeGitHub, engine: Engine
) -> None:
    inst = _world(fake_github, engine)
    fake_github.set_permission(OWNER, NAME, "maintainer", "write")
    issue = fake_github.add_issue(OWNER, NAME, "Werkzeug 3.0.0 removes APIs", author="release-watch[bot]",
                                  author_type="Bot")
    receiver, worker = await replicas(), await replicas()
    data = {
        "action": "created",
        "installation": {"id": inst},
        "repository": {"full_name": FULL},
        "issue": {"number": issue.number},
        "comment": {"id": 7, "body": "@release-watch recheck", "user": {"login": "maintainer", "type": "User"}},
        "sender": {"login": "maintainer", "type": "User"},
    }
    await _handle(receiver, comments.router, "issue_comment", data, inst)
    assert _jobs(engine) == [("todo", f"rescan-{FULL}")]
    assert not _scans(engine) and not fake_github.calls(TREE)
    await worker.runner.start()
    await _until(lambda: bool(_scans(engine)) and not _jobs(engine))
    assert _scans(engine) == [fake_github.branch_sha(OWNER, NAME)]
    assert fake_github.repo(OWNER, NAME).items[issue.number].comments == []  # a recheck is answered by its result
