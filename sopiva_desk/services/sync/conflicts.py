"""Conflicts kept on this laptop: listed for the conflict screen and ``sopiva-desk sync``, and resolved.

A conflict (docs/sync-protocol.md) holds, for every path of one field group, the value at the
common base, the value the server had (``server``) and the value a device pushed (``device``).
"Mine" is this laptop's side: the device value when this laptop pushed it, else the server's.
Until a person decides, the record shows the server's value and the other value waits in the
conflict row; other records keep syncing.

Resolving (one transaction): the record takes the chosen values of every group through the
change recorder, which writes the outbox mutation naming the conflict (``resolves``), the
record's field history where it keeps one, and the access-log entry (``resolve_conflict``); the
conflict row is marked resolved with the choices and values, and keeps both sides' values, so
nothing typed is lost. The next sync sends the resolution; the server marks the conflict
resolved for every device.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopiva_desk.protocol.entities import SEPARATOR, entity, paths_of
from sopiva_desk.protocol.merge import same_value
from sopiva_desk.protocol.wire import encode_value, parse_datetime
from sopiva_desk.services.access_log import RecordFacts, record_facts
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.errors import KnownError, RecordGoneError
from sopiva_desk.services.listings import SYNC_CONFLICTS, record_listing
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.services.sync.conflict_merge import (
    EDITED,
    Choice,
    Edited,
    Kind,
    Suggestion,
    chosen_values,
    kind_of,
    offered,
    three_way,
)
from sopiva_desk.services.sync.pull_apply import decode_record, local_values
from sopiva_desk.services.templates import TemplateLibrary
from sopiva_desk.store.change_recorder import HISTORY, MODELS, ChangeRecorder
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import Client, SyncConflict, SyncDevice, utc_now

__all__ = ["Choice", "ConflictAlreadyResolvedError", "ConflictService", "ConflictSummary", "ConflictView",
           "Edited", "FieldValues", "GroupView", "Side", "open_conflicts"]


class ConflictAlreadyResolvedError(KnownError):
    key = "conflict.already_resolved"


@dataclass(frozen=True)
class ConflictSummary:
    conflict_id: uuid.UUID
    entity: str
    record_id: uuid.UUID
    client_id: uuid.UUID | None
    paths: tuple[str, ...]
    created_at: datetime


def open_conflicts(db: Database) -> list[ConflictSummary]:
    """Unresolved conflicts, oldest first (which fields; the values stay in the store)."""
    with db.read() as session:
        rows = session.scalars(select(SyncConflict).where(SyncConflict.resolved.is_(False))
                               .order_by(SyncConflict.created_at))
        return [ConflictSummary(row.id, row.entity, row.record_id, row.client_id, tuple(sorted(row.fields)),
                                row.created_at) for row in rows]


@dataclass(frozen=True)
class Side:
    """Who made one side's value, and when (``None`` when the server did not say)."""

    user_name: str
    at: datetime | None


@dataclass(frozen=True)
class FieldValues:
    """One path's values as JSON (the GUI shows them in words): the common base, mine, theirs."""

    path: str
    base: Any
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class GroupView:
    """Paths decided together (protocol field groups), what may be chosen, and for free text the
    suggested three-way merge of each path."""

    paths: tuple[str, ...]
    kind: Kind
    fields: tuple[FieldValues, ...]
    choices: tuple[str, ...]
    suggestions: Mapping[str, Suggestion]


@dataclass(frozen=True)
class ConflictView:
    conflict_id: uuid.UUID
    entity: str
    record_id: uuid.UUID
    client_id: uuid.UUID | None
    client_name: str
    created_at: datetime
    mine: Side
    theirs: Side
    groups: tuple[GroupView, ...]
    facts: RecordFacts | None  # what names the record (version, date, topic); None: not on this laptop

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(path for group in self.groups for path in group.paths)


