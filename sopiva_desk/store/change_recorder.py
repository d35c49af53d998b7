"""The one write path for synchronised records (docs/sync-protocol.md, "One write path").

Every service change of a synchronised record goes through a ``ChangeRecorder`` for its
session: ``create``, ``update``, ``change`` (one field's history), ``history`` and ``delete``.
The recorder stamps who and when, writes the record's field history where it keeps one, writes
the access-log entry, and, when the session flushes, appends one outbox mutation per changed
record (mutation id, device sequence number, entity, record id, base revision, the changed
paths' new values and their values at the base), in the same transaction as the change.

A write the recorder was not told about cannot happen: the flush refuses any new, changed or
deleted row of a synchronised or history table that no recorder announced, and bulk
INSERT/UPDATE/DELETE statements on those tables are refused outright. The one other writer is
the sync engine applying what it pulled (``applying_pull``): those changes come from the
server and must not go back to it as mutations.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session

from sopiva_desk.protocol.entities import ENTITIES, group_closure, paths_of
from sopiva_desk.protocol.wire import encode_value
from sopiva_desk.store.models import (
    Assessment,
    AssessmentChange,
    Base,
    BudgetCommitment,
    BudgetUse,
    Client,
    ClientPlan,
    ClientPlanChange,
    ClosePerson,
    DecisionSession,
    DecisionSessionChange,
    Disclosure,
    PersonalBudget,
    PersonalBudgetChange,
    PlanReview,
    PlanReviewChange,
    PrintJob,
    SyncOutbox,
    SyncRecord,
    Visit,
    utc_now,
)
from sopiva_desk.store.repositories import access_log

# Records that change and merge field by field.
SYNCED: tuple[type[Base], ...] = (
    Client, ClosePerson, Visit, Assessment, DecisionSession, ClientPlan, PersonalBudget, BudgetCommitment,
    BudgetUse, PlanReview, PrintJob, Disclosure,
)
# Field history: written once, never changed; synchronised as creates.
HISTORY: dict[type[Base], tuple[type[Base], str]] = {
    Assessment: (AssessmentChange, "assessment_id"),
    DecisionSession: (DecisionSessionChange, "session_id"),
    ClientPlan: (ClientPlanChange, "plan_id"),
    PersonalBudget: (PersonalBudgetChange, "budget_id"),
    PlanReview: (PlanReviewChange, "review_id"),
}
APPEND_ONLY: tuple[type[Base], ...] = tuple(table for table, _ in HISTORY.values())
RECORDED: tuple[type[Base], ...] = SYNCED + APPEND_ONLY
MODELS: dict[str, type[Base]] = {model.__tablename__: model for model in RECORDED}
RECORDED_TABLES = frozenset(MODELS)
# Stamps the server sets from the mutation's author and time; never merged.
_STAMPS = frozenset({"revision", "updated_at", "updated_by"})

_ANNOUNCED = "change_recorder.announced"
_APPLYING_PULL = "change_recorder.applying_pull"
_AUTHOR = "change_recorder.author"
_PENDING = "change_recorder.pending"
_RESOLVING = "change_recorder.resolving"


class Author(Protocol):
    user_id: str
    user_name: str
    purpose: str  # why the data is handled now (protocol/access_chain.py PURPOSES)


class UnrecordedWrite(RuntimeError):
    """A synchronised record was written around the change recorder (a bug, never user input)."""


class ChangeRecorder:
    """Stamps, history, access log and outbox for the changes of one transaction."""

    def __init__(self, session: Session, author: Author) -> None:
        self._session = session
        self._author = author
        session.info.setdefault(_ANNOUNCED, set())
        session.info[_AUTHOR] = (author.user_id, author.user_name)

    def _announce(self, record: Base) -> None:
        self._session.info[_ANNOUNCED].add(id(record))

    def _stamp(self, record: Any) -> None:
        record.updated_at = utc_now()
        record.updated_by = self._author.user_id

    def _log(self, action: str, record: Any, fields: Iterable[str]) -> None:
        access_log.record(self._session, user_id=self._author.user_id, user_name=self._author.user_name,
                          purpose=self._author.purpose, action=action, record_type=record.__tablename__,
                          client_id=client_of(self._session, record), record_id=record.id, fields=fields)

    # -- what services call -------------------------------------------------------------------

    def create(self, record: Any, fields: Iterable[str] = (), *, log: bool = True) -> Any:
        """Add a new record, stamped as created now by the author, with its access-log entry
        (``log=False`` where the caller logs the change on the record it belongs to)."""
        now = utc_now()
        _fill_defaults(record)
        record.created_at = record.created_at or now
        record.created_by = record.created_by or self._author.user_id
        record.updated_at, record.updated_by = now, self._author.user_id
        self._announce(record)
        self._session.add(record)
        if log:
            self._log("create", record, fields)
        return record

    def update(self, record: Any, fields: Iterable[str] = (), *, log: bool = True) -> None:
        """The record's fields ``fields`` have been (or are about to be) set: stamp and log it."""
        self._announce(record)
        self._stamp(record)
        if log:
            self._log("update", record, fields)

    def history(self, record: Any, key: str, old: Any, new: Any, reason: str | None = None) -> None:
        """One row of the record's field history (old → new), without an access-log entry."""
        table, column = HISTORY[type(record)]
        row = table(id=uuid.uuid4(), field_key=key, old_value=old, new_value=new, changed_at=utc_now(),
                    changed_by=self._author.user_id, changed_by_name=self._author.user_name,
                    reason=reason if reason is not None else getattr(record, "amend_reason", "") or "")
        setattr(row, column, record.id)
        self._announce(row)
        self._session.add(row)
        self._announce(record)
        self._stamp(record)

    def change(self, record: Any, key: str, old: Any, new: Any, reason: str | None = None) -> None:
        """One field's change: history (where the record keeps one), stamp and access log."""
        if type(record) in HISTORY:
            self.history(record, key, old, new, reason)
        self.update(record, (key,))

    def resolve(self, record: Any, conflict_id: uuid.UUID, paths: Iterable[str]) -> None:
        """The record's values of ``paths`` (set before or after this call, in this transaction)
        are a person's decision on a sync conflict: its outbox mutation carries every one of them,
        also those left as they were, and names the conflict it resolves; access-logged."""
        paths = sorted(paths)
        self._announce(record)
        self._stamp(record)
        resolving = self._session.info.setdefault(_RESOLVING, {})
        entry = resolving.setdefault((record.__tablename__, record.id), {"record": record, "paths": set(),
                                                                          "conflicts": []})
        entry["paths"].update(paths)
        entry["conflicts"].append(str(conflict_id))
        # The log names fields as the rest of it does: an answer or plan part by its own key.
        object_columns = ENTITIES[record.__tablename__].object_columns
        self._log("resolve_conflict", record, sorted({
            key if sep and column in object_columns else path
            for path in paths for column, sep, key in (path.partition("/"),)}))

    def delete(self, record: Any, fields: Iterable[str] = (), *, log: bool = True) -> None:
        """Tombstone the record (never a hard delete: the deletion syncs)."""
        now = utc_now()
        self._announce(record)
        record.deleted_at, record.deleted_by = now, self._author.user_id
        record.updated_at, record.updated_by = now, self._author.user_id
        if log:
            self._log("delete", record, fields)


