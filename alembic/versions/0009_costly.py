"""repositories: a commit too costly to analyse is remembered, so it is retried at most once

Revision ID: 0009_costly
Revises: 0008_pin_audit
Create Date: 2026-12-01 21:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = '0009_costly'
down_revision: str | None = '0008_pin_audit'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table('gh_repo', schema=None) as batch_op:
        batch_op.add_column(sa.Column('costly_sha', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('costly_attempts', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('costly_reason', sa.Text(), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table('gh_repo', schema=None) as batch_op:
        batch_op.drop_column('costly_reason')
        batch_op.drop_column('costly_attempts')
        batch_op.drop_column('costly_sha')
