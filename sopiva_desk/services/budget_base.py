"""The shared part of the budget services: the store, the actor, the catalogue, history rows,
access-log entries and the "what if" save (``_edit``). ``BudgetFollowUp`` and ``BudgetService``
build on it.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from sopiva_desk.domain import budget as rules
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.budget_content import (
    RECORD_TYPE,
    BudgetSaved,
    BudgetView,
    _support_ids,
    budget_of,
    line_json,
    other_budgets,
    reference_json,
)
from sopiva_desk.services.catalogue import Catalogue, shipped_catalogue
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.store.change_recorder import ChangeRecorder
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import ClientPlan, PersonalBudget
from sopiva_desk.store.repositories import access_log
from sopiva_desk.store.repositories import clients as client_repo
from sopiva_desk.store.repositories import plans as repo


class BudgetBase:
    def __init__(self, db: Database, actor: Actor, catalogue: Catalogue | None = None) -> None:
        self._db = db
        self._actor = actor
        self._catalogue = catalogue

    @property
    def catalogue(self) -> Catalogue:
        return self._catalogue or shipped_catalogue()

    # -- helpers ------------------------------------------------------------------------------

    def _log(self, session: Session, action: str, found: PersonalBudget, fields: tuple[str, ...] = ()) -> None:
        access_log.record(session, user_id=self._actor.user_id, user_name=self._actor.user_name,
                          purpose=self._actor.purpose, action=action,
                          record_type=RECORD_TYPE, client_id=found.client_id, record_id=found.id, fields=fields)

    def _recorder(self, session: Session) -> ChangeRecorder:
        return ChangeRecorder(session, self._actor)

    def _changed(self, session: Session, found: PersonalBudget, key: str, old: Any, new: Any,
                 reason: str | None = None) -> None:
        self._recorder(session).change(found, key, old, new, reason or "")

    def _get(self, session: Session, budget_id: uuid.UUID) -> PersonalBudget:
        found = repo.get_budget(session, budget_id)
        if found is None:
            raise RecordGoneError()
        return found

    def _context(self, session: Session, found: PersonalBudget) -> dict[str, Any]:
        """What ``rules.validate`` needs beside the budget: the client's name and the plan's supports."""
        client = client_repo.get_client(session, found.client_id, include_deleted=True)
        plan = session.get(ClientPlan, found.plan_id)
        return {"client_name": f"{client.first_names} {client.last_name}" if client else None,
                "plan_support_ids": _support_ids(plan) if plan is not None else None}

    @staticmethod
    def _store(found: PersonalBudget, budget: rules.Budget, totals: rules.BudgetTotals) -> None:
        found.lines = [line_json(line) for line in budget.lines]
        found.reference_lines = [reference_json(line) for line in budget.reference_lines]
        found.allocation_cents = totals.allocation_cents
        found.reference_cents = totals.reference_cents

    def _view(self, session: Session, found: PersonalBudget,
              siblings: Sequence[PersonalBudget] | None = None) -> BudgetView:
        """``siblings``: the client's budgets when the caller has read them already."""
        budget = budget_of(found)
        rows = siblings if siblings is not None else repo.budgets_for_client(session, found.client_id)
        overlaps = tuple(rules.overlapping(found.period_start, found.period_end, other_budgets(rows, found.id)))
        return BudgetView(found.id, found.client_id, found.plan_id, budget, rules.recompute(budget),
                          rules.validate(budget, **self._context(session, found)), found.created_at,
                          found.updated_at, found.revision, found.overlap_reason or None, overlaps)

    def _check_overlap(self, session: Session, client_id: uuid.UUID, start: date, end: date,
                       reason: str | None, but: uuid.UUID | None = None) -> None:
        """Refuse a period that shares days with another of the client's budgets, unless ``reason``."""
        others = other_budgets(repo.budgets_for_client(session, client_id), but)
        issues = rules.check_overlap(start, end, others, reason)
        if issues:
            raise ValidationError(issues)

    def _edit(self, session: Session, found: PersonalBudget, key: str, line_id: str | None,
              old: Any, new: Any, budget: rules.Budget, context: Mapping[str, Any]) -> BudgetSaved:
        totals = rules.recompute(budget)
        issues = rules.validate(budget, **context)
        if old != new:
            self._store(found, budget, totals)
            self._changed(session, found, key, old, new)
        session.flush()
        return BudgetSaved(key, line_id, totals, issues, found.revision, found.updated_at, budget)

    @staticmethod
    def _editable(found: PersonalBudget) -> None:
        """Refuse edits of a decided (locked) or closed budget before looking at the input."""
        if found.state == "decided":
            raise ValidationError([Issue("state", "budget.locked")])
        if found.state == "closed":
            raise ValidationError([Issue("state", "budget.closed")])
