"""release diffs keep their notes ("not claimed"); a release that cannot be compared is retried with backoff

Revision ID: 0013_diff_notes
Revises: 0010_drop_pr_text
Create Date: 2026-12-01 23:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = '0013_diff_notes'
down_revision: str | None = '0011_compat'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table('release_diff', schema=None) as batch_op:
        batch_op.add_column(sa.Column('notes_json', sa.Text(), nullable=False, server_default='[]'))
    with op.batch_alter_table('release', schema=None) as batch_op:
        batch_op.add_column(sa.Column('analysis_attempts', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('analysis_retry_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('analysed_with', sa.Integer(), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table('release', schema=None) as batch_op:
        batch_op.drop_column('analysed_with')
        batch_op.drop_column('analysis_retry_at')
        batch_op.drop_column('analysis_attempts')
    with op.batch_alter_table('release_diff', schema=None) as batch_op:
        batch_op.drop_column('notes_json')
