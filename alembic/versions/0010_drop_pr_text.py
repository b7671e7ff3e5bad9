"""actions: drop pr_title/pr_body (written, never read: the sender renders the PR text from the finding)

Revision ID: 0010_drop_pr_text
Revises: 0009_costly
Create Date: 2026-12-01 22:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = '0010_drop_pr_text'
down_revision: str | None = '0009_costly'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table('gh_action', schema=None) as batch_op:
        batch_op.drop_column('pr_body')
        batch_op.drop_column('pr_title')


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table('gh_action', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pr_title', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('pr_body', sa.Text(), nullable=True))
