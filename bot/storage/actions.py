"""Storing actions: one row per key, inserted before anything is sent, updated in place when found again."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import fields

from packaging.utils import canonicalize_name
from sqlalchemy import Engine, func, insert, or_
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, delete, select

from bot.changes import ReleaseDiff
from bot.deps import suggest_upper_bound
from bot.findings.actions import ActionView
from bot.findings.advice import advise
from bot.findings.outcome import Finding, Outcome, action_key
from bot.findings.reconcile import Scope, Store, reconcile, refresh_text
from bot.findings.render import AdvisoryNote, Rendered, issue
from bot.findings.repo_config import RepoConfig
from bot.risk import RiskAssessment
from bot.storage.db import Bind, session_scope
from bot.storage.models.actions import Action, ActionKind, FindingRow, InstalledRepo
from bot.storage.models.analysis import ReleaseDiffRow
from bot.storage.models.audit import PinAuditRow
from bot.storage.models.risk import PackageRisk
from bot.storage.models.types import utcnow
from bot.storage.surfaces import stored_diff
from bot.versions import version_key

log = logging.getLogger(__name__)


def by_key(engine: Engine, key: str) -> Action | None:
    """The action stored under `key`."""
    with session_scope(engine) as session:
        return session.exec(select(Action).where(Action.key == key)).first()


def finding_action(engine: Engine, repo: str, number: int) -> Action | None:
    """The finding action whose issue or PR is `number` in `repo`."""
    with session_scope(engine) as session:
        return session.exec(
            select(Action).where(
                func.lower(Action.repo) == repo.lower(),
                Action.kind == ActionKind.FINDING,
                (Action.issue_number == number) | (Action.pr_number == number),
            )
        ).first()


def release_diff(engine: Engine, package: str, version: str) -> ReleaseDiff | None:
    """The stored changes of one release."""
    return stored_diff(engine, package, version)


def recent_diffs(engine: Engine, per_package: int = 1) -> list[ReleaseDiff]:
    """The newest stored release diffs, `per_package` for each package, oldest release first."""
    with session_scope(engine) as session:
        rows = session.exec(
            select(ReleaseDiffRow.package, ReleaseDiffRow.new_version).order_by(col(ReleaseDiffRow.id).desc())
        ).all()
    kept: dict[str, list[str]] = {}
    for package, version in rows:
        versions = kept.setdefault(package, [])
        if len(versions) < per_package and version not in versions:
            versions.append(version)
    diffs = [stored_diff(engine, package, version) for package, versions in kept.items() for version in versions]
    return sorted((d for d in diffs if d is not None), key=lambda d: (d.package, version_key(d.new)))


def suggested_specifier(finding: Finding) -> str | None:
    """The specifier the issue suggests (`>=1.0.1,<3`); None for a deprecation, or when no bound can help."""
    if advise(finding).cap is None:
        return None
    return suggest_upper_bound(finding.requirement.specifier if finding.requirement else "", finding.version)


def stored_advisories(engine: Bind, finding: Finding) -> tuple[AdvisoryNote, ...]:
    """The stored pip-audit advisories of the newest release the suggested bound keeps (none until audited)."""
    specifier = suggested_specifier(finding)
    if specifier is None:
        return ()
    with session_scope(engine) as session:
        row = session.get(PinAuditRow, (canonicalize_name(finding.package), specifier))
        raw = json.loads(row.advisories_json) if row is not None else []
    return tuple(AdvisoryNote(id=a["id"], summary=a["summary"], fix_versions=tuple(a["fixed_in"])) for a in raw)


def render_finding(engine: Bind, finding: Finding) -> Rendered:
    """The issue text of a finding with what is stored about its package: risk level and pin advisories."""
    transitive = bool(finding.via) and not finding.uses  # the reader waits for E's fix: E's upstream matters
    risk = stored_risk(engine, finding.via[0].dependent if transitive else finding.package)
    return issue(finding, risk=risk, advisories=() if transitive else stored_advisories(engine, finding))


def rerender(engine: Engine, action: Action) -> bool:
    """Re-render a stored finding (its risk or advisories changed); queued for an in-place edit when the text moved."""
    if not action.finding_json:
        return False
    text = render_finding(engine, Finding.model_validate_json(action.finding_json))
    change = refresh_text(view_of(action), text)
    return change is not None and store_changes(engine, [change]) == 1


def stored_risk(engine: Bind, package: str) -> RiskAssessment | None:
    """The last bus-factor assessment stored for `package` (never fetched on this path)."""
    with session_scope(engine) as session:
        row = session.get(PackageRisk, canonicalize_name(package))
    if row is None:
        return None
    return RiskAssessment.model_validate(
        {"level": row.level, "reasons": json.loads(row.reasons_json), "confidence": row.confidence}
    )


def view_of(action: Action) -> ActionView:
    """The reconciler's snapshot of a stored row."""
    return ActionView(
        key=action.key,
        kind=action.kind,
        repo=action.repo,
        installation_id=action.installation_id,
        id=action.id,
        package=action.package,
        version=action.version,
        flavour=action.flavour,
        parent_key=action.parent_key,
        state=action.state,
        want_open=action.want_open,
        closed_reason=action.closed_reason,
        sha=action.sha,
        title=action.title,
        body=action.body,
        labels=tuple(json.loads(action.labels_json)),
        assignees=tuple(json.loads(action.assignees_json)),
        want_issue=action.want_issue,
        want_pr=action.want_pr,
        finding_json=action.finding_json,
        issue_number=action.issue_number,
        pr_number=action.pr_number,
    )


