"""A stored diff keeps its "not claimed" notes, and a release that cannot be compared is recorded with its reason,
retried with backoff (or when the analyser changes) instead of every round, and shown in /status."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.apidiff.claims import CannotCompare
from bot.apidiff.model import SCHEMA_VERSION
from bot.changes import Change, ChangeKind, ObjectKind, ReleaseDiff
from bot.config import Settings
from bot.jobs.analysis import Analyser
from bot.jobs.analysis_queue import analyse_pending_releases
from bot.jobs.retry_plan import LONGEST_WAIT, is_due, next_attempt
from bot.releases import AnalysisState
from bot.runtime import Runtime
from bot.storage.diff_lookup import stored_release_diff
from bot.storage.models.pypi import Release, WatchedPackage
from bot.storage.surfaces import load_diff, save_diff, stored_diff
from bot.web.app import create_app
from tests.conftest import make_settings

T0 = datetime(2026, 12, 1, 12, tzinfo=UTC)
NOTE = "quart.app.Quart: members it may inherit from flask.sansio.app.App (not resolved) are not reported as removed"
DIFF = ReleaseDiff(package="quart", old="0.18.4", new="0.19.0", notes=[NOTE], changes=[
    Change(symbol="quart.app.Quart.before_first_request", kind=ChangeKind.REMOVED, object=ObjectKind.METHOD)])
REASON = "cannot compare: demo 2.0 has no module that could be analysed (demo/a.py: SyntaxError)"


def test_notes_are_stored_with_the_diff(engine: Engine) -> None:
    save_diff(engine, DIFF)
    assert load_diff(engine, "quart", "0.18.4", "0.19.0") == DIFF
    assert stored_diff(engine, "quart", "0.19.0") == DIFF
    assert stored_release_diff(engine, "quart", "0.18.4", "0.19.0") == DIFF  # the CLI's one-query lookup


def test_backoff_doubles_up_to_a_week() -> None:
    waits = [next_attempt(n, T0) - T0 for n in (1, 2, 3, 4, 20)]
    assert waits == [timedelta(hours=1), timedelta(hours=2), timedelta(hours=4), timedelta(hours=8), LONGEST_WAIT]


@pytest.mark.parametrize(("state", "retry_at", "analysed_with", "due"), [
    (AnalysisState.PENDING, None, None, True),
    (AnalysisState.FAILED, T0 + timedelta(hours=1), SCHEMA_VERSION, True),  # transient failures: every round
    (AnalysisState.CANNOT_COMPARE, T0 + timedelta(hours=1), SCHEMA_VERSION, False),
    (AnalysisState.CANNOT_COMPARE, T0 - timedelta(seconds=1), SCHEMA_VERSION, True),
    (AnalysisState.CANNOT_COMPARE, T0 + timedelta(hours=1), SCHEMA_VERSION - 1, True),  # a new analyser: at once
])
def test_is_due(state: AnalysisState, retry_at: datetime | None, analysed_with: int | None, due: bool) -> None:
    assert is_due(state, retry_at, analysed_with, SCHEMA_VERSION, T0) is due


def _release(engine: Engine) -> Release:
    with Session(engine) as session:
        return session.exec(select(Release).where(Release.version == "2.0")).one()


async def test_a_release_that_cannot_be_compared_waits(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Session(engine) as session:
        session.add(WatchedPackage(name="demo", latest_version="2.0"))
        session.commit()
        session.add(Release(package="demo", version="2.0", analysis_state=AnalysisState.PENDING))
        session.commit()
    calls: list[str] = []

    async def cannot(self: Analyser, package: str, version: str, old: str | None = None) -> ReleaseDiff:
        calls.append(version)
        raise CannotCompare(REASON)

    monkeypatch.setattr(Analyser, "compare", cannot)
    runtime = Runtime(settings=make_settings(tmp_path), engine=engine, pypi=None)  # type: ignore[arg-type]
    assert await analyse_pending_releases(runtime) == 0
    release = _release(engine)
    assert (release.analysis_state, release.analysis_error, release.analysis_attempts, release.analysed_with) == (
        AnalysisState.CANNOT_COMPARE, REASON, 1, SCHEMA_VERSION)
    assert release.analysis_retry_at is not None
    assert timedelta(minutes=59) < release.analysis_retry_at - datetime.now(UTC) <= timedelta(hours=1)

    assert await analyse_pending_releases(runtime) == 0  # the next round leaves it alone
    assert calls == ["2.0"]

    with Session(engine) as session:  # the wait is over: tried again, and the next wait is longer
        row = session.exec(select(Release).where(Release.version == "2.0")).one()
        row.analysis_retry_at = datetime.now(UTC) - timedelta(seconds=1)
        session.add(row)
        session.commit()
    await analyse_pending_releases(runtime)
    assert calls == ["2.0", "2.0"]
    release = _release(engine)
    assert release.analysis_attempts == 2
    assert release.analysis_retry_at is not None and release.analysis_retry_at - datetime.now(UTC) > timedelta(hours=1)

    with Session(engine) as session:  # another analyser version: tried at once
        row = session.exec(select(Release).where(Release.version == "2.0")).one()
        row.analysed_with = SCHEMA_VERSION - 1
        session.add(row)
        session.commit()
    await analyse_pending_releases(runtime)
    assert calls == ["2.0", "2.0", "2.0"]


@pytest.fixture
def client(settings: Settings, engine: Engine) -> Any:
    with Session(engine) as session:
        session.add(WatchedPackage(name="quart", latest_version="0.19.0"))
        session.add(WatchedPackage(name="demo", latest_version="2.0"))
        session.commit()
        session.add(Release(package="quart", version="0.19.0", analysis_state=AnalysisState.ANALYSED))
        session.add(Release(package="demo", version="2.0", analysis_state=AnalysisState.CANNOT_COMPARE,
                            analysis_error=REASON, analysis_attempts=3, analysis_retry_at=T0))
        session.commit()
    save_diff(engine, DIFF)
    with TestClient(create_app(settings, start_scheduler=False)) as client:
        yield client


def test_status_shows_notes_and_releases_that_cannot_be_compared(client: TestClient) -> None:
    quart = client.get("/status/releases/quart/0.19.0").json()
    assert quart["notes"] == [NOTE]
    assert quart["next_attempt_at"] is None
    demo = client.get("/status/releases/demo/2.0").json()
    assert (demo["analysis_state"], demo["analysis_error"], demo["next_attempt_at"]) == (
        "cannot_compare", REASON, "2026-12-01T12:00:00Z")
    status = client.get("/status").json()
    assert status["releases_cannot_compare"] == [{
        "package": "demo", "version": "2.0", "reason": REASON, "attempts": 3, "next_attempt_at": "2026-12-01T12:00:00Z"}]


def test_release_pages_show_notes_and_the_reason(client: TestClient) -> None:
    page = client.get("/releases/quart/0.19.0").text
    assert "Not claimed" in page and "flask.sansio.app.App (not resolved)" in page
    page = client.get("/releases/demo/2.0").text
    assert "cannot_compare — cannot compare: demo 2.0 has no module" in page and 'datetime="2026-12-01T12:00:00+00:00"' in page
