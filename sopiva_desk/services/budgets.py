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
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sopiva_desk.domain import budget as rules
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.domain.money import InvalidInput, parse_cents, parse_quantity, same_name, share_of
from sopiva_desk.domain.plans import Plan
from sopiva_desk.services.budget_base import BudgetBase
from sopiva_desk.services.budget_content import (
    COMMITMENT_FIELDS,
    COUNTY_METHODS,
    HARD_LINE_ISSUES,
    LINE_FIELDS,
    OVERVIEW_RECORD_TYPE,
    RECORD_TYPE,
    REFERENCE_FIELDS,
    USE_FIELDS,
    BudgetChangeView,
    BudgetSaved,
    BudgetView,
    CommitmentEntry,
    OverviewRow,
    PlanSupportChoice,
    UseEntry,
    _unknown,
    budget_of,
    line_json,
    reference_json,
)
from sopiva_desk.services.budget_follow_up import BudgetFollowUp, FollowUpEntries
from sopiva_desk.services.catalogue import Service
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.inputs import date_input, prefixed_error
from sopiva_desk.services.listings import record_listing
from sopiva_desk.services.plans import plan_of
from sopiva_desk.services.reviews import attainment_changes_in
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.store.models import PersonalBudget
from sopiva_desk.store.repositories import clients as client_repo
from sopiva_desk.store.repositories import plans as repo

__all__ = [
    "COMMITMENT_FIELDS", "COUNTY_METHODS", "HARD_LINE_ISSUES", "LINE_FIELDS", "OVERVIEW_RECORD_TYPE", "RECORD_TYPE",
    "REFERENCE_FIELDS", "USE_FIELDS", "BudgetBase", "BudgetChangeView", "BudgetSaved", "BudgetService",
    "BudgetView", "CommitmentEntry", "FollowUpEntries", "OverviewRow", "PlanSupportChoice", "UseEntry", "budget_of",
    "line_json", "reference_json",
]


def _put_typed(values: dict[str, Any], fields: Mapping[str, Any], where: str) -> None:
    """Put ``fields`` into ``values``, parsing what the user typed for quantity and unit price."""
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


