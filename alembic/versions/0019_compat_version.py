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
    """Apply this revision."""
    with op.batch_alter_table('compat_verdict', schema=None) as batch_op:
        batch_op.add_column(sa.Column('schema_version', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('usage_version', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table('compat_verdict', schema=None) as batch_op:
        batch_op.drop_column('usage_version')
        batch_op.drop_column('schema_version')
