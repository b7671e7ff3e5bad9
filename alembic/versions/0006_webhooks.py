"""github: webhook deliveries (each handled once) and App installations

Revision ID: 0006_webhooks
Revises: 0005_repo_private
Create Date: 2026-11-24 04:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = '0006_webhooks'
down_revision: str | None = '0005_repo_private'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        'gh_delivery',
        sa.Column('delivery_id', sa.String(length=64), nullable=False),
        sa.Column('event', sa.String(length=64), nullable=False),
        sa.Column('action', sa.String(length=64), nullable=True),
        sa.Column('installation_id', sa.BigInteger(), nullable=True),
        sa.Column('repo', sa.String(length=200), nullable=True),
        sa.Column(
            'state',
            sa.Enum('received', 'done', 'failed', name='gh_delivery_state', native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('error', sa.Text(), nullable=True),
        sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('delivery_id', name=op.f('pk_gh_delivery')),
    )
    with op.batch_alter_table('gh_delivery', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_gh_delivery_installation_id'), ['installation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_gh_delivery_state'), ['state'], unique=False)
    op.create_table(
        'gh_installation',
        sa.Column('id', sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column('account', sa.String(length=200), nullable=False),
        sa.Column('account_type', sa.String(length=32), nullable=False),
        sa.Column('suspended', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_gh_installation')),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table('gh_installation')
    with op.batch_alter_table('gh_delivery', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_gh_delivery_state'))
        batch_op.drop_index(batch_op.f('ix_gh_delivery_installation_id'))
    op.drop_table('gh_delivery')
