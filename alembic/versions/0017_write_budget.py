"""write budget: gh_write, the writes sent to GitHub in the last hour per installation, shared by a fleet's replicas

Revision ID: 0017_write_budget
Revises: 0016_task_queue
Create Date: 2026-12-02 04:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = '0017_write_budget'
down_revision: str | None = '0016_task_queue'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        'gh_write',
        sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
        sa.Column('installation_id', sa.BigInteger(), nullable=False),
        sa.Column('sent_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_gh_write')),
    )
    op.create_index('ix_gh_write_installation_sent', 'gh_write', ['installation_id', 'sent_at'], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index('ix_gh_write_installation_sent', table_name='gh_write')
    op.drop_table('gh_write')
