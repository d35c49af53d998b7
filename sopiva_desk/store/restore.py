"""Restoring a backup into a new profile (docs/security.md, "Backups").

Everything is checked before anything is created: the format, the store's size and digest, that
the passphrase (or the office recovery key) opens the key envelope and the key the header's MAC.
Then the store is copied into a new profile folder and checked there (``cipher_integrity_check``,
structure, the store identity of the backed-up profile) before it is changed: it gets the new
profile's identity and loses the old device's sync enrolment (two laptops with one device key
and one sequence would corrupt sync; the outbox stays, so changes not yet synced go after
enrolling again). The envelope, with both wraps sealed for the new profile id, is written last:
until then the folder is no profile, and any failure removes it. Existing profiles are never
touched.
"""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from sopiva_desk.store import backup_file, keys
from sopiva_desk.store.backup import StoreCheckFailed, extract_store, read_verified_header, verify_store_file
from sopiva_desk.store.backup_file import BackupHeader, BackupInvalid
from sopiva_desk.store.files import atomic_write_json
from sopiva_desk.store.profiles import PROFILE_FILE, PROFILE_FORMAT, STORE_FILE, ProfileDirectory, ProfileInfo
from sopiva_desk.store.schema import HEAD_REVISION

MAX_MEMORY_KIB, MAX_ITERATIONS, MAX_LANES = 1 << 20, 32, 16  # 1 GiB; the app writes 128 MiB, t=4, p=4


@dataclass(frozen=True)
class RestoredProfile:
    profile: ProfileInfo
    backed_up_at: str
    was_enrolled: bool  # the backup was enrolled for sync: enrol again before syncing
    has_recovery: bool


def inspect(path: Path) -> BackupHeader:
    """The backup's header after checking the whole file (``BackupInvalid`` otherwise)."""
    header = read_verified_header(path)
    revision = header.schema_revision
    if revision.isdigit() and int(revision) > int(HEAD_REVISION):
        raise BackupInvalid("newer_format")  # a newer app's store: this one could not open it
    return header


def _open_key(header: BackupHeader, passphrase: str | None, private_key: X25519PrivateKey | None) -> bytearray:
    if private_key is not None:
        if not header.recovery_wrap:
            raise keys.EnvelopeInvalid("the backup has no recovery envelope")
        try:
            recovery = keys.RecoveryWrap.from_json(header.recovery_wrap)
        except (KeyError, TypeError, ValueError):
            raise BackupInvalid("header_field") from None
        return recovery.open(private_key, header.profile_id)
    try:
        wrap = keys.PassphraseWrap.from_json(header.passphrase_wrap)
    except (KeyError, TypeError, ValueError, keys.EnvelopeInvalid):
        raise BackupInvalid("header_field") from None
    kdf = wrap.kdf
    # A file from outside must not make the key derivation take all memory or hours.
    if kdf.memory_kib > MAX_MEMORY_KIB or kdf.iterations > MAX_ITERATIONS or kdf.lanes > MAX_LANES:
        raise BackupInvalid("header_field")
    return wrap.open(passphrase or "", header.profile_id)


def _recovery_key(header: BackupHeader, directory: ProfileDirectory) -> X25519PublicKey | None:
    """Where the restored profile's recovery wrap is sealed to: the organisation key of this
    computer, else the one the backup carries (the same office key, as a rule)."""
    local = directory.recovery_public_key()
    if local is not None:
        return local
    if header.recovery_public_key:
        try:
            return keys.load_recovery_public_key(header.recovery_public_key.encode("ascii"))
        except (ValueError, UnicodeEncodeError, keys.EnvelopeInvalid):
            return None
    return None


def restore(directory: ProfileDirectory, path: Path, *, passphrase: str | None = None,
            private_key: X25519PrivateKey | None = None, new_passphrase: str | None = None,
            display_name: str | None = None, kdf: keys.KdfParams | None = None) -> RestoredProfile:
    """Restore the backup at ``path`` as a new profile of ``directory``.

    Opened with ``passphrase`` (kept as the new profile's) or the office ``private_key`` (then
    ``new_passphrase`` becomes the profile's). Raises ``BackupInvalid``, ``keys.WrongPassphrase``,
    ``keys.EnvelopeInvalid`` or ``OSError``; nothing is left behind then.
    """
    header = inspect(path)
    data_key = _open_key(header, passphrase, private_key)
    try:
        backup_file.check_mac(header, data_key)
        return _create(directory, path, header, data_key, new_passphrase or passphrase or "",
                       display_name or header.display_name, kdf)
    finally:
        keys.wipe(data_key)


def _create(directory: ProfileDirectory, path: Path, header: BackupHeader, data_key: bytearray,
            passphrase: str, display_name: str, kdf: keys.KdfParams | None) -> RestoredProfile:
    from sopiva_desk.store.engine import close_engine, open_engine
    from sopiva_desk.store.meta import check_store_identity, write_store_identity
    from sopiva_desk.store.models import SyncDevice

    profile_id = uuid.uuid4().hex
    directory.profiles_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder = directory.profiles_dir / profile_id
    folder.mkdir(mode=0o700)
    try:
        store = folder / STORE_FILE
        extract_store(path, store, header)
        try:
            verify_store_file(store, data_key, profile_id=header.profile_id)
        except StoreCheckFailed:
            raise BackupInvalid("store_damaged") from None
        engine = open_engine(store, data_key)
        try:
            check_store_identity(engine, header.profile_id)  # verified above; the open path's own check
            write_store_identity(engine, profile_id)
            with engine.begin() as connection:
                was_enrolled = connection.exec_driver_sql(
                    f"SELECT count(*) FROM {SyncDevice.__tablename__}").scalar() != 0
                connection.exec_driver_sql(f"DELETE FROM {SyncDevice.__tablename__}")
        finally:
            close_engine(engine)
        recovery_key = _recovery_key(header, directory)
        document: dict[str, Any] = {
            "format": PROFILE_FORMAT, "profile_id": profile_id, "display_name": display_name,
            "user_id": header.user_id, "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "restored_from": {"profile_id": header.profile_id, "backup_created_at": header.backup_created_at},
            "passphrase_wrap": keys.PassphraseWrap.seal(data_key, passphrase, profile_id, kdf).to_json(),
            "recovery_wrap": (keys.RecoveryWrap.seal(data_key, recovery_key, profile_id).to_json()
                              if recovery_key is not None else None),
        }
        # The envelope last: a folder without it is an unfinished restore, never listed.
        atomic_write_json(folder / PROFILE_FILE, document)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return RestoredProfile(directory.get(profile_id), header.backup_created_at, was_enrolled,
                           recovery_key is not None)
