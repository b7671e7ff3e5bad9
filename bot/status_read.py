"""Database reads behind `/status`: each returns a response model (or None when the subject is unknown)."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime

from packaging.version import InvalidVersion, Version
from pydantic import ValidationError
from sqlalchemy import Engine, case
from sqlmodel import Session, col, func, select

from bot import __version__
from bot.changes import Change
from bot.models.actions import Action, ActionState, FindingRow, InstalledRepo
from bot.models.analysis import ReleaseDiffRow
from bot.models.pypi import AnalysisState, PollRun, Release, WatchedPackage
from bot.models.risk import PackageRisk
from bot.status_schema import (
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
)

LATEST_CHANGES_SHOWN = 100
OPEN_STATES = (ActionState.PENDING, ActionState.SENT, ActionState.FAILED, ActionState.DRY_RUN)
_kind_counts: dict[tuple[int, int], dict[str, int]] = {}


def _page(page: int, per_page: int, total: int) -> Page:
    return Page(page=page, per_page=per_page, total=total, next_page=page + 1 if page * per_page < total else None)


def _kinds(changes_json: str) -> Counter[str]:
    try:
        return Counter(str(c.get("kind")) for c in json.loads(changes_json) if isinstance(c, dict))
    except (ValueError, TypeError):
        return Counter()


def _changes(changes_json: str) -> list[Change]:
    """Stored changes; entries that no longer validate are left out rather than failing the page."""
    try:
        raw = json.loads(changes_json)
    except ValueError:
        return []
    changes = []
    for item in raw if isinstance(raw, list) else []:
        try:
            changes.append(Change.model_validate(item))
        except ValidationError:
            continue
    return changes


def _changes_by_kind(session: Session) -> dict[str, int]:
    """Changes in every stored diff by kind; re-counted only when the set of diffs changed."""
    count, last = session.exec(select(func.count(), func.max(ReleaseDiffRow.id))).one()
    key = (int(count), int(last or 0))
    if key not in _kind_counts:
        total: Counter[str] = Counter()
        for changes_json in session.exec(select(ReleaseDiffRow.changes_json)):
            total.update(_kinds(changes_json))
        _kind_counts.clear()
        _kind_counts[key] = dict(sorted(total.items()))
    return _kind_counts[key]


def read_status(engine: Engine, *, dry_run: bool, started_at: datetime, now: datetime,
                page: int, per_page: int) -> Status:
    """The status document: counters, the last polling round, and one page of watched packages."""
    with Session(engine) as session:
        watched = session.exec(select(func.count()).select_from(WatchedPackage).where(col(WatchedPackage.watched))).one()
        names = session.exec(select(WatchedPackage).where(col(WatchedPackage.watched)).order_by(
            col(WatchedPackage.name)).offset((page - 1) * per_page).limit(per_page)).all()
        shown = [p.name for p in names]
        counts = dict(session.exec(select(Release.package, func.count()).where(col(Release.package).in_(shown))
                                   .group_by(Release.package)).all())
        pending = dict(session.exec(select(Release.package, func.count()).where(
            col(Release.package).in_(shown), Release.analysis_state == AnalysisState.PENDING).group_by(Release.package)).all())
        states = dict(session.exec(select(Release.analysis_state, func.count()).group_by(Release.analysis_state)).all())
        actions = {str(k): v for k, v in session.exec(select(Action.state, func.count()).group_by(Action.state)).all()}
        repos, installs = session.exec(select(func.count(), func.count(func.distinct(InstalledRepo.installation_id)))
                                       .select_from(InstalledRepo)).one()
        last_run = session.exec(select(PollRun).order_by(col(PollRun.id).desc()).limit(1)).first()
        return Status(
            version=__version__, started_at=started_at, uptime_seconds=int((now - started_at).total_seconds()),
            dry_run=dry_run,
            last_poll=PollStatus.model_validate(last_run, from_attributes=True) if last_run else None,
            packages_watched=watched,
            releases_analysed=states.get(AnalysisState.ANALYSED, 0),
            releases_pending=states.get(AnalysisState.PENDING, 0),
            changes_by_kind=_changes_by_kind(session),
            installations=installs, repositories=repos,
            actions_by_state=dict(sorted(actions.items())),
            actions_pending=actions.get(ActionState.PENDING, 0) + actions.get(ActionState.FAILED, 0),
            actions_sent=actions.get(ActionState.SENT, 0),
            packages=[PackageStatus(name=p.name, latest_version=p.latest_version, last_serial=p.last_serial,
                                    last_polled=p.last_polled, last_error=p.last_error,
                                    releases=counts.get(p.name, 0), pending_analysis=pending.get(p.name, 0))
                      for p in names],
            packages_page=_page(page, per_page, watched),
        )


def _version_key(version: str) -> tuple[int, Version | str]:
    try:
        return 1, Version(version)
    except InvalidVersion:
        return 0, version


def read_package(engine: Engine, name: str, *, page: int, per_page: int) -> PackageDetail | None:
    """A package's releases (newest version first), its latest diff and stored risk; None when unknown."""
    with Session(engine) as session:
        package = session.get(WatchedPackage, name)
        releases = sorted(session.exec(select(Release).where(Release.package == name)).all(),
                          key=lambda r: _version_key(r.version), reverse=True)
        if package is None and not releases:
            return None
        diffs = {d.new_version: d for d in session.exec(select(ReleaseDiffRow).where(ReleaseDiffRow.package == name))}
        risk = session.get(PackageRisk, name)
    shown = releases[(page - 1) * per_page: page * per_page]
    latest = max(diffs.values(), key=lambda d: _version_key(d.new_version), default=None)
    changes = _changes(latest.changes_json) if latest else []
    return PackageDetail(
        name=name, watched=bool(package and package.watched),
        latest_version=package.latest_version if package else None,
        last_polled=package.last_polled if package else None,
        last_error=package.last_error if package else None,
        risk=RiskStatus(level=risk.level, reasons=json.loads(risk.reasons_json), confidence=risk.confidence,
                        assessed_at=risk.assessed_at) if risk else None,
        latest_diff=f"{latest.old_version}..{latest.new_version}" if latest else None,
        latest_changes=changes[:LATEST_CHANGES_SHOWN], latest_changes_total=len(changes),
        releases=[ReleaseStatus(
            version=r.version, upload_time=r.upload_time, yanked=r.yanked, is_prerelease=r.is_prerelease,
            analysis_state=str(r.analysis_state),
            compared_with=diffs[r.version].old_version if r.version in diffs else None,
            changes=diffs[r.version].change_count if r.version in diffs else None,
            changes_by_kind=dict(sorted(_kinds(diffs[r.version].changes_json).items())) if r.version in diffs else {},
        ) for r in shown],
        releases_page=_page(page, per_page, len(releases)),
    )


