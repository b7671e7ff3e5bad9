"""`issues` events: a person closing one of our issues dismisses that finding for good."""

from __future__ import annotations

import logging

from gidgethub.routing import Router
from gidgethub.sansio import Event

from bot.adapters.github import GitHubAPI
from bot.handlers.context import bot_login, is_person
from bot.jobs import pipeline
from bot.runtime import Runtime

log = logging.getLogger(__name__)
router = Router()


@router.register("issues", action="closed")
async def issue_closed(event: Event, gh: GitHubAPI | None, runtime: Runtime) -> None:
    """Remember a person's close of our issue, so it is never reopened for the same release."""
    issue = event.data["issue"]
    repo = event.data["repository"]["full_name"]
    if (issue.get("user") or {}).get("login") != bot_login(runtime) or not is_person(event.data.get("sender")):
        return
    log.info(
        "finding dismissed", extra={"repo": repo, "issue": issue["number"], "by": event.data["sender"].get("login")}
    )
    await pipeline.record_dismissal(runtime, repo, int(issue["number"]))
