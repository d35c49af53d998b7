"""Alembic migrations of the local store; run with ``sopiva_desk.store.migrate.upgrade``."""
