"""The queue's evaluation of one repository against one release stores the repository's new scan in the transaction
that stores its actions (one thread hop and one transaction fewer per repository): both land, or (on PostgreSQL)
neither; a scan whose analysis is skipped is still stored."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from bot.jobs import pipeline, units
from bot.runtime import Runtime
from bot.storage import repos
from bot.storage.db import session_scope
from bot.storage.models.actions import Action, InstalledRepo, RepoScan
from bot.storage.surfaces import save_diff
from tests.fake_github import FakeGitHub
from tests.fleet import AFFECTED_FILES, removal_diffs

OWNER, NAME = "octo-org", "app"
FULL = f"{OWNER}/{NAME}"


def _world(fake: FakeGitHub, engine: Engine) -> str:
    inst = fake.add_installation(account=OWNER)
    fake.add_repo(OWNER, NAME, AFFECTED_FILES, installation=inst.id)
    repos.register(engine, inst.id, FULL)
    [diff] = removal_diffs(["2.3.8", "3.0.0"], {"3.0.0": 0})
    save_diff(engine, diff)
    return fake.branch_sha(OWNER, NAME)


def _stored(engine: Engine) -> tuple[list[str], str | None, int]:
    with session_scope(engine) as session:
        scans = [row.sha for row in session.exec(select(RepoScan))]
        row = session.get(InstalledRepo, FULL)
        assert row is not None
        return scans, row.head_sha, len(session.exec(select(Action)).all())


async def test_the_scan_is_stored_with_the_actions(github_runtime: Runtime, fake_github: FakeGitHub,
                                                   engine: Engine) -> None:
    head = _world(fake_github, engine)
    assert await units.evaluate(github_runtime, FULL, "werkzeug", "3.0.0") >= 1
    assert _stored(engine) == ([head], head, 1)


async def test_a_scan_whose_analysis_is_skipped_is_stored(github_runtime: Runtime, fake_github: FakeGitHub,
                                                          engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    head = _world(fake_github, engine)

    async def skipped(*_args: object) -> None:
        return None  # too costly at this commit

    monkeypatch.setattr(pipeline, "analyse_snapshot", skipped)
    assert await units.evaluate(github_runtime, FULL, "werkzeug", "3.0.0") == 0
    assert _stored(engine) == ([head], head, 0)


@pytest.mark.backend("postgresql")
async def test_actions_that_fail_to_store_take_the_scan_with_them(
    github_runtime: Runtime, fake_github: FakeGitHub, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    _world(fake_github, engine)

    def broken(*_args: object) -> int:
        raise RuntimeError("the database went away")

    monkeypatch.setattr(pipeline, "_apply_diffs", broken)
    with pytest.raises(RuntimeError):
        await units.evaluate(github_runtime, FULL, "werkzeug", "3.0.0")
    assert _stored(engine) == ([], None, 0)  # the job is retried and scans again
