"""The fake GitHub holds itself and the bot to GitHub's contract, and behaves like GitHub where tests rely on it."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import jwt
import pytest

from bot.adapters.github import GitHubApp
from tests.fake_github import FakeGitHub
from tests.fake_github.contract import ENV_VAR, Contract, contract_dir, missing_reason


@pytest.fixture
def seeded(fake_github: FakeGitHub) -> FakeGitHub:
    fake_github.add_installation(5, account="octo-org")
    fake_github.add_repo("octo-org", "demo", files={"pkg/__init__.py": "import flask\n", "setup.cfg": "[x]\n"},
                         installation=5)
    return fake_github


async def test_request_breaking_the_contract_is_recorded(require_contract: Contract, seeded: FakeGitHub,
                                                         github_app: GitHubApp) -> None:
    async with github_app.installation(5) as gh:
        await gh.post("/repos/octo-org/demo/issues", data={"title": 1.5})
    assert len(seeded.violations) == 1
    assert seeded.violations[0].startswith("request POST /repos/octo-org/demo/issues: InvalidRequestBody")
    seeded.violations.clear()


async def test_operation_outside_the_contract_is_recorded(require_contract: Contract, seeded: FakeGitHub,
                                                          github_app: GitHubApp) -> None:
    async with github_app.installation(5) as gh:
        with pytest.raises(Exception, match="404"):
            await gh.getitem("/repos/octo-org/demo/git/refs/heads")
    assert seeded.violations == ["GET /repos/octo-org/demo/git/refs/heads: not an operation of the contract"]
    seeded.violations.clear()


async def test_response_breaking_the_contract_is_recorded(require_contract: Contract, seeded: FakeGitHub,
                                                          github_app: GitHubApp) -> None:
    seeded.add_label("octo-org", "demo", "dependencies").color = None  # type: ignore[assignment]
    async with github_app.installation(5) as gh:
        await gh.getitem("/repos/octo-org/demo/labels")
    assert len(seeded.violations) == 1
    assert seeded.violations[0].splitlines()[:2] == [
        "response 200 to GET /repos/octo-org/demo/labels: InvalidData", "  at /0/color: None for not nullable"]
    seeded.violations.clear()


def test_contract_dir_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    assert contract_dir() is None
    assert missing_reason().startswith(f"GitHub contract not found: set {ENV_VAR}")
    (tmp_path / "openapi-subset.json").write_text("{}")
    assert contract_dir() == tmp_path


async def test_fake_works_without_contract(github_private_key: str) -> None:
    fake = FakeGitHub(1, "unused", contract=None)
    fake.add_installation(2)
    fake.tokens["ghs_x"] = __import__("tests.fake_github.state", fromlist=["Token"]).Token("ghs_x", 2, time.time() + 60)
    fake.add_repo("octo-org", "demo", files={"a.py": "x = 1\n"}, installation=2)
    async with fake.client() as client:
        response = await client.get("/repos/octo-org/demo", headers={"authorization": "token ghs_x"})
    assert (response.status_code, response.json()["full_name"]) == (200, "octo-org/demo")
    assert fake.violations == []


async def test_pagination_follows_link_headers(seeded: FakeGitHub, github_app: GitHubApp) -> None:
    for i in range(35):
        seeded.add_label("octo-org", "demo", f"label-{i:02d}")
    async with github_app.installation(5) as gh:
        names = [lab["name"] async for lab in gh.getiter("/repos/octo-org/demo/labels")]
    assert names == [f"label-{i:02d}" for i in range(35)]
    assert len(seeded.calls("GET /repos/{owner}/{repo}/labels")) == 2


@pytest.mark.parametrize(
    ("claims", "message"),
    [
        ({"iss": "4242", "iat": -700, "exp": -100}, "'Expiration time' claim ('exp') is too far in the past"),
        ({"iss": "4242", "iat": -60, "exp": 1200}, "'Expiration time' claim ('exp') is too far in the future"),
        ({"iss": "9999", "iat": -60, "exp": 500}, "'Issuer' claim ('iss') must be the App's id"),
    ],
    ids=["expired", "too-long", "other-app"],
)
async def test_bad_app_jwt_is_401(fake_github: FakeGitHub, github_private_key: str, claims: dict[str, object],
                                  message: str) -> None:
    now = int(time.time())
    payload = {k: (v if k == "iss" else now + int(v)) for k, v in claims.items()}  # type: ignore[arg-type]
    token = jwt.encode(payload, github_private_key, algorithm="RS256")
    async with fake_github.client() as client:
        response = await client.get("/app", headers={"authorization": f"Bearer {token}"})
    assert (response.status_code, response.json()["message"]) == (401, message)


async def test_token_reaches_only_its_installations_repositories(seeded: FakeGitHub, github_app: GitHubApp) -> None:
    seeded.add_installation(6, account="elsewhere")
    seeded.add_repo("elsewhere", "private", files={"a.py": ""}, installation=6)
    token = await github_app.installation_token(5)
    async with seeded.client() as client:
        mine = await client.get("/repos/octo-org/demo", headers={"authorization": f"token {token}"})
        theirs = await client.get("/repos/elsewhere/private", headers={"authorization": f"token {token}"})
        anonymous = await client.get("/repos/octo-org/demo")
    assert [mine.status_code, theirs.status_code, anonymous.status_code] == [200, 404, 401]


async def test_recursive_tree_and_contents_put(seeded: FakeGitHub, github_app: GitHubApp) -> None:
    async with github_app.installation(5) as gh:
        tree = await gh.getitem("/repos/octo-org/demo/git/trees/main?recursive=1")
        current = await gh.getitem("/repos/octo-org/demo/contents/setup.cfg")
        updated = await gh.put("/repos/octo-org/demo/contents/setup.cfg",
                               data={"message": "cap", "content": "W3ldCg==", "sha": current["sha"]})
        with pytest.raises(Exception, match="409"):
            await gh.put("/repos/octo-org/demo/contents/setup.cfg",
                         data={"message": "stale", "content": "W3ldCg==", "sha": current["sha"]})
    assert [(e["path"], e["type"]) for e in tree["tree"]] == [
        ("pkg", "tree"), ("pkg/__init__.py", "blob"), ("setup.cfg", "blob")]
    assert updated["commit"]["message"] == "cap"
    assert seeded.file("octo-org", "demo", "setup.cfg") == "[y]\n"
    assert seeded.repo("octo-org", "demo").head().author == "release-watch[bot]"


async def test_search_finds_our_marker(seeded: FakeGitHub, github_app: GitHubApp) -> None:
    seeded.add_issue("octo-org", "demo", "Werkzeug 3.0.0 removes APIs", body="x\n<!-- release-watch:key=a -->",
                     author="release-watch[bot]", author_type="Bot")
    seeded.add_issue("octo-org", "demo", "Unrelated", body="hello")
    async with github_app.installation(5) as gh:
        found = await gh.getitem("/search/issues{?q}", {"q": 'repo:octo-org/demo is:issue "release-watch:key=a"'})
    assert [(i["number"], i["title"]) for i in found["items"]] == [(1, "Werkzeug 3.0.0 removes APIs")]


def test_httpx_is_the_plain_one() -> None:
    import gidgethub.httpx

    assert gidgethub.httpx.httpx is httpx


def test_contract_copy_is_current() -> None:
    """tests/contract is a copy of ../shared/github: when the shared data changes, refresh the copy."""
    from tests.fake_github.contract import BUNDLED, SHARED

    if not SHARED.is_dir():
        pytest.skip("no ../shared/github beside the repository to compare the copy with")
    shared = {p.relative_to(SHARED): p.read_bytes() for p in SHARED.rglob("*") if p.is_file()}
    bundled = {p.relative_to(BUNDLED): p.read_bytes() for p in BUNDLED.rglob("*") if p.is_file()}
    assert bundled == shared, "refresh it: cp -r ../shared/github/. tests/contract/"


def test_every_fake_github_exchange_is_checked(github_contract: Contract) -> None:
    """The fixture's contract is the bundled copy, parsed: without it the fake fails loudly, never skips."""
    assert contract_dir() is not None
    assert github_contract.document["info"]["title"]


def test_absent_contract_fails_the_test_loudly(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from tests.fake_github.fixtures import _contract_directory

    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    with pytest.raises(pytest.fail.Exception, match="GitHub contract not found"):
        _contract_directory()
