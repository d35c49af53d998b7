"""Run Alembic migrations over the keyed engine of an unlocked store."""

from __future__ import annotations

from importlib.resources import files

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("sopiva_desk.store") / "migrations"))
    config.set_main_option("file_template", "%%(year)d_%%(month).2d_%%(day).2d_%%(rev)s_%%(slug)s")
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _run(engine: Engine, action: str, revision: str) -> None:
    """Run an Alembic command with foreign keys off: batch mode rebuilds tables by copy and rename.

    The pragma goes to the driver connection directly, outside any transaction, because
    SQLite ignores ``foreign_keys`` changes inside one.
    """
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys = OFF")
        try:
            config = alembic_config()
            config.attributes["connection"] = connection
            getattr(command, action)(config, revision)
            if connection.in_transaction():
                connection.commit()
        finally:
            driver.execute("PRAGMA foreign_keys = ON")


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; each migration runs in its own transaction."""
    _run(engine, "upgrade", revision)


def downgrade(engine: Engine, revision: str) -> None:
    _run(engine, "downgrade", revision)
