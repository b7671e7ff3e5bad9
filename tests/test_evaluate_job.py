"""The queue's evaluation of one repository against one release stores the repository's new scan in the transaction
that stores its actions (one thread hop and one transaction fewer per repository): both land, or (on PostgreSQL)
neither; a scan whose analysis is skipped is still stored."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlmodel import select

from bot.jobs import pipeline, units
from bot.runtime import Runtime
from bot.storage import repos
from bot.storage.db import session_scope
from bot.storage.models.actions import Action, InstalledRepo, RepoScan
from bot.storage.surfaces import save_diff
from tests.fake_github import FakeGitHub
from tests.fleet import AFFECTED_FILES, UNAFFECTED_FILES, removal_diffs

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


@pytest.mark.parametrize(("files", "reads"), [(UNAFFECTED_FILES, 1), (AFFECTED_FILES, 2)])
async def test_the_repositorys_actions_are_read_once_unless_written(
    github_runtime: Runtime, fake_github: FakeGitHub, engine: Engine, monkeypatch: pytest.MonkeyPatch,
    files: dict[str, str], reads: int
) -> None:
    """One read of every action of the repository serves the config errors, the release's finding and the lifts;
    after a write (the affected repository's new finding) the findings and lifts are read again."""
    inst = fake_github.add_installation(account=OWNER)
    fake_github.add_repo(OWNER, NAME, files, installation=inst.id)
    repos.register(engine, inst.id, FULL)
    [diff] = removal_diffs(["2.3.8", "3.0.0"], {"3.0.0": 0})
    save_diff(engine, diff)
    statements: list[str] = []
    applying = []
    real = pipeline._apply_diffs

    def counted(*args: Any) -> int:
        applying.append(1)
        try:
            return real(*args)
        finally:
            applying.clear()

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if applying and statement.lstrip().startswith("SELECT") and "FROM gh_action" in statement:
            statements.append(statement)

    monkeypatch.setattr(pipeline, "_apply_diffs", counted)
    event.listen(engine, "before_cursor_execute", note)
    try:
        await units.evaluate(github_runtime, FULL, "werkzeug", "3.0.0")
    finally:
        event.remove(engine, "before_cursor_execute", note)
    assert len(statements) == reads
    assert _stored(engine)[2] == (1 if files is AFFECTED_FILES else 0)
