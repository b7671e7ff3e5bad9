"""risk: stored bus-factor assessment per package

Revision ID: 0003_risk
Revises: 0002_apidiff
Create Date: 2026-11-24 04:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = '0003_risk'
down_revision: str | None = '0002_apidiff'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        'package_risk',
        sa.Column('package', sa.String(length=200), nullable=False),
        sa.Column('level', sa.String(length=16), nullable=False),
        sa.Column('reasons_json', sa.Text(), nullable=False),
        sa.Column('confidence', sa.Float(), nullable=False),
        sa.Column('signals_json', sa.Text(), nullable=False),
        sa.Column('assessed_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('package', name=op.f('pk_package_risk')),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table('package_risk')
