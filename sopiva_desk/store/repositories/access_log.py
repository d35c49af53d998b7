"""Access-log writes and reads. Entries name fields, never their values."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopiva_desk.store.models import AccessLogEntry


def record(
    session: Session,
    *,
    user_id: str,
    user_name: str,
    action: str,
    record_type: str,
    client_id: uuid.UUID | None,
    record_id: uuid.UUID | None = None,
    fields: Iterable[str] = (),
) -> None:
    session.add(AccessLogEntry(
        id=uuid.uuid4(), user_id=user_id, user_name=user_name, action=action, record_type=record_type,
        client_id=client_id, record_id=record_id, fields=sorted(fields),
    ))


def for_client(session: Session, client_id: uuid.UUID, limit: int = 500) -> Sequence[AccessLogEntry]:
    stmt = (
        select(AccessLogEntry).where(AccessLogEntry.client_id == client_id)
        .order_by(AccessLogEntry.seq.desc()).limit(limit)
    )
    return session.scalars(stmt).all()


def all_entries(session: Session) -> Sequence[AccessLogEntry]:
    return session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.seq)).all()
