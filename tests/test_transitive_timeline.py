"""Acceptance: the 2023 Werkzeug 3.0.0 incident replayed through the fake PyPI and the fake GitHub.

An app that requires only `flask` and `flask-login` (its code never imports werkzeug) broke on every fresh install
until Flask-Login 0.6.3 shipped. Real artifacts (pinned by sha256), real API diffs, real polling rounds.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from bot.adapters.github import GitHubApp
from bot.adapters.pypi import PyPIClient
from bot.config import Settings
from bot.findings.render import find_marker
from bot.jobs.analysis_queue import analyse_pending_releases
from bot.jobs.pipeline import process_new_releases, rescan_repository, send_pending_actions
from bot.jobs.scheduler import run_cycle
from bot.runtime import Runtime
from bot.storage.risks import refresh_risks
from bot.web.app import create_app
from bot.web.compat_schema import CompatLink
from bot.web.release_read import read_release
from bot.web.status_read import read_package, read_repo
from tests.fake_github import FakeGitHub
from tests.fake_pypi import TimelinePyPI, metadata_only, pinned_release
from tests.test_risk_github import DAY

OWNER = "tutorial-author"
WATCHLIST = "flask,werkzeug,flask-login,jinja2,itsdangerous,click,blinker,markupsafe"
APP_PY = "from flask import Flask\nfrom flask_login import LoginManager\n\napp = Flask(__name__)\nlogin = LoginManager(app)\n"
APPS = {
    "app": {"requirements.txt": "flask\nflask-login\n", "app.py": APP_PY},
    "bounded-app": {"requirements.txt": "flask\nflask-login\nwerkzeug<3\n", "app.py": APP_PY},
    "locked-app": {
        "requirements.txt": "flask\nflask-login\n",
        "uv.lock": "version = 1\n" + "".join(
            f'\n[[package]]\nname = "{n}"\nversion = "{v}"\n'
            for n, v in [("flask", "2.3.3"), ("flask-login", "0.6.2"), ("werkzeug", "2.3.8")]),
        "app.py": APP_PY,
    },
}
ROUND_STEPS = [analyse_pending_releases, refresh_risks, process_new_releases, send_pending_actions]


def support_releases() -> list:  # type: ignore[type-arg]
    """The rest of a fresh install, as metadata (what the resolver reads)."""
    return [metadata_only("jinja2", "3.1.2", ("MarkupSafe>=2.0",)), metadata_only("itsdangerous", "2.1.2"),
            metadata_only("click", "8.1.7"), metadata_only("blinker", "1.6.2"), metadata_only("markupsafe", "2.1.3")]


def upstream_history(fake: FakeGitHub) -> None:
    """Flask-Login upstream: 0.6.2 tagged long ago; the Werkzeug 3 fix merged on main, unreleased, one main author."""
    fake.clock_offset = -40 * DAY
    upstream = fake.add_installation(5, account="maxcountryman")
    fake.add_repo("maxcountryman", "flask-login", {"src/flask_login/__init__.py": "v = 1\n"},
                  installation=upstream.id, author="maintainer-a")
    fake.add_release("maxcountryman", "flask-login", "0.6.2")
    fake.advance(6 * DAY)
    for n in range(5):
        fake.push("maxcountryman", "flask-login", {"src/flask_login/utils.py": f"fix = {n}\n"},
                  message="Fix werkzeug 3 imports" if n == 0 else f"Change {n}", author="maintainer-a")
        fake.advance(DAY)
    fake.clock_offset = 0


@pytest.fixture
async def world(engine: Engine, fake_github: FakeGitHub, github_app: GitHubApp, github_settings: Settings,
                tmp_path: Path) -> AsyncIterator[tuple[Runtime, TimelinePyPI, int]]:
    pypi = TimelinePyPI({"flask-login": {"Source": "https://github.com/maxcountryman/flask-login"}})
    pypi.publish(pinned_release("werkzeug", "2.3.8"), pinned_release("flask", "2.3.3"),
                 pinned_release("flask-login", "0.6.2"), *support_releases())
    upstream_history(fake_github)
    inst = fake_github.add_installation(account=OWNER, account_type="User")
    for name, files in APPS.items():
        fake_github.add_repo(OWNER, name, files, installation=inst.id)  # type: ignore[arg-type]
    settings = github_settings.model_copy(update={
        "pypi_url": "https://pypi.example", "watchlist": tuple(WATCHLIST.split(",")), "cache_dir": tmp_path / "cache",
        "http_retries": 0})
    async with PyPIClient(settings, transport=pypi.transport) as client:
        yield Runtime(settings=settings, engine=engine, pypi=client, github=github_app), pypi, inst.id


def _writes(fake: FakeGitHub) -> list[str]:
    return [f"{c.method} {c.path}" for c in fake.calls() if c.method != "GET" and "access_tokens" not in c.path]


async def test_the_2023_timeline(world: tuple[Runtime, TimelinePyPI, int], fake_github: FakeGitHub) -> None:
    runtime, pypi, installation = world
    # PyPI shows werkzeug 2.3.8, flask 2.3.3, flask-login 0.6.2; the apps are installed: nothing to say.
    assert await run_cycle(runtime, ROUND_STEPS)
    for name in APPS:
        await rescan_repository(runtime, installation, f"{OWNER}/{name}")
    assert all(fake_github.issues(OWNER, name) == [] for name in APPS)

    # werkzeug 3.0.0 and flask 3.0.0 appear: one round (poll, analysis, evaluation, send).
    pypi.publish(pinned_release("werkzeug", "3.0.0"), pinned_release("flask", "3.0.0"))
    assert await run_cycle(runtime, ROUND_STEPS)
    [issue] = fake_github.issues(OWNER, "app")
    assert fake_github.issues(OWNER, "bounded-app") == [] and fake_github.issues(OWNER, "locked-app") == []
    body = issue.body or ""
    sha = fake_github.branch_sha(OWNER, "app")
    assert issue.title == "Werkzeug 3.0.0 breaks Flask-Login 0.6.2, which this repository installs"
    assert find_marker(body) == f"{OWNER}/app:werkzeug==3.0.0".lower()
    assert (f"Requirement: `flask-login` in [requirements.txt:2](https://github.com/{OWNER}/app/blob/{sha}"
            "/requirements.txt#L2) brings in Flask-Login.") in body
    assert "picks **Flask-Login 0.6.2**, which requires `Werkzeug>=1.0.1`" in body
    assert ("| `werkzeug.urls.url_decode` | removed | [flask_login/utils.py:14](https://inspector.pypi.io/project/"
            "flask-login/0.6.2/packages/") in body
    assert "Flask_Login-0.6.2-py3-none-any.whl/flask_login/utils.py#line.14)" in body
    assert "```\nWerkzeug<3\n```" in body
    assert "### Flask-Login upstream: high" in body
    assert "- 1 person made 100% of commits in 12 months; 5 commits merged since 0.6.2, oldest 34 days old, no release" in body
    number = issue.number

    # flask-login 0.6.3 appears: the same issue now recommends the fix release.
    pypi.publish(pinned_release("flask-login", "0.6.3", "2023-10-30T14:53:19Z"))
    assert await run_cycle(runtime, ROUND_STEPS)
    [issue] = fake_github.issues(OWNER, "app")
    body = issue.body or ""
    assert issue.number == number and issue.state == "open"
    assert "```\nflask-login>=0.6.3\n```" in body
    assert "Flask-Login 0.6.3 no longer uses what" in body
    assert "now picks Flask-Login 0.6.3, but the requirement still admits **Flask-Login 0.6.2**" in body
    assert "Werkzeug<3" not in body and "upstream:" not in body
    assert fake_github.issues(OWNER, "bounded-app") == [] and fake_github.issues(OWNER, "locked-app") == []

    # /status says why the bounded and locked apps are not affected now.
    locked = read_repo(runtime.engine, f"{OWNER}/locked-app", page=1, per_page=10)
    bounded = read_repo(runtime.engine, f"{OWNER}/bounded-app", page=1, per_page=10)
    assert locked is not None and bounded is not None
    app = read_repo(runtime.engine, f"{OWNER}/app", page=1, per_page=10)
    assert app is not None and [a.suggested_requirement for a in app.open_actions] == ["flask-login>=0.6.3"]
    assert [n.note for n in locked.transitive_notes] == [
        "not affected now: Flask-Login 0.6.2 breaks with werkzeug 3.0.0, but uv.lock:12 pins werkzeug 2.3.8"]
    assert [n.note for n in bounded.transitive_notes] == [
        "not affected now: Flask-Login 0.6.2 breaks with werkzeug 3.0.0, but `werkzeug<3` (requirements.txt:3)"
        " excludes werkzeug 3.0.0"]

    # /status: per dependent verdicts of werkzeug 3.0.0, and the packages' "breaks with" / "broken by".
    release = read_release(runtime.engine, "werkzeug", "3.0.0")
    assert release is not None
    assert (release.repositories_direct, release.repositories_transitive) == (0, 1)
    login = {d.package: d for d in release.dependents}["flask-login"]
    assert (login.verdict, login.fix_release, login.repositories_affected) == ("compatible", "0.6.3", 1)
    assert [(r.version, r.verdict) for r in login.releases] == [("0.6.3", "compatible"), ("0.6.2", "breaks")]
    assert ("werkzeug.urls.url_decode", "flask_login/utils.py", 14) in {
        (u.symbol, u.path, u.line) for u in login.releases[1].uses}
    assert {d.package: d.verdict for d in release.dependents}["flask"] == "compatible"
    link = CompatLink(release="0.6.2", package="werkzeug", version="3.0.0", fix_release="0.6.3")
    assert read_package(runtime.engine, "flask-login", page=1, per_page=10).broken_by == [link]  # type: ignore[union-attr]
    assert read_package(runtime.engine, "werkzeug", page=1, per_page=10).breaks_with == [  # type: ignore[union-attr]
        CompatLink(release="3.0.0", package="flask-login", version="0.6.2", fix_release="0.6.3")]

    # The same through the web app: JSON twins and pages.
    web_settings = runtime.settings.model_copy(
        update={"database_url": runtime.engine.url.render_as_string(hide_password=False)})
    with TestClient(create_app(web_settings, start_scheduler=False)) as web:
        twin = web.get("/status/releases/werkzeug/3.0.0").json()
        assert (twin["repositories_direct"], twin["repositories_transitive"]) == (0, 1)
        assert {d["package"]: d["fix_release"] for d in twin["dependents"]}["flask-login"] == "0.6.3"
        html = web.get("/releases/werkzeug/3.0.0").text
        assert "<code>flask_login/utils.py:14</code> werkzeug.urls.url_decode" in html
        assert web.get("/status/packages/flask-login").json()["broken_by"] == [link.model_dump()]
        assert "flask-login 0.6.2 is broken by" in web.get("/packages/flask-login").text
        assert "but uv.lock:12 pins werkzeug 2.3.8" in web.get(f"/repos/{OWNER}/locked-app").text

    # A push requiring flask-login>=0.6.3 closes it, with a comment.
    fake_github.push(OWNER, "app", {"requirements.txt": "flask\nflask-login>=0.6.3\n"})
    await rescan_repository(runtime, installation, f"{OWNER}/app")
    [issue] = fake_github.issues(OWNER, "app")
    assert issue.state == "closed"
    assert "no longer admit an extension release that breaks with it" in issue.comments[-1].body

    # More rounds create nothing new.
    fake_github.reset_calls()
    for _ in range(2):
        assert await run_cycle(runtime, ROUND_STEPS)
        for name in APPS:
            await rescan_repository(runtime, installation, f"{OWNER}/{name}")
    assert _writes(fake_github) == []
    assert all(len(fake_github.issues(OWNER, name)) == (1 if name == "app" else 0) for name in APPS)


@pytest.mark.parametrize("requirements", ["flask\nflask-login\nwerkzeug<3\n", "flask\n"], ids=["bounds-x", "drops-e"])
async def test_bounding_werkzeug_or_dropping_flask_login_closes_the_issue(
        world: tuple[Runtime, TimelinePyPI, int], fake_github: FakeGitHub, requirements: str) -> None:
    runtime, pypi, installation = world
    assert await run_cycle(runtime, ROUND_STEPS)
    await rescan_repository(runtime, installation, f"{OWNER}/app")
    pypi.publish(pinned_release("werkzeug", "3.0.0"), pinned_release("flask", "3.0.0"))
    assert await run_cycle(runtime, ROUND_STEPS)
    [issue] = fake_github.issues(OWNER, "app")
    assert issue.state == "open"
    fake_github.push(OWNER, "app", {"requirements.txt": requirements, "app.py": "from flask import Flask\n"})
    await rescan_repository(runtime, installation, f"{OWNER}/app")
    [issue] = fake_github.issues(OWNER, "app")
    assert issue.state == "closed"
    assert "no longer admit an extension release that breaks with it" in issue.comments[-1].body


async def test_a_fix_release_is_recognised_without_any_affected_repository(
        world: tuple[Runtime, TimelinePyPI, int], fake_github: FakeGitHub) -> None:
    runtime, pypi, _ = world  # no repository is registered: nothing is affected, the verdicts are still kept
    assert await run_cycle(runtime, ROUND_STEPS)
    pypi.publish(pinned_release("werkzeug", "3.0.0"), pinned_release("flask", "3.0.0"))
    assert await run_cycle(runtime, ROUND_STEPS)
    login = {d.package: d for d in read_release(runtime.engine, "werkzeug", "3.0.0").dependents}["flask-login"]  # type: ignore[union-attr]
    assert (login.verdict, login.fix_release, login.repositories_affected) == ("breaks", None, 0)
    pypi.publish(pinned_release("flask-login", "0.6.3", "2023-10-30T14:53:19Z"))
    assert await run_cycle(runtime, ROUND_STEPS)
    login = {d.package: d for d in read_release(runtime.engine, "werkzeug", "3.0.0").dependents}["flask-login"]  # type: ignore[union-attr]
    assert (login.verdict, login.fix_release) == ("compatible", "0.6.3")


async def test_pypi_unavailable_leaves_the_open_issue_alone(
        world: tuple[Runtime, TimelinePyPI, int], fake_github: FakeGitHub) -> None:
    runtime, pypi, installation = world
    assert await run_cycle(runtime, ROUND_STEPS)
    await rescan_repository(runtime, installation, f"{OWNER}/app")
    pypi.publish(pinned_release("werkzeug", "3.0.0"), pinned_release("flask", "3.0.0"))
    assert await run_cycle(runtime, ROUND_STEPS)
    [issue] = fake_github.issues(OWNER, "app")
    pypi.down = True
    fake_github.push(OWNER, "app", {"README.md": "a push while PyPI is down\n"})
    await rescan_repository(runtime, installation, f"{OWNER}/app")
    [after] = fake_github.issues(OWNER, "app")
    assert (after.number, after.state, after.body) == (issue.number, "open", issue.body)
