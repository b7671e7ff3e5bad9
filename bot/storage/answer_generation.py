"""Reading the change counters the database's triggers keep per table (see `bot.storage.models.generation`)."""

from __future__ import annotations

from sqlalchemy import Connection
from sqlmodel import select

from bot.storage.models.generation import TRACKED_TABLES, AnswerGeneration

_COUNTERS = select(*(getattr(AnswerGeneration, table) for table in TRACKED_TABLES)).where(AnswerGeneration.id == 1)


def read_counters(connection: Connection) -> dict[str, int]:
    """Committed writes per tracked table so far: a counter that moved means that table changed."""
    row = connection.execute(_COUNTERS).one()
    return dict(zip(TRACKED_TABLES, (int(n) for n in row), strict=True))
