"""The GitHub App client: App JWT, cached installation tokens, ETag cache, rate limits and write pacing (gidgethub)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict, deque
from collections.abc import AsyncIterator, Iterator, Mapping, MutableMapping
from contextlib import asynccontextmanager
from datetime import datetime
from types import TracebackType
from typing import Any, Protocol

import gidgethub
import gidgethub.httpx
import httpx
import jwt

from bot.config import Settings
from bot.errors import (
    ConfigError,
    GitHubError,
    GitHubGone,
    GitHubNotFound,
    GitHubRateLimited,
    GitHubUnprocessable,
)

log = logging.getLogger(__name__)

JWT_BACKDATE = 60  # GitHub recommends an iat 60 s in the past against clock drift
JWT_LIFETIME = 540  # exp - iat = 600 s, GitHub's maximum
TOKEN_MARGIN = 300  # an installation token is renewed 5 minutes before it expires
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
CacheEntry = tuple[str | None, str | None, Any, str | None]


class BoundedCache(MutableMapping[str, CacheEntry]):
    """An LRU mapping for gidgethub's ETag cache, holding at most `maxsize` URLs."""

    def __init__(self, maxsize: int = 1024) -> None:
        self.maxsize = maxsize
        self._data: OrderedDict[str, CacheEntry] = OrderedDict()

    def __getitem__(self, key: str) -> CacheEntry:
        value = self._data[key]
        self._data.move_to_end(key)
        return value

    def __setitem__(self, key: str, value: CacheEntry) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        while len(self._data) > self.maxsize:
            self._data.popitem(last=False)

    def __delitem__(self, key: str) -> None:
        del self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


class WritePacer:
    """Serialises one installation's content-creating requests: at most `per_minute` a minute, `per_hour` an hour."""

    def __init__(self, per_minute: int = 80, per_hour: int = 500) -> None:
        self.lock = asyncio.Lock()
        self.per_minute, self.per_hour = per_minute, per_hour
        self._sent: deque[float] = deque(maxlen=per_hour)

    def delay(self, now: float) -> float:
        """Seconds to wait before the next write may go out."""
        waits = [0.0]
        if len(self._sent) >= self.per_minute:
            waits.append(self._sent[-self.per_minute] + 60 - now)
        if len(self._sent) >= self.per_hour:
            waits.append(self._sent[-self.per_hour] + 3600 - now)
        return max(waits)

    def record(self, now: float) -> None:
        """Note a write sent at `now`."""
        self._sent.append(now)


class WriteBudget(Protocol):
    """Writes counted across processes (a fleet on PostgreSQL: `bot.storage.write_budget`)."""

    def reserve(self, installation_id: int, per_minute: int, per_hour: int) -> float:
        """Record one write now and return 0.0, or return the seconds to wait first (blocking: call in a thread)."""
        ...


