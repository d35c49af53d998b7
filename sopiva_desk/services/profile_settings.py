"""Settings of one profile, stored encrypted with its data."""

from __future__ import annotations

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.services.settings import AUTO_LOCK_RANGE, DEFAULT_AUTO_LOCK_MINUTES
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.store.database import Database
from sopiva_desk.store.repositories import settings as repo

DEMO_KEY = "demo_profile"  # set by the demo seeding: fictional clients, the demo letterhead


class ProfileSettings:
    """Settings of one profile, stored encrypted with its data."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def auto_lock_minutes(self) -> int:
        with storage_errors(), self._db.read() as session:
            value = repo.get(session, "auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES)
        return int(value) if isinstance(value, int) else DEFAULT_AUTO_LOCK_MINUTES

    def is_demo(self) -> bool:
        """Whether this is the demo profile (its documents carry the demo letterhead)."""
        with storage_errors(), self._db.read() as session:
            return repo.get(session, DEMO_KEY, False) is True

    def mark_demo(self) -> None:
        with storage_errors(), self._db.transaction() as session:
            repo.put(session, DEMO_KEY, True)

    def set_auto_lock_minutes(self, minutes: int) -> None:
        low, high = AUTO_LOCK_RANGE
        if not low <= minutes <= high:
            raise ValidationError([Issue("auto_lock_minutes", "field.range", {"min": low, "max": high})])
        with storage_errors(), self._db.transaction() as session:
            repo.put(session, "auto_lock_minutes", minutes)
