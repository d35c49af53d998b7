"""Client plans, personal budgets, their follow-up rows and histories."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, func, literal_column, select
from sqlalchemy.orm import Session

from sopiva_desk.store.models import (
    Assessment,
    BudgetCommitment,
    BudgetUse,
    Client,
    ClientPlan,
    ClientPlanChange,
    PersonalBudget,
    PersonalBudgetChange,
)

_NEWEST_FIRST = (ClientPlan.version_no.desc(), ClientPlan.created_at.desc(),
                 literal_column("client_plan.rowid").desc())


# -- plans ----------------------------------------------------------------------------------


def get_plan(session: Session, plan_id: uuid.UUID) -> ClientPlan | None:
    found = session.get(ClientPlan, plan_id)
    return None if found is None or found.deleted_at is not None else found


def plans_for_client(session: Session, client_id: uuid.UUID) -> Sequence[ClientPlan]:
    """Every version of the client's plan, newest version first."""
    stmt = (select(ClientPlan)
            .where(ClientPlan.client_id == client_id, ClientPlan.deleted_at.is_(None))
            .order_by(*_NEWEST_FIRST))
    return session.scalars(stmt).all()


def plan_changes_in_series(session: Session, series_id: uuid.UUID) -> Sequence[tuple[ClientPlanChange, int]]:
    """Every change of every version in a series, oldest first (insertion order), with the version number."""
    stmt = (select(ClientPlanChange, ClientPlan.version_no)
            .join(ClientPlan, ClientPlan.id == ClientPlanChange.plan_id)
            .where(ClientPlan.series_id == series_id)
            .order_by(ClientPlan.version_no, literal_column("client_plan_change.rowid")))
    return [(change, version) for change, version in session.execute(stmt).all()]


def latest_completed_assessment(session: Session, client_id: uuid.UUID) -> Assessment | None:
    stmt = (select(Assessment)
            .where(Assessment.client_id == client_id, Assessment.status == "completed",
                   Assessment.deleted_at.is_(None))
            .order_by(Assessment.completed_at.desc(), Assessment.created_at.desc(), Assessment.version_no.desc())
            .limit(1))
    return session.scalars(stmt).first()


# -- budgets --------------------------------------------------------------------------------


def get_budget(session: Session, budget_id: uuid.UUID) -> PersonalBudget | None:
    found = session.get(PersonalBudget, budget_id)
    return None if found is None or found.deleted_at is not None else found


def budgets_for_client(session: Session, client_id: uuid.UUID) -> Sequence[PersonalBudget]:
    """The client's budgets, latest period first."""
    stmt = (select(PersonalBudget)
            .where(PersonalBudget.client_id == client_id, PersonalBudget.deleted_at.is_(None))
            .order_by(PersonalBudget.period_start.desc(), PersonalBudget.created_at.desc()))
    return session.scalars(stmt).all()


def commitments_of(session: Session, budget_id: uuid.UUID) -> Sequence[BudgetCommitment]:
    stmt = (select(BudgetCommitment)
            .where(BudgetCommitment.budget_id == budget_id, BudgetCommitment.deleted_at.is_(None))
            .order_by(BudgetCommitment.valid_from, BudgetCommitment.number))
    return session.scalars(stmt).all()


def uses_of(session: Session, budget_id: uuid.UUID) -> Sequence[BudgetUse]:
    stmt = (select(BudgetUse)
            .where(BudgetUse.budget_id == budget_id, BudgetUse.deleted_at.is_(None))
            .order_by(BudgetUse.used_on, literal_column("realised_use.rowid")))
    return session.scalars(stmt).all()


def cancelled_commitments_of(session: Session, budget_id: uuid.UUID) -> Sequence[BudgetCommitment]:
    """Commitments cancelled as entered by mistake (tombstones with a reason), for the follow-up list."""
    stmt = (select(BudgetCommitment)
            .where(BudgetCommitment.budget_id == budget_id, BudgetCommitment.deleted_at.is_not(None),
                   BudgetCommitment.cancel_reason != "")
            .order_by(BudgetCommitment.valid_from, BudgetCommitment.number))
    return session.scalars(stmt).all()


def cancelled_uses_of(session: Session, budget_id: uuid.UUID) -> Sequence[BudgetUse]:
    """Uses cancelled as entered by mistake (tombstones with a reason), for the follow-up list."""
    stmt = (select(BudgetUse)
            .where(BudgetUse.budget_id == budget_id, BudgetUse.deleted_at.is_not(None), BudgetUse.cancel_reason != "")
            .order_by(BudgetUse.used_on, literal_column("realised_use.rowid")))
    return session.scalars(stmt).all()


def budget_changes(session: Session, budget_id: uuid.UUID) -> Sequence[PersonalBudgetChange]:
    stmt = (select(PersonalBudgetChange)
            .where(PersonalBudgetChange.budget_id == budget_id)
            .order_by(literal_column("personal_budget_change.rowid")))
    return session.scalars(stmt).all()


def budget_overview_rows(session: Session) -> Sequence[Row[Any]]:
    """One row per living budget, with its client's name and the sum of its realised uses.

    A single query: the totals are columns of ``personal_budget`` and the uses are summed in
    a grouped subquery, so no line or use is read into Python.
    """
    realised = (select(BudgetUse.budget_id.label("budget_id"), func.sum(BudgetUse.amount_cents).label("cents"))
                .where(BudgetUse.deleted_at.is_(None))
                .group_by(BudgetUse.budget_id)
                .subquery())
    stmt = (select(PersonalBudget.id, PersonalBudget.client_id, Client.first_names, Client.last_name,
                   PersonalBudget.plan_id, PersonalBudget.state, PersonalBudget.period_start,
                   PersonalBudget.period_end, PersonalBudget.allocation_cents, PersonalBudget.reference_cents,
                   func.coalesce(realised.c.cents, 0).label("realised_cents"), PersonalBudget.created_at)
            .join(Client, Client.id == PersonalBudget.client_id)
            .outerjoin(realised, realised.c.budget_id == PersonalBudget.id)
            .where(PersonalBudget.deleted_at.is_(None), Client.deleted_at.is_(None)))
    return session.execute(stmt).all()
