"""compat_verdict, repo_exposure_note: ecosystem compatibility per (X release, dependent E release), and why a
repository is not affected through an extension

Revision ID: 0011_compat
Revises: 0010_drop_pr_text
Create Date: 2026-12-01 23:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = '0011_compat'
down_revision: str | None = '0010_drop_pr_text'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        'compat_verdict',
        sa.Column('package', sa.String(length=200), nullable=False),
        sa.Column('version', sa.String(length=100), nullable=False),
        sa.Column('dependent', sa.String(length=200), nullable=False),
        sa.Column('dependent_version', sa.String(length=100), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('verdict_json', sa.Text(), nullable=False),
        sa.Column('evaluated_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('package', 'version', 'dependent', 'dependent_version', name=op.f('pk_compat_verdict')),
    )
    op.create_table(
        'repo_exposure_note',
        sa.Column('repo', sa.String(length=200), nullable=False),
        sa.Column('package', sa.String(length=200), nullable=False),
        sa.Column('version', sa.String(length=100), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('repo', 'package', 'version', name=op.f('pk_repo_exposure_note')),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table('repo_exposure_note')
    op.drop_table('compat_verdict')
