"""Devices' access-log chains: each entry's place and hash, the verified head per device and chain
(with its pinned log key), the breaks found, and the clients of each listing.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 11:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BIG = sa.BigInteger()


def upgrade() -> None:
    with op.batch_alter_table('access_log_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('chain_id', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('seq', _BIG, nullable=True))
        batch_op.add_column(sa.Column('entry_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('clients', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('verified', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.create_index('ix_access_log_entry__chain', ['device_id', 'chain_id', 'seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_access_log_entry__clients'), ['clients'], unique=False)

    op.create_table('access_log_chain',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('chain_id', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('log_key', sa.String(length=64), nullable=False),
    sa.Column('head_seq', _BIG, nullable=False),
    sa.Column('head_hash', sa.String(length=64), nullable=False),
    sa.Column('broken_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('device_id', 'chain_id', name=op.f('pk_access_log_chain'))
    )
    op.create_table('access_log_break',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('chain_id', sa.String(length=64), nullable=False),
    sa.Column('seq', _BIG, nullable=True),
    sa.Column('entry_id', sa.String(length=36), nullable=True),
    sa.Column('reason', sa.String(length=32), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('found_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_access_log_break'))
    )
    with op.batch_alter_table('access_log_break', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_access_log_break__device_id'), ['device_id'], unique=False)
    op.create_table('access_listing_member',
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('digest', 'client_id', name=op.f('pk_access_listing_member'))
    )
    with op.batch_alter_table('access_listing_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_access_listing_member__client_id'), ['client_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('access_listing_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_access_listing_member__client_id'))
    op.drop_table('access_listing_member')
    with op.batch_alter_table('access_log_break', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_access_log_break__device_id'))
    op.drop_table('access_log_break')
    op.drop_table('access_log_chain')
    with op.batch_alter_table('access_log_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_access_log_entry__clients'))
        batch_op.drop_index('ix_access_log_entry__chain')
        batch_op.drop_column('verified')
        batch_op.drop_column('clients')
        batch_op.drop_column('entry_hash')
        batch_op.drop_column('seq')
        batch_op.drop_column('chain_id')
