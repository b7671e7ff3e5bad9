"""When to open, update, comment on, supersede or close an issue: pure rules over stored actions.

`reconcile` turns what a scan found into changes to the stored actions; `next_github_ops` turns one stored
action and what GitHub shows into the calls that bring GitHub in step. The shell (storage, jobs.pipeline,
jobs.sender) only loads, calls these, and stores or sends what they return.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.findings.actions import ActionKind, ActionState, ActionView
from bot.findings.advice import issue_wanted, pr_allowed
from bot.findings.outcome import Finding, Flavour, Outcome, action_key, new_uses
from bot.findings.render import (
    DEPRECATION_LABEL,
    Rendered,
    config_error_issue,
    new_release_comment,
)
from bot.findings.repo_config import RepoConfig

CONFIG_ERROR_LABELS = ("release-watch",)


@dataclass(frozen=True)
class Scope:
    """The repository and commit a scan looked at."""

    repo: str
    """owner/repo as GitHub spells it."""
    installation_id: int
    sha: str


@dataclass(frozen=True)
class Store:
    """Insert `action` (`finding`'s uses stored beside it) or, with `new` False, overwrite the row under its key."""

    action: ActionView
    new: bool
    finding: Finding | None = None


def reconcile(
    existing: Sequence[ActionView],
    outcome: Outcome,
    config: RepoConfig,
    scope: Scope,
    package: str,
    version: str,
    text: Rendered | None = None,
) -> list[Store]:
    """The changes one release's outcome makes to a repository's actions.

    `existing` holds the repository's stored actions for `package` (any release), oldest first; `text` is the
    issue rendered for `outcome.finding` (it depends on stored risk and advisories, which the shell loads).
    """
    key = action_key(scope.repo, package, version)
    current = next((a for a in existing if a.key == key), None)
    finding = outcome.finding
    if finding is None:
        if current is None or current.kind != ActionKind.FINDING or not current.live:
            return []
        return [Store(_closing(current, _closing_reason(current, outcome.reason), scope.sha), new=False)]
    assert text is not None, "a finding needs its rendered issue"
    if current is None:
        return _first_time(existing, finding, config, scope, key, text)
    if current.kind != ActionKind.FINDING or current.state == ActionState.DISMISSED:
        return []  # a comment stays as sent; a person's close is respected
    updated = replace(
        current,
        want_pr=pr_allowed(finding) and (current.want_pr or config.opens_prs),  # once asked for (`pin`), kept
        want_issue=issue_wanted(finding, config) or current.issue_number is not None,
        title=text.title,
        body=text.body,
        want_open=True,
        closed_reason=None,
    )
    if current.want_open and (updated.title, updated.body, updated.want_pr, updated.want_issue) == (
        current.title,
        current.body,
        current.want_pr,
        current.want_issue,
    ):
        return []
    return [
        Store(
            replace(updated, sha=scope.sha, finding_json=finding.model_dump_json(), state=ActionState.PENDING),
            new=False,
            finding=finding,
        )
    ]


def _first_time(
    existing: Sequence[ActionView], finding: Finding, config: RepoConfig, scope: Scope, key: str, text: Rendered
) -> list[Store]:
    """A release seen for the first time: a comment on an earlier release's open issue, or a new issue."""
    parent = next(
        (
            a
            for a in existing
            if a.kind == ActionKind.FINDING
            and a.flavour == finding.flavour.value
            and a.version != finding.version
            and a.live
        ),
        None,
    )
    base = ActionView(
        key=key,
        kind=ActionKind.FINDING,
        repo=scope.repo,
        installation_id=scope.installation_id,
        package=finding.package,
        version=finding.version,
        flavour=finding.flavour.value,
        sha=scope.sha,
        finding_json=finding.model_dump_json(),
    )
    if parent is not None and parent.finding_json:
        added = new_uses(Finding.model_validate_json(parent.finding_json).uses, finding.uses)
        if not added:
            return []  # the open issue already covers everything this release affects
        comment = replace(
            base, kind=ActionKind.COMMENT, parent_key=parent.key, body=new_release_comment(finding, added)
        )
        return [Store(comment, new=True, finding=finding)]
    changes: list[Store] = []
    if finding.flavour is Flavour.REMOVAL:  # the removal supersedes the package's open deprecation warnings
        changes += [
            Store(_closing(a, "superseded", scope.sha), new=False)
            for a in existing
            if a.kind == ActionKind.FINDING and a.flavour == Flavour.DEPRECATION.value and a.live
        ]
    labels = config.labels + ((DEPRECATION_LABEL,) if finding.flavour is Flavour.DEPRECATION else ())
    issue = replace(
        base,
        title=text.title,
        body=text.body,
        labels=labels,
        assignees=config.assignees,
        want_issue=issue_wanted(finding, config),
        want_pr=pr_allowed(finding) and config.opens_prs,
    )
    return [*changes, Store(issue, new=True, finding=finding)]


def _closing_reason(current: ActionView, reason: str | None) -> str:
    """Why a finding no longer holds; a transitive-only one closes because the broken pair is no longer admitted."""
    if reason in (None, "unused", "bounded", "pinned") and current.finding_json:
        stored = Finding.model_validate_json(current.finding_json)
        if stored.via and not stored.uses:
            return "not-admitted"
    return reason or "unused"


def refresh_text(action: ActionView, text: Rendered) -> Store | None:
    """A stored finding re-rendered (its package's risk or advisories changed): edited in place when the text moved."""
    if action.kind != ActionKind.FINDING or not action.live or (action.title, action.body) == (text.title, text.body):
        return None
    return Store(replace(action, title=text.title, body=text.body, state=ActionState.PENDING), new=False)


def _closing(action: ActionView, reason: str, sha: str) -> ActionView:
    return replace(action, want_open=False, closed_reason=reason, sha=sha, state=ActionState.PENDING)


def config_error_key(repo: str, error: str) -> str:
    """One key per distinct configuration error of a repository."""
    return f"{repo.lower()}:config:{hashlib.sha256(error.encode()).hexdigest()[:12]}"


def reconcile_config(existing: Sequence[ActionView], error: str | None, scope: Scope) -> list[Store]:
    """Open one issue per distinct configuration error; close the open ones once fixed or replaced.

    `existing` holds the repository's config-error actions (any state).
    """
    key = config_error_key(scope.repo, error) if error is not None else None
    changes: list[Store] = []
    if error is not None and key is not None and all(a.key != key for a in existing):
        text = config_error_issue(error, key)
        changes.append(
            Store(
                ActionView(
                    key=key,
                    kind=ActionKind.CONFIG_ERROR,
                    repo=scope.repo,
                    installation_id=scope.installation_id,
                    title=text.title,
                    body=text.body,
                    labels=CONFIG_ERROR_LABELS,
                ),
                new=True,
            )
        )
    for action in existing:
        if action.key != key and action.live:  # fixed, or replaced by a different error with its own issue
            changes.append(
                Store(
                    replace(action, want_open=False, closed_reason="config-fixed", state=ActionState.PENDING), new=False
                )
            )
    return changes
