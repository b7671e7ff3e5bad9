"""The app factory: /healthz, /status and the lifespan, on SQLite and PostgreSQL."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from bot.config import Settings
from bot.jobs.poller import poll_round
from bot.web.app import create_app
from tests.conftest import make_settings
from tests.pypi_replay import RecordedPyPI, without_release
from tests.test_poller import LOGIN, RESTX, replay_runtime


def test_healthz_answers_200_when_the_database_answers(settings: Settings) -> None:
    with TestClient(create_app(settings, start_scheduler=False)) as client:
        response = client.get("/healthz")
    assert (response.status_code, response.json()) == (200, {"status": "ok", "database": "ok"})


def test_healthz_answers_503_when_the_database_is_unreachable(tmp_path: Path) -> None:
    unreachable = make_settings(tmp_path, "postgresql+psycopg://rw:rw@127.0.0.1:1/nowhere?connect_timeout=2")
    with TestClient(create_app(unreachable, start_scheduler=False)) as client:
        response = client.get("/healthz")
    assert (response.status_code, response.json()) == (503, {"status": "unavailable", "database": "unreachable"})


def test_status_before_any_round(settings: Settings) -> None:
    with TestClient(create_app(settings, start_scheduler=False)) as client:
        body = client.get("/status").json()
    assert body["dry_run"] is True
    assert body["last_poll"] is None
    assert body["packages"] == []


async def test_status_lists_the_watchlist_after_a_round(tmp_path: Path, migrated_url: str, engine: Engine) -> None:
    settings = make_settings(tmp_path, migrated_url, watchlist=("flask-restx", "flask-login", "flask-session"))
    pypi = RecordedPyPI({"flask-login": without_release(LOGIN, "0.6.3", latest="0.6.2"), "flask-restx": RESTX})
    async with replay_runtime(settings, engine, pypi) as runtime:
        await poll_round(runtime)

    with TestClient(create_app(settings, start_scheduler=False)) as client:
        body = client.get("/status").json()

    assert [(p["name"], p["latest_version"], p["releases"], p["pending_analysis"]) for p in body["packages"]] == [
        ("flask-login", "0.6.2", 24, 1),
        ("flask-restx", "1.3.2", 17, 1),
        ("flask-session", None, 0, 0),
    ]
    assert body["packages"][2]["last_error"].startswith("NotFoundOnPyPI")
    poll = body["last_poll"]
    assert (poll["outcome"], poll["packages_checked"], poll["packages_failed"], poll["releases_new"]) == (
        "partial", 3, 1, 41
    )
    assert poll["finished_at"] >= poll["started_at"]


def test_status_is_in_the_openapi_schema(settings: Settings) -> None:
    with TestClient(create_app(settings, start_scheduler=False)) as client:
        schema = client.get("/openapi.json").json()
    assert {"/healthz", "/status"} <= set(schema["paths"])
    assert set(schema["components"]["schemas"]["PackageStatus"]["properties"]) == {
        "name", "latest_version", "last_serial", "last_polled", "last_error", "releases", "pending_analysis",
        "latest_upload_time",
    }


def test_docs_work_offline(settings: Settings) -> None:
    with TestClient(create_app(settings, start_scheduler=False)) as client:
        page = client.get("/docs").text
        assets = re.findall(r"""(?:src|href)=['"]([^'"]+\.(?:js|css))['"]""", page)
        served = [client.get(asset) for asset in assets]
    assert "/openapi.json" in page and "cdn" not in page.lower()
    assert len(assets) == 2 and all(r.status_code == 200 and len(r.content) > 10_000 for r in served)


@pytest.mark.parametrize("dry", [True, False])
def test_dry_run_is_said_once_at_start(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, dry: bool
) -> None:
    key = None if dry else "-----BEGIN PRIVATE KEY-----\nnot-used\n-----END PRIVATE KEY-----\n"
    settings = make_settings(tmp_path, None, github_app_id=None if dry else 1, github_private_key=key)
    caplog.set_level(logging.INFO)
    with TestClient(create_app(settings, start_scheduler=False)):
        pass
    said = [r for r in caplog.records if "dry-run: no GitHub credentials" in r.getMessage()]
    assert len(said) == (1 if dry else 0)
