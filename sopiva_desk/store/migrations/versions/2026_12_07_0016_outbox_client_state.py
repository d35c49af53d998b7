"""Sync state per client: the outbox indexed by client and state.

Revision ID: 0016
Revises: 0013
Create Date: 2026-12-07

The caseload shows each client's sync state (services/sync/record_state.py): how many of its
changes wait or were refused, grouped by client over the whole outbox. With the client alone
indexed, SQLite read every outbox row for its state (a new client's row holds the whole record:
≈140 ms for 12,000 rows on a busy machine); ``(client_id, state)`` answers from the index. It
replaces the index on ``client_id`` alone, which it covers.
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0016'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_outbox__client_id'))
        batch_op.create_index('ix_sync_outbox__client_state', ['client_id', 'state'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_outbox__client_state')
        batch_op.create_index(batch_op.f('ix_sync_outbox__client_id'), ['client_id'], unique=False)
