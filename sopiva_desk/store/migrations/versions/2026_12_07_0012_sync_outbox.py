"""Sync: the outbox of changes for the central server, the revisions last pulled, the enrolment.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07

``sync_outbox`` holds one mutation per change of a synchronised record, written by the change
recorder in the change's own transaction (docs/sync-protocol.md). ``sync_record`` keeps the
server revision last pulled per record (the base of the next change). ``sync_device`` holds this
store's enrolment, including the device's private key. Records written before this revision have
no outbox rows: they are queued as creates when the store first syncs
(``change_recorder.queue_unsent_records``). Datetimes are naive UTC.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sync_outbox',
    sa.Column('device_seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('mutation_id', sa.Uuid(), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('client_id', sa.Uuid(), nullable=True),
    sa.Column('op', sa.String(length=8), nullable=False),
    sa.Column('base_rev', sa.Integer(), nullable=False),
    sa.Column('changed', sa.JSON(), nullable=False),
    sa.Column('base', sa.JSON(), nullable=False),
    sa.Column('author_id', sa.String(length=64), nullable=False),
    sa.Column('author_name', sa.String(length=100), nullable=False),
    sa.Column('made_at', sa.DateTime(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('outcome', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('device_seq', name=op.f('pk_sync_outbox')),
    sa.UniqueConstraint('mutation_id', name=op.f('uq_sync_outbox__mutation_id')),
    sqlite_autoincrement=True,
    )
    op.create_index(op.f('ix_sync_outbox__client_id'), 'sync_outbox', ['client_id'], unique=False)
    op.create_index('ix_sync_outbox__entity_record', 'sync_outbox', ['entity', 'record_id'], unique=False)
    op.create_table('sync_record',
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('server_rev', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Uuid(), nullable=True),
    sa.PrimaryKeyConstraint('entity', 'record_id', name=op.f('pk_sync_record'))
    )
    op.create_index(op.f('ix_sync_record__client_id'), 'sync_record', ['client_id'], unique=False)
    op.create_table('sync_device',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('server_url', sa.String(length=300), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('user_name', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('private_key', sa.LargeBinary(), nullable=False),
    sa.Column('public_key', sa.LargeBinary(), nullable=False),
    sa.Column('ca_pem', sa.Text(), nullable=True),
    sa.Column('allow_insecure_loopback', sa.Boolean(), nullable=False),
    sa.Column('cursor', sa.Text(), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('last_sync_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_device'))
    )


def downgrade() -> None:
    op.drop_table('sync_device')
    op.drop_index(op.f('ix_sync_record__client_id'), table_name='sync_record')
    op.drop_table('sync_record')
    op.drop_index('ix_sync_outbox__entity_record', table_name='sync_outbox')
    op.drop_index(op.f('ix_sync_outbox__client_id'), table_name='sync_outbox')
    op.drop_table('sync_outbox')
