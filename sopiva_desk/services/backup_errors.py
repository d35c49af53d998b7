"""Maps failures of backup, restore and re-key onto ``KnownError``s the user can act on."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager

import sqlcipher3

from sopiva_desk.services.errors import (
    BackupCheckFailedError,
    BackupDiskFullError,
    BackupFolderMissingError,
    BackupInvalidError,
    BackupNewerError,
    ProfileInUseError,
    RecoveryKeyMissingError,
    StorageIOError,
)
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.store.backup import StoreCheckFailed
from sopiva_desk.store.backup_file import BackupInvalid
from sopiva_desk.store.rekey import ProfileInUse, RecoveryKeyMissing


@contextmanager
def backup_errors() -> Iterator[None]:
    """``storage_errors`` plus what is particular to backup files; bugs pass through."""
    with storage_errors():
        try:
            yield
        except BackupInvalid as err:
            raise (BackupNewerError() if err.reason == "newer_format" else BackupInvalidError()) from None
        except StoreCheckFailed:
            raise BackupCheckFailedError() from None
        except ProfileInUse:
            raise ProfileInUseError() from None
        except RecoveryKeyMissing:
            raise RecoveryKeyMissingError() from None
        except (FileNotFoundError, NotADirectoryError):
            raise BackupFolderMissingError() from None
        except PermissionError:
            raise StorageIOError() from None
        except OSError as err:
            if err.errno == errno.ENOSPC:
                raise BackupDiskFullError() from None
            raise
        except sqlcipher3.dbapi2.Error as err:
            if "full" in str(err).lower():
                raise BackupDiskFullError() from None
            raise
