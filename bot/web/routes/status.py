"""`GET /status`, `/status/packages/{name}`, `/status/repos/{owner}/{repo}`: what the bot stored, for maintainers.

Every answer carries an ETag (304 on a matching If-None-Match) and Cache-Control. A private repository answers
only to `Authorization: Bearer <GitHub token>` of someone who can read it; otherwise it is 404, exactly like a
repository the bot does not know.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Header, HTTPException, Query, Request, Response
from pydantic import BaseModel
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from bot.releases import normalize_name
from bot.web.repo_access import RepoAccess
from bot.web.routes.read_cache import ReadCache
from bot.web.status_read import read_package, read_repo, read_status
from bot.web.status_schema import PackageDetail, Problem, RepoDetail, Status

router = APIRouter(tags=["status"])
T = TypeVar("T")

PACKAGE_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]{0,198}[A-Za-z0-9])?")
OWNER_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?")
REPO_RE = re.compile(r"[A-Za-z0-9._-]{1,100}")
PUBLIC_CACHE = "public, max-age=10"
PRIVATE_CACHE = "private, no-cache"
NOT_FOUND = "not found"
STATUS_CACHE_SECONDS = 1.0
"""`/status` counters aggregate every table: they are recomputed at most once a second per page."""
REPO_CACHE_SECONDS = 5.0
"""A repository's answer is read at most every 5 s per page (public answers may be cached 10 s downstream anyway)."""

PageNumber = Annotated[int, Query(ge=1, le=100_000, description="1-based page number.")]
PerPage = Annotated[int, Query(ge=1, le=200, description="Items per page.")]
ERRORS: dict[int | str, dict[str, object]] = {400: {"model": Problem}, 404: {"model": Problem}}


def _answer(request: Request, body: BaseModel, cache_control: str, exclude: set[str] | None = None) -> Response:
    """The JSON answer with ETag and Cache-Control; 304 when the client already holds this representation.

    `exclude` names fields left out of the (then weak) ETag because they change on every request (uptime).
    """
    content = body.model_dump_json().encode()
    stable = body.model_dump_json(exclude=exclude).encode() if exclude else content
    digest = hashlib.sha256(stable).hexdigest()[:32]
    etag = f'W/"{digest}"' if exclude else f'"{digest}"'
    headers = {"ETag": etag, "Cache-Control": cache_control}
    if cache_control == PRIVATE_CACHE:
        headers["Vary"] = "Authorization"
    wanted = {tag.strip().removeprefix("W/") for tag in request.headers.get("if-none-match", "").split(",")}
    if etag.removeprefix("W/") in wanted or "*" in wanted:
        return Response(status_code=304, headers=headers)
    return Response(content, media_type="application/json", headers=headers)


async def _read(engine: Engine, read: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a read: inline on SQLite, in the thread pool on a networked database.

    Under WAL a SQLite reader never waits for a writer, and these reads are a few indexed rows (well under a
    millisecond); handing them to a thread costs more CPU than the query itself. A server database can make the
    caller wait on the network, so there the read leaves the event loop.
    """
    if engine.dialect.name == "sqlite":
        return read(*args, **kwargs)
    return await run_in_threadpool(read, *args, **kwargs)


def _cache(request: Request, name: str, ttl: float, max_entries: int) -> ReadCache[Any]:
    caches: dict[str, ReadCache[Any]] | None = getattr(request.app.state, "read_caches", None)
    if caches is None:
        caches = request.app.state.read_caches = {}
    return caches.setdefault(name, ReadCache(ttl, max_entries))


def _access(request: Request) -> RepoAccess:
    access: RepoAccess | None = getattr(request.app.state, "repo_access", None)
    if access is None:
        access = request.app.state.repo_access = RepoAccess(request.app.state.settings)
    return access


def _bearer(authorization: str | None) -> str | None:
    scheme, _, token = (authorization or "").partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and 0 < len(token) <= 1000 and token.isascii() else None


@router.get("/status", response_model=Status)
async def status(request: Request, page: PageNumber = 1, per_page: PerPage = 100) -> Response:
    """Version, uptime, dry-run flag, last polling round, counters (at most a second old), watched packages."""
    runtime = request.app.state.runtime
    started = request.app.state.started_at
    body = await _cache(request, "status", STATUS_CACHE_SECONDS, 64).get((page, per_page), lambda: _read(
        runtime.engine, read_status, runtime.engine, dry_run=runtime.dry_run, started_at=started,
        now=datetime.now(UTC), page=page, per_page=per_page))
    body = body.model_copy(update={"uptime_seconds": int((datetime.now(UTC) - started).total_seconds())})
    return _answer(request, body, "no-cache", exclude={"uptime_seconds"})


@router.get("/status/packages/{name}", response_model=PackageDetail, responses=ERRORS)
async def package_status(request: Request, name: str, page: PageNumber = 1, per_page: PerPage = 50) -> Response:
    """A package's releases with change counts, its latest changes, and its stored risk level and reasons."""
    if not PACKAGE_RE.fullmatch(name):
        raise HTTPException(400, "not a valid package name")
    engine = request.app.state.runtime.engine
    body = await _read(engine, read_package, engine, normalize_name(name), page=page, per_page=per_page)
    if body is None:
        raise HTTPException(404, NOT_FOUND)
    return _answer(request, body, PUBLIC_CACHE)


@router.get("/status/repos/{owner}/{repo}", response_model=RepoDetail, responses=ERRORS)
async def repo_status(request: Request, owner: str, repo: str, page: PageNumber = 1, per_page: PerPage = 50,
                      authorization: Annotated[str | None, Header(description="`Bearer <GitHub token>`")] = None,
                      ) -> Response:
    """Current findings, open issues and PRs, last scan; private repositories need a token that can read them."""
    if not OWNER_RE.fullmatch(owner) or not REPO_RE.fullmatch(repo) or repo in {".", ".."}:
        raise HTTPException(400, "not a valid repository name")
    engine = request.app.state.runtime.engine
    name = f"{owner}/{repo}".lower()
    body = await _cache(request, "repos", REPO_CACHE_SECONDS, 4096).get(
        (name, page, per_page), lambda: _read(engine, read_repo, engine, name, page=page, per_page=per_page))
    if body is None:
        raise HTTPException(404, NOT_FOUND)
    if body.private:
        token = _bearer(authorization)
        if token is None or not await _access(request).can_read(token, body.full_name):
            raise HTTPException(404, NOT_FOUND)
    return _answer(request, body, PRIVATE_CACHE if body.private else PUBLIC_CACHE)
