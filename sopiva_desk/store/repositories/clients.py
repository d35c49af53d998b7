"""Client and close-person queries."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from sopiva_desk.store.models import Client, ClosePerson


def caseload_rows(session: Session) -> Sequence[Row[Any]]:
    """The columns the caseload list needs, for every living client (one query, no ORM objects)."""
    stmt = select(
        Client.id, Client.last_name, Client.first_names, Client.hetu, Client.temporary_id,
        Client.birth_date, Client.municipality_code, Client.status, Client.own_worker, Client.updated_at,
    ).where(Client.deleted_at.is_(None))
    return session.execute(stmt).all()


def get_client(session: Session, client_id: uuid.UUID, *, include_deleted: bool = False) -> Client | None:
    client = session.get(Client, client_id)
    if client is None or (client.deleted_at is not None and not include_deleted):
        return None
    return client


def close_persons(session: Session, client_id: uuid.UUID) -> Sequence[ClosePerson]:
    stmt = (
        select(ClosePerson)
        .where(ClosePerson.client_id == client_id, ClosePerson.deleted_at.is_(None))
        .order_by(ClosePerson.created_at, ClosePerson.id)
    )
    return session.scalars(stmt).all()


def get_close_person(session: Session, person_id: uuid.UUID) -> ClosePerson | None:
    person = session.get(ClosePerson, person_id)
    if person is None or person.deleted_at is not None:
        return None
    return person


def hetu_in_use(session: Session, code: str, *, except_client: uuid.UUID | None = None) -> bool:
    stmt = select(func.count()).select_from(Client).where(Client.hetu == code, Client.deleted_at.is_(None))
    if except_client is not None:
        stmt = stmt.where(Client.id != except_client)
    return bool(session.scalar(stmt))


def hetus_in_use(session: Session, codes: Sequence[str]) -> set[str]:
    """Which of ``codes`` a living client already has (checked in chunks of 500)."""
    found: set[str] = set()
    for start in range(0, len(codes), 500):
        chunk = codes[start:start + 500]
        stmt = select(Client.hetu).where(Client.hetu.in_(chunk), Client.deleted_at.is_(None))
        found.update(code for code in session.scalars(stmt) if code)
    return found


def count_clients(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Client).where(Client.deleted_at.is_(None))) or 0)


def birth_dates(session: Session) -> dict[uuid.UUID, date | None]:
    return dict(session.execute(select(Client.id, Client.birth_date)).tuples().all())
