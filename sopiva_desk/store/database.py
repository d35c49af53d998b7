"""Unit of work over an opened store: ``with store.transaction() as session:`` per user action."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from sopiva_desk.store.integrity import IntegrityGuard


class Database:
    """Hands out one session per transaction; sessions never cross threads or outlive it.

    With an integrity ``guard`` (every unlocked profile has one), a transaction first waits for
    the verdict of the check and raises ``StoreWritesRefused`` when the file is damaged: no write
    reaches a file that has not passed the check. Reads never wait.
    """

    def __init__(self, engine: Engine, guard: IntegrityGuard | None = None) -> None:
        self.engine = engine
        self.guard = guard
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Commit on success, roll back on any exception."""
        if self.guard is not None:
            self.guard.require_sound()
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; closing it ends the transaction without writing anything."""
        with self._sessions() as session:
            yield session
