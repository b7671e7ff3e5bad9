"""The HTML pages on seeded data: content, one read for both renderings, privacy, escaping, hostile paths, /docs."""

from __future__ import annotations

import html as markup
import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlmodel import Session

from bot.config import Settings
from bot.storage.models.actions import Action, ActionKind, ActionState, InstalledRepo
from bot.storage.models.pypi import Release
from bot.web import release_read
from bot.web.app import create_app
from bot.web.release_read import deprecation_timeline
from bot.web.routes import pages
from bot.web.routes import status as status_route
from bot.web.status_schema import DeprecationRemoval, ReleaseStatus
from bot.web.timeline import MAX_RELEASES, layout
from tests.pages_seed import BASE_RESPONSE_REMOVED, HOSTILE, seed_pages
from tests.test_status import RESPONSE_DEP, T0, URL_DECODE


@pytest.fixture
def client(settings: Settings, engine: Engine) -> Iterator[TestClient]:
    seed_pages(engine)
    with TestClient(create_app(settings, start_scheduler=False)) as client:
        yield client


def text(html: str) -> str:
    """The page's visible words, roughly: tags dropped, whitespace collapsed."""
    return markup.unescape(" ".join(re.sub(r"<[^>]+>", " ", html).split()))


def test_home_page(client: TestClient) -> None:
    response = client.get("/")
    page = text(response.text)
    assert response.status_code == 200 and response.headers["content-type"] == "text/html; charset=utf-8"
    assert "script-src" not in response.headers["content-security-policy"]  # default-src 'none': no script at all
    assert '<a href="/status"><code>/status</code></a>' in response.text
    assert "Open issues 1" in page and "Open pull requests 1" in page and "Installed repositories 3 in 2" in page
    # breaking releases newest first, with the repositories that have an open issue for each
    assert re.search(r"flask-login 0\.6\.3 0\.6\.2 .*? 1 0 werkzeug 3\.1\.0 3\.0\.0 .*? 1 0 werkzeug 3\.0\.0 2\.3\.0 "
                     r".*? 2 2", page), page
    assert re.search(r"werkzeug 3\.0\.0 \d+ years? ago 5 1 none", page), page  # watched: latest release and age


def test_package_page_renders_the_json_twin(client: TestClient) -> None:
    twin = client.get("/status/packages/werkzeug").json()
    html = client.get("/packages/Werkzeug").text
    page = text(html)
    assert '<a href="/status/packages/werkzeug">' in html
    assert [r["version"] for r in twin["releases"]] == ["3.1.0", "3.0.1rc1", "3.0.0", "2.3.0", "2.2.3"]
    assert [c["symbol"] for c in twin["releases"][2]["change_list"]] == [URL_DECODE.symbol, "werkzeug.urls.url_encode"]
    assert re.search(r"3\.1\.0 2023-10-31 analysed 3\.0\.0 1 removed removed werkzeug\.wrappers\.BaseResponse "
                     r"\(class\): deprecated since 2\.3\.0 3\.0\.1rc1 .*? 3\.0\.0 2023-10-03 analysed 2\.3\.0 2 removed "
                     r"removed werkzeug\.urls\.url_decode \(function\): removed in 3\.0\.0 werkzeug\.urls\.url_encode "
                     r"\(function\) 2\.3\.0 2023-10-02 analysed 2\.2\.3 1 deprecated deprecated "
                     r"werkzeug\.wrappers\.BaseResponse \(class\); deprecated since 2\.3\.0; hint: Use Response", page), page
    assert twin["deprecation_removals"] == [{"symbol": "werkzeug.wrappers.BaseResponse", "deprecated_in": "2.3.0",
                                             "removed_in": "3.1.0"}]
    assert twin["pending_deprecations"] == []
    assert "1 symbol deprecated in 2.3.0, removed in 3.1.0" in html  # the timeline arc, in words
    assert "3.0.0: breaks" in html and "2.3.0: deprecates" in html
    matrix = twin["compatibility"]
    assert matrix["versions"] == ["3.1.0", "3.0.0", "2.3.0"] and matrix["private_repositories"] == 1
    assert [(r["repo"], [c["verdict"] for c in r["cells"]]) for r in matrix["rows"]] == [
        ("octo-org/Public-App", ["no finding", "breaks", "no finding"])]
    assert "octo-org/Public-App no finding breaks 2 uses no finding" in page
    assert "1 private repository is counted but never shown" in page and "secret" not in html


