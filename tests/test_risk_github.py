"""`package_risk` end to end: recorded PyPI JSON plus the shared fake GitHub, through the real GitHubApp."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.adapters.pypi import PyPIClient
from bot.adapters.risk_sources import package_risk
from bot.config import Settings
from bot.risk import RiskAssessment, RiskLevel
from tests.fake_github import FakeGitHub

DATA = Path(__file__).parent / "data" / "risk"
DAY = 86400.0
RELEASED_0_6_3 = datetime(2023, 10, 30, 14, 53, 19, 636262, tzinfo=UTC)


def _pypi() -> httpx.MockTransport:
    document = json.loads((DATA / "pypi-flask-login.json").read_text())
    return httpx.MockTransport(lambda request: httpx.Response(200, json=document)
                               if request.url.path == "/pypi/flask-login/json" else httpx.Response(404))


def flask_login_history(fake: FakeGitHub) -> None:
    """0.6.3 tagged 30 days ago; a fix merged 24 days ago and 13 more commits since, no release (one main author)."""
    fake.clock_offset = -30 * DAY
    installation = fake.add_installation(5, account="somebody-else")
    fake.add_repo("maxcountryman", "flask-login", {"src/flask_login/__init__.py": "v = 1\n"},
                  installation=installation.id, author="maintainer-a")
    fake.add_release("maxcountryman", "flask-login", "0.6.3")
    fake.advance(6 * DAY)
    for n in range(14):
        fake.push("maxcountryman", "flask-login", {"src/flask_login/utils.py": f"fix = {n}\n"},
                  message="Fix werkzeug 3 imports" if n == 0 else f"Change {n}",
                  author="contributor-b" if n == 7 else "maintainer-a")
        fake.advance(DAY)
    fake.clock_offset = 0


@pytest.mark.parametrize("stats_computing", [False, True])
async def test_flask_login_like_history_on_the_fake_github_scores_high(
        fake_github: FakeGitHub, github_app: Any, tmp_path: Path, stats_computing: bool) -> None:
    flask_login_history(fake_github)
    if stats_computing:
        fake_github.set_stats_computing("maxcountryman", "flask-login", times=5)
    now = datetime.fromtimestamp(fake_github.now(), UTC)
    async with PyPIClient(Settings(_env_file=None, data_dir=tmp_path, http_retries=0),  # type: ignore[call-arg]
                          transport=_pypi()) as client:
        result = await package_risk(client, "flask-login", github_app, now=now)
    assert result == RiskAssessment(level=RiskLevel.HIGH, confidence=1.0, reasons=[
        "1 person made 93% of commits in 12 months; 14 commits merged since 0.6.3, oldest 24 days old, no release",
        f"latest release (0.6.3) {(now - RELEASED_0_6_3).days} days ago, 0 releases in 12 months",
    ])
    stats_calls = fake_github.calls(path=r"/stats/contributors$")
    assert [c.status for c in stats_calls] == ([202] if stats_computing else [200])
    assert len(fake_github.calls(path=r"/repos/maxcountryman/flask-login/commits$")) == int(stats_computing)


async def test_private_or_unreachable_repository_keeps_pypi_signals_only(
        fake_github: FakeGitHub, github_app: Any, tmp_path: Path) -> None:
    fake_github.add_installation(5, account="somebody-else")
    fake_github.add_repo("maxcountryman", "flask-login", {"README": "x"}, installation=5, private=True)
    now = datetime.fromtimestamp(fake_github.now(), UTC)
    async with PyPIClient(Settings(_env_file=None, data_dir=tmp_path, http_retries=0),  # type: ignore[call-arg]
                          transport=_pypi()) as client:
        private = await package_risk(client, "flask-login", github_app, now=now)
        fake_github.delete_repo("maxcountryman", "flask-login")
        missing = await package_risk(client, "flask-login", github_app, now=now)
    assert private.level == missing.level == RiskLevel.MEDIUM
    assert private.confidence == 0.4 and missing.confidence == 0.4
    assert private.reasons[0] == "PyPI lists 3 accounts and no organisation"
