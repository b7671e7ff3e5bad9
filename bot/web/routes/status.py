"""`GET /status`, `/status/packages/{name}`, `/status/releases/{package}/{version}`, `/status/repos/{owner}/{repo}`.

What the bot stored, for maintainers; the HTML pages (`bot.web.routes.pages`) render the same reads.

Every answer carries an ETag (304 on a matching If-None-Match) and Cache-Control. A private repository answers
only to `Authorization: Bearer <GitHub token>` of someone who can read it; otherwise it is 404, exactly like a
repository the bot does not know.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Header, HTTPException, Query, Request, Response
from pydantic import BaseModel
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from bot.releases import normalize_name
from bot.web.etag import PRIVATE_CACHE, conditional, etag_digest
from bot.web.release_read import read_release
from bot.web.repo_access import RepoAccess
from bot.web.routes.read_cache import CHECK_SECONDS, AnswerCache, ChangeToken
from bot.web.status_read import read_package, read_repo, read_status
from bot.web.status_schema import PackageDetail, Problem, ReleaseDetail, RepoDetail, Status

router = APIRouter(tags=["status"])
T = TypeVar("T")

PACKAGE_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]{0,198}[A-Za-z0-9])?")
OWNER_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?")
REPO_RE = re.compile(r"[A-Za-z0-9._-]{1,100}")
VERSION_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.+!_-]{0,98}[A-Za-z0-9])?")
PUBLIC_CACHE = "public, max-age=10"
NOT_FOUND = "not found"
ENCODED_ANSWERS = 8192
STATUS_TABLES = ("watched_package", "release", "release_diff", "poll_run", "gh_repo", "gh_action")
"""The tables each answer reads: an answer is kept until one of them changes (`read_cache`)."""
PACKAGE_TABLES = (
    "watched_package",
    "release",
    "release_diff",
    "package_risk",
    "gh_repo",
    "gh_action",
    "gh_finding",
    "compat_verdict",
)
RELEASE_TABLES = ("release", "release_diff", "gh_repo", "gh_action", "gh_finding", "compat_verdict")
REPO_TABLES = ("gh_repo", "gh_action", "gh_finding", "repo_exposure_note")

PageNumber = Annotated[int, Query(ge=1, le=100_000, description="1-based page number.")]
PerPage = Annotated[int, Query(ge=1, le=200, description="Items per page.")]
ERRORS: dict[int | str, dict[str, object]] = {400: {"model": Problem}, 404: {"model": Problem}}


def _answer(request: Request, body: BaseModel, cache_control: str) -> Response:
    """The JSON answer with ETag and Cache-Control, serialised once per cached answer; 304 when the client already
    holds this representation."""
    content, digest = _encoded(request, body)
    return conditional(request, content, "application/json", cache_control, digest=digest)


def _encoded(request: Request, body: BaseModel, exclude: frozenset[str] = frozenset()) -> tuple[bytes, str]:
    """`body` as JSON (without `exclude`) and its ETag digest, kept while the read cache hands out the same object
    (identity checked, so a recycled id never matches)."""
    cache: OrderedDict[tuple[int, frozenset[str]], tuple[BaseModel, bytes, str]] | None = getattr(
        request.app.state, "encoded", None
    )
    if cache is None:
        cache = request.app.state.encoded = OrderedDict()
    key = (id(body), exclude)
    hit = cache.get(key)
    if hit is not None and hit[0] is body:
        cache.move_to_end(key)
        return hit[1], hit[2]
    content = body.model_dump_json(exclude=set(exclude)).encode()
    cache[key] = (body, content, digest := etag_digest(content))
    while len(cache) > ENCODED_ANSWERS:
        cache.popitem(last=False)
    return content, digest


async def _read(engine: Engine, read: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a read: inline on SQLite, in the thread pool on a networked database.

    Under WAL a SQLite reader never waits for a writer, and these reads are a few indexed rows (well under a
    millisecond); handing them to a thread costs more CPU than the query itself. A server database can make the
    caller wait on the network, so there the read leaves the event loop.
    """
    if engine.dialect.name == "sqlite":
        return read(*args, **kwargs)
    return await run_in_threadpool(read, *args, **kwargs)


def _cache(request: Request, tables: tuple[str, ...], max_entries: int) -> AnswerCache[Any]:
    caches: dict[tuple[str, ...], AnswerCache[Any]] | None = getattr(request.app.state, "read_caches", None)
    if caches is None:
        caches = request.app.state.read_caches = {}
    return caches.setdefault(tables, AnswerCache(tables, max_entries))


async def _counters(request: Request) -> Mapping[str, int]:
    """The app's view of the database's change counters, at most `CHECK_SECONDS` old."""
    token: ChangeToken | None = getattr(request.app.state, "change_token", None)
    if token is None:
        token = request.app.state.change_token = ChangeToken(request.app.state.runtime.engine, CHECK_SECONDS)
    return await token.counters()


def _access(request: Request) -> RepoAccess:
    access: RepoAccess | None = getattr(request.app.state, "repo_access", None)
    if access is None:
        access = request.app.state.repo_access = RepoAccess(request.app.state.settings)
    return access


def _bearer(authorization: str | None) -> str | None:
    scheme, _, token = (authorization or "").partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and 0 < len(token) <= 1000 and token.isascii() else None


