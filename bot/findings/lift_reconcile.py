"""When to propose lifting a cap, update the proposal, or close it: pure rules over the stored lift actions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name

from bot.changes import ReleaseDiff
from bot.findings.actions import ActionKind, ActionState, ActionView
from bot.findings.lift import CapLift
from bot.findings.lift_text import lift_issue
from bot.findings.reconcile import Scope, Store
from bot.findings.repo_config import RepoConfig
from bot.findings.scan import ScanReport
from bot.usage import BREAKING_KINDS


def reconcile_lifts(
    existing: Sequence[ActionView],
    lifts: Sequence[CapLift],
    report: ScanReport,
    diffs: Sequence[ReleaseDiff],
    config: RepoConfig,
    scope: Scope,
) -> list[Store]:
    """One proposal per cap the code no longer needs; closed once the cap is gone or needed again.

    `existing` holds the repository's lift actions (any state); `diffs` are the releases this scan looked at, so
    a proposal whose evidence is not among them is left as it is.
    """
    known = {a.key: a for a in existing}
    changes: list[Store] = []
    for lift in lifts:
        text = lift_issue(lift)
        current = known.get(lift.key)
        if current is None:
            action = ActionView(
                key=lift.key,
                kind=ActionKind.LIFT,
                repo=scope.repo,
                installation_id=scope.installation_id,
                package=lift.package,
                sha=scope.sha,
                title=text.title,
                body=text.body,
                labels=config.labels,
                assignees=config.assignees,
                want_issue=config.opens_issues,
                want_pr=config.opens_prs,
                finding_json=lift.model_dump_json(),
            )
            changes.append(Store(action, new=True))
        elif current.live and (current.title, current.body) != (text.title, text.body):
            updated = replace(current, title=text.title, body=text.body, sha=scope.sha, state=ActionState.PENDING)
            changes.append(Store(replace(updated, finding_json=lift.model_dump_json()), new=False))
    found = {lift.key for lift in lifts}
    for action in existing:
        if action.key in found or not action.live or not action.finding_json:
            continue
        reason = _gone(CapLift.model_validate_json(action.finding_json), report, diffs)
        if reason is not None:
            closed = replace(action, want_open=False, closed_reason=reason, sha=scope.sha, state=ActionState.PENDING)
            changes.append(Store(closed, new=False))
    return changes


def _gone(lift: CapLift, report: ScanReport, diffs: Sequence[ReleaseDiff]) -> str | None:
    """`cap-gone` when the requirement no longer carries the cap, `cap-needed` when an excluded release scanned
    breaks a use again; None when this scan cannot tell (its releases are not the proposal's evidence)."""
    cap = {str(s) for s in SpecifierSet(lift.cap)}
    still = any(
        r.package == lift.package and r.file == lift.requirement.path and cap <= {str(s) for s in r.specifier_set}
        for r in report.requirements
    )
    if not still:
        return "cap-gone"
    breaking = {
        (d.new, c.symbol)
        for d in diffs
        if canonicalize_name(d.package) == lift.package and d.new in lift.releases
        for c in d.changes
        if c.kind in BREAKING_KINDS
    }
    uses = [
        u for u in report.usages if canonicalize_name(u.package) == lift.package and (u.release, u.symbol) in breaking
    ]
    return "cap-needed" if any(not u.guarded for u in uses) else None
