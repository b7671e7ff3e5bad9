"""Sending stored actions: each row brought in step on GitHub, found again by its hidden marker, retried on failure."""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, or_
from sqlmodel import col, select

from bot.errors import DependencyFileError, GitHubError, GitHubGone, GitHubNotFound, GitHubRateLimited
from bot.findings.actions import ActionView
from bot.findings.lift import CapLift
from bot.findings.lift_text import lift_pull_request
from bot.findings.outcome import Finding
from bot.findings.render import DEPRECATION_LABEL, find_marker, pull_request
from bot.findings.sync import (
    CloseIssue,
    ClosePull,
    CommentOnce,
    CreateIssue,
    EditIssue,
    IssueShown,
    Missing,
    RememberIssue,
    SetState,
    Shown,
    SyncPull,
    Wait,
    issues_disabled,
    needs_issue,
    needs_pull,
    next_github_ops,
)
from bot.jobs.pr import sync_lift_pull_request, sync_pull_request
from bot.jobs.sandbox import Sandbox, TooCostly
from bot.storage.actions import by_key, view_of
from bot.storage.db import exclusive, reading, session_scope
from bot.storage.models.actions import Action, ActionKind, ActionState
from bot.storage.models.types import utcnow

if TYPE_CHECKING:
    from bot.adapters.github import GitHubAPI
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

LABEL_COLORS = {"release-watch": "5319e7", "dependencies": "0366d6", DEPRECATION_LABEL: "fbca04"}
MAX_BACKOFF = timedelta(hours=6)


def backoff(attempts: int) -> timedelta:
    """How long a failed action waits before the next attempt: 1, 2, 4 … minutes, at most six hours."""
    return min(timedelta(minutes=2 ** max(attempts - 1, 0)), MAX_BACKOFF)


SYNC_FIELDS = (
    "state",
    "issue_number",
    "pr_number",
    "want_issue",
    "attempts",
    "last_error",
    "next_attempt_at",
    "sent_at",
)


def record(engine: Engine, action: Action) -> None:
    """Write back only what sending learned, without losing a change stored meanwhile (new text, a dismissal)."""
    with session_scope(engine) as session:
        row = session.get(Action, action.id)
        if row is None:
            return
        dismissed, changed = row.state == ActionState.DISMISSED, row.updated_at != action.updated_at
        for name in SYNC_FIELDS:
            setattr(row, name, getattr(action, name))
        if dismissed:
            row.state = ActionState.DISMISSED  # a person closed it while we were sending
        elif changed and action.state == ActionState.SENT:
            row.state = ActionState.PENDING  # the text changed while it was being sent: send it again
        session.add(row)


def due_actions(
    engine: Engine, repo: str | None = None, *, dry_run: bool = False, installation_id: int | None = None
) -> list[Action]:
    """Actions waiting to be sent (pending, failed and due again, or held back by an earlier dry run), oldest first."""
    now = utcnow()
    states = [ActionState.PENDING, ActionState.FAILED] + ([] if dry_run else [ActionState.DRY_RUN])
    with reading(engine) as session:
        query = select(Action).where(col(Action.state).in_(states))
        query = query.where(or_(col(Action.next_attempt_at).is_(None), col(Action.next_attempt_at) <= now))
        if repo is not None:
            query = query.where(Action.repo == repo)
        if installation_id is not None:
            query = query.where(Action.installation_id == installation_id)
        return list(session.exec(query.order_by(col(Action.id))).all())


async def _find_by_marker(gh: Any, repo: str, key: str) -> dict[str, Any] | None:
    """Our issue for `key`, found by its hidden marker (the database may have lost its number)."""
    async for item in gh.getiter(f"/repos/{repo}/issues?state=all&per_page=100"):
        if "pull_request" not in item and find_marker(item.get("body")) == key:
            return dict(item)
    return None


async def _ensure_labels(gh: Any, repo: str, labels: list[str]) -> None:
    existing = {label["name"].lower() async for label in gh.getiter(f"/repos/{repo}/labels?per_page=100")}
    for name in labels:
        if name.lower() not in existing:
            await gh.post(f"/repos/{repo}/labels", data={"name": name, "color": LABEL_COLORS.get(name, "ededed")})


async def comment_once(gh: Any, repo: str, number: int, hidden: str, text: str) -> None:
    """Post `text` followed by the hidden marker `hidden`, unless a comment already carries that marker.

    The one way the bot avoids double comments when a send or a webhook delivery is retried.
    """
    async for comment in gh.getiter(f"/repos/{repo}/issues/{number}/comments?per_page=100"):
        if hidden in (comment.get("body") or ""):
            return
    await gh.post(f"/repos/{repo}/issues/{number}/comments", data={"body": f"{text}\n\n{hidden}"})


