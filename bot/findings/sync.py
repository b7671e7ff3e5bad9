"""What to call on GitHub to bring one stored action in step with it (pure): `next_github_ops`.

The sender fetches what `Shown` describes, asks for the operations, and performs them in order.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from bot.findings.actions import ActionKind, ActionState, ActionView
from bot.findings.lift import CapLift
from bot.findings.lift_text import lift_closing
from bot.findings.outcome import Finding
from bot.findings.render import closing_comment, marker


class Missing(Enum):
    """GitHub answered 404/410 for an issue the action knows by number: a person deleted or transferred it."""

    GONE = "gone"


@dataclass(frozen=True)
class IssueShown:
    """An issue (or pull request) as GitHub shows it."""

    number: int
    open: bool
    title: str | None = None
    body: str | None = None


@dataclass(frozen=True)
class Shown:
    """What GitHub (and, for a comment, its parent action) shows; fields the action does not need stay None."""

    issue: IssueShown | Missing | None = None
    """The action's issue by number or by hidden marker; None when there is none."""
    pull: IssueShown | None = None
    """The action's pull request, fetched only when it is to be closed."""
    parent: ActionView | None = None
    """For a comment: the finding action whose issue it goes to."""


@dataclass(frozen=True)
class SetState:
    """Store a new state: `DISMISSED` once a person closed or deleted our issue (never reopened)."""

    state: ActionState


@dataclass(frozen=True)
class Wait:
    """Not yet: a comment's parent issue has no number yet."""


@dataclass(frozen=True)
class RememberIssue:
    """The action's issue (or, for a comment, its parent's) is `number`."""

    number: int


@dataclass(frozen=True)
class CreateIssue:
    """Open the issue (labels created first)."""

    title: str
    body: str
    labels: tuple[str, ...]
    assignees: tuple[str, ...]


@dataclass(frozen=True)
class EditIssue:
    """Bring the issue's text in step with the stored one."""

    number: int
    title: str
    body: str


@dataclass(frozen=True)
class CommentOnce:
    """Post `body` with the hidden marker `hidden`, unless a comment already carries it."""

    number: int
    hidden: str
    body: str


@dataclass(frozen=True)
class CloseIssue:
    """Close the issue (as completed)."""

    number: int


@dataclass(frozen=True)
class SyncPull:
    """Open or update the bound's pull request; it links the issue when the action has one."""

    link_issue: bool


@dataclass(frozen=True)
class ClosePull:
    """Close the bound's pull request."""

    number: int


Op = SetState | Wait | RememberIssue | CreateIssue | EditIssue | CommentOnce | CloseIssue | SyncPull | ClosePull


def needs_issue(action: ActionView) -> bool:
    """Whether the sender must look up the action's issue before asking for operations."""
    return action.kind != ActionKind.COMMENT and (action.want_issue or action.issue_number is not None)


def needs_pull(action: ActionView) -> bool:
    """Whether the sender must look up the action's pull request (to close it)."""
    return action.kind != ActionKind.COMMENT and not action.want_open and action.pr_number is not None


def next_github_ops(action: ActionView, shown: Shown) -> list[Op]:
    """The calls that bring GitHub in step with `action`, in order; a person's close is always respected."""
    if action.kind == ActionKind.COMMENT:
        return _comment_ops(action, shown.parent)
    ops = _issue_ops(action, shown.issue) if needs_issue(action) else []
    dismissed = any(isinstance(op, SetState) and op.state == ActionState.DISMISSED for op in ops)
    if not dismissed and action.want_pr and action.want_open and action.finding_json:
        ops.append(SyncPull(link_issue=action.want_issue))
    if needs_pull(action) and shown.pull is not None and shown.pull.open:
        ops += [
            CommentOnce(shown.pull.number, marker(f"{action.key}#closed"), closing_text(action)),
            ClosePull(shown.pull.number),
        ]
    return ops


def _comment_ops(action: ActionView, parent: ActionView | None) -> list[Op]:
    if parent is None or not parent.live:
        return [SetState(ActionState.DISMISSED)]  # the issue it would go to is closed or gone
    if parent.issue_number is None and not parent.want_issue and parent.pr_number is not None:
        return [CommentOnce(parent.pr_number, marker(action.key), action.body)]  # PR mode: the one PR is the thread
    if parent.issue_number is None:
        return [Wait()]
    return [CommentOnce(parent.issue_number, marker(action.key), action.body), RememberIssue(parent.issue_number)]


def _issue_ops(action: ActionView, issue: IssueShown | Missing | None) -> list[Op]:
    if issue is Missing.GONE:
        return [SetState(ActionState.DISMISSED)]  # a person deleted or transferred it
    if issue is None:
        if not action.want_open:
            return []
        return [CreateIssue(action.title, action.body, action.labels, action.assignees)]
    ops: list[Op] = [RememberIssue(issue.number)]
    if not issue.open:
        return ops + ([SetState(ActionState.DISMISSED)] if action.want_open else [])  # closed, and not by us
    if action.want_open:
        if (issue.title, issue.body) != (action.title, action.body):
            ops.append(EditIssue(issue.number, action.title, action.body))
        return ops
    return ops + [
        CommentOnce(issue.number, marker(f"{action.key}#closed"), closing_text(action)),
        CloseIssue(issue.number),
    ]


def closing_text(action: ActionView) -> str:
    """Why the bot closes the action's issue or PR."""
    if action.kind == ActionKind.LIFT and action.finding_json:
        return lift_closing(CapLift.model_validate_json(action.finding_json), action.closed_reason or "cap-gone")
    finding = Finding.model_validate_json(action.finding_json) if action.finding_json else None
    name = finding.display_name if finding else action.package
    return closing_comment(name, action.version, action.repo, action.sha, action.closed_reason or "unused")


def issues_disabled(action: ActionView) -> ActionView:
    """GitHub refused to open the issue (issues are disabled): stop asking; dismissed unless a PR is wanted."""
    return replace(action, want_issue=False, state=ActionState.DISMISSED if not action.want_pr else action.state)
