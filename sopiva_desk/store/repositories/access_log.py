"""Access-log writes and reads. Entries name fields, never their values."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import event, or_, select
from sqlalchemy.orm import Session

from sopiva_desk.protocol import access_chain, access_page
from sopiva_desk.store.meta import IDENTITY_KEY
from sopiva_desk.store.models import (
    AccessListingMember,
    AccessLogEntry,
    Assessment,
    Base,
    BudgetUse,
    ClientPlan,
    ClosePerson,
    DecisionSession,
    Disclosure,
    PersonalBudget,
    PlanReview,
    PrintJob,
    StoreSetting,
    Visit,
    utc_now,
)


def record(
    session: Session,
    *,
    user_id: str,
    user_name: str,
    purpose: str,
    action: str,
    record_type: str,
    client_id: uuid.UUID | None,
    record_id: uuid.UUID | None = None,
    fields: Iterable[str] = (),
    clients: Collection[uuid.UUID] | None = None,
) -> AccessLogEntry:
    """Append one entry to the chain. ``clients``: the clients a listing showed (kept once per
    distinct set, named in the entry by their digest)."""
    digest = None
    if clients is not None:
        digest = access_chain.clients_digest(clients)
        known = session.scalar(select(AccessListingMember.digest).where(AccessListingMember.digest == digest).limit(1))
        if known is None and clients:
            _add_members(session, digest, clients)
    # The chain's tail (seq, hash): this transaction's newest entry (remembered, as a query under
    # ``no_autoflush`` would not see it), else the store's. The write lock is taken at
    # BEGIN IMMEDIATE, so no other writer can slip an entry in between.
    tail = session.info.get(_TAIL)
    if tail is None:
        row = session.execute(select(AccessLogEntry.seq, AccessLogEntry.entry_hash)
                              .order_by(AccessLogEntry.seq.desc()).limit(1)).first()
        tail = (row.seq, row.entry_hash) if row is not None else (0, "")
    # The seq SQLite would give (the newest + 1), set here as the id is derived from it: an id the
    # log push need not send (protocol/access_page.py).
    seq = tail[0] + 1
    chain_id = _chain_id(session)
    entry = AccessLogEntry(
        seq=seq, id=access_page.entry_id(chain_id, seq) if chain_id else uuid.uuid4(), at=utc_now(),
        user_id=user_id, user_name=user_name, purpose=purpose, action=action, record_type=record_type,
        client_id=client_id, record_id=record_id, fields=sorted(fields), clients=digest,
    )
    entry.prev_hash = tail[1] or access_chain.GENESIS
    entry.entry_hash = access_chain.entry_hash(chain_form(entry), entry.prev_hash)
    session.add(entry)
    session.info[_TAIL] = (entry.seq, entry.entry_hash)
    session.info[APPENDED] = entry  # the head to sign at commit (store/access_head.py)
    return entry


_TAIL = "access_log_tail"
_CHAIN = "access_log_chain_id"
APPENDED = "access_log_appended"


def _chain_id(session: Session) -> str | None:
    """The profile the store belongs to (the chain's id on the server), once a transaction."""
    if _CHAIN not in session.info:
        identity = session.get(StoreSetting, IDENTITY_KEY)
        profile_id = identity.value.get("profile_id") if identity is not None else None
        session.info[_CHAIN] = str(profile_id) if profile_id else None
    return session.info[_CHAIN]  # type: ignore[no-any-return]


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_soft_rollback")
def _forget_tail(session: Session, *_: Any) -> None:
    """A new transaction reads the tail from the store again (a rolled-back entry is gone)."""
    session.info.pop(_TAIL, None)
    session.info.pop(_CHAIN, None)
    session.info.pop(APPENDED, None)


def chain_form(entry: AccessLogEntry) -> dict[str, Any]:
    """The entry as the chain encodes it (``protocol.access_chain.content``)."""
    return {"seq": entry.seq, "id": entry.id, "at": entry.at, "user_id": entry.user_id,
            "user_name": entry.user_name, "client_id": entry.client_id, "action": entry.action,
            "record_type": entry.record_type, "record_id": entry.record_id, "fields": list(entry.fields or ()),
            "purpose": entry.purpose, "clients": entry.clients, "prev_hash": entry.prev_hash,
            "hash": entry.entry_hash}


def for_client(session: Session, client_id: uuid.UUID, limit: int = 500) -> Sequence[AccessLogEntry]:
    stmt = (
        select(AccessLogEntry).where(AccessLogEntry.client_id == client_id)
        .order_by(AccessLogEntry.seq.desc()).limit(limit)
    )
    return session.scalars(stmt).all()


def for_client_between(session: Session, client_id: uuid.UUID, start: datetime, end: datetime
                       ) -> Sequence[tuple[AccessLogEntry, bool]]:
    """The client's entries from ``start`` (inclusive) to ``end`` (exclusive), oldest first, with
    the listings that showed the client among others: ``(entry, listing)`` pairs."""
    listed = select(AccessListingMember.digest).where(AccessListingMember.client_id == client_id)
    stmt = (
        select(AccessLogEntry)
        .where(AccessLogEntry.at >= start, AccessLogEntry.at < end,
               or_(AccessLogEntry.client_id == client_id, AccessLogEntry.clients.in_(listed)))
        .order_by(AccessLogEntry.seq)
    )
    return [(entry, entry.client_id != client_id) for entry in session.scalars(stmt)]


_MEMBER_BATCH = 5_000


def _add_members(session: Session, digest: str, clients: Iterable[uuid.UUID]) -> None:
    """The listing's member rows, in batches straight to the driver: a caseload of 100,000
    clients as one statement of ORM-bound rows held ≈ 50 MB at once and took seconds on the store
    lane. The ids go as the store keeps a UUID (32 hex digits, the ``Uuid`` type's form)."""
    connection = session.connection()
    statement = f"INSERT OR IGNORE INTO {AccessListingMember.__tablename__} (digest, client_id) VALUES (?, ?)"
    batch: list[tuple[str, str]] = []
    for client in set(clients):
        batch.append((digest, client.hex if isinstance(client, uuid.UUID) else uuid.UUID(str(client)).hex))
        if len(batch) >= _MEMBER_BATCH:
            connection.exec_driver_sql(statement, batch)
            batch = []
    if batch:
        connection.exec_driver_sql(statement, batch)


def all_entries(session: Session) -> Sequence[AccessLogEntry]:
    return session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.seq)).all()


# The record types the services log, and their tables (``client`` and the overviews name no
# record of their own that needs describing).
RECORD_MODELS: dict[str, type[Base]] = {
    "close_person": ClosePerson,
    "visit": Visit,
    "assessment": Assessment,
    "decision_session": DecisionSession,
    "client_plan": ClientPlan,
    "personal_budget": PersonalBudget,
    "plan_review": PlanReview,
    "print_job": PrintJob,
    "disclosure": Disclosure,
}


def records(session: Session, record_type: str, ids: Collection[uuid.UUID]) -> Sequence[Any]:
    """The rows of ``record_type`` with these ids, removed (tombstoned) ones too: the log names
    records that may have been removed since."""
    model: Any = RECORD_MODELS.get(record_type)
    if model is None or not ids:
        return []
    return session.scalars(select(model).where(model.id.in_(list(ids)))).all()


def budget_uses(session: Session, ids: Collection[uuid.UUID]) -> Sequence[BudgetUse]:
    """Realised uses by id (removed ones too)."""
    if not ids:
        return []
    return session.scalars(select(BudgetUse).where(BudgetUse.id.in_(list(ids)))).all()
