"""What every webhook handler shares: who the App is on GitHub and how to act as an installation."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from gidgethub.sansio import Event

from bot.adapters.github import GitHubAPI
from bot.runtime import Runtime


def bot_login(runtime: Runtime) -> str:
    """The login GitHub shows for the App's own issues and comments."""
    return f"{runtime.settings.github_app_slug}[bot]"


def installation_id(event: Event) -> int | None:
    """The installation a delivery came through."""
    inst = event.data.get("installation") or {}
    return int(inst["id"]) if "id" in inst else None


def is_person(user: dict[str, Any] | None) -> bool:
    """True for a human account (not a bot, not the App)."""
    return bool(user) and (user or {}).get("type") != "Bot" and not str((user or {}).get("login", "")).endswith("[bot]")


@asynccontextmanager
async def acting_as(runtime: Runtime, event: Event) -> AsyncIterator[GitHubAPI | None]:
    """The installation's client for this event, or None in a dry run (nothing is sent)."""
    inst = installation_id(event)
    if runtime.github is None or inst is None:
        yield None
        return
    async with runtime.github.installation(inst) as gh:
        yield gh
