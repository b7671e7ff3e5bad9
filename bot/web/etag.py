"""Conditional answers shared by the JSON endpoints and the HTML pages: ETag, Cache-Control, 304."""

from __future__ import annotations

import hashlib

from fastapi import Request, Response

PRIVATE_CACHE = "private, no-cache"


def etag_digest(content: bytes) -> str:
    """The ETag's opaque part for `content`."""
    return hashlib.sha256(content).hexdigest()[:32]


def conditional(
    request: Request,
    content: bytes,
    media_type: str,
    cache_control: str,
    *,
    stable: bytes | None = None,
    weak: bool = False,
    digest: str | None = None,
) -> Response:
    """`content` with an ETag over `stable` (default: the content itself); 304 when the client already holds it.

    `weak` marks an ETag computed over less than the whole content (fields that change on every request left out);
    `digest` is `etag_digest(content)` when the caller kept it with the content.
    """
    digest = digest or etag_digest(content if stable is None else stable)
    etag = f'W/"{digest}"' if weak else f'"{digest}"'
    headers = {"ETag": etag, "Cache-Control": cache_control}
    if cache_control == PRIVATE_CACHE:
        headers["Vary"] = "Authorization"
    wanted = {tag.strip().removeprefix("W/") for tag in request.headers.get("if-none-match", "").split(",")}
    if etag.removeprefix("W/") in wanted or "*" in wanted:
        return Response(status_code=304, headers=headers)
    return Response(content, media_type=media_type, headers=headers)
