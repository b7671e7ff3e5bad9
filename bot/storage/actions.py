"""Storing actions: one row per key, inserted before anything is sent, updated in place when found again."""

from __future__ import annotations

import json
import logging

from packaging.utils import canonicalize_name
from sqlalchemy import Engine, func
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, delete, select

from bot.storage.surfaces import stored_diff
from bot.changes import ReleaseDiff
from bot.storage.db import session_scope
from bot.findings.outcome import Finding, Flavour, Outcome, action_key, new_uses
from bot.storage.models.actions import Action, ActionKind, ActionState, FindingRow, InstalledRepo
from bot.storage.models.analysis import ReleaseDiffRow
from bot.storage.models.audit import PinAuditRow
from bot.storage.models.risk import PackageRisk
from bot.storage.models.types import utcnow
from bot.deps import suggest_upper_bound
from bot.findings.render import (
    DEPRECATION_LABEL, AdvisoryNote, Rendered, config_error_issue, issue, new_release_comment,
)
from bot.findings.repo_config import RepoConfig
from bot.risk import RiskAssessment
from bot.versions import version_key

log = logging.getLogger(__name__)


def by_key(engine: Engine, key: str) -> Action | None:
    """The action stored under `key`."""
    with session_scope(engine) as session:
        return session.exec(select(Action).where(Action.key == key)).first()


def finding_action(engine: Engine, repo: str, number: int) -> Action | None:
    """The finding action whose issue or PR is `number` in `repo`."""
    with session_scope(engine) as session:
        return session.exec(select(Action).where(
            func.lower(Action.repo) == repo.lower(), Action.kind == ActionKind.FINDING,
            (Action.issue_number == number) | (Action.pr_number == number),
        )).first()


def open_config_errors(engine: Engine, repo: str) -> list[Action]:
    """Config-error issues of `repo` still wanted open."""
    with session_scope(engine) as session:
        return list(session.exec(select(Action).where(
            Action.repo == repo, Action.kind == ActionKind.CONFIG_ERROR, col(Action.want_open).is_(True),
            Action.state != ActionState.DISMISSED,
        )).all())


def release_diff(engine: Engine, package: str, version: str) -> ReleaseDiff | None:
    """The stored changes of one release."""
    return stored_diff(engine, package, version)


def recent_diffs(engine: Engine, per_package: int = 1) -> list[ReleaseDiff]:
    """The newest stored release diffs, `per_package` for each package, oldest release first."""
    with session_scope(engine) as session:
        rows = session.exec(select(ReleaseDiffRow.package, ReleaseDiffRow.new_version)
                            .order_by(col(ReleaseDiffRow.id).desc())).all()
    kept: dict[str, list[str]] = {}
    for package, version in rows:
        versions = kept.setdefault(package, [])
        if len(versions) < per_package and version not in versions:
            versions.append(version)
    diffs = [stored_diff(engine, package, version) for package, versions in kept.items() for version in versions]
    return sorted((d for d in diffs if d is not None), key=lambda d: (d.package, version_key(d.new)))


def suggested_specifier(finding: Finding) -> str | None:
    """The specifier the issue suggests (`>=1.0.1,<3`); None when no upper bound can exclude the release."""
    return suggest_upper_bound(finding.requirement.specifier, finding.version)


def stored_advisories(engine: Engine, finding: Finding) -> tuple[AdvisoryNote, ...]:
    """The stored pip-audit advisories of the newest release the suggested bound keeps (none until audited)."""
    specifier = suggested_specifier(finding)
    if specifier is None:
        return ()
    with session_scope(engine) as session:
        row = session.get(PinAuditRow, (canonicalize_name(finding.package), specifier))
        raw = json.loads(row.advisories_json) if row is not None else []
    return tuple(AdvisoryNote(id=a["id"], summary=a["summary"], fix_versions=tuple(a["fixed_in"])) for a in raw)


def render_finding(engine: Engine, finding: Finding) -> Rendered:
    """The issue text of a finding with what is stored about its package: risk level and pin advisories."""
    return issue(finding, risk=stored_risk(engine, finding.package), advisories=stored_advisories(engine, finding))


def rerender(engine: Engine, action: Action) -> bool:
    """Re-render a stored finding (its risk or advisories changed); queued for an in-place edit when the text moved."""
    if action.kind != ActionKind.FINDING or not action.finding_json or not action.want_open:
        return False
    if action.state == ActionState.DISMISSED:
        return False
    finding = Finding.model_validate_json(action.finding_json)
    rendered = render_finding(engine, finding)
    if (action.title, action.body) == (rendered.title, rendered.body):
        return False
    action.title, action.body = rendered.title, rendered.body
    action.state = ActionState.PENDING
    _update(engine, action, None)
    return True


def stored_risk(engine: Engine, package: str) -> RiskAssessment | None:
    """The last bus-factor assessment stored for `package` (never fetched on this path)."""
    with session_scope(engine) as session:
        row = session.get(PackageRisk, canonicalize_name(package))
    if row is None:
        return None
    return RiskAssessment.model_validate(
        {"level": row.level, "reasons": json.loads(row.reasons_json), "confidence": row.confidence}
    )


def _insert(engine: Engine, action: Action, finding: Finding | None) -> int:
    """Insert a new action (and its finding rows); 0 when another process stored the key first."""
    try:
        with session_scope(engine) as session:
            session.add(action)
            session.flush()
            _replace_rows(session, action, finding)
    except IntegrityError:
        log.info("action already stored", extra={"key": action.key})
        return 0
    log.info("action stored", extra={"key": action.key, "kind": action.kind})
    return 1


