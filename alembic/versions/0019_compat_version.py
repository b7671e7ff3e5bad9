"""compat: compat_verdict.schema_version and usage_version, what a verdict was judged with (a stale one is
recomputed when next needed; rows from before are 0, so all of them are)

Revision ID: 0019_compat_version
Revises: 0018_fleet_cpu
Create Date: 2026-12-03 12:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = '0019_compat_version'
down_revision: str | None = '0018_fleet_cpu'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision. Plain ALTER TABLE on both backends (SQLite >= 3.35 drops columns too): a batch copy of
    the table on SQLite would lose its `answer_generation` triggers (0015)."""
    op.add_column('compat_verdict', sa.Column('schema_version', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('compat_verdict', sa.Column('usage_version', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    """Revert this revision."""
    op.drop_column('compat_verdict', 'usage_version')
    op.drop_column('compat_verdict', 'schema_version')
