"""Reads behind `/status/releases/…` and the release parts of `/status` and `/status/packages/…`.

Every figure comes from stored rows: release diffs, and the findings behind the issues the bot opened. Private
repositories are counted, never named, because these answers are public.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, Row, bindparam, case, tuple_
from sqlmodel import col, func, select

from bot.changes import Change, ChangeKind
from bot.findings.outcome import Flavour
from bot.storage.models.actions import Action, ActionKind, ActionState, FindingRow, InstalledRepo
from bot.storage.models.analysis import ReleaseDiffRow
from bot.storage.models.pypi import Release
from bot.web.status_schema import (
    BreakingRelease,
    Compatibility,
    CompatibilityCell,
    CompatibilityRow,
    DeprecationRemoval,
    ReleaseDetail,
    ReleaseImpact,
)
from bot.web.stored import breaking_count, changes, kinds, version_key

RECENT_BREAKING = 10
MATRIX_VERSIONS = 6
MATRIX_ROWS = 25
AFFECTED_SHOWN = 100
NO_FINDING = "no finding"
OPEN_STATES = (ActionState.PENDING, ActionState.SENT, ActionState.FAILED, ActionState.DRY_RUN)
EPOCH = datetime.min.replace(tzinfo=UTC)
_breaking_diffs: dict[tuple[int, int], list[tuple[str, str, str, int]]] = {}

_DIFF_KEY = select(func.count(), func.max(ReleaseDiffRow.id))
_DIFFS = select(ReleaseDiffRow.package, ReleaseDiffRow.old_version, ReleaseDiffRow.new_version,
                ReleaseDiffRow.changes_json)
_UPLOADS = select(Release.package, Release.version, Release.upload_time).where(
    tuple_(Release.package, Release.version).in_(bindparam("pairs", expanding=True)))
_OPEN_BREAKS = (select(Action.package, Action.version, func.count(func.distinct(Action.repo)))
                .where(Action.kind == ActionKind.FINDING, col(Action.want_open), col(Action.state).in_(OPEN_STATES),
                       Action.flavour != Flavour.DEPRECATION,
                       tuple_(Action.package, Action.version).in_(bindparam("pairs", expanding=True)))
                .group_by(Action.package, Action.version))
_UNGUARDED = func.sum(case((col(FindingRow.guarded).is_(False), 1), else_=0))
_IMPACTS = (select(Action.repo, Action.version, Action.state, Action.want_open, Action.flavour, Action.issue_number,
                   Action.pr_number, InstalledRepo.private, _UNGUARDED)
            .outerjoin(InstalledRepo, InstalledRepo.name == func.lower(Action.repo))
            .outerjoin(FindingRow, FindingRow.action_id == Action.id)
            .where(Action.kind == ActionKind.FINDING, Action.package == bindparam("package"),
                   col(Action.version).in_(bindparam("versions", expanding=True)))
            .group_by(col(Action.id), InstalledRepo.private)
            .order_by(col(Action.repo)))


def verdict(state: str, want_open: bool, flavour: str) -> str:
    """The stored action's meaning for its repository, in words."""
    if state == ActionState.DISMISSED:
        return "dismissed"
    if not want_open:
        return "no longer affected"
    return "deprecation warning" if flavour == Flavour.DEPRECATION else "breaks"


def _breaking(connection: Connection) -> list[tuple[str, str, str, int]]:
    """(package, old, new, breaking changes) of every stored diff that breaks something; re-read when diffs change."""
    count, last = connection.execute(_DIFF_KEY).one()
    key = (int(count), int(last or 0))
    if key not in _breaking_diffs:
        found = [(p, old, new, n) for p, old, new, text in connection.execute(_DIFFS) if (n := breaking_count(text))]
        _breaking_diffs.clear()
        _breaking_diffs[key] = found
    return _breaking_diffs[key]


