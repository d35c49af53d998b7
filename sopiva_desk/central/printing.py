"""The office print station's side of the server (docs/sync-protocol.md, "Print jobs").

- **Pinning.** When the server takes a new print job, it pins the current revision of the
  record the job prints (``print_job.record_revision``) and keeps a snapshot of every record
  that document reads (``protocol.documents``) at that moment. A device pushes in ``device_seq``
  order and does not fold a record's later changes across a print job of its client
  (``services/sync/outbox.py``), so the record's changes made before the job are in and those
  made after it are not.
- **Unit scope.** An office user with a unit sees the print jobs (and their conflicts) of
  clients assigned to users of that unit, each queued job with its snapshot, and nothing else
  of those clients; it may change only a job's status and who printed it and when.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, delete, select
from sqlalchemy.orm import Session

from sopiva_desk.central import changes
from sopiva_desk.central.models import Assignment, PrintSnapshot, Record, User
from sopiva_desk.protocol.documents import PRINTED_ENTITY, SnapshotRecord, snapshot_records
from sopiva_desk.protocol.entities import STAMPS

PRINT_JOB = "print_job"
OFFICE = "office"
#: What an office station may change on a job of its unit (besides the stamps).
STATION_PATHS = frozenset({"status", "printed_at", "printed_by", "printed_by_name"})


def is_station(user: User) -> bool:
    return user.role == OFFICE and bool(user.unit)


def unit_clients(unit: str) -> Select[tuple[str]]:
    """The clients assigned to any user of ``unit``."""
    return select(Assignment.client_id).join(User, User.id == Assignment.user_id).where(User.unit == unit)


def unit_client_ids(session: Session, user: User) -> set[str]:
    return set(session.scalars(unit_clients(user.unit or ""))) if is_station(user) else set()


def station_may_change(changed: dict[str, Any]) -> bool:
    """A station's change of a job touches only the job's status and printing mark."""
    return all(path in STATION_PATHS or path in STAMPS for path in changed)


def _as_snapshot(record: Record) -> SnapshotRecord:
    return SnapshotRecord(record.entity, record.id, record.revision, record.data)


def pin(session: Session, job_id: str, client_id: str, kind: Any, record_id: Any) -> int | None:
    """Keep the snapshot of a new job's document; the pinned revision, or ``None`` when the
    server has no living record of that client to print."""
    entity = PRINTED_ENTITY.get(str(kind))
    if entity is None or record_id is None:
        return None
    printed = session.get(Record, (entity, str(record_id).lower()))
    client = session.get(Record, ("client", client_id))
    if printed is None or printed.deleted or printed.client_id != client_id or client is None:
        return None
    by_entity: dict[str, list[SnapshotRecord]] = {}

    def records_of(name: str) -> list[SnapshotRecord]:
        if name not in by_entity:
            found = session.scalars(select(Record).where(Record.client_id == client_id, Record.entity == name))
            # In the order they were made: a document lists uses and commitments in that order.
            by_entity[name] = [_as_snapshot(r) for r in sorted(found, key=lambda r: (
                str(r.data.get("created_at") or ""), r.id))]
        return by_entity[name]

    records = snapshot_records(str(kind), _as_snapshot(printed), _as_snapshot(client), records_of)
    session.add(PrintSnapshot(job_id=job_id, client_id=client_id, entity=entity, record_id=printed.id,
                              revision=printed.revision, records=[r.as_json() for r in records]))
    return printed.revision


def snapshots(session: Session, job_ids: set[str]) -> dict[str, PrintSnapshot]:
    if not job_ids:
        return {}
    return {s.job_id: s for s in session.scalars(select(PrintSnapshot).where(PrintSnapshot.job_id.in_(job_ids)))}


def snapshot_change(snapshot: PrintSnapshot) -> dict[str, Any]:
    return {"entity": snapshot.entity, "record_id": snapshot.record_id, "revision": snapshot.revision,
            "records": snapshot.records}


def stations_of_units(session: Session, units: set[str]) -> list[str]:
    """The office users of these units."""
    if not units:
        return []
    return list(session.scalars(select(User.id).where(User.role == OFFICE, User.unit.in_(units))
                                .order_by(User.id)))


def units_of_client(session: Session, client_id: str) -> set[str]:
    return {unit for unit in session.scalars(
        select(User.unit).join(Assignment, Assignment.user_id == User.id)
        .where(Assignment.client_id == client_id, User.unit.is_not(None)))}


def client_left_units(session: Session, client_id: str, units_before: set[str]) -> None:
    """After an unassignment or a purge: the stations of units the client is no longer in evict it."""
    for user_id in stations_of_units(session, units_before - units_of_client(session, client_id)):
        changes.emit_scope(session, "evict", client_id, user_id)


def client_entered_units(session: Session, client_id: str, units_before: set[str]) -> None:
    """After an assignment: the stations of a unit the client is new to get its jobs (rows
    older than their cursors would not reach them otherwise)."""
    stations = stations_of_units(session, units_of_client(session, client_id) - units_before)
    if not stations:
        return
    jobs = list(session.scalars(select(Record).where(Record.client_id == client_id, Record.entity == PRINT_JOB)
                                .order_by(Record.updated_at, Record.id)))
    for user_id in stations:
        for job in jobs:
            changes.emit_record(session, job, audience_user_id=user_id)


def forget_client(session: Session, client_id: str) -> None:
    session.execute(delete(PrintSnapshot).where(PrintSnapshot.client_id == client_id))
