"""Real webhook payloads (from the contract directory), adapted in ids and names only, signed as GitHub signs them."""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import uuid
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI

from tests.fake_github.state import Repo


def load(directory: Path, name: str) -> dict[str, Any]:
    """One example payload, e.g. `push` or `issue_comment.created`."""
    return json.loads((directory / f"{name}.json").read_text(encoding="utf-8"))


def _repo_fields(target: dict[str, Any], repo: Repo) -> None:
    target.update(id=repo.id, name=repo.name, full_name=repo.full_name, private=repo.private)
    if "owner" in target:
        target["owner"] = dict(target["owner"], login=repo.owner, id=repo.owner_id)
    if "default_branch" in target:
        target["default_branch"] = repo.default_branch


def adapt(payload: dict[str, Any], *, installation_id: int | None = None, repo: Repo | None = None,
          sender: str | None = None) -> dict[str, Any]:
    """A copy with the installation id, repository names/ids and sender login replaced."""
    out = copy.deepcopy(payload)
    if installation_id is not None and "installation" in out:
        out["installation"]["id"] = installation_id
    if repo is not None and isinstance(out.get("repository"), dict):
        _repo_fields(out["repository"], repo)
    if sender is not None and isinstance(out.get("sender"), dict):
        out["sender"]["login"] = sender
    return out


def signature(body: bytes, secret: str) -> str:
    """GitHub's X-Hub-Signature-256 for a body."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def headers(event: str, body: bytes, secret: str | None, delivery_id: str | None = None) -> dict[str, str]:
    """The headers GitHub sends with a delivery."""
    out = {
        "content-type": "application/json", "user-agent": "GitHub-Hookshot/abc1234", "x-github-event": event,
        "x-github-delivery": delivery_id or str(uuid.uuid4()), "x-github-hook-id": "4242",
    }
    if secret is not None:
        out["x-hub-signature-256"] = signature(body, secret)
    return out


class WebhookPoster:
    """Posts deliveries to the bot's `/webhook` and waits for their background work."""

    def __init__(self, app: FastAPI, client: httpx.AsyncClient, secret: str) -> None:
        self.app, self.client, self.secret = app, client, secret

    async def post(self, event: str, payload: dict[str, Any] | bytes, delivery_id: str | None = None,
                   secret: str | None = "", extra: dict[str, str] | None = None) -> httpx.Response:
        """Send one delivery (signed with the App's secret unless `secret` says otherwise; None: unsigned)."""
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        sent = headers(event, body, self.secret if secret == "" else secret, delivery_id) | (extra or {})
        return await self.client.post("/webhook", content=body, headers=sent)

    async def settle(self) -> None:
        """Wait until every background handler has finished."""
        from bot.web.webhook import background

        await background(self.app).drain()
