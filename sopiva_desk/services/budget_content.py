"""What the budget services exchange: JSON <-> domain values of a stored budget, and the plain
views the GUI gets (``BudgetView``, ``BudgetSaved``, ``OverviewRow`` …). No session work here;
``services/budgets.py`` re-exports every name.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sopiva_desk.domain import budget as rules
from sopiva_desk.domain import budget_follow_up as follow
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.store.models import BudgetCommitment, BudgetUse, ClientPlan, PersonalBudget

RECORD_TYPE = "personal_budget"
OVERVIEW_RECORD_TYPE = "budget_overview"
LINE_FIELDS = ("service_code", "quantity", "unit", "unit_price_cents", "arranging_method", "description",
               "plan_support_id", "provider")
REFERENCE_FIELDS = ("service_code", "quantity", "unit", "unit_price_cents", "description")
COMMITMENT_FIELDS = ("number", "provider", "service_code", "max_cents", "valid_from", "valid_to")
USE_FIELDS = ("used_on", "provider", "budget_line_id", "units", "amount_cents", "commitment_number", "amount_reason")
# Plan arranging methods whose cost falls on the county, so on the reference cost.
COUNTY_METHODS = ("own_production", "purchased_service", "service_voucher", "payment_commitment", "personal_budget")
# Refused at once when a line is saved; other issues of ``rules.validate`` are shown live.
HARD_LINE_ISSUES = ("budget.payee_client", "budget.support_unknown")


# -- JSON <-> domain ------------------------------------------------------------------------


def line_json(line: rules.BudgetLine) -> dict[str, Any]:
    return {"id": line.id, "service_code": line.service_code, "quantity": str(line.quantity), "unit": line.unit,
            "unit_price_cents": line.unit_price_cents, "arranging_method": line.arranging_method,
            "description": line.description, "plan_support_id": line.plan_support_id, "provider": line.provider}


def reference_json(line: rules.ReferenceLine) -> dict[str, Any]:
    return {"service_code": line.service_code, "quantity": str(line.quantity), "unit": line.unit,
            "unit_price_cents": line.unit_price_cents, "description": line.description}


def budget_of(found: PersonalBudget) -> rules.Budget:
    return rules.Budget(
        period_start=found.period_start, period_end=found.period_end,
        lines=tuple(rules.BudgetLine(**{**raw, "quantity": Decimal(raw["quantity"])}) for raw in found.lines),
        reference_lines=tuple(rules.ReferenceLine(**{**raw, "quantity": Decimal(raw["quantity"])})
                              for raw in found.reference_lines),
        state=found.state, decision_date=found.decision_date, decision_reference=found.decision_reference or None,
        justification=found.justification or None)


def commitment_of(row: BudgetCommitment) -> follow.PaymentCommitment:
    return follow.PaymentCommitment(number=row.number, provider=row.provider, service_code=row.service_code,
                                   max_cents=row.max_cents, valid_from=row.valid_from, valid_to=row.valid_to)


def use_of(row: BudgetUse) -> follow.RealisedUse:
    return follow.RealisedUse(id=str(row.id), used_on=row.used_on, provider=row.provider,
                              budget_line_id=row.budget_line_id, units=Decimal(row.units),
                              amount_cents=row.amount_cents, commitment_number=row.commitment_number,
                              amount_reason=row.amount_reason or None)


def use_json(use: follow.RealisedUse) -> dict[str, Any]:
    """A use as its history row keeps it."""
    return {"used_on": use.used_on.isoformat(), "provider": use.provider, "budget_line_id": use.budget_line_id,
            "units": str(use.units), "amount_cents": use.amount_cents, "commitment_number": use.commitment_number,
            "amount_reason": use.amount_reason}


def commitment_json(commitment: follow.PaymentCommitment) -> dict[str, Any]:
    return {"number": commitment.number, "provider": commitment.provider, "service_code": commitment.service_code,
            "max_cents": commitment.max_cents, "valid_from": commitment.valid_from.isoformat(),
            "valid_to": commitment.valid_to.isoformat()}


def other_budgets(rows: Sequence[PersonalBudget], but: uuid.UUID | None = None) -> list[rules.OtherBudget]:
    """The client's budgets as the overlap rule sees them, leaving out ``but`` (the one at hand)."""
    return [rules.OtherBudget(b.period_start, b.period_end, b.state) for b in rows if b.id != but]