_VIEW_FIELDS = tuple(f.name for f in fields(ActionView) if f.name not in ("id", "labels", "assignees"))


def write_view(view: ActionView, action: Action) -> Action:
    """Copy what the reconciler decided onto a row (new or loaded)."""
    for name in _VIEW_FIELDS:
        setattr(action, name, getattr(view, name))
    action.labels_json, action.assignees_json = json.dumps(list(view.labels)), json.dumps(list(view.assignees))
    action.updated_at = utcnow()
    return action


def package_actions(engine: Bind, repo: str, package: str, key: str) -> list[ActionView]:
    """A repository's stored actions for one package (any release), oldest first, and the one under `key`."""
    with session_scope(engine) as session:
        rows = list(
            session.exec(
                select(Action)
                .where(
                    or_(col(Action.key) == key, (col(Action.repo) == repo) & (col(Action.package) == package)),
                )
                .order_by(col(Action.id))
            ).all()
        )
    return [view_of(row) for row in rows]


def repo_actions(engine: Bind, repo: str, *kinds: ActionKind) -> list[ActionView]:
    """A repository's actions of these kinds (no kind named: of every kind), any state, oldest first."""
    with session_scope(engine) as session:
        query = select(Action).where(func.lower(Action.repo) == repo.lower())
        if kinds:
            query = query.where(col(Action.kind).in_(kinds))
        return [view_of(row) for row in session.exec(query.order_by(col(Action.id))).all()]


def store_changes(engine: Bind, changes: Sequence[Store]) -> int:
    """Write what the reconciler decided: inserts first-come (another process may win the key), updates by key."""
    stored = 0
    for change in changes:
        if change.new:
            stored += _insert(
                engine,
                write_view(
                    change.action, Action(key=change.action.key, kind=change.action.kind, repo="", installation_id=0)
                ),
                change.finding,
            )
            continue
        with session_scope(engine) as session:
            row = session.exec(select(Action).where(Action.key == change.action.key)).first()
            if row is not None:
                session.add(write_view(change.action, row))
                if change.finding is not None:
                    session.flush()
                    _replace_rows(session, row, change.finding)
                stored += 1
    return stored


def reconcile_finding(
    engine: Bind,
    repo: InstalledRepo,
    config: RepoConfig,
    diff: ReleaseDiff,
    outcome: Outcome,
    sha: str,
    stored: Sequence[ActionView] | None = None,
) -> list[Store]:
    """Load what is stored for (repository, package), render the finding, and ask the reconciler (no writes).
    `stored`: every action of the repository, read moments ago in this transaction (nothing written since)."""
    package = canonicalize_name(diff.package)
    key = action_key(repo.full_name, package, diff.new)
    if stored is None:
        existing = package_actions(engine, repo.full_name, package, key)
    else:  # package_actions' condition, on the rows at hand
        existing = [a for a in stored if a.key == key or (a.repo == repo.full_name and a.package == package)]
    text = render_finding(engine, outcome.finding) if outcome.finding is not None else None
    scope = Scope(repo=repo.full_name, installation_id=repo.installation_id, sha=sha)
    return reconcile(existing, outcome, config, scope, package, diff.new, text)


def _insert(engine: Bind, action: Action, finding: Finding | None) -> int:
    """Insert a new action (and its finding rows); 0 when another process stored the key first (in a caller's
    transaction, only this insert is rolled back: a savepoint)."""
    try:
        with session_scope(engine) as session, session.begin_nested() if session is engine else nullcontext():
            session.add(action)
            session.flush()
            _replace_rows(session, action, finding)
    except IntegrityError:
        log.info("action already stored", extra={"key": action.key})
        return 0
    log.info("action stored", extra={"key": action.key, "kind": action.kind})
    return 1


def _replace_rows(session: Session, action: Action, finding: Finding | None) -> None:
    """The action's finding rows, replaced in one executemany (a large repository has tens of thousands)."""
    assert action.id is not None
    session.execute(delete(FindingRow).where(col(FindingRow.action_id) == action.id))
    rows = [
        {
            "action_id": action.id,
            "symbol": use.symbol,
            "change": use.kind.value,
            "path": use.path,
            "line": use.line,
            "guarded": use.guarded,
        }
        for use in (finding.uses if finding else ())
    ]
    if rows:
        session.execute(insert(FindingRow), rows)
