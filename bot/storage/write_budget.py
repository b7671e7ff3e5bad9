"""GitHub's write limits for a whole fleet: every replica's content-creating requests to one installation are counted
in one table (`gh_write`), so together they stay under 80 a minute and 500 an hour.

A reservation runs in one short transaction holding a per-installation advisory lock (released at commit, so no
session is left holding it and a transaction-mode pooler is fine): count the installation's writes in the last
minute and hour by the database's clock (replicas' clocks may differ), then either record this write or say how
long to wait. The caller waits asynchronously and asks again."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import Engine, Table, delete, insert, select, text

from bot.storage.db import _lock_key
from bot.storage.models.github import GitHubWrite

log = logging.getLogger(__name__)

MINUTE, HOUR = 60.0, 3600.0


class SharedWriteBudget:
    """`GitHubApp`'s write budget on PostgreSQL: `reserve` (blocking: run it in a thread) records a write or returns
    the seconds to wait. The windows are parameters so a test can shrink them."""

    def __init__(self, engine: Engine, *, minute: float = MINUTE, hour: float = HOUR) -> None:
        self.engine, self.minute, self.hour = engine, minute, hour
        self._keys: dict[int, int] = {}

    def reserve(self, installation_id: int, per_minute: int, per_hour: int) -> float:
        """Record one write for `installation_id` now and return 0.0, or return the seconds until one may go out."""
        table: Table = GitHubWrite.__table__  # type: ignore[attr-defined]  # SQLModel does not declare __table__
        with self.engine.begin() as connection:
            key = self._keys.get(installation_id)
            if key is None:
                key = self._keys[installation_id] = _lock_key(connection, f"github-writes-{installation_id}")
            locked = text("SELECT clock_timestamp() FROM (SELECT pg_advisory_xact_lock(:k)) AS locked")
            now: datetime = connection.execute(locked, {"k": key}).scalar_one()
            hour_ago = now - timedelta(seconds=self.hour)
            mine = table.c.installation_id == installation_id
            connection.execute(delete(table).where(mine, table.c.sent_at <= hour_ago))
            # newest first, as many as the larger limit needs: the k-th newest decides when the window frees a slot
            recent = list(
                connection.execute(
                    select(table.c.sent_at)
                    .where(mine)
                    .order_by(table.c.sent_at.desc())
                    .limit(max(per_minute, per_hour))
                ).scalars()
            )
            wait = 0.0
            if len(recent) >= per_minute:
                wait = max(wait, (recent[per_minute - 1] - now).total_seconds() + self.minute)
            if len(recent) >= per_hour:
                wait = max(wait, (recent[per_hour - 1] - now).total_seconds() + self.hour)
            if wait <= 0:
                connection.execute(insert(table).values(installation_id=installation_id, sent_at=now))
                return 0.0
        return wait