def _when(value: Any) -> datetime | None:
    try:
        return parse_datetime(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


class ConflictService:
    def __init__(self, db: Database, actor: Actor, templates: TemplateLibrary | None = None) -> None:
        self._db = db
        self._actor = actor
        self._templates = templates

    def open(self) -> list[ConflictView]:
        """Every unresolved conflict, oldest first, with the client's name and both sides' values;
        logged as one listing naming the clients."""
        with storage_errors(), self._db.transaction() as session:
            rows = list(session.scalars(select(SyncConflict).where(SyncConflict.resolved.is_(False))
                                        .order_by(SyncConflict.created_at, SyncConflict.id)))
            device = session.get(SyncDevice, 1)
            facts = record_facts(session, ((row.entity, row.record_id) for row in rows), self._templates)
            names = _client_names(session, {row.client_id for row in rows if row.client_id is not None})
            record_listing(session, self._actor, SYNC_CONFLICTS, (cid for cid in names if cid is not None))
            return [_view(row, device, facts.get(row.record_id), names.get(row.client_id, "")) for row in rows]

    def resolve(self, conflict_id: uuid.UUID, choices: Mapping[tuple[str, ...], Choice],
                marks: tuple[str, str] = ("", "")) -> ConflictView:
        """Give the record the chosen values, one choice per group (keyed by the group's paths).

        ``marks`` head mine and theirs where "both" keeps two texts (the screen names whose each
        is). Raises ``ConflictAlreadyResolvedError`` when a sync resolved it meanwhile,
        ``RecordGoneError`` when the record is no longer on this laptop, and ``ValueError`` for a
        choice not offered or a group left without one (a bug in the caller)."""
        with storage_errors(), self._db.transaction() as session:
            row = session.get(SyncConflict, conflict_id)
            if row is None:
                raise RecordGoneError()
            if row.resolved:
                raise ConflictAlreadyResolvedError()
            view = _view(row, session.get(SyncDevice, 1), None, "")
            model = MODELS.get(row.entity)
            record = session.get(model, row.record_id) if model is not None else None
            if record is None:
                raise RecordGoneError()
            values: dict[str, Any] = {}
            for group in view.groups:
                if group.paths not in choices:
                    raise ValueError(f"no choice for {group.paths}")
                mine = {f.path: f.mine for f in group.fields}
                theirs = {f.path: f.theirs for f in group.fields}
                values.update(chosen_values(group.kind, choices[group.paths], mine, theirs, marks))
            # A value typed here after the conflict arrived (still unsent) and now replaced by the
            # choice is kept with the conflict: nothing typed is lost.
            before = paths_of(row.entity, encode_value(local_values(record)))
            sides = {f.path: (f.mine, f.theirs) for group in view.groups for f in group.fields}
            replaced = {path: before.get(path) for path, value in values.items()
                        if not any(same_value(before.get(path), other) for other in (*sides[path], value))}
            recorder = ChangeRecorder(session, self._actor)
            _write(session, recorder, record, values)
            recorder.resolve(record, row.id, values)
            row.resolved, row.resolved_at = True, utc_now()
            row.resolution = {
                "values": values, "by": {"user_id": self._actor.user_id, "user_name": self._actor.user_name},
                "choices": {"+".join(paths): _choice_name(choice) for paths, choice in choices.items()},
                **({"replaced": replaced} if replaced else {}),
            }
            return view


def _choice_name(choice: Choice) -> str:
    return EDITED if isinstance(choice, Edited) else str(choice)


def _write(session: Session, recorder: ChangeRecorder, record: Any, values: Mapping[str, Any]) -> None:
    """Set each path's wire value on the record; history rows for records that keep them."""
    spec = entity(record.__tablename__)
    columns: dict[str, Any] = {}
    for path, value in values.items():
        column, sep, key = path.partition(SEPARATOR)
        if sep and column in spec.object_columns:
            inner = dict(columns.get(column, getattr(record, column) or {}))
            old = inner.get(key)
            inner[key] = value
            columns[column] = inner
            if type(record) in HISTORY and old != value:
                recorder.history(record, key, old, value, reason="")
        else:
            decoded = decode_record(type(record), {path: value})[path]
            old = getattr(record, path)
            columns[path] = decoded
            if type(record) in HISTORY and old != decoded:
                recorder.history(record, path, encode_value(old), value, reason="")
    for column, value in columns.items():
        if getattr(record, column) != value:
            setattr(record, column, value)
    session.flush()


def _client_names(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID | None, str]:
    if not ids:
        return {}
    rows = session.execute(select(Client.id, Client.first_names, Client.last_name).where(Client.id.in_(ids)))
    return {row.id: f"{row.first_names} {row.last_name}".strip() for row in rows}


def _view(row: SyncConflict, device: SyncDevice | None, facts: RecordFacts | None, client_name: str) -> ConflictView:
    device_author = row.device_author or {}
    server_author = row.server_author or {}
    # This laptop pushed the device value when the server names this device (or, from servers
    # that did not name devices, this user); otherwise this laptop holds the server's side.
    pushed_here = device is not None and (
        device_author.get("device_id") == device.device_id if device_author.get("device_id")
        else device_author.get("device_user_id") == device.user_id)
    device_side = Side(str(device_author.get("user_name") or ""), _when(device_author.get("made_at")))
    server_side = Side(str(server_author.get("user_name") or ""), _when(server_author.get("at")))
    mine_key, theirs_key = ("device", "server") if pushed_here or device is None else ("server", "device")
    model = MODELS.get(row.entity)
    spec = entity(row.entity)
    groups: list[GroupView] = []
    seen: set[str] = set()
    # Fields in the order the record's form has them (its columns' order), answers by key.
    order = {name: index for index, name in enumerate(model.__table__.columns.keys())} if model is not None else {}
    for path in sorted(row.fields, key=lambda p: (order.get(p.partition(SEPARATOR)[0], len(order)), p)):
        if path in seen:
            continue
        paths = tuple(p for p in spec.group_of(path) if p in row.fields) or (path,)
        seen.update(paths)
        fields = tuple(FieldValues(p, row.fields[p].get("base"), row.fields[p].get(mine_key),
                                   row.fields[p].get(theirs_key)) for p in paths)
        kind = kind_of(model, row.entity, {f.path: (f.base, f.mine, f.theirs) for f in fields})
        suggestions = {f.path: three_way(f.base, f.mine, f.theirs) for f in fields} if kind == "text" else {}
        groups.append(GroupView(paths, kind, fields, offered(kind), suggestions))
    mine, theirs = (device_side, server_side) if mine_key == "device" else (server_side, device_side)
    return ConflictView(row.id, row.entity, row.record_id, row.client_id, client_name, row.created_at, mine, theirs,
                        tuple(groups), facts)
