"""The HTML pages: `/`, `/packages/{name}`, `/releases/{package}/{version}`, `/repos/{owner}/{repo}`.

Each page renders the same cached read as its JSON twin under `/status` (one query, two renderings) and links
it. Pages carry the same ETag and Cache-Control rules, a Content-Security-Policy that allows no script, and
never show a private repository: it is a 404 page exactly like an unknown one, whoever asks.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jinja2
from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.exception_handlers import http_exception_handler
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from bot.web.etag import conditional, etag_digest
from bot.web.routes.status import (
    PUBLIC_CACHE,
    package_body,
    release_body,
    repo_body,
    status_body,
    valid_package,
    valid_release,
    valid_repo,
)
from bot.web.timeline import layout

router = APIRouter(include_in_schema=False)
PAGE_PREFIXES = ("/packages/", "/releases/", "/repos/")
JSON_PREFIXES = ("/status", "/healthz", "/webhook", "/openapi.json")
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
KIND_WORDS = {
    "removed": "removed",
    "signature_changed": "signature changed",
    "deprecated": "deprecated",
    "env_var_removed": "environment variable removed",
}
HOME_PER_PAGE = 100
PACKAGE_PER_PAGE = 50
REPO_PER_PAGE = 50
MAX_PAGE = 100_000
RENDERED_PAGES = 2048
RENDER_SECONDS = 60.0
"""A rendered page is kept at most this long for the same answer: its ages ("5 minutes ago") stay that fresh."""
clock = time.monotonic


def _age(then: datetime) -> str:
    """`3 days ago`, in whole units, for people (the exact time is in the `<time>` element)."""
    seconds = max(0, int((datetime.now(UTC) - then).total_seconds()))
    for unit, size in (("year", 365 * 86400), ("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            n = seconds // size
            return f"{n} {unit}{'s' if n != 1 else ''} ago"
    return "just now"


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).resolve().parent.parent / "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["age"] = _age
    env.filters["kind_words"] = lambda kind: KIND_WORDS.get(str(kind), str(kind))
    return env


templates = Jinja2Templates(env=_environment())


class PageError(Exception):
    """A 400 or 404 answered as an HTML page."""

    def __init__(self, status_code: int, message: str, subject: str | None = None, repo_note: bool = False) -> None:
        super().__init__(message)
        self.status_code, self.message, self.subject, self.repo_note = status_code, message, subject, repo_note


def _html(template: str, status_code: int = 200, **context: Any) -> str:
    return templates.get_template(template).render(status_code=status_code, **context)


def _rendered(request: Request, template: str, body: object, json_url: str, **context: Any) -> tuple[bytes, str]:
    """The page for `body` and its ETag digest, rendered once per cached read and at most RENDER_SECONDS apart (the
    "3 days ago" ages): the read cache hands out the same object until a table it read changes, so the object's
    identity (checked, not just its id) says whether the HTML is still current."""
    cache: OrderedDict[tuple[str, str], tuple[object, float, bytes, str]] | None = getattr(
        request.app.state, "rendered", None
    )
    if cache is None:
        cache = request.app.state.rendered = OrderedDict()
    key = (template, json_url)
    now = clock()
    hit = cache.get(key)
    if hit is not None and hit[0] is body and now - hit[1] < RENDER_SECONDS:
        cache.move_to_end(key)
        return hit[2], hit[3]
    html = _html(template, json_url=json_url, **context).encode()
    digest = etag_digest(html)
    cache[key] = (body, now, html, digest)
    cache.move_to_end(key)
    while len(cache) > RENDERED_PAGES:
        cache.popitem(last=False)
    return html, digest


def _page(
    request: Request, template: str, body: object, json_url: str, cache_control: str = PUBLIC_CACHE, **context: Any
) -> Response:
    html, digest = _rendered(request, template, body, json_url, **context)
    response = conditional(request, html, "text/html; charset=utf-8", cache_control, digest=digest)
    response.headers["Content-Security-Policy"] = CSP
    return response


def _page_number(request: Request) -> int:
    raw = request.query_params.get("page", "1")
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 6) or not 1 <= int(raw) <= MAX_PAGE:
        raise PageError(400, "The page number must be a whole number from 1 to 100000.", raw[:100])
    return int(raw)


def error_page(
    status_code: int, message: str, *, subject: str | None = None, repo_note: bool = False, json_url: str = "/status"
) -> Response:
    """An error page; `subject` (what was asked for) is shown as escaped text, cut to 200 characters."""
    titles = {400: "Bad request", 404: "Not found", 405: "Method not allowed"}
    body = _html(
        "error.html",
        status_code=status_code,
        title=titles.get(status_code, "Error"),
        message=message,
        subject=subject[:200] if subject else None,
        repo_note=repo_note,
        json_url=json_url,
    )
    return Response(
        body,
        status_code=status_code,
        media_type="text/html; charset=utf-8",
        headers={"Content-Security-Policy": CSP, "Cache-Control": "no-cache"},
    )


@router.get("/")
async def home(request: Request) -> Response:
    """The service at a glance."""
    page = _page_number(request)
    body = await status_body(request, page, HOME_PER_PAGE)
    return _page(request, "home.html", body, "/status" + ("" if page == 1 else f"?page={page}"), "no-cache", s=body)


@router.get("/packages/{name}")
async def package(request: Request, name: str) -> Response:
    """A package's releases, what they change, its timeline, compatibility and risk."""
    if not valid_package(name):
        raise PageError(400, "That is not a valid package name.", name)
    page = _page_number(request)
    body = await package_body(request, name, page, PACKAGE_PER_PAGE)
    if body is None:
        raise PageError(404, "release-watch knows no package by this name.", name)
    return _page(
        request,
        "package.html",
        body,
        f"/status/packages/{body.name}" + ("" if page == 1 else f"?page={page}"),
        p=body,
        t=layout(body.releases, body.deprecation_removals),
    )