class GitHubAPI(gidgethub.httpx.GitHubAPI):
    """gidgethub's httpx API with our auth, pacing, rate-limit hooks and error mapping."""

    def __init__(
        self, app: GitHubApp, installation_id: int | None, token: str | None, cache: BoundedCache | None
    ) -> None:
        super().__init__(app.http, app.settings.github_app_slug, cache=cache, base_url=app.base_url)
        self.app, self.installation_id, self.token = app, installation_id, token
        self._refreshed = False

    async def _request(
        self, method: str, url: str, headers: Mapping[str, str], body: bytes = b""
    ) -> tuple[int, Mapping[str, str], bytes]:
        """Send with the current credentials (a retried request picks up a refreshed token)."""
        headers = dict(headers)
        installation = self.installation_id is not None
        if self.installation_id is not None and self.token is None:  # first call: the token is fetched now
            self.token = await self.app.installation_token(self.installation_id)
        headers["authorization"] = f"token {self.token}" if installation else f"bearer {self.app.jwt()}"
        attempt = 0
        while True:
            attempt += 1
            try:
                return await super()._request(method, url, headers, body)
            except httpx.TransportError as e:
                # A read is safe to repeat (e.g. a keep-alive connection the server had just closed); a write is
                # not: it fails here and its action is retried by whoever owns it.
                if method != "GET" or attempt > self.app.retries:
                    raise GitHubError(f"{method} {url}: {type(e).__name__}: {e}") from e
                log.info("transport error; retrying", extra={"url": url, "error": type(e).__name__, "attempt": attempt})
                await self.sleep(min(0.1 * 2**attempt, 2.0))
            except httpx.HTTPError as e:
                raise GitHubError(f"{method} {url}: {type(e).__name__}: {e}") from e

    async def _make_request(self, method: str, url: str, *args: Any, **kwargs: Any) -> tuple[bytes, str | None, int]:
        """Serialise and pace writes per installation; turn gidgethub errors into ours."""
        try:
            if method in WRITE_METHODS and self.installation_id is not None:
                pacer = self.app.pacer(self.installation_id)
                async with pacer.lock:
                    if self.token is None:  # fetched first, so the write goes out right after it is counted
                        self.token = await self.app.installation_token(self.installation_id)
                    await self._pace(self.installation_id, pacer)
                    return await super()._make_request(method, url, *args, **kwargs)
            return await super()._make_request(method, url, *args, **kwargs)
        except gidgethub.HTTPException as e:
            raise _convert(e, method, url) from e

    async def _pace(self, installation_id: int, pacer: WritePacer) -> None:
        """Wait (asynchronously) until one more write keeps the installation within its limits, and count it: in
        the fleet-wide budget when there is one, else in this process's pacer."""
        budget = self.app.write_budget
        while True:
            if budget is None:
                wait = pacer.delay(time.monotonic())
            else:
                wait = await asyncio.to_thread(budget.reserve, installation_id, pacer.per_minute, pacer.per_hour)
            if wait <= 0:
                break
            log.info("pacing writes", extra={"installation_id": installation_id, "wait": wait})
            await self.sleep(wait)
        if budget is None:
            pacer.record(time.monotonic())

    async def manage_rate_limit(self, *, method: str, url: str) -> None:
        """Before a request: when the primary limit is spent, wait for its reset (or give up if that is too long)."""
        limit = self.rate_limit
        if limit is None or limit.remaining >= 0:
            return
        wait = limit.reset_datetime.timestamp() - time.time()
        if wait > 0:
            if wait > self.app.max_wait:
                raise GitHubRateLimited(f"primary rate limit spent until {limit.reset_datetime:%H:%M:%S}Z", wait)
            log.warning(
                "primary rate limit spent; waiting", extra={"installation_id": self.installation_id, "wait": wait}
            )
            await self.sleep(wait)

    async def handle_rate_limit_error(
        self, *, method: str, url: str, exception: gidgethub.HTTPException, attempt: int
    ) -> bool:
        """After a failure: refresh an expired token once, wait out Retry-After / reset, retry 5xx on GETs."""
        status = int(exception.status_code)
        if status == 401 and self.installation_id is not None and not self._refreshed:
            self._refreshed = True
            log.info("token rejected; renewing", extra={"installation_id": self.installation_id})
            self.token = await self.app.installation_token(self.installation_id, renew=True)
            return True
        wait = _retry_after(exception)
        if wait is not None and attempt <= self.app.retries:
            if wait > self.app.max_wait:
                return False
            log.warning(
                "rate limited; waiting",
                extra={"installation_id": self.installation_id, "status": status, "wait": wait, "attempt": attempt},
            )
            await self.sleep(wait)
            return True
        if status >= 500 and method == "GET" and attempt <= self.app.retries:
            await self.sleep(min(0.2 * 2**attempt, 5.0))
            return True
        return False

    async def getitem_when_ready(
        self, url: str, url_vars: Mapping[str, Any] | None = None, *, attempts: int = 4, delay: float = 1.0
    ) -> Any:
        """GET a statistics endpoint, asking again while GitHub answers 202 (computing); None if never ready."""
        for attempt in range(attempts):
            data, _, status = await self._make_request(
                "GET", url, url_vars or {}, b"", gidgethub.sansio.accept_format()
            )
            if status != 202:
                return data
            if attempt + 1 < attempts:
                await self.sleep(delay * 2**attempt)
        return None


def _retry_after(exception: gidgethub.HTTPException) -> float | None:
    """Seconds GitHub asked us to wait: Retry-After, or the reset of a spent limit; None when it is not a limit."""
    headers = exception.headers
    status = int(exception.status_code)
    if status not in (403, 429):
        return None
    if headers.get("retry-after") is not None:
        return max(float(headers["retry-after"]), 0.0)
    if headers.get("x-ratelimit-remaining") == "0" and headers.get("x-ratelimit-reset") is not None:
        return max(float(headers["x-ratelimit-reset"]) - time.time(), 0.0) + 1.0
    return 60.0 if status == 429 else None


def _convert(e: gidgethub.HTTPException, method: str, url: str) -> GitHubError:
    status = int(e.status_code)
    message = f"{method} {url}: {status} {e}"
    wait = _retry_after(e)
    if wait is not None:
        return GitHubRateLimited(message, wait)
    if status == 404:
        return GitHubNotFound(message)
    if status == 410:
        return GitHubGone(message)
    if status == 422:
        return GitHubUnprocessable(message)
    return GitHubError(message)


