"""Profiles and unlocking: what the start screen and the IT command line use."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sopiva_desk.domain import passphrase as passphrase_rules
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.services.errors import RecoveryKeyError
from sopiva_desk.store import keys
from sopiva_desk.store.profiles import ProfileDirectory

if TYPE_CHECKING:
    from sopiva_desk.services.access_log_check import LogCheck
    from sopiva_desk.services.backup_restore import BackupRestorer
    from sopiva_desk.services.workspace import Workspace

# Listing profiles must stay light: the unlock screen shows them before SQLAlchemy and Alembic
# (~0.6 s of imports) are loaded, so the store-touching methods import them on first use.

DISPLAY_NAME_MAX = 60


@dataclass(frozen=True)
class ProfileSummary:
    """All that is shown of a profile before it is unlocked."""

    profile_id: str
    display_name: str


def _check_display_name(name: str) -> str:
    text = " ".join(name.split())
    if not text:
        raise ValidationError([Issue("display_name", "field.required")])
    if len(text) > DISPLAY_NAME_MAX:
        raise ValidationError([Issue("display_name", "field.too_long", {"max": DISPLAY_NAME_MAX})])
    return text


check_display_name = _check_display_name  # also for the name of a restored profile


class ProfileService:
    def __init__(self, data_dir: Path, *, clock: Callable[[], float] = time.time,
                 kdf: keys.KdfParams | None = None) -> None:
        self.data_dir = data_dir
        self._profiles = ProfileDirectory(data_dir, clock=clock)
        self._kdf = kdf  # tests pass cheaper (but still allowed) parameters

    def profiles(self) -> list[ProfileSummary]:
        return [ProfileSummary(p.profile_id, p.display_name) for p in self._profiles.list()]

    def create_profile(self, display_name: str, passphrase: str, repeated: str) -> ProfileSummary:
        name = _check_display_name(display_name)
        issues = passphrase_rules.check_new(passphrase, repeated, user_inputs=(name,))
        if issues:
            raise ValidationError(issues)
        kdf = keys.KdfParams.fresh(self._kdf.memory_kib, self._kdf.iterations) if self._kdf else None
        from sopiva_desk.services.storage_errors import storage_errors

        with storage_errors():
            info = self._profiles.create(name, passphrase, kdf=kdf)
        return ProfileSummary(info.profile_id, info.display_name)

    def backup_restorer(self) -> BackupRestorer:
        """Restore and re-key for profiles not unlocked (services/backup_restore.py)."""
        from sopiva_desk.services.backup_restore import BackupRestorer

        return BackupRestorer(self.data_dir, kdf=self._kdf)

    def seconds_until_next_attempt(self, profile_id: str) -> int:
        return self._profiles.seconds_until_next_attempt(profile_id)

    def unlock(self, profile_id: str, passphrase: str) -> Workspace:
        """Derive the key and open the store (≈0.4 s by design: run it off the GUI thread)."""
        from sopiva_desk.services.storage_errors import storage_errors
        from sopiva_desk.services.templates import TemplateLibrary
        from sopiva_desk.services.workspace import Workspace

        library = TemplateLibrary.with_county_folder(self.data_dir)  # never raises: problems are listed
        with storage_errors():
            return Workspace(self._profiles.open(profile_id, passphrase), library, self.data_dir)

    def verify_log(self, profile_id: str, passphrase: str) -> LogCheck:
        """Check a profile's access log (``sopiva-desk verify-log``) without unlocking it for work:
        nothing is signed or written, so entries a crash left unsigned are reported as such."""
        from sopiva_desk.services.access_log_check import check_log
        from sopiva_desk.services.storage_errors import storage_errors
        from sopiva_desk.store.database import Database

        with storage_errors():
            opened = self._profiles.open(profile_id, passphrase)
        try:
            return check_log(Database(opened.engine), opened.profile.folder, opened.profile.profile_id)
        finally:
            opened.close()

    def change_passphrase(self, profile_id: str, old: str, new: str, repeated: str) -> None:
        name = self._profiles.get(profile_id).display_name
        issues = passphrase_rules.check_new(new, repeated, user_inputs=(name,))
        if issues:
            raise ValidationError(issues)
        from sopiva_desk.services.storage_errors import storage_errors

        with storage_errors():
            self._profiles.change_passphrase(profile_id, old, new)

    def recover(self, profile_id: str, private_key_pem: bytes, key_password: bytes, new_passphrase: str) -> None:
        """Office recovery with the organisation's private key (never kept on a laptop)."""
        issues = passphrase_rules.check_new(new_passphrase, new_passphrase)
        if issues:
            raise ValidationError(issues)
        try:
            private_key = keys.load_recovery_private_key(private_key_pem, key_password)
        except (keys.WrongPassphrase, keys.EnvelopeInvalid):
            raise RecoveryKeyError() from None
        from sopiva_desk.services.storage_errors import storage_errors

        with storage_errors():
            try:
                self._profiles.recover(profile_id, private_key, new_passphrase)
            except keys.EnvelopeInvalid:
                raise RecoveryKeyError() from None
