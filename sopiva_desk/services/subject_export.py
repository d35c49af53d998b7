"""The client's own request for their data (GDPR Art. 15, Client Data Act 703/2023 §11): everything
this computer holds on one client, as one JSON document (docs/client-export.md).

The same structure as the central records' ``sopiva-central export-client``: records by entity
as ``{"id", "revision", "deleted", "data"}`` with ``data`` in the sync wire form, the access-log
entries, conflicts and print snapshots; what only a laptop holds (values typed but refused, changes
not yet sent) comes in keys of its own. The export is written atomically to the file the counsellor
chose and logged in the same transaction (action ``export``, record type ``client_data``: the
client's own request), so an export that is not in the log never exists.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from sopiva_desk.protocol.entities import ENTITIES
from sopiva_desk.protocol.wire import encode_value
from sopiva_desk.services import retention
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.organisation import remove_quietly, write_export
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.services.sync.pull_apply import client_record_ids
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import (
    AccessLogEntry,
    Base,
    Client,
    DraftValue,
    PrintSnapshot,
    SyncConflict,
    SyncDevice,
    SyncOutbox,
)
from sopiva_desk.store.repositories import access_log

FORMAT = "sopiva-client-export"
FORMAT_VERSION = 1
#: The access log's record type of this export; its purpose is the client's own request.
EXPORT_RECORD_TYPE = "client_data"


@dataclass(frozen=True)
class ClientExport:
    path: Path
    records: int  # records of every kind in the file
    log_entries: int


def _columns(row: Base, leave_out: tuple[str, ...] = ()) -> dict[str, Any]:
    """Every column of a row, in the wire form (ids and times as text)."""
    return {attr.key: encode_value(getattr(row, attr.key)) for attr in inspect(row).mapper.column_attrs
            if attr.key not in leave_out}


def _order(entity: str) -> int:
    return list(ENTITIES).index(entity) if entity in ENTITIES else len(ENTITIES)


def client_document(session: Session, client_id: uuid.UUID, now: datetime) -> dict[str, Any]:
    """Everything held on the client in the store, as the export's JSON-ready document."""
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise RecordGoneError()
    records: dict[str, list[dict[str, Any]]] = {}
    found = sorted(client_record_ids(session, client_id), key=lambda pair: (_order(pair[0].__tablename__), pair[1]))
    ids: list[str] = []
    for model, record_id in found:
        row = session.get(model, record_id)
        if row is None:
            continue
        ids.append(str(record_id))
        deleted = getattr(row, "deleted_at", None) is not None
        records.setdefault(model.__tablename__, []).append(
            {"id": str(record_id), "revision": getattr(row, "revision", 1), "deleted": deleted,
             "data": _columns(row, ("revision",))})
    device = session.get(SyncDevice, 1)
    device_id = device.device_id if device is not None else None
    log = [{"id": str(entry.id), "device_id": device_id, "user_id": entry.user_id, "at": encode_value(entry.at),
            "entry": _columns(entry)}
           for entry in session.scalars(select(AccessLogEntry).where(AccessLogEntry.client_id == client_id)
                                        .order_by(AccessLogEntry.seq))]
    conflicts = [{"conflict_id": str(c.id), **_columns(c, ("id",))} for c in session.scalars(
        select(SyncConflict).where(SyncConflict.client_id == client_id).order_by(SyncConflict.created_at))]
    snapshots = [_columns(s) for s in session.scalars(
        select(PrintSnapshot).where(PrintSnapshot.client_id == client_id).order_by(PrintSnapshot.received_at))]
    drafts = []
    for start in range(0, len(ids), 500):
        drafts += [_columns(d) for d in session.scalars(
            select(DraftValue).where(DraftValue.record_id.in_(ids[start:start + 500]))
            .order_by(DraftValue.kept_at))]
    unsent = [_columns(m, ("author_id",)) for m in session.scalars(
        select(SyncOutbox).where(SyncOutbox.client_id == client_id).order_by(SyncOutbox.device_seq))]
    ends_on = retention.client_record_ends_on(client.closed_on)
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION, "source": "laptop", "device_id": device_id,
        "client_id": str(client_id), "exported_at": encode_value(now),
        "retention": {"closed_on": encode_value(client.closed_on),
                      "client_record_ends_on": encode_value(ends_on)},
        "records": records, "access_log": log, "conflicts": conflicts, "print_snapshots": snapshots,
        "drafts": drafts, "unsent_changes": unsent,
    }


def document_bytes(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8")


class ClientExportService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    def export(self, client_id: uuid.UUID, path: Path | str) -> ClientExport:
        """Write everything held on the client to ``path`` (atomically) and log it as an export at
        the client's request. Raises ``RecordGoneError``, ``ExportError`` or ``ExportDiskFullError``;
        after a failure neither the file nor its log entry is left."""
        path = Path(path)
        written = False
        try:
            with storage_errors(), self._db.transaction() as session:
                document = client_document(session, client_id, datetime.now(UTC))
                # Logged in the export's transaction, flushed before the file is written: a full
                # store fails before the file exists, and a failed write rolls the entry back.
                access_log.record(session, user_id=self._actor.user_id, user_name=self._actor.user_name,
                                  purpose="client_request", action="export", record_type=EXPORT_RECORD_TYPE,
                                  client_id=client_id, record_id=client_id, fields=sorted(document["records"]))
                session.flush()
                write_export(path, document_bytes(document))
                written = True
        except BaseException:
            if written:  # the commit failed: an export that is not in the log must not exist
                remove_quietly(path)
            raise
        count = sum(len(rows) for rows in document["records"].values())
        return ClientExport(path, count, len(document["access_log"]))
