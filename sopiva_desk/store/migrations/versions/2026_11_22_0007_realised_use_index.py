"""A covering index for summing a budget's realised uses.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22

The organisation overview sums the living uses of every budget. With an index on
``budget_id`` alone SQLite fetched every use row (≈110,000 for 2,000 HB clients) to read
``deleted_at`` and ``amount_cents``; (budget_id, deleted_at, amount_cents) answers from the
index. It replaces the single-column index, of which it is a prefix.
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_realised_use__budget_amount', 'realised_use', ['budget_id', 'deleted_at', 'amount_cents'])
    op.drop_index('ix_realised_use__budget_id', table_name='realised_use')


def downgrade() -> None:
    op.create_index('ix_realised_use__budget_id', 'realised_use', ['budget_id'])
    op.drop_index('ix_realised_use__budget_amount', table_name='realised_use')