@contextmanager
def applying_pull(session: Session) -> Iterator[Session]:
    """Write what the server sent: no outbox rows, no announcements needed."""
    session.info[_APPLYING_PULL] = True
    try:
        yield session
    finally:
        session.info.pop(_APPLYING_PULL, None)


def client_of(session: Session, record: Any) -> uuid.UUID | None:
    """The client whose data the record is: its own column, or its parent's (``protocol.entities``)."""
    spec = ENTITIES[record.__tablename__]
    if spec.client_column is not None:
        return getattr(record, spec.client_column)
    if spec.parent is None:
        return None
    column, parent_entity = spec.parent
    found = session.get(MODELS[parent_entity], getattr(record, column))
    return None if found is None else client_of(session, found)


def _paths(table: str, column: str, value: Any) -> dict[str, Any]:
    """One column's value as wire paths (object columns one level down, ``answers/<key>``)."""
    return paths_of(table, {column: encode_value(value)})


def _snapshot(record: Any) -> dict[str, Any]:
    """Every column of a record as wire paths (a create's ``changed``)."""
    values: dict[str, Any] = {}
    for attr in inspect(record).mapper.column_attrs:
        if attr.key not in _STAMPS:
            values.update(_paths(record.__tablename__, attr.key, getattr(record, attr.key)))
    return values


_ABSENT = object()


