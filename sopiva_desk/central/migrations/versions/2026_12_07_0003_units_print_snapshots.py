"""Units of users (the office print station's scope) and the snapshots of queued print jobs.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 08:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('unit', sa.String(length=100), nullable=True))
        batch_op.create_index(batch_op.f('ix_user_account__unit'), ['unit'], unique=False)

    op.create_table('print_snapshot',
    sa.Column('job_id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('records', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('job_id', name=op.f('pk_print_snapshot'))
    )
    with op.batch_alter_table('print_snapshot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_print_snapshot__client_id'), ['client_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('print_snapshot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_print_snapshot__client_id'))
    op.drop_table('print_snapshot')
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_account__unit'))
        batch_op.drop_column('unit')
