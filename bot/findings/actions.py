"""What the bot has stored about one GitHub side effect, as the pure reconciler sees it (no database types)."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ActionState(enum.StrEnum):
    """Where an action stands: stored first, then sent (or would have been, in a dry run)."""

    PENDING = "pending"  # stored; GitHub not yet in step with it
    SENT = "sent"  # GitHub shows what the row says
    FAILED = "failed"  # the last send failed; retried after next_attempt_at
    DISMISSED = "dismissed"  # a person closed our issue: never reopened for this release
    DRY_RUN = "dry_run"  # would have been sent; no credentials


class ActionKind(enum.StrEnum):
    """What the action makes on GitHub."""

    FINDING = "finding"  # an issue and/or a PR for (repository, package, release)
    COMMENT = "comment"  # a later release's new findings, as one comment on the open issue
    CONFIG_ERROR = "config_error"  # one issue explaining an invalid .github/release-watch.yml
    LIFT = "lift"  # an issue and/or a one-line PR proposing to lift a cap the code no longer needs


@dataclass(frozen=True)
class ActionView:
    """A snapshot of one stored action: what the reconciler decides from and what it asks the shell to store."""

    key: str
    kind: ActionKind
    repo: str
    installation_id: int
    id: int | None = None
    package: str = ""
    version: str = ""
    flavour: str = ""
    parent_key: str | None = None
    state: ActionState = ActionState.PENDING
    want_open: bool = True
    closed_reason: str | None = None
    sha: str = ""
    title: str = ""
    body: str = ""
    labels: tuple[str, ...] = ()
    assignees: tuple[str, ...] = ()
    want_issue: bool = True
    want_pr: bool = False
    finding_json: str | None = None
    issue_number: int | None = None
    pr_number: int | None = None

    @property
    def live(self) -> bool:
        """Still wanted open and not closed by a person."""
        return self.want_open and self.state != ActionState.DISMISSED
