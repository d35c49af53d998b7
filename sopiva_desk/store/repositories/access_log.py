"""Access-log writes and reads. Entries name fields, never their values."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopiva_desk.store.models import (
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
    Visit,
)


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
