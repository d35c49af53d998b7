"""Backups of the unlocked profile: now, to a chosen file, and automatically to a chosen folder.

The schedule and the status of the last backup are settings in the encrypted store. Automatic
backups are due when the last one is older than the chosen interval; the app checks on a timer
while unlocked and before the store closes on lock and quit (gui/backup_schedule.py), always on
the store lane. Each automatic backup is a new file named by the time it was made
(``sopiva-<profile>-<yyyymmdd-hhmmss>.sopiva-backup``); after writing one, the oldest files of
this profile beyond the retention count are removed (never a file of another profile, never
anything else in the folder). A failed backup is recorded with its message key and is tried
again at the next check.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.services.backup_errors import backup_errors
from sopiva_desk.services.errors import KnownError
from sopiva_desk.store import keys
from sopiva_desk.store.backup import BackupWritten, raw_connection_of, write_backup
from sopiva_desk.store.backup_file import FILE_SUFFIX
from sopiva_desk.store.database import Database
from sopiva_desk.store.profiles import OpenedStore, ProfileDirectory
from sopiva_desk.store.repositories import settings as repo

BACKUP_EVERY_DAYS = (1, 7)  # daily or weekly
BACKUP_KEEP_RANGE = (1, 60)
DEFAULT_KEEP = 7
_FOLDER, _KEEP, _EVERY = "backup_folder", "backup_keep", "backup_every_days"
_LAST_AT, _LAST_PATH, _LAST_ERROR = "backup_last_at", "backup_last_path", "backup_last_error"


@dataclass(frozen=True)
class BackupSettings:
    folder: str | None  # None: automatic backups are off
    keep: int
    every_days: int
    last_at: datetime | None  # the last backup made (automatic or by hand)
    last_path: str | None
    last_error: str | None  # the message key of the last failed attempt, cleared by a success


def recovery_public_key_pem(directory: ProfileDirectory, envelope: dict[str, object]) -> str | None:
    """The organisation key the profile's recovery wrap was sealed to, to travel with a backup."""
    wrap = envelope.get("recovery_wrap")
    public = directory.recovery_public_key()
    if not isinstance(wrap, dict) or public is None or keys.public_key_fingerprint(public) != wrap.get("key_id"):
        return None
    from cryptography.hazmat.primitives import serialization

    return public.public_bytes(serialization.Encoding.PEM,
                               serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")


def automatic_file_name(profile_id: str, at: datetime) -> str:
    return f"sopiva-{profile_id[:8]}-{at.astimezone(UTC):%Y%m%d-%H%M%S}{FILE_SUFFIX}"


class BackupService:
    def __init__(self, opened: OpenedStore, db: Database) -> None:
        self._opened = opened
        self._directory = ProfileDirectory(opened.profile.folder.parent.parent)  # <data dir>/profiles/<id>
        self._db = db

    @property
    def profile_id(self) -> str:
        return self._opened.profile.profile_id

    def settings(self) -> BackupSettings:
        with backup_errors(), self._db.read() as session:
            values = {key: repo.get(session, key) for key in (_FOLDER, _KEEP, _EVERY, _LAST_AT, _LAST_PATH,
                                                              _LAST_ERROR)}
        keep, every = values[_KEEP], values[_EVERY]
        last_at = values[_LAST_AT]
        return BackupSettings(
            folder=values[_FOLDER] if isinstance(values[_FOLDER], str) else None,
            keep=keep if isinstance(keep, int) else DEFAULT_KEEP,
            every_days=every if every in BACKUP_EVERY_DAYS else BACKUP_EVERY_DAYS[0],
            last_at=datetime.fromisoformat(last_at) if isinstance(last_at, str) else None,
            last_path=values[_LAST_PATH] if isinstance(values[_LAST_PATH], str) else None,
            last_error=values[_LAST_ERROR] if isinstance(values[_LAST_ERROR], str) else None)

    def set_schedule(self, folder: str | None, keep: int, every_days: int) -> None:
        """Automatic backups to ``folder`` (None: off), keeping the newest ``keep`` files."""
        issues = []
        if folder is not None and not Path(folder).is_dir():
            issues.append(Issue("backup_folder", "backup.folder_missing"))
        low, high = BACKUP_KEEP_RANGE
        if not low <= keep <= high:
            issues.append(Issue("backup_keep", "field.range", {"min": low, "max": high}))
        if every_days not in BACKUP_EVERY_DAYS:
            issues.append(Issue("backup_every_days", "field.choice"))
        if issues:
            raise ValidationError(issues)
        with backup_errors(), self._db.transaction() as session:
            repo.put(session, _FOLDER, folder)
            repo.put(session, _KEEP, keep)
            repo.put(session, _EVERY, every_days)

    def back_up_to(self, target: Path) -> BackupWritten:
        """A verified backup at ``target`` (replaced atomically); recorded as the last backup."""
        try:
            with backup_errors():
                written = self._write(target)
        except KnownError as err:
            self._record(error=err.key)
            raise
        self._record(written=written)
        return written

    def is_due(self, now: datetime | None = None) -> bool:
        current = self.settings()
        if current.folder is None:
            return False
        now = now or datetime.now(UTC)
        return current.last_at is None or now - current.last_at >= timedelta(days=current.every_days)

    def run_if_due(self, now: datetime | None = None) -> BackupWritten | None:
        """The automatic backup, when one is due; its failure is recorded and raised."""
        if not self.is_due(now):
            return None
        current = self.settings()
        assert current.folder is not None
        folder = Path(current.folder)
        written = self.back_up_to(folder / automatic_file_name(self.profile_id, now or datetime.now(UTC)))
        self._prune(folder, current.keep)
        return written

    def _write(self, target: Path) -> BackupWritten:
        envelope = self._directory.envelope(self.profile_id)
        with raw_connection_of(self._opened.engine) as connection:
            return write_backup(connection, self._opened.data_key, envelope, target,
                                recovery_public_key_pem=recovery_public_key_pem(self._directory, envelope))

    def _prune(self, folder: Path, keep: int) -> None:
        """Remove this profile's oldest automatic backups beyond ``keep`` (names sort by time)."""
        pattern = re.compile(rf"sopiva-{self.profile_id[:8]}-\d{{8}}-\d{{6}}{re.escape(FILE_SUFFIX)}")
        mine = sorted(p for p in folder.iterdir() if pattern.fullmatch(p.name))  # not a before-rekey one
        for old in mine[:-keep]:
            try:
                os.unlink(old)
            except OSError:
                pass  # tried again after the next backup

    def _record(self, *, written: BackupWritten | None = None, error: str | None = None) -> None:
        try:
            with backup_errors(), self._db.transaction() as session:
                if written is not None:
                    repo.put(session, _LAST_AT, written.created_at)
                    repo.put(session, _LAST_PATH, str(written.path))
                repo.put(session, _LAST_ERROR, error)
        except KnownError:
            pass  # the store itself cannot be written: the caller reports the backup's own outcome
