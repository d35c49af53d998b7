"""Fixtures shared by the store tests."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from sopiva_desk.store.engine import close_engine, open_engine

RELEASED_0001 = Path(__file__).resolve().parent.parent / "data" / "store_0001.db"
TEST_KEY = bytes(range(32))  # the key tests/data/store_*.db are encrypted with


@pytest.fixture
def old_store(tmp_path: Path) -> Iterator[Engine]:
    """A copy of a store as the first release wrote it (schema 0001), open for migrating."""
    path = tmp_path / "store.db"
    shutil.copy(RELEASED_0001, path)
    engine = open_engine(path, bytearray(TEST_KEY))
    yield engine
    close_engine(engine)
