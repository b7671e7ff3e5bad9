"""How the GitHub client's requests reach GitHub: aiohttp in service, or an httpx client handed in (the tests'
in-process fake GitHub, which has no socket).

aiohttp because the fleet is CPU-bound on GitHub calls: httpx spends ~1.1 ms of CPU a request where aiohttp spends
well under 0.1 ms (its connection pool hands out a free connection without polling every idle one, and its parser is
compiled); with 5-6 calls per repository evaluated that was ~40% of a replica's CPU."""

from __future__ import annotations

import ssl
import urllib.parse
import urllib.request
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


def env_proxy(url: str) -> str | None:
    """The proxy the environment names for `url` (HTTPS_PROXY, ALL_PROXY, …), None when there is none or NO_PROXY
    exempts its host."""
    parts = urllib.parse.urlsplit(url)
    proxies = urllib.request.getproxies()
    proxy = proxies.get(parts.scheme) or proxies.get("all")
    if proxy is None or (parts.hostname and urllib.request.proxy_bypass(parts.hostname)):
        return None
    return proxy


class AiohttpTransport:
    """Requests through one aiohttp session per process (made on first use, inside the running loop), keeping
    httpx's habits: the certifi CA bundle, the environment's proxy for GitHub, each connect and read bounded by
    `timeout`, no redirect followed, URLs sent exactly as gidgethub encoded them.

    The proxy is read once (`base_url`'s): aiohttp's own reading of the environment (trust_env) looks for a netrc
    on an executor thread and parses the proxy variables on every request, which cost a quarter of the client's
    CPU."""

    def __init__(self, timeout: float, base_url: str) -> None:
        self.timeout = aiohttp.ClientTimeout(total=None, sock_connect=timeout, sock_read=timeout)
        self.proxy = env_proxy(base_url)
        self._session: aiohttp.ClientSession | None = None

    def session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(ssl=ssl.create_default_context(cafile=certifi.where()))
            self._session = aiohttp.ClientSession(connector=connector, timeout=self.timeout, proxy=self.proxy)
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
