"""Reads for `/status`: stored compatibility verdicts per release and per package, plus repository counts."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection

from pydantic import BaseModel
from sqlalchemy import Engine
from sqlmodel import Session, col, func, select

from bot.findings.compat import CompatStatus, CompatVerdict, fix_release, forces
from bot.findings.outcome import Finding
from bot.storage.models.actions import Action, ActionKind
from bot.storage.models.analysis import ReleaseDiffRow
from bot.storage.models.compat import CompatRow
from bot.versions import version_key
from bot.web.compat_schema import (
    CompatLink,
    DependentReleaseVerdict,
    DependentUseStatus,
    DependentVerdict,
    ExtensionCell,
    ExtensionMatrix,
    ExtensionRow,
)

MATRIX_RELEASES = 6
"""Recent releases of the package shown as the extension matrix's columns."""


class ReleaseCompat(BaseModel):
    """What `/status/releases/{package}/{version}` adds: dependents and repositories affected each way."""

    dependents: list[DependentVerdict]
    repositories_direct: int
    repositories_transitive: int


def _verdicts(session: Session, *where: object) -> list[CompatVerdict]:
    rows = session.exec(select(CompatRow).where(*where)).all()  # type: ignore[arg-type]
    return [CompatVerdict.model_validate_json(row.verdict_json) for row in rows]


class _Forced:
    """E's breaking verdicts against the releases X N's own requirements force (read once per answer): /status names
    the fix release the jobs name, Flask-Login 0.6.3 for Flask 3.0.0, not 0.6.2, which breaks with the Werkzeug 3.0.0
    Flask 3.0.0 requires (`bot.jobs.compat.fix_of`)."""

    def __init__(self, session: Session, packages: Collection[str], dependents: Collection[str]) -> None:
        breaking = CompatStatus.BREAKS.value
        verdicts = _verdicts(session, col(CompatRow.dependent).in_(dependents), CompatRow.status == breaking)
        self.breaking: dict[str, list[CompatVerdict]] = defaultdict(list)
        for verdict in verdicts:
            self.breaking[verdict.dependent].append(verdict)
        rows = session.exec(
            select(
                ReleaseDiffRow.package,
                ReleaseDiffRow.new_version,
                ReleaseDiffRow.old_version,
                ReleaseDiffRow.requires_json,
            )
            .where(col(ReleaseDiffRow.package).in_({*packages, *(v.package for v in verdicts)}))
            .order_by(col(ReleaseDiffRow.created_at))
        ).all()
        self.sides = {(package, new): (old, json.loads(requires or "[]")) for package, new, old, requires in rows}
        """(package, release) -> the release before it and its own requirements, from its newest stored diff."""

    def of(self, package: str, version: str, dependent: str) -> list[CompatVerdict]:
        """E's breaking verdicts against the releases X N forces."""
        requires = self.sides.get((package, version), ("", []))[1]
        return [
            verdict
            for verdict in self.breaking.get(dependent, [])
            if verdict.package != package
            and forces(
                requires,
                verdict.package,
                verdict.version,
                self.sides.get((verdict.package, verdict.version), ("", []))[0],
            )
        ]


_NO_VIA = '%"via":[]%'
_NO_USES = '%"uses":[]%'
"""Stored findings are pydantic's compact JSON: an empty list is spelled exactly so. Filtering on the text lets the
database skip the (many) direct-only findings instead of every one being parsed on each read."""


def _open_findings(session: Session, package: str, version: str) -> tuple[int, list[Finding]]:
    """How many open findings of the release have uses of their own, and the ones that name an extension."""
    where = (
        Action.package == package,
        Action.version == version,
        Action.kind == ActionKind.FINDING,
        col(Action.want_open),
        col(Action.finding_json).is_not(None),
    )
    direct = session.exec(
        select(func.count()).select_from(Action).where(*where, col(Action.finding_json).not_like(_NO_USES))
    ).one()
    rows = session.exec(select(Action.finding_json).where(*where, col(Action.finding_json).not_like(_NO_VIA))).all()
    return int(direct), [Finding.model_validate_json(text) for text in rows if text]


