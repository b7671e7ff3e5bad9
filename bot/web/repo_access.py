"""Who may read a private repository's `/status`: a GitHub token that can read it, checked with GitHub, cached briefly.

The token is only ever sent to `settings.github_api_url`; it is kept in memory as a sha256 digest, never logged.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import OrderedDict
from urllib.parse import quote

import httpx

from bot import __version__
from bot.config import Settings

logger = logging.getLogger(__name__)

CACHE_SECONDS = 60.0
CACHE_SIZE = 4096


class RepoAccess:
    """Answers "can this token read owner/repo?" with `GET /repos/{owner}/{repo}`, remembering answers a minute."""

    def __init__(
        self, settings: Settings, *, transport: httpx.AsyncBaseTransport | None = None, ttl: float = CACHE_SECONDS
    ) -> None:
        self.base_url = settings.github_api_url.rstrip("/")
        self.timeout = min(settings.http_timeout_seconds, 10.0)
        self.transport = transport
        self.ttl = ttl
        self._answers: OrderedDict[tuple[str, str], tuple[bool, float]] = OrderedDict()

    async def can_read(self, token: str, full_name: str) -> bool:
        """True when GitHub shows `full_name` to `token`; any failure counts as no."""
        key = (hashlib.sha256(token.encode()).hexdigest(), full_name.lower())
        cached = self._answers.get(key)
        if cached is not None and cached[1] > time.monotonic():
            return cached[0]
        allowed = await self._ask(token, full_name)
        self._answers[key] = (allowed, time.monotonic() + self.ttl)
        self._answers.move_to_end(key)
        while len(self._answers) > CACHE_SIZE:
            self._answers.popitem(last=False)
        return allowed

    async def _ask(self, token: str, full_name: str) -> bool:
        owner, _, repo = full_name.partition("/")
        url = f"{self.base_url}/repos/{quote(owner, safe='')}/{quote(repo, safe='')}"
        headers = {
            "Authorization": f"Bearer {token}",
            "Accept": "application/vnd.github+json",
            "User-Agent": f"release-watch/{__version__}",
            "X-GitHub-Api-Version": "2022-11-28",
        }
        try:
            async with httpx.AsyncClient(transport=self.transport, timeout=self.timeout) as http:
                response = await http.get(url, headers=headers)
        except httpx.HTTPError as e:
            logger.warning("repository access check failed", extra={"repository": full_name, "error": type(e).__name__})
            return False
        if response.status_code != 200:
            logger.info("repository access denied", extra={"repository": full_name, "status": response.status_code})
            return False
        try:
            return str(response.json().get("full_name", "")).lower() == full_name.lower()
        except ValueError:
            return False
