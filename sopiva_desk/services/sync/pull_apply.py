"""Applying one pulled page to the local store (docs/sync-protocol.md, "Pull on the laptop").

The caller hands a session inside one transaction, with the change recorder in
``applying_pull`` mode; the page and its cursor commit together or not at all. Rules:

- a record with pending (or rejected) outbox rows is merged three-way: the paths those rows
  change keep the local value (the push applies them or the server records a conflict), every
  other path takes the server's (``protocol.merge.merge_pulled``);
- ``sync_record.server_rev`` becomes the pulled revision (the base of the next local change);
- history rows are append-only: inserted when absent, never changed;
- reference data is kept as pulled (``sync_reference``), each version its own row;
- conflicts are kept locally (``sync_conflict``) for the conflict screen; one resolved on the
  server (here or on another device) is marked resolved with its resolution; one resolved here
  and not yet sent stays resolved;
- ``evict`` deletes the client's rows only when none of them has pending or rejected outbox rows
  or a kept draft value; otherwise the client is marked (``sync_eviction``) and evicted by a
  later sync, after the push has emptied the outbox;
- ``enter`` (assigned again) removes the mark and puts the changes refused as out of scope back
  in the queue;
- a print job pulled by an office print station comes, while queued, with the snapshot of the
  records its document is made from: kept in ``print_snapshot`` (the station holds no other
  record of the client) and emptied once the job is printed or cancelled.
- changes of a case the counsellor purged from this device (``sync_purged``) are left out: one
  record of a case whose client is gone would break the page's foreign keys. An ``enter`` for it
  lifts the mark first, and the whole case the server then sends comes back.
- a record that would be a second living holder of a natural key this store keeps unique (an
  identity code, a commitment number in a budget: ``protocol.entities.NATURAL_KEYS``) is held
  aside in ``sync_held``, with every later change of its client while that client is not on this
  laptop (they need it); the rest of the page applies and the cursor moves on. Each page then
  applies what was held and fits now (the counsellor corrected or removed their own copy), a
  change older than the revision this laptop has is dropped, and the rest waits.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, Integer, String, Uuid, delete, func, inspect, select
from sqlalchemy.orm import Session

from sopiva_desk.protocol import entities as protocol_entities
from sopiva_desk.protocol.documents import client_name
from sopiva_desk.protocol.merge import merge_pulled
from sopiva_desk.protocol.wire import parse_datetime
from sopiva_desk.store.change_recorder import APPEND_ONLY, MODELS, RECORDED, SYNCED
from sopiva_desk.store.models import (
    Base,
    Client,
    DraftValue,
    PrintSnapshot,
    SyncConflict,
    SyncEviction,
    SyncHeld,
    SyncOutbox,
    SyncPurged,
    SyncRecord,
    SyncReference,
    UtcDateTime,
    utc_now,
)

# Parents before children, so a page's rows satisfy foreign keys in the order they are written.
_ORDER = {name: index for index, name in enumerate((*protocol_entities.SYNCED, *protocol_entities.HISTORY))}
# Children before parents, for deleting an evicted client's rows.
_EVICT_ORDER: tuple[type[Base], ...] = tuple(sorted(RECORDED, key=lambda m: -_ORDER.get(m.__tablename__, 0)))


@dataclass
class PageResult:
    records: int = 0
    history: int = 0
    references: int = 0
    conflicts: list[uuid.UUID] = field(default_factory=list)
    evicted: list[uuid.UUID] = field(default_factory=list)
    evictions_deferred: list[uuid.UUID] = field(default_factory=list)
    entered: list[uuid.UUID] = field(default_factory=list)
    released: int = 0  # held changes of earlier pages applied in this one


HELD_CLIENT = "held_client"  # a change held because its client's own record is held


@dataclass
class _Holding:
    """Clients whose own record is held and who are not on this laptop: their changes wait too."""

    clients: set[str] = field(default_factory=set)
    #: When each change being applied again was first held (by ``id`` of the change).
    held_at: dict[int, dt.datetime] = field(default_factory=dict)

    @classmethod
    def read(cls, session: Session) -> _Holding:
        held = {str(client) for client in session.scalars(select(SyncHeld.client_id).where(
            SyncHeld.kind == "record", SyncHeld.entity == "client", SyncHeld.reason != HELD_CLIENT))
            if client is not None}
        here = {str(client) for client in session.scalars(select(Client.id).where(
            Client.id.in_([uuid.UUID(c) for c in held])))} if held else set()
        return cls(held - here)

    def holds(self, change: dict[str, Any]) -> bool:
        client = change.get("client_id")
        return bool(client) and str(uuid.UUID(client)) in self.clients


class PageInvalid(ValueError):
    """A pulled change this app cannot read: the central records sent something malformed.
    The message names where (entity, column, key), never a value: it goes to the log."""


def _decoder(name: str, kind: Any) -> Callable[[Any], Any]:
    """How one column's wire value becomes the value the model holds; ``PageInvalid`` for a
    value of the wrong kind (``None`` passes: the store's NOT NULL constraints judge it)."""
    if isinstance(kind, UtcDateTime):
        parse: Callable[[Any], Any] = parse_datetime
        python: tuple[type, ...] = (dt.datetime,)
    elif isinstance(kind, Uuid):
        parse, python = uuid.UUID, (uuid.UUID,)
    elif isinstance(kind, Date):
        parse, python = dt.date.fromisoformat, (dt.date,)
    elif isinstance(kind, Boolean):
        return _typed(name, (bool,))
    elif isinstance(kind, Integer):
        return _typed(name, (int,))
    elif isinstance(kind, String):
        return _typed(name, (str,))
    else:
        return lambda value: value  # JSON and the like: the record's own rules read it

    def decode(value: Any) -> Any:
        if value is None or isinstance(value, python):
            return value
        if not isinstance(value, str):
            raise PageInvalid(f"{name}: not text")
        try:
            return parse(value)
        except ValueError:
            raise PageInvalid(f"{name}: not a valid {type(kind).__name__}") from None

    return decode


def _typed(name: str, kinds: tuple[type, ...]) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if value is not None and not isinstance(value, kinds):
            raise PageInvalid(f"{name}: not a {kinds[0].__name__}")
        return value

    return check


@cache
def _decoders(model: type[Base]) -> dict[str, Callable[[Any], Any]]:
    """Per column, how its wire value becomes the value the model holds."""
    decoders = {attr.key: _decoder(f"{model.__tablename__}.{attr.key}", attr.columns[0].type)
                for attr in inspect(model).column_attrs}
    decoders.pop("revision", None)  # the local revision is the store's own optimistic lock
    return decoders


def decode_record(model: type[Base], data: dict[str, Any]) -> dict[str, Any]:
    """The pulled ``data`` as model values; columns this version does not have are left out.
    ``PageInvalid`` if a value is not of its column's kind."""
    if not isinstance(data, dict):
        raise PageInvalid(f"{model.__tablename__}: data is not an object")
    decoders = _decoders(model)
    return {name: decoders[name](value) for name, value in data.items() if name in decoders}


def local_values(record: Base) -> dict[str, Any]:
    return {name: getattr(record, name) for name in _decoders(type(record))}


@dataclass
class _Loaded:
    """What the store already holds of a page's records, loaded in a few queries, not one per row."""

    records: dict[tuple[str, uuid.UUID], Base] = field(default_factory=dict)
    known: dict[tuple[str, uuid.UUID], SyncRecord] = field(default_factory=dict)
    pending: dict[tuple[str, uuid.UUID], set[str]] = field(default_factory=dict)


def _chunks(ids: list[uuid.UUID], size: int = 500) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _load(session: Session, keys: Iterable[tuple[str, uuid.UUID]]) -> _Loaded:
    loaded = _Loaded()
    by_entity: dict[str, list[uuid.UUID]] = {}
    for entity, record_id in keys:
        by_entity.setdefault(entity, []).append(record_id)
    for entity, ids in by_entity.items():
        model = MODELS.get(entity)
        for chunk in _chunks(ids):
            if model is not None:
                for record in session.scalars(select(model).where(model.id.in_(chunk))):  # type: ignore[attr-defined]
                    loaded.records[(entity, record.id)] = record  # type: ignore[attr-defined]
            for known in session.scalars(select(SyncRecord).where(SyncRecord.entity == entity,
                                                                  SyncRecord.record_id.in_(chunk))):
                loaded.known[(entity, known.record_id)] = known
            for record_id, changed in session.execute(select(SyncOutbox.record_id, SyncOutbox.changed).where(
                    SyncOutbox.entity == entity, SyncOutbox.record_id.in_(chunk))):
                loaded.pending.setdefault((entity, record_id), set()).update(changed)
    return loaded


def apply_page(session: Session, changes: Iterable[dict[str, Any]]) -> PageResult:
    """Apply one page in the change log's order where order matters: an ``evict`` or ``enter``
    acts on what came before it, never on records re-sent after it (a client unassigned and
    assigned again while the laptop was away comes back); between two of them the records go
    in a few bulk reads."""
    result = PageResult()
    changes = [_checked(change) for change in changes]
    entered = {c.get("client_id") for c in changes if c.get("kind") == "enter"}
    if entered:  # the whole case is sent again: purged cases come back from this page on
        session.execute(delete(SyncPurged).where(SyncPurged.client_id.in_([uuid.UUID(c) for c in entered if c])))
    purged = {str(client_id) for client_id in session.scalars(select(SyncPurged.client_id))}
    if purged:
        changes = [c for c in changes if not _of_purged(c, purged)]
    holding = _Holding.read(session)
    run: list[dict[str, Any]] = []
    for change in changes:
        if change.get("kind") in ("evict", "enter"):
            _apply_run(session, run, result, holding)
            run = []
            _apply_scope(session, change, result)
            holding = _Holding.read(session)  # an evict drops what was held of its client
        else:
            run.append(change)
    _apply_run(session, run, result, holding)
    _release_held(session, result)
    return result


_UUID_KEYS = {"record": ("record_id",), "conflict": ("conflict_id", "record_id"), "evict": ("client_id",),
              "enter": ("client_id",)}


def _checked(change: Any) -> dict[str, Any]:
    """``change`` if it has the shape its kind needs (``PageInvalid`` otherwise); a kind this
    version does not know passes untouched and is ignored, as a newer server may send one."""
    if not isinstance(change, dict):
        raise PageInvalid("a change is not an object")
    kind = change.get("kind")
    if not isinstance(kind, str) or kind not in _UUID_KEYS:
        return change
    for key in _UUID_KEYS[kind]:
        _uuid(change.get(key), f"{kind}.{key}")
    if kind in ("record", "conflict"):
        if change.get("client_id") is not None:
            _uuid(change["client_id"], f"{kind}.client_id")
        if not isinstance(change.get("entity"), str):
            raise PageInvalid(f"{kind}.entity: not text")
    if kind == "record":
        revision = change.get("revision")
        if not isinstance(revision, int) or isinstance(revision, bool) or revision < 0:
            raise PageInvalid("record.revision: not a revision number")
        if not isinstance(change.get("data"), dict):
            raise PageInvalid("record.data: not an object")
        snapshot = change.get("snapshot")
        if isinstance(snapshot, dict):
            _uuid(snapshot.get("record_id"), "record.snapshot.record_id")
            if not isinstance(snapshot.get("records") or [], list) or not isinstance(snapshot.get("revision", 0), int):
                raise PageInvalid("record.snapshot: records or revision malformed")
    if kind == "conflict":
        for key, kinds in (("fields", dict), ("resolution", dict), ("created_at", str), ("resolved_at", str)):
            if change.get(key) is not None and not isinstance(change[key], kinds):
                raise PageInvalid(f"conflict.{key}: malformed")
        for key in ("created_at", "resolved_at"):
            if change.get(key):
                try:
                    parse_datetime(change[key])
                except ValueError:
                    raise PageInvalid(f"conflict.{key}: not a time with its UTC offset") from None
    return change


def _uuid(value: Any, where: str) -> None:
    try:
        uuid.UUID(value)
    except (TypeError, ValueError, AttributeError):
        raise PageInvalid(f"{where}: not a UUID") from None


def _apply_run(session: Session, changes: list[dict[str, Any]], result: PageResult, holding: _Holding) -> None:
    """Records and conflicts with no scope change among them."""
    records = [c for c in changes if c.get("kind") == "record"]
    # The latest revision of a record wins if it comes twice; parents are written first.
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for change in records:
        key = (change["entity"], change["record_id"])
        if key not in latest or change["revision"] >= latest[key]["revision"]:
            latest[key] = change
    with session.no_autoflush:  # one flush at commit, not one per row looked up
        loaded = _load(session, ((entity, uuid.UUID(record_id)) for entity, record_id in latest))
        for change in sorted(latest.values(), key=lambda c: _ORDER.get(c["entity"], len(_ORDER))):
            if holding.holds(change):
                _hold(session, change, HELD_CLIENT, holding)
            else:
                _apply_record(session, change, result, loaded, holding)
    for change in changes:
        if change.get("kind") == "conflict":
            if holding.holds(change):
                _hold(session, change, HELD_CLIENT, holding)
            else:
                _keep_conflict(session, change, result)


def _apply_scope(session: Session, change: dict[str, Any], result: PageResult) -> None:
    client_id = uuid.UUID(change["client_id"])
    if change["kind"] == "evict":
        _evict_or_mark(session, client_id, result)
        return
    session.execute(delete(SyncEviction).where(SyncEviction.client_id == client_id))
    _retry_out_of_scope(session, client_id)
    result.entered.append(client_id)


def _of_purged(change: dict[str, Any], purged: set[str]) -> bool:
    """A record or conflict of a case purged from this device (``evict``/``enter`` always apply)."""
    client = change.get("client_id")
    return change.get("kind") in ("record", "conflict") and bool(client) and str(uuid.UUID(client)) in purged


def _apply_record(session: Session, change: dict[str, Any], result: PageResult, loaded: _Loaded,
                  holding: _Holding) -> None:
    entity = change["entity"]
    record_id = uuid.UUID(change["record_id"])
    client_id = uuid.UUID(change["client_id"]) if change.get("client_id") else None
    if entity == protocol_entities.REFERENCE:
        _keep_reference(session, record_id, change["data"], change["revision"])
        result.references += 1
        return
    model = MODELS.get(entity)
    if model is None:
        return  # an entity this version does not know: a newer server; the next app version takes it
    incoming = decode_record(model, change["data"])
    incoming["id"] = record_id
    record = loaded.records.get((entity, record_id))
    if model in APPEND_ONLY:
        if record is None:
            session.add(model(**incoming))
            result.history += 1
    else:
        keep = loaded.pending.get((entity, record_id))
        values = merge_pulled(entity, local_values(record), incoming, keep) if record is not None and keep \
            else incoming
        taken = _key_taken(session, model, entity, record_id, values)
        if taken is not None:
            _hold(session, change, taken, holding)
            if entity == "client" and record is None and client_id is not None:
                holding.clients.add(str(client_id))  # its records need it: they wait with it
            return
        if record is None:
            session.add(model(**incoming))
        else:
            for name, value in values.items():
                if name != "id" and getattr(record, name) != value:
                    setattr(record, name, value)
        result.records += 1
        if entity == "print_job":
            _keep_print_snapshot(session, record_id, client_id, change)
    known = loaded.known.get((entity, record_id))
    if known is None:
        known = SyncRecord(entity=entity, record_id=record_id, server_rev=change["revision"], client_id=client_id)
        session.add(known)
        loaded.known[(entity, record_id)] = known
    else:
        known.server_rev = max(known.server_rev, change["revision"])
        known.client_id = client_id


def _key_taken(session: Session, model: type[Base], entity: str, record_id: uuid.UUID,
               values: dict[str, Any]) -> str | None:
    """The natural key's reason when another living record here holds the key ``values`` would
    take (the store's unique index would refuse the row, and with it the whole page)."""
    key = protocol_entities.NATURAL_KEYS.get(entity)
    wanted = key.of(values) if key is not None else None
    if key is None or wanted is None:
        return None
    session.flush()  # the page's earlier rows count: one of them may hold the key now
    query = select(model.id).where(model.deleted_at.is_(None), model.id != record_id)  # type: ignore[attr-defined]
    for column, value in zip(key.columns, wanted, strict=True):
        query = query.where(getattr(model, column) == value)
    return key.reason if session.scalar(query.limit(1)) is not None else None


def _hold(session: Session, change: dict[str, Any], reason: str, holding: _Holding) -> None:
    """Keep a pulled change aside; of one record only its newest revision is kept."""
    kind, entity = change["kind"], change["entity"]
    record_id = uuid.UUID(change["record_id"])
    revision = change.get("revision", 0) if kind == "record" else 0
    if kind == "record":
        for older in session.scalars(select(SyncHeld).where(
                SyncHeld.kind == "record", SyncHeld.entity == entity, SyncHeld.record_id == record_id)):
            if older.revision > revision:
                return
            session.delete(older)
    session.add(SyncHeld(kind=kind, entity=entity, record_id=record_id, revision=revision, change=change,
                         client_id=uuid.UUID(change["client_id"]) if change.get("client_id") else None,
                         reason=reason, held_at=holding.held_at.get(id(change)) or utc_now()))


def _release_held(session: Session, result: PageResult) -> None:
    """Apply what was held and fits now; the rest is held again, and a record change older than
    the revision this laptop has since pulled is dropped (the newer one holds everything)."""
    rows = list(session.scalars(select(SyncHeld).order_by(SyncHeld.id)))
    if not rows:
        return
    known = {(k.entity, k.record_id): k.server_rev for k in session.scalars(select(SyncRecord).where(
        SyncRecord.record_id.in_({row.record_id for row in rows})))}
    changes, again = [], _Holding()
    for row in rows:
        session.delete(row)
        if row.kind != "record" or known.get((row.entity, row.record_id), -1) < row.revision:
            changes.append(row.change)
            again.held_at[id(row.change)] = row.held_at
    session.flush()
    _apply_run(session, changes, result, again)
    session.flush()
    still = session.scalar(select(func.count()).select_from(SyncHeld)) or 0
    result.released += max(0, len(changes) - still)


def _keep_print_snapshot(session: Session, job_id: uuid.UUID, client_id: uuid.UUID | None,
                         change: dict[str, Any]) -> None:
    row = session.get(PrintSnapshot, job_id)
    snapshot = change.get("snapshot")
    if change["data"].get("status") == "queued" and isinstance(snapshot, dict) and client_id is not None:
        records = list(snapshot.get("records") or [])
        if row is None:
            row = PrintSnapshot(job_id=job_id, client_id=client_id)
            session.add(row)
        row.client_name, row.entity = client_name(records), str(snapshot.get("entity", ""))
        row.record_id, row.revision = uuid.UUID(snapshot["record_id"]), int(snapshot.get("revision", 0))
        row.records, row.received_at = records, utc_now()
    elif row is not None and change["data"].get("status") != "queued":
        row.records = None  # printed or cancelled: the station needs the document's data no more


def _retry_out_of_scope(session: Session, client_id: uuid.UUID) -> None:
    """The client is assigned again: changes refused as out of scope go with the next push (the
    server does not store that refusal, so the same mutation id goes through now)."""
    for row in session.scalars(select(SyncOutbox).where(SyncOutbox.client_id == client_id,
                                                        SyncOutbox.state == "rejected")):
        if (row.outcome or {}).get("reason") == "out_of_scope":
            row.state, row.outcome = "pending", None


def _keep_reference(session: Session, record_id: uuid.UUID, data: dict[str, Any], revision: int) -> None:
    version = data.get("version", 0)
    if not isinstance(version, int) or isinstance(version, bool):
        raise PageInvalid("reference.version: not a number")
    row = session.get(SyncReference, record_id)
    if row is None:
        session.add(SyncReference(id=record_id, kind=str(data.get("kind", "")), name=str(data.get("name", "")),
                                  version=version, body=data.get("body"), revision=revision))
    elif revision > row.revision:  # versions never change; a repeat of the same revision is a no-op
        row.body, row.revision = data.get("body"), revision


def _keep_conflict(session: Session, change: dict[str, Any], result: PageResult) -> None:
    conflict_id = uuid.UUID(change["conflict_id"])
    row = session.get(SyncConflict, conflict_id)
    if row is None:
        created = change.get("created_at")
        row = SyncConflict(
            id=conflict_id, entity=change["entity"], record_id=uuid.UUID(change["record_id"]),
            client_id=uuid.UUID(change["client_id"]) if change.get("client_id") else None,
            fields=change.get("fields") or {}, device_author=change.get("device_author"),
            server_author=change.get("server_author"),
            created_at=parse_datetime(created) if created else utc_now(), resolved=False, received_at=utc_now(),
        )
        session.add(row)
        if not change.get("resolved"):
            result.conflicts.append(conflict_id)
    if change.get("resolved"):
        resolved_at = change.get("resolved_at")
        row.resolved = True
        row.resolved_at = parse_datetime(resolved_at) if resolved_at else row.resolved_at or utc_now()
        row.resolution = {**(row.resolution or {}), **(change.get("resolution") or {})}
    elif row.resolution is None:
        # Resolved here and not yet on the server (the resolution is in the outbox): stays resolved.
        row.resolved = False


def client_record_ids(session: Session, client_id: uuid.UUID) -> list[tuple[type[Base], uuid.UUID]]:
    """Every local record of the client, found through ``sync_record`` and the tables' own columns."""
    found: dict[tuple[str, uuid.UUID], type[Base]] = {}
    for entity, record_id in session.execute(
            select(SyncRecord.entity, SyncRecord.record_id).where(SyncRecord.client_id == client_id)):
        if entity in MODELS:
            found[(entity, record_id)] = MODELS[entity]
    found[("client", client_id)] = Client
    for model in SYNCED:
        column = getattr(model, "client_id", None)
        if column is not None:
            for record_id in session.scalars(select(model.id).where(column == client_id)):  # type: ignore[attr-defined]
                found[(model.__tablename__, record_id)] = model
    # Children found through a parent (budget lines, history rows).
    for model in RECORDED:
        spec = protocol_entities.ENTITIES.get(model.__tablename__)
        if spec is None or spec.parent is None:
            continue
        column, parent_entity = spec.parent
        parent_ids = [rid for (entity, rid) in found if entity == parent_entity]
        if parent_ids:
            for record_id in session.scalars(select(model.id).where(getattr(model, column).in_(parent_ids))):  # type: ignore[attr-defined]
                found[(model.__tablename__, record_id)] = model
    return [(model, record_id) for (_, record_id), model in found.items()]


def has_unsent_work(session: Session, client_id: uuid.UUID) -> bool:
    """Outbox rows (pending or rejected) or kept draft values on any of the client's records."""
    if session.scalar(select(func.count()).select_from(SyncOutbox).where(SyncOutbox.client_id == client_id)):
        return True
    ids = [str(record_id) for _, record_id in client_record_ids(session, client_id)]
    for start in range(0, len(ids), 500):
        if session.scalar(select(func.count()).select_from(DraftValue).where(
                DraftValue.record_id.in_(ids[start:start + 500]))):
            return True
    return False


def _evict_or_mark(session: Session, client_id: uuid.UUID, result: PageResult) -> None:
    if has_unsent_work(session, client_id):
        if session.get(SyncEviction, client_id) is None:
            session.add(SyncEviction(client_id=client_id, requested_at=utc_now()))
        result.evictions_deferred.append(client_id)
        return
    evict(session, client_id)
    result.evicted.append(client_id)


def evict(session: Session, client_id: uuid.UUID) -> None:
    """Delete every local row of the client (only ever called when nothing of it is unsent)."""
    records = client_record_ids(session, client_id)
    by_model: dict[type[Base], list[uuid.UUID]] = {}
    for model, record_id in records:
        by_model.setdefault(model, []).append(record_id)
    session.flush()
    for model in _EVICT_ORDER:
        ids = by_model.get(model, [])
        for start in range(0, len(ids), 500):
            session.execute(delete(model).where(model.id.in_(ids[start:start + 500])))  # type: ignore[attr-defined]
    session.execute(delete(SyncRecord).where(SyncRecord.client_id == client_id))
    session.execute(delete(SyncConflict).where(SyncConflict.client_id == client_id))
    session.execute(delete(PrintSnapshot).where(PrintSnapshot.client_id == client_id))
    session.execute(delete(SyncEviction).where(SyncEviction.client_id == client_id))
    session.execute(delete(SyncHeld).where(SyncHeld.client_id == client_id))


def evict_marked(session: Session) -> list[uuid.UUID]:
    """Evict the marked clients whose unsent work has since been sent."""
    done = []
    for client_id in list(session.scalars(select(SyncEviction.client_id))):
        if not has_unsent_work(session, client_id):
            evict(session, client_id)
            done.append(client_id)
    return done
