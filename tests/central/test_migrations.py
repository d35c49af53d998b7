"""The central schema comes only from its own migrations, and they match the models."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from sopiva_desk.central import db as central_db
from sopiva_desk.central.models import Base


def test_one_head() -> None:
    assert len(ScriptDirectory.from_config(central_db.alembic_config()).get_heads()) == 1


def _schema_matches_models(url: str) -> None:
    database = central_db.Database(url)
    try:
        central_db.upgrade(database.engine)
        assert central_db.current_revision(database.engine) == central_db.head_revision()
        with database.engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert diff == []
        central_db.downgrade(database.engine, "base")
        central_db.upgrade(database.engine)
    finally:
        database.dispose()


def test_sqlite_schema_is_the_models(tmp_path: Path) -> None:
    _schema_matches_models(central_db.sqlite_url(tmp_path))


def test_postgresql_schema_is_the_models(fresh_pg_url: str) -> None:
    _schema_matches_models(fresh_pg_url)
