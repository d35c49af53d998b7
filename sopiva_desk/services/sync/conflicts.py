"""The conflicts kept on this laptop, as the conflict screen (next issue) and ``sopiva-desk sync`` list them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from sopiva_desk.store.database import Database
from sopiva_desk.store.models import SyncConflict


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