def read_release_compat(engine: Engine, package: str, version: str) -> ReleaseCompat:
    """Per watched dependent of `package`, its verdicts against `version`; repositories affected directly or
    through an extension (a finding with both counts in each)."""
    with Session(engine) as session:
        verdicts = _verdicts(session, CompatRow.package == package, CompatRow.version == version)
        direct, findings = _open_findings(session, package, version)
        forced = _Forced(session, {package}, {v.dependent for v in verdicts if v.requirement})
    by_dependent: dict[str, list[CompatVerdict]] = defaultdict(list)
    for verdict in verdicts:
        if verdict.requirement:  # a watched package that does not depend on this one is no dependent
            by_dependent[verdict.dependent].append(verdict)
    dependents = []
    for name, found in sorted(by_dependent.items()):
        found.sort(key=lambda v: version_key(v.dependent_version), reverse=True)
        dependents.append(
            DependentVerdict(
                package=name,
                verdict=found[0].status.value,
                fix_release=fix_release(found, forced.of(package, version, name)),
                releases=[
                    DependentReleaseVerdict(
                        version=v.dependent_version,
                        verdict=v.status.value,
                        why=v.why,
                        requirement=v.requirement,
                        uses=[DependentUseStatus(symbol=u.symbol, path=u.path, line=u.line) for u in v.uses],
                    )
                    for v in found
                ],
                repositories_affected=sum(1 for f in findings if any(via.dependent == name for via in f.via)),
            )
        )
    return ReleaseCompat(
        dependents=dependents,
        repositories_direct=direct,
        repositories_transitive=sum(1 for f in findings if f.via),
    )


class PackageCompat(BaseModel):
    """What `/status/packages/{name}` shows of the stored verdicts: both directions and the extension matrix."""

    breaks_with: list[CompatLink]
    broken_by: list[CompatLink]
    extensions: ExtensionMatrix


def read_package_compat(session: Session, name: str) -> PackageCompat:
    """Two queries serve the whole package answer: the verdicts on `name`'s releases and those on the releases `name`
    depends on. A break's fix release is found among the same rows (they hold every verdict of its pair)."""
    as_package = _verdicts(session, CompatRow.package == name)
    as_dependent = _verdicts(session, CompatRow.dependent == name)
    related: dict[tuple[str, str, str], list[CompatVerdict]] = defaultdict(list)
    for v in (*as_package, *(v for v in as_dependent if v.package != name)):  # a row in both counts once
        related[(v.package, v.version, v.dependent)].append(v)
    forced = _Forced(session, {name, *(v.package for v in as_dependent)}, {name, *(v.dependent for v in as_package)})
    breaks = [v for v in as_package if v.status is CompatStatus.BREAKS]
    breaks_with = [
        CompatLink(
            release=v.version,
            package=v.dependent,
            version=v.dependent_version,
            fix_release=fix_release(
                related[(v.package, v.version, v.dependent)], forced.of(name, v.version, v.dependent)
            ),
        )
        for v in sorted(breaks, key=lambda v: (version_key(v.version), v.dependent), reverse=True)
    ]
    broken_by = [
        CompatLink(
            release=v.dependent_version,
            package=v.package,
            version=v.version,
            fix_release=fix_release(
                related[(v.package, v.version, v.dependent)], forced.of(v.package, v.version, name)
            ),
        )
        for v in sorted(as_dependent, key=lambda v: version_key(v.dependent_version), reverse=True)
        if v.status is CompatStatus.BREAKS
    ]
    return PackageCompat(
        breaks_with=breaks_with,
        broken_by=broken_by,
        extensions=extension_matrix([v for v in as_package if v.requirement], forced),
    )


def extension_matrix(verdicts: list[CompatVerdict], forced: _Forced | None = None) -> ExtensionMatrix:
    """Each watched extension that depends on the package × the package's newest releases with stored verdicts
    (`verdicts`: those on the package's releases, of dependents that require it): the verdict of the extension's
    newest evaluated release and its fix release (a reader sees at a glance what a release broke, for whom, and
    whether a fix shipped). `forced`: the dependents' verdicts against what the releases force."""
    releases = sorted({v.version for v in verdicts}, key=version_key, reverse=True)[:MATRIX_RELEASES]
    grouped: dict[tuple[str, str], list[CompatVerdict]] = defaultdict(list)
    for verdict in verdicts:
        grouped[(verdict.dependent, verdict.version)].append(verdict)
    rows = []
    for dependent in sorted({v.dependent for v in verdicts}):
        cells: list[ExtensionCell | None] = []
        for release in releases:
            found = grouped.get((dependent, release), [])
            newest = max(found, key=lambda v: version_key(v.dependent_version), default=None)
            cells.append(
                None
                if newest is None
                else ExtensionCell(
                    version=newest.dependent_version,
                    verdict=newest.status.value,
                    fix_release=fix_release(found, forced.of(newest.package, release, dependent) if forced else ()),
                )
            )
        rows.append(ExtensionRow(package=dependent, cells=cells))
    return ExtensionMatrix(releases=releases, rows=rows)
