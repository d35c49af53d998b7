"""Indexes for the natural-key check of a push: a client's identity code, a commitment's number.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 15:00:00

The server refuses a second living client with the same identity code, or a second living
payment commitment with the same number in one budget (docs/sync-protocol.md, "Natural keys").
Records keep their fields in JSON, so each check read every client's JSON: about 0.15 s per
pushed client on SQLite with 20,000 clients. These partial expression indexes, over the client
and payment-commitment rows only, answer it at once. The expressions are the ones the push
queries with (``central/push.py``, ``_json_text``): the same text per database, or the index is
not used. SQLAlchemy models cannot state them per database, so they live here alone
(``tests/central/test_migrations.py`` knows them).
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("ix_record__client_hetu", "client", ("hetu",)),
    ("ix_record__commitment_budget_number", "payment_commitment", ("budget_id", "number")),
)


def _json_text(dialect: str, column: str) -> str:
    return f"(data ->> '{column}')" if dialect == "postgresql" else f"json_extract(data, '$.{column}')"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name, entity, columns in INDEXES:
        expressions = ", ".join(_json_text(dialect, column) for column in columns)
        op.execute(f"CREATE INDEX {name} ON record ({expressions}) WHERE entity = '{entity}'")


def downgrade() -> None:
    for name, _, _ in INDEXES:
        op.execute(f"DROP INDEX {name}")
