"""The SQLCipher engine: one keyed connection, set up the same way every time.

The raw 256-bit data key is passed as ``PRAGMA key = "x'…'"`` in a connect hook (never in
the URL, where SQLAlchemy would keep it for the life of the process), then every
connection gets the same pragmas and a check that SQLCipher really is the library in use.

Journal mode: WAL with ``synchronous=FULL``. WAL pages are encrypted like the main file,
a commit costs one fsync of the log instead of two with a rollback journal (≈0.4 ms vs
≈1.5 ms here), and FULL makes a commit durable across power loss, not only across an
application crash. The -wal and -shm files belong to the database and must never be
moved or deleted on their own; backups use the backup API, never a file copy.

Opening an existing store writes nothing to it: ``read_only=True`` opens it with ``mode=ro``
(SQLite itself then refuses every write, including the WAL switch of the connection set-up and
the checkpoint on close), and ``make_writable`` reopens it read-write only once the integrity
check has passed (store/integrity.py, docs/security.md "Integrity").
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from sopiva_desk.store.files import private_dir

PLAINTEXT_HEADER = b"SQLite format 3\x00"
CACHE_KIB = 65536  # 64 MB: the default 2 MB cache makes encrypted reads 3x slower
PAGE_SIZE = 4096  # SQLCipher 4's default; a store file is always a whole number of pages


class StoreOpenError(Exception):
    """The database file cannot be opened; subclasses say why."""


class StoreMissing(StoreOpenError):
    """The profile exists but its database file is gone."""


class StoreNotEncrypted(StoreOpenError):
    """The file is a plain SQLite database: foreign, or written by a wrong library."""


class StoreDamaged(StoreOpenError):
    """The key is right (the envelope opened) but the file does not decrypt: damaged or foreign."""


class StoreOfAnotherProfile(StoreDamaged):
    """The file does not open with this profile's key but is another profile's store."""


class StoreWritesRefused(StoreDamaged):
    """The integrity check found the file damaged: nothing more is written into it."""


class CipherUnavailable(StoreOpenError):
    """The SQLite library in use ignored the key: refusing to write plaintext."""


def _connection_setup(dbapi_connection: Any, key_hex: bytearray, *, writable: bool = True) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # Silence SQLCipher's own stderr logging before keying; a wrong key is our error to report.
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute(f"PRAGMA key = \"x'{key_hex.decode('ascii')}'\"")
        version = cursor.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise CipherUnavailable("PRAGMA cipher_version is empty")
        # Off (SQLCipher's default since 4.5), said explicitly: it wipes every allocation SQLite
        # frees, process-wide, for 3x the write cost, while SQLCipher wipes its own key and page
        # buffers regardless and the decrypted client data lives in Python and Qt objects it never
        # reaches (docs/security.md, "Memory").
        cursor.execute("PRAGMA cipher_memory_security = OFF")
        # First real read: fails here with 'file is not a database' when the key is wrong.
        cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
        # journal_mode = WAL rewrites the header of a file not yet in WAL: only once writable.
        pragmas = ["journal_mode = WAL"] if writable else []
        for pragma in (
            "foreign_keys = ON",
            "temp_store = MEMORY",
            "secure_delete = ON",
            *pragmas,
            "synchronous = FULL",
            f"cache_size = -{CACHE_KIB}",
            "busy_timeout = 5000",
        ):
            cursor.execute(f"PRAGMA {pragma}")
    finally:
        cursor.close()


def looks_plaintext(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == PLAINTEXT_HEADER
    except OSError:
        return False


def check_file_shape(path: Path) -> None:
    """Refuse, before SQLite sees it, a file no store can be: SQLite would take an empty file
    for a new database (and write a header into it), and a store is whole pages."""
    size = path.stat().st_size
    if size == 0:
        raise StoreDamaged(f"{path} is empty")
    if size % PAGE_SIZE:
        raise StoreDamaged(f"{path} is not a whole number of pages")


class _Access:
    """Whether the engine's next connections open the file read-only, switched once."""

    def __init__(self, read_only: bool) -> None:
        self.read_only = read_only
        self.lock = threading.Lock()


def open_engine(path: Path, data_key: bytearray, *, create: bool = False, read_only: bool = False) -> Engine:
    """An engine over the encrypted file at ``path``, keyed with ``data_key``.

    ``create=False`` refuses to make a new file: a missing store is an error, not a reason to
    start empty. ``read_only=True`` opens an existing store without write access until
    ``make_writable``. The key's hex form is held in a ``bytearray`` owned by the engine; call
    ``close_engine`` to dispose the connections and wipe it.
    """
    if not create and not path.exists():
        raise StoreMissing(str(path))
    if path.exists() and looks_plaintext(path):
        raise StoreNotEncrypted(str(path))
    if path.exists() and not create:
        check_file_shape(path)
    if create and not path.exists():
        private_dir(path.parent)
        # Owner-only from the first byte; SQLite gives the -wal and -shm files the same mode.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    key_hex = bytearray(bytes(data_key).hex().encode("ascii"))
    access = _Access(read_only and not create)
    file_uri = path.resolve().as_uri()

    def connect() -> Any:
        writable = not access.read_only
        mode = ("rwc" if create else "rw") if writable else "ro"
        connection = sqlcipher3.dbapi2.connect(f"{file_uri}?mode={mode}", uri=True, check_same_thread=False)
        try:
            _connection_setup(connection, key_hex, writable=writable)
        except sqlcipher3.dbapi2.DatabaseError as err:
            connection.close()
            if "not a database" in str(err) or "malformed" in str(err):
                # HMAC failure on page 1, or a later page that decrypts to nonsense
                raise StoreDamaged(str(path)) from None
            raise
        except BaseException:
            connection.close()
            raise
        return connection

    # One long-lived connection keeps the 64 MB page cache warm; access is serialised by the
    # single store worker, and the pool makes any other thread wait rather than share it.
    engine = create_engine(
        "sqlite://", creator=connect, module=sqlcipher3.dbapi2, poolclass=QueuePool,
        pool_size=1, max_overflow=0, pool_timeout=30,
    )
    engine.info_key_hex = key_hex  # type: ignore[attr-defined]
    engine.info_access = access  # type: ignore[attr-defined]

    @event.listens_for(engine, "begin")
    def _begin_immediate(conn: Any) -> None:
        # Take the write lock at the start so a read-then-write transaction cannot deadlock.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's 'begin' event own transaction start (pysqlite's implicit BEGIN is off).
        dbapi_connection.isolation_level = None

    # Force the first connection now so a wrong key or damaged file fails at unlock time.
    try:
        with engine.connect():
            pass
    except Exception:
        close_engine(engine)
        raise
    return engine


def is_read_only(engine: Engine) -> bool:
    access = getattr(engine, "info_access", None)
    return bool(access and access.read_only)


def make_writable(engine: Engine) -> None:
    """From now on the engine's connections open the file read-write (after a passed check).

    The read-only connection in the pool is closed (a read-only close writes nothing); one
    still checked out by another thread is closed when it is returned.
    """
    access: _Access | None = getattr(engine, "info_access", None)
    if access is None or not access.read_only:
        return
    with access.lock:
        if access.read_only:
            access.read_only = False
            engine.dispose()


def close_engine(engine: Engine) -> None:
    """Close every connection and wipe the key material the engine held."""
    engine.dispose()
    key_hex = getattr(engine, "info_key_hex", None)
    if isinstance(key_hex, bytearray):
        for i in range(len(key_hex)):
            key_hex[i] = 0
