"""A stored diff read with SQLAlchemy Core alone: the CLI's second `diff` is this one query, without loading the
ORM models (which costs more than the query). Same rows and rules as `surfaces.load_diff`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import text

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from bot.changes import ReleaseDiff

_QUERY = text(
    "SELECT schema_version, changes_json, notes_json FROM release_diff "
    "WHERE package = :package AND old_version = :old AND new_version = :new"
)


def stored_release_diff(engine: Engine, package: str, old: str, new: str) -> ReleaseDiff | None:
    """The diff stored for (package, old, new) with the current extraction schema, else None."""
    from packaging.utils import canonicalize_name
    from pydantic import TypeAdapter

    from bot.apidiff.model import SCHEMA_VERSION
    from bot.changes import Change, ReleaseDiff

    name = canonicalize_name(package)
    with engine.connect() as connection:
        row = connection.execute(_QUERY, {"package": name, "old": old, "new": new}).first()
    if row is None or row.schema_version != SCHEMA_VERSION:
        return None
    changes = TypeAdapter(list[Change]).validate_json(row.changes_json)
    notes = TypeAdapter(list[str]).validate_json(row.notes_json or "[]")
    return ReleaseDiff(package=name, old=old, new=new, changes=changes, notes=notes)
