"""task queue: procrastinate's schema (jobs, workers, events) on PostgreSQL; nothing on SQLite (jobs run in-process)

Applied here so `db upgrade` and `serve` stay the one way the schema changes, under the migration advisory lock.
The SQL is the installed procrastinate's own schema file (pyproject pins its major version); a procrastinate
release that ships schema migrations needs a revision applying them.

Revision ID: 0016_task_queue
Revises: 0015_status_answers
Create Date: 2026-12-02 02:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = '0016_task_queue'
down_revision: str | None = '0015_status_answers'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ('procrastinate_periodic_defers', 'procrastinate_events', 'procrastinate_jobs', 'procrastinate_workers')
TYPES = ('procrastinate_job_to_defer_v1', 'procrastinate_job_event_type', 'procrastinate_job_status')


def upgrade() -> None:
    """Apply this revision."""
    bind = op.get_bind()
    if bind.dialect.name != 'postgresql':
        return
    from procrastinate.schema import SchemaManager

    exists = bind.execute(sa.text("SELECT to_regclass('procrastinate_jobs')")).scalar()
    if exists is None:
        # psycopg's own connection: the file is many statements, with no parameters to substitute
        bind.connection.driver_connection.execute(SchemaManager.get_schema())  # type: ignore[union-attr]


def downgrade() -> None:
    """Revert this revision."""
    bind = op.get_bind()
    if bind.dialect.name != 'postgresql':
        return
    for table in TABLES:
        op.execute(f'DROP TABLE IF EXISTS {table} CASCADE')
    functions = (
        bind.execute(
            sa.text(
                "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                "WHERE n.nspname = current_schema() AND p.proname LIKE 'procrastinate%'"
            )
        )
        .scalars()
        .all()
    )
    for function in functions:
        op.execute(f'DROP FUNCTION IF EXISTS {function} CASCADE')
    for name in TYPES:
        op.execute(f'DROP TYPE IF EXISTS {name} CASCADE')
