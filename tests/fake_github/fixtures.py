"""Pytest fixtures: a running fake GitHub, App credentials for it, and a `GitHubApp` pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from bot.config import Settings
from tests.fake_github import FakeGitHub
from tests.fake_github.contract import Contract, contract_dir, load_contract, missing_reason

APP_ID = 4242
WEBHOOK_SECRET = "it's a secret to everybody"


@pytest.fixture(scope="session")
def github_private_key() -> str:
    """A fresh RSA key (PEM) for the test App."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode()


def _contract_directory() -> Path:
    """The contract directory; its absence fails the test: the fake never runs unchecked."""
    directory = contract_dir()
    if directory is None:
        pytest.fail(missing_reason(), pytrace=False)
    return directory


@pytest.fixture(scope="session")
def github_contract() -> Contract:
    """The parsed OpenAPI contract."""
    return load_contract(_contract_directory())


@pytest.fixture
def require_contract(github_contract: Contract) -> Contract:
    """The contract, for tests about the contract itself."""
    return github_contract


@pytest.fixture(scope="session")
def webhook_examples() -> Path:
    """The directory of real webhook payloads."""
    return _contract_directory() / "webhooks"


@pytest.fixture
def fake_github(github_private_key: str, github_contract: Contract) -> Iterator[FakeGitHub]:
    """A fresh fake GitHub; the test fails if any exchange broke GitHub's contract."""
    public = serialization.load_pem_private_key(github_private_key.encode(), None).public_key()
    pem = public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    fake = FakeGitHub(APP_ID, pem, github_contract)
    yield fake
    if fake.violations:
        pytest.fail("GitHub contract violated:\n" + "\n\n".join(fake.violations), pytrace=False)


@pytest.fixture
def github_settings(fake_github: FakeGitHub, github_private_key: str, tmp_path: Path) -> Settings:
    """Settings for an App whose GitHub is the fake."""
    return Settings(
        _env_file=None, data_dir=tmp_path,  # type: ignore[call-arg]
        github_app_id=APP_ID, github_private_key=github_private_key,
        github_webhook_secret=WEBHOOK_SECRET, github_api_url=fake_github.base_url, http_retries=2,
    )


@pytest.fixture
async def github_app(github_settings: Settings, fake_github: FakeGitHub) -> AsyncIterator[Any]:
    """A `bot.adapters.github.GitHubApp` talking to the fake through an ASGI transport."""
    from bot.adapters.github import GitHubApp

    async with GitHubApp(github_settings, http=fake_github.client()) as app:
        yield app


@pytest.fixture
async def github_runtime(github_settings: Settings, engine: Any, github_app: Any) -> AsyncIterator[Any]:
    """A `Runtime` on the migrated test database whose GitHub is the fake."""
    from bot.adapters.pypi import PyPIClient
    from bot.runtime import Runtime

    async with PyPIClient(github_settings) as pypi:
        yield Runtime(settings=github_settings, engine=engine, pypi=pypi, github=github_app)


@pytest.fixture
async def webhook_poster(github_runtime: Any) -> AsyncIterator[Any]:
    """The bot's webhook router on an app holding `github_runtime`, with a client that posts signed deliveries."""
    import httpx
    from fastapi import FastAPI

    from bot.web.webhook import router
    from tests.fake_github.webhooks import WebhookPoster

    app = FastAPI()
    app.state.settings, app.state.runtime = github_runtime.settings, github_runtime
    app.include_router(router)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bot.test") as client:
        poster = WebhookPoster(app, client, WEBHOOK_SECRET)
        yield poster
        await poster.settle()
