"""A row as a deployment of an older schema stored it: the migration tests' common start."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from bot.storage.db import upgrade


def stored_before(database_url: str, revision: str, insert: str, params: dict[str, Any]) -> None:
    """The database migrated to `revision`, one row inserted raw by `insert` (SQL with `params`), then upgraded to
    the head: what a deployment that ran `revision` finds after the next release's migrations."""
    if database_url.startswith("sqlite"):
        Path(database_url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    upgrade(database_url, revision)
    raw = create_engine(database_url)
    with raw.begin() as connection:
        connection.execute(text(insert), params)
    raw.dispose()
    upgrade(database_url)