async def _shown(gh: Any, engine: Engine, action: Action, view: ActionView) -> Shown:
    """Fetch what GitHub shows for the action: only what `next_github_ops` will look at."""
    if action.kind == ActionKind.COMMENT:
        parent = await asyncio.to_thread(by_key, engine, action.parent_key or "")
        return Shown(parent=view_of(parent) if parent is not None else None)
    issue: IssueShown | Missing | None = None
    if needs_issue(view):
        if action.issue_number is not None:
            try:
                issue = _issue_shown(await gh.getitem(f"/repos/{action.repo}/issues/{action.issue_number}"))
            except (GitHubNotFound, GitHubGone):
                issue = Missing.GONE
        elif (found := await _find_by_marker(gh, action.repo, action.key)) is not None:
            issue = _issue_shown(found)
    pull = None
    if needs_pull(view):
        pull = _issue_shown(await gh.getitem(f"/repos/{action.repo}/issues/{action.pr_number}"))  # PRs are issues too
    return Shown(issue=issue, pull=pull)


def _issue_shown(item: dict[str, Any]) -> IssueShown:
    return IssueShown(
        number=int(item["number"]), open=item["state"] == "open", title=item.get("title"), body=item.get("body")
    )


async def _sync(gh: Any, engine: Engine, action: Action, login: str, sandbox: Sandbox) -> bool:
    """Bring one action in step: fetch what GitHub shows, ask `next_github_ops`, perform; False to wait."""
    view = view_of(action)
    repo = action.repo
    for op in next_github_ops(view, await _shown(gh, engine, action, view)):
        match op:
            case Wait():
                return False
            case SetState(state=state):
                action.state = state
            case RememberIssue(number=number):
                action.issue_number = number
            case CreateIssue():
                await _ensure_labels(gh, repo, list(op.labels))
                try:
                    issue = await gh.post(
                        f"/repos/{repo}/issues",
                        data={
                            "title": op.title,
                            "body": op.body,
                            "labels": list(op.labels),
                            "assignees": list(op.assignees),
                        },
                    )
                except GitHubGone:
                    disabled = issues_disabled(view)
                    action.want_issue, action.state = disabled.want_issue, disabled.state
                    action.last_error = "issues are disabled in this repository"
                    continue
                action.issue_number = int(issue["number"])
                await asyncio.to_thread(record, engine, action)  # before anything else can fail: never lost
                log.info("issue opened", extra={"repo": repo, "key": action.key, "number": action.issue_number})
            case EditIssue(number=number, title=title, body=body):
                await gh.patch(f"/repos/{repo}/issues/{number}", data={"title": title, "body": body})
            case CommentOnce(number=number, hidden=hidden, body=body):
                await comment_once(gh, repo, number, hidden, body)
            case CloseIssue(number=number):
                await gh.patch(f"/repos/{repo}/issues/{number}", data={"state": "closed", "state_reason": "completed"})
                log.info("issue closed", extra={"repo": repo, "key": action.key, "reason": action.closed_reason})
            case SyncPull() if action.kind == ActionKind.LIFT:
                assert action.finding_json is not None
                lift = CapLift.model_validate_json(action.finding_json)
                lifted = lift_pull_request(lift, action.body)
                action.pr_number = await sync_lift_pull_request(gh, lift, lifted, login, sandbox)
            case SyncPull(link_issue=link):
                assert action.finding_json is not None
                finding = Finding.model_validate_json(action.finding_json)
                text = pull_request(finding, action.body, action.issue_number if link else None)
                action.pr_number = await sync_pull_request(gh, finding, text, login, sandbox)
            case ClosePull(number=number):
                await gh.patch(f"/repos/{repo}/pulls/{number}", data={"state": "closed"})
    return True


def _failed(engine: Engine, action: Action, error: Exception, wait: float | None = None) -> None:
    action.attempts += 1
    action.state = ActionState.FAILED
    action.last_error = str(error)
    action.next_attempt_at = utcnow() + (timedelta(seconds=wait) if wait is not None else backoff(action.attempts))
    record(engine, action)
    log.warning(
        "action not sent; will retry", extra={"key": action.key, "attempts": action.attempts, "error": str(error)}
    )


