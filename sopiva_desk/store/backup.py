"""Encrypted backups of a profile, written while the app runs (docs/security.md, "Backups").

The store is copied with ``sqlcipher_export`` into a new file keyed with the data key, inside
one read transaction (a consistent snapshot, WAL pages included; never a copy of the live
file). That export is verified (opened with the key, ``cipher_integrity_check``,
``quick_check``, every table's row count equal to what the transaction saw), then put behind
the header of ``backup_file.py`` in a temp file in the target folder, fsynced, read back and
checked against its digest, and moved over the target with ``os.replace`` and a directory
fsync: the target is always the old complete file or the new complete one. Every temp file is
SQLCipher-encrypted, and the export is owner-only from its first byte.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import sqlcipher3

from sopiva_desk import __version__
from sopiva_desk.store import backup_file
from sopiva_desk.store.backup_file import BackupHeader, BackupInvalid
from sopiva_desk.store.files import _fsync_directory

if TYPE_CHECKING:
    from sqlalchemy import Engine

CHUNK = 1 << 20
EXPORT_ALIAS = "sopiva_export"


class StoreCheckFailed(Exception):
    """A freshly written copy of the store did not verify; nothing was replaced."""


@dataclass(frozen=True)
class BackupWritten:
    path: Path
    size: int
    created_at: str
    rows: dict[str, int]


def _key_literal(data_key: bytes | bytearray) -> str:
    return f"x'{bytes(data_key).hex()}'"


def _table_counts(cursor: Any, schema: str = "main") -> dict[str, int]:
    names = [row[0] for row in cursor.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: int(cursor.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]) for name in names}


def _schema_revision(raw_connection: Any) -> str:
    cursor = raw_connection.cursor()
    try:
        row = cursor.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher3.dbapi2.Error:
        row = None
    finally:
        cursor.close()
    return str(row[0]) if row else "none"


@contextmanager
def raw_connection_of(engine: Engine) -> Iterator[Any]:
    """The engine's DB-API connection, checked out of its pool for the duration."""
    with engine.connect() as connection:
        yield connection.connection.driver_connection


def _create_private(path: Path) -> None:
    """An empty owner-only file, so SQLite never creates it with the umask's mode."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def export_keyed(raw_connection: Any, target: Path, key: bytes | bytearray) -> dict[str, int]:
    """Copy the store behind ``raw_connection`` into a new file at ``target`` keyed with ``key``.

    One read transaction covers the export and the row counts it returns, so they agree. The
    connection must not be inside a transaction (SQLite refuses ATTACH there).
    """
    _create_private(target)
    cursor = raw_connection.cursor()
    try:
        cursor.execute(f"ATTACH DATABASE ? AS {EXPORT_ALIAS} KEY ?", (str(target), _key_literal(key)))
        try:
            cursor.execute("BEGIN")
            try:
                counts = _table_counts(cursor)
                cursor.execute(f"SELECT sqlcipher_export('{EXPORT_ALIAS}')")
                cursor.execute("COMMIT")
            except BaseException:
                with suppress(Exception):
                    cursor.execute("ROLLBACK")
                raise
        finally:
            cursor.execute(f"DETACH DATABASE {EXPORT_ALIAS}")
    finally:
        cursor.close()
    return counts


def verify_store_file(path: Path, key: bytes | bytearray, *, rows: dict[str, int] | None = None,
                      profile_id: str | None = None) -> dict[str, int]:
    """Open ``path`` read-only with ``key`` and check it page by page; its row counts.

    ``StoreCheckFailed`` when the key does not open it, a page fails its HMAC, the structure is
    broken, the counts differ from ``rows`` or the store belongs to a profile other than ``profile_id``.
    """
    try:
        connection = sqlcipher3.dbapi2.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlcipher3.dbapi2.Error as err:
        raise StoreCheckFailed(f"cannot open: {err}") from None
    try:
        cursor = connection.cursor()
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute(f"PRAGMA key = \"{_key_literal(key)}\"")
        try:
            cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
            failures = cursor.execute("PRAGMA cipher_integrity_check").fetchall()
            structure = cursor.execute("PRAGMA quick_check").fetchone()
            found = _table_counts(cursor)
            identity = None
            if profile_id is not None:
                from sopiva_desk.store.meta import IDENTITY_KEY

                row = cursor.execute("SELECT value FROM store_setting WHERE key = ?", (IDENTITY_KEY,)).fetchone()
                identity = row[0] if row else None
        except sqlcipher3.dbapi2.Error as err:
            raise StoreCheckFailed(f"does not read: {err}") from None
    finally:
        connection.close()
    if failures:
        raise StoreCheckFailed(f"{len(failures)} pages fail their HMAC")
    if not structure or structure[0] != "ok":
        raise StoreCheckFailed("quick_check failed")
    if rows is not None and found != rows:
        raise StoreCheckFailed("row counts differ from the source")
    if profile_id is not None and _identity_of(identity) != profile_id:
        raise StoreCheckFailed("the store belongs to another profile")
    return found


def _identity_of(value: str | None) -> str | None:
    try:
        found = json.loads(value) if value else None
    except ValueError:
        return None
    return found.get("profile_id") if isinstance(found, dict) else None


def _digest(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def check_store_digest(handle: BinaryIO, header: BackupHeader) -> None:
    """Read the rest of an open backup file: exactly ``store_size`` bytes with the header's digest."""
    digest = hashlib.sha256()
    left = header.store_size
    while left > 0:
        chunk = handle.read(min(CHUNK, left))
        if not chunk:
            raise BackupInvalid("truncated")
        digest.update(chunk)
        left -= len(chunk)
    if handle.read(1):
        raise BackupInvalid("trailing_data")
    if digest.hexdigest() != header.store_sha256:
        raise BackupInvalid("store_damaged")


