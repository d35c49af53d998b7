"""Unit of work over an opened store: ``with store.transaction() as session:`` per user action."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker


class Database:
    """Hands out one session per transaction; sessions never cross threads or outlive it."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Commit on success, roll back on any exception."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; closing it ends the transaction without writing anything."""
        with self._sessions() as session:
            yield session
