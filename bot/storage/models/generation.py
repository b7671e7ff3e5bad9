"""One row of change counters, bumped by database triggers whenever a table behind the public answers changes.

The web layer caches `/status` answers and pages until a counter it depends on moves: the counters live in the
database (every replica sees every write) and the triggers bump them in the writing transaction, so a counter moves
exactly when the write becomes visible, whichever code path wrote it.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

TRACKED_TABLES = (
    "watched_package",
    "release",
    "release_diff",
    "package_risk",
    "poll_run",
    "gh_repo",
    "gh_action",
    "gh_finding",
    "compat_verdict",
    "repo_exposure_note",
)
"""The tables the answers read; migration 0015_status_answers puts a trigger on each (a new table read by an
answer needs a column here, in the migration that adds it, and its triggers)."""


class AnswerGeneration(SQLModel, table=True):
    """Writes committed per tracked table since the database was created (one row, id 1)."""

    __tablename__ = "answer_generation"

    id: int = Field(default=1, primary_key=True)
    watched_package: int = Field(default=0, sa_type=sa.BigInteger)
    release: int = Field(default=0, sa_type=sa.BigInteger)
    release_diff: int = Field(default=0, sa_type=sa.BigInteger)
    package_risk: int = Field(default=0, sa_type=sa.BigInteger)
    poll_run: int = Field(default=0, sa_type=sa.BigInteger)
    gh_repo: int = Field(default=0, sa_type=sa.BigInteger)
    gh_action: int = Field(default=0, sa_type=sa.BigInteger)
    gh_finding: int = Field(default=0, sa_type=sa.BigInteger)
    compat_verdict: int = Field(default=0, sa_type=sa.BigInteger)
    repo_exposure_note: int = Field(default=0, sa_type=sa.BigInteger)