def valid_package(name: str) -> bool:
    """A name PyPI could hold (PEP 508 spelling, at most 200 characters)."""
    return PACKAGE_RE.fullmatch(name) is not None


def valid_release(package: str, version: str) -> bool:
    """A package name and a version string as PyPI spells them (no slashes, dots only inside)."""
    return valid_package(package) and VERSION_RE.fullmatch(version) is not None


def valid_repo(owner: str, repo: str) -> bool:
    """A GitHub `owner/repo` spelling; `.` and `..` are never repository names."""
    return OWNER_RE.fullmatch(owner) is not None and REPO_RE.fullmatch(repo) is not None and repo not in {".", ".."}


async def status_body(request: Request, page: int, per_page: int) -> Status:
    """The `/status` document as last read (its `uptime_seconds` is the uptime at that read)."""
    runtime = request.app.state.runtime
    body: Status = await _cache(request, STATUS_TABLES, 64).get(
        (page, per_page),
        await _counters(request),
        lambda: _read(
            runtime.engine,
            read_status,
            runtime.engine,
            tally=request.app.state.diff_tally,
            dry_run=runtime.dry_run,
            started_at=request.app.state.started_at,
            now=datetime.now(UTC),
            page=page,
            per_page=per_page,
        ),
    )
    return body


async def package_body(request: Request, name: str, page: int, per_page: int) -> PackageDetail | None:
    """A valid package name's answer (normalised); None when unknown."""
    engine = request.app.state.runtime.engine
    key = (normalize_name(name), page, per_page)
    body: PackageDetail | None = await _cache(request, PACKAGE_TABLES, 1024).get(
        key, await _counters(request), lambda: _read(engine, read_package, engine, key[0], page=page, per_page=per_page)
    )
    return body


async def release_body(request: Request, package: str, version: str) -> ReleaseDetail | None:
    """A valid release's answer; None when unknown."""
    engine = request.app.state.runtime.engine
    key = (normalize_name(package), version)
    body: ReleaseDetail | None = await _cache(request, RELEASE_TABLES, 4096).get(
        key, await _counters(request), lambda: _read(engine, read_release, engine, *key)
    )
    return body


async def repo_body(request: Request, owner: str, repo: str, page: int, per_page: int) -> RepoDetail | None:
    """A valid repository's answer (private ones included: callers decide who sees them); None when unknown."""
    engine = request.app.state.runtime.engine
    name = f"{owner}/{repo}".lower()
    body: RepoDetail | None = await _cache(request, REPO_TABLES, 4096).get(
        (name, page, per_page),
        await _counters(request),
        lambda: _read(engine, read_repo, engine, name, page=page, per_page=per_page),
    )
    return body


@router.get("/status", response_model=Status)
async def status(request: Request, page: PageNumber = 1, per_page: PerPage = 100) -> Response:
    """Version, uptime, dry-run flag, last polling round, counters, watched packages."""
    body = await status_body(request, page, per_page)
    uptime = int((datetime.now(UTC) - request.app.state.started_at).total_seconds())
    content = body.model_copy(update={"uptime_seconds": uptime}).model_dump_json().encode()
    # the ETag leaves out the uptime (weak: the same answer, an older uptime), so it is the cached answer's
    _, digest = _encoded(request, body, exclude=frozenset({"uptime_seconds"}))
    return conditional(request, content, "application/json", "no-cache", weak=True, digest=digest)


@router.get("/status/packages/{name}", response_model=PackageDetail, responses=ERRORS)
async def package_status(request: Request, name: str, page: PageNumber = 1, per_page: PerPage = 50) -> Response:
    """A package's releases with change counts, its latest changes, deprecation → removal pairs, pending
    deprecations, a compatibility matrix from stored findings, and its stored risk level and reasons."""
    if not valid_package(name):
        raise HTTPException(400, "not a valid package name")
    body = await package_body(request, name, page, per_page)
    if body is None:
        raise HTTPException(404, NOT_FOUND)
    return _answer(request, body, PUBLIC_CACHE)


@router.get("/status/releases/{package}/{version}", response_model=ReleaseDetail, responses=ERRORS)
async def release_status(request: Request, package: str, version: str) -> Response:
    """A release's stored diff in full and the installed repositories it affects (private ones only counted)."""
    if not valid_release(package, version):
        raise HTTPException(400, "not a valid package name or version")
    body = await release_body(request, package, version)
    if body is None:
        raise HTTPException(404, NOT_FOUND)
    return _answer(request, body, PUBLIC_CACHE)


@router.get("/status/repos/{owner}/{repo}", response_model=RepoDetail, responses=ERRORS)
async def repo_status(
    request: Request,
    owner: str,
    repo: str,
    page: PageNumber = 1,
    per_page: PerPage = 50,
    authorization: Annotated[str | None, Header(description="`Bearer <GitHub token>`")] = None,
) -> Response:
    """Current findings, open issues and PRs, last scan; private repositories need a token that can read them."""
    if not valid_repo(owner, repo):
        raise HTTPException(400, "not a valid repository name")
    body = await repo_body(request, owner, repo, page, per_page)
    if body is None:
        raise HTTPException(404, NOT_FOUND)
    if body.private:
        token = _bearer(authorization)
        if token is None or not await _access(request).can_read(token, body.full_name):
            raise HTTPException(404, NOT_FOUND)
    return _answer(request, body, PRIVATE_CACHE if body.private else PUBLIC_CACHE)
