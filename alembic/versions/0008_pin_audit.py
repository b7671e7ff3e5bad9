"""audit: stored pip-audit result per suggested bound

Revision ID: 0008_pin_audit
Revises: 0007_pipeline
Create Date: 2026-11-24 05:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = '0008_pin_audit'
down_revision: str | None = '0007_pipeline'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        'pin_audit',
        sa.Column('package', sa.String(length=200), nullable=False),
        sa.Column('specifier', sa.String(length=500), nullable=False),
        sa.Column('version', sa.String(length=100), nullable=True),
        sa.Column('advisories_json', sa.Text(), nullable=False),
        sa.Column('unavailable', sa.Text(), nullable=True),
        sa.Column('checked_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('package', 'specifier', name=op.f('pk_pin_audit')),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table('pin_audit')
