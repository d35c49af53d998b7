"""The integrity check of an opened store, and the gate that keeps writes out until it passed.

``PRAGMA cipher_integrity_check`` verifies the HMAC of every page in the file (a changed bit
anywhere in a page, its IV or its HMAC fails it); ``PRAGMA quick_check`` then checks the b-tree
structure (a page swapped in from an older copy of the same file has a valid HMAC but may break
it). Both run on a fresh read-only connection of their own, so a page cached by the working
connection cannot hide damage on disk and the check never writes.

At unlock the store opens read-only (store/engine.py) and the check starts in a background
thread: reads go on meanwhile, and ``Database.transaction()`` waits for the verdict before the
first write. Sound: the engine is switched to read-write. Damaged: it stays read-only, every
transaction raises ``StoreWritesRefused``, and the file is never written again by this process,
not even by the checkpoint SQLite makes when its last connection closes (see ``_Pin``).
Measured cost: docs/security.md "Integrity" and ``python -m bench store``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine

from sopiva_desk.store.engine import (
    StoreOpenError,
    StoreWritesRefused,
    check_file_shape,
    is_read_only,
    make_writable,
)

log = logging.getLogger(__name__)


class Verdict(Enum):
    PENDING = "pending"
    SOUND = "sound"
    DAMAGED = "damaged"


Listener = Callable[[Verdict], None]


def _connect_read_only(path: Path, key_hex: bytearray) -> Any:
    connection = sqlcipher3.dbapi2.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                           check_same_thread=False)
    connection.isolation_level = None
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = \"x'{key_hex.decode('ascii')}'\"")
    return connection


def find_damage(path: Path, key_hex: bytearray) -> list[str]:
    """What the checks report about the file at ``path``; empty when it is sound.

    The reports name pages, tables and indexes, never row contents.
    """
    try:
        check_file_shape(path)
    except Exception as err:  # noqa: BLE001 - the reason is the report
        return [str(err)]
    connection = None
    try:
        connection = _connect_read_only(path, key_hex)
        problems = [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]
        if problems:
            return problems
        found = [str(row[0]) for row in connection.execute("PRAGMA quick_check")]
        return [] if found == ["ok"] else found
    except sqlcipher3.dbapi2.DatabaseError as err:
        return [f"{type(err).__name__}: {err}"]
    finally:
        if connection is not None:
            connection.close()


class _Pin:
    """A read-only connection that has read the file, held while the store is open read-write.

    SQLite copies the write-ahead log into the main file when the *last* connection closes.
    While this one is open the working connection's close is not the last, and a read-only
    close copies nothing, so a store found damaged is left exactly as it was. When the store is
    sound the pin is closed first and the usual checkpoint runs.
    """

    def __init__(self, path: Path, key_hex: bytearray) -> None:
        self._connection: Any = None
        try:
            connection = _connect_read_only(path, key_hex)
            connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
            self._connection = connection
        except sqlcipher3.dbapi2.DatabaseError:
            # Page 1 unreadable: the working connection cannot have opened the file either.
            log.warning("integrity pin not held: the first page does not read")

    def release(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class IntegrityGuard:
    """Runs the check, keeps the verdict and holds writes back until it is known.

    ``start()`` checks in a background thread; ``check_now()`` checks on the calling thread (the
    hourly check and the one before a backup). ``require_sound()`` blocks until a verdict and
    raises ``StoreWritesRefused`` when the file is damaged. Listeners are called with each new
    verdict from the thread that reached it. A damaged verdict is final for this opening.
    """

    def __init__(self, engine: Engine, path: Path, key_hex: bytearray) -> None:
        self._engine = engine
        self._path = path
        self._key_hex = key_hex
        self._verdict = Verdict.PENDING
        self._known = threading.Event()
        self._lock = threading.Lock()  # one check at a time
        self._listeners: list[Listener] = []
        self._closed = False
        self.problems: list[str] = []
        self._pin: _Pin | None = None  # taken when the engine turns read-write (only then can a close write)
        self._pin_lock = threading.Lock()

    @property
    def verdict(self) -> Verdict:
        return self._verdict

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)
        if self._verdict is not Verdict.PENDING:
            listener(self._verdict)

    def start(self) -> None:
        threading.Thread(target=self._check_quietly, name="sopiva-integrity", daemon=True).start()

    def _check_quietly(self) -> None:
        try:
            self.check_now()
        except Exception as err:  # noqa: BLE001 - a thread has no one to raise to
            # A check that cannot run cannot vouch for the file: writes stay refused.
            log.exception("integrity check failed to run")
            self._decide([f"the check did not run: {type(err).__name__}"])

    def check_now(self) -> Verdict:
        with self._lock:
            if self._closed:
                return self._verdict
            if self._verdict is Verdict.DAMAGED:
                return self._verdict
            problems = find_damage(self._path, self._key_hex)
            if problems and self._verdict is Verdict.SOUND:
                # While the app writes, SQLite's checkpoint may be rewriting a page just as the check
                # reads it from the file; a page truly damaged fails a second reading too.
                problems = find_damage(self._path, self._key_hex)
        return self._decide(problems)

    def _decide(self, problems: list[str]) -> Verdict:
        with self._lock:
            if self._closed or self._verdict is Verdict.DAMAGED:
                return self._verdict  # after close the key is wiped: a result then means nothing
            self.problems = problems
            verdict = Verdict.DAMAGED if problems else Verdict.SOUND
            if problems:
                # Page numbers and object names only (find_damage): no client data in the log.
                log.error("store damaged: %s", "; ".join(problems[:5]))
            changed = verdict is not self._verdict
            self._verdict = verdict
            self._known.set()
        if changed:
            for listener in list(self._listeners):
                listener(verdict)
        return verdict

    def wait(self, timeout: float | None = None) -> Verdict:
        self._known.wait(timeout)
        return self._verdict

    def require_sound(self) -> None:
        """Return when writing is allowed; the engine is then read-write."""
        verdict = self.wait()
        if self._closed:
            raise StoreOpenError("the store is closed")
        if verdict is not Verdict.SOUND:
            raise StoreWritesRefused(str(self._path))
        if is_read_only(self._engine):
            with self._pin_lock:
                if self._pin is None:
                    self._pin = _Pin(self._path, self._key_hex)
            make_writable(self._engine)

    def close(self, dispose: Callable[[], None]) -> None:
        """Stop checking and close the store (``dispose``) in the order that writes nothing
        into a damaged file."""
        with self._lock:
            self._closed = True
        self._known.set()  # a write still waiting for the verdict gives up
        with self._pin_lock:
            pin, self._pin = self._pin, None
        if pin is None:
            dispose()  # still read-only: its close writes nothing
        elif self._verdict is Verdict.SOUND:
            pin.release()
            dispose()
        else:
            dispose()
            pin.release()
