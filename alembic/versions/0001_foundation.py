"""foundation: watched packages, releases, poll runs

Revision ID: 0001_foundation
Revises: (none)
Create Date: 2026-11-24 04:01:24.642393
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = '0001_foundation'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        'poll_run',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            'outcome',
            sa.Enum('running', 'ok', 'partial', 'failed', name='poll_outcome', native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column('packages_checked', sa.Integer(), nullable=False),
        sa.Column('packages_changed', sa.Integer(), nullable=False),
        sa.Column('packages_failed', sa.Integer(), nullable=False),
        sa.Column('releases_new', sa.Integer(), nullable=False),
        sa.Column('error', sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_poll_run')),
    )
    with op.batch_alter_table('poll_run', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_poll_run_started_at'), ['started_at'], unique=False)

    op.create_table(
        'watched_package',
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('watched', sa.Boolean(), nullable=False),
        sa.Column('last_serial', sa.BigInteger(), nullable=True),
        sa.Column('last_polled', sa.DateTime(timezone=True), nullable=True),
        sa.Column('latest_version', sa.String(length=100), nullable=True),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.Column('last_error_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_watched_package')),
    )
    op.create_table(
        'release',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('package', sa.String(length=200), nullable=False),
        sa.Column('version', sa.String(length=100), nullable=False),
        sa.Column('upload_time', sa.DateTime(timezone=True), nullable=True),
        sa.Column('yanked', sa.Boolean(), nullable=False),
        sa.Column('is_prerelease', sa.Boolean(), nullable=False),
        sa.Column('requires_python', sa.String(length=200), nullable=True),
        sa.Column('artifact_filename', sa.String(length=300), nullable=True),
        sa.Column('artifact_url', sa.Text(), nullable=True),
        sa.Column('artifact_sha256', sa.String(length=64), nullable=True),
        sa.Column('artifact_size', sa.BigInteger(), nullable=True),
        sa.Column('first_seen', sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            'analysis_state',
            sa.Enum('baseline', 'pending', 'analysed', 'failed', name='analysis_state', native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column('analysis_error', sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(['package'], ['watched_package.name'], name=op.f('fk_release_package_watched_package')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_release')),
        sa.UniqueConstraint('package', 'version', name=op.f('uq_release_package_version')),
    )
    with op.batch_alter_table('release', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_release_analysis_state'), ['analysis_state'], unique=False)
        batch_op.create_index(batch_op.f('ix_release_package'), ['package'], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table('release', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_release_package'))
        batch_op.drop_index(batch_op.f('ix_release_analysis_state'))

    op.drop_table('release')
    op.drop_table('watched_package')
    with op.batch_alter_table('poll_run', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_poll_run_started_at'))

    op.drop_table('poll_run')
