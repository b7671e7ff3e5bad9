"""`push` events: a push to the default branch that touches files a scan reads triggers a rescan."""

from __future__ import annotations

import logging
from typing import Any

from gidgethub.routing import Router
from gidgethub.sansio import Event

from bot.adapters.github import GitHubAPI
from bot.handlers.context import installation_id
from bot.jobs.repo_scan import is_candidate
from bot.runtime import Runtime

log = logging.getLogger(__name__)
router = Router()
PAYLOAD_COMMIT_CAP = 20  # GitHub lists at most 20 commits in a push payload


def touched_paths(commits: list[dict[str, Any]]) -> set[str]:
    """Every path added, modified or removed by the listed commits."""
    return {p for c in commits for key in ("added", "modified", "removed") for p in c.get(key) or ()}


def needs_rescan(data: dict[str, Any]) -> bool:
    """True for a push to the default branch touching dependency, Python or config files (or too big to tell)."""
    repo = data.get("repository") or {}
    if data.get("deleted") or data.get("ref") != f"refs/heads/{repo.get('default_branch')}":
        return False
    commits = data.get("commits") or []
    if len(commits) >= PAYLOAD_COMMIT_CAP or (not commits and data.get("forced")):
        return True
    return any(is_candidate(path) for path in touched_paths(commits))


@router.register("push")
async def push(event: Event, gh: GitHubAPI | None, runtime: Runtime) -> None:
    """Rescan when the default branch moved in a way that can change a finding."""
    repo = event.data["repository"]["full_name"]
    inst = installation_id(event)
    if inst is None or not needs_rescan(event.data):
        log.info("push ignored", extra={"repo": repo, "ref": event.data.get("ref"), "delivery_id": event.delivery_id})
        return
    from bot.jobs.units import submit_rescan  # the units import the redelivery job, which imports the handlers

    await submit_rescan(runtime, inst, repo)  # a job: on PostgreSQL any replica runs it
