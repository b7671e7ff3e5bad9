"""`ping`: GitHub's hello when the webhook is set up."""

from __future__ import annotations

import logging

from gidgethub.routing import Router
from gidgethub.sansio import Event

from bot.adapters.github import GitHubAPI
from bot.runtime import Runtime

log = logging.getLogger(__name__)
router = Router()


@router.register("ping")
async def ping(event: Event, gh: GitHubAPI | None, runtime: Runtime) -> None:
    """Log the hook GitHub configured."""
    hook = event.data.get("hook") or {}
    log.info(
        "ping", extra={"hook_id": event.data.get("hook_id"), "app_id": hook.get("app_id"), "events": hook.get("events")}
    )
