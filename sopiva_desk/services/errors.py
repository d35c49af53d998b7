"""Errors the user can act on (``KnownError``) as opposed to bugs.

A ``KnownError`` carries a message key and parameters; the GUI translates it and shows a
friendly dialog. Anything else reaching the GUI is a bug and gets a crash report.
This module imports nothing heavy: the unlock screen needs it before the store is loaded.
``services/storage_errors.py`` maps the store's exceptions onto these.
"""

from __future__ import annotations

from typing import Any


class KnownError(Exception):
    key = "error.unknown"

    def __init__(self, **params: Any) -> None:
        super().__init__(self.key, params)
        self.params = params


class WrongPassphraseError(KnownError):
    key = "unlock.wrong_passphrase"


class UnlockThrottledError(KnownError):
    key = "unlock.throttled"


class StoreDamagedError(KnownError):
    key = "store.damaged"


class StoreReadOnlyError(KnownError):
    """A write refused because the store was found damaged (services/integrity.py)."""

    key = "store.read_only"


class StoreOfAnotherProfileError(KnownError):
    key = "store.other_profile"


class KeyFileOfAnotherProfileError(KnownError):
    key = "profile.key_file_other_profile"


class StoreMissingError(KnownError):
    key = "store.missing"


class StoreNotEncryptedError(KnownError):
    key = "store.not_encrypted"


class ProfileInvalidError(KnownError):
    key = "profile.invalid"


class RecoveryKeyError(KnownError):
    key = "recovery.invalid"


class DiskFullError(KnownError):
    key = "disk.full"


class StorageIOError(KnownError):
    key = "disk.io_error"


class DataFolderReadOnlyError(KnownError):
    """The data folder (or its file system) refuses writes: mounted read-only, or its rights."""

    key = "disk.read_only"


class RecordGoneError(KnownError):
    key = "record.gone"


class BackupInvalidError(KnownError):
    """The chosen file is no backup, is damaged or truncated, or its header was altered."""

    key = "backup.invalid"


class BackupNewerError(KnownError):
    key = "backup.newer_format"


class BackupFolderMissingError(KnownError):
    key = "backup.folder_missing"


class BackupCheckFailedError(KnownError):
    """The copy just written did not verify: the earlier backup file was left as it was."""

    key = "backup.check_failed"


class ProfileInUseError(KnownError):
    key = "rekey.profile_in_use"


class RecoveryKeyMissingError(KnownError):
    key = "rekey.recovery_key_missing"


class BackupDiskFullError(KnownError):
    key = "backup.disk_full"
