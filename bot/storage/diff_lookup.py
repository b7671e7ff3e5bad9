"""A stored diff read without the ORM: the CLI's second `diff` is this one query. Same rows and rules as
`surfaces.load_diff`. With the default SQLite file it needs no SQLAlchemy either (the standard library's sqlite3
reads it), so a second run costs little more than Python's start-up."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from bot.changes import ReleaseDiff

_SQL = (
    "SELECT schema_version, changes_json, notes_json, requires_json FROM release_diff "
    "WHERE package = :package AND old_version = :old AND new_version = :new"
)


def _release_diff(row: Any, package: str, old: str, new: str) -> ReleaseDiff | None:
    """The diff in a `_SQL` row (None without a row or with an older extraction schema)."""
    from pydantic import TypeAdapter

    from bot.apidiff.model import SCHEMA_VERSION
    from bot.changes import Change, ReleaseDiff

    if row is None or row.schema_version != SCHEMA_VERSION:
        return None
    changes = TypeAdapter(list[Change]).validate_json(row.changes_json)
    strings = TypeAdapter(list[str])
    notes = strings.validate_json(row.notes_json or "[]")
    requires = strings.validate_json(row.requires_json or "[]")
    return ReleaseDiff(package=package, old=old, new=new, changes=changes, notes=notes, requires=requires)


def _name(package: str) -> str:
    from packaging.utils import canonicalize_name

    return canonicalize_name(package)


def stored_release_diff(engine: Engine, package: str, old: str, new: str) -> ReleaseDiff | None:
    """The diff stored for (package, old, new) with the current extraction schema, else None."""
    from sqlalchemy import text

    name = _name(package)
    with engine.connect() as connection:
        row = connection.execute(text(_SQL), {"package": name, "old": old, "new": new}).first()
    return _release_diff(row, name, old, new)


def _named_row(cursor: sqlite3.Cursor, values: tuple[Any, ...]) -> Any:
    """Rows with attribute access, as SQLAlchemy's."""
    from types import SimpleNamespace

    return SimpleNamespace(**{column[0]: value for column, value in zip(cursor.description, values, strict=True)})


def stored_release_diff_sqlite(
    database: Path, heads: Collection[str], package: str, old: str, new: str
) -> ReleaseDiff | None:
    """`stored_release_diff` on a SQLite file, read-only through sqlite3; None (so the caller takes the usual
    path) when the file is missing or unreadable, or its schema is not at the migration scripts' `heads`."""
    if not heads or not database.is_file():
        return None
    name = _name(package)
    try:
        connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
        try:
            stored = {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")}
            if stored != set(heads):
                return None
            connection.row_factory = _named_row
            row = connection.execute(_SQL, {"package": name, "old": old, "new": new}).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return _release_diff(row, name, old, new)