@router.get("/releases/{package}/{version}")
async def release(request: Request, package: str, version: str) -> Response:
    """A release's diff and the repositories it affects."""
    if not valid_release(package, version):
        raise PageError(400, "That is not a valid package name and version.", f"{package} {version}")
    body = await release_body(request, package, version)
    if body is None:
        raise PageError(404, "release-watch knows no such release.", f"{package} {version}")
    return _page(request, "release.html", body, f"/status/releases/{body.package}/{body.version}", r=body)


@router.get("/repos/{owner}/{repo}")
async def repository(request: Request, owner: str, repo: str) -> Response:
    """A public repository: findings, open issues and PRs, requirement lines, last scan."""
    if not valid_repo(owner, repo):
        raise PageError(400, "That is not a valid repository name.", f"{owner}/{repo}", repo_note=True)
    page = _page_number(request)
    body = await repo_body(request, owner, repo, page, REPO_PER_PAGE)
    if body is None or body.private:
        raise PageError(
            404, "release-watch shows no public repository by this name.", f"{owner}/{repo}", repo_note=True
        )
    return _page(
        request, "repo.html", body, f"/status/repos/{body.full_name}" + ("" if page == 1 else f"?page={page}"), r=body
    )


def _wants_page(request: Request) -> bool:
    """Page paths, and any other path a browser asks for outside the JSON and webhook endpoints."""
    path = request.url.path
    if path == "/" or path.startswith(PAGE_PREFIXES) or path.rstrip("/") in {p.rstrip("/") for p in PAGE_PREFIXES}:
        return True
    return "text/html" in request.headers.get("accept", "") and not path.startswith(JSON_PREFIXES)


async def _page_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, PageError)
    return error_page(exc.status_code, exc.message, subject=exc.subject, repo_note=exc.repo_note)


async def _http_error(request: Request, exc: Exception) -> Response:
    """Pages answer errors (an unknown path under a page prefix, say) as pages; everything else keeps JSON."""
    assert isinstance(exc, StarletteHTTPException)
    if _wants_page(request) and exc.status_code in (400, 404, 405):
        return error_page(exc.status_code, "There is no page at this address.", subject=request.url.path)
    return await http_exception_handler(request, exc)


def install(app: FastAPI) -> None:
    """Mount the pages and their error handlers on `app`."""
    app.include_router(router)
    app.add_exception_handler(PageError, _page_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
