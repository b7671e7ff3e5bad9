"""The GitHub client in service (no httpx client handed in) talks over sockets with aiohttp: the fake GitHub served
on loopback, its contract checked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.adapters.github import GitHubApp
from bot.adapters.github_http import AiohttpTransport, env_proxy
from bot.config import Settings
from bot.errors import GitHubError, GitHubNotFound
from tests.fake_github import FakeGitHub
from tests.fleet import Loopback, free_port

TOKENS = "POST /app/installations/{installation_id}/access_tokens"
REPO = "GET /repos/{owner}/{repo}"


@pytest.fixture
def served(fake_github: FakeGitHub, github_settings: Settings) -> Iterator[Settings]:
    fake_github.add_installation(11, account="octo-org")
    fake_github.add_repo("octo-org", "demo", files={"requirements.txt": "werkzeug>=1.0.1\n"}, installation=11)
    server = Loopback(fake_github.app)
    yield github_settings.model_copy(update={"github_api_url": server.url})
    server.stop()


async def test_reads_writes_and_conditional_reads_over_aiohttp(served: Settings, fake_github: FakeGitHub) -> None:
    fake_github.add_issue("octo-org", "demo", "Werkzeug 3.0.0 removes APIs", body="x\n<!-- release-watch:key=a b -->",
                          author="release-watch[bot]", author_type="Bot")
    async with GitHubApp(served) as app:
        assert isinstance(app.transport, AiohttpTransport)
        async with app.installation(11) as gh:
            first = await gh.getitem("/repos/octo-org/demo")
            again = await gh.getitem("/repos/octo-org/demo")  # asked with its ETag: 304, answered from the cache
            # the query is sent as gidgethub encoded it (quotes, spaces, colons)
            found = await gh.getitem("/search/issues{?q}", {"q": 'repo:octo-org/demo is:issue "release-watch:key=a b"'})
            issue = await gh.post("/repos/octo-org/demo/issues", data={"title": "t", "body": "b"})
            with pytest.raises(GitHubNotFound):
                await gh.getitem("/repos/octo-org/absent")
        transport = app.transport
    assert first == again and first["default_branch"] == "main"
    assert [i["number"] for i in found["items"]] == [1]
    assert [i.title for i in fake_github.issues("octo-org", "demo")] == ["Werkzeug 3.0.0 removes APIs", "t"]
    assert issue["number"] == 2
    assert [c.status for c in fake_github.calls(REPO)] == [200, 304, 404]
    assert len(fake_github.calls(TOKENS)) == 1
    assert transport._session is None  # closed with the App


async def test_unreachable_github_is_a_github_error(github_settings: Settings) -> None:
    settings = github_settings.model_copy(update={"github_api_url": f"http://127.0.0.1:{free_port()}"})
    async with GitHubApp(settings) as app:
        with pytest.raises(GitHubError, match="ClientConnectorError"):
            await app.list_installations()


def test_proxy_read_once_from_the_environment(monkeypatch: pytest.MonkeyPatch, github_settings: Settings) -> None:
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY",
                 "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    assert env_proxy("https://api.github.com") is None
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.internal:3128")
    assert env_proxy("https://api.github.com") == "http://proxy.internal:3128"
    assert env_proxy("http://127.0.0.1:8080") is None  # no HTTP_PROXY for a plain-HTTP GitHub
    app = GitHubApp(github_settings.model_copy(update={"github_api_url": "https://api.github.com"}))
    assert isinstance(app.transport, AiohttpTransport) and app.transport.proxy == "http://proxy.internal:3128"
    monkeypatch.setenv("NO_PROXY", "api.github.com")
    assert env_proxy("https://api.github.com") is None
