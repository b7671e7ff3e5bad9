"""What a fake GitHub route receives (`Ctx`) and raises (`HTTPFail`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request

from tests.fake_github.state import FakeState


class HTTPFail(Exception):
    """Raised by a route to answer with an error status."""

    def __init__(self, status: int, message: str, errors: list[dict[str, str]] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.errors = status, message, errors


@dataclass
class Ctx:
    """What a route gets: the state, the path parameters, the query, the JSON body and the caller."""

    fake: FakeState
    request: Request
    params: dict[str, Any]
    body: Any
    installation_id: int | None
    headers: dict[str, str] = field(default_factory=dict)
    unchecked_because: str | None = None

    @property
    def query(self) -> Any:
        """The query parameters."""
        return self.request.query_params

    def repo(self) -> Any:
        """The repository named in the path, if this installation can reach it (404 otherwise, like GitHub)."""
        full = f"{self.params['owner']}/{self.params['repo']}"
        repo = self.fake.repos.get(full)
        inst = self.fake.installations.get(self.installation_id or -1)
        if repo is None or inst is None or full not in inst.repos:
            raise HTTPFail(404, "Not Found")
        return repo

    def page(self, items: list[Any]) -> list[Any]:
        """Slice a list by per_page/page and set the Link header GitHub pagination uses."""
        per_page = int(self.query.get("per_page", 30))
        page = int(self.query.get("page", 1))
        start = (page - 1) * per_page
        if start + per_page < len(items):
            params = dict(self.query) | {"page": str(page + 1), "per_page": str(per_page)}
            url = f"{self.request.url.scheme}://{self.request.url.netloc}{self.request.url.path}?{urlencode(params)}"
            self.headers["link"] = f'<{url}>; rel="next"'
        return items[start:start + per_page]


Handler = Callable[[Ctx], Awaitable[tuple[int, Any]]]
APP_AUTH = "app"
TOKEN_AUTH = "token"
