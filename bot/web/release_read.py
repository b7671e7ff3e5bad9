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
from bot.releases import AnalysisState
from bot.storage.models.actions import Action, ActionKind, ActionState, FindingRow, InstalledRepo
from bot.storage.models.analysis import ReleaseDiffRow
from bot.storage.models.pypi import Release
from bot.web.compat_read import read_release_compat
from bot.web.diff_tally import DiffTally
from bot.web.status_schema import (
    BreakingRelease,
    Compatibility,
    CompatibilityCell,
    CompatibilityRow,
    DeprecationRemoval,
    ReleaseDetail,
    ReleaseImpact,
)
from bot.web.stored import changes, kinds, notes, version_key

RECENT_BREAKING = 10
MATRIX_VERSIONS = 6
MATRIX_ROWS = 25
AFFECTED_SHOWN = 100
NO_FINDING = "no finding"
OPEN_STATES = (ActionState.PENDING, ActionState.SENT, ActionState.FAILED, ActionState.DRY_RUN)
EPOCH = datetime.min.replace(tzinfo=UTC)

_DIFFS = select(
    ReleaseDiffRow.package, ReleaseDiffRow.old_version, ReleaseDiffRow.new_version, ReleaseDiffRow.changes_json
)
_UPLOADS = select(Release.package, Release.version, Release.upload_time).where(
    tuple_(Release.package, Release.version).in_(bindparam("pairs", expanding=True))
)
_OPEN_BREAKS = (
    select(Action.package, Action.version, func.count(func.distinct(Action.repo)))
    .where(
        Action.kind == ActionKind.FINDING,
        col(Action.want_open),
        col(Action.state).in_(OPEN_STATES),
        Action.flavour != Flavour.DEPRECATION,
        tuple_(Action.package, Action.version).in_(bindparam("pairs", expanding=True)),
    )
    .group_by(Action.package, Action.version)
)
_ON_RELEASES = (
    Action.kind == ActionKind.FINDING,
    Action.package == bindparam("package"),
    col(Action.version).in_(bindparam("versions", expanding=True)),
)
_REPO_OF_ACTION = col(InstalledRepo.name) == func.lower(Action.repo)
_PUBLIC = col(InstalledRepo.private).is_(False)
_REPO_COUNTS = (
    select(
        func.count(func.distinct(case((_PUBLIC, func.lower(Action.repo))))),
        func.count(func.distinct(case((_PUBLIC, None), else_=func.lower(Action.repo)))),
    )
    .select_from(Action)
    .outerjoin(InstalledRepo, _REPO_OF_ACTION)
    .where(*_ON_RELEASES)
)
_FIRST_PUBLIC = (
    select(Action.repo)
    .join(InstalledRepo, _REPO_OF_ACTION)
    .where(*_ON_RELEASES, _PUBLIC)
    .group_by(Action.repo)
    .order_by(func.lower(Action.repo))
    .limit(bindparam("limit"))
)
# sqlmodel's `select` overloads stop at 4 columns: wider selects are untyped
_IMPACTS = (
    select(
        Action.id,
        Action.repo,
        Action.version,  # type: ignore[call-overload]
        Action.state,
        Action.want_open,
        Action.flavour,
        Action.issue_number,
        Action.pr_number,
    )
    .where(*_ON_RELEASES, col(Action.repo).in_(bindparam("repos", expanding=True)))
    .order_by(func.lower(Action.repo))
)
_USES = (
    select(FindingRow.action_id, func.count())
    .where(col(FindingRow.action_id).in_(bindparam("ids", expanding=True)), col(FindingRow.guarded).is_(False))
    .group_by(col(FindingRow.action_id))
)


def verdict(state: str, want_open: bool, flavour: str) -> str:
    """The stored action's meaning for its repository, in words."""
    if state == ActionState.DISMISSED:
        return "dismissed"
    if not want_open:
        return "no longer affected"
    return "deprecation warning" if flavour == Flavour.DEPRECATION else "breaks"


def breaking_releases(connection: Connection, tally: DiffTally) -> list[BreakingRelease]:
    """The most recent breaking releases (by upload time) and how many repositories have an open issue for each."""
    diffs = tally.read(connection).breaking
    if not diffs:
        return []
    uploads = {(p, v): t for p, v, t in connection.execute(_UPLOADS, {"pairs": [(p, new) for p, _, new, _ in diffs]})}
    newest = sorted(diffs, key=lambda d: (uploads.get((d[0], d[2])) or EPOCH, d[0], version_key(d[2])), reverse=True)[
        :RECENT_BREAKING
    ]
    affected = {
        (p, v): n for p, v, n in connection.execute(_OPEN_BREAKS, {"pairs": [(p, new) for p, _, new, _ in newest]})
    }
    return [
        BreakingRelease(
            package=p,
            version=new,
            compared_with=old,
            upload_time=uploads.get((p, new)),
            breaking_changes=n,
            repositories_affected=affected.get((p, new), 0),
        )
        for p, old, new, n in newest
    ]


