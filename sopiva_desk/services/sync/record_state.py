"""Where each record stands with the central server, as the counsellor sees it (docs/sync-protocol.md,
"On the laptop: sync state").

A record is

- **in conflict** when the server recorded a conflict on it that nobody has resolved yet;
- **local only** when the server has never confirmed it (no ``sync_record``: it was never pulled
  and no push of it was applied) — a new record, its create waiting in the outbox;
- **changed since sync** when it has outbox rows, waiting (pending) or refused (rejected);
- **synced** otherwise.

A client's state sums up the client's own records (the client row, close persons, visits,
assessments, sessions, plans, budgets …), most urgent first: in conflict, then local only *if the
client itself has never reached the server*, then changed since sync (any waiting or refused change
of any of its records, a new visit of a known client included: the counsellor's file has changed
since it was last sent), then synced. ``sync_outbox``, ``sync_conflict`` and ``sync_record`` carry
``client_id``, so the whole caseload is three grouped queries, whatever its size.

A profile that was never enrolled has nothing to sync: ``enrolled`` is false, and the GUI shows no
sync state at all rather than "local only" on every row.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Mapping

from sqlalchemy import String, case, func, literal, select, text, type_coerce
from sqlalchemy.orm import Session

from sopiva_desk.domain.sync_state import (
    STATE_ORDER,
    ClientSyncStates,
    RecordSyncState,
    SyncState,
    state_of,
)
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import SyncConflict, SyncDevice, SyncOutbox, SyncRecord

__all__ = ["STATE_ORDER", "ClientSyncStates", "RecordSyncState", "SyncState", "SyncStateService",
           "client_counts"]

_SEPARATOR = ","  # between the hex ids of one group_concat: never inside one


class SyncStateService:
    """Reads sync states; never writes."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def enrolled(self) -> bool:
        with storage_errors(), self._db.read() as session:
            return session.get(SyncDevice, 1) is not None

    def client_states(self) -> ClientSyncStates:
        """Every client's state: three grouped queries (and the enrolment)."""
        with storage_errors(), self._db.read() as session:
            device = session.get(SyncDevice, 1)
            if device is None:
                return ClientSyncStates(enrolled=False)
            known_text = session.scalar(
                select(func.group_concat(type_coerce(SyncRecord.record_id, String), literal(_SEPARATOR, String)))
                .where(SyncRecord.entity == "client"))
            known = frozenset(str(known_text).split(_SEPARATOR)) if known_text else frozenset()
            return ClientSyncStates(True, device.last_sync_at, known, _all_client_counts(session))

    def client_state(self, client_id: uuid.UUID) -> RecordSyncState | None:
        """One client's state, or ``None`` when the profile is not enrolled."""
        with storage_errors(), self._db.read() as session:
            if session.get(SyncDevice, 1) is None:
                return None
            known = session.get(SyncRecord, ("client", client_id)) is not None
            numbers = _client_counts(session, client_id).get(client_id.hex, (0, 0, 0))
            return state_of(known, *numbers)

    def record_states(self, entity: str, record_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, RecordSyncState] | None:
        """The state of each of ``record_ids`` (records of ``entity``, e.g. a client's plan
        versions), or ``None`` when the profile is not enrolled. One read, three small queries."""
        found = self.states_of({entity: record_ids})
        return None if found is None else found[entity]

    def states_of(self, records: Mapping[str, Iterable[uuid.UUID]]
                  ) -> dict[str, dict[uuid.UUID, RecordSyncState]] | None:
        """``record_states`` for several entities at once (the lists of a client file tab), in one
        read; ``None`` when the profile is not enrolled."""
        with storage_errors(), self._db.read() as session:
            if session.get(SyncDevice, 1) is None:
                return None
            return {entity: _record_states(session, entity, ids) for entity, ids in records.items()}


