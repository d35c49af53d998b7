"""The record of every purge: what was removed, for which client id, by whom, when, on what rule.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 12:00:00

``purge_record`` keeps one row per client per purge (``sopiva-central retention purge`` and
``purge-client``); it names no client by name or identity code and is never deleted. The ids
removed stay in ``purge_ledger`` as before.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('purge_record',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('purged_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('purged_by', sa.String(length=100), nullable=False),
    sa.Column('rule', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('removed', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purge_record'))
    )
    with op.batch_alter_table('purge_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_purge_record__client_id'), ['client_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('purge_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_purge_record__client_id'))
    op.drop_table('purge_record')
