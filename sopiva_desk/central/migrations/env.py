"""Alembic environment of the central server: runs on a connection handed over by ``central.db``."""

from __future__ import annotations

from alembic import context

from sopiva_desk.central.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through sopiva_desk.central.db (sopiva-central init)")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
