"""Planned visits: when a visit was planned for, and why a planned visit was cancelled.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07

A visit can now be planned ahead (status ``planned``, ``starts_at`` the planned time). When
the counsellor starts it, ``starts_at`` becomes the real start and ``planned_at`` keeps the
planned time. A cancelled visit is kept (status ``cancelled``) with when and why. Datetimes
are naive UTC; existing visits get no planned time and an empty reason.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('planned_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('cancelled_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('cancel_reason', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_column('cancel_reason')
        batch_op.drop_column('cancelled_at')
        batch_op.drop_column('planned_at')