def test_release_page(client: TestClient) -> None:
    twin = client.get("/status/releases/werkzeug/3.0.0")
    body = twin.json()
    assert twin.status_code == 200 and twin.headers["cache-control"] == "public, max-age=10"
    assert (body["compared_with"], body["changes_by_kind"], body["private_affected"], body["more_affected"]) == (
        "2.3.0", {"removed": 2}, 1, 0)
    assert [c["symbol"] for c in body["changes"]] == [URL_DECODE.symbol, "werkzeug.urls.url_encode"]
    assert [(a["repo"], a["verdict"], a["uses"], a["issue_number"], a["pr_number"]) for a in body["affected"]] == [
        ("octo-org/Public-App", "breaks", 2, 12, 13)]
    html = client.get("/releases/werkzeug/3.0.0").text
    page = text(html)
    assert "werkzeug.urls.url_decode function removed in 3.0.0" in page
    assert "octo-org/Public-App breaks 2 #12 #13" in page
    assert "1 private repository is affected too: counted, never shown" in page and "secret" not in html
    baseline = text(client.get("/releases/werkzeug/2.2.3").text)
    assert "recorded as the baseline" in baseline


def test_repo_page_shows_requirement_and_findings(client: TestClient) -> None:
    html = client.get("/repos/octo-org/public-app").text
    page = text(html)
    assert '<a href="/status/repos/octo-org/Public-App">' in html
    assert "Werkzeug>=1.0.1 (setup.py:8)" in page and "Werkzeug>=1.0.1,<3" in page and "#12 #13" in page
    assert "werkzeug.urls.url_decode removed app/auth.py:3 no werkzeug 3.0.0" in page
    assert "werkzeug.urls.url_encode removed app/a.py:9 yes werkzeug 3.0.0" in page


def test_private_repo_page_is_the_unknown_repo_page(client: TestClient) -> None:
    secret = client.get("/repos/octo-org/secret-app", headers={"Authorization": "Bearer anything"})
    unknown = client.get("/repos/octo-org/no-such-app")
    assert secret.status_code == unknown.status_code == 404
    assert secret.text == unknown.text.replace("no-such-app", "secret-app")
    assert "Private repositories are never shown on these pages" in secret.text and "secret_plan" not in secret.text


def test_analysed_text_is_escaped(client: TestClient) -> None:
    html = client.get("/packages/flask-login").text
    assert HOSTILE not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    for path, status in (("/packages/%3Cscript%3Ealert(1)", 400), ("/packages/%3Cscript%3Ealert(1)%3C%2Fscript%3E", 404),
                         ("/releases/%3Cscript%3E/1.0", 400)):
        asked = client.get(path)
        assert asked.status_code == status and "<script>" not in asked.text
        assert "&lt;script&gt;" in asked.text


PAGE_HOSTILE = [
    ("/packages/..%2F..%2Fetc%2Fpasswd", 404), ("/packages/%2E%2E", 400), ("/packages/" + "a" * 5000, 400),
    ("/packages/%FF%FE", 400), ("/packages/flask%00login", 400), ("/packages/not-watched", 404),
    ("/packages/a/b", 404), ("/packages/werkzeug?page=0", 400), ("/packages/werkzeug?page=x", 400),
    ("/?page=99999999999999999999", 400), ("/?page=" + "9" * 5000, 400), ("/?page=%C2%B2", 400),
    ("/?page=%D9%A1", 400), ("/releases/werkzeug/..", 404), ("/releases/werkzeug/%2E%2E", 400),
    ("/releases/werkzeug/3.0.0%00", 400), ("/releases/werkzeug/9.9.9", 404), ("/releases/<b>/1.0", 400),
    ("/releases/werkzeug/" + "1" * 500, 400), ("/repos/..%2F..%2Fetc/passwd", 404), ("/repos/octo-org/%2E%2E", 400),
    ("/repos/%C3%28/x", 400), ("/repos/octo-org/secret-app%00", 400), ("/repos/octo-org", 404),
    ("/repos/-octo/x", 400), ("/repos/octo-org/" + "r" * 101, 400), ("/repos/octo-org/public-app?page=-1", 400),
]


def test_hostile_page_paths_get_400_or_404_pages(client: TestClient) -> None:
    """One seeded app for the whole table (each path answered independently)."""
    answers = {path: client.get(path) for path, _ in PAGE_HOSTILE}
    assert {path: (r.status_code, r.headers["content-type"]) for path, r in answers.items()} == {
        path: (status, "text/html; charset=utf-8") for path, status in PAGE_HOSTILE}
    assert [path for path, r in answers.items() if "<script" in r.text or "secret_plan" in r.text] == []