def _replace_rows(session: object, action: Action, finding: Finding | None) -> None:
    assert action.id is not None
    session.execute(delete(FindingRow).where(col(FindingRow.action_id) == action.id))  # type: ignore[attr-defined]
    for use in finding.uses if finding else ():
        session.add(FindingRow(action_id=action.id, symbol=use.symbol, change=use.kind.value,  # type: ignore[attr-defined]
                               path=use.path, line=use.line, guarded=use.guarded))


def _open_parent(engine: Engine, repo: str, package: str, flavour: Flavour, version: str) -> Action | None:
    """An earlier release's finding for the same package and flavour, still open: later findings comment there."""
    with session_scope(engine) as session:
        return session.exec(select(Action).where(
            Action.repo == repo, Action.package == package, Action.kind == ActionKind.FINDING,
            Action.flavour == flavour.value, Action.version != version, col(Action.want_open).is_(True),
            Action.state != ActionState.DISMISSED,
        ).order_by(col(Action.id))).first()


def _supersede_warnings(engine: Engine, repo: str, package: str, sha: str) -> None:
    """Close the open deprecation warnings of a package once a release removes what they warned about."""
    with session_scope(engine) as session:
        for action in session.exec(select(Action).where(
            Action.repo == repo, Action.package == package, Action.kind == ActionKind.FINDING,
            Action.flavour == Flavour.DEPRECATION.value, col(Action.want_open).is_(True),
            Action.state != ActionState.DISMISSED,
        )).all():
            action.want_open, action.closed_reason, action.sha = False, "superseded", sha
            action.state, action.updated_at = ActionState.PENDING, utcnow()
            session.add(action)


def upsert_finding(
    engine: Engine, repo: InstalledRepo, config: RepoConfig, diff: ReleaseDiff, outcome: Outcome, sha: str
) -> int:
    """Store, update or resolve the action for (repository, package, release); returns rows changed."""
    key = action_key(repo.full_name, diff.package, diff.new)
    existing = by_key(engine, key)
    finding = outcome.finding
    if finding is None:
        if existing is None or existing.kind != ActionKind.FINDING or not existing.want_open:
            return 0
        if existing.state == ActionState.DISMISSED:
            return 0
        existing.want_open, existing.closed_reason, existing.sha = False, outcome.reason, sha
        existing.state = ActionState.PENDING
        return _update(engine, existing, None)
    rendered = render_finding(engine, finding)
    if existing is None:
        parent = _open_parent(engine, repo.full_name, finding.package, finding.flavour, finding.version)
        if parent is not None and parent.finding_json:
            added = new_uses(Finding.model_validate_json(parent.finding_json).uses, finding.uses)
            if not added:
                return 0  # the open issue already covers everything this release affects
            return _insert(engine, Action(
                key=key, kind=ActionKind.COMMENT, repo=repo.full_name, installation_id=repo.installation_id,
                package=finding.package, version=finding.version, flavour=finding.flavour.value, parent_key=parent.key,
                sha=sha, body=new_release_comment(finding, added), finding_json=finding.model_dump_json(),
            ), finding)
        labels = list(config.labels) + ([DEPRECATION_LABEL] if finding.flavour is Flavour.DEPRECATION else [])
        if finding.flavour is Flavour.REMOVAL:
            _supersede_warnings(engine, repo.full_name, finding.package, sha)
        return _insert(engine, Action(
            key=key, kind=ActionKind.FINDING, repo=repo.full_name, installation_id=repo.installation_id,
            package=finding.package, version=finding.version, flavour=finding.flavour.value, sha=sha,
            title=rendered.title, body=rendered.body, labels_json=json.dumps(labels),
            assignees_json=json.dumps(list(config.assignees)), want_issue=config.opens_issues,
            want_pr=config.opens_prs, finding_json=finding.model_dump_json(),
        ), finding)
    if existing.kind != ActionKind.FINDING or existing.state == ActionState.DISMISSED:
        return 0
    want_pr = existing.want_pr or config.opens_prs  # a PR once asked for (config or `pin`) stays tracked
    want_issue = config.opens_issues or existing.issue_number is not None
    unchanged = (existing.title, existing.body, existing.want_pr, existing.want_issue) == (
        rendered.title, rendered.body, want_pr, want_issue)
    if existing.want_open and unchanged:
        return 0
    existing.want_pr, existing.want_issue = want_pr, want_issue
    existing.title, existing.body = rendered.title, rendered.body
    existing.want_open, existing.closed_reason, existing.sha = True, None, sha
    existing.finding_json, existing.state = finding.model_dump_json(), ActionState.PENDING
    return _update(engine, existing, finding)


def _update(engine: Engine, action: Action, finding: Finding | None) -> int:
    action.updated_at = utcnow()
    with session_scope(engine) as session:
        merged = session.merge(action)
        if finding is not None:
            _replace_rows(session, merged, finding)
    return 1


def upsert_config_error(engine: Engine, repo: InstalledRepo, error: str, key: str) -> int:
    """One issue per distinct configuration error, stored before it is sent."""
    if by_key(engine, key) is not None:
        return 0
    rendered = config_error_issue(error, key)
    return _insert(engine, Action(
        key=key, kind=ActionKind.CONFIG_ERROR, repo=repo.full_name, installation_id=repo.installation_id,
        title=rendered.title, body=rendered.body, labels_json=json.dumps(["release-watch"]),
    ), None)
