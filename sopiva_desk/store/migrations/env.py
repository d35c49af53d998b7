"""Alembic environment: always runs on a connection handed over by ``store.migrate``.

The store is encrypted, so Alembic never opens a database itself; the caller opens the
keyed engine and passes a connection in ``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context

from sopiva_desk.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through sopiva_desk.store.migrate, which supplies the keyed connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    transaction_per_migration=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
