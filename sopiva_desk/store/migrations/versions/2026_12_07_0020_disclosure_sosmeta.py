"""Disclosure entries follow the Sosmeta structure ("Merkintä asiakastietojen luovuttamisesta").

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07

A disclosure need not be a document printed here: information given by phone or a copy handed
over is described in words (``data``), so ``document_kind`` and ``record_id`` may be empty. A
document disclosed with other papers names them in ``data`` too. The recipient's organisation
and the way the data was handed over (``method``: paper, electronic, phone, in_person) get
their own columns; existing entries keep "" (not recorded).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0020'
down_revision: str | None = '0019'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('disclosure', schema=None) as batch_op:
        batch_op.alter_column('document_kind', existing_type=sa.String(length=32), nullable=True)
        batch_op.alter_column('record_id', existing_type=sa.Uuid(), nullable=True)
        batch_op.add_column(sa.Column('data', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('recipient_organisation', sa.String(length=200), server_default='',
                                      nullable=False))
        batch_op.add_column(sa.Column('method', sa.String(length=16), server_default='', nullable=False))


def downgrade() -> None:
    # Entries without a document cannot go back to a schema that requires one.
    op.execute("DELETE FROM disclosure WHERE document_kind IS NULL OR record_id IS NULL")
    with op.batch_alter_table('disclosure', schema=None) as batch_op:
        batch_op.drop_column('method')
        batch_op.drop_column('recipient_organisation')
        batch_op.drop_column('data')
        batch_op.alter_column('record_id', existing_type=sa.Uuid(), nullable=False)
        batch_op.alter_column('document_kind', existing_type=sa.String(length=32), nullable=False)