def _record_states(session: Session, entity: str, record_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, RecordSyncState]:
    ids = list(dict.fromkeys(record_ids))
    known: set[uuid.UUID] = set()
    counts: dict[uuid.UUID, list[int]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        known.update(session.scalars(select(SyncRecord.record_id).where(
            SyncRecord.entity == entity, SyncRecord.record_id.in_(chunk))))
        for record_id, pending, rejected in session.execute(
                select(SyncOutbox.record_id, *_outbox_sums())
                .where(SyncOutbox.entity == entity, SyncOutbox.record_id.in_(chunk))
                .group_by(SyncOutbox.record_id)):
            counts.setdefault(record_id, [0, 0, 0])[:2] = [int(pending or 0), int(rejected or 0)]
        for record_id, conflicts in session.execute(
                select(SyncConflict.record_id, func.count())
                .where(SyncConflict.entity == entity, SyncConflict.record_id.in_(chunk),
                       SyncConflict.resolved.is_(False))
                .group_by(SyncConflict.record_id)):
            counts.setdefault(record_id, [0, 0, 0])[2] = int(conflicts)
    return {record_id: state_of(record_id in known, *counts.get(record_id, (0, 0, 0))) for record_id in ids}

def _outbox_sums() -> tuple[object, object]:
    return (func.sum(case((SyncOutbox.state == "pending", 1), else_=0)),
            func.sum(case((SyncOutbox.state == "rejected", 1), else_=0)))


def _client_counts(session: Session, client_id: uuid.UUID | None) -> dict[str, tuple[int, int, int]]:
    """Per client (32-hex id): waiting changes, refused changes, open conflicts; only clients with any.
    One grouped query over the outbox and one over the conflicts (``client_id`` is indexed in both)."""
    outbox_client = type_coerce(SyncOutbox.client_id, String)
    outbox = select(outbox_client, *_outbox_sums()).where(SyncOutbox.client_id.is_not(None))
    conflict_client = type_coerce(SyncConflict.client_id, String)
    conflicts = select(conflict_client, func.count()).where(SyncConflict.client_id.is_not(None),
                                                            SyncConflict.resolved.is_(False))
    if client_id is not None:
        outbox = outbox.where(SyncOutbox.client_id == client_id)
        conflicts = conflicts.where(SyncConflict.client_id == client_id)
    found: dict[str, list[int]] = {}
    for client, pending, rejected in session.execute(outbox.group_by(SyncOutbox.client_id)):
        found.setdefault(client, [0, 0, 0])[:2] = [int(pending or 0), int(rejected or 0)]
    for client, count in session.execute(conflicts.group_by(SyncConflict.client_id)):
        found.setdefault(client, [0, 0, 0])[2] = int(count)
    return {client: (numbers[0], numbers[1], numbers[2]) for client, numbers in found.items()}


def _all_client_counts(session: Session) -> dict[str, tuple[int, int, int]]:
    """``_client_counts`` for every client, as one text per query split in Python: at 100,000
    clients with 12,000 of them waiting, rows through the driver cost more than the queries."""
    found: dict[str, list[int]] = {}
    outbox = session.scalar(text(
        "SELECT group_concat(client_id || ':' || pending || ':' || rejected, ',') FROM ("
        " SELECT client_id, sum(state = 'pending') AS pending, sum(state = 'rejected') AS rejected"
        " FROM sync_outbox WHERE client_id IS NOT NULL GROUP BY client_id)"))
    for part in (outbox or "").split(",") if outbox else ():
        client, pending, rejected = part.split(":")
        found[client] = [int(pending), int(rejected), 0]
    conflicts = session.scalar(text(
        "SELECT group_concat(client_id || ':' || n, ',') FROM ("
        " SELECT client_id, count(*) AS n FROM sync_conflict"
        " WHERE client_id IS NOT NULL AND NOT resolved GROUP BY client_id)"))
    for part in conflicts.split(",") if conflicts else ():
        client, count = part.split(":")
        found.setdefault(client, [0, 0, 0])[2] = int(count)
    return {client: (numbers[0], numbers[1], numbers[2]) for client, numbers in found.items()}


def client_counts(session: Session, client_ids: Collection[uuid.UUID]) -> dict[uuid.UUID, tuple[int, int, int]]:
    """Waiting changes, refused changes and open conflicts of those of ``client_ids`` that have any."""
    found: dict[uuid.UUID, tuple[int, int, int]] = {}
    for client_id in client_ids:
        numbers = _client_counts(session, client_id).get(client_id.hex)
        if numbers is not None:
            found[client_id] = numbers
    return found
