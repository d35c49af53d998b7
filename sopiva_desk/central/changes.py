"""The change log: what is written for devices to pull, and the pull itself.

A pull page is the change-log rows after the cursor, in (xid, seq) order, that the device's
user may see: records and conflicts of clients assigned to the user now, reference data, and
rows addressed to the user alone (``enter``/``evict`` and the records re-sent on assignment).
On PostgreSQL only rows of transactions older than every transaction still running are
returned (``xid < pg_snapshot_xmin(pg_current_snapshot())``), so a transaction that commits
late is never passed over; on SQLite writers are serialised and xid = seq.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, or_, select, text, true, tuple_
from sqlalchemy.orm import Session

from sopiva_desk.central import printing
from sopiva_desk.central.errors import ApiError
from sopiva_desk.central.models import Assignment, ChangeLog, Conflict, Record, User
from sopiva_desk.protocol.entities import REFERENCE

MAX_PAGE = 1000


def emit_record(session: Session, record: Record, audience_user_id: str | None = None,
                origin_device_id: str | None = None) -> None:
    session.add(ChangeLog(kind="record", entity=record.entity, record_id=record.id, client_id=record.client_id,
                          audience_user_id=audience_user_id, origin_device_id=origin_device_id))


def emit_conflict(session: Session, conflict: Conflict, audience_user_id: str | None = None) -> None:
    session.add(ChangeLog(kind="conflict", entity=conflict.entity, record_id=conflict.record_id,
                          client_id=conflict.client_id, conflict_id=conflict.id, audience_user_id=audience_user_id))


def emit_scope(session: Session, kind: str, client_id: str, user_id: str) -> None:
    assert kind in ("enter", "evict")
    session.add(ChangeLog(kind=kind, client_id=client_id, audience_user_id=user_id))


def assign(session: Session, client_id: str, user_id: str) -> bool:
    """Assign a client to a user: ``enter`` and the client's current records re-sent to that user
    (and its print jobs to the print stations of a unit the client is new to)."""
    if session.get(Assignment, (client_id, user_id)) is not None:
        return False
    units_before = printing.units_of_client(session, client_id)
    session.add(Assignment(client_id=client_id, user_id=user_id))
    session.flush()
    printing.client_entered_units(session, client_id, units_before)
    emit_scope(session, "enter", client_id, user_id)
    for record in session.scalars(select(Record).where(Record.client_id == client_id)
                                  .order_by(Record.updated_at, Record.entity, Record.id)):
        emit_record(session, record, audience_user_id=user_id)
    for conflict in session.scalars(select(Conflict).where(Conflict.client_id == client_id)
                                    .order_by(Conflict.created_at)):
        emit_conflict(session, conflict, audience_user_id=user_id)
    return True


def unassign(session: Session, client_id: str, user_id: str) -> bool:
    assignment = session.get(Assignment, (client_id, user_id))
    if assignment is None:
        return False
    units_before = printing.units_of_client(session, client_id)
    session.delete(assignment)
    session.flush()
    emit_scope(session, "evict", client_id, user_id)
    printing.client_left_units(session, client_id, units_before)
    return True


def assigned_client_ids(session: Session, user_id: str) -> list[str]:
    return list(session.scalars(select(Assignment.client_id).where(Assignment.user_id == user_id)
                                .order_by(Assignment.client_id)))


# --- cursor -------------------------------------------------------------------------------

def encode_cursor(xid: int, seq: int) -> str:
    return base64.urlsafe_b64encode(f"1:{xid}:{seq}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> tuple[int, int]:
    if not cursor:
        return (0, 0)
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        version, xid, seq = base64.urlsafe_b64decode(padded.encode("ascii")).decode("ascii").split(":")
        if version != "1":
            raise ValueError(version)
        parsed = (int(xid), int(seq))
    except (ValueError, UnicodeError, binascii.Error) as error:
        raise ApiError(422, "invalid", "The cursor is not one this server gave.", path=["query", "cursor"]) \
            from error
    if parsed[0] < 0 or parsed[1] < 0 or max(parsed) > 2**63 - 1:
        raise ApiError(422, "invalid", "The cursor is not one this server gave.", path=["query", "cursor"])
    return parsed


# --- pull -----------------------------------------------------------------------------------

def pull(session: Session, user_id: str, cursor: str | None, limit: int,
         device_id: str | None = None) -> tuple[list[dict[str, Any]], str, bool]:
    """One page of changes for ``user_id``'s ``device_id`` after ``cursor``: (changes, next cursor, more).

    A device's own change that the server took exactly as sent (outcome ``applied``) is not sent
    back to it: its copy is the record (a week's pull ≈ 21 KB smaller). An office print
    station also gets the print jobs of its unit's clients, each queued one with its snapshot."""
    cx, cs = decode_cursor(cursor)
    assigned = select(Assignment.client_id).where(Assignment.user_id == user_id)
    user = session.get(User, user_id)
    station = user is not None and printing.is_station(user)
    shared = or_(ChangeLog.entity == REFERENCE, ChangeLog.client_id.in_(assigned))
    if station:
        assert user is not None and user.unit is not None
        shared = or_(shared, and_(ChangeLog.entity == printing.PRINT_JOB,
                                  ChangeLog.client_id.in_(printing.unit_clients(user.unit))))
    visible = or_(ChangeLog.audience_user_id == user_id, and_(ChangeLog.audience_user_id.is_(None), shared))
    if device_id is not None:
        visible = and_(visible, or_(ChangeLog.origin_device_id.is_(None), ChangeLog.origin_device_id != device_id))
    after = tuple_(ChangeLog.xid, ChangeLog.seq) > tuple_(cx, cs)
    final = ChangeLog.xid < text("(pg_snapshot_xmin(pg_current_snapshot())::text::bigint)") \
        if session.get_bind().dialect.name == "postgresql" else true()
    # The last final row of any kind, read *before* the page: every row up to it was committed
    # then, so the page (read after) holds every one of them this device may see. When the page
    # ends the pull, the cursor moves past the rest (other users', its own applied changes), so
    # they are not scanned again on every pull.
    newest = session.execute(select(ChangeLog.xid, ChangeLog.seq).where(after, final)
                             .order_by(ChangeLog.xid.desc(), ChangeLog.seq.desc()).limit(1)).first()
    rows = list(session.scalars(select(ChangeLog).where(after, final, visible)
                                .order_by(ChangeLog.xid, ChangeLog.seq).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    position = (rows[-1].xid or 0, rows[-1].seq) if rows else (cx, cs)
    if not more and newest is not None and (newest[0], newest[1]) > position:
        position = (newest[0], newest[1])
    return (_changes(session, rows, station) if rows else []), encode_cursor(*position), more


def _changes(session: Session, rows: list[ChangeLog], station: bool = False) -> list[dict[str, Any]]:
    record_keys = {(row.entity, row.record_id) for row in rows if row.kind == "record"}
    records = _load_records(session, record_keys)
    conflict_ids = {row.conflict_id for row in rows if row.kind == "conflict"}
    conflicts = {c.id: c for c in session.scalars(select(Conflict).where(Conflict.id.in_(conflict_ids)))} \
        if conflict_ids else {}
    # A record changed several times in one page is sent once, at its last place, as it is now.
    last_place = {(row.entity, row.record_id): index for index, row in enumerate(rows) if row.kind == "record"}
    # A station prints a queued job from its snapshot; once printed or cancelled it needs none.
    snapshots = printing.snapshots(session, {r.id for r in records.values() if r.entity == printing.PRINT_JOB
                                             and r.data.get("status") == "queued"}) if station else {}
    changes: list[dict[str, Any]] = []
    for index, row in enumerate(rows):
        if row.kind == "record":
            key = (row.entity, row.record_id)
            record = records.get(key)
            if record is None or last_place[key] != index:  # purged since, or sent later in this page
                continue
            change = record_change(record)
            if record.id in snapshots and record.entity == printing.PRINT_JOB:
                change["snapshot"] = printing.snapshot_change(snapshots[record.id])
            changes.append(change)
        elif row.kind == "conflict":
            conflict = conflicts.get(row.conflict_id or "")
            if conflict is not None:
                changes.append(conflict_change(conflict))
        else:
            changes.append({"kind": row.kind, "client_id": row.client_id})
    return changes


def _load_records(session: Session, keys: Iterable[tuple[str | None, str | None]]) -> dict[tuple[str, str], Record]:
    by_entity: dict[str, list[str]] = {}
    for entity, record_id in keys:
        if entity is not None and record_id is not None:
            by_entity.setdefault(entity, []).append(record_id)
    found: dict[tuple[str, str], Record] = {}
    for entity, ids in by_entity.items():
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for record in session.scalars(select(Record).where(Record.entity == entity, Record.id.in_(chunk))):
                found[(record.entity, record.id)] = record
    return found


def record_change(record: Record) -> dict[str, Any]:
    return {"kind": "record", "entity": record.entity, "record_id": record.id, "client_id": record.client_id,
            "revision": record.revision, "data": record.data, "deleted": record.deleted}


def conflict_change(conflict: Conflict) -> dict[str, Any]:
    return {"kind": "conflict", "conflict_id": conflict.id, "entity": conflict.entity,
            "record_id": conflict.record_id, "client_id": conflict.client_id, "fields": conflict.fields,
            "device_author": conflict.device_author, "server_author": conflict.server_author,
            "created_at": conflict.created_at.isoformat(), "resolved": conflict.resolved,
            "resolved_at": conflict.resolved_at.isoformat() if conflict.resolved_at else None,
            "resolution": conflict.resolution}
