"""Three more real transitive breaks from the watchlist's history, found by the compatibility verdicts
(benchmarks/transitive.py's survey) and replayed end to end through the fake PyPI and the fake GitHub:

- Flask 3.0.0 (2023-09-30) removed `flask._app_ctx_stack`; Flask-SQLAlchemy 2.5.1 imports it at
  `flask_sqlalchemy/__init__.py:14` and requires only `Flask>=0.10`. Flask-SQLAlchemy 3.0.0 no longer uses it.
- Flask 3.0.0 removed `flask.helpers.locked_cached_property`; Flask-Babel 3.1.0 imports it at
  `flask_babel/__init__.py:19` (requires `Flask>=2.0`). Flask-Babel 4.0.0 (2023-10-01) is the fix release.
- Werkzeug 2.1.0 (2022-03-28) removed `werkzeug.security.safe_str_cmp`; Flask-Login 0.5.0 imports it at
  `flask_login/utils.py:13` without declaring Werkzeug at all. Flask-Login 0.6.0 (2022-03-30) is the fix release.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import NamedTuple

import pytest
from sqlalchemy import Engine

from bot.adapters.github import GitHubApp
from bot.adapters.pypi import PyPIClient
from bot.config import Settings
from bot.jobs.pipeline import rescan_repository
from bot.jobs.scheduler import run_cycle
from bot.runtime import Runtime
from tests.fake_github import FakeGitHub
from tests.fake_pypi import TimelinePyPI, pinned_release
from tests.test_transitive_timeline import ROUND_STEPS, support_releases

OWNER = "someone"


class Case(NamedTuple):
    package: str
    before: tuple[tuple[str, str], ...]
    """Pinned releases on PyPI before the break (the broken dependent release among them)."""
    breaking: tuple[tuple[str, str], ...]
    dependent: str
    display: str
    broken: str
    fix: str
    module: str
    symbol: str
    where: str
    bound: str


FLASK_3 = (("werkzeug", "2.3.8"), ("werkzeug", "3.0.0"), ("flask", "2.3.3"))
CASES = [
    Case("flask 3.0.0", FLASK_3, (("flask", "3.0.0"),), "flask-sqlalchemy", "Flask-SQLAlchemy", "2.5.1", "3.0.0",
         "flask_sqlalchemy", "flask._app_ctx_stack", "flask_sqlalchemy/__init__.py:14", "flask<3"),
    Case("flask 3.0.0", FLASK_3, (("flask", "3.0.0"),), "flask-babel", "flask-babel", "3.1.0", "4.0.0",
         "flask_babel", "flask.helpers.locked_cached_property", "flask_babel/__init__.py:19", "flask<3"),
    # March 2022: Werkzeug 2.1.0 removed safe_str_cmp, which Flask-Login 0.5.0 imported without declaring Werkzeug.
    Case("werkzeug 2.1.0", (("werkzeug", "2.0.3"), ("flask", "2.0.3")), (("werkzeug", "2.1.0"), ("flask", "2.1.0")),
         "flask-login", "Flask-Login", "0.5.0", "0.6.0", "flask_login", "werkzeug.security.safe_str_cmp",
         "flask_login/utils.py:13", "werkzeug<2.1"),
]


@pytest.fixture
async def client(github_settings: Settings, tmp_path: Path) -> AsyncIterator[tuple[PyPIClient, TimelinePyPI, Settings]]:
    pypi = TimelinePyPI()
    settings = github_settings.model_copy(update={"pypi_url": "https://pypi.example", "cache_dir": tmp_path / "cache",
                                                  "http_retries": 0})
    async with PyPIClient(settings, transport=pypi.transport) as pypi_client:
        yield pypi_client, pypi, settings


@pytest.mark.backend("sqlite")  # the storage of verdicts on PostgreSQL: test_transitive_timeline.py runs both
@pytest.mark.parametrize("case", CASES, ids=[c.dependent for c in CASES])
async def test_a_release_breaks_an_extension_until_its_fix_release(
        case: Case, client: tuple[PyPIClient, TimelinePyPI, Settings], engine: Engine, fake_github: FakeGitHub,
        github_app: GitHubApp) -> None:
    pypi_client, pypi, settings = client
    watchlist = ("flask", "werkzeug", "jinja2", "itsdangerous", "click", "blinker", "markupsafe", case.dependent)
    runtime = Runtime(settings=settings.model_copy(update={"watchlist": watchlist}), engine=engine, pypi=pypi_client,
                      github=github_app)
    pypi.publish(*(pinned_release(*pin) for pin in case.before), pinned_release(case.dependent, case.broken),
                 *support_releases())
    inst = fake_github.add_installation(account=OWNER, account_type="User")
    files = {"requirements.txt": f"flask\n{case.dependent}\n",
             "app.py": f"from flask import Flask\nimport {case.module}\n\napp = Flask(__name__)\n"}
    fake_github.add_repo(OWNER, "app", files, installation=inst.id)
    assert await run_cycle(runtime, ROUND_STEPS)
    await rescan_repository(runtime, inst.id, f"{OWNER}/app")
    assert fake_github.issues(OWNER, "app") == []

    pypi.publish(*(pinned_release(*pin) for pin in case.breaking))
    assert await run_cycle(runtime, ROUND_STEPS)
    [issue] = fake_github.issues(OWNER, "app")
    body = issue.body or ""
    assert issue.title == f"{case.package} breaks {case.display} {case.broken}, which this repository installs"
    assert f"| `{case.symbol}` | removed | [{case.where}](https://inspector.pypi.io/project/{case.dependent}/" in body
    assert f"```\n{case.bound}\n```" in body

    pypi.publish(pinned_release(case.dependent, case.fix))
    assert await run_cycle(runtime, ROUND_STEPS)
    [issue] = fake_github.issues(OWNER, "app")
    assert f"```\n{case.dependent}>={case.fix}\n```" in (issue.body or "")
    assert f"{case.display} {case.fix} no longer uses what {case.package} broke: it is the fix release." in (issue.body or "")

