"""Personal budgets (henkilökohtainen budjetti): build from a plan, "what if" edits with live
totals, decide, close, payment commitments, realised use, follow-up and the organisation view.

The rules are ``domain/budget.py`` (docs/budget.md); unit prices come from the service
catalogue (``services/catalogue.py``). Every call is one transaction; every change writes a
history row (old → new, who, when) and an access-log entry naming the field, never its value.

Storage (``store/models.py``): lines and reference lines are JSON inside the budget row,
quantities as decimal text and money as integer cents. A "what if" edit rewrites that one row
(a 40-line budget is about 8 kB), adds one history row and one access-log row: three small
writes in one transaction. The two totals (allocation, reference) are columns rewritten
with the lines, so the organisation view reads no lines. Payment commitments and realised
uses are rows of their own: they grow through the period (hundreds of uses), are recorded
one at a time and sync one by one, so recording a use never rewrites the budget.

History keys: ``lines/<id>`` and ``reference_lines/<index>`` (the whole line before and
after), ``period``, ``justification``, ``state``, ``decision_date``, ``decision_reference``,
``commitments/<number>`` and ``uses/<id>`` (added).

Reference lines of a new budget (``create_for_plan``): every support of the plan arranged by
the county (own production, purchased service, service voucher, payment commitment or
personal budget) that names a catalogue service and a quantity becomes a reference line —
the services the client is entitled to — with the support's quantity taken as the quantity
for the budget period, the catalogue's unit and the catalogue's unit price on the period's
first day. A support whose service has no price then (priced per decision) or whose unit
differs from the catalogue's is left out; the worker adds or corrects lines with
``set_reference_line``. Informal support and basic services cost the budget nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from sopiva_desk.domain import budget as rules
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.domain.money import InvalidInput, parse_cents, parse_quantity, same_name, share_of
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.catalogue import Catalogue, shipped_catalogue
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.inputs import date_input, prefixed_error
from sopiva_desk.services.plans import plan_of
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import (
    BudgetCommitment,
    BudgetUse,
    ClientPlan,
    PersonalBudget,
    PersonalBudgetChange,
    utc_now,
)
from sopiva_desk.store.repositories import access_log
from sopiva_desk.store.repositories import clients as client_repo
from sopiva_desk.store.repositories import plans as repo

RECORD_TYPE = "personal_budget"
OVERVIEW_RECORD_TYPE = "budget_overview"
LINE_FIELDS = ("service_code", "quantity", "unit", "unit_price_cents", "arranging_method", "description",
               "plan_support_id", "provider")
REFERENCE_FIELDS = ("service_code", "quantity", "unit", "unit_price_cents", "description")
COMMITMENT_FIELDS = ("number", "provider", "service_code", "max_cents", "valid_from", "valid_to")
USE_FIELDS = ("used_on", "provider", "budget_line_id", "units", "amount_cents", "commitment_number")
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


def _commitment(row: BudgetCommitment) -> rules.PaymentCommitment:
    return rules.PaymentCommitment(number=row.number, provider=row.provider, service_code=row.service_code,
                                   max_cents=row.max_cents, valid_from=row.valid_from, valid_to=row.valid_to)


def _use(row: BudgetUse) -> rules.RealisedUse:
    return rules.RealisedUse(id=str(row.id), used_on=row.used_on, provider=row.provider,
                             budget_line_id=row.budget_line_id, units=Decimal(row.units),
                             amount_cents=row.amount_cents, commitment_number=row.commitment_number)



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


@dataclass(frozen=True)
class BudgetSaved:
    """The result of a "what if" edit: the recomputed totals and the live issues."""

    key: str  # history key of the change, e.g. ``lines/<id>``
    line_id: str | None
    totals: rules.BudgetTotals
    issues: list[Issue]
    revision: int
    saved_at: datetime


@dataclass(frozen=True)
class BudgetChangeView:
    field_key: str
    old_value: Any
    new_value: Any
    changed_at: datetime
    changed_by_name: str


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
    difference_cents: int  # allocation − reference; ≤ 0 is cost-neutral
    cost_neutral: bool
    realised_cents: int
    expected_cents: int  # allocation pro rata the elapsed period on ``today``
    goal_attainment_change: float | None  # None until reviews exist
    budgets: int  # how many budgets the client has in all


class BudgetService:
    def __init__(self, db: Database, actor: Actor, catalogue: Catalogue | None = None) -> None:
        self._db = db
        self._actor = actor
        self._catalogue = catalogue

    @property
    def catalogue(self) -> Catalogue:
        return self._catalogue or shipped_catalogue()

    # -- helpers ------------------------------------------------------------------------------

    def _log(self, session: Session, action: str, found: PersonalBudget, fields: tuple[str, ...] = ()) -> None:
        access_log.record(session, user_id=self._actor.user_id, user_name=self._actor.user_name, action=action,
                          record_type=RECORD_TYPE, client_id=found.client_id, record_id=found.id, fields=fields)

    def _changed(self, session: Session, found: PersonalBudget, key: str, old: Any, new: Any) -> None:
        session.add(PersonalBudgetChange(budget_id=found.id, field_key=key, old_value=old, new_value=new,
                                         changed_by=self._actor.user_id, changed_by_name=self._actor.user_name))
        found.updated_at = utc_now()
        found.updated_by = self._actor.user_id
        self._log(session, "update", found, (key,))

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

    def _view(self, session: Session, found: PersonalBudget) -> BudgetView:
        budget = budget_of(found)
        return BudgetView(found.id, found.client_id, found.plan_id, budget, rules.recompute(budget),
                          rules.validate(budget, **self._context(session, found)), found.created_at,
                          found.updated_at, found.revision)

    def _edit(self, session: Session, found: PersonalBudget, key: str, line_id: str | None,
              old: Any, new: Any, budget: rules.Budget, context: Mapping[str, Any]) -> BudgetSaved:
        totals = rules.recompute(budget)
        issues = rules.validate(budget, **context)
        if old != new:
            self._store(found, budget, totals)
            self._changed(session, found, key, old, new)
        session.flush()
        return BudgetSaved(key, line_id, totals, issues, found.revision, found.updated_at)

    @staticmethod
    def _editable(found: PersonalBudget) -> None:
        """Refuse edits of a decided (locked) or closed budget before looking at the input."""
        if found.state == "decided":
            raise ValidationError([Issue("state", "budget.locked")])
        if found.state == "closed":
            raise ValidationError([Issue("state", "budget.closed")])

    # -- use cases ----------------------------------------------------------------------------

    def create_for_plan(self, plan_id: uuid.UUID, period_start: date | str, period_end: date | str) -> BudgetView:
        """An indicative budget for the plan's client, with reference lines from the plan (module doc)."""
        start = date_input("period_start", period_start, required=True)
        end = date_input("period_end", period_end, required=True)
        assert start is not None and end is not None
        with storage_errors(), self._db.transaction() as session:
            plan_row = repo.get_plan(session, plan_id)
            if plan_row is None:
                raise RecordGoneError()
            if plan_row.status == "superseded":
                raise ValidationError([Issue("plan_id", "plan.locked")])
            empty = rules.Budget(period_start=start, period_end=end)
            period = [i for i in rules.validate(empty) if i.field.startswith("period")]
            if period:
                raise ValidationError(period)
            references = []
            for support in plan_of(plan_row).supports():
                service = self.catalogue.service(support.service_code) if support.service_code else None
                if (service is None or support.quantity is None or support.arranging_method not in COUNTY_METHODS
                        or (support.unit is not None and support.unit != service.unit)):
                    continue
                price = service.price_on(start)
                if price is None:
                    continue
                references.append(rules.ReferenceLine(service_code=service.code, quantity=support.quantity,
                                                      unit=service.unit, unit_price_cents=price,
                                                      description=support.description))
            budget = replace(empty, reference_lines=tuple(references))
            found = PersonalBudget(id=uuid.uuid4(), created_by=self._actor.user_id, updated_by=self._actor.user_id,
                                   client_id=plan_row.client_id, plan_id=plan_row.id, state="indicative",
                                   period_start=start, period_end=end, lines=[], reference_lines=[],
                                   justification="", decision_reference="")
            self._store(found, budget, rules.recompute(budget))
            session.add(found)
            self._log(session, "create", found)
            session.flush()
            return self._view(session, found)

    def open(self, budget_id: uuid.UUID) -> BudgetView:
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, budget_id)
            self._log(session, "view", found)
            return self._view(session, found)

    def for_client(self, client_id: uuid.UUID) -> list[BudgetView]:
        """The client's budgets, latest period first (not logged, like other lists)."""
        with storage_errors(), self._db.read() as session:
            return [self._view(session, b) for b in repo.budgets_for_client(session, client_id)]

    def set_line(self, budget_id: uuid.UUID, line_id: str | None, fields: Mapping[str, Any]) -> BudgetSaved:
        """Add (``line_id`` None) or change a line and return the recomputed totals.

        ``quantity`` and ``unit_price_cents`` take what the user typed ("7,5", "33,50 €"; an int
        price is cents). Choosing a service fills the unit and the unit price on the period's
        first day unless they are given too. A provider that is the client, or a support the
        plan does not have, is refused; the other rules come back as live ``issues``.
        """
        new_id = line_id or str(uuid.uuid4())
        where = f"lines/{new_id}"
        _unknown(where, fields, LINE_FIELDS)
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, budget_id)
            self._editable(found)
            budget = budget_of(found)
            old_line = budget.line(new_id) if line_id else None
            if line_id and old_line is None:
                raise RecordGoneError()
            if not line_id and len(budget.lines) >= rules.LINES_MAX:
                raise ValidationError([Issue("lines", "field.too_many", {"max": rules.LINES_MAX})])
            values: dict[str, Any] = line_json(old_line) if old_line else {
                "id": new_id, "quantity": "0", "arranging_method": None, "description": None, "plan_support_id": None,
                "provider": None}
            values["quantity"] = Decimal(values["quantity"]) if values.get("quantity") is not None else None
            try:
                for key, raw in fields.items():
                    if key == "quantity":
                        values[key] = parse_quantity(raw, key)
                    elif key == "unit_price_cents":
                        values[key] = parse_cents(raw, key)
                    else:
                        values[key] = raw
            except InvalidInput as err:
                raise prefixed_error(where, err) from None
            code = values.get("service_code")
            if "service_code" in fields:
                service = self.catalogue.service(code) if isinstance(code, str) else None
                if service is None:
                    raise ValidationError([Issue(f"{where}/service_code", "field.required" if not code
                                                 else "field.choice")])
                if "unit" not in fields:
                    values["unit"] = service.unit
                if "unit_price_cents" not in fields:
                    values["unit_price_cents"] = service.price_on(found.period_start)
            for key in ("service_code", "quantity", "unit", "unit_price_cents"):
                if values.get(key) is None or values.get(key) == "":
                    raise ValidationError([Issue(f"{where}/{key}", "field.required")])
            try:
                line = rules.BudgetLine(**values)
                budget = rules.set_line(budget, line)  # budget.locked / budget.closed
            except InvalidInput as err:
                raise prefixed_error(where, err) from None
            context = self._context(session, found)
            hard = [i for i in rules.validate(budget, **context)
                    if i.field.startswith(f"{where}/") and i.key in HARD_LINE_ISSUES]
            if hard:
                raise ValidationError(hard)
            return self._edit(session, found, where, new_id, line_json(old_line) if old_line else None,
                              line_json(line), budget, context)

    def remove_line(self, budget_id: uuid.UUID, line_id: str) -> BudgetSaved:
        where = f"lines/{line_id}"
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, budget_id)
            self._editable(found)
            budget = budget_of(found)
            old = budget.line(line_id)
            if old is None:
                raise RecordGoneError()
            budget = rules.remove_line(budget, line_id)
            return self._edit(session, found, where, line_id, line_json(old), None, budget,
                              self._context(session, found))

    def set_reference_line(self, budget_id: uuid.UUID, index: int | None,
                           fields: Mapping[str, Any] | None) -> BudgetSaved:
        """Add (``index`` None), change or remove (``fields`` None) a reference line."""
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, budget_id)
            self._editable(found)
            budget = budget_of(found)
            references = list(budget.reference_lines)
            if index is not None and not 0 <= index < len(references):
                raise RecordGoneError()
            at = len(references) if index is None else index
            where = f"reference_lines/{at}"
            old = reference_json(references[at]) if index is not None else None
            if fields is None:
                if index is None:
                    raise RecordGoneError()
                references.pop(at)
                new = None
            else:
                _unknown(where, fields, REFERENCE_FIELDS)
                values: dict[str, Any] = dict(old or {"description": None})
                values["quantity"] = Decimal(values["quantity"]) if values.get("quantity") is not None else None
                try:
                    for key, raw in fields.items():
                        if key == "quantity":
                            values[key] = parse_quantity(raw, key)
                        elif key == "unit_price_cents":
                            values[key] = parse_cents(raw, key)
                        else:
                            values[key] = raw
                except InvalidInput as err:
                    raise prefixed_error(where, err) from None
                if "service_code" in fields:
                    service = self.catalogue.service(values["service_code"]) if values["service_code"] else None
                    if service is None:
                        raise ValidationError([Issue(f"{where}/service_code", "field.choice")])
                    values.setdefault("unit", None)
                    if "unit" not in fields:
                        values["unit"] = service.unit
                    if "unit_price_cents" not in fields:
                        values["unit_price_cents"] = service.price_on(found.period_start)
                for key in ("service_code", "quantity", "unit", "unit_price_cents"):
                    if values.get(key) is None:
                        raise ValidationError([Issue(f"{where}/{key}", "field.required")])
                try:
                    line = rules.ReferenceLine(**values)
                except InvalidInput as err:
                    raise prefixed_error(where, err) from None
                new = reference_json(line)
                if index is None:
                    references.append(line)
                else:
                    references[at] = line
            try:
                budget = rules.edit(budget, reference_lines=tuple(references))
            except InvalidInput as err:  # pragma: no cover - the lines were checked above
                raise prefixed_error(where, err) from None
            return self._edit(session, found, where, None, old, new, budget, self._context(session, found))

    def set_justification(self, budget_id: uuid.UUID, text: str | None) -> BudgetSaved:
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, budget_id)
            self._editable(found)
            budget = budget_of(found)
            try:
                budget = rules.edit(budget, justification=text)
            except InvalidInput as err:
                raise ValidationError([err.issue]) from None
            new = budget.justification or ""
            old = found.justification
            if old != new:
                found.justification = new
            return self._edit(session, found, "justification", None, old or None, new or None, budget,
                              self._context(session, found))

    def set_period(self, budget_id: uuid.UUID, period_start: date | str, period_end: date | str) -> BudgetSaved:
        """Change the period of an indicative budget; a period that breaks the rules is refused."""
        start = date_input("period_start", period_start, required=True)
        end = date_input("period_end", period_end, required=True)
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, budget_id)
            self._editable(found)
            budget = rules.edit(budget_of(found), period_start=start, period_end=end)
            context = self._context(session, found)
            period = [i for i in rules.validate(budget, **context) if i.field.startswith("period")]
            if period:
                raise ValidationError(period)
            old = [found.period_start.isoformat(), found.period_end.isoformat()]
            assert start is not None and end is not None
            new = [start.isoformat(), end.isoformat()]
            if old != new:
                found.period_start, found.period_end = start, end
            return self._edit(session, found, "period", None, old, new, budget, context)

    def decide(self, budget_id: uuid.UUID, decision_date: date | str, reference: str | None = None) -> BudgetView:
        """indicative → decided; ``ValidationError`` lists everything that stops it."""
        day = date_input("decision_date", decision_date, required=True)
        assert day is not None
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, budget_id)
            try:
                decided = rules.decide(budget_of(found), day, decision_reference=reference,
                                       **self._context(session, found))
            except InvalidInput as err:
                raise ValidationError([err.issue]) from None
            self._changed(session, found, "state", found.state, "decided")
            self._changed(session, found, "decision_date", None, day.isoformat())
            if (decided.decision_reference or "") != found.decision_reference:
                self._changed(session, found, "decision_reference", found.decision_reference or None,
                              decided.decision_reference)
            found.state = "decided"
            found.decision_date = day
            found.decision_reference = decided.decision_reference or ""
            session.flush()
            return self._view(session, found)

    def close(self, budget_id: uuid.UUID) -> BudgetView:
        """decided → closed: read-only from then on, follow-up included."""
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, budget_id)
            rules.close(budget_of(found))  # budget.state_transition
            self._changed(session, found, "state", found.state, "closed")
            found.state = "closed"
            session.flush()
            return self._view(session, found)

    # -- follow-up ------------------------------------------------------------------------------

    def add_commitment(self, budget_id: uuid.UUID, fields: Mapping[str, Any]) -> rules.PaymentCommitment:
        """A payment commitment under a budget that is not closed; ``max_cents`` takes typed euros."""
        _unknown("commitment", fields, COMMITMENT_FIELDS)
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, budget_id)
            if found.state == "closed":
                raise ValidationError([Issue("state", "budget.closed")])
            try:
                max_cents = parse_cents(fields.get("max_cents"), "max_cents")
                if max_cents is None:
                    raise ValidationError([Issue("max_cents", "field.required")])
                commitment = rules.PaymentCommitment(
                    number=fields.get("number"), provider=fields.get("provider"),
                    service_code=fields.get("service_code"), max_cents=max_cents,
                    valid_from=date_input("valid_from", fields.get("valid_from"), required=True),
                    valid_to=date_input("valid_to", fields.get("valid_to"), required=True))
            except InvalidInput as err:
                raise ValidationError([err.issue]) from None
            context = self._context(session, found)
            if same_name(commitment.provider, context["client_name"]):
                raise ValidationError([Issue("provider", "budget.payee_client")])
            if any(c.number == commitment.number for c in repo.commitments_of(session, found.id)):
                raise ValidationError([Issue("number", "budget.commitment_number_taken")])
            session.add(BudgetCommitment(
                id=uuid.uuid4(), created_by=self._actor.user_id, updated_by=self._actor.user_id, budget_id=found.id,
                number=commitment.number, provider=commitment.provider, service_code=commitment.service_code,
                max_cents=commitment.max_cents, valid_from=commitment.valid_from, valid_to=commitment.valid_to))
            self._changed(session, found, f"commitments/{commitment.number}", None,
                          {"number": commitment.number, "provider": commitment.provider,
                           "service_code": commitment.service_code, "max_cents": commitment.max_cents,
                           "valid_from": commitment.valid_from.isoformat(),
                           "valid_to": commitment.valid_to.isoformat()})
            return commitment

    def commitments(self, budget_id: uuid.UUID) -> list[rules.PaymentCommitment]:
        with storage_errors(), self._db.read() as session:
            self._get(session, budget_id)
            return [_commitment(c) for c in repo.commitments_of(session, budget_id)]

    def record_use(self, budget_id: uuid.UUID, fields: Mapping[str, Any]) -> rules.RealisedUse:
        """One realised use on a decided budget (``units`` and ``amount_cents`` take typed values)."""
        _unknown("use", fields, USE_FIELDS)
        use_id = uuid.uuid4()
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, budget_id)
            try:
                units = parse_quantity(fields.get("units"), "units")
                amount = parse_cents(fields.get("amount_cents"), "amount_cents")
                missing = [Issue(k, "field.required") for k, v in (("units", units), ("amount_cents", amount))
                           if v is None]
                if missing:
                    raise ValidationError(missing)
                assert units is not None and amount is not None
                use = rules.RealisedUse(
                    id=str(use_id), used_on=date_input("used_on", fields.get("used_on"), required=True),
                    provider=fields.get("provider"), budget_line_id=fields.get("budget_line_id"), units=units,
                    amount_cents=amount, commitment_number=fields.get("commitment_number"))
            except InvalidInput as err:
                raise ValidationError([err.issue]) from None
            commitments = [_commitment(c) for c in repo.commitments_of(session, found.id)]
            issues = rules.check_use(budget_of(found), use, commitments,
                                     client_name=self._context(session, found)["client_name"])
            if issues:
                raise ValidationError(issues)
            session.add(BudgetUse(
                id=use_id, created_by=self._actor.user_id, updated_by=self._actor.user_id, budget_id=found.id,
                used_on=use.used_on, provider=use.provider, budget_line_id=use.budget_line_id,
                units=str(use.units), amount_cents=use.amount_cents, commitment_number=use.commitment_number))
            self._changed(session, found, f"uses/{use_id}", None,
                          {"used_on": use.used_on.isoformat(), "provider": use.provider,
                           "budget_line_id": use.budget_line_id, "units": str(use.units),
                           "amount_cents": use.amount_cents, "commitment_number": use.commitment_number})
            return use

    def uses(self, budget_id: uuid.UUID) -> list[rules.RealisedUse]:
        with storage_errors(), self._db.read() as session:
            self._get(session, budget_id)
            return [_use(u) for u in repo.uses_of(session, budget_id)]

    def follow_up(self, budget_id: uuid.UUID, today: date) -> rules.FollowUp:
        """Balances, use against elapsed time and the alerts on ``today`` (logged as a view)."""
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, budget_id)
            self._log(session, "view", found, ("follow_up",))
            return rules.follow_up(budget_of(found), [_commitment(c) for c in repo.commitments_of(session, found.id)],
                                   [_use(u) for u in repo.uses_of(session, found.id)], today)

    def history(self, budget_id: uuid.UUID) -> list[BudgetChangeView]:
        with storage_errors(), self._db.read() as session:
            self._get(session, budget_id)
            return [BudgetChangeView(c.field_key, c.old_value, c.new_value, c.changed_at, c.changed_by_name)
                    for c in repo.budget_changes(session, budget_id)]

    # -- organisation view ----------------------------------------------------------------------

    def organisation_overview(self, today: date) -> list[OverviewRow]:
        """One row per client with a personal budget (an HB client), sorted by name.

        The row is the client's budget in force: a decided or closed budget whose period holds
        ``today``, else the latest decided or closed one, else the latest indicative one. One
        query (totals are columns, uses summed in SQL); one access-log entry for the view.
        Goal attainment needs reviews, which do not exist yet: always ``None``.
        """
        with storage_errors(), self._db.transaction() as session:
            rows = repo.budget_overview_rows(session)
            access_log.record(session, user_id=self._actor.user_id, user_name=self._actor.user_name,
                              action="view", record_type=OVERVIEW_RECORD_TYPE, client_id=None, fields=("budgets",))
        by_client: dict[uuid.UUID, list[Any]] = {}
        for row in rows:
            by_client.setdefault(row.client_id, []).append(row)

        def rank(row: Any) -> tuple[int, date, datetime]:
            settled = row.state != "indicative"
            in_force = settled and row.period_start <= today <= row.period_end
            return (2 if in_force else 1 if settled else 0, row.period_start, row.created_at)

        result = []
        for client_id, budgets in by_client.items():
            row = max(budgets, key=rank)
            elapsed = rules.elapsed_fraction(row.period_start, row.period_end, today)
            difference = row.allocation_cents - row.reference_cents
            result.append(OverviewRow(
                client_id, f"{row.last_name} {row.first_names}", row.id, row.state, row.period_start, row.period_end,
                row.reference_cents, row.allocation_cents, difference, difference <= 0, int(row.realised_cents),
                share_of(row.allocation_cents, elapsed.numerator, elapsed.denominator), None, len(budgets)))
        result.sort(key=lambda r: (r.client_name.casefold(), str(r.client_id)))
        return result
