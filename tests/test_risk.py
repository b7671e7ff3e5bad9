"""Bus-factor rule and its gatherers, on recorded PyPI JSON and GitHub responses in GitHub's documented shapes."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from gidgethub.httpx import GitHubAPI

from bot.adapters.pypi import PyPIClient
from bot.adapters.risk_sources import (
    committers_from_commits,
    github_signals,
    package_risk,
    release_tag,
    repository_from_urls,
    signals_from_pypi,
)
from bot.config import Settings
from bot.releases import parse_project
from bot.risk import RiskAssessment, RiskLevel, RiskSignals, assess

DATA = Path(__file__).parent / "data" / "risk"
FLASK_LOGIN_AS_OF = datetime(2023, 10, 24, 12, tzinfo=UTC)
FLASK_AS_OF = datetime(2026, 11, 22, 12, tzinfo=UTC)


def _pypi(name: str) -> dict[str, Any]:
    return json.loads((DATA / f"pypi-{name}.json").read_text())


def _github_transport(name: str, *, overrides: dict[str, httpx.Response] | None = None,
                      seen: list[str] | None = None) -> httpx.MockTransport:
    responses = json.loads((DATA / f"github-{name}.json").read_text())["responses"]

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if seen is not None:
            seen.append(str(request.url))
        if overrides and path in overrides:
            return overrides[path]
        if path in responses:
            return httpx.Response(200, json=responses[path])
        return httpx.Response(404, json={"message": "Not Found"})

    return httpx.MockTransport(handler)


async def _github(name: str, owner: str, repo: str, version: str, now: datetime, **kwargs: Any) -> dict[str, Any]:
    async with httpx.AsyncClient(transport=_github_transport(name, **kwargs)) as http:
        gh = GitHubAPI(http, "release-watch-tests", base_url="https://api.github.test")
        return await github_signals(gh, owner, repo, version, now)


def test_pypi_signals_flask_login_as_of_the_werkzeug_3_breakage() -> None:
    project = parse_project(_pypi("flask-login"), "https://pypi.org/pypi/flask-login/json")
    signals = signals_from_pypi(project, FLASK_LOGIN_AS_OF)
    assert signals.latest_version == "0.6.2"
    assert signals.days_since_release == 455
    assert signals.releases_last_year == 0
    assert signals.pypi_accounts == ("alanhamlett", "davidism", "doraemon")
    assert signals.organization is None
    assert signals.author == "Matthew Frazier"
    assert signals.repository_url == "https://github.com/maxcountryman/flask-login"
    assert signals.yanked_versions == ()


def test_pypi_signals_flask() -> None:
    project = parse_project(_pypi("flask"), "https://pypi.org/pypi/flask/json")
    signals = signals_from_pypi(project, FLASK_AS_OF)
    assert (signals.latest_version, signals.days_since_release, signals.releases_last_year) == ("3.1.3", 276, 1)
    assert (signals.organization, signals.pypi_accounts) == ("pallets", ())
    assert signals.repository_url == "https://github.com/pallets/flask"


async def test_flask_login_history_scores_high() -> None:
    project = parse_project(_pypi("flask-login"), "https://pypi.org/pypi/flask-login/json")
    signals = signals_from_pypi(project, FLASK_LOGIN_AS_OF)
    extra = await _github("flask-login", "maxcountryman", "flask-login", "0.6.2", FLASK_LOGIN_AS_OF)
    assert extra == {"archived": False, "committers_last_year": 2, "top_committer_share": 0.94,
                     "release_tag": "0.6.2", "commits_since_release": 14, "oldest_unreleased_days": 24}
    result = assess(signals.model_copy(update=extra))
    assert result == RiskAssessment(level=RiskLevel.HIGH, confidence=1.0, reasons=[
        "1 person made 94% of commits in 12 months; 14 commits merged since 0.6.2, oldest 24 days old, no release",
        "latest release (0.6.2) 455 days ago, 0 releases in 12 months",
    ])


async def test_flask_multi_maintainer_scores_low() -> None:
    project = parse_project(_pypi("flask"), "https://pypi.org/pypi/flask/json")
    signals = signals_from_pypi(project, FLASK_AS_OF)
    extra = await _github("flask", "pallets", "flask", "3.1.3", FLASK_AS_OF)
    result = assess(signals.model_copy(update=extra))
    assert result == RiskAssessment(level=RiskLevel.LOW, confidence=1.0, reasons=[
        "9 people committed in 12 months, top contributor 41%",
        "23 commits merged since 3.1.3, oldest 266 days old, no release",
        "latest release (3.1.3) 276 days ago, 1 release in 12 months",
    ])


@pytest.mark.parametrize(("signals", "level", "reasons", "confidence"), [
    (RiskSignals(package="x"), RiskLevel.LOW, ["no maintenance signals available"], 0.0),
    (RiskSignals(package="x", archived=True), RiskLevel.HIGH, ["repository is archived"], 0.1),
    (RiskSignals(package="x", classifiers=("Development Status :: 7 - Inactive",)), RiskLevel.HIGH,
     ["classified 'Development Status :: 7 - Inactive'"], 0.0),
    (RiskSignals(package="x", pypi_accounts=("solo",)), RiskLevel.MEDIUM,
     ["PyPI lists one account (solo) and no organisation"], 0.2),
    (RiskSignals(package="x", pypi_accounts=("solo",), days_since_release=400, latest_version="1.0"), RiskLevel.HIGH,
     ["PyPI lists one account (solo) and no organisation", "latest release (1.0) 400 days ago"], 0.4),
    (RiskSignals(package="x", pypi_accounts=("a", "b"), days_since_release=400), RiskLevel.MEDIUM,
     ["PyPI lists 2 accounts and no organisation", "latest release 400 days ago"], 0.4),
    (RiskSignals(package="x", pypi_accounts=(), organization="pallets"), RiskLevel.LOW,
     ["published by the pallets organisation on PyPI"], 0.2),
    (RiskSignals(package="x", committers_last_year=1, top_committer_share=1.0, commits_since_release=3,
                 oldest_unreleased_days=5, latest_version="2.0"), RiskLevel.MEDIUM,
     ["1 person made 100% of commits in 12 months; 3 commits merged since 2.0, oldest 5 days old"], 0.5),
    (RiskSignals(package="x", committers_last_year=0, commits_since_release=0), RiskLevel.MEDIUM,
     ["nobody committed in 12 months; no commits since the latest release"], 0.5),
    (RiskSignals(package="x", commits_since_release=2), RiskLevel.LOW,
     ["2 commits merged since the latest release"], 0.0),
    (RiskSignals(package="x", latest_version="2.1", latest_yanked=True, yanked_versions=("2.1",)), RiskLevel.MEDIUM,
     ["latest release 2.1 is yanked", "1 yanked release: 2.1"], 0.0),
])
def test_rule_table(signals: RiskSignals, level: RiskLevel, reasons: list[str], confidence: float) -> None:
    assert assess(signals) == RiskAssessment(level=level, reasons=reasons, confidence=confidence)


async def test_contributor_stats_being_computed_falls_back_to_a_bounded_commit_list() -> None:
    seen: list[str] = []
    commits = [{"author": {"login": "solo"}, "commit": {"author": {"email": "s@example.org"}}}] * 9 + [
        {"author": None, "commit": {"author": {"email": "drive-by@example.org"}}}]
    overrides = {
        "/repos/maxcountryman/flask-login/stats/contributors": httpx.Response(202, json={}),
        "/repos/maxcountryman/flask-login/commits": httpx.Response(200, json=commits),
    }
    extra = await _github("flask-login", "maxcountryman", "flask-login", "0.6.2", FLASK_LOGIN_AS_OF,
                          overrides=overrides, seen=seen)
    assert (extra["committers_last_year"], extra["top_committer_share"]) == (2, 0.9)
    assert sum("/stats/contributors" in url for url in seen) == 1
    assert "since=2022-10-24T12%3A00%3A00Z" in next(url for url in seen if "/commits" in url)


@pytest.mark.parametrize("broken", [
    httpx.Response(500, json={"message": "Server Error"}),
    httpx.Response(403, json={"message": "Forbidden"}),
    httpx.Response(404, json={"message": "Not Found"}),
])
async def test_github_failures_leave_fields_missing(broken: httpx.Response) -> None:
    overrides = {"/repos/maxcountryman/flask-login/compare/0.6.2...main": broken,
                 "/repos/maxcountryman/flask-login/stats/contributors": broken}
    extra = await _github("flask-login", "maxcountryman", "flask-login", "0.6.2", FLASK_LOGIN_AS_OF,
                          overrides=overrides)
    assert extra == {"archived": False}
    assert assess(RiskSignals(package="flask-login", **extra)).confidence == 0.1


async def test_private_or_missing_repository_gives_nothing() -> None:
    private = json.loads((DATA / "github-flask.json").read_text())["responses"]["/repos/pallets/flask"]
    overrides = {"/repos/pallets/flask": httpx.Response(200, json={**private, "private": True})}
    assert await _github("flask", "pallets", "flask", "3.1.3", FLASK_AS_OF, overrides=overrides) == {}
    assert await _github("flask", "nobody", "nothing", "1.0", FLASK_AS_OF) == {}


@pytest.mark.parametrize(("info", "expected"), [
    ({"project_urls": {"Source": "https://github.com/pallets/flask/"}}, ("pallets", "flask")),
    ({"project_urls": {"Homepage": "https://github.com/a/b.git"}}, ("a", "b")),
    ({"project_urls": {"Code": "https://github.com/a/b/tree/main/src"}}, ("a", "b")),
    ({"project_urls": {"Docs": "https://b.readthedocs.io"}, "home_page": "http://github.com/a/b#readme"}, ("a", "b")),
    ({"project_urls": {"Source": "https://gitlab.com/a/b"}}, None),
    ({"project_urls": {"Source": "https://github.com/../.."}}, None),
    ({"project_urls": {"Source": "https://github.com/a/.."}}, None),
    ({"project_urls": {"Source": 42}, "home_page": None}, None),
    ({"project_urls": None}, None),
    ({}, None),
])
def test_repository_from_urls(info: dict[str, Any], expected: tuple[str, str] | None) -> None:
    assert repository_from_urls(info) == expected


@pytest.mark.parametrize(("names", "version", "expected"), [
    (["v2.0.0", "v1.9"], "2.0", "v2.0.0"),
    (["flask-login-0.6.2", "0.6.1"], "0.6.2", "flask-login-0.6.2"),
    (["release-1.0rc1", "nightly"], "1.0rc1", "release-1.0rc1"),
    (["latest", "1.0.1"], "1.0", None),
])
def test_release_tag(names: list[str], version: str, expected: str | None) -> None:
    assert release_tag([{"name": name} for name in names], version) == expected


def test_committers_from_commits_empty() -> None:
    assert committers_from_commits([]) == (0, None)


async def test_package_risk_without_github_and_when_pypi_fails(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/pypi/flask-login/json":
            return httpx.Response(200, json=_pypi("flask-login"))
        return httpx.Response(404)

    settings = Settings(data_dir=tmp_path, http_retries=0)
    async with PyPIClient(settings, transport=httpx.MockTransport(handler)) as client:
        result = await package_risk(client, "Flask_Login", now=FLASK_LOGIN_AS_OF)
        missing = await package_risk(client, "no-such-package", now=FLASK_LOGIN_AS_OF)
    assert result == RiskAssessment(level=RiskLevel.MEDIUM, confidence=0.4, reasons=[
        "PyPI lists 3 accounts and no organisation",
        "latest release (0.6.2) 455 days ago, 0 releases in 12 months",
    ])
    assert missing == RiskAssessment(level=RiskLevel.LOW, confidence=0.0, reasons=["no maintenance signals available"])
