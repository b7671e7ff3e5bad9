"""apidiff: api_surface.artifact_sha256, the file a surface was extracted from (a different file is re-extracted)

Revision ID: 0014_surface_sha
Revises: 0010_drop_pr_text
Create Date: 2026-12-01 23:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = '0014_surface_sha'
down_revision: str | None = '0013_diff_notes'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table('api_surface', schema=None) as batch_op:
        batch_op.add_column(sa.Column('artifact_sha256', sa.String(length=64), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table('api_surface', schema=None) as batch_op:
        batch_op.drop_column('artifact_sha256')
