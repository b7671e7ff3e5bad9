"""release diffs keep the new release's own requirements: a tree whose exact pins exclude one of them never
installs the release (rows from before hold none, so nothing is excluded by them)

Revision ID: 0020_diff_requires
Revises: 0019_compat_version
Create Date: 2026-12-03 21:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = '0020_diff_requires'
down_revision: str | None = '0019_compat_version'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision (plain ALTER TABLE on both backends, as 0019)."""
    op.add_column('release_diff', sa.Column('requires_json', sa.Text(), nullable=False, server_default='[]'))


def downgrade() -> None:
    """Revert this revision."""
    op.drop_column('release_diff', 'requires_json')
