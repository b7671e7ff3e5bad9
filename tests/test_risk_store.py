"""Stored risk assessments: refreshed after polling from (recorded) PyPI, at most once a day per package."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.adapters.pypi import PyPIClient
from bot.config import Settings
from bot.risk import RiskSignals
from bot.runtime import Runtime
from bot.storage.models.pypi import WatchedPackage
from bot.storage.models.risk import PackageRisk
from bot.storage.risks import refresh_risks

DATA = Path(__file__).parent / "data" / "risk"


async def test_refresh_stores_then_skips_fresh_assessments(settings: Settings, engine: Engine) -> None:
    requested: list[str] = []

    def pypi(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.path)
        if request.url.path == "/pypi/flask-login/json":
            return httpx.Response(200, json=json.loads((DATA / "pypi-flask-login.json").read_text()))
        return httpx.Response(404)

    with Session(engine) as session:
        session.add_all([WatchedPackage(name="flask-login"), WatchedPackage(name="vanished"),
                         WatchedPackage(name="unwatched", watched=False)])
        session.commit()
    async with PyPIClient(settings, transport=httpx.MockTransport(pypi)) as client:
        runtime = Runtime(settings=settings, engine=engine, pypi=client)
        assert await refresh_risks(runtime) == 2
        assert await refresh_risks(runtime) == 0
        assert await refresh_risks(runtime, max_age=timedelta(0)) == 2
    assert requested == ["/pypi/flask-login/json", "/pypi/vanished/json"] * 2

    with Session(engine) as session:
        rows = {row.package: row for row in session.exec(select(PackageRisk))}
    assert sorted(rows) == ["flask-login", "vanished"]
    login = rows["flask-login"]
    assert login.level == "medium" and login.confidence == 0.4
    assert json.loads(login.reasons_json)[0] == "PyPI lists 3 accounts and no organisation"
    assert RiskSignals.model_validate_json(login.signals_json).latest_version == "0.6.3"
    assert datetime.now(UTC) - login.assessed_at < timedelta(minutes=1)
    assert (rows["vanished"].level, json.loads(rows["vanished"].reasons_json)) == (
        "low", ["no maintenance signals available"])