def find_repo(engine: Engine, name: str) -> InstalledRepo | None:
    """The installed repository `owner/repo` (case-insensitive), or None."""
    with Session(engine) as session:
        return session.get(InstalledRepo, name.lower())


def read_repo(engine: Engine, repo: InstalledRepo, *, page: int, per_page: int) -> RepoDetail:
    """A repository's open actions and one page of its current findings."""
    open_action = (Action.repo == repo.full_name, col(Action.want_open), col(Action.state).in_(OPEN_STATES))
    with Session(engine) as session:
        actions = session.exec(select(Action).where(*open_action).order_by(col(Action.id))).all()
        total = session.exec(select(func.count()).select_from(FindingRow).join(Action).where(*open_action)).one()
        rows = session.exec(
            select(FindingRow, Action.package, Action.version).join(Action).where(*open_action)
            .order_by(col(Action.id), case((col(FindingRow.guarded), 1), else_=0), col(FindingRow.id))
            .offset((page - 1) * per_page).limit(per_page)).all()
    return RepoDetail(
        full_name=repo.full_name, private=repo.private, default_branch=repo.default_branch,
        last_scan_sha=repo.head_sha, last_scanned_at=repo.last_scanned_at,
        open_actions=[ActionStatus(kind=str(a.kind), package=a.package, version=a.version, state=str(a.state),
                                   title=a.title, issue_number=a.issue_number, pr_number=a.pr_number,
                                   sent_at=a.sent_at) for a in actions],
        findings=[FindingStatus(package=package, version=version, symbol=f.symbol, change=f.change, path=f.path,
                                line=f.line, guarded=f.guarded) for f, package, version in rows],
        findings_page=_page(page, per_page, total),
    )
