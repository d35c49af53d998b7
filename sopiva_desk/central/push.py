"""Push: each mutation merged into the server's records, its outcome stored by mutation id.

Order of checks per mutation (docs/sync-protocol.md "Push"): seen before → the stored outcome
with ``already_applied``; unknown entity; purged id or client; invalid paths or ids; outside
the user's scope; append-only rules; then the three-way group merge of ``protocol.merge``, and
a record it would make a second living holder of a natural key (``protocol.entities.NATURAL_KEYS``)
is refused.
Rejections for being out of scope are not stored: an assignment made later lets the same
mutation through on its next push. Every other outcome is stored and final.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, literal_column, select, text, tuple_
from sqlalchemy.orm import Session

from sopiva_desk.central import printing
from sopiva_desk.central.changes import emit_conflict, emit_record
from sopiva_desk.central.errors import ApiError
from sopiva_desk.central.models import Assignment, Conflict, Mutation, PurgeLedger, Record, User, new_id
from sopiva_desk.central.schemas import MutationIn
from sopiva_desk.protocol.entities import (
    ENTITIES,
    IMMUTABLE,
    NATURAL_KEYS,
    SERVER_OWNED,
    STAMPS,
    Entity,
    NaturalKey,
    apply_paths,
    is_deleted,
    paths_of,
)
from sopiva_desk.protocol.merge import merge_mutation, same_value


def payload_hash(raw: dict[str, Any]) -> str:
    canonical = json.dumps(raw, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def check_reuse(session: Session, raws: list[dict[str, Any]]) -> dict[str, Mutation]:
    """The stored mutations among these; 422 ``mutation_id_reused`` if any id came with another payload."""
    hashes: dict[str, str] = {}
    for raw in raws:
        mutation_id = str(raw["mutation_id"]).lower()
        digest = payload_hash(raw)
        if hashes.setdefault(mutation_id, digest) != digest:
            raise ApiError(422, "mutation_id_reused", "One mutation id came twice with different payloads.",
                           mutation_id=mutation_id)
    stored = {m.mutation_id: m for m in session.scalars(select(Mutation).where(Mutation.mutation_id.in_(hashes)))}
    for mutation_id, mutation in stored.items():
        if mutation.payload_hash != hashes[mutation_id]:
            raise ApiError(422, "mutation_id_reused", "This mutation id was pushed before with a different payload.",
                           mutation_id=mutation_id)
    return stored


class _Rejected(Exception):
    def __init__(self, reason: str, message: str, store: bool = True) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.store = store


class _Batch:
    """What one push needs from the database, read up front in a few queries (one per kind
    instead of several per mutation: a 500-mutation push is a handful of round trips)."""

    def __init__(self, session: Session, user: User, mutations: list[MutationIn]) -> None:
        keys = {(m.entity, str(m.record_id)) for m in mutations}
        client_ids = {str(m.client_id) for m in mutations if m.client_id is not None}
        parents = set()
        for m in mutations:
            spec = ENTITIES.get(m.entity)
            if spec is not None and spec.parent is not None and m.changed.get(spec.parent[0]) is not None:
                parents.add((spec.parent[1], str(m.changed[spec.parent[0]]).lower()))
        self.records: dict[tuple[str, str], Record] = {}
        # The records mutated are locked on PostgreSQL (in key order, so two pushes wait rather
        # than deadlock): two pushes of one record merge one after the other. Parents and
        # clients are only read, so pushes of different records of one client do not queue.
        self._load(session, sorted(keys), lock=True)
        self._load(session, sorted((parents | {("client", c) for c in client_ids}) - keys), lock=False)
        purge_keys = sorted(keys | {("client", c) for c in client_ids})
        self.purged: set[tuple[str, str]] = set()
        for start in range(0, len(purge_keys), 400):
            chunk = purge_keys[start:start + 400]
            rows = session.execute(select(PurgeLedger.entity, PurgeLedger.record_id).where(
                tuple_(PurgeLedger.entity, PurgeLedger.record_id).in_(chunk)))
            self.purged.update((entity, record_id) for entity, record_id in rows)
        self.assigned = set(session.scalars(select(Assignment.client_id).where(Assignment.user_id == user.id)))
        # An office print station may mark the jobs of its unit's clients printed.
        self.unit_clients = printing.unit_client_ids(session, user) \
            if any(m.entity == printing.PRINT_JOB for m in mutations) else set()
        resolves = sorted({str(c) for m in mutations for c in (m.resolves or ())})
        self.conflicts: dict[str, Conflict] = {}
        for start in range(0, len(resolves), 400):
            query = select(Conflict).where(Conflict.id.in_(resolves[start:start + 400])).order_by(Conflict.id)
            for conflict in session.scalars(query.with_for_update()):
                self.conflicts[conflict.id] = conflict

    def _load(self, session: Session, keys: list[tuple[str, str]], *, lock: bool) -> None:
        for start in range(0, len(keys), 400):
            query = select(Record).where(tuple_(Record.entity, Record.id).in_(keys[start:start + 400])) \
                .order_by(Record.entity, Record.id)
            for record in session.scalars(query.with_for_update() if lock else query):
                self.records[(record.entity, record.id)] = record


def push(session: Session, device_id: str, user: User, mutations: list[MutationIn],
         raws: list[dict[str, Any]], now: datetime) -> list[dict[str, Any]]:
    stored = check_reuse(session, raws)
    batch = _Batch(session, user, mutations)
    pairs = sorted(zip(mutations, raws, strict=True), key=lambda pair: pair[0].device_seq)
    outcomes: list[dict[str, Any]] = []
    done: dict[str, dict[str, Any]] = {}
    for mutation, raw in pairs:
        mutation_id = str(mutation.mutation_id)
        previous = stored[mutation_id].outcome if mutation_id in stored else done.get(mutation_id)
        if previous is not None:
            outcomes.append({**previous, "already_applied": True})
            continue
        try:
            outcome = _apply(session, batch, device_id, user, mutation, now)
            keep = True
        except _Rejected as rejected:
            record = batch.records.get((mutation.entity, str(mutation.record_id)))
            outcome = {"mutation_id": mutation_id, "device_seq": mutation.device_seq, "outcome": "rejected",
                       "revision": record.revision if record else 0, "reason": rejected.reason,
                       "message": rejected.message}
            keep = rejected.store
        if keep:
            session.add(Mutation(mutation_id=mutation_id, device_id=device_id, payload_hash=payload_hash(raw),
                                 outcome=outcome, received_at=now))
            done[mutation_id] = outcome
        outcomes.append(outcome)
    session.flush()
    return outcomes


def _validate(spec: Entity, mutation: MutationIn) -> None:
    record_id = str(mutation.record_id)
    for path in (*mutation.changed, *(mutation.base or {})):
        if not spec.is_known_path(path):
            raise _Rejected("invalid", f"{spec.name} has no field {path!r}")
    if "id" in mutation.changed and str(mutation.changed["id"]).lower() != record_id:
        raise _Rejected("invalid", "id differs from record_id")
    if mutation.client_id is None:
        raise _Rejected("invalid", "client_id is required")
    client_id = str(mutation.client_id)
    if spec.name == "client" and client_id != record_id:
        raise _Rejected("invalid", "a client's client_id is its own id")
    column = spec.client_column
    if column and column != "id" and column in mutation.changed and \
            str(mutation.changed[column]).lower() != client_id:
        raise _Rejected("invalid", f"{column} differs from the mutation's client_id")


def _apply(session: Session, batch: _Batch, device_id: str, user: User, mutation: MutationIn,
           now: datetime) -> dict[str, Any]:
    spec = ENTITIES.get(mutation.entity)
    if spec is None:
        raise _Rejected("unknown_entity", f"no entity {mutation.entity!r} syncs")
    record_id = str(mutation.record_id)
    client_id = str(mutation.client_id) if mutation.client_id else None
    if (spec.name, record_id) in batch.purged or (client_id and ("client", client_id) in batch.purged):
        raise _Rejected("purged", "This record was purged from the central records (its retention period ended, "
                                  "or the administrator removed it); the change is not kept, and the record never "
                                  "comes back.")
    _validate(spec, mutation)
    assert client_id is not None
    record = batch.records.get((spec.name, record_id))
    if record is not None and record.client_id != client_id:
        raise _Rejected("invalid", "the record belongs to another client")
    new_client = spec.name == "client" and record is None and mutation.op == "create"
    if not new_client and client_id not in batch.assigned and not _station_change(batch, spec, mutation, record):
        raise _Rejected("out_of_scope", "This client is not assigned to you.", store=False)
    _check_parent(batch, spec, mutation, client_id)
    resolving = _conflicts_resolved_by(batch, spec, mutation)

    base_rev, base = (0, {}) if mutation.op == "create" else (mutation.base_rev, mutation.base or {})
    if record is None and mutation.op == "update":
        raise _Rejected("invalid", "The server has no such record to update.")
    if spec.append_only and record is not None:
        if mutation.op == "update" or not _same_record(spec, record.data, mutation.changed):
            raise _Rejected("append_only", f"{spec.name} rows are never changed once written.")
    owned = SERVER_OWNED.get(spec.name, frozenset())
    changed = {path: value for path, value in mutation.changed.items() if path not in STAMPS and path not in owned}
    if record is not None:
        changed = {path: value for path, value in changed.items() if path not in IMMUTABLE}
    pinned: int | None = None
    if spec.name == printing.PRINT_JOB and record is None:
        # The job names the version the counsellor saw: the record as it is now, before any of
        # their later changes (which come after the job in device_seq order).
        pinned = printing.pin(session, record_id, client_id, changed.get("document_kind"), changed.get("record_id"))
        if pinned is None:
            raise _Rejected("invalid", "The record to print is not in the central records.")
    result = merge_mutation(spec, record.data if record else None, record.field_revs if record else {},
                            record.revision if record else 0, base_rev, changed, base)
    _check_natural_key(session, spec, record_id, record, result.applied)
    made_at = mutation.made_at.isoformat()
    server_author = {"user_id": record.updated_by, "user_name": record.updated_by_name,
                     "at": record.updated_at.isoformat()} if record is not None else {}
    if record is None:
        data = apply_paths(spec, {"id": record_id}, result.applied)
        data.update(created_at=made_at, created_by=user.id, updated_at=made_at, updated_by=user.id)
        if pinned is not None:
            data["record_revision"] = pinned
        record = Record(entity=spec.name, id=record_id, client_id=client_id, revision=1, data=data,
                        field_revs=dict.fromkeys(paths_of(spec, data), 1), deleted=is_deleted(data),
                        updated_at=now, updated_by=user.id, updated_by_name=user.name)
        session.add(record)
        batch.records[(spec.name, record_id)] = record
        if new_client:
            session.add(Assignment(client_id=client_id, user_id=user.id, assigned_at=now))
            batch.assigned.add(client_id)
        # The device has it as sent, unless the server added what only it writes (a pinned revision).
        emit_record(session, record, origin_device_id=device_id if pinned is None else None)
    elif result.applied:
        revision = record.revision + 1
        data = apply_paths(spec, record.data, result.applied)
        data.update(updated_at=made_at, updated_by=user.id)
        field_revs = dict(record.field_revs)
        field_revs.update(dict.fromkeys(result.applied, revision))
        record.data, record.field_revs, record.revision = data, field_revs, revision
        record.deleted = is_deleted(data)
        record.updated_at, record.updated_by, record.updated_by_name = now, user.id, user.name
        # Taken exactly as sent onto the revision the device had: the device's copy is the record.
        emit_record(session, record, origin_device_id=device_id if result.outcome == "applied" else None)
    outcome: dict[str, Any] = {"mutation_id": str(mutation.mutation_id), "device_seq": mutation.device_seq,
                               "outcome": result.outcome, "revision": record.revision}
    if result.conflict_fields:
        conflict = Conflict(
            id=new_id(), entity=spec.name, record_id=record_id, client_id=client_id,
            mutation_id=str(mutation.mutation_id), fields=result.conflict_fields,
            device_author={**mutation.author.model_dump(), "device_user_id": user.id, "device_id": device_id,
                           "made_at": made_at},
            server_author=server_author,
            created_at=now,
        )
        session.add(conflict)
        emit_conflict(session, conflict)
        if not result.applied:
            # The laptop still shows its own value, which the server did not take: send the record
            # as the server holds it, or the laptop would keep it (its value lives in the conflict).
            emit_record(session, record)
        outcome["conflict_id"] = conflict.id
    _mark_resolved(session, resolving, mutation, user, record, result.conflict_fields, outcome, now)
    return outcome


def _station_change(batch: _Batch, spec: Entity, mutation: MutationIn, record: Record | None) -> bool:
    """An office station marking a job of its unit printed (or taking it off the queue)."""
    return spec.name == printing.PRINT_JOB and record is not None and record.client_id in batch.unit_clients \
        and printing.station_may_change(mutation.changed)


def _conflicts_resolved_by(batch: _Batch, spec: Entity, mutation: MutationIn) -> list[Conflict]:
    """The conflicts a resolution names: each must be one of this record's, and the mutation must
    carry a value for every path of it (the whole group is decided at once)."""
    found = []
    for conflict_id in mutation.resolves or ():
        conflict = batch.conflicts.get(str(conflict_id))
        if conflict is None or conflict.entity != spec.name or conflict.record_id != str(mutation.record_id):
            raise _Rejected("invalid", f"conflict {conflict_id} is not one of this record's")
        if mutation.op != "update" or not set(conflict.fields) <= set(mutation.changed):
            raise _Rejected("invalid", "a resolution is an update carrying every path of the conflict")
        found.append(conflict)
    return found


def _mark_resolved(session: Session, conflicts: list[Conflict], mutation: MutationIn, user: User, record: Record,
                   new_conflict: dict[str, Any], outcome: dict[str, Any], now: datetime) -> None:
    """Resolve what the mutation names, and tell every device of the client's users (a ``conflict``
    change with ``resolved`` true), so other laptops drop it too. When the record moved on again
    meanwhile, the chosen values became a new conflict (never a silent overwrite): the old one is
    resolved as superseded by it, and the new one waits for a person."""
    current = paths_of(mutation.entity, record.data)
    for conflict in conflicts:
        if conflict.resolved:
            continue  # resolved first elsewhere; this update merged (or conflicted) like any other
        resolution: dict[str, Any] = {
            "values": {path: mutation.changed[path] for path in sorted(conflict.fields)},
            "by": {"user_id": user.id, "user_name": user.name}, "mutation_id": str(mutation.mutation_id)}
        if set(conflict.fields) & set(new_conflict):
            resolution["superseded_by"] = outcome["conflict_id"]
        else:
            resolution["values"] = {path: current.get(path) for path in sorted(conflict.fields)}
        conflict.resolved, conflict.resolved_at, conflict.resolved_by = True, now, user.id
        conflict.resolution = resolution
        emit_conflict(session, conflict)


def _check_natural_key(session: Session, spec: Entity, record_id: str, record: Record | None,
                       applied: dict[str, Any]) -> None:
    """Refuse a second living record with the same natural key (a client's identity code anywhere
    in the central records, a payment commitment's number within its budget): every laptop holding
    both would have to refuse one of them (its store keeps the key unique). The answer names no
    other record, since the one holding the key may be another counsellor's client."""
    key = NATURAL_KEYS.get(spec.name)
    if key is None or (record is not None and not set(applied) & {*key.columns, "deleted_at"}):
        return
    data = apply_paths(spec, record.data if record is not None else {"id": record_id}, applied)
    values = key.of(data)
    if values is None:
        return
    if session.get_bind().dialect.name == "postgresql":
        # Two pushes taking the same key at once wait for each other here, so the second sees the
        # first's record (SQLite runs one writer at a time anyway).
        digest = hashlib.sha256(json.dumps([spec.name, *values]).encode()).digest()
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                        {"key": int.from_bytes(digest[:8], "big", signed=True)})
    if session.scalar(key_holder_query(session.get_bind().dialect.name, key, values, record_id)) is not None:
        raise _Rejected(key.reason, _DUPLICATE_MESSAGES[key.reason])