def _flushed_changes(record: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """The paths this flush changes on an existing record: (new values, values before)."""
    state = inspect(record)
    table = record.__tablename__
    changed: dict[str, Any] = {}
    base: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _STAMPS:
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new_paths, old_paths = _paths(table, attr.key, getattr(record, attr.key)), _paths(table, attr.key, old)
        if attr.key not in ENTITIES[table].object_columns:
            changed.update(new_paths)
            base.update(old_paths)
            continue
        for path in sorted(new_paths.keys() | old_paths.keys()):
            if new_paths.get(path, _ABSENT) != old_paths.get(path, _ABSENT):
                changed[path], base[path] = new_paths.get(path), old_paths.get(path)
    return changed, base


@event.listens_for(Session, "before_flush")
def _collect_changes(session: Session, flush_context: Any, instances: Any) -> None:
    """Note what this flush writes to recorded tables. The outbox rows are made at commit
    (``_write_outbox``), one per record per transaction, once every write has been announced:
    a query may autoflush before the service has told the recorder, so the check waits too."""
    if session.info.get(_APPLYING_PULL):
        return
    for obj in session.deleted:
        if isinstance(obj, RECORDED):
            raise UnrecordedWrite(f"{obj.__tablename__} rows are tombstoned, never deleted")
    pending: dict[tuple[str, Any], dict[str, Any]] = session.info.setdefault(_PENDING, {})
    announced = session.info.get(_ANNOUNCED, set())
    for obj in session.new:
        if isinstance(obj, RECORDED):
            if id(obj) not in announced:  # ``ChangeRecorder.create`` announces before adding
                raise UnrecordedWrite(f"{obj.__tablename__} row added without the change recorder")
            pending.setdefault((obj.__tablename__, obj.id), {"record": obj, "op": "create"})
    for obj in session.dirty:
        if not isinstance(obj, RECORDED) or not session.is_modified(obj):
            continue
        entry = pending.setdefault((obj.__tablename__, obj.id),
                                   {"record": obj, "op": "update", "changed": {}, "base": {}})
        if entry["op"] == "create":
            continue  # a create sends the record as it is at commit
        changed, base = _flushed_changes(obj)
        entry["changed"].update(changed)
        for path, value in base.items():
            entry["base"].setdefault(path, value)  # the value before the transaction's first change


# Parents before their children, so the server knows a new client before its records.
_ORDER = {model.__tablename__: rank for rank, model in enumerate(RECORDED)}


@event.listens_for(Session, "before_commit")
def _write_outbox(session: Session) -> None:
    if session.info.get(_APPLYING_PULL):
        session.info.pop(_PENDING, None)
        session.info.pop(_RESOLVING, None)
        return
    session.flush()  # collect what is still unflushed
    pending = session.info.pop(_PENDING, {})
    resolving = session.info.pop(_RESOLVING, {})
    for key, resolution in resolving.items():  # choosing the server's values changes no column
        pending.setdefault(key, {"record": resolution["record"], "op": "update", "changed": {}, "base": {}})
    if not pending:
        return
    announced = session.info.get(_ANNOUNCED, set())
    for (table, record_id), entry in pending.items():
        if id(entry["record"]) not in announced:
            raise UnrecordedWrite(f"{table} {record_id} written without the change recorder")
    author_id, author_name = session.info[_AUTHOR]
    now = utc_now()
    for (table, record_id), entry in sorted(pending.items(), key=lambda item: _ORDER[item[0][0]]):
        record = entry["record"]
        if entry["op"] == "create":
            changed, base, base_rev = _snapshot(record), {}, 0
        else:
            changed, base = entry["changed"], entry["base"]
            resolution = resolving.get((table, record_id))
            if resolution is not None:
                # A resolution sends the chosen value of every path of the conflict's group, those
                # left as they were too: the server needs them all to decide the whole group.
                current = _snapshot(record)
                for path in resolution["paths"]:
                    changed[path] = current.get(path)
                    base.setdefault(path, current.get(path))
            if not changed:
                continue
            # Paths that conflict together (an address, a period) all carry their base, so the
            # server can tell an untouched member of the group from one the laptop blanked.
            current = _snapshot(record)
            for path in group_closure(table, changed) - changed.keys():
                base[path] = current.get(path)
            known = session.get(SyncRecord, (table, record_id))
            base_rev = known.server_rev if known is not None else 0
        session.add(SyncOutbox(
            mutation_id=uuid.uuid4(), entity=table, record_id=record_id, client_id=client_of(session, record),
            op=entry["op"], base_rev=base_rev, changed=changed, base=base, author_id=author_id,
            author_name=author_name, made_at=now, state="pending",
            resolves=resolving[(table, record_id)]["conflicts"] if (table, record_id) in resolving else None,
        ))


def _fill_defaults(record: Any) -> None:
    """Give every unset column its Python-side default now, so a create's mutation carries the
    values the row will have (SQLAlchemy would only fill them in during the flush)."""
    state = inspect(record)
    for attr in state.mapper.column_attrs:
        if attr.key in state.dict:
            continue
        default = attr.columns[0].default
        if default is None:
            continue
        if default.is_scalar:
            setattr(record, attr.key, default.arg)
        elif default.is_callable:
            setattr(record, attr.key, default.arg(None))


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_writes(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    if state.session.info.get(_APPLYING_PULL):
        return
    mapper = state.bind_mapper
    if mapper is not None and mapper.local_table.name in RECORDED_TABLES:
        raise UnrecordedWrite(f"bulk write to {mapper.local_table.name} around the change recorder")


def queue_unsent_records(session: Session, author: Author) -> int:
    """Queue as creates every record that neither the server nor the outbox has seen (records
    written before the store had an outbox). Returns how many were queued."""
    known = {(e, r) for e, r in session.execute(select(SyncRecord.entity, SyncRecord.record_id))}
    known |= {(e, r) for e, r in session.execute(select(SyncOutbox.entity, SyncOutbox.record_id))}
    queued = 0
    for model in RECORDED:
        for record in session.scalars(select(model)):
            if (model.__tablename__, record.id) in known:
                continue
            session.add(SyncOutbox(
                mutation_id=uuid.uuid4(), entity=model.__tablename__, record_id=record.id,
                client_id=client_of(session, record), op="create", base_rev=0, changed=_snapshot(record), base={},
                author_id=author.user_id, author_name=author.user_name, made_at=utc_now(), state="pending",
            ))
            queued += 1
    return queued