def breaking_releases(connection: Connection) -> list[BreakingRelease]:
    """The most recent breaking releases (by upload time) and how many repositories have an open issue for each."""
    diffs = _breaking(connection)
    if not diffs:
        return []
    uploads = {(p, v): t for p, v, t in connection.execute(_UPLOADS, {"pairs": [(p, new) for p, _, new, _ in diffs]})}
    newest = sorted(diffs, key=lambda d: (uploads.get((d[0], d[2])) or EPOCH, d[0], version_key(d[2])),
                    reverse=True)[:RECENT_BREAKING]
    affected = {(p, v): n for p, v, n in connection.execute(_OPEN_BREAKS, {"pairs": [(p, new) for p, _, new, _ in newest]})}
    return [BreakingRelease(package=p, version=new, compared_with=old, upload_time=uploads.get((p, new)),
                            breaking_changes=n, repositories_affected=affected.get((p, new), 0))
            for p, old, new, n in newest]


def _impacts(connection: Connection, package: str, versions: Sequence[str]) -> list[Row[Any]]:
    return list(connection.execute(_IMPACTS, {"package": package, "versions": list(versions)})) if versions else []


def compatibility(connection: Connection, package: str, analysed: Sequence[str]) -> Compatibility:
    """Public repositories with findings × the package's newest analysed releases (`analysed` is newest first)."""
    versions = list(analysed[:MATRIX_VERSIONS])
    cells: dict[str, dict[str, CompatibilityCell]] = defaultdict(dict)
    private: set[str] = set()
    for row in _impacts(connection, package, versions):
        if row.private is not False:
            private.add(row.repo.lower())
            continue
        cells[row.repo][row.version] = CompatibilityCell(
            version=row.version, verdict=verdict(row.state, row.want_open, row.flavour), uses=int(row[-1] or 0))
    names = sorted(cells, key=str.lower)
    rows = [CompatibilityRow(repo=name, cells=[cells[name].get(v) or CompatibilityCell(version=v, verdict=NO_FINDING,
                                                                                        uses=0) for v in versions])
            for name in names[:MATRIX_ROWS]]
    return Compatibility(versions=versions, rows=rows, more_repositories=max(0, len(names) - MATRIX_ROWS),
                         private_repositories=len(private))


def deprecation_timeline(by_version: dict[str, list[Change]],
                         key: Callable[[str], Any] = version_key) -> tuple[list[DeprecationRemoval], list[Change]]:
    """Deprecation → removal pairs across stored diffs, and the deprecations no later diff removed (yet)."""
    deprecated: dict[str, tuple[str, Change]] = {}
    arrows = []
    for version in sorted(by_version, key=key):
        for change in by_version[version]:
            if change.kind == ChangeKind.DEPRECATED:
                deprecated.setdefault(change.symbol, (version, change))
            elif change.kind == ChangeKind.REMOVED and change.symbol in deprecated:
                arrows.append(DeprecationRemoval(symbol=change.symbol, deprecated_in=deprecated.pop(change.symbol)[0],
                                                 removed_in=version))
    return arrows, [change for _, (_, change) in sorted(deprecated.items())]


def read_release(engine: Engine, package: str, version: str) -> ReleaseDetail | None:
    """One release with its stored diff and the repositories it affects; None when the release is unknown."""
    with engine.connect() as connection:
        release = connection.execute(select(Release).where(Release.package == package,
                                                           Release.version == version)).first()
        if release is None:
            return None
        diff = connection.execute(_DIFFS.where(ReleaseDiffRow.package == package,
                                               ReleaseDiffRow.new_version == version)
                                  .order_by(col(ReleaseDiffRow.id).desc()).limit(1)).first()
        impacts = _impacts(connection, package, [version])
    public = [ReleaseImpact(repo=r.repo, verdict=verdict(r.state, r.want_open, r.flavour), state=r.state,
                            issue_number=r.issue_number, pr_number=r.pr_number, uses=int(r[-1] or 0))
              for r in impacts if r.private is False]
    return ReleaseDetail(
        package=package, version=version, upload_time=release.upload_time, yanked=release.yanked,
        is_prerelease=release.is_prerelease, analysis_state=str(release.analysis_state),
        compared_with=diff.old_version if diff else None,
        changes=changes(diff.changes_json) if diff else [],
        changes_by_kind=dict(sorted(kinds(diff.changes_json).items())) if diff else {},
        affected=public[:AFFECTED_SHOWN], more_affected=max(0, len(public) - AFFECTED_SHOWN),
        private_affected=len({r.repo.lower() for r in impacts if r.private is not False}),
    )