class GitHubApp:
    """The App: JWT for App endpoints, per-installation clients sharing one httpx client."""

    def __init__(
        self,
        settings: Settings,
        *,
        http: httpx.AsyncClient | None = None,
        max_wait: float = 60.0,
        writes_per_minute: int = 80,
        writes_per_hour: int = 500,
        cache_size: int = 1024,
        write_budget: WriteBudget | None = None,
    ) -> None:
        key = settings.private_key_pem()
        if settings.github_app_id is None or key is None:
            raise ConfigError("GitHub App id and private key are required (GITHUB_APP_ID, GITHUB_PRIVATE_KEY[_PATH])")
        self.settings, self.app_id, self._key = settings, settings.github_app_id, key
        self.base_url = settings.github_api_url.rstrip("/")
        self._owns_http = http is None
        self.http = http or httpx.AsyncClient(timeout=settings.http_timeout_seconds)
        self.max_wait, self.retries, self.cache_size = max_wait, settings.http_retries, cache_size
        self._limits = (writes_per_minute, writes_per_hour)
        self.write_budget = write_budget
        """Where writes are counted when several processes send for one installation (None: this process only)."""
        self._jwt: tuple[str, float] | None = None
        self._tokens: dict[int, tuple[str, float]] = {}
        self._token_locks: dict[int, asyncio.Lock] = {}
        self._pacers: dict[int, WritePacer] = {}
        self._caches: OrderedDict[int | None, BoundedCache] = OrderedDict()

    async def __aenter__(self) -> GitHubApp:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the HTTP client if this App created it."""
        if self._owns_http:
            await self.http.aclose()

    def jwt(self) -> str:
        """The App's JWT (RS256, iat 60 s back, 10 minutes' validity), reused until a minute before it expires."""
        now = time.time()
        if self._jwt is None or self._jwt[1] - 60 <= now:
            issued = int(now) - JWT_BACKDATE
            expires = issued + JWT_BACKDATE + JWT_LIFETIME
            token = jwt.encode({"iat": issued, "exp": expires, "iss": str(self.app_id)}, self._key, algorithm="RS256")
            self._jwt = (token, float(expires))
        return self._jwt[0]

    def pacer(self, installation_id: int) -> WritePacer:
        """The write pacer of one installation."""
        return self._pacers.setdefault(installation_id, WritePacer(*self._limits))

    def _cache(self, installation_id: int | None) -> BoundedCache:
        cache = self._caches.pop(installation_id, None) or BoundedCache(self.cache_size)
        self._caches[installation_id] = cache
        while len(self._caches) > 64:
            self._caches.popitem(last=False)
        return cache

    def app_api(self) -> GitHubAPI:
        """A client for App endpoints (authenticated with the JWT)."""
        return GitHubAPI(self, None, None, self._cache(None))

    async def installation_token(self, installation_id: int, *, renew: bool = False) -> str:
        """An installation access token, cached until shortly before it expires."""
        lock = self._token_locks.setdefault(installation_id, asyncio.Lock())
        async with lock:
            cached = self._tokens.get(installation_id)
            if cached is not None and not renew and cached[1] - TOKEN_MARGIN > time.time():
                return cached[0]
            data = await self.app_api().post(
                "/app/installations/{installation_id}/access_tokens", {"installation_id": installation_id}, data=b""
            )
            expires = datetime.fromisoformat(data["expires_at"].replace("Z", "+00:00")).timestamp()
            self._tokens[installation_id] = (data["token"], expires)
            log.info(
                "installation token issued",
                extra={"installation_id": installation_id, "expires_at": data["expires_at"]},
            )
            return str(data["token"])

    @asynccontextmanager
    async def installation(self, installation_id: int) -> AsyncIterator[GitHubAPI]:
        """`async with app.installation(id) as gh:` — a gidgethub client acting as that installation.

        The token is fetched on the first call, so a webhook for a deleted or suspended installation (which can
        have none) is handled without one."""
        yield GitHubAPI(self, installation_id, None, self._cache(installation_id))

    async def list_installations(self) -> list[dict[str, Any]]:
        """Every installation of the App."""
        return [item async for item in self.app_api().getiter("/app/installations")]

    async def list_deliveries(self, per_page: int = 100) -> list[dict[str, Any]]:
        """The App's most recent webhook deliveries, newest first (one page)."""
        data = await self.app_api().getitem("/app/hook/deliveries{?per_page}", {"per_page": per_page})
        return list(data)

    async def redeliver(self, delivery_id: int) -> None:
        """Ask GitHub to send a delivery again."""
        await self.app_api().post("/app/hook/deliveries/{delivery_id}/attempts", {"delivery_id": delivery_id}, data=b"")
