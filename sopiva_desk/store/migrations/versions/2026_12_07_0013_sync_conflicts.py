"""Sync on the laptop: conflicts kept for the conflict screen, reference data, deferred evictions.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07

``sync_conflict`` keeps each conflict the server recorded on this user's records, as pulled
(base, server and device values, both authors), until a person resolves it.
``sync_reference`` keeps reference data versions (catalogue, price list, templates,
municipalities) as pulled. ``sync_eviction`` marks a client the server asked this device to
evict while some of its changes were unsent: it is evicted after they are (docs/sync-protocol.md).
``sync_outbox.sent_at`` says when a mutation first went to the server: the engine folds the
later changes of a record into its oldest *unsent* mutation only, so a mutation id never names
two payloads.
Datetimes are naive UTC.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sent_at', sa.DateTime(), nullable=True))
    op.create_table('sync_conflict',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('client_id', sa.Uuid(), nullable=True),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('device_author', sa.JSON(), nullable=True),
    sa.Column('server_author', sa.JSON(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('resolved', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict'))
    )
    op.create_index(op.f('ix_sync_conflict__client_id'), 'sync_conflict', ['client_id'], unique=False)
    op.create_table('sync_reference',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('body', sa.JSON(), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_reference'))
    )
    op.create_index('ix_sync_reference__kind_name_version', 'sync_reference', ['kind', 'name', 'version'],
                    unique=False)
    op.create_table('sync_eviction',
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.Column('requested_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('client_id', name=op.f('pk_sync_eviction'))
    )


def downgrade() -> None:
    op.drop_table('sync_eviction')
    op.drop_index('ix_sync_reference__kind_name_version', table_name='sync_reference')
    op.drop_table('sync_reference')
    op.drop_index(op.f('ix_sync_conflict__client_id'), table_name='sync_conflict')
    op.drop_table('sync_conflict')
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.drop_column('sent_at')
