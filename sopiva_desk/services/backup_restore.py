"""Restore a backup into a new profile and re-key a profile's store: work on profiles that are
not unlocked (the unlock screen, a damage dialog, the command line). docs/security.md, "Backups".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sopiva_desk.domain import passphrase as passphrase_rules
from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.services.backup_errors import backup_errors
from sopiva_desk.services.errors import RecoveryKeyError
from sopiva_desk.services.profiles import ProfileSummary, check_display_name
from sopiva_desk.store import keys
from sopiva_desk.store import restore as store_restore
from sopiva_desk.store.backup_file import FILE_SUFFIX
from sopiva_desk.store.profiles import ProfileDirectory
from sopiva_desk.store.rekey import rekey


@dataclass(frozen=True)
class BackupSummary:
    """What a backup file says about itself before any passphrase (shown to choose it)."""

    display_name: str
    backed_up_at: datetime
    has_recovery: bool


@dataclass(frozen=True)
class RestoreResult:
    profile: ProfileSummary
    backed_up_at: datetime
    was_enrolled: bool  # enrol again before syncing; the changes not yet synced go then
    has_recovery: bool


@dataclass(frozen=True)
class RekeyResult:
    backup_path: Path


def _when(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return datetime.fromtimestamp(0, UTC)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def rekey_backup_name(profile_id: str, at: datetime) -> str:
    return f"sopiva-{profile_id[:8]}-before-rekey-{at.astimezone(UTC):%Y%m%d-%H%M%S}{FILE_SUFFIX}"


class BackupRestorer:
    def __init__(self, data_dir: Path, *, kdf: keys.KdfParams | None = None) -> None:
        self.data_dir = data_dir
        self._directory = ProfileDirectory(data_dir)
        self._kdf = kdf  # tests pass cheaper (but still allowed) parameters

    def _fresh_kdf(self) -> keys.KdfParams | None:
        return keys.KdfParams.fresh(self._kdf.memory_kib, self._kdf.iterations) if self._kdf else None

    def inspect(self, path: Path) -> BackupSummary:
        """Read and check the whole file (format, size, digest); nothing needs a passphrase yet."""
        with backup_errors():
            header = store_restore.inspect(path)
        return BackupSummary(header.display_name, _when(header.backup_created_at), bool(header.recovery_wrap))

    def restore(self, path: Path, passphrase: str, display_name: str | None = None) -> RestoreResult:
        """Restore the backup as a new profile that opens with the same passphrase."""
        name = check_display_name(display_name) if display_name is not None else None
        with backup_errors():
            restored = store_restore.restore(self._directory, path, passphrase=passphrase, display_name=name,
                                             kdf=self._fresh_kdf())
        return _result(restored)

    def restore_with_recovery_key(self, path: Path, private_key_pem: bytes, key_password: bytes,
                                  new_passphrase: str, display_name: str | None = None) -> RestoreResult:
        """Office recovery: open the backup with the organisation's key; ``new_passphrase`` from now on."""
        name = check_display_name(display_name) if display_name is not None else None
        issues = passphrase_rules.check_new(new_passphrase, new_passphrase)
        if issues:
            raise ValidationError(issues)
        try:
            private_key = keys.load_recovery_private_key(private_key_pem, key_password)
        except (keys.WrongPassphrase, keys.EnvelopeInvalid):
            raise RecoveryKeyError() from None
        with backup_errors():
            try:
                restored = store_restore.restore(self._directory, path, private_key=private_key,
                                                 new_passphrase=new_passphrase, display_name=name,
                                                 kdf=self._fresh_kdf())
            except keys.EnvelopeInvalid:
                raise RecoveryKeyError() from None
        return _result(restored)

    def check_passphrase(self, profile_id: str, passphrase: str) -> None:
        """``WrongPassphraseError`` (counted like a wrong unlock) unless ``passphrase`` opens the profile."""
        with backup_errors():
            keys.wipe(self._directory.unwrap(profile_id, passphrase))

    def rekey(self, profile_id: str, passphrase: str, backup_folder: Path | None = None) -> RekeyResult:
        """Re-encrypt the store under a new key, after a backup to ``backup_folder`` (default: the
        data folder's ``backups``). The profile must not be open anywhere (lock the app first)."""
        folder = backup_folder or self.data_dir / "backups"

        def target(_envelope: dict[str, object]) -> Path:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            return folder / rekey_backup_name(profile_id, datetime.now(UTC))

        with backup_errors():
            done = rekey(self._directory, profile_id, passphrase, target, kdf=self._fresh_kdf())
        return RekeyResult(done.backup.path)


def _result(restored: store_restore.RestoredProfile) -> RestoreResult:
    return RestoreResult(ProfileSummary(restored.profile.profile_id, restored.profile.display_name),
                         _when(restored.backed_up_at), restored.was_enrolled, restored.has_recovery)