class BudgetService(BudgetFollowUp):
    # -- use cases ----------------------------------------------------------------------------

    def create_for_plan(self, plan_id: uuid.UUID, period_start: date | str, period_end: date | str,
                        overlap_reason: str | None = None) -> BudgetView:
        """An indicative budget for the plan's client, built from the plan (module doc): a line for
        every priced support and the reference lines from the price list.

        A period that shares days with another of the client's budgets (not closed) is refused
        unless ``overlap_reason`` says why (``budget.overlap_reason_required``); the reason is kept
        with the budget and in its history.
        """
        start = date_input("period_start", period_start, required=True)
        end = date_input("period_end", period_end, required=True)
        assert start is not None and end is not None
        try:
            reason = rules.clean_reason("overlap_reason", overlap_reason, required=False)
        except InvalidInput as err:
            raise ValidationError([err.issue]) from None
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
            self._check_overlap(session, plan_row.client_id, start, end, reason)
            plan = plan_of(plan_row)
            client = client_repo.get_client(session, plan_row.client_id, include_deleted=True)
            client_name = f"{client.first_names} {client.last_name}" if client else None
            budget = replace(empty, reference_lines=tuple(self._references_from(plan, start)))
            budget = replace(budget, lines=tuple(self._lines_from(plan, budget, client_name)))
            found = PersonalBudget(id=uuid.uuid4(), client_id=plan_row.client_id, plan_id=plan_row.id,
                                   state="indicative", period_start=start, period_end=end, lines=[], reference_lines=[],
                                   justification="", decision_reference="", overlap_reason=reason or "")
            self._store(found, budget, rules.recompute(budget))
            self._recorder(session).create(found)
            if reason:
                self._changed(session, found, "overlap_reason", None, reason)
            session.flush()
            return self._view(session, found)

    def _references_from(self, plan: Plan, start: date) -> list[rules.ReferenceLine]:
        """Reference lines for the plan's supports the county arranges (module doc)."""
        references = []
        for support in plan.supports():
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
        return references

    def _lines_from(self, plan: Plan, budget: rules.Budget, client_name: str | None) -> list[rules.BudgetLine]:
        """A line for every support of the plan no line is linked to yet (``add_lines_from_plan``)."""
        linked = {line.plan_support_id for line in budget.lines}
        added: list[rules.BudgetLine] = []
        for support in plan.supports():
            service = self.catalogue.service(support.service_code) if support.service_code else None
            if (service is None or support.id in linked or support.arranging_method not in COUNTY_METHODS
                    or len(budget.lines) + len(added) >= rules.LINES_MAX):
                continue
            own_price = support.unit is not None and support.unit_price_cents is not None
            provider = support.provider_name if support.provider_kind == "service_provider" else None
            added.append(rules.BudgetLine(
                id=str(uuid.uuid4()), service_code=service.code, quantity=support.quantity or Decimal(0),
                unit=support.unit if own_price and support.unit else service.unit,
                unit_price_cents=(support.unit_price_cents if own_price and support.unit_price_cents is not None
                                  else service.price_on(budget.period_start) or 0),
                arranging_method=(support.arranging_method if support.arranging_method in rules.ARRANGING_METHODS
                                  else "payment_commitment"),
                description=support.description, plan_support_id=support.id,
                provider=None if same_name(provider, client_name) else provider))
        return added

    def open(self, budget_id: uuid.UUID) -> BudgetView:
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, budget_id)
            self._log(session, "view", found)
            return self._view(session, found)

    def for_client(self, client_id: uuid.UUID) -> list[BudgetView]:
        """The client's budgets, latest period first (not logged, like other lists)."""
        with storage_errors(), self._db.read() as session:
            rows = repo.budgets_for_client(session, client_id)
            return [self._view(session, b, rows) for b in rows]

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
            _put_typed(values, fields, where)
            code = values.get("service_code")
            if "service_code" in fields:
                service = self.catalogue.service(code) if isinstance(code, str) else None
                if service is None:
                    raise ValidationError([Issue(f"{where}/service_code", "field.required" if not code
                                                 else "field.choice")])
                self._fill_from_service(values, fields, service, old_line.service_code if old_line else None,
                                        found.period_start)
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

    def _fill_from_service(self, values: dict[str, Any], fields: Mapping[str, Any], service: Service,
                           old_code: str | None, start: date) -> None:
        """Choosing a service sets its unit and its unit price on the period's first day, unless
        they are given too. A service priced per decision keeps a price typed by hand, but not one
        that came from the service chosen before (0 € then, to be filled in)."""
        if "unit" not in fields:
            values["unit"] = service.unit
        if "unit_price_cents" in fields:
            return
        price = service.price_on(start)
        if price is None:
            old = self.catalogue.service(old_code) if old_code and old_code != service.code else None
            current = values.get("unit_price_cents")
            price = 0 if current is None or (old is not None and current == old.price_on(start)) else current
        values["unit_price_cents"] = price

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
                _put_typed(values, fields, where)
                if "service_code" in fields:
                    service = self.catalogue.service(values["service_code"]) if values["service_code"] else None
                    if service is None:
                        raise ValidationError([Issue(f"{where}/service_code", "field.choice")])
                    self._fill_from_service(values, fields, service, (old or {}).get("service_code"),
                                            found.period_start)
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
            assert start is not None and end is not None
            try:
                self._check_overlap(session, found.client_id, start, end, found.overlap_reason or None, found.id)
            except ValidationError as err:  # shown at the period: a budget made with no reason keeps none
                raise ValidationError([replace(i, field="period_end") for i in err.issues]) from None
            old = [found.period_start.isoformat(), found.period_end.isoformat()]
            new = [start.isoformat(), end.isoformat()]
            if old != new:
                found.period_start, found.period_end = start, end
            return self._edit(session, found, "period", None, old, new, budget, context)

    def decide(self, budget_id: uuid.UUID, decision_date: date | str, reference: str | None = None) -> BudgetView:
        """indicative → decided; ``ValidationError`` lists everything that stops it."""
        day = date_input("decision_date", decision_date, required=True)
        assert day is not None
        if day > date.today():  # a decision that has been made
            raise ValidationError([Issue("decision_date", "date.future")])
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

    # -- the plan's supports ----------------------------------------------------------------

    def plan_supports(self, budget_id: uuid.UUID) -> list[PlanSupportChoice]:
        """The supports of the budget's plan in goal order (what a line can be linked to).

        Read with the budget, not logged again: the plan is shown only as the choices of a line.
        """
        with storage_errors(), self._db.read() as session:
            found = self._get(session, budget_id)
            plan_row = repo.get_plan(session, found.plan_id)
            if plan_row is None:
                return []
            linked = {line.get("plan_support_id") for line in found.lines}
            return [PlanSupportChoice(
                support.id, goal.id, goal.client_words or "", support.description or "", support.service_code,
                support.quantity, support.unit, support.unit_price_cents, support.arranging_method,
                support.provider_name, support.id in linked)
                for goal in plan_of(plan_row).goals for support in goal.supports]

    def add_lines_from_plan(self, budget_id: uuid.UUID) -> BudgetSaved:
        """A line for every support of the plan that no line is linked to yet and that the county
        arranges with a catalogue service (informal support and basic services cost nothing).

        The line takes the support's quantity (0 when none), its unit and unit price when both are
        given (else the catalogue's on the period's first day, 0 when priced per decision), its
        method when it is one a line may have (else payment commitment) and its service provider.
        One history row per line, one transaction. A new budget starts with these lines already.
        """
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, budget_id)
            self._editable(found)
            budget = budget_of(found)
            context = self._context(session, found)
            plan_row = repo.get_plan(session, found.plan_id)
            added = self._lines_from(plan_of(plan_row), budget, context["client_name"]) if plan_row else []
            budget = replace(budget, lines=budget.lines + tuple(added))
            totals = rules.recompute(budget)
            if added:
                self._store(found, budget, totals)
                for line in added:
                    self._changed(session, found, f"lines/{line.id}", None, line_json(line))
            session.flush()
            return BudgetSaved("lines", None, totals, rules.validate(budget, **context), found.revision,
                               found.updated_at, budget)

    # -- organisation view ----------------------------------------------------------------------

    def organisation_overview(self, today: date) -> list[OverviewRow]:
        """One row per client with a personal budget (an HB client), sorted by name.

        The row is the client's budget in force: a decided or closed budget whose period holds
        ``today``, else the latest decided or closed one, else the latest indicative one. One
        query (totals are columns, uses summed in SQL) and one for the completed reviews; one
        access-log entry for the view. The change in goal attainment is
        ``domain.reviews.attainment_change`` (``None`` until two completed reviews).
        """
        with storage_errors(), self._db.transaction() as session:
            rows = repo.budget_overview_rows(session)
            attainment = attainment_changes_in(session)
            # Every client in it is named, so each client's own log shows the overview.
            record_listing(session, self._actor, OVERVIEW_RECORD_TYPE, (row.client_id for row in rows),
                           action="view", fields=("budgets",))
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
            neutral = rules.cost_state(row.allocation_cents, row.reference_cents) == "cost_neutral"
            result.append(OverviewRow(
                client_id, f"{row.last_name} {row.first_names}", row.id, row.state, row.period_start, row.period_end,
                row.reference_cents, row.allocation_cents, difference, neutral, int(row.realised_cents),
                share_of(row.allocation_cents, elapsed.numerator, elapsed.denominator), attainment.get(client_id),
                len(budgets)))
        result.sort(key=lambda r: (r.client_name.casefold(), str(r.client_id)))
        return result
