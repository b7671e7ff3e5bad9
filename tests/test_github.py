"""GitHubApp against the fake GitHub: JWT, tokens, ETags, rate limits, pacing and error mapping."""

from __future__ import annotations

import time

import httpx
import jwt
import pytest

from bot.adapters.github import BoundedCache, GitHubApp, WritePacer
from bot.errors import GitHubGone, GitHubNotFound, GitHubRateLimited, GitHubUnprocessable
from tests.fake_github import FakeGitHub

TOKENS = "POST /app/installations/{installation_id}/access_tokens"
REPO = "GET /repos/{owner}/{repo}"


@pytest.fixture
def seeded(fake_github: FakeGitHub) -> FakeGitHub:
    fake_github.add_installation(11, account="octo-org")
    fake_github.add_repo("octo-org", "demo", files={"requirements.txt": "werkzeug>=1.0.1\n"}, installation=11)
    return fake_github


def test_jwt_claims(github_app: GitHubApp, github_private_key: str) -> None:
    token = github_app.jwt()
    claims = jwt.decode(token, options={"verify_signature": False})
    now = time.time()
    assert claims["iss"] == "4242"
    assert now - 62 <= claims["iat"] <= now - 58
    assert claims["exp"] - claims["iat"] == 600
    assert jwt.get_unverified_header(token)["alg"] == "RS256"
    assert github_app.jwt() == token


async def test_app_endpoints(seeded: FakeGitHub, github_app: GitHubApp) -> None:
    seeded.add_delivery("guid-1", "push", None, 502, 11)
    installations = await github_app.list_installations()
    assert [i["id"] for i in installations] == [11]
    deliveries = await github_app.list_deliveries()
    assert [(d["guid"], d["status_code"]) for d in deliveries] == [("guid-1", 502)]
    await github_app.redeliver(deliveries[0]["id"])
    assert seeded.redelivery_requests == [deliveries[0]["id"]]


async def test_token_cached_until_near_expiry(seeded: FakeGitHub, github_app: GitHubApp) -> None:
    for _ in range(3):
        async with github_app.installation(11) as gh:
            assert (await gh.getitem("/repos/octo-org/demo"))["default_branch"] == "main"
    assert len(seeded.calls(TOKENS)) == 1
    seeded.token_lifetime = 200  # shorter than the renewal margin: every use asks for a new one
    await github_app.installation_token(11, renew=True)
    async with github_app.installation(11) as gh:
        await gh.getitem("/repos/octo-org/demo")
    assert len(seeded.calls(TOKENS)) == 3


async def test_token_fetched_on_first_call_only(seeded: FakeGitHub, github_app: GitHubApp) -> None:
    """A handler for a deleted or suspended installation holds a client it never uses: no token is asked for."""
    async with github_app.installation(11):
        pass
    assert seeded.calls(TOKENS) == []


async def test_expired_token_is_renewed_once(seeded: FakeGitHub, github_app: GitHubApp) -> None:
    async with github_app.installation(11) as gh:
        await gh.getitem("/repos/octo-org/demo")
        seeded.expire_tokens()
        repo = await gh.getitem("/repos/octo-org/demo")
    assert repo["full_name"] == "octo-org/demo"
    assert [c.status for c in seeded.calls(REPO)] == [200, 401, 304]
    assert len(seeded.calls(TOKENS)) == 2


async def test_etag_makes_repeat_reads_304(seeded: FakeGitHub, github_app: GitHubApp) -> None:
    async with github_app.installation(11) as gh:
        first = await gh.getitem("/repos/octo-org/demo")
        seeded.reset_calls()
        again = await gh.getitem("/repos/octo-org/demo")
    assert again == first
    assert [c.status for c in seeded.calls()] == [304]
    assert seeded.remaining[11] == seeded.rate_limit - 1  # the 304 cost nothing


async def test_secondary_rate_limit_waits_retry_after(seeded: FakeGitHub, github_app: GitHubApp) -> None:
    seeded.fail_secondary_rate_limit("POST", r"/issues$", retry_after=1)
    async with github_app.installation(11) as gh:
        started = time.monotonic()
        issue = await gh.post("/repos/octo-org/demo/issues", data={"title": "t", "body": "b"})
        waited = time.monotonic() - started
    assert issue["number"] == 1
    assert waited >= 1.0
    assert [c.status for c in seeded.calls("POST /repos/{owner}/{repo}/issues")] == [403, 201]
    assert len(seeded.issues("octo-org", "demo")) == 1


@pytest.mark.parametrize("status", [403, 429])
async def test_too_long_retry_after_is_reported(seeded: FakeGitHub, github_app: GitHubApp, status: int) -> None:
    seeded.fail("POST", r"/issues$", status, headers={"retry-after": "3600"}, message="secondary rate limit")
    async with github_app.installation(11) as gh:
        with pytest.raises(GitHubRateLimited) as info:
            await gh.post("/repos/octo-org/demo/issues", data={"title": "t"})
    assert info.value.retry_after == 3600.0
    assert seeded.issues("octo-org", "demo") == []


