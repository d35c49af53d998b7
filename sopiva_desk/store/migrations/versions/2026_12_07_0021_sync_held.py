"""Pulled changes held aside: ``sync_held``.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07

A pulled record whose identity code (or payment commitment number in a budget) a living record
of this laptop already holds cannot be written (the store keeps those keys unique); before this
table the whole page was refused and the pull stuck for good. It is now kept here, with the
records of a client so held, and applied once the key is free on this laptop
(docs/sync-protocol.md, "Natural keys"). Datetimes are naive UTC.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0021'
down_revision: str | None = '0020'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sync_held',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('client_id', sa.Uuid(), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('change', sa.JSON(), nullable=False),
    sa.Column('reason', sa.String(length=40), nullable=False),
    sa.Column('held_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_held'))
    )
    with op.batch_alter_table('sync_held', schema=None) as batch_op:
        batch_op.create_index('ix_sync_held__entity_record', ['entity', 'record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_held__client_id'), ['client_id'], unique=False)


def downgrade() -> None:
    # What was held is the server's (it keeps it); an app before 0021 could not apply it either.
    op.drop_table('sync_held')
