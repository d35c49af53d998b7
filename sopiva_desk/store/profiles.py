"""Profiles on disk: one folder per user, holding the key envelope and the encrypted store.

    <data dir>/profiles/<profile id>/profile.json       display name, user id, wrapped keys
    <data dir>/profiles/<profile id>/unlock_state.json  consecutive wrong attempts (no secrets)
    <data dir>/profiles/<profile id>/store.db           SQLCipher database (+ -wal, -shm)

Only the display name is readable before unlock. Nothing here ever rewrites or deletes a
database file: a damaged store is reported and left as it is for the office to inspect.
"""

from __future__ import annotations

import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from sopiva_desk.domain.unlock_policy import delay_after
from sopiva_desk.store import keys
from sopiva_desk.store.files import atomic_write_json, private_dir, read_json

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from sopiva_desk.store.integrity import IntegrityGuard

# The database modules (SQLAlchemy, Alembic: ~0.6 s to import) load on first open or create,
# so that listing profiles for the unlock screen stays fast.

PROFILE_FORMAT = 1
PROFILE_FILE = "profile.json"
UNLOCK_STATE_FILE = "unlock_state.json"
STORE_FILE = "store.db"
RECOVERY_KEY_FILE = "recovery_public_key.pem"
STORE_SALT_FIELD = "store_salt"


class ProfileNotFound(Exception):
    pass


class ProfileFileInvalid(Exception):
    """profile.json is missing fields, unreadable or of a newer format."""


class KeyFileOfAnotherProfile(Exception):
    """profile.json in this folder was made for another profile (copied or swapped)."""


class UnlockThrottled(Exception):
    def __init__(self, seconds_left: int) -> None:
        super().__init__(f"wait {seconds_left} s")
        self.seconds_left = seconds_left


@dataclass(frozen=True)
class ProfileInfo:
    profile_id: str
    display_name: str
    user_id: str
    created_at: str
    folder: Path
    has_recovery: bool
    key_file_profile_id: str = ""
    # profile.json names its store file: a re-key switches to a new file by rewriting the envelope
    # alone, its single commit point (store/rekey.py). Older envelopes have no name: store.db.
    store_file: str = STORE_FILE

    @property
    def store_path(self) -> Path:
        return self.folder / self.store_file


@dataclass
class OpenedStore:
    """What unlocking yields: the profile, its keyed engine and the data key (wipe on lock),
    and the integrity guard that holds writes back until the store is checked."""

    profile: ProfileInfo
    engine: Engine
    data_key: bytearray
    guard: IntegrityGuard | None = None

    def close(self) -> None:
        from sopiva_desk.store.engine import close_engine

        if self.guard is not None:
            self.guard.close(lambda: close_engine(self.engine))
        else:
            close_engine(self.engine)
        keys.wipe(self.data_key)


