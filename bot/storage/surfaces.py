"""Stored surfaces and diffs, one row per key; a row written twice (another replica, a retry) is kept once."""

from __future__ import annotations

import logging

from pydantic import TypeAdapter
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError as SAIntegrityError
from sqlmodel import Session, select

from bot.apidiff.model import SCHEMA_VERSION, Surface, surface_from_json, surface_to_json
from bot.changes import Change, ReleaseDiff
from bot.releases import normalize_name
from bot.storage.db import Bind, session_scope
from bot.storage.models.analysis import ApiSurface, ReleaseDiffRow

log = logging.getLogger(__name__)

_CHANGES = TypeAdapter(list[Change])
_STRINGS = TypeAdapter(list[str])


def load_surface(engine: Engine, package: str, version: str, sha256: str | None = None) -> Surface | None:
    """The stored surface of a release, if one of the current schema exists (and, with `sha256`, was extracted
    from that artifact: a release's other file, a wheel uploaded after its sdist, is a different surface)."""
    with Session(engine) as session:
        row = session.exec(
            select(ApiSurface).where(ApiSurface.package == normalize_name(package), ApiSurface.version == version)
        ).first()
    if row is None or row.schema_version != SCHEMA_VERSION:
        return None
    if sha256 is not None and row.artifact_sha256 != sha256:
        return None
    return surface_from_json(row.surface_json)


def stored_versions(engine: Engine, package: str) -> set[str]:
    """The releases of `package` whose surface is stored with the current schema (reading one costs no extraction)."""
    with Session(engine) as session:
        return set(
            session.exec(
                select(ApiSurface.version).where(
                    ApiSurface.package == normalize_name(package), ApiSurface.schema_version == SCHEMA_VERSION
                )
            ).all()
        )


def save_surface(engine: Engine, surface: Surface, sha256: str | None = None) -> None:
    """Store a release's surface, extracted from the artifact `sha256` (replacing one of an older schema or from
    another artifact)."""
    package = normalize_name(surface.package)
    with Session(engine) as session:
        row = session.exec(
            select(ApiSurface).where(ApiSurface.package == package, ApiSurface.version == surface.version)
        ).first()
        row = row or ApiSurface(
            package=package, version=surface.version, schema_version=SCHEMA_VERSION, surface_json=""
        )
        row.schema_version = SCHEMA_VERSION
        row.artifact_sha256 = sha256
        row.surface_json = surface_to_json(surface)
        row.symbol_count = len(surface.symbols)
        row.problem_count = len(surface.problems)
        session.add(row)
        try:
            session.commit()
        except SAIntegrityError:
            session.rollback()
            log.info("surface already stored", extra={"package": package, "version": surface.version})


def load_diff(engine: Engine, package: str, old: str, new: str) -> ReleaseDiff | None:
    """The stored diff between two releases, if computed with the current schema."""
    with Session(engine) as session:
        row = session.exec(
            select(ReleaseDiffRow).where(
                ReleaseDiffRow.package == normalize_name(package),
                ReleaseDiffRow.old_version == old,
                ReleaseDiffRow.new_version == new,
            )
        ).first()
    return _to_diff(row) if row is not None and row.schema_version == SCHEMA_VERSION else None


def stored_diff(engine: Bind, package: str, new: str) -> ReleaseDiff | None:
    """The newest stored diff whose new side is `new` (what the pipeline computed for that release)."""
    with session_scope(engine) as session:
        row = session.exec(
            select(ReleaseDiffRow)
            .where(ReleaseDiffRow.package == normalize_name(package), ReleaseDiffRow.new_version == new)
            .order_by(ReleaseDiffRow.created_at.desc())  # type: ignore[attr-defined]
        ).first()
    return _to_diff(row) if row is not None else None


def _to_diff(row: ReleaseDiffRow) -> ReleaseDiff:
    return ReleaseDiff(
        package=row.package,
        old=row.old_version,
        new=row.new_version,
        changes=_CHANGES.validate_json(row.changes_json),
        notes=_STRINGS.validate_json(row.notes_json or "[]"),
        requires=_STRINGS.validate_json(row.requires_json or "[]"),
    )


def save_diff(engine: Engine, diff: ReleaseDiff) -> None:
    """Store a diff (replacing one computed with an older schema)."""
    package = normalize_name(diff.package)
    with Session(engine) as session:
        row = session.exec(
            select(ReleaseDiffRow).where(
                ReleaseDiffRow.package == package,
                ReleaseDiffRow.old_version == diff.old,
                ReleaseDiffRow.new_version == diff.new,
            )
        ).first()
        row = row or ReleaseDiffRow(
            package=package, old_version=diff.old, new_version=diff.new, schema_version=SCHEMA_VERSION, changes_json=""
        )
        row.schema_version = SCHEMA_VERSION
        row.changes_json = _CHANGES.dump_json(diff.changes).decode()
        row.notes_json = _STRINGS.dump_json(diff.notes).decode()
        row.requires_json = _STRINGS.dump_json(diff.requires).decode()
        row.change_count = len(diff.changes)
        session.add(row)
        try:
            session.commit()
        except SAIntegrityError:
            session.rollback()
            log.info("diff already stored", extra={"package": package, "old": diff.old, "new": diff.new})