def _remove_stale_temps(target: Path) -> None:
    """Temp files of an earlier attempt at this target that a crash left (all encrypted)."""
    for stale in target.parent.glob(f".{target.name}.*.part"):
        with suppress(OSError):
            stale.unlink()


@contextmanager
def _temp(folder: Path, target: Path, what: str) -> Iterator[Path]:
    path = folder / f".{target.name}.{uuid.uuid4().hex[:8]}.{what}.part"
    try:
        yield path
    finally:
        for leftover in (path, path.with_name(path.name + "-journal")):
            with suppress(FileNotFoundError):
                leftover.unlink()


def write_backup(raw_connection: Any, data_key: bytes | bytearray, envelope: dict[str, Any], target: Path, *,
                 recovery_public_key_pem: str | None) -> BackupWritten:
    """Write a verified backup of the store open on ``raw_connection`` (a DB-API connection
    outside any transaction; profile ``envelope``) to ``target``.

    ``envelope`` is the profile's profile.json document. Raises ``OSError`` for the file system
    (the folder gone, the disk full) and ``StoreCheckFailed`` when the copy does not verify;
    ``target`` is then as it was.
    """
    folder = target.parent
    if not folder.is_dir():
        raise FileNotFoundError(2, "backup folder missing", str(folder))
    _remove_stale_temps(target)
    profile_id = str(envelope["profile_id"])
    with _temp(folder, target, "export") as export, _temp(folder, target, "backup") as assembled:
        rows = export_keyed(raw_connection, export, data_key)
        verify_store_file(export, data_key, rows=rows, profile_id=profile_id)
        size, digest = _digest(export)
        created_at = datetime.now(UTC).isoformat(timespec="seconds")
        header = BackupHeader(
            profile_id=profile_id, display_name=str(envelope["display_name"]), user_id=str(envelope["user_id"]),
            profile_created_at=str(envelope["created_at"]), backup_created_at=created_at,
            app_version=__version__, schema_revision=_schema_revision(raw_connection),
            passphrase_wrap=envelope["passphrase_wrap"], recovery_wrap=envelope.get("recovery_wrap"),
            recovery_public_key=recovery_public_key_pem, store_size=size, store_sha256=digest,
        )
        header = BackupHeader(**{**header.__dict__, "header_mac": backup_file.compute_mac(header, data_key)})
        fd = os.open(assembled, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out, export.open("rb") as source:
            out.write(backup_file.encode_header(header))
            while chunk := source.read(CHUNK):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        with assembled.open("rb") as written:  # read back what reached the disk
            backup_file.parse_header(written)
            check_store_digest(written, header)
        os.replace(assembled, target)
    _fsync_directory(folder)
    return BackupWritten(target, target.stat().st_size, created_at, rows)


def read_verified_header(path: Path) -> BackupHeader:
    """The header of the backup at ``path`` once its store's size and digest check out."""
    try:
        with path.open("rb") as handle:
            header, _offset = backup_file.parse_header(handle)
            check_store_digest(handle, header)
    except OSError:
        raise BackupInvalid("unreadable") from None
    return header


def extract_store(path: Path, target: Path, verified: BackupHeader) -> None:
    """Copy the store out of the backup at ``path`` into a new owner-only file (still encrypted),
    checking the copy against the ``verified`` header (the file may have changed since)."""
    _create_private(target)
    digest = hashlib.sha256()
    with path.open("rb") as handle, target.open("r+b") as out:
        header, _offset = backup_file.parse_header(handle)
        if header != verified:
            raise BackupInvalid("changed_while_reading")
        left = header.store_size
        while left > 0:
            chunk = handle.read(min(CHUNK, left))
            if not chunk:
                raise BackupInvalid("truncated")
            digest.update(chunk)
            out.write(chunk)
            left -= len(chunk)
        out.flush()
        os.fsync(out.fileno())
    if digest.hexdigest() != verified.store_sha256:
        raise BackupInvalid("changed_while_reading")