def test_pages_have_etags_and_follow_the_reads(client: TestClient, engine: Engine,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(status_route, "CHECK_SECONDS", 0.0)
    client.app.state.change_token = None  # the warm-up's, checked at most once a second
    first = client.get("/packages/werkzeug")
    again = client.get("/packages/werkzeug", headers={"If-None-Match": first.headers["etag"]})
    assert (again.status_code, again.content, first.headers["cache-control"]) == (304, b"", "public, max-age=10")
    with Session(engine) as s:
        s.add(Release(package="werkzeug", version="3.2.0", upload_time=T0 + timedelta(days=60)))
        s.commit()
    changed = client.get("/packages/werkzeug", headers={"If-None-Match": first.headers["etag"]})
    assert changed.status_code == 200 and ">3.2.0</a>" in changed.text  # a new read is a new rendering
    home = client.get("/")
    assert home.headers["cache-control"] == "no-cache"
    assert client.get("/", headers={"If-None-Match": home.headers["etag"]}).status_code == 304


def test_a_page_is_rendered_once_per_answer_and_again_after_a_minute(client: TestClient,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Its "… ago" ages stay at most RENDER_SECONDS old though the answer itself is unchanged for hours."""
    now, rendered = [1000.0], []
    monkeypatch.setattr(pages, "clock", lambda: now[0])
    html = pages._html
    monkeypatch.setattr(pages, "_html", lambda *a, **k: (rendered.append(a[0]), html(*a, **k))[1])
    client.app.state.rendered = None
    first = client.get("/packages/werkzeug")
    now[0] += pages.RENDER_SECONDS - 1
    assert client.get("/packages/werkzeug", headers={"If-None-Match": first.headers["etag"]}).status_code == 304
    assert rendered == ["package.html"]
    now[0] += 1
    assert client.get("/packages/werkzeug").text == first.text and rendered == ["package.html"] * 2


def test_docs_render_from_local_assets(client: TestClient) -> None:
    html = client.get("/docs").text
    sources = re.findall(r'(?:src|href)="([^"]+)"', html) + re.findall(r"url: '([^']+)'", html)
    assert sources and all(s.startswith("/") for s in sources), sources
    for asset in ("/static-offline-docs/swagger-ui-bundle.js", "/static-offline-docs/swagger-ui.css"):
        assert client.get(asset).status_code == 200
    assert "/status/releases/{package}/{version}" in client.get("/openapi.json").json()["paths"]
    assert client.get("/redoc").status_code == 404  # ReDoc's bundle fetches its logo from a CDN: not served


def test_deprecation_timeline_pairs_and_pending() -> None:
    later = RESPONSE_DEP.model_copy(update={"symbol": "werkzeug.x"})
    arrows, pending = deprecation_timeline({"3.1.0": [BASE_RESPONSE_REMOVED], "2.3.0": [RESPONSE_DEP, later],
                                            "3.0.0": [URL_DECODE]})
    assert arrows == [DeprecationRemoval(symbol=RESPONSE_DEP.symbol, deprecated_in="2.3.0", removed_in="3.1.0")]
    assert pending == [later]


def test_timeline_draws_the_newest_releases_and_only_their_arcs() -> None:
    releases = [ReleaseStatus(version=f"1.{i}.0", upload_time=None, yanked=False, is_prerelease=False,
                              analysis_state="analysed", compared_with=None, changes=1,
                              changes_by_kind={"removed": 1} if i % 2 else {"deprecated": 1})
                for i in reversed(range(MAX_RELEASES + 3))]
    pairs = [DeprecationRemoval(symbol="a", deprecated_in="1.4.0", removed_in="1.9.0"),
             DeprecationRemoval(symbol="b", deprecated_in="1.4.0", removed_in="1.9.0"),
             DeprecationRemoval(symbol="c", deprecated_in="1.0.0", removed_in="1.9.0")]  # 1.0.0 is not drawn
    t = layout(releases, pairs)
    assert [m.version for m in t.marks][:2] == ["1.3.0", "1.4.0"] and t.left_out == 3
    assert [(a.count, a.label) for a in t.arcs] == [(2, "2 symbols deprecated in 1.4.0, removed in 1.9.0")]
    assert [m.breaks for m in t.marks[:2]] == [True, False] and t.arcs[0].x1 < t.arcs[0].x2 <= t.width


def test_long_lists_are_cut_and_counted(client: TestClient, engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the first public repositories (by name) are listed; the others, and private ones, are counted."""
    monkeypatch.setattr(release_read, "MATRIX_ROWS", 1)
    monkeypatch.setattr(release_read, "AFFECTED_SHOWN", 1)
    with Session(engine) as s:
        for i, name in enumerate(("Alpha/App", "zulu/app")):
            s.add(InstalledRepo(name=name.lower(), full_name=name, installation_id=3, private=False))
            s.add(Action(key=f"{name.lower()}:werkzeug==3.0.0", kind=ActionKind.FINDING, repo=name,
                         installation_id=3, package="werkzeug", version="3.0.0", state=ActionState.DRY_RUN,
                         want_open=i == 0))
        s.commit()
    matrix = client.get("/status/packages/werkzeug").json()["compatibility"]
    assert ([r["repo"] for r in matrix["rows"]], matrix["more_repositories"], matrix["private_repositories"]) == (
        ["Alpha/App"], 2, 1)
    body = client.get("/status/releases/werkzeug/3.0.0").json()
    assert ([(a["repo"], a["verdict"], a["uses"]) for a in body["affected"]], body["more_affected"],
            body["private_affected"]) == ([("Alpha/App", "breaks", 0)], 2, 1)
    assert "2 more public repositories are not listed" in client.get("/releases/werkzeug/3.0.0").text