def _impacts(
    connection: Connection, package: str, versions: Sequence[str], limit: int
) -> tuple[list[Row[Any]], int, int]:
    """Finding actions on these releases of `package` in the first `limit` public repositories (by name), and how
    many public and private repositories have one. The counting stays in SQL: a release can concern thousands."""
    if not versions:
        return [], 0, 0
    params = {"package": package, "versions": list(versions)}
    public, private = connection.execute(_REPO_COUNTS, params).one()
    repos = list(connection.execute(_FIRST_PUBLIC, {**params, "limit": limit}).scalars())
    rows = list(connection.execute(_IMPACTS, {**params, "repos": repos})) if repos else []
    return rows, int(public), int(private)


def _uses(connection: Connection, action_ids: Sequence[int]) -> dict[int, int]:
    """Unguarded uses behind each of the given actions: counted only for what is shown (a release can have
    thousands of findings across repositories, and this read runs on the event loop)."""
    if not action_ids:
        return {}
    return {i: n for i, n in connection.execute(_USES, {"ids": list(action_ids)})}


def compatibility(connection: Connection, package: str, analysed: Sequence[str]) -> Compatibility:
    """Public repositories with findings × the package's newest analysed releases (`analysed` is newest first)."""
    versions = list(analysed[:MATRIX_VERSIONS])
    rows, public, private = _impacts(connection, package, versions, MATRIX_ROWS)
    uses = _uses(connection, [r.id for r in rows])
    by_repo: dict[str, dict[str, Row[Any]]] = defaultdict(dict)
    for r in rows:
        by_repo[r.repo][r.version] = r
    return Compatibility(
        versions=versions,
        rows=[
            CompatibilityRow(
                repo=name,
                cells=[
                    CompatibilityCell(
                        version=v, verdict=verdict(c.state, c.want_open, c.flavour), uses=uses.get(c.id, 0)
                    )
                    if (c := cells.get(v)) is not None
                    else CompatibilityCell(version=v, verdict=NO_FINDING, uses=0)
                    for v in versions
                ],
            )
            for name, cells in by_repo.items()
        ],
        more_repositories=max(0, public - len(by_repo)),
        private_repositories=private,
    )


def deprecation_timeline(
    by_version: dict[str, list[Change]], key: Callable[[str], Any] = version_key
) -> tuple[list[DeprecationRemoval], list[Change]]:
    """Deprecation → removal pairs across stored diffs, and the deprecations no later diff removed (yet)."""
    deprecated: dict[str, tuple[str, Change]] = {}
    arrows = []
    for version in sorted(by_version, key=key):
        for change in by_version[version]:
            if change.kind == ChangeKind.DEPRECATED:
                deprecated.setdefault(change.symbol, (version, change))
            elif change.kind == ChangeKind.REMOVED and change.symbol in deprecated:
                arrows.append(
                    DeprecationRemoval(
                        symbol=change.symbol, deprecated_in=deprecated.pop(change.symbol)[0], removed_in=version
                    )
                )
    return arrows, [change for _, (_, change) in sorted(deprecated.items())]


def read_release(engine: Engine, package: str, version: str) -> ReleaseDetail | None:
    """One release with its stored diff and the repositories it affects; None when the release is unknown."""
    with engine.connect() as connection:
        release = connection.execute(
            select(Release).where(Release.package == package, Release.version == version)
        ).first()
        if release is None:
            return None
        diff = connection.execute(
            _DIFFS.add_columns(col(ReleaseDiffRow.notes_json))
            .where(col(ReleaseDiffRow.package) == package, col(ReleaseDiffRow.new_version) == version)
            .order_by(col(ReleaseDiffRow.id).desc())
            .limit(1)
        ).first()
        rows, public, private = _impacts(connection, package, [version], AFFECTED_SHOWN)
        uses = _uses(connection, [r.id for r in rows])
    found = changes(diff.changes_json, private=True) if diff else []
    return ReleaseDetail(
        package=package,
        version=version,
        upload_time=release.upload_time,
        yanked=release.yanked,
        is_prerelease=release.is_prerelease,
        analysis_state=str(release.analysis_state),
        analysis_error=release.analysis_error,
        next_attempt_at=release.analysis_retry_at if release.analysis_state == AnalysisState.CANNOT_COMPARE else None,
        compared_with=diff.old_version if diff else None,
        changes=[c for c in found if not c.private],
        changes_by_kind=dict(sorted(kinds(diff.changes_json).items())) if diff else {},
        private_changes=[c for c in found if c.private],
        notes=notes(diff.notes_json) if diff else [],
        affected=[
            ReleaseImpact(
                repo=r.repo,
                verdict=verdict(r.state, r.want_open, r.flavour),
                state=r.state,
                issue_number=r.issue_number,
                pr_number=r.pr_number,
                uses=uses.get(r.id, 0),
            )
            for r in rows
        ],
        more_affected=max(0, public - len({r.repo for r in rows})),
        private_affected=private,
        **read_release_compat(engine, package, version).model_dump(),
    )
