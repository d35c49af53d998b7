"""Settings: app-wide ones before unlock (UI language) and per-profile ones inside the store."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.services.errors import storage_errors
from sopiva_desk.store.database import Database
from sopiva_desk.store.files import atomic_write_json, read_json
from sopiva_desk.store.repositories import settings as repo

UI_LANGUAGES = ("fi", "sv", "en")
DEFAULT_AUTO_LOCK_MINUTES = 5
AUTO_LOCK_RANGE = (1, 15)  # organisation policy: never longer than 15 minutes


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
        atomic_write_json(data_dir / "config.json", {"language": self.language})


class ProfileSettings:
    """Settings of one profile, stored encrypted with its data."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def auto_lock_minutes(self) -> int:
        with storage_errors(), self._db.read() as session:
            value = repo.get(session, "auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES)
        return int(value) if isinstance(value, int) else DEFAULT_AUTO_LOCK_MINUTES

    def set_auto_lock_minutes(self, minutes: int) -> None:
        low, high = AUTO_LOCK_RANGE
        if not low <= minutes <= high:
            raise ValidationError([Issue("auto_lock_minutes", "field.range", {"min": low, "max": high})])
        with storage_errors(), self._db.transaction() as session:
            repo.put(session, "auto_lock_minutes", minutes)
