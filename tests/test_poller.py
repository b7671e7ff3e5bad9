"""The polling round on recorded PyPI responses, served under the real PyPIClient, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.adapters.pypi import PyPIClient
from bot.config import Settings
from bot.jobs.poll_plan import PollReport, StoredPackage, plan_update, watchlist_names
from bot.jobs.poller import poll_round
from bot.releases import AnalysisState, PollOutcome, parse_project
from bot.runtime import Runtime
from bot.storage.models.pypi import PollRun, Release, WatchedPackage
from tests.conftest import make_settings
from tests.pypi_replay import RecordedPyPI, recorded, unyanked, without_release

LOGIN = recorded("flask-login")
RESTX = recorded("flask-restx")
SESSION = recorded("flask-session")


async def _no_sleep(_seconds: float) -> None:
    return None


@asynccontextmanager
async def replay_runtime(settings: Settings, engine: Engine, pypi: RecordedPyPI) -> AsyncIterator[Runtime]:
    """A Runtime whose PyPI client talks to the recorded responses, retrying without waiting."""
    async with PyPIClient(settings, transport=pypi.transport, retry_base_delay=0.0, sleep=_no_sleep) as client:
        yield Runtime(settings=settings, engine=engine, pypi=client)


@pytest.fixture
def watch(tmp_path: Path, migrated_url: str) -> Callable[..., Settings]:
    """Settings on the migrated database watching the given names."""
    return lambda *names: make_settings(tmp_path, migrated_url, watchlist=names)


async def run_round(settings: Settings, engine: Engine, pypi: RecordedPyPI) -> PollReport:
    async with replay_runtime(settings, engine, pypi) as runtime:
        return await poll_round(runtime)


def releases(engine: Engine, package: str) -> dict[str, Release]:
    with Session(engine) as session:
        return {r.version: r for r in session.exec(select(Release).where(Release.package == package))}


def package_row(engine: Engine, name: str) -> WatchedPackage:
    with Session(engine) as session:
        row = session.get(WatchedPackage, name)
        assert row is not None
        return row


async def test_first_round_records_everything_but_queues_only_the_latest(
    watch: Callable[..., Settings], engine: Engine
) -> None:
    pypi = RecordedPyPI({"flask-login": LOGIN, "flask-restx": RESTX})
    report = await run_round(watch("Flask-Login", "flask_restx"), engine, pypi)

    assert report.outcome is PollOutcome.OK
    assert [(r.name, r.baseline, r.latest_version, r.queued) for r in report.results] == [
        ("flask-login", True, "0.6.3", ("0.6.3",)),
        ("flask-restx", True, "1.3.2", ("1.3.2",)),
    ]
    stored = releases(engine, "flask-login")
    assert len(stored) == 25
    assert {v for v, r in stored.items() if r.analysis_state is AnalysisState.PENDING} == {"0.6.3"}
    assert {r.analysis_state for v, r in stored.items() if v != "0.6.3"} == {AnalysisState.BASELINE}
    latest = stored["0.6.3"]
    assert (latest.artifact_filename, latest.artifact_sha256, latest.artifact_size) == (
        "Flask_Login-0.6.3-py3-none-any.whl",
        "849b25b82a436bf830a054e74214074af59097171562ab10bfa999e6b78aae5d",
        17303,
    )
    assert latest.artifact_url == (
        "https://files.pythonhosted.org/packages/59/f5/67e9cc5c2036f58115f9fe0f00d203cf6780c3ff8ae0e705e7a9d9e8ff9e/"
        "Flask_Login-0.6.3-py3-none-any.whl"
    )
    assert latest.requires_python == ">=3.7"
    assert latest.upload_time is not None and latest.upload_time.isoformat() == "2023-10-30T14:53:19.636262+00:00"
    row = package_row(engine, "flask-login")
    assert (row.last_serial, row.latest_version, row.last_error) == (20398225, "0.6.3", None)
    assert dict(pypi.requests) == {"flask-login": 1, "flask-restx": 1}


async def test_new_release_is_detected_and_queued(watch: Callable[..., Settings], engine: Engine) -> None:
    settings = watch("flask-login")
    await run_round(settings, engine, RecordedPyPI({"flask-login": without_release(LOGIN, "0.6.3", latest="0.6.2")}))
    assert releases(engine, "flask-login")["0.6.2"].analysis_state is AnalysisState.PENDING

    report = await run_round(settings, engine, RecordedPyPI({"flask-login": LOGIN}))

    [result] = report.results
    assert (result.baseline, result.new_versions, result.queued, result.latest_version) == (
        False, ("0.6.3",), ("0.6.3",), "0.6.3"
    )
    stored = releases(engine, "flask-login")
    assert len(stored) == 25
    assert stored["0.6.3"].analysis_state is AnalysisState.PENDING
    assert (package_row(engine, "flask-login").last_serial, package_row(engine, "flask-login").latest_version) == (
        20398225, "0.6.3"
    )


async def test_unchanged_serial_costs_one_request_and_changes_nothing(
    watch: Callable[..., Settings], engine: Engine
) -> None:
    settings = watch("flask-login", "flask-session")
    await run_round(settings, engine, RecordedPyPI({"flask-login": LOGIN, "flask-session": SESSION}))
    before = {v: (r.id, r.analysis_state, r.first_seen) for v, r in releases(engine, "flask-login").items()}

    pypi = RecordedPyPI({"flask-login": LOGIN, "flask-session": SESSION})
    report = await run_round(settings, engine, pypi)

    assert [(r.name, r.unchanged, r.new_versions) for r in report.results] == [
        ("flask-login", True, ()), ("flask-session", True, ())
    ]
    assert dict(pypi.requests) == {"flask-login": 1, "flask-session": 1}
    assert report.requests == 2
    assert {v: (r.id, r.analysis_state, r.first_seen) for v, r in releases(engine, "flask-login").items()} == before


async def test_prereleases_and_yanked_releases_are_marked(watch: Callable[..., Settings], engine: Engine) -> None:
    settings = watch("flask-restx", "flask-session")
    await run_round(settings, engine, RecordedPyPI({"flask-restx": RESTX, "flask-session": SESSION}))

    restx = releases(engine, "flask-restx")
    assert {v for v, r in restx.items() if r.is_prerelease} == {"0.0.1.dev0"}
    assert {v for v, r in restx.items() if r.yanked} == {"1.0.0"}
    assert restx["0.0.1.dev0"].artifact_filename == "flask-restx-0.0.1.dev0.tar.gz"
    session = releases(engine, "flask-session")
    assert {v for v, r in session.items() if r.is_prerelease} == {"0.6.0rc1", "0.7.0rc1", "0.7.0rc2"}


async def test_yanking_an_existing_release_updates_it(watch: Callable[..., Settings], engine: Engine) -> None:
    settings = watch("flask-restx")
    await run_round(settings, engine, RecordedPyPI({"flask-restx": unyanked(RESTX, "1.0.0")}))
    assert releases(engine, "flask-restx")["1.0.0"].yanked is False

    report = await run_round(settings, engine, RecordedPyPI({"flask-restx": RESTX}))

    [result] = report.results
    assert (result.new_versions, result.yanked, result.unyanked) == ((), ("1.0.0",), ())
    assert releases(engine, "flask-restx")["1.0.0"].yanked is True
    assert releases(engine, "flask-restx")["1.0.0"].analysis_state is AnalysisState.BASELINE


async def test_a_503_then_success_is_retried_and_the_round_survives(
    watch: Callable[..., Settings], engine: Engine
) -> None:
    pypi = RecordedPyPI({"flask-login": LOGIN, "flask-restx": RESTX})
    pypi.fail["flask-login"].append(503)

    report = await run_round(watch("flask-login", "flask-restx"), engine, pypi)

    assert report.outcome is PollOutcome.OK
    assert dict(pypi.requests) == {"flask-login": 2, "flask-restx": 1}
    assert len(releases(engine, "flask-login")) == 25


async def test_failure_after_all_retries_loses_nothing(watch: Callable[..., Settings], engine: Engine) -> None:
    settings = watch("flask-login", "flask-restx")
    earlier = without_release(LOGIN, "0.6.3", latest="0.6.2")
    await run_round(settings, engine, RecordedPyPI({"flask-login": earlier, "flask-restx": RESTX}))
    before = releases(engine, "flask-login")

    failing = RecordedPyPI({"flask-login": LOGIN, "flask-restx": RESTX})
    failing.fail["flask-login"].extend([503, 502, 503])  # settings.http_retries=2: three attempts, all fail
    report = await run_round(settings, engine, failing)

    assert report.outcome is PollOutcome.PARTIAL
    assert failing.requests["flask-login"] == 3
    [login, restx] = report.results
    assert login.error is not None and "failed after 3 attempts: HTTP 503" in login.error
    assert restx.unchanged
    row = package_row(engine, "flask-login")
    assert (row.last_serial, row.latest_version) == (earlier["last_serial"], "0.6.2")
    assert row.last_error == login.error
    assert releases(engine, "flask-login").keys() == before.keys()
    with Session(engine) as session:
        run = session.exec(select(PollRun).order_by(col(PollRun.id).desc())).first()
        assert run is not None
        assert (run.outcome, run.packages_checked, run.packages_failed) == (PollOutcome.PARTIAL, 2, 1)
        assert run.error is not None and run.error.startswith("flask-login: PyPIError")

    report = await run_round(settings, engine, RecordedPyPI({"flask-login": LOGIN, "flask-restx": RESTX}))

    assert report.results[0].new_versions == ("0.6.3",)
    assert releases(engine, "flask-login")["0.6.3"].analysis_state is AnalysisState.PENDING
    assert package_row(engine, "flask-login").last_error is None


@pytest.mark.parametrize(
    ("body", "expected_error"),
    [
        (b"<html>maintenance</html>", "PyPIError: GET https://pypi.org/pypi/flask-login/json returned invalid JSON"),
        (b"[1, 2, 3]", "PyPIError: GET https://pypi.org/pypi/flask-login/json returned JSON that is not an object"),
        (b'{"info": {"name": "flask-login"}, "releases": {}}', "PyPIError: unexpected project JSON"),
        (None, "NotFoundOnPyPI: not found on PyPI: https://pypi.org/pypi/flask-login/json"),
        (b'{"info": {"name": "flask-login"}, "last_serial": 9, "releases": [1]}',
         "PyPIError: unexpected project JSON from https://pypi.org/pypi/flask-login/json: AttributeError: 'list' object has no attribute 'items'"),
        (b'{"info": {"name": "flask-login"}, "last_serial": 9, "releases": {"1.0": "x"}}',
         "PyPIError: unexpected project JSON from https://pypi.org/pypi/flask-login/json: AttributeError: 'str' object has no attribute 'get'"),
        (b'{"info": {"name": "flask-login"}, "last_serial": 9, "releases": {"1.0": [{"digests": {"sha256": "ab"},'
         b' "url": "https://x/a.whl", "size": "big"}]}}',
         "PyPIError: unexpected project JSON from https://pypi.org/pypi/flask-login/json: ValueError: invalid literal for int() with base 10: 'big'"),
    ],
)
async def test_broken_answers_are_reported_and_lose_nothing(
    watch: Callable[..., Settings], engine: Engine, body: bytes | None, expected_error: str
) -> None:
    settings = watch("flask-login")
    await run_round(settings, engine, RecordedPyPI({"flask-login": without_release(LOGIN, "0.6.3", latest="0.6.2")}))
    docs: dict[str, dict[str, Any] | bytes] = {} if body is None else {"flask-login": body}

    report = await run_round(settings, engine, RecordedPyPI(docs))

    assert report.outcome is PollOutcome.FAILED
    assert report.results[0].error is not None and report.results[0].error.startswith(expected_error)
    assert package_row(engine, "flask-login").latest_version == "0.6.2"
    assert len(releases(engine, "flask-login")) == 24


async def test_packages_leaving_the_watchlist_are_kept_but_unwatched(
    tmp_path: Path, migrated_url: str, engine: Engine
) -> None:
    pypi = RecordedPyPI({"flask-login": LOGIN, "flask-restx": RESTX})
    await run_round(make_settings(tmp_path, migrated_url, watchlist=("flask-login", "flask-restx")), engine, pypi)
    await run_round(make_settings(tmp_path, migrated_url, watchlist=("flask-login",)), engine, pypi)

    assert (package_row(engine, "flask-restx").watched, package_row(engine, "flask-login").watched) == (False, True)
    assert len(releases(engine, "flask-restx")) == 17
    assert pypi.requests["flask-restx"] == 1


# ---- the pure core, without database or network ----


def _project(doc: dict[str, Any]) -> Any:
    return parse_project(doc, "https://pypi.org/pypi/x/json")


def test_plan_is_none_when_the_serial_did_not_move() -> None:
    assert plan_update(_project(LOGIN), StoredPackage(LOGIN["last_serial"], {"0.6.3": False})) is None


def test_plan_skips_versions_without_files() -> None:
    doc = without_release(LOGIN, "0.6.3", latest="0.6.2")
    doc["releases"]["0.7.0"] = []
    plan = plan_update(_project(doc), StoredPackage(None))
    assert plan is not None and "0.7.0" not in [n.release.version for n in plan.new] and len(plan.new) == 24


def test_plan_marks_a_queued_release_without_usable_artifact_as_failed() -> None:
    doc = without_release(RESTX, "1.3.2", latest="1.3.0")
    stored = StoredPackage(1, {v: False for v in doc["releases"]} | {"1.0.0": True})
    full = recorded("flask-restx")
    full["releases"]["1.3.2"] = [f | {"packagetype": "bdist_egg"} for f in full["releases"]["1.3.2"]]
    plan = plan_update(_project(full), stored)
    assert plan is not None
    [new] = plan.new
    assert (new.release.version, new.state, new.artifact) == ("1.3.2", AnalysisState.FAILED, None)
    assert new.analysis_error == "release 1.3.2 has no usable artifact"


def test_plan_chooses_the_pure_wheel_first() -> None:
    plan = plan_update(_project(LOGIN), StoredPackage(1, {v: False for v in LOGIN["releases"] if v != "0.6.3"}))
    assert plan is not None
    [new] = plan.new
    assert new.artifact is not None and new.artifact.filename == "Flask_Login-0.6.3-py3-none-any.whl"


def test_watchlist_names_are_normalised_and_deduplicated() -> None:
    assert watchlist_names(["Flask-Login", "flask_login", "Jinja2", "zope.interface"]) == (
        "flask-login", "jinja2", "zope-interface"
    )


@pytest.mark.parametrize(("known", "parsed"), [(None, True), (20398224, True), (20398225, False)])
async def test_project_if_changed_skips_parsing_an_unmoved_serial(
    tmp_path: Path, known: int | None, parsed: bool
) -> None:
    pypi = RecordedPyPI({"flask-login": LOGIN})
    async with PyPIClient(make_settings(tmp_path), transport=pypi.transport) as client:
        project = await client.project_if_changed("Flask-Login", known)
    assert (project is not None) is parsed
    assert project is None or project.latest_version == "0.6.3"
    assert pypi.requests["flask-login"] == 1
