"""The change counters behind the `/status` caches: every table an answer reads has its triggers, and each answer
declares every table it reads (an undeclared one would leave the answer stale after that table changes)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, event, text

from bot.storage.models.generation import TRACKED_TABLES
from bot.web.diff_tally import DiffTally
from bot.web.release_read import read_release
from bot.web.routes import status as status_route
from bot.web.status_read import read_package, read_repo, read_status
from tests.test_status import seed

TABLE = re.compile(r'\b(?:FROM|JOIN)\s+"?(\w+)"?', re.IGNORECASE)


def test_every_tracked_table_has_its_triggers_at_head(engine: Engine) -> None:
    """A later SQLite batch migration re-creates a table without its triggers: this is where that shows."""
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            query = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"
            found = {t: connection.execute(text(query), {"t": t}).scalar_one() for t in TRACKED_TABLES}
            assert found == dict.fromkeys(TRACKED_TABLES, 3)
        else:
            query = "SELECT count(*) FROM pg_trigger WHERE tgrelid = to_regclass(:t) AND tgname = 'answer_generation'"
            found = {t: connection.execute(text(query), {"t": t}).scalar_one() for t in TRACKED_TABLES}
            assert found == dict.fromkeys(TRACKED_TABLES, 1)


def test_a_rolled_back_write_moves_no_counter_and_a_committed_one_moves_its_own(engine: Engine) -> None:
    def counters() -> dict[str, int]:
        with engine.connect() as connection:
            return dict(connection.execute(text("SELECT * FROM answer_generation")).one()._mapping)

    before = counters()
    insert = text("INSERT INTO package_risk (package, level, reasons_json, confidence, signals_json, assessed_at) "
                  "VALUES ('flask', 'low', '[]', 1.0, '{}', '2026-01-01 00:00:00')")
    with engine.connect() as connection:
        connection.execute(insert)
        connection.rollback()
    assert counters() == before
    with engine.begin() as connection:
        connection.execute(insert)
        connection.execute(text("UPDATE package_risk SET level = 'high'"))
        connection.execute(text("DELETE FROM package_risk"))
    after = counters()
    assert after["package_risk"] == before["package_risk"] + 3
    assert {k: v for k, v in after.items() if k != "package_risk"} == {k: v for k, v in before.items() if k != "package_risk"}


def _tables_read(engine: Engine, read: Any) -> set[str]:
    seen: set[str] = set()

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.update(TABLE.findall(statement))

    event.listen(engine, "before_cursor_execute", record)
    try:
        read()
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return seen


@pytest.mark.parametrize("answer", ["status", "package", "release", "repo"])
def test_each_answer_declares_every_table_it_reads(engine: Engine, answer: str) -> None:
    seed(engine)
    now = datetime.now(UTC)
    reads = {
        "status": (status_route.STATUS_TABLES, lambda: read_status(engine, tally=DiffTally(), dry_run=True,
                                                                    started_at=now, now=now, page=1, per_page=100)),
        "package": (status_route.PACKAGE_TABLES, lambda: read_package(engine, "werkzeug", page=1, per_page=50)),
        "release": (status_route.RELEASE_TABLES, lambda: read_release(engine, "werkzeug", "3.0.0")),
        "repo": (status_route.REPO_TABLES, lambda: read_repo(engine, "octo-org/public-app", page=1, per_page=50)),
    }
    declared, read = reads[answer]
    tables = _tables_read(engine, read)
    assert tables and set(declared) <= set(TRACKED_TABLES)
    assert tables <= set(declared), f"{answer} reads undeclared tables {tables - set(declared)}"
