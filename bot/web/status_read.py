"""Database reads behind `/status`: each returns a response model (or None when the subject is unknown)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Engine, bindparam, case
from sqlmodel import Session, col, func, select

from bot import __version__
from bot.findings.advice import advise
from bot.findings.outcome import Finding
from bot.findings.transitive_render import advised_lines
from bot.releases import AnalysisState
from bot.storage.models.actions import Action, ActionState, FindingRow, InstalledRepo
from bot.storage.models.analysis import ReleaseDiffRow
from bot.storage.models.compat import RepoExposureNote
from bot.storage.models.pypi import PollRun, Release, WatchedPackage
from bot.storage.models.risk import PackageRisk
from bot.versions import version_key
from bot.web.compat_read import read_package_compat
from bot.web.compat_schema import ExposureNoteStatus
from bot.web.diff_tally import DiffTally
from bot.web.release_read import OPEN_STATES, breaking_releases, compatibility, deprecation_timeline
from bot.web.status_schema import (
    ActionStatus,
    FindingStatus,
    PackageDetail,
    PackageStatus,
    Page,
    PollStatus,
    ReleaseStatus,
    RepoDetail,
    RiskStatus,
    Status,
    UncomparableRelease,
)
from bot.web.stored import changes as _changes
from bot.web.stored import kinds as _kinds
from bot.web.stored import version_key as _version_key

LATEST_CHANGES_SHOWN = 100
UNCOMPARABLE_SHOWN = 20


def _page(page: int, per_page: int, total: int) -> Page:
    return Page(page=page, per_page=per_page, total=total, next_page=page + 1 if page * per_page < total else None)


_WATCHED = col(WatchedPackage.watched)
_WATCHED_COUNT = select(func.count()).select_from(WatchedPackage).where(_WATCHED)
# sqlmodel's `select` overloads stop at 4 columns: wider selects are untyped (type: ignore[call-overload] below)
_WATCHED_PAGE = (
    select(
        WatchedPackage.name,
        WatchedPackage.latest_version,  # type: ignore[call-overload, misc]
        WatchedPackage.last_serial,
        WatchedPackage.last_polled,
        WatchedPackage.last_error,
        Release.upload_time,
    )
    .outerjoin(
        Release, (col(Release.package) == WatchedPackage.name) & (col(Release.version) == WatchedPackage.latest_version)
    )
    .where(_WATCHED)
    .order_by(col(WatchedPackage.name))
    .limit(bindparam("limit"))
    .offset(bindparam("offset"))
)
_RELEASES_BY_PACKAGE = (
    select(
        Release.package,
        func.count(),
        func.sum(case((col(Release.analysis_state) == AnalysisState.PENDING, 1), else_=0)),
    )
    .where(col(Release.package).in_(bindparam("names", expanding=True)))
    .group_by(Release.package)
)
_RELEASE_STATES = select(Release.analysis_state, func.count()).group_by(Release.analysis_state)
_ACTION_STATES = select(Action.state, func.count()).group_by(Action.state)
_UNCOMPARABLE = (
    select(
        Release.package,
        Release.version,
        Release.analysis_error,
        Release.analysis_attempts,
        Release.analysis_retry_at,  # type: ignore[call-overload]  # > 4 columns
    )
    .where(col(Release.analysis_state) == AnalysisState.CANNOT_COMPARE)
    .order_by(col(Release.id).desc())
    .limit(UNCOMPARABLE_SHOWN)
)
_REPO_COUNTS = select(func.count(), func.count(func.distinct(InstalledRepo.installation_id))).select_from(InstalledRepo)
_LAST_RUN = (
    select(
        PollRun.started_at,
        PollRun.finished_at,  # type: ignore[call-overload]  # > 4 columns
        PollRun.outcome,
        PollRun.packages_checked,
        PollRun.packages_failed,
        PollRun.releases_new,
        PollRun.error,
    )
    .order_by(col(PollRun.id).desc())
    .limit(1)
)
_OPEN_THREADS = select(func.count(col(Action.issue_number)), func.count(col(Action.pr_number))).where(
    col(Action.want_open), col(Action.state).in_(OPEN_STATES)
)


def read_status(
    engine: Engine,
    *,
    tally: DiffTally,
    dry_run: bool,
    started_at: datetime,
    now: datetime,
    page: int,
    per_page: int,
) -> Status:
    """The status document: counters, the last polling round, and one page of watched packages."""
    with engine.connect() as connection:
        watched = connection.execute(_WATCHED_COUNT).scalar_one()
        packages = connection.execute(_WATCHED_PAGE, {"limit": per_page, "offset": (page - 1) * per_page}).all()
        releases = {
            name: (total, pending)
            for name, total, pending in connection.execute(_RELEASES_BY_PACKAGE, {"names": [p.name for p in packages]})
        }
        states = dict(connection.execute(_RELEASE_STATES).all())
        uncomparable = connection.execute(_UNCOMPARABLE).all() if states.get(AnalysisState.CANNOT_COMPARE) else []
        actions = {str(k): v for k, v in connection.execute(_ACTION_STATES).all()}
        repos, installs = connection.execute(_REPO_COUNTS).one()
        last_run = connection.execute(_LAST_RUN).first()
        changes = tally.read(connection).by_kind
        issues, prs = connection.execute(_OPEN_THREADS).one()
        breaking = breaking_releases(connection, tally)
    return Status(
        version=__version__,
        started_at=started_at,
        uptime_seconds=int((now - started_at).total_seconds()),
        dry_run=dry_run,
        last_poll=PollStatus.model_validate(last_run._mapping) if last_run else None,
        packages_watched=watched,
        releases_analysed=states.get(AnalysisState.ANALYSED, 0),
        releases_pending=states.get(AnalysisState.PENDING, 0),
        releases_cannot_compare=[
            UncomparableRelease(package=p, version=v, reason=why, attempts=n, next_attempt_at=at)
            for p, v, why, n, at in uncomparable
        ],
        changes_by_kind=changes,
        installations=installs,
        repositories=repos,
        actions_by_state=dict(sorted(actions.items())),
        actions_pending=actions.get(ActionState.PENDING, 0) + actions.get(ActionState.FAILED, 0),
        actions_sent=actions.get(ActionState.SENT, 0),
        open_issues=issues,
        open_prs=prs,
        breaking_releases=breaking,
        packages=[
            PackageStatus(
                name=p.name,
                latest_version=p.latest_version,
                last_serial=p.last_serial,
                last_polled=p.last_polled,
                last_error=p.last_error,
                releases=releases.get(p.name, (0, 0))[0],
                pending_analysis=int(releases.get(p.name, (0, 0))[1] or 0),
                latest_upload_time=p.upload_time,
            )
            for p in packages
        ],
        packages_page=_page(page, per_page, watched),
    )


def read_package(engine: Engine, name: str, *, page: int, per_page: int) -> PackageDetail | None:
    """A package's releases (newest version first), its latest diff and stored risk; None when unknown."""
    with Session(engine) as session:
        package = session.get(WatchedPackage, name)
        releases = sorted(
            session.exec(select(Release).where(Release.package == name)).all(),
            key=lambda r: version_key(r.version),
            reverse=True,
        )
        if package is None and not releases:
            return None
        diffs = {d.new_version: d for d in session.exec(select(ReleaseDiffRow).where(ReleaseDiffRow.package == name))}
        risk = session.get(PackageRisk, name)
        matrix = compatibility(session.connection(), name, [r.version for r in releases if r.version in diffs])
        compat = read_package_compat(session, name)
    parsed = {v: _changes(d.changes_json) for v, d in diffs.items()}
    arrows, pending = deprecation_timeline(parsed, _version_key)
    shown = releases[(page - 1) * per_page : page * per_page]
    latest = max(diffs.values(), key=lambda d: version_key(d.new_version), default=None)
    changes = _changes(latest.changes_json) if latest else []
    return PackageDetail(
        name=name,
        watched=bool(package and package.watched),
        latest_version=package.latest_version if package else None,
        last_polled=package.last_polled if package else None,
        last_error=package.last_error if package else None,
        risk=RiskStatus(
            level=risk.level,
            reasons=json.loads(risk.reasons_json),
            confidence=risk.confidence,
            assessed_at=risk.assessed_at,
        )
        if risk
        else None,
        latest_diff=f"{latest.old_version}..{latest.new_version}" if latest else None,
        latest_changes=changes[:LATEST_CHANGES_SHOWN],
        latest_changes_total=len(changes),
        releases=[
            ReleaseStatus(
                version=r.version,
                upload_time=r.upload_time,
                yanked=r.yanked,
                is_prerelease=r.is_prerelease,
                analysis_state=str(r.analysis_state),
                compared_with=diffs[r.version].old_version if r.version in diffs else None,
                changes=len(parsed[r.version]) if r.version in diffs else None,  # public names only
                changes_by_kind=dict(sorted(_kinds(diffs[r.version].changes_json).items()))
                if r.version in diffs
                else {},
                change_list=parsed.get(r.version, [])[:LATEST_CHANGES_SHOWN],
            )
            for r in shown
        ],
        releases_page=_page(page, per_page, len(releases)),
        deprecation_removals=arrows,
        pending_deprecations=pending,
        compatibility=matrix,
        breaks_with=compat.breaks_with,
        broken_by=compat.broken_by,
        extensions=compat.extensions,
    )


