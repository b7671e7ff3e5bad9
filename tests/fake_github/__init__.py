"""A stateful fake GitHub (ASGI) that holds itself to GitHub's OpenAPI contract; see fixtures.py for the pytest side."""

from __future__ import annotations

import httpx

from tests.fake_github.contract import Contract
from tests.fake_github.server import build_app
from tests.fake_github.state import FakeState

BASE_URL = "http://fake-github.test"


class FakeGitHub(FakeState):
    """The fake's state plus its ASGI app; `violations` lists every contract mismatch seen."""

    def __init__(self, app_id: int, public_key_pem: str, contract: Contract | None,
                 app_slug: str = "release-watch") -> None:
        super().__init__(app_id, public_key_pem, app_slug)
        self.contract = contract
        self.app = build_app(self, contract)
        self.base_url = BASE_URL

    def client(self) -> httpx.AsyncClient:
        """An httpx client whose transport is this app (no sockets)."""
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), base_url=self.base_url)


__all__ = ["BASE_URL", "FakeGitHub"]