def key_holder_query(dialect: str, key: NaturalKey, values: tuple[Any, ...], but: str) -> Select[tuple[str]]:
    """Another living record holding the key: literal entity and paths, as in the partial
    expression indexes of central migration 0006, so the database answers from them."""
    query = select(Record.id).where(Record.entity == literal_column(f"'{key.entity}'"), Record.deleted.is_(False),
                                    Record.id != but)
    for column, value in zip(key.columns, values, strict=True):
        query = query.where(_json_text(dialect, column) == str(value))
    return query.limit(1)


def _json_text(dialect: str, column: str) -> ColumnElement[str]:
    """A record's field as text, written as the natural-key indexes are (central migration 0006).
    ``column`` comes from ``NATURAL_KEYS``, never from a request."""
    if dialect == "postgresql":
        return literal_column(f"(record.data ->> '{column}')")
    return literal_column(f"json_extract(record.data, '$.{column}')")


_DUPLICATE_MESSAGES = {
    "duplicate_identity_code": "The identity code is already in the central records.",
    "duplicate_commitment_number": "The budget already has a payment commitment with this number in the central "
                                   "records.",
}


def _check_parent(batch: _Batch, spec: Entity, mutation: MutationIn, client_id: str) -> None:
    if spec.parent is None:
        return
    column, parent_entity = spec.parent
    parent_id = mutation.changed.get(column)
    if parent_id is None:
        return
    parent = batch.records.get((parent_entity, str(parent_id).lower()))
    if parent is not None and parent.client_id != client_id:
        raise _Rejected("invalid", f"{column} names a record of another client")


def _same_record(spec: Entity, data: dict[str, Any], changed: dict[str, Any]) -> bool:
    current = paths_of(spec, data)
    return all(same_value(current.get(path), value) for path, value in changed.items() if path not in STAMPS)