_OPEN = (col(Action.want_open), col(Action.state).in_(OPEN_STATES))
_REPO = select(*InstalledRepo.__table__.c).where(InstalledRepo.name == bindparam("name"))  # type: ignore[attr-defined]
_ACTIONS = (
    select(
        Action.kind,
        Action.package,
        Action.version,  # type: ignore[call-overload]  # > 4 columns
        Action.state,
        Action.title,
        Action.issue_number,
        Action.pr_number,
        Action.sent_at,
        Action.finding_json,
    )
    .where(Action.repo == bindparam("repo"), *_OPEN)
    .order_by(col(Action.id))
)
_FINDING_COUNT = (
    select(func.count()).select_from(FindingRow).join(Action).where(Action.repo == bindparam("repo"), *_OPEN)
)
_FINDINGS = (
    select(
        FindingRow.symbol,
        FindingRow.change,  # type: ignore[call-overload]  # > 4 columns
        FindingRow.path,
        FindingRow.line,
        FindingRow.guarded,
        Action.package,
        Action.version,
    )
    .join(Action)
    .where(Action.repo == bindparam("repo"), *_OPEN)
    .order_by(col(FindingRow.action_id), case((col(FindingRow.guarded), 1), else_=0), col(FindingRow.id))
    .limit(bindparam("limit"))
    .offset(bindparam("offset"))
)


