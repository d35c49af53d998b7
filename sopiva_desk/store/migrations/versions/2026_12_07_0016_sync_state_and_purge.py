"""Sync state per client and purged cases: the outbox indexed by client and state; ``sync_purged``.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07

The caseload shows each client's sync state (services/sync/record_state.py): how many of its
changes wait or were refused, grouped by client over the whole outbox. With the client alone
indexed, SQLite read every outbox row for its state (a new client's row holds the whole record:
≈140 ms for 12,000 rows on a busy machine); ``(client_id, state)`` answers from the index. It
replaces the index on ``client_id`` alone, which it covers.

``sync_purged`` marks the closed cases the counsellor removed from this device (the server keeps
them): their changes are not pulled in until the case is assigned again (docs/sync-protocol.md,
"Purge by policy"). Datetimes are naive UTC.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0016'
down_revision: str | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_outbox__client_id'))
        batch_op.create_index('ix_sync_outbox__client_state', ['client_id', 'state'], unique=False)
    op.create_table('sync_purged',
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.Column('purged_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('client_id', name=op.f('pk_sync_purged'))
    )


def downgrade() -> None:
    op.drop_table('sync_purged')
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_outbox__client_state')
        batch_op.create_index(batch_op.f('ix_sync_outbox__client_id'), ['client_id'], unique=False)
