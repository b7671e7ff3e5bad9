"""`issue_comment` events: `@release-watch` commands from people with write access; others get a polite refusal."""

from __future__ import annotations

import logging

from gidgethub.routing import Router
from gidgethub.sansio import Event

from bot.adapters.github import GitHubAPI
from bot.errors import GitHubNotFound
from bot.handlers.commands import HELP, Command, parse_commands
from bot.handlers.context import installation_id, is_person
from bot.jobs import pipeline
from bot.jobs.sender import comment_once
from bot.runtime import Runtime

log = logging.getLogger(__name__)
router = Router()

WRITE_ROLES = frozenset({"admin", "maintain", "write"})
REPLY_MARKER = "<!-- release-watch:reply-to:{comment_id} -->"
REFUSAL = (
    "Thanks @{login}! Only people with write access to this repository can give me commands, "
    "so I have left things as they are. A maintainer can repeat the command if they agree."
)


async def can_write(gh: GitHubAPI, repo: str, login: str) -> bool:
    """True when the user has write, maintain or admin permission on the repository."""
    try:
        data = await gh.getitem(f"/repos/{repo}/collaborators/{login}/permission")
    except GitHubNotFound:
        return False
    return data.get("role_name") in WRITE_ROLES or data.get("permission") in ("admin", "write")


async def reply_once(gh: GitHubAPI, repo: str, number: int, comment_id: int, text: str) -> None:
    """Answer a comment, unless an earlier attempt at this delivery already did."""
    await comment_once(gh, repo, number, REPLY_MARKER.format(comment_id=comment_id), text)


async def run_command(
    runtime: Runtime, gh: GitHubAPI, command: Command, inst: int, repo: str, number: int, slug: str
) -> str | None:
    """Carry out one command; returns the text to answer with, if any."""
    if command.error is not None:
        return f"Sorry, I could not follow that: {command.error}. " + HELP.format(slug=slug)
    if command.name == "recheck":
        from bot.jobs.units import submit_rescan  # the units import the redelivery job, which imports the handlers

        await submit_rescan(runtime, inst, repo, gh)  # a job: on PostgreSQL any replica runs it
        return None
    if command.name == "ignore":
        assert command.package is not None
        await pipeline.ignore_package(runtime, gh, repo, command.package, command.version)
        what = f"{command.package} {command.version}" if command.version else f"every release of {command.package}"
        return f"Done: I will not report {what} in this repository."
    await pipeline.pin_from_issue(runtime, gh, repo, number)
    return None


@router.register("issue_comment", action="created")
async def comment_created(event: Event, gh: GitHubAPI | None, runtime: Runtime) -> None:
    """Run the commands in a new comment if its author may; otherwise refuse politely."""
    comment, sender = event.data["comment"], event.data.get("sender")
    slug = runtime.settings.github_app_slug
    commands = parse_commands(comment.get("body") or "", slug)
    inst = installation_id(event)
    if not commands or not is_person(sender) or inst is None:
        return
    repo, number, login = event.data["repository"]["full_name"], int(event.data["issue"]["number"]), sender["login"]
    if gh is None:
        log.info("dry run: command not checked or run", extra={"repo": repo, "issue": number, "by": login})
        return
    if not await can_write(gh, repo, login):
        log.info("command refused", extra={"repo": repo, "issue": number, "by": login})
        await reply_once(gh, repo, number, int(comment["id"]), REFUSAL.format(login=login))
        return
    replies = [r for c in commands if (r := await run_command(runtime, gh, c, inst, repo, number, slug))]
    if replies:
        await reply_once(gh, repo, number, int(comment["id"]), "\n\n".join(replies))
