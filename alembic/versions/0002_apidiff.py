"""apidiff: api surfaces and release diffs

Revision ID: 0002_apidiff
Revises: 0001_foundation
Create Date: 2026-11-24 04:01:51.431855
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = '0002_apidiff'
down_revision: str | None = '0001_foundation'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        'api_surface',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('package', sa.String(length=200), nullable=False),
        sa.Column('version', sa.String(length=100), nullable=False),
        sa.Column('schema_version', sa.Integer(), nullable=False),
        sa.Column('surface_json', sa.Text(), nullable=False),
        sa.Column('symbol_count', sa.Integer(), nullable=False),
        sa.Column('problem_count', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_api_surface')),
        sa.UniqueConstraint('package', 'version', name=op.f('uq_api_surface_package_version')),
    )
    with op.batch_alter_table('api_surface', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_api_surface_package'), ['package'], unique=False)

    op.create_table(
        'release_diff',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('package', sa.String(length=200), nullable=False),
        sa.Column('old_version', sa.String(length=100), nullable=False),
        sa.Column('new_version', sa.String(length=100), nullable=False),
        sa.Column('schema_version', sa.Integer(), nullable=False),
        sa.Column('changes_json', sa.Text(), nullable=False),
        sa.Column('change_count', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_release_diff')),
        sa.UniqueConstraint(
            'package', 'old_version', 'new_version', name=op.f('uq_release_diff_package_old_version_new_version')
        ),
    )
    with op.batch_alter_table('release_diff', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_release_diff_package'), ['package'], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table('release_diff', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_release_diff_package'))

    op.drop_table('release_diff')
    with op.batch_alter_table('api_surface', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_api_surface_package'))

    op.drop_table('api_surface')
