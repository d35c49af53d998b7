"""Maps failures of the store and the file system onto ``KnownError``s the user can act on."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager

import sqlcipher3
from sqlalchemy.exc import DBAPIError, OperationalError

from sopiva_desk.services.errors import (
    DataFolderReadOnlyError,
    DiskFullError,
    KeyFileOfAnotherProfileError,
    ProfileInvalidError,
    StorageIOError,
    StoreDamagedError,
    StoreMissingError,
    StoreNotEncryptedError,
    StoreOfAnotherProfileError,
    StoreReadOnlyError,
    UnlockThrottledError,
    WrongPassphraseError,
)
from sopiva_desk.store import keys
from sopiva_desk.store import profiles as store_profiles
from sopiva_desk.store.engine import (
    StoreDamaged,
    StoreMissing,
    StoreNotEncrypted,
    StoreOfAnotherProfile,
    StoreWritesRefused,
)


@contextmanager
def storage_errors() -> Iterator[None]:
    """Turn environment failures of the store into ``KnownError``s; bugs pass through."""
    try:
        yield
    except keys.WrongPassphrase:
        raise WrongPassphraseError() from None
    except store_profiles.KeyFileOfAnotherProfile:
        raise KeyFileOfAnotherProfileError() from None
    except store_profiles.UnlockThrottled as err:
        raise UnlockThrottledError(seconds=err.seconds_left) from None
    except StoreMissing:
        raise StoreMissingError() from None
    except StoreNotEncrypted:
        raise StoreNotEncryptedError() from None
    except StoreWritesRefused:
        raise StoreReadOnlyError() from None
    except StoreOfAnotherProfile:
        raise StoreOfAnotherProfileError() from None
    except StoreDamaged:
        raise StoreDamagedError() from None
    except (store_profiles.ProfileFileInvalid, store_profiles.ProfileNotFound, keys.EnvelopeInvalid):
        raise ProfileInvalidError() from None
    except (OperationalError, DBAPIError, sqlcipher3.dbapi2.DatabaseError) as err:
        text = str(err).lower()
        if "database or disk is full" in text:
            raise DiskFullError() from None
        if "readonly database" in text or "read-only file system" in text:
            raise DataFolderReadOnlyError() from None
        if "disk i/o error" in text or "unable to open database" in text:
            raise StorageIOError() from None
        if "not a database" in text or "malformed" in text:
            raise StoreDamagedError() from None
        raise
    except OSError as err:
        if err.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise DiskFullError() from None
        if err.errno == errno.EROFS:
            raise DataFolderReadOnlyError() from None
        raise StorageIOError() from None
