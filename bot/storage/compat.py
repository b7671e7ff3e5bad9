"""Stored compatibility verdicts (E v against X N) and the watched packages that may depend on a release."""

from __future__ import annotations

from packaging.utils import canonicalize_name
from pydantic import ValidationError
from sqlalchemy import Engine, delete
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import col, select

from bot.apidiff.schema import SCHEMA_VERSION
from bot.findings.compat import CompatVerdict
from bot.findings.outcome import Finding
from bot.findings.transitive import Via
from bot.storage.db import Bind, session_scope
from bot.storage.models.actions import Action, ActionKind
from bot.storage.models.compat import CompatRow, RepoExposureNote
from bot.storage.models.pypi import Release, WatchedPackage
from bot.storage.models.types import utcnow
from bot.usage.version import USAGE_VERSION


def save_verdict(engine: Engine, verdict: CompatVerdict) -> None:
    """Insert or replace one verdict, made with the current diff engine and usage finder (in one statement: two
    workers storing the same pair, after a crash or concurrently, leave one row)."""
    values = {
        "package": verdict.package,
        "version": verdict.version,
        "dependent": verdict.dependent,
        "dependent_version": verdict.dependent_version,
        "status": verdict.status.value,
        "verdict_json": verdict.model_dump_json(),
        "evaluated_at": utcnow(),
        "schema_version": SCHEMA_VERSION,
        "usage_version": USAGE_VERSION,
    }
    with session_scope(engine) as session:
        insert = sqlite_insert if session.get_bind().dialect.name == "sqlite" else postgresql_insert
        statement = insert(CompatRow).values(**values)
        keys = ["package", "version", "dependent", "dependent_version"]
        updated = {name: statement.excluded[name] for name in values if name not in keys}
        session.execute(statement.on_conflict_do_update(index_elements=keys, set_=updated))


def stored_verdict(
    engine: Engine, package: str, version: str, dependent: str, dependent_version: str
) -> CompatVerdict | None:
    """The verdict of E v against X N, if evaluated with the current diff engine and usage finder (a stale one is
    as good as none: the caller recomputes it)."""
    key = (canonicalize_name(package), version, canonicalize_name(dependent), dependent_version)
    with session_scope(engine) as session:
        row = session.get(CompatRow, key)
        if row is None or (row.schema_version, row.usage_version) != (SCHEMA_VERSION, USAGE_VERSION):
            return None
        return CompatVerdict.model_validate_json(row.verdict_json)


def dependent_verdicts(engine: Engine, dependent: str) -> list[CompatVerdict]:
    """Every verdict stored for releases of E (against any X N): what broke it, and its fix releases."""
    with session_scope(engine) as session:
        rows = session.exec(select(CompatRow).where(CompatRow.dependent == canonicalize_name(dependent))).all()
        return [CompatVerdict.model_validate_json(row.verdict_json) for row in rows]


def package_verdicts(engine: Engine, package: str) -> list[CompatVerdict]:
    """Every verdict stored against releases of X: which dependents its releases break."""
    with session_scope(engine) as session:
        rows = session.exec(select(CompatRow).where(CompatRow.package == canonicalize_name(package))).all()
        return [CompatVerdict.model_validate_json(row.verdict_json) for row in rows]


def latest_artifacts(engine: Engine) -> dict[str, tuple[str, str, str, int]]:
    """Per watched package, (filename, url, sha256, size) of its newest release's stored artifact."""
    latest = watched_latest(engine)
    with session_scope(engine) as session:
        rows = session.exec(
            select(Release).where(col(Release.package).in_(list(latest)), col(Release.artifact_sha256).is_not(None))
        ).all()
        return {
            row.package: (
                row.artifact_filename or "",
                row.artifact_url or "",
                row.artifact_sha256 or "",
                row.artifact_size or 0,
            )
            for row in rows
            if latest.get(row.package) == row.version
        }


def watched_latest(engine: Engine) -> dict[str, str]:
    """Watched packages the poller has seen, with their newest release (the candidates to be a dependent)."""
    with session_scope(engine) as session:
        rows = session.exec(
            select(WatchedPackage.name, WatchedPackage.latest_version).where(col(WatchedPackage.watched))
        ).all()
        return {name: latest for name, latest in rows if latest}


def live_through(engine: Engine, dependent: str) -> list[Action]:
    """Open finding actions that warn a repository through E (their finding carries a `via` on E)."""
    wanted = canonicalize_name(dependent)
    with session_scope(engine) as session:
        rows = session.exec(
            select(Action).where(
                Action.kind == ActionKind.FINDING,
                col(Action.want_open),
                col(Action.finding_json).contains('"via":[{'),
            )
        ).all()
    found = []
    for row in rows:
        finding = Finding.model_validate_json(row.finding_json or "{}")
        if any(via.dependent == wanted for via in finding.via):
            found.append(row)
    return found


def save_note(engine: Bind, repo: str, package: str, version: str, note: str) -> None:
    """Store (or, when empty, forget) why the repository is not affected by X N through its extensions."""
    key = (repo.lower(), canonicalize_name(package), version)
    with session_scope(engine) as session:
        if not note:  # one statement, the common case: no note to keep
            session.execute(
                delete(RepoExposureNote).where(
                    col(RepoExposureNote.repo) == key[0],
                    col(RepoExposureNote.package) == key[1],
                    col(RepoExposureNote.version) == key[2],
                )
            )
            return
        row = session.get(RepoExposureNote, key)
        row = row or RepoExposureNote(repo=key[0], package=key[1], version=key[2], note="")
        row.note, row.updated_at = note, utcnow()
        session.add(row)


def repo_notes(engine: Engine, repo: str) -> list[RepoExposureNote]:
    """The repository's stored notes, by package and release."""
    with session_scope(engine) as session:
        rows = session.exec(select(RepoExposureNote).where(RepoExposureNote.repo == repo.lower())).all()
        return sorted(rows, key=lambda r: (r.package, r.version))


def stored_via(engine: Bind, key: str) -> tuple[Via, ...]:
    """The extension releases the stored finding under `key` names (what was known when it was last decided)."""
    with session_scope(engine) as session:
        row = session.exec(select(Action.finding_json).where(Action.key == key)).first()
    if not row:
        return ()
    try:
        return Finding.model_validate_json(row).via
    except ValidationError:
        return ()
