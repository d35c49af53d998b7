"""App-wide settings needed before unlock (UI language) and the limits of per-profile ones."""

from __future__ import annotations

import errno
from dataclasses import dataclass
from pathlib import Path

from sopiva_desk.services.errors import DiskFullError, StorageIOError
from sopiva_desk.store.files import atomic_write_json, read_json

UI_LANGUAGES = ("fi", "sv", "en")
DEFAULT_AUTO_LOCK_MINUTES = 5
AUTO_LOCK_RANGE = (1, 15)  # organisation policy: never longer than 15 minutes
PURGE_POLICY_DAYS = (30, 90, 180)  # closed, synced cases offered for removal after; None: off (services/sync/purge.py)


@dataclass
class AppConfig:
    """Non-secret settings needed before any profile is unlocked (config.json in the data dir)."""

    language: str = "fi"

    @classmethod
    def load(cls, data_dir: Path) -> AppConfig:
        try:
            data = read_json(data_dir / "config.json")
        except (OSError, ValueError):
            return cls()
        language = data.get("language") if isinstance(data, dict) else None
        return cls(language=language if language in UI_LANGUAGES else "fi")

    def save(self, data_dir: Path) -> None:
        try:
            atomic_write_json(data_dir / "config.json", {"language": self.language})
        except OSError as err:
            raise (DiskFullError() if err.errno == errno.ENOSPC else StorageIOError()) from None
