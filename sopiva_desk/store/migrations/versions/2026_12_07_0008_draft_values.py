"""Draft values: what the user typed that a rule refused, kept until fixed.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

A rejected value used to live only in its widget and was lost when the page was left.
``draft_value`` keeps it per record and field (local to the device, never synchronised),
so the field shows it again with its message. Datetimes are naive UTC.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('draft_value',
    sa.Column('scope', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=64), nullable=False),
    sa.Column('field_key', sa.String(length=300), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('kept_at', sa.DateTime(), nullable=False),
    sa.Column('kept_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('scope', 'record_id', 'field_key', name=op.f('pk_draft_value'))
    )


def downgrade() -> None:
    op.drop_table('draft_value')
