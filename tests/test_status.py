"""`/status` endpoints on seeded databases: shapes, pagination, ETags, private repositories and hostile paths."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.changes import Change, ChangeKind, ObjectKind
from bot.config import Settings
from bot.releases import AnalysisState, PollOutcome
from bot.risk import RiskSignals, assess
from bot.storage.models.actions import Action, ActionKind, ActionState, FindingRow, InstalledRepo
from bot.storage.models.analysis import ReleaseDiffRow
from bot.storage.models.pypi import PollRun, Release, WatchedPackage
from bot.storage.risks import save_assessment
from bot.web.app import create_app
from bot.web.repo_access import RepoAccess
from bot.web.routes import status as status_route
from bot.web.routes.read_cache import ChangeToken
from tests.conftest import make_settings
from tests.fake_github import FakeGitHub
from tests.fake_github.state import Token

T0 = datetime(2023, 10, 1, 12, tzinfo=UTC)
URL_DECODE = Change(symbol="werkzeug.urls.url_decode", kind=ChangeKind.REMOVED, object=ObjectKind.FUNCTION,
                    detail="removed in 3.0.0")
URL_ENCODE = Change(symbol="werkzeug.urls.url_encode", kind=ChangeKind.REMOVED, object=ObjectKind.FUNCTION)
RESPONSE_DEP = Change(symbol="werkzeug.wrappers.BaseResponse", kind=ChangeKind.DEPRECATED, object=ObjectKind.CLASS,
                      deprecated_since="2.3.0", hint="Use Response")
FLASK_LOGIN_SIGNALS = RiskSignals(package="flask-login", pypi_accounts=("a", "b", "c"), latest_version="0.6.2",
                                  days_since_release=455, releases_last_year=0, committers_last_year=2,
                                  top_committer_share=0.94, release_tag="0.6.2", commits_since_release=14,
                                  oldest_unreleased_days=24, archived=False)


def seed(engine: Engine) -> None:
    """Two packages, three werkzeug releases (two diffs), a risk, three repositories with actions and findings."""
    with Session(engine) as s:
        s.add(WatchedPackage(name="werkzeug", latest_version="3.0.0", last_serial=7, last_polled=T0))
        s.add(WatchedPackage(name="flask-login", latest_version="0.6.2", last_serial=3, last_polled=T0))
        s.add(WatchedPackage(name="gone", watched=False))
        s.commit()
        for i, (version, state) in enumerate([("2.2.3", AnalysisState.BASELINE), ("2.3.0", AnalysisState.ANALYSED),
                                              ("3.0.0", AnalysisState.ANALYSED), ("3.0.1rc1", AnalysisState.PENDING)]):
            s.add(Release(package="werkzeug", version=version, upload_time=T0 + timedelta(days=i), analysis_state=state,
                          is_prerelease="rc" in version))
        s.add(Release(package="flask-login", version="0.6.2", upload_time=T0, analysis_state=AnalysisState.BASELINE))
        s.add(ReleaseDiffRow(package="werkzeug", old_version="2.2.3", new_version="2.3.0", schema_version=1,
                             changes_json=json.dumps([RESPONSE_DEP.model_dump(mode="json")]), change_count=1))
        s.add(ReleaseDiffRow(package="werkzeug", old_version="2.3.0", new_version="3.0.0", schema_version=1,
                             changes_json=json.dumps([c.model_dump(mode="json") for c in (URL_DECODE, URL_ENCODE)]),
                             change_count=2))
        s.add(PollRun(started_at=T0, finished_at=T0 + timedelta(seconds=3), outcome=PollOutcome.OK,
                      packages_checked=2, releases_new=5))
        s.add(InstalledRepo(name="octo-org/public-app", full_name="octo-org/Public-App", installation_id=1,
                            private=False, default_branch="main", head_sha="a" * 40, last_scanned_at=T0))
        s.add(InstalledRepo(name="octo-org/secret-app", full_name="octo-org/secret-app", installation_id=1,
                            private=True, default_branch="trunk", head_sha="b" * 40, last_scanned_at=T0))
        s.add(InstalledRepo(name="other/quiet", full_name="other/quiet", installation_id=2))
        s.commit()
        actions = [
            Action(key="octo-org/Public-App:werkzeug==3.0.0", kind=ActionKind.FINDING, repo="octo-org/Public-App",
                   installation_id=1, package="werkzeug", version="3.0.0", state=ActionState.SENT,
                   title="werkzeug 3.0.0 breaks this repository", issue_number=12, pr_number=13, sent_at=T0),
            Action(key="octo-org/Public-App:flask-login==0.6.2", kind=ActionKind.FINDING, repo="octo-org/Public-App",
                   installation_id=1, package="flask-login", version="0.6.2", state=ActionState.DISMISSED,
                   title="dismissed", issue_number=9),
            Action(key="octo-org/secret-app:werkzeug==3.0.0", kind=ActionKind.FINDING, repo="octo-org/secret-app",
                   installation_id=1, package="werkzeug", version="3.0.0", state=ActionState.PENDING,
                   title="werkzeug 3.0.0 breaks secret-app"),
        ]
        s.add_all(actions)
        s.commit()
        public, dismissed, secret = (a.id for a in actions)
        assert public is not None and dismissed is not None and secret is not None
        s.add_all([
            FindingRow(action_id=public, symbol="werkzeug.urls.url_decode", change="removed", path="app/auth.py", line=3),
            FindingRow(action_id=public, symbol="werkzeug.urls.url_encode", change="removed", path="app/a.py", line=9,
                       guarded=True),
            FindingRow(action_id=public, symbol="werkzeug.urls.url_encode", change="removed", path="app/b.py", line=1),
            FindingRow(action_id=dismissed, symbol="flask_login.x", change="removed", path="old.py", line=1),
            FindingRow(action_id=secret, symbol="werkzeug.urls.url_decode", change="removed", path="secret_plan.py",
                       line=42),
        ])
        s.commit()
    save_assessment(engine, FLASK_LOGIN_SIGNALS, assess(FLASK_LOGIN_SIGNALS), now=T0)


@pytest.fixture
def client(settings: Settings, engine: Engine) -> Iterator[TestClient]:
    seed(engine)
    with TestClient(create_app(settings, start_scheduler=False)) as client:
        yield client


def test_status_counts_everything(client: TestClient) -> None:
    response = client.get("/status")
    body = response.json()
    assert response.status_code == 200
    assert body["version"] == "0.1.0" and body["dry_run"] is True and 0 <= body["uptime_seconds"] < 60
    assert {k: body[k] for k in ("packages_watched", "releases_analysed", "releases_pending", "changes_by_kind",
                                 "installations", "repositories", "actions_by_state", "actions_pending",
                                 "actions_sent")} == {
        "packages_watched": 2, "releases_analysed": 2, "releases_pending": 1,
        "changes_by_kind": {"deprecated": 1, "removed": 2}, "installations": 2, "repositories": 3,
        "actions_by_state": {"dismissed": 1, "pending": 1, "sent": 1}, "actions_pending": 1, "actions_sent": 1,
    }
    assert body["last_poll"]["outcome"] == "ok"
    assert [(p["name"], p["releases"], p["pending_analysis"]) for p in body["packages"]] == [
        ("flask-login", 1, 0), ("werkzeug", 4, 1)]
    assert body["packages_page"] == {"page": 1, "per_page": 100, "total": 2, "next_page": None}
    assert response.headers["cache-control"] == "no-cache"
    assert response.headers["etag"].startswith('W/"')


def test_a_stored_change_shows_on_the_first_read_after_the_check_interval(client: TestClient, engine: Engine) -> None:
    """Answers are kept while the database's change counters stand still, and re-read once the counters (checked at
    most every CHECK_SECONDS) moved: a committed write is visible within that bound, not before (whoever wrote it)."""
    now = [100.0]
    client.app.state.change_token = ChangeToken(engine, status_route.CHECK_SECONDS, clock=lambda: now[0])
    paths = ("/status", "/status/packages/werkzeug", "/status/releases/werkzeug/3.0.0",
             "/status/repos/octo-org/public-app", "/", "/packages/werkzeug", "/releases/werkzeug/3.0.0",
             "/repos/octo-org/public-app")
    before = {path: client.get(path).headers["etag"] for path in paths}
    with Session(engine) as s:
        s.add(WatchedPackage(name="click"))
        action = s.exec(select(Action).where(Action.repo == "octo-org/Public-App", Action.state == "sent")).one()
        s.add(FindingRow(action_id=action.id or 0, symbol="werkzeug.urls.url_quote", change="removed",
                         path="app/c.py", line=4))
        s.commit()
    with Session(engine) as s:
        release = s.exec(select(Release).where(Release.package == "werkzeug", Release.version == "3.0.0")).one()
        release.yanked = True  # an update, not only inserts, moves the counters
        s.add(release)
        s.commit()
    now[0] += status_route.CHECK_SECONDS - 0.01
    assert {path: client.get(path).headers["etag"] for path in paths} == before
    now[0] += 0.01
    after = {path: client.get(path) for path in paths}
    assert [path for path in paths if after[path].headers["etag"] == before[path]] == []
    assert after["/status"].json()["packages_watched"] == 3
    assert after["/status/repos/octo-org/public-app"].json()["findings_page"]["total"] == 4
    assert after["/status/releases/werkzeug/3.0.0"].json()["yanked"] is True


def test_answers_are_not_re_read_while_nothing_changes(client: TestClient, engine: Engine,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(status_route, "CHECK_SECONDS", 0.0)
    client.app.state.change_token, client.app.state.read_caches = None, {}  # not the warm-up's
    reads: list[str] = []

    def counted(name: str) -> object:
        read = getattr(status_route, name)

        def run(*args: object, **kwargs: object) -> object:
            reads.append(name)
            return read(*args, **kwargs)
        return run

    for name in ("read_status", "read_package", "read_release", "read_repo"):
        monkeypatch.setattr(status_route, name, counted(name))
    paths = ("/status", "/status/packages/werkzeug", "/status/releases/werkzeug/3.0.0",
             "/status/repos/octo-org/public-app")
    for _ in range(3):
        assert [client.get(path).status_code for path in paths] == [200] * 4
    assert sorted(reads) == ["read_package", "read_release", "read_repo", "read_status"]
    with Session(engine) as s:
        s.add(FindingRow(action_id=s.exec(select(Action.id)).first() or 0, symbol="x", change="removed", path="a.py",
                         line=1))
        s.commit()
    for path in paths:
        client.get(path)
    assert sorted(reads) == ["read_package", "read_package", "read_release", "read_release", "read_repo",
                             "read_repo", "read_status"]  # /status reads no finding rows: kept


def test_the_warm_up_leaves_watched_packages_and_their_releases_cached(client: TestClient,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("read_status", "read_package", "read_release"):
        monkeypatch.setattr(status_route, name, lambda *a, **k: pytest.fail("read on request after the warm-up"))
    paths = ("/status", "/", "/status/packages/werkzeug", "/packages/flask-login", "/status/releases/werkzeug/3.0.0",
             "/releases/werkzeug/2.3.0")
    assert [client.get(path).status_code for path in paths] == [200] * len(paths)


def test_status_paginates_packages(client: TestClient) -> None:
    first = client.get("/status", params={"per_page": 1}).json()
    second = client.get("/status", params={"per_page": 1, "page": 2}).json()
    assert [p["name"] for p in first["packages"]] == ["flask-login"]
    assert first["packages_page"] == {"page": 1, "per_page": 1, "total": 2, "next_page": 2}
    assert [p["name"] for p in second["packages"]] == ["werkzeug"] and second["packages_page"]["next_page"] is None
    for params in ({"per_page": 0}, {"per_page": 201}, {"page": 0}, {"page": "x"}):
        assert client.get("/status", params=params).status_code == 422


def test_etag_gives_304_until_the_data_changes(client: TestClient, engine: Engine,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(status_route, "CHECK_SECONDS", 0.0)
    client.app.state.change_token = None  # the warm-up's, checked at most once a second
    etag = client.get("/status/packages/werkzeug").headers["etag"]
    again = client.get("/status/packages/werkzeug", headers={"If-None-Match": etag})
    assert (again.status_code, again.content, again.headers["etag"]) == (304, b"", etag)
    assert again.headers["cache-control"] == "public, max-age=10"
    status_tag = client.get("/status").headers["etag"]
    assert client.get("/status", headers={"If-None-Match": status_tag}).status_code == 304
    with Session(engine) as s:
        s.add(Release(package="werkzeug", version="3.0.1", upload_time=T0 + timedelta(days=9)))
        s.commit()
    assert client.get("/status/packages/werkzeug", headers={"If-None-Match": etag}).status_code == 200
    assert client.get("/status", headers={"If-None-Match": status_tag}).status_code == 200


def test_package_detail(client: TestClient) -> None:
    body = client.get("/status/packages/Werkzeug").json()
    assert (body["name"], body["watched"], body["latest_version"], body["risk"]) == ("werkzeug", True, "3.0.0", None)
    assert [(r["version"], r["analysis_state"], r["compared_with"], r["changes"], r["changes_by_kind"])
            for r in body["releases"]] == [
        ("3.0.1rc1", "pending", None, None, {}),
        ("3.0.0", "analysed", "2.3.0", 2, {"removed": 2}),
        ("2.3.0", "analysed", "2.2.3", 1, {"deprecated": 1}),
        ("2.2.3", "baseline", None, None, {}),
    ]
    assert body["latest_diff"] == "2.3.0..3.0.0" and body["latest_changes_total"] == 2
    assert [Change.model_validate(c) for c in body["latest_changes"]] == [URL_DECODE, URL_ENCODE]
    page = client.get("/status/packages/werkzeug", params={"per_page": 3, "page": 2}).json()
    assert [r["version"] for r in page["releases"]] == ["2.2.3"]
    assert page["releases_page"] == {"page": 2, "per_page": 3, "total": 4, "next_page": None}


def test_package_risk_comes_from_the_stored_assessment(client: TestClient) -> None:
    body = client.get("/status/packages/Flask_Login").json()
    assert body["risk"] == {
        "level": "high", "confidence": 1.0, "assessed_at": "2023-10-01T12:00:00Z",
        "reasons": ["1 person made 94% of commits in 12 months; 14 commits merged since 0.6.2, oldest 24 days old, "
                    "no release", "latest release (0.6.2) 455 days ago, 0 releases in 12 months"],
    }
    assert body["latest_diff"] is None and body["latest_changes"] == []


def test_unknown_package_is_404(client: TestClient) -> None:
    response = client.get("/status/packages/not-watched")
    assert (response.status_code, response.json()) == (404, {"detail": "not found"})


def test_public_repo(client: TestClient) -> None:
    response = client.get("/status/repos/Octo-Org/public-app")
    body = response.json()
    assert response.status_code == 200 and response.headers["cache-control"] == "public, max-age=10"
    assert (body["full_name"], body["private"], body["default_branch"], body["last_scan_sha"],
            body["last_scanned_at"]) == ("octo-org/Public-App", False, "main", "a" * 40, "2023-10-01T12:00:00Z")
    assert [(a["package"], a["version"], a["state"], a["issue_number"], a["pr_number"]) for a in body["open_actions"]] \
        == [("werkzeug", "3.0.0", "sent", 12, 13)]
    assert [(f["symbol"], f["path"], f["line"], f["guarded"]) for f in body["findings"]] == [
        ("werkzeug.urls.url_decode", "app/auth.py", 3, False),
        ("werkzeug.urls.url_encode", "app/b.py", 1, False),
        ("werkzeug.urls.url_encode", "app/a.py", 9, True),
    ]
    assert body["findings_page"] == {"page": 1, "per_page": 50, "total": 3, "next_page": None}
    second = client.get("/status/repos/octo-org/public-app", params={"per_page": 2, "page": 2}).json()
    assert [f["path"] for f in second["findings"]] == ["app/a.py"]
    assert second["findings_page"] == {"page": 2, "per_page": 2, "total": 3, "next_page": None}


@pytest.fixture
def private_setup(tmp_path: Path, migrated_url: str, engine: Engine,
                  fake_github: FakeGitHub) -> Iterator[tuple[TestClient, FakeGitHub]]:
    seed(engine)
    settings = make_settings(tmp_path, migrated_url, github_api_url=fake_github.base_url)
    reader = fake_github.add_installation(77, account="octo-org", repos=("octo-org/secret-app",))
    stranger = fake_github.add_installation(78, account="elsewhere")
    fake_github.add_repo("octo-org", "secret-app", {"README.md": "hi"}, private=True, installation=reader.id)
    expiry = fake_github.now() + 3600
    fake_github.tokens["ghs_can_read"] = Token("ghs_can_read", reader.id, expiry)
    fake_github.tokens["ghs_cannot"] = Token("ghs_cannot", stranger.id, expiry)
    app = create_app(settings, start_scheduler=False)
    app.state.repo_access = RepoAccess(settings, transport=httpx.ASGITransport(app=fake_github.app))
    with TestClient(app) as client:
        yield client, fake_github


def test_private_repo_needs_a_token_that_can_read_it(private_setup: tuple[TestClient, FakeGitHub],
                                                    caplog: pytest.LogCaptureFixture) -> None:
    client, fake = private_setup
    caplog.set_level(logging.DEBUG)
    missing = client.get("/status/repos/octo-org/no-such-repo")
    assert (missing.status_code, missing.json()) == (404, {"detail": "not found"})
    for headers in ({}, {"Authorization": "Bearer ghs_cannot"}, {"Authorization": "token ghs_can_read"},
                    {"Authorization": "Bearer ghs_expired"}, {"Authorization": "Bearer "}):
        denied = client.get("/status/repos/octo-org/secret-app", headers=headers)
        assert (denied.status_code, denied.content) == (404, missing.content)
        assert "secret" not in denied.text
    allowed = client.get("/status/repos/octo-org/secret-app", headers={"Authorization": "Bearer ghs_can_read"})
    assert allowed.status_code == 200
    assert allowed.headers["cache-control"] == "private, no-cache" and allowed.headers["vary"] == "Authorization"
    body = allowed.json()
    assert (body["full_name"], body["private"], [f["path"] for f in body["findings"]]) == (
        "octo-org/secret-app", True, ["secret_plan.py"])
    asked = len(fake.calls(path="/repos/octo-org/secret-app"))
    assert client.get("/status/repos/octo-org/secret-app",
                      headers={"Authorization": "Bearer ghs_can_read"}).status_code == 200
    assert len(fake.calls(path="/repos/octo-org/secret-app")) == asked  # answered from the short cache
    assert all("ghs_can_read" not in r.getMessage() and "ghs_can_read" not in str(r.__dict__) for r in caplog.records)


def test_private_repo_when_github_is_unreachable_is_404(tmp_path: Path, migrated_url: str, engine: Engine) -> None:
    seed(engine)
    settings = make_settings(tmp_path, migrated_url, github_api_url="http://127.0.0.1:9")

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    app = create_app(settings, start_scheduler=False)
    app.state.repo_access = RepoAccess(settings, transport=httpx.MockTransport(refuse))
    with TestClient(app) as client:
        response = client.get("/status/repos/octo-org/secret-app", headers={"Authorization": "Bearer t"})
    assert (response.status_code, response.json()) == (404, {"detail": "not found"})


HOSTILE_PATHS = [
    "/status/packages/..%2F..%2Fetc%2Fpasswd",
    "/status/packages/%2E%2E",
    "/status/packages/" + "a" * 5000,
    "/status/packages/%FF%FE",
    "/status/packages/flask%00login",
    "/status/packages/flask login",
    "/status/repos/..%2F..%2Fetc/passwd",
    "/status/repos/octo-org/%2E%2E",
    "/status/repos/octo-org/%2E",
    "/status/repos/%2E%2E/secret-app",
    "/status/repos/" + "o" * 5000 + "/x",
    "/status/repos/octo-org/" + "r" * 101,
    "/status/repos/%C3%28/x",
    "/status/repos/octo-org/%FF",
    "/status/repos/-octo/x",
    "/status/repos/octo-org/secret-app%2F..%2F..",
    "/status/repos/octo-org/secret-app%00",
    "/status/repos/octo-org",
]


def test_hostile_paths_get_4xx(client: TestClient) -> None:
    """One seeded app per backend for the whole table (each path answered independently)."""
    answers = {path: client.get(path) for path in HOSTILE_PATHS}
    assert {path: r.status_code for path, r in answers.items() if not 400 <= r.status_code < 500} == {}
    assert [path for path, r in answers.items() if "secret" in r.text] == []


def test_status_routes_are_in_the_openapi_schema(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/status", "/status/packages/{name}", "/status/repos/{owner}/{repo}"} <= set(schema["paths"])
    components = schema["components"]["schemas"]
    assert {"Status", "PackageDetail", "RepoDetail", "FindingStatus", "ActionStatus", "RiskStatus", "Page"} <= set(
        components)
    repo_get = schema["paths"]["/status/repos/{owner}/{repo}"]["get"]
    assert repo_get["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/RepoDetail"}
    assert {p["name"] for p in repo_get["parameters"]} == {"owner", "repo", "page", "per_page", "authorization"}


def test_an_undeclared_import_finding_has_no_requirement_line_on_the_repository_answer() -> None:
    from bot.findings.outcome import Finding, Flavour
    from bot.web.status_read import _requirement

    finding = Finding(repo="o/r", sha="a" * 40, package="werkzeug", display_name="werkzeug", version="3.0.0",
                      flavour=Flavour.REMOVAL, requirement=None, uses=(), changes=())
    assert _requirement(finding.model_dump_json()) == {"suggested_requirement": "werkzeug<3"}