_NOTES = select(RepoExposureNote.package, RepoExposureNote.version, RepoExposureNote.note).where(
    RepoExposureNote.repo == bindparam("repo")
)


def _requirement(finding_json: str | None) -> dict[str, Any]:
    """The requirement line behind a finding and the bound the bot suggests; empty when none was stored."""
    if not finding_json:
        return {}
    try:
        finding = Finding.model_validate_json(finding_json)
    except ValidationError:
        return {}
    req = finding.requirement
    transitive = bool(finding.via) and not finding.uses
    # a transitive finding's advice is the chain's; else the policy's cap (none for a deprecation), as issues say
    suggested = "; ".join(advised_lines(finding)[0]) if transitive else advise(finding).cap
    if req is None:  # an undeclared import: no requirement line, only the line to add
        return {"suggested_requirement": suggested}
    return {
        "requirement": req.text,
        "requirement_path": req.path,
        "requirement_line": req.line,
        "suggested_requirement": suggested,
    }


def read_repo(engine: Engine, name: str, *, page: int, per_page: int) -> RepoDetail | None:
    """An installed repository (case-insensitive `owner/repo`): open actions and one page of current findings.

    Prepared statements on one connection: this is the hot path of `/status`. None when the repository is unknown.
    """
    with engine.connect() as connection:
        repo = connection.execute(_REPO, {"name": name.lower()}).first()
        if repo is None:
            return None
        actions = connection.execute(_ACTIONS, {"repo": repo.full_name}).all()
        total = connection.execute(_FINDING_COUNT, {"repo": repo.full_name}).scalar_one() if actions else 0
        rows = (
            connection.execute(
                _FINDINGS, {"repo": repo.full_name, "limit": per_page, "offset": (page - 1) * per_page}
            ).all()
            if total
            else []
        )
        notes = connection.execute(_NOTES, {"repo": repo.name}).all()
    return RepoDetail(
        full_name=repo.full_name,
        private=repo.private,
        default_branch=repo.default_branch,
        last_scan_sha=repo.head_sha,
        last_scanned_at=repo.last_scanned_at,
        too_costly=repo.costly_reason,
        too_costly_sha=repo.costly_sha if repo.costly_reason else None,
        open_actions=[
            ActionStatus(
                kind=a.kind,
                package=a.package,
                version=a.version,
                state=a.state,
                title=a.title,
                issue_number=a.issue_number,
                pr_number=a.pr_number,
                sent_at=a.sent_at,
                **_requirement(a.finding_json),
            )
            for a in actions
        ],
        findings=[FindingStatus.model_validate(f._mapping) for f in rows],  # the columns are named as the fields
        findings_page=_page(page, per_page, total),
        transitive_notes=[ExposureNoteStatus(package=n.package, version=n.version, note=n.note) for n in notes],
    )