def _failed_all(engine: Engine, actions: list[Action], error: Exception, wait: float | None = None) -> None:
    for action in actions:
        _failed(engine, action, error, wait)


async def send_pending_actions(runtime: Runtime, repo: str | None = None, gh: GitHubAPI | None = None) -> int:
    """Send every due action (a scheduler step); in a dry run mark them would-be-sent. Returns how many were done.

    A webhook handler passes the installation client it holds (`gh`): its installation's actions go through it."""
    async with runtime.send_lock:  # webhook tasks run concurrently; the database lock covers replicas
        return await _send_due(runtime, repo, gh)


@asynccontextmanager
async def _holding(engine: Engine, name: str) -> AsyncIterator[bool]:
    """`exclusive`, entered and left off the event loop (on PostgreSQL it talks to the database)."""
    lock = exclusive(engine, name)
    held = await asyncio.to_thread(lock.__enter__)
    try:
        yield held
    finally:
        await asyncio.to_thread(lock.__exit__, None, None, None)


def _mark_dry_run(engine: Engine, repo: str | None) -> int:
    """Without credentials: every due action is marked as would-have-been-sent."""
    actions = due_actions(engine, repo, dry_run=True)
    for action in actions:
        action.state = ActionState.DRY_RUN
        record(engine, action)
    return len(actions)


def installation_lock(installation_id: int) -> str:
    """The database lock one installation's sender holds: one sender per installation across the fleet."""
    return f"send-installation-{installation_id}"


async def _send_due(runtime: Runtime, repo: str | None, held_client: GitHubAPI | None) -> int:
    if runtime.github is None:
        async with _holding(runtime.engine, "send_pending_actions") as held:
            return await asyncio.to_thread(_mark_dry_run, runtime.engine, repo) if held else 0
    actions = await asyncio.to_thread(due_actions, runtime.engine, repo)
    groups: dict[int, list[Action]] = defaultdict(list)
    for action in actions:
        groups[action.installation_id].append(action)
    done = 0
    for installation_id in groups:
        done += await _send_installation(runtime, installation_id, repo, held_client) or 0
    return done


async def send_installation(runtime: Runtime, installation_id: int) -> int | None:
    """Send one installation's due actions (the queue's unit); None when another sender holds the installation."""
    if runtime.github is None:
        return await send_pending_actions(runtime)
    if runtime.engine.dialect.name == "postgresql":  # the database lock alone excludes other senders
        return await _send_installation(runtime, installation_id, None, None)
    async with runtime.send_lock:
        return await _send_installation(runtime, installation_id, None, None)


async def _send_installation(
    runtime: Runtime, installation_id: int, repo: str | None, held_client: GitHubAPI | None
) -> int | None:
    async with _holding(runtime.engine, installation_lock(installation_id)) as held:
        if not held:
            return None
        actions = await asyncio.to_thread(due_actions, runtime.engine, repo, installation_id=installation_id)
        login = f"{runtime.settings.github_app_slug}[bot]"
        return await _send_group(runtime, installation_id, actions, login, held_client) if actions else 0


@asynccontextmanager
async def _client(runtime: Runtime, installation_id: int, held: GitHubAPI | None) -> AsyncIterator[GitHubAPI]:
    """The installation's client: the one the caller holds when it acts for that installation, else a new one."""
    if held is not None and held.installation_id == installation_id:
        yield held
        return
    assert runtime.github is not None
    async with runtime.github.installation(installation_id) as gh:
        yield gh


async def _send_group(
    runtime: Runtime, installation_id: int, group: list[Action], login: str, held: GitHubAPI | None
) -> int:
    done = 0
    try:
        async with _client(runtime, installation_id, held) as gh:
            for index, action in enumerate(group):
                try:
                    if not await _sync(gh, runtime.engine, action, login, runtime.sandbox):
                        continue
                except GitHubRateLimited as e:
                    await asyncio.to_thread(_failed_all, runtime.engine, group[index:], e, e.retry_after)
                    return done
                except (GitHubError, DependencyFileError, TooCostly) as e:
                    await asyncio.to_thread(_failed, runtime.engine, action, e)
                    continue
                if action.state != ActionState.DISMISSED:
                    action.state, action.last_error = ActionState.SENT, None
                action.sent_at, action.next_attempt_at = utcnow(), None
                await asyncio.to_thread(record, runtime.engine, action)
                done += 1
    except GitHubError as e:  # no token for this installation
        await asyncio.to_thread(_failed_all, runtime.engine, group[done:], e)
    return done
