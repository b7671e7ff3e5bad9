"""How the GitHub client's requests reach GitHub: aiohttp in service, or an httpx client handed in (the tests'
in-process fake GitHub, which has no socket).

aiohttp because the fleet is CPU-bound on GitHub calls: httpx spends ~1.1 ms of CPU a request where aiohttp spends
well under 0.1 ms (its connection pool hands out a free connection without polling every idle one, and its parser is
compiled); with 5-6 calls per repository evaluated that was ~40% of a replica's CPU."""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from typing import Protocol

import aiohttp
import certifi
import httpx
import yarl

Answer = tuple[int, Mapping[str, str], bytes]


class TransportFailed(Exception):
    """The exchange did not complete (refused, reset, timed out, cut short): a read may be repeated."""


class RequestFailed(Exception):
    """The HTTP client refused or failed the request for another reason."""


class Transport(Protocol):
    async def request(self, method: str, url: str, headers: Mapping[str, str], body: bytes) -> Answer:
        """Send one request: its status, headers (case-insensitive) and body; TransportFailed or RequestFailed."""
        ...

    async def aclose(self) -> None: ...


class HttpxTransport:
    """Requests through an httpx client the caller owns (closed by the caller)."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def request(self, method: str, url: str, headers: Mapping[str, str], body: bytes) -> Answer:
        try:
            response = await self.client.request(method, url, headers=dict(headers), content=body)
        except httpx.TransportError as e:
            raise TransportFailed(f"{type(e).__name__}: {e}") from e
        except httpx.HTTPError as e:
            raise RequestFailed(f"{type(e).__name__}: {e}") from e
        return response.status_code, response.headers, response.content

    async def aclose(self) -> None:
        return None


class AiohttpTransport:
    """Requests through one aiohttp session per process (made on first use, inside the running loop), keeping
    httpx's habits: the certifi CA bundle, proxies from the environment, each connect and read bounded by
    `timeout`, no redirect followed, URLs sent exactly as gidgethub encoded them."""

    def __init__(self, timeout: float) -> None:
        self.timeout = aiohttp.ClientTimeout(total=None, sock_connect=timeout, sock_read=timeout)
        self._session: aiohttp.ClientSession | None = None

    def session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(ssl=ssl.create_default_context(cafile=certifi.where()))
            self._session = aiohttp.ClientSession(connector=connector, timeout=self.timeout, trust_env=True)
        return self._session

    async def request(self, method: str, url: str, headers: Mapping[str, str], body: bytes) -> Answer:
        try:
            async with self.session().request(
                method, yarl.URL(url, encoded=True), headers=headers, data=body or None, allow_redirects=False
            ) as response:
                return response.status, response.headers, await response.read()
        except (TimeoutError, aiohttp.ClientConnectionError, aiohttp.ClientPayloadError) as e:
            raise TransportFailed(f"{type(e).__name__}: {e}") from e
        except aiohttp.ClientError as e:
            raise RequestFailed(f"{type(e).__name__}: {e}") from e

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
