"""The central schema comes only from its own migrations, and they match the models."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from sopiva_desk.central import db as central_db
from sopiva_desk.central.models import Base


def test_one_head() -> None:
    assert len(ScriptDirectory.from_config(central_db.alembic_config()).get_heads()) == 1


NATURAL_KEY_INDEXES = frozenset({"ix_record__client_hetu", "ix_record__commitment_budget_number"})


def _not_natural_key_index(obj: Any, name: str | None, kind: str, reflected: bool, compare_to: Any) -> bool:
    return not (kind == "index" and name in NATURAL_KEY_INDEXES)


def _natural_key_indexes(connection: Any) -> set[str]:
    query = "SELECT name FROM sqlite_master WHERE type = 'index'" if connection.dialect.name == "sqlite" \
        else "SELECT indexname FROM pg_indexes WHERE tablename = 'record'"
    return {name for (name,) in connection.execute(text(query))} & NATURAL_KEY_INDEXES


def _schema_matches_models(url: str) -> None:
    database = central_db.Database(url)
    try:
        central_db.upgrade(database.engine)
        assert central_db.current_revision(database.engine) == central_db.head_revision()
        with database.engine.connect() as connection, warnings.catch_warnings():
            # The natural-key indexes are expressions per database that the models cannot state
            # (central migration 0006): SQLite's reflection skips them, and they are checked below.
            warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index ix_record__")
            context = MigrationContext.configure(connection, opts={"include_object": _not_natural_key_index})
            diff = compare_metadata(context, Base.metadata)
            indexes = _natural_key_indexes(connection)
        assert diff == []
        assert indexes == {"ix_record__client_hetu", "ix_record__commitment_budget_number"}
        central_db.downgrade(database.engine, "base")
        central_db.upgrade(database.engine)
    finally:
        database.dispose()


def test_sqlite_schema_is_the_models(tmp_path: Path) -> None:
    _schema_matches_models(central_db.sqlite_url(tmp_path))


def test_postgresql_schema_is_the_models(fresh_pg_url: str) -> None:
    _schema_matches_models(fresh_pg_url)
