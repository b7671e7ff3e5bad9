"""Async PyPI client: project JSON, artifact choice, verified downloads and a content-addressed cache."""

from __future__ import annotations

import asyncio
import email.utils
import hashlib
import json
import logging
import os
import random
import tempfile
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import quote, urljoin
from weakref import WeakValueDictionary

import httpx
from packaging.utils import canonicalize_name

from bot import __version__
from bot.adapters.archive import ExtractionLimits, safe_extract
from bot.config import Settings
from bot.errors import IntegrityError, NotFoundOnPyPI, PyPIError, UnreadableArchiveError
from bot.releases import ArtifactKind, ProjectInfo, ReleaseFile, artifact_candidates, choose_artifact, parse_project

logger = logging.getLogger(__name__)

USER_AGENT = f"release-watch/{__version__} (PyPI release watcher; +https://pypi.org/project/release-watch/)"
MAX_ARTIFACT_BYTES = 256 * 1024 * 1024
MAX_RETRY_AFTER_SECONDS = 120.0
RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})
PROJECTS_KEPT = 512
"""Project listings a client keeps, the latest used: the service's client lists every watched package each round and
every dependency a diff reads, for months; one evicted is listed again, one request."""


def retry_after_seconds(value: str | None) -> float | None:
    """Seconds to wait from a `Retry-After` header (delta-seconds or HTTP date), capped."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
        except (ValueError, TypeError):
            return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_SECONDS)


class PyPIClient:
    """One shared httpx.AsyncClient with bounded concurrency, retries and an artifact cache."""

    def __init__(
        self,
        settings: Settings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        retry_base_delay: float = 0.5,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        limits: ExtractionLimits = ExtractionLimits(),
    ) -> None:
        self.base_url = settings.pypi_url.rstrip("/") + "/"
        self.cache_dir = settings.resolved_cache_dir
        self.retries = settings.http_retries
        self.retry_base_delay = retry_base_delay
        self.extraction_limits = limits
        self.requests_sent = 0
        self._sleep = sleep
        self._semaphore = asyncio.Semaphore(settings.pypi_concurrency)
        self._locks: WeakValueDictionary[str, asyncio.Lock] = WeakValueDictionary()
        """An artifact's download or extraction lock, alive while a task holds or awaits it (the service's client
        kept one for every artifact it had ever read)."""
        self._projects: OrderedDict[str, ProjectInfo] = OrderedDict()
        self._unreadable: set[str] = set()
        """The sha256s of artifacts whose archive could not be read: their release's next candidate is analysed."""
        self._http = httpx.AsyncClient(
            transport=transport,
            timeout=httpx.Timeout(settings.http_timeout_seconds),
            headers={"User-Agent": USER_AGENT},
            follow_redirects=True,
        )

    async def __aenter__(self) -> PyPIClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the shared HTTP client."""
        await self._http.aclose()

    def _backoff(self, attempt: int, response: httpx.Response | None) -> float:
        told = retry_after_seconds(response.headers.get("Retry-After")) if response is not None else None
        if told is not None:
            return told
        return random.uniform(0, self.retry_base_delay * 2**attempt)

    async def _send(self, request: httpx.Request) -> httpx.Response:
        """Send with retries on timeouts, transport errors, 429 and 5xx; the body is streamed."""
        for attempt in range(self.retries + 1):
            response: httpx.Response | None = None
            try:
                async with self._semaphore:
                    self.requests_sent += 1
                    response = await self._http.send(request, stream=True)
                if response.status_code not in RETRYABLE_STATUS:
                    return response
                await response.aclose()
                problem = f"HTTP {response.status_code}"
            except (httpx.TimeoutException, httpx.TransportError) as e:
                problem = f"{type(e).__name__}: {e}"
            if attempt == self.retries:
                raise PyPIError(f"GET {request.url} failed after {attempt + 1} attempts: {problem}")
            delay = self._backoff(attempt, response)
            logger.warning("retrying %s in %.2fs (%s)", request.url, delay, problem)
            await self._sleep(delay)
        raise AssertionError("unreachable")

    async def _get_json(self, url: str) -> tuple[dict[str, Any], str]:
        response = await self._send(self._http.build_request("GET", url, headers={"Accept": "application/json"}))
        try:
            if response.status_code == 404:
                raise NotFoundOnPyPI(f"not found on PyPI: {url}")
            if response.status_code != 200:
                raise PyPIError(f"GET {url} answered HTTP {response.status_code}")
            body = await response.aread()
        finally:
            await response.aclose()
        try:  # a large project's JSON is megabytes: decoded (and parsed, below) off the event loop
            data = await asyncio.to_thread(json.loads, body)
        except ValueError as e:
            raise PyPIError(f"GET {url} returned invalid JSON: {e}") from e
        if not isinstance(data, dict):
            raise PyPIError(f"GET {url} returned JSON that is not an object")
        return data, str(response.url)

    async def project(self, name: str) -> ProjectInfo:
        """Fetch `/pypi/NAME/json` (one request) and parse it."""
        url = urljoin(self.base_url, f"pypi/{quote(canonicalize_name(name))}/json")
        data, final_url = await self._get_json(url)
        project = await asyncio.to_thread(parse_project, data, final_url)
        self._keep(project)
        return project

    async def project_if_changed(self, name: str, known_serial: int | None) -> ProjectInfo | None:
        """Like `project` (one request), but None, without parsing the releases, when `last_serial` is
        `known_serial`."""
        url = urljoin(self.base_url, f"pypi/{quote(canonicalize_name(name))}/json")
        data, final_url = await self._get_json(url)
        if known_serial is not None and data.get("last_serial") == known_serial:
            return None
        project = await asyncio.to_thread(parse_project, data, final_url)
        self._keep(project)
        return project

    def _keep(self, project: ProjectInfo) -> None:
        self._projects[project.name] = project
        self._projects.move_to_end(project.name)
        while len(self._projects) > PROJECTS_KEPT:
            self._projects.popitem(last=False)

    def fetched_projects(self) -> dict[str, ProjectInfo]:
        """The listings this client fetched (the latest `PROJECTS_KEPT`), by normalized name (as current as this
        client's lifetime)."""
        return dict(self._projects)

    async def _known_project(self, name: str) -> ProjectInfo:
        """The project as last fetched by this client, fetching it once if never seen (or no longer kept)."""
        cached = self._projects.get(canonicalize_name(name))
        if cached is None:
            return await self.project(name)
        self._projects.move_to_end(cached.name)
        return cached

    def _artifact_path(self, file: ReleaseFile) -> Path:
        return self.cache_dir / "artifacts" / file.sha256[:2] / file.sha256 / os.path.basename(file.filename)

    def unpacked_path(self, sha256: str) -> Path:
        """Where the artifact with this sha256 is (or will be) extracted."""
        return self.cache_dir / "unpacked" / sha256[:2] / sha256

    def _lock(self, key: str) -> asyncio.Lock:
        return self._locks.setdefault(key, asyncio.Lock())

    async def download(self, file: ReleaseFile) -> Path:
        """Download a release file into the cache, verifying its sha256 and size; cached files cost nothing."""
        target = self._artifact_path(file)
        async with self._lock(f"download:{file.sha256}"):
            if target.is_file():
                return target
            target.parent.mkdir(parents=True, exist_ok=True)
            logger.info("downloading", extra={"file": file.filename, "size": file.size})
            response = await self._send(self._http.build_request("GET", file.url))
            digest = hashlib.sha256()
            size = 0
            fd, tmp_name = tempfile.mkstemp(prefix=".download-", dir=target.parent)
            try:
                with os.fdopen(fd, "wb") as out:
                    if response.status_code != 200:
                        raise PyPIError(f"GET {file.url} answered HTTP {response.status_code}")
                    async for chunk in response.aiter_bytes():
                        size += len(chunk)
                        if size > MAX_ARTIFACT_BYTES:
                            raise PyPIError(f"{file.filename} is larger than {MAX_ARTIFACT_BYTES} bytes")
                        digest.update(chunk)
                        out.write(chunk)
                if digest.hexdigest() != file.sha256:
                    raise IntegrityError(
                        f"{file.filename}: sha256 {digest.hexdigest()} does not match PyPI's {file.sha256}"
                    )
                os.replace(tmp_name, target)
            except BaseException:
                Path(tmp_name).unlink(missing_ok=True)
                raise
            finally:
                await response.aclose()
        return target

    async def extract(self, file: ReleaseFile) -> Path:
        """Download (if needed) and safely extract a release file; returns the extraction directory."""
        archive = await self.download(file)
        dest = self.unpacked_path(file.sha256)
        async with self._lock(f"extract:{file.sha256}"):
            try:
                return await asyncio.to_thread(safe_extract, archive, dest, self.extraction_limits)
            except UnreadableArchiveError:
                self._unreadable.add(file.sha256)
                raise

    async def artifact(self, package: str, version: str, kind: ArtifactKind = "auto") -> ReleaseFile:
        """The file of a release that is analysed (from the project as last fetched; one request if never): the
        best one not found unreadable."""
        release = (await self._known_project(package)).release(version)
        return choose_artifact(release, kind, frozenset(self._unreadable))

    async def readable(self, package: str, version: str, kind: ArtifactKind = "auto") -> tuple[ReleaseFile, Path]:
        """The release's best artifact whose archive can be read, and its extraction: an unreadable one gives way
        to the next candidate (a wheel to the sdist). The file comes back so that what is kept of it is keyed by
        the sha256 of the file actually read."""
        release = (await self._known_project(package)).release(version)
        listed = artifact_candidates(release, kind)
        candidates = [f for f in listed if f.sha256 not in self._unreadable]
        if not candidates:
            unreadable = ", ".join(f.filename for f in listed)
            found = f" (unreadable: {unreadable})" if unreadable else ""
            raise NotFoundOnPyPI(
                f"{package} {version} has no readable {'' if kind == 'auto' else kind + ' '}artifact{found}"
            )
        for file in candidates[:-1]:
            try:
                return file, await self.extract(file)
            except UnreadableArchiveError as e:
                logger.warning("unreadable artifact, reading the next", extra={"file": file.filename, "error": str(e)})
        return candidates[-1], await self.extract(candidates[-1])

    async def unpacked(
        self, package: str, version: str, *, kind: ArtifactKind = "auto", sha256: str | None = None
    ) -> Path:
        """The extracted artifact of a release (the next candidate when one is unreadable); with a known `sha256`,
        that file only, and when already extracted no request is made."""
        if sha256 is not None and self.unpacked_path(sha256.lower()).is_dir():
            return self.unpacked_path(sha256.lower())
        if sha256 is None:
            return (await self.readable(package, version, kind))[1]
        file = await self.artifact(package, version, kind)
        if file.sha256 != sha256.lower():
            raise IntegrityError(f"{file.filename}: PyPI lists sha256 {file.sha256}, expected {sha256.lower()}")
        return await self.extract(file)

    async def small_file(self, url: str, sha256: str | None = None, limit: int = 1024 * 1024) -> bytes | None:
        """A small file (a PEP 658 `.metadata`), verified against `sha256` when given; None when it is absent."""
        response = await self._send(self._http.build_request("GET", url))
        try:
            if response.status_code == 404:
                return None
            if response.status_code != 200:
                raise PyPIError(f"GET {url} answered HTTP {response.status_code}")
            body = await response.aread()
        finally:
            await response.aclose()
        if len(body) > limit:
            raise PyPIError(f"GET {url} is larger than {limit} bytes")
        if sha256 and hashlib.sha256(body).hexdigest() != sha256:
            raise IntegrityError(f"{url}: sha256 {hashlib.sha256(body).hexdigest()} does not match PyPI's {sha256}")
        return body
