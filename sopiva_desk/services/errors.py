"""Errors the user can act on (``KnownError``) as opposed to bugs.

A ``KnownError`` carries a message key and parameters; the GUI translates it and shows a
friendly dialog. Anything else reaching the GUI is a bug and gets a crash report.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlcipher3
from sqlalchemy.exc import DBAPIError, OperationalError

from sopiva_desk.store import keys
from sopiva_desk.store import profiles as store_profiles
from sopiva_desk.store.engine import StoreDamaged, StoreMissing, StoreNotEncrypted


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


class RecordGoneError(KnownError):
    key = "record.gone"


@contextmanager
def storage_errors() -> Iterator[None]:
    """Turn environment failures of the store into ``KnownError``s; bugs pass through."""
    try:
        yield
    except keys.WrongPassphrase:
        raise WrongPassphraseError() from None
    except store_profiles.UnlockThrottled as err:
        raise UnlockThrottledError(seconds=err.seconds_left) from None
    except StoreMissing:
        raise StoreMissingError() from None
    except StoreNotEncrypted:
        raise StoreNotEncryptedError() from None
    except StoreDamaged:
        raise StoreDamagedError() from None
    except (store_profiles.ProfileFileInvalid, store_profiles.ProfileNotFound, keys.EnvelopeInvalid):
        raise ProfileInvalidError() from None
    except (OperationalError, DBAPIError, sqlcipher3.dbapi2.DatabaseError) as err:
        text = str(err).lower()
        if "database or disk is full" in text:
            raise DiskFullError() from None
        if "disk i/o error" in text or "unable to open database" in text:
            raise StorageIOError() from None
        if "not a database" in text or "malformed" in text:
            raise StoreDamagedError() from None
        raise
    except OSError as err:
        if err.errno == errno.ENOSPC:
            raise DiskFullError() from None
        raise StorageIOError() from None
