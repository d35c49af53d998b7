"""The retention clock: the day a client was closed.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07

``client.closed_on`` is set when the client's status becomes closed and cleared when it is
reopened (``domain/retention.py``); the retention of the client's records is counted from it
(docs/security.md, "Retention"). It syncs with the client. Clients already closed get the day of
their last recorded status change (the access log), or of their record's last change, which is
never earlier than the closing: their retention may end later than it should, never sooner.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0019'
down_revision: str | None = '0018'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closed_on', sa.Date(), nullable=True))
    # Raw SQL on purpose: the change recorder must not queue these as edits of the counsellor
    # (a store synchronised later sends its records whole, closed_on included).
    op.execute("""
        UPDATE client SET closed_on = date(COALESCE(
            (SELECT max(access_log.at) FROM access_log
              WHERE access_log.client_id = client.id AND access_log.action = 'update'
                AND access_log.record_type = 'client' AND access_log.fields LIKE '%"status"%'),
            client.updated_at))
        WHERE status = 'closed'
    """)


def downgrade() -> None:
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_column('closed_on')
