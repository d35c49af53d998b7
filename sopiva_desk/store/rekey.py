"""Full re-key: the store re-encrypted under a new data key (docs/security.md, "Re-keying").

For when the data key itself may be compromised (a changed passphrase only re-wraps the same
key). The old store is held with an exclusive lock for the whole operation, so no other process
writes into it meanwhile (one that has it open makes the re-key refuse with ``ProfileInUse``);
a backup is written first; the store is exported with ``sqlcipher_export`` into a new file keyed
with a fresh key and verified (integrity, structure, every table's row count, identity); then
profile.json, which names the store file, is replaced with the passphrase and recovery wraps
sealed over the new key. That write is the single commit point: a crash before it leaves the
old envelope naming the old file, after it the new envelope naming the new file, each complete.
Only then is the old file removed (a stray file a crash leaves is removed by the next re-key).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from sopiva_desk.store import keys
from sopiva_desk.store.backup import BackupWritten, export_keyed, verify_store_file, write_backup
from sopiva_desk.store.files import atomic_write_json
from sopiva_desk.store.profiles import PROFILE_FILE, STORE_FILE, ProfileDirectory


class ProfileInUse(Exception):
    """The store is open in another process (the app): lock or close it there first."""


class RecoveryKeyMissing(Exception):
    """The profile has a recovery wrap but this computer has no organisation public key to seal
    it to again: refused rather than dropped."""


@dataclass(frozen=True)
class Rekeyed:
    backup: BackupWritten
    store_file: str


def _exclusive_connection(path: Path, data_key: bytearray) -> Any:
    connection = sqlcipher3.dbapi2.connect(str(path), isolation_level=None, timeout=0.2, check_same_thread=False)
    try:
        cursor = connection.cursor()
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute(f"PRAGMA key = \"x'{bytes(data_key).hex()}'\"")
        cursor.execute("PRAGMA locking_mode = EXCLUSIVE")
        cursor.execute("BEGIN EXCLUSIVE")  # held until the connection closes (exclusive locking mode)
        cursor.execute("COMMIT")
        cursor.close()
    except sqlcipher3.dbapi2.OperationalError as err:
        connection.close()
        if "locked" in str(err) or "busy" in str(err):
            raise ProfileInUse(str(path)) from None
        raise
    except BaseException:
        connection.close()
        raise
    return connection


def _remove_store_files(path: Path) -> None:
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm", f"{path.name}-journal"):
        with suppress(FileNotFoundError):
            (path.parent / name).unlink()


def remove_stray_stores(folder: Path, keep: str) -> None:
    """Store files of this profile that its envelope does not name (left by a crash mid re-key)."""
    for candidate in [folder / STORE_FILE, *folder.glob("store-*.db")]:
        if candidate.name != keep and candidate.exists():
            _remove_store_files(candidate)


def rekey(directory: ProfileDirectory, profile_id: str, passphrase: str,
          backup_target: Callable[[dict[str, Any]], Path], *, kdf: keys.KdfParams | None = None) -> Rekeyed:
    """Re-encrypt the profile's store under a new data key; ``backup_target(envelope)`` says where
    the backup taken first goes. Raises ``WrongPassphrase``, ``UnlockThrottled``, ``ProfileInUse``,
    ``RecoveryKeyMissing``, ``StoreCheckFailed`` or ``OSError``; the profile is unchanged then."""
    info = directory.get(profile_id)
    envelope = directory.envelope(profile_id)
    # Sealed to the organisation key in the data folder now: after a rotation that is the new one.
    recovery_key = directory.recovery_public_key()
    if envelope.get("recovery_wrap") and recovery_key is None:
        raise RecoveryKeyMissing()
    data_key = directory.unwrap(profile_id, passphrase)
    new_key = keys.new_data_key()
    new_store = info.folder / f"store-{uuid.uuid4().hex[:12]}.db"
    committed = False
    try:
        remove_stray_stores(info.folder, keep=info.store_file)
        connection = _exclusive_connection(info.store_path, data_key)
        try:
            wrapped_to = envelope.get("recovery_wrap") or {}
            same = recovery_key is not None and keys.public_key_fingerprint(recovery_key) == wrapped_to.get("key_id")
            backup = write_backup(connection, data_key, envelope, backup_target(envelope),
                                  recovery_public_key_pem=_pem(recovery_key) if same else None)
            rows = export_keyed(connection, new_store, new_key)
            verify_store_file(new_store, new_key, rows=rows, profile_id=profile_id)
            document = dict(envelope)
            document["store_file"] = new_store.name
            with new_store.open("rb") as handle:  # the new file's salt names it (store swaps, profiles.py)
                document["store_salt"] = handle.read(16).hex()
            document["rekeyed_at"] = datetime.now(UTC).isoformat(timespec="seconds")
            document["passphrase_wrap"] = keys.PassphraseWrap.seal(new_key, passphrase, profile_id, kdf).to_json()
            if recovery_key is not None:
                document["recovery_wrap"] = keys.RecoveryWrap.seal(new_key, recovery_key, profile_id).to_json()
            atomic_write_json(info.folder / PROFILE_FILE, document)  # the commit point
            committed = True
        finally:
            connection.close()
    except BaseException:
        if not committed:
            _remove_store_files(new_store)
        raise
    finally:
        keys.wipe(data_key)
        keys.wipe(new_key)
    _remove_store_files(info.store_path)
    return Rekeyed(backup, new_store.name)


def _pem(public_key: Any) -> str | None:
    if public_key is None:
        return None
    from cryptography.hazmat.primitives import serialization

    return public_key.public_bytes(serialization.Encoding.PEM,
                                   serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")