async def test_primary_rate_limit_waits_for_reset(seeded: FakeGitHub, github_app: GitHubApp) -> None:
    seeded.fail_primary_rate_limit("GET", r"/repos/octo-org/demo$", reset_in=0)
    async with github_app.installation(11) as gh:
        repo = await gh.getitem("/repos/octo-org/demo")
    assert repo["name"] == "demo"
    assert [c.status for c in seeded.calls(REPO)] == [403, 200]


async def test_server_errors_retried_on_reads_only(seeded: FakeGitHub, github_app: GitHubApp) -> None:
    seeded.fail("GET", r"/repos/octo-org/demo$", 502)
    seeded.fail("POST", r"/labels$", 502)
    async with github_app.installation(11) as gh:
        assert (await gh.getitem("/repos/octo-org/demo"))["name"] == "demo"
        with pytest.raises(Exception) as info:
            await gh.post("/repos/octo-org/demo/labels", data={"name": "x"})
    assert "502" in str(info.value)
    assert [c.status for c in seeded.calls("POST /repos/{owner}/{repo}/labels")] == [502]


@pytest.mark.parametrize(
    ("arrange", "call", "error"),
    [
        (lambda f: f.delete_repo("octo-org", "demo"), ("GET", "/repos/octo-org/demo", None), GitHubNotFound),
        (lambda f: None, ("GET", "/repos/octo-org/other", None), GitHubNotFound),
        (lambda f: f.fail("POST", r"/issues$", 410, message="Issues are disabled for this repo"),
         ("POST", "/repos/octo-org/demo/issues", {"title": "t"}), GitHubGone),
        (lambda f: f.add_label("octo-org", "demo", "dependencies"),
         ("POST", "/repos/octo-org/demo/labels", {"name": "dependencies"}), GitHubUnprocessable),
    ],
    ids=["deleted-repo", "unknown-repo", "issues-disabled", "label-exists"],
)
async def test_errors_are_mapped(seeded: FakeGitHub, github_app: GitHubApp, arrange, call, error) -> None:
    arrange(seeded)
    method, url, body = call
    async with github_app.installation(11) as gh:
        with pytest.raises(error) as info:
            if method == "GET":
                await gh.getitem(url)
            else:
                await gh.post(url, data=body)
    assert url in str(info.value)


async def test_statistics_asked_again_while_computing(seeded: FakeGitHub, github_app: GitHubApp) -> None:
    seeded.set_stats_computing("octo-org", "demo", times=2)
    async with github_app.installation(11) as gh:
        stats = await gh.getitem_when_ready("/repos/octo-org/demo/stats/contributors", delay=0.01)
    assert [s["author"]["login"] for s in stats] == ["octocat"]
    assert [c.status for c in seeded.calls("GET /repos/{owner}/{repo}/stats/contributors")] == [202, 202, 200]


async def test_writes_are_serialised_and_paced(seeded: FakeGitHub, github_settings, fake_github) -> None:
    async with GitHubApp(github_settings, http=fake_github.client(), writes_per_minute=2) as app:
        app.pacer(11).per_minute = 2
        async with app.installation(11) as gh:
            pacer = app.pacer(11)
            await gh.post("/repos/octo-org/demo/issues", data={"title": "a"})
            await gh.post("/repos/octo-org/demo/issues", data={"title": "b"})
            assert 59 < pacer.delay(time.monotonic()) <= 60


def test_pacer_hour_window() -> None:
    pacer = WritePacer(per_minute=80, per_hour=500)
    for i in range(500):
        pacer.record(float(i * 7))  # 500 writes spread over 3493 s: minute window fine, hour window full
    assert pacer.delay(3500.0) == pytest.approx(100.0)


def test_bounded_cache_evicts_least_recent() -> None:
    cache = BoundedCache(maxsize=2)
    cache["a"] = ("1", None, {}, None)
    cache["b"] = ("2", None, {}, None)
    assert cache["a"][0] == "1"
    cache["c"] = ("3", None, {}, None)
    assert sorted(cache) == ["a", "c"]


class _DropFirst(httpx.AsyncBaseTransport):
    """Fails the first request of each listed method as a server closing a keep-alive connection would."""

    def __init__(self, inner: httpx.AsyncBaseTransport, methods: set[str]) -> None:
        self.inner, self.methods, self.dropped = inner, set(methods), []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method in self.methods:
            self.methods.discard(request.method)
            self.dropped.append(request.method)
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        return await self.inner.handle_async_request(request)


async def test_reads_survive_a_dropped_connection_writes_do_not(seeded: FakeGitHub, github_settings) -> None:
    from bot.errors import GitHubError

    transport = _DropFirst(httpx.ASGITransport(app=seeded.app), {"GET", "PATCH"})
    async with GitHubApp(github_settings, http=httpx.AsyncClient(transport=transport, base_url=seeded.base_url)) as app:
        async with app.installation(11) as gh:
            assert (await gh.getitem("/repos/octo-org/demo"))["name"] == "demo"
            issue = await gh.post("/repos/octo-org/demo/issues", data={"title": "t"})
            with pytest.raises(GitHubError, match="RemoteProtocolError"):
                await gh.patch(f"/repos/octo-org/demo/issues/{issue['number']}", data={"title": "u"})
    assert transport.dropped == ["GET", "PATCH"]
    assert seeded.issues("octo-org", "demo")[0].title == "t"