def _unknown(where: str, fields: Mapping[str, Any], allowed: Sequence[str]) -> None:
    extra = sorted(set(fields) - set(allowed))
    if extra:
        raise ValidationError([Issue(f"{where}/{extra[0]}", "field.choice")])


def _support_ids(plan: ClientPlan) -> set[str]:
    """Support ids straight from the plan's JSON (no domain objects: this runs on every line edit)."""
    return {support["id"] for goal in plan.content.get("goals") or () for support in goal.get("supports") or ()}


# -- views ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BudgetView:
    id: uuid.UUID
    client_id: uuid.UUID
    plan_id: uuid.UUID
    budget: rules.Budget
    totals: rules.BudgetTotals
    issues: list[Issue]  # what ``rules.validate`` says now (shown live; deciding refuses them)
    created_at: datetime
    updated_at: datetime
    revision: int
    overlap_reason: str | None = None  # why it shares days with another of the client's budgets
    overlaps: tuple[rules.OtherBudget, ...] = ()  # the client's other budgets (not closed) it shares days with


@dataclass(frozen=True)
class UseEntry:
    """A realised use as the follow-up table lists it: living, corrected or cancelled."""

    use: follow.RealisedUse
    correction_reason: str | None = None  # why it was corrected (the earlier values are in the history)
    cancel_reason: str | None = None  # set when it was cancelled: it no longer counts

    @property
    def cancelled(self) -> bool:
        return self.cancel_reason is not None


@dataclass(frozen=True)
class CommitmentEntry:
    """A payment commitment as the follow-up table lists it: living, corrected or cancelled."""

    commitment: follow.PaymentCommitment
    correction_reason: str | None = None
    cancel_reason: str | None = None

    @property
    def cancelled(self) -> bool:
        return self.cancel_reason is not None


@dataclass(frozen=True)
class BudgetSaved:
    """The result of a "what if" edit: the recomputed totals and the live issues."""

    key: str  # history key of the change, e.g. ``lines/<id>``
    line_id: str | None
    totals: rules.BudgetTotals
    issues: list[Issue]
    revision: int
    saved_at: datetime
    budget: rules.Budget | None = None  # the budget after the edit (lines with their costs)


@dataclass(frozen=True)
class BudgetChangeView:
    field_key: str
    old_value: Any
    new_value: Any
    changed_at: datetime
    changed_by_name: str
    reason: str = ""  # why a follow-up entry was corrected or cancelled


@dataclass(frozen=True)
class OverviewRow:
    """One HB client in the organisation view; amounts in cents."""

    client_id: uuid.UUID
    client_name: str
    budget_id: uuid.UUID
    state: str
    period_start: date
    period_end: date
    reference_cents: int
    allocation_cents: int
    difference_cents: int  # allocation − reference; ≤ 0 is within the reference
    cost_neutral: bool  # something allocated, within the reference (``rules.cost_state``)
    realised_cents: int
    expected_cents: int  # allocation pro rata the elapsed period on ``today``
    goal_attainment_change: float | None  # None until reviews exist
    budgets: int  # how many budgets the client has in all

    @property
    def cost_state(self) -> str:
        return rules.cost_state(self.allocation_cents, self.reference_cents)


@dataclass(frozen=True)
class PlanSupportChoice:
    """A support of the budget's plan, for linking budget lines to it (``in_budget``: a line is)."""

    id: str
    goal_id: str
    goal_words: str  # the goal in the client's own words ("" when not written)
    description: str
    service_code: str | None
    quantity: Decimal | None
    unit: str | None
    unit_price_cents: int | None
    arranging_method: str | None  # the plan's method (may be e.g. "personal_budget")
    provider_name: str | None
    in_budget: bool
