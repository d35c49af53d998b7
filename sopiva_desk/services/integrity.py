"""The store's integrity, as the window needs it: is it damaged, check it now, what is at stake.

The check itself and the gate on writes are in store/integrity.py. When the file is found
damaged the workspace turns read-only (every write raises ``StoreReadOnlyError``), and the
window offers a restore from a backup or a new profile set up from the central records; the
``DamageReport`` says how many changes made on this computer had not reached the central records
and so exist only in the damaged file, for the counsellor to tell IT.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from sopiva_desk.store.database import Database
from sopiva_desk.store.integrity import IntegrityGuard, Verdict
from sopiva_desk.store.models import SyncDevice, SyncOutbox


@dataclass(frozen=True)
class DamageReport:
    """What the damaged file holds that the central records may not.

    ``None`` where the damage itself keeps the figure from being read."""

    enrolled: bool | None
    unsynced_changes: int | None
    unsynced_clients: int | None


class IntegrityService:
    def __init__(self, db: Database, guard: IntegrityGuard | None) -> None:
        self._db = db
        self._guard = guard

    @property
    def damaged(self) -> bool:
        return self._guard is not None and self._guard.verdict is Verdict.DAMAGED

    def on_damage(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` (from the checking thread) once the file is found damaged."""
        if self._guard is None:
            return
        self._guard.add_listener(lambda verdict: callback() if verdict is Verdict.DAMAGED else None)

    def wait_verdict(self) -> bool:
        """Block until the check at unlock is done; True when the file is sound."""
        return self._guard is None or self._guard.wait() is Verdict.SOUND

    def check_now(self) -> bool:
        """Run the full check now (the hourly check, and before a backup is written: a backup of
        a damaged file would carry the damage along). True when the file is sound."""
        return self._guard is None or self._guard.check_now() is Verdict.SOUND

    def damage_report(self) -> DamageReport:
        """Read what can be read from the damaged file (each figure on its own: one damaged page
        spoils only what lies on it)."""
        enrolled = changes = clients = None
        try:
            with self._db.read() as session:
                enrolled = session.get(SyncDevice, 1) is not None
        except Exception:  # noqa: BLE001 - damage can surface as any database error; the figure is unknown
            pass
        try:
            with self._db.read() as session:
                waiting = SyncOutbox.state.in_(("pending", "rejected"))
                changes = int(session.scalar(select(func.count()).where(waiting)) or 0)
                clients = int(session.scalar(select(func.count(func.distinct(SyncOutbox.client_id)))
                                             .where(waiting, SyncOutbox.client_id.is_not(None))) or 0)
        except Exception:  # noqa: BLE001 - see above
            changes = clients = None
        return DamageReport(enrolled, changes, clients)