class ProfileDirectory:
    """All profiles under one data directory."""

    def __init__(self, data_dir: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.data_dir = data_dir
        self.profiles_dir = data_dir / "profiles"
        self._clock = clock

    # -- reading ---------------------------------------------------------------------------

    def list(self) -> list[ProfileInfo]:
        if not self.profiles_dir.is_dir():
            return []
        found = []
        for folder in sorted(self.profiles_dir.iterdir()):
            if (folder / PROFILE_FILE).is_file():
                try:
                    found.append(self._info(folder))
                except ProfileFileInvalid:
                    continue  # shown as nothing rather than crash the start screen
        return sorted(found, key=lambda p: p.display_name.casefold())

    def get(self, profile_id: str) -> ProfileInfo:
        folder = self.profiles_dir / profile_id
        if not (folder / PROFILE_FILE).is_file():
            raise ProfileNotFound(profile_id)
        return self._info(folder)

    def _read(self, folder: Path) -> dict[str, Any]:
        try:
            data = read_json(folder / PROFILE_FILE)
        except (OSError, ValueError) as err:
            raise ProfileFileInvalid(str(err)) from None
        if not isinstance(data, dict) or data.get("format") != PROFILE_FORMAT:
            raise ProfileFileInvalid("unknown profile format")
        return data

    def _info(self, folder: Path) -> ProfileInfo:
        data = self._read(folder)
        try:
            # The folder names the profile; the key file says whose it is (a copy from another
            # profile's folder is recognised at unlock, not taken for a wrong passphrase).
            return ProfileInfo(
                profile_id=folder.name, display_name=str(data["display_name"]),
                user_id=str(data["user_id"]), created_at=str(data["created_at"]), folder=folder,
                has_recovery=bool(data.get("recovery_wrap")), key_file_profile_id=str(data["profile_id"]),
                store_file=_store_file_name(data.get("store_file", STORE_FILE)),
            )
        except KeyError as err:
            raise ProfileFileInvalid(f"missing {err}") from None

    def envelope(self, profile_id: str) -> dict[str, Any]:
        """The profile's profile.json document (wraps, names; no secret in the clear)."""
        return self._read(self.get(profile_id).folder)

    def recovery_public_key(self) -> X25519PublicKey | None:
        """The organisation's recovery key, if IT placed one in the data directory."""
        path = self.data_dir / RECOVERY_KEY_FILE
        if not path.is_file():
            return None
        return keys.load_recovery_public_key(path.read_bytes())

    # -- creating --------------------------------------------------------------------------

    def create(
        self,
        display_name: str,
        passphrase: str,
        *,
        recovery_key: X25519PublicKey | None = None,
        kdf: keys.KdfParams | None = None,
    ) -> ProfileInfo:
        """Make a profile with a fresh data key and an empty, migrated store."""
        from sopiva_desk.store import migrate
        from sopiva_desk.store.engine import close_engine, open_engine
        from sopiva_desk.store.meta import write_store_identity

        profile_id = uuid.uuid4().hex
        folder = self.profiles_dir / profile_id
        if folder.exists():
            raise FileExistsError(folder)
        private_dir(folder)  # the data folder and profiles/ too, when this makes them
        data_key = keys.new_data_key()
        try:
            recovery_key = recovery_key or self.recovery_public_key()
            document: dict[str, Any] = {
                "format": PROFILE_FORMAT,
                "profile_id": profile_id,
                "display_name": display_name,
                "user_id": uuid.uuid4().hex,
                "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "passphrase_wrap": keys.PassphraseWrap.seal(data_key, passphrase, profile_id, kdf).to_json(),
                "recovery_wrap": (
                    keys.RecoveryWrap.seal(data_key, recovery_key, profile_id).to_json() if recovery_key else None
                ),
            }
            engine = open_engine(folder / STORE_FILE, data_key, create=True)
            try:
                migrate.upgrade(engine)
                write_store_identity(engine, profile_id)
            finally:
                close_engine(engine)
            document[STORE_SALT_FIELD] = _store_salt(folder / STORE_FILE)
            # The envelope is written last: a profile without it is an unfinished creation.
            atomic_write_json(folder / PROFILE_FILE, document)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        finally:
            keys.wipe(data_key)
        return self._info(folder)

    # -- unlocking -------------------------------------------------------------------------

    def failures(self, profile_id: str) -> tuple[int, float]:
        path = self.profiles_dir / profile_id / UNLOCK_STATE_FILE
        try:
            state = read_json(path)
            return int(state["failures"]), float(state["last_failure_at"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0

    def seconds_until_next_attempt(self, profile_id: str) -> int:
        failures, last = self.failures(profile_id)
        wait = delay_after(failures) - (self._clock() - last)
        return max(0, int(wait + 0.999))

    def _record_failure(self, profile_id: str) -> None:
        failures, _ = self.failures(profile_id)
        atomic_write_json(
            self.profiles_dir / profile_id / UNLOCK_STATE_FILE,
            {"failures": failures + 1, "last_failure_at": self._clock()},
        )

    def _clear_failures(self, profile_id: str) -> None:
        (self.profiles_dir / profile_id / UNLOCK_STATE_FILE).unlink(missing_ok=True)

    def unwrap(self, profile_id: str, passphrase: str) -> bytearray:
        """The data key, or ``WrongPassphrase`` / ``UnlockThrottled`` / ``KeyFileOfAnotherProfile``
        (no passphrase was tried, so no failed attempt is counted)."""
        info = self.get(profile_id)
        if info.key_file_profile_id != info.profile_id:
            raise KeyFileOfAnotherProfile(profile_id)
        wait = self.seconds_until_next_attempt(profile_id)
        if wait > 0:
            raise UnlockThrottled(wait)
        wrap = self._passphrase_wrap(info)
        try:
            data_key = wrap.open(passphrase, profile_id)
        except keys.WrongPassphrase:
            self._record_failure(profile_id)
            raise
        self._clear_failures(profile_id)
        return data_key

    def open(self, profile_id: str, passphrase: str) -> OpenedStore:
        """Unlock: unwrap the data key, open the store and bring its schema up to date."""
        info = self.get(profile_id)
        data_key = self.unwrap(profile_id, passphrase)
        return self.open_with_key(info, data_key)

    def open_with_key(self, info: ProfileInfo, data_key: bytearray) -> OpenedStore:
        """Open the store read-only and start its integrity check; writes wait for the verdict
        (store/integrity.py). A store that is behind is checked first, then migrated."""
        from sopiva_desk.store.engine import StoreDamaged, close_engine, open_engine
        from sopiva_desk.store.integrity import IntegrityGuard, Verdict
        from sopiva_desk.store.meta import check_store_identity

        try:
            engine = open_engine(info.store_path, data_key, read_only=True)
        except StoreDamaged:
            keys.wipe(data_key)
            self._raise_if_store_of_another_profile(info)
            raise
        except BaseException:
            keys.wipe(data_key)
            raise
        guard = IntegrityGuard(engine, info.store_path, engine.info_key_hex)  # type: ignore[attr-defined]
        try:
            check_store_identity(engine, info.profile_id)
            if _schema_is_current(engine):
                guard.start()
            else:
                if guard.check_now() is not Verdict.SOUND:  # never migrate a damaged file
                    raise StoreDamaged(str(info.store_path))
                guard.require_sound()
                _bring_schema_up_to_date(engine)
            self._remember_store_salt(info)
        except BaseException:
            guard.close(lambda: close_engine(engine))
            keys.wipe(data_key)
            raise
        return OpenedStore(info, engine, data_key, guard)

    def _remember_store_salt(self, info: ProfileInfo) -> None:
        """Note the store's salt (its first 16 bytes, random per file) in the key file once, so a
        store file swapped in from another profile can be named as such."""
        document = self._read(info.folder)
        if document.get(STORE_SALT_FIELD):
            return
        document[STORE_SALT_FIELD] = _store_salt(info.store_path)
        atomic_write_json(info.folder / PROFILE_FILE, document)

    def _raise_if_store_of_another_profile(self, info: ProfileInfo) -> None:
        from sopiva_desk.store.engine import StoreOfAnotherProfile

        salt = _store_salt(info.store_path)
        for other in self.list():
            if other.profile_id == info.profile_id:
                continue
            try:
                recorded = self._read(other.folder).get(STORE_SALT_FIELD)
            except ProfileFileInvalid:
                continue
            if recorded and recorded == salt:
                raise StoreOfAnotherProfile(str(info.store_path))

    # -- changing keys ---------------------------------------------------------------------

    def _passphrase_wrap(self, info: ProfileInfo) -> keys.PassphraseWrap:
        try:
            return keys.PassphraseWrap.from_json(self._read(info.folder)["passphrase_wrap"])
        except (KeyError, TypeError, ValueError) as err:
            raise ProfileFileInvalid(str(err)) from None

    def _rewrap(self, info: ProfileInfo, data_key: bytearray, new_passphrase: str) -> None:
        document = self._read(info.folder)
        document["passphrase_wrap"] = keys.PassphraseWrap.seal(data_key, new_passphrase, info.profile_id).to_json()
        atomic_write_json(info.folder / PROFILE_FILE, document)

    def change_passphrase(self, profile_id: str, old: str, new: str) -> None:
        """Re-wrap the data key under a new passphrase; the database is not re-encrypted."""
        info = self.get(profile_id)
        data_key = self.unwrap(profile_id, old)
        try:
            self._rewrap(info, data_key, new)
        finally:
            keys.wipe(data_key)

    def recover(self, profile_id: str, private_key: X25519PrivateKey, new_passphrase: str) -> None:
        """Office recovery: open the recovery wrap with the organisation key, set a new passphrase."""
        info = self.get(profile_id)
        raw = self._read(info.folder).get("recovery_wrap")
        if not raw:
            raise keys.EnvelopeInvalid("this profile has no recovery envelope")
        data_key = keys.RecoveryWrap.from_json(raw).open(private_key, profile_id)
        try:
            opened = self.open_with_key(info, bytearray(data_key))  # proves the key opens the store
            opened.close()
            self._rewrap(info, data_key, new_passphrase)
            self._clear_failures(profile_id)
        finally:
            keys.wipe(data_key)

    def rename(self, profile_id: str, display_name: str) -> None:
        info = self.get(profile_id)
        document = self._read(info.folder)
        document["display_name"] = display_name
        atomic_write_json(info.folder / PROFILE_FILE, document)


def _store_salt(path: Path) -> str:
    with path.open("rb") as handle:
        return handle.read(16).hex()


def _store_file_name(value: Any) -> str:
    """A plain file name inside the profile folder, never a path elsewhere."""
    if not isinstance(value, str) or not value.endswith(".db") or Path(value).name != value or value.startswith("."):
        raise ProfileFileInvalid("bad store file name")
    return value


def _schema_is_current(engine: Any) -> bool:
    from sopiva_desk.store.schema import HEAD_REVISION

    with engine.connect() as connection:
        tracked = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").scalar()
        found = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() if tracked else None
    return bool(found == HEAD_REVISION)


def _bring_schema_up_to_date(engine: Any) -> None:
    """Run the migrations only when the store is behind: Alembic is loaded only then."""
    if _schema_is_current(engine):
        return
    from sopiva_desk.store import migrate

    migrate.upgrade(engine)
