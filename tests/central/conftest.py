"""Central-server fixtures: every database test runs on SQLite and on a real PostgreSQL.

The PostgreSQL cluster is started once per test session (tests/central/pg_cluster.py) and
stopped at the end. Without PostgreSQL binaries the PostgreSQL variants are skipped, and the
terminal summary says so in a warning line that cannot be missed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from sopiva_desk.central import db as central_db
from sopiva_desk.central.models import Base
from tests.central.pg_cluster import Cluster, start_cluster

_PG_ABSENT: list[str] = []


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster | None]:
    started = start_cluster()
    if isinstance(started, str):
        _PG_ABSENT.append(started)
        yield None
        return
    yield started
    started.stop()


def create_pg_database(cluster: Cluster, name: str) -> str:
    admin = sa.create_engine(cluster.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return cluster.url(name)


def require_pg(cluster: Cluster | None) -> Cluster:
    if cluster is None:
        reason = _PG_ABSENT[0] if _PG_ABSENT else "PostgreSQL unavailable"
        pytest.skip(f"POSTGRESQL VARIANT SKIPPED: {reason}")
    return cluster


@pytest.fixture(scope="session")
def pg_shared_url(pg_cluster: Cluster | None) -> str | None:
    """One migrated database for the whole session; tests empty its tables instead of recreating it."""
    if pg_cluster is None:
        return None
    url = create_pg_database(pg_cluster, "central_shared")
    database = central_db.Database(url)
    central_db.upgrade(database.engine)
    database.dispose()
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty central database of each kind."""
    if request.param == "sqlite":
        url = central_db.sqlite_url(tmp_path)
        database = central_db.Database(url)
        central_db.upgrade(database.engine)
        database.dispose()
        yield url
        return
    require_pg(request.getfixturevalue("pg_cluster"))
    url = request.getfixturevalue("pg_shared_url")
    _empty(url)
    yield url


def _empty(url: str) -> None:
    engine = sa.create_engine(url)
    names = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
    engine.dispose()


@pytest.fixture
def fresh_pg_url(pg_cluster: Cluster | None) -> str:
    """A brand-new empty PostgreSQL database (not migrated)."""
    cluster = require_pg(pg_cluster)
    return create_pg_database(cluster, f"fresh_{uuid.uuid4().hex[:12]}")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _PG_ABSENT:
        terminalreporter.write_sep("!", "WARNING: PostgreSQL variants of the central tests were SKIPPED", red=True)
        terminalreporter.write_line(f"WARNING: {_PG_ABSENT[0]}", red=True, bold=True)


@pytest.fixture
def database(db_url: str) -> Iterator[central_db.Database]:
    database = central_db.Database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def http(database: central_db.Database) -> Iterator[TestClient]:
    from sopiva_desk.central.app import create_app

    with TestClient(create_app(database), base_url="http://central.test", raise_server_exceptions=True) as client:
        yield client


@pytest.fixture
def pg_database(pg_cluster: Cluster | None, pg_shared_url: str | None) -> Iterator[central_db.Database]:
    """The PostgreSQL database alone, for what only PostgreSQL can show (transactions committing late)."""
    require_pg(pg_cluster)
    assert pg_shared_url is not None
    _empty(pg_shared_url)
    database = central_db.Database(pg_shared_url)
    yield database
    database.dispose()


@pytest.fixture
def pg_http(pg_database: central_db.Database) -> Iterator[TestClient]:
    from sopiva_desk.central.app import create_app

    with TestClient(create_app(pg_database), base_url="http://central.test") as client:
        yield client
