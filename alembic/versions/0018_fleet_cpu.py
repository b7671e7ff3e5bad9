"""fleet cpu: an index on lower(gh_action.repo), which a repository's action reads filter on (GitHub may change
the case of a name; the stored one is kept as GitHub spelt it)

Revision ID: 0018_fleet_cpu
Revises: 0017_write_budget
Create Date: 2026-12-02 06:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = '0018_fleet_cpu'
down_revision: str | None = '0017_write_budget'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_index('ix_gh_action_repo_lower', 'gh_action', [sa.text('lower(repo)')], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index('ix_gh_action_repo_lower', table_name='gh_action')
