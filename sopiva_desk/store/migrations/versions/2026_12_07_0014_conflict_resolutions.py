"""Sync: resolving conflicts on the laptop.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07

``sync_outbox.resolves`` lists the conflicts a mutation resolves (the resolution is an update of
the record carrying the chosen values of every path of the conflict's group; the server marks
the conflicts resolved: docs/sync-protocol.md, "Resolving a conflict"). ``sync_conflict`` keeps
when and how a conflict was resolved (``resolved_at``, ``resolution``: the chosen values, by
whom, each group's choice), here or on another device, next to the values both sides had.
Datetimes are naive UTC.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('resolves', sa.JSON(), nullable=True))
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.add_column(sa.Column('resolved_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('resolution', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_column('resolution')
        batch_op.drop_column('resolved_at')
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.drop_column('resolves')
