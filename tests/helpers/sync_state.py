"""A store brought into sync states without a server: enrolled, and as a completed sync leaves it.

``pretend_synced`` does to the local tables what a sync whose every push was ``applied`` does
(``services/sync/engine.py``): each outbox row's record becomes known at a server revision
(``sync_record``), the row leaves the outbox, and ``last_sync_at`` is set. The end-to-end tests
in tests/sync do the same through a real server.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import delete, select

from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.change_recorder import applying_pull
from sopiva_desk.store.models import SyncConflict, SyncDevice, SyncOutbox, SyncRecord, utc_now


def enrol(workspace: Workspace) -> None:
    with workspace.db.transaction() as session:
        session.add(SyncDevice(id=1, server_url="https://keskus.example", device_id="laite-1",
                               user_id=workspace.actor.user_id, user_name=workspace.actor.user_name,
                               role="counsellor", private_key=b"k" * 32, public_key=b"p" * 32, cursor=""))


def pretend_synced(workspace: Workspace, at: datetime | None = None) -> None:
    with workspace.db.transaction() as session, applying_pull(session):
        for row in session.scalars(select(SyncOutbox).where(SyncOutbox.state == "pending")).all():
            known = session.get(SyncRecord, (row.entity, row.record_id))
            if known is None:
                session.add(SyncRecord(entity=row.entity, record_id=row.record_id, server_rev=1,
                                       client_id=row.client_id))
            else:
                known.server_rev += 1
            session.delete(row)
        session.flush()
        session.get(SyncDevice, 1).last_sync_at = at or utc_now()  # type: ignore[union-attr]


def reject_pending(workspace: Workspace, client_id: uuid.UUID) -> None:
    """The server refused the client's waiting changes (they stay, marked rejected)."""
    with workspace.db.transaction() as session:
        for row in session.scalars(select(SyncOutbox).where(SyncOutbox.client_id == client_id)):
            row.state, row.outcome = "rejected", {"outcome": "rejected", "reason": "invalid"}


def add_conflict(workspace: Workspace, entity: str, record_id: uuid.UUID, client_id: uuid.UUID,
                 *, resolved: bool = False) -> uuid.UUID:
    conflict_id = uuid.uuid4()
    with workspace.db.transaction() as session:
        session.add(SyncConflict(id=conflict_id, entity=entity, record_id=record_id, client_id=client_id,
                                 fields={"phone": {"base": "1", "server": "2", "device": "3"}},
                                 created_at=utc_now(), resolved=resolved))
    return conflict_id


def resolve_all(workspace: Workspace) -> None:
    with workspace.db.transaction() as session:
        session.execute(delete(SyncConflict))
