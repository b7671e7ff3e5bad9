"""status: gh_repo.private, so /status hides private repositories from anonymous callers

Revision ID: 0005_repo_private
Revises: 0004_github
Create Date: 2026-11-24 04:06:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = '0005_repo_private'
down_revision: str | None = '0004_github'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table('gh_repo', schema=None) as batch_op:
        batch_op.add_column(sa.Column('private', sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table('gh_repo', schema=None) as batch_op:
        batch_op.drop_column('private')
