"""Written reasons in personal budgets: overlapping periods, amounts that differ from units ×
unit price, and corrections and cancellations of follow-up entries.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07

``personal_budget.overlap_reason`` says why a budget shares days with another of the client's
budgets. ``realised_use.amount_reason`` says why an amount is not units × the line's unit
price. A realised use or payment commitment entered by mistake is corrected in place or
cancelled (tombstoned, so balances, alerts and the overview leave it out) with a
``correction_reason`` / ``cancel_reason``; the history row (``personal_budget_change``) keeps
the entry as it was, with its ``reason``. Existing rows get empty reasons.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = {
    'personal_budget': ('overlap_reason',),
    'personal_budget_change': ('reason',),
    'realised_use': ('amount_reason', 'correction_reason', 'cancel_reason'),
    'payment_commitment': ('correction_reason', 'cancel_reason'),
}


def upgrade() -> None:
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.add_column(sa.Column(column, sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in reversed(columns):
                batch_op.drop_column(column)
