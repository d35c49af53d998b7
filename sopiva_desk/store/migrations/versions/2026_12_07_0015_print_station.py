"""The office print station: the revision a print job pins, and the snapshots a station prints from.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07

``print_job.record_revision`` is the server revision of the record the job prints, pinned by
the server when it took the job (docs/sync-protocol.md, "Print jobs"). An office print station
holds jobs of clients it has no other record of, so ``print_job.client_id`` no longer refers to
``client``. ``print_snapshot`` keeps, on a station, the records a queued job's document is made
from, as pulled; they are emptied once the job is printed or cancelled.
Datetimes are naive UTC.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('print_job', schema=None) as batch_op:
        batch_op.add_column(sa.Column('record_revision', sa.Integer(), nullable=True))
        batch_op.drop_constraint('fk_print_job__client_id__client', type_='foreignkey')
    op.create_table('print_snapshot',
    sa.Column('job_id', sa.Uuid(), nullable=False),
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.Column('client_name', sa.String(length=200), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('records', sa.JSON(), nullable=True),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('job_id', name=op.f('pk_print_snapshot'))
    )
    op.create_index(op.f('ix_print_snapshot__client_id'), 'print_snapshot', ['client_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_print_snapshot__client_id'), table_name='print_snapshot')
    op.drop_table('print_snapshot')
    with op.batch_alter_table('print_job', schema=None) as batch_op:
        batch_op.create_foreign_key('fk_print_job__client_id__client', 'client', ['client_id'], ['id'])
        batch_op.drop_column('record_revision')
