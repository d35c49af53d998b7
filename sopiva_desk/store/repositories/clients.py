"""Client and close-person queries."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import String, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from sopiva_desk.store.models import Client, ClosePerson

# Between the values of one column. Control characters never pass the client rules
# (domain.clients rejects them), and if one came in some other way the columns would not line up:
# ``caseload_columns`` checks that and reads row by row instead.
_UNIT_SEPARATOR = "\x1f"


def caseload_columns(session: Session) -> list[list[str]]:
    """What the caseload list shows and searches, for every living client, as 8 lists of texts
    (row i across them): id (32 hex digits, as stored), last name, first names, identifier
    (identity code, else temporary id, else ""), birth date (ISO ``1952-10-13``, "" if unknown),
    municipality code, status, own worker.

    SQLite joins each column into one text and Python splits it: one C-level pass per column
    instead of a tuple of 8 values per row through the driver (100,000 clients: 0.19 s against
    0.31 s for rows, 1.6 s for rows turned into objects). Nothing is converted: ids and dates
    stay text until a row is needed.
    """
    values = (
        type_coerce(Client.id, String), Client.last_name, Client.first_names,
        func.coalesce(func.nullif(Client.hetu, ""), Client.temporary_id, ""),
        func.coalesce(type_coerce(Client.birth_date, String), ""),
        Client.municipality_code, Client.status, Client.own_worker,
    )
    alive = Client.deleted_at.is_(None)
    separator = literal(_UNIT_SEPARATOR, String)
    count, *joined = session.execute(
        select(func.count(), *(func.group_concat(value, separator) for value in values)).where(alive)
    ).one()
    if not count:
        return [[] for _ in values]
    columns = [str(text).split(_UNIT_SEPARATOR) for text in joined]
    if all(len(column) == count for column in columns):
        return columns
    rows = session.execute(select(*values).where(alive)).all()  # a separator inside some value
    return [list(column) for column in zip(*rows, strict=True)]


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
