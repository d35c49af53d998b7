"""The access log becomes a hash chain with a purpose; listings name their clients.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07

Each entry gets the purpose of use (Client Data Act 703/2023; existing entries: client work,
the default), the hash of the entry before it and its own hash over a canonical encoding
(protocol/access_chain.py). The entries already in the store are chained here, oldest first,
from the genesis hash: what they hold now is what the chain fixes from now on.

``access_listing_member`` holds the clients each distinct listing showed (the caseload, the
print queue …), named in the entry by the digest of their ids.
"""

from collections.abc import Sequence
from datetime import UTC

import sqlalchemy as sa
from alembic import op

from sopiva_desk.protocol import access_chain

revision: str = '0018'
down_revision: str | None = '0017'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('access_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('purpose', sa.String(length=24), server_default='client_work', nullable=False))
        batch_op.add_column(sa.Column('clients', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), server_default='', nullable=False))
        batch_op.add_column(sa.Column('entry_hash', sa.String(length=64), server_default='', nullable=False))
    op.create_table('access_listing_member',
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.PrimaryKeyConstraint('digest', 'client_id', name=op.f('pk_access_listing_member'))
    )
    with op.batch_alter_table('access_listing_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_access_listing_member__client_id'), ['client_id'], unique=False)
    _chain_existing_entries()


def _chain_existing_entries() -> None:
    connection = op.get_bind()
    log = sa.table('access_log', sa.column('seq', sa.Integer), sa.column('id', sa.Uuid),
                   sa.column('at', sa.DateTime), sa.column('user_id', sa.String), sa.column('user_name', sa.String),
                   sa.column('client_id', sa.Uuid), sa.column('action', sa.String),
                   sa.column('record_type', sa.String), sa.column('record_id', sa.Uuid),
                   sa.column('fields', sa.JSON), sa.column('purpose', sa.String), sa.column('clients', sa.String),
                   sa.column('prev_hash', sa.String), sa.column('entry_hash', sa.String))
    prev = access_chain.GENESIS
    updates = []
    for row in connection.execute(sa.select(log).order_by(log.c.seq)).mappings():
        entry = dict(row)
        # Stored naive in UTC (store.models.UtcDateTime): the chain encodes it with its offset.
        entry['at'] = row['at'].replace(tzinfo=UTC) if row['at'].tzinfo is None else row['at']
        digest = access_chain.entry_hash(entry, prev)
        updates.append({'key': row['seq'], 'prev': prev, 'hash': digest})
        prev = digest
    if updates:
        connection.execute(log.update().where(log.c.seq == sa.bindparam('key'))
                           .values(prev_hash=sa.bindparam('prev'), entry_hash=sa.bindparam('hash')), updates)


def downgrade() -> None:
    with op.batch_alter_table('access_listing_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_access_listing_member__client_id'))
    op.drop_table('access_listing_member')
    with op.batch_alter_table('access_log', schema=None) as batch_op:
        batch_op.drop_column('entry_hash')
        batch_op.drop_column('prev_hash')
        batch_op.drop_column('clients')
        batch_op.drop_column('purpose')
