"""status answers: answer_generation counters, bumped by triggers on every table the /status answers read

Revision ID: 0015_status_answers
Revises: 0014_surface_sha
Create Date: 2026-12-02 02:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = '0015_status_answers'
down_revision: str | None = '0014_surface_sha'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Spelled out (not imported from the models): a migration stays what it was when later code changes.
TABLES = (
    'watched_package',
    'release',
    'release_diff',
    'package_risk',
    'poll_run',
    'gh_repo',
    'gh_action',
    'gh_finding',
    'compat_verdict',
    'repo_exposure_note',
)


def upgrade() -> None:
    """Apply this revision.

    PostgreSQL: deferred constraint triggers, so the counter row is locked only while the writing transaction
    commits (never held across the transaction's other work, where it would serialise unrelated writers or
    deadlock with their row locks). SQLite serialises writers anyway: plain row triggers.
    """
    op.create_table(
        'answer_generation',
        sa.Column('id', sa.Integer(), nullable=False),
        *(sa.Column(table, sa.BigInteger(), nullable=False) for table in TABLES),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_answer_generation')),
    )
    op.execute(f"INSERT INTO answer_generation (id, {', '.join(TABLES)}) VALUES (1{', 0' * len(TABLES)})")
    postgres = op.get_bind().dialect.name == 'postgresql'
    for table in TABLES:
        bump = f'UPDATE answer_generation SET {table} = {table} + 1 WHERE id = 1;'
        if postgres:
            op.execute(
                f'CREATE FUNCTION answer_generation_{table}() RETURNS trigger LANGUAGE plpgsql AS '
                f'$$ BEGIN {bump} RETURN NULL; END $$'
            )
            op.execute(
                f'CREATE CONSTRAINT TRIGGER answer_generation AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
                f'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION answer_generation_{table}()'
            )
        else:
            for event in ('INSERT', 'UPDATE', 'DELETE'):
                op.execute(
                    f'CREATE TRIGGER answer_generation_{table}_{event.lower()} AFTER {event} ON "{table}" '
                    f'BEGIN {bump} END'
                )


def downgrade() -> None:
    """Revert this revision."""
    postgres = op.get_bind().dialect.name == 'postgresql'
    for table in TABLES:
        if postgres:
            op.execute(f'DROP TRIGGER answer_generation ON "{table}"')
            op.execute(f'DROP FUNCTION answer_generation_{table}()')
        else:
            for event in ('insert', 'update', 'delete'):
                op.execute(f'DROP TRIGGER answer_generation_{table}_{event}')
    op.drop_table('answer_generation')
