"""Sync in the app: whom to contact, and a revoked enrolment remembered.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07

``sync_device.support_contact`` keeps the organisation's support contact the server gave at
enrolment (``sopiva-central serve --support-contact``), so a laptop whose access was revoked
can say whom to call without reaching the server. ``sync_device.revoked_at`` is set when the
server answers ``device_revoked``: the app stops offering Sync until the computer is enrolled
again (which clears it). Datetimes are naive UTC.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0017'
down_revision: str | None = '0016'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('sync_device', schema=None) as batch_op:
        batch_op.add_column(sa.Column('support_contact', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('revoked_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('sync_device', schema=None) as batch_op:
        batch_op.drop_column('revoked_at')
        batch_op.drop_column('support_contact')
