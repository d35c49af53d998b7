"""Documents: the office print queue and disclosure entries.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22

``print_job`` holds documents marked "to print at the office" (the document is rendered again
from its record when printed, never stored). ``disclosure`` records which document was handed
to whom, on what basis and for what purpose (Client Data Act 703/2023). Datetimes are naive UTC.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _sync_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('revision', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('updated_by', sa.String(length=64), nullable=False),
        sa.Column('deleted_at', sa.DateTime(), nullable=True),
        sa.Column('deleted_by', sa.String(length=64), nullable=True),
    ]


def upgrade() -> None:
    op.create_table('print_job',
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.Column('document_kind', sa.String(length=32), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('requested_at', sa.DateTime(), nullable=False),
    sa.Column('requested_by', sa.String(length=64), nullable=False),
    sa.Column('requested_by_name', sa.String(length=100), nullable=False),
    sa.Column('printed_at', sa.DateTime(), nullable=True),
    sa.Column('printed_by', sa.String(length=64), nullable=True),
    sa.Column('printed_by_name', sa.String(length=100), nullable=True),
    *_sync_columns(),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_print_job__client_id__client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_print_job'))
    )
    with op.batch_alter_table('print_job', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_print_job__client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_print_job__status'), ['status'], unique=False)

    op.create_table('disclosure',
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.Column('document_kind', sa.String(length=32), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('document_id', sa.String(length=64), nullable=False),
    sa.Column('recipient', sa.String(length=200), nullable=False),
    sa.Column('basis', sa.String(length=16), nullable=False),
    sa.Column('basis_detail', sa.Text(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('disclosed_on', sa.Date(), nullable=False),
    sa.Column('discloser', sa.String(length=64), nullable=False),
    sa.Column('discloser_name', sa.String(length=100), nullable=False),
    *_sync_columns(),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_disclosure__client_id__client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disclosure'))
    )
    with op.batch_alter_table('disclosure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_disclosure__client_id'), ['client_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('disclosure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_disclosure__client_id'))

    op.drop_table('disclosure')
    with op.batch_alter_table('print_job', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_print_job__status'))
        batch_op.drop_index(batch_op.f('ix_print_job__client_id'))

    op.drop_table('print_job')
