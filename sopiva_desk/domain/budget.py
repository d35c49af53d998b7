"""Personal budget (henkilökohtainen budjetti, HB); rules in docs/budget.md.

- **Reference cost** = Σ reference lines (services the client has or is entitled to × the
  county's unit price): the cost-neutrality ceiling for the budget period.
- **Allocation** = Σ budget lines (quantity × unit price, each rounded half up to the cent).
- **Difference** = allocation − reference; the budget is cost-neutral when it is ≤ 0. Going
  over the reference needs a written justification before the budget can be decided.
- **No money is ever paid to the client.** A line is arranged by payment commitment, service
  voucher, purchased service or own production; there is no cash method and no way to make
  one (any other value is refused with ``budget.method_not_allowed``). Who is paid follows
  from the method (``BudgetLine.payee``: a service provider, or the county's own unit) and is
  never the client; a provider named like the client is refused (``budget.payee_client``).
- **States**: indicative → decided → closed, nothing else. Only an indicative budget can be
  edited; a decided one is locked (a change needs a new decision), follow-up goes on; a
  closed one is read-only, follow-up included.
- **Overlap**: a client's budgets that are not closed may share days only with a written reason.

Periods are ``budget_periods.py``; payment commitments, realised use, balances and alerts
are ``budget_follow_up.py``.

All values are frozen dataclasses; edits return new ones. Constructors refuse values no
budget may hold (``InvalidInput`` with one ``Issue``); ``validate`` lists every rule the
budget as a whole breaks, and transitions raise ``ValidationError`` with all of them.
``Issue.field`` is the attribute, or ``lines/<id>/<attribute>``, ``reference_lines/<index>/
<attribute>``, ``commitments/<number>`` or ``uses/<id>`` for rows.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sopiva_desk.domain.budget_periods import (  # noqa: F401 - the period rules are part of this module's API
    PERIOD_MAX_YEARS,
    elapsed_fraction,
    latest_period_end,
    months_touched,
    overlaps,
    period_days,
    prorate_yearly,
    quantity_cap,
    year_fraction,
)
from sopiva_desk.domain.issues import Day, Issue, ValidationError
from sopiva_desk.domain.money import (
    InvalidInput,
    check_cents,
    check_quantity,
    check_unit,
    clean_text,
    line_cents,
    same_name,
)

# How a budget line is arranged. There is deliberately no "cash" or "direct_payment".
ARRANGING_METHODS = ("payment_commitment", "service_voucher", "purchased_service", "own_production")
# Who receives the money for a line, by arranging method. Never the client.
PAYEE_BY_METHOD = {
    "payment_commitment": "service_provider",
    "service_voucher": "service_provider",
    "purchased_service": "service_provider",
    "own_production": "county",
}
STATES = ("indicative", "decided", "closed")
TRANSITIONS = {"indicative": ("decided",), "decided": ("closed",), "closed": ()}

LINES_MAX = 100
# How the totals read: nothing allocated yet, within the reference cost, or over it.
COST_STATES = ("no_allocation", "cost_neutral", "over_reference")

ID_MAX, CODE_MAX, DESCRIPTION_MAX, PROVIDER_MAX, NUMBER_MAX = 64, 40, 500, 200, 60
JUSTIFICATION_MAX, DECISION_REFERENCE_MAX, REASON_MAX = 4000, 100, 1000


# -- checks shared by the constructors ------------------------------------------------------


def required_text(where: str, raw: Any, limit: int) -> str:
    text = clean_text(where, raw, limit, one_line=True)
    if text is None:
        raise InvalidInput(Issue(where, "field.required"))
    return text


def check_date(where: str, raw: Any, *, optional: bool = False) -> date | None:
    if raw is None and optional:
        return None
    if isinstance(raw, datetime) or not isinstance(raw, date):  # a moment is not a day
        raise InvalidInput(Issue(where, "date.format"))
    return raw


def set_frozen(obj: object, name: str, value: Any) -> None:
    object.__setattr__(obj, name, value)


# -- budget ---------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ReferenceLine:
    """A service the client has or is entitled to, for the whole budget period, at the county's price."""

    service_code: str
    quantity: Decimal
    unit: str
    unit_price_cents: int
    description: str | None = None
    cents: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        set_frozen(self, "service_code", required_text("service_code", self.service_code, CODE_MAX))
        set_frozen(self, "quantity", check_quantity("quantity", self.quantity))
        set_frozen(self, "unit", check_unit("unit", self.unit))
        set_frozen(self, "unit_price_cents", check_cents("unit_price_cents", self.unit_price_cents))
        set_frozen(self, "description", clean_text("description", self.description, DESCRIPTION_MAX))
        set_frozen(self, "cents", line_cents(self.quantity, self.unit_price_cents))


@dataclass(frozen=True, kw_only=True)
class BudgetLine:
    """One use of the budget: quantity × unit price, arranged without paying the client."""

    id: str
    service_code: str
    quantity: Decimal
    unit: str
    unit_price_cents: int
    arranging_method: str
    description: str | None = None
    plan_support_id: str | None = None
    provider: str | None = None  # the service provider's name, when chosen
    cents: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.arranging_method not in ARRANGING_METHODS:
            raise InvalidInput(Issue("arranging_method", "budget.method_not_allowed"))
        set_frozen(self, "id", required_text("id", self.id, ID_MAX))
        set_frozen(self, "service_code", required_text("service_code", self.service_code, CODE_MAX))
        set_frozen(self, "quantity", check_quantity("quantity", self.quantity))
        set_frozen(self, "unit", check_unit("unit", self.unit))
        set_frozen(self, "unit_price_cents", check_cents("unit_price_cents", self.unit_price_cents))
        set_frozen(self, "description", clean_text("description", self.description, DESCRIPTION_MAX))
        set_frozen(self, "plan_support_id", clean_text("plan_support_id", self.plan_support_id, ID_MAX))
        set_frozen(self, "provider", clean_text("provider", self.provider, PROVIDER_MAX, one_line=True))
        set_frozen(self, "cents", line_cents(self.quantity, self.unit_price_cents))

    @property
    def payee(self) -> str:
        """Who is paid: "service_provider" or "county" (own production). Never the client."""
        return PAYEE_BY_METHOD[self.arranging_method]


@dataclass(frozen=True, kw_only=True)
class Budget:
    period_start: date
    period_end: date
    lines: tuple[BudgetLine, ...] = ()
    reference_lines: tuple[ReferenceLine, ...] = ()
    state: str = "indicative"
    decision_date: date | None = None
    decision_reference: str | None = None  # the decision's number, when known
    justification: str | None = None

    def __post_init__(self) -> None:
        check_date("period_start", self.period_start)
        check_date("period_end", self.period_end)
        check_date("decision_date", self.decision_date, optional=True)
        if self.state not in STATES:
            raise InvalidInput(Issue("state", "field.choice"))
        lines, references = tuple(self.lines), tuple(self.reference_lines)
        if not all(isinstance(line, BudgetLine) for line in lines):
            raise TypeError("lines must be BudgetLine values")
        if not all(isinstance(line, ReferenceLine) for line in references):
            raise TypeError("reference_lines must be ReferenceLine values")
        if len({line.id for line in lines}) != len(lines):
            raise ValueError("budget line ids must be unique")
        set_frozen(self, "lines", lines)
        set_frozen(self, "reference_lines", references)
        set_frozen(self, "justification", clean_text("justification", self.justification, JUSTIFICATION_MAX))
        set_frozen(self, "decision_reference", clean_text("decision_reference", self.decision_reference,
                                                    DECISION_REFERENCE_MAX, one_line=True))

    def line(self, line_id: str) -> BudgetLine | None:
        return next((line for line in self.lines if line.id == line_id), None)


@dataclass(frozen=True)
class BudgetTotals:
    """What the budget view shows live; every amount in cents."""

    reference_cents: int
    allocation_cents: int
    difference_cents: int  # allocation − reference; ≤ 0 is within the reference
    cost_neutral: bool  # something is allocated and it is within the reference (``cost_state``)
    justification_missing: bool  # over the reference and no written justification yet
    line_cents: Mapping[str, int] = field(hash=False)  # by line id
    by_method: Mapping[str, int] = field(hash=False)  # allocation by arranging method

    @property
    def cost_state(self) -> str:
        return cost_state(self.allocation_cents, self.reference_cents)


def cost_state(allocation_cents: int, reference_cents: int) -> str:
    """"no_allocation" (no lines, or every line at 0 €), "cost_neutral" or "over_reference".

    A budget with nothing allocated is not called cost-neutral: it has not been made yet.
    """
    if allocation_cents <= 0:
        return "no_allocation"
    return "cost_neutral" if allocation_cents <= reference_cents else "over_reference"


def reference_cost(budget: Budget) -> int:
    return sum(line.cents for line in budget.reference_lines)


def allocation(budget: Budget) -> int:
    return sum(line.cents for line in budget.lines)


def difference(budget: Budget) -> int:
    return allocation(budget) - reference_cost(budget)


def within_reference(budget: Budget) -> bool:
    """The difference is at most 0, so no justification is needed (nothing allocated is within too)."""
    return difference(budget) <= 0


def recompute(budget: Budget) -> BudgetTotals:
    """Every total at once (line costs are computed when a line is made, so this only sums)."""
    reference = sum(line.cents for line in budget.reference_lines)
    line_cents: dict[str, int] = {}
    by_method = dict.fromkeys(ARRANGING_METHODS, 0)
    for line in budget.lines:
        line_cents[line.id] = line.cents
        by_method[line.arranging_method] += line.cents
    allocated = sum(line_cents.values())
    diff = allocated - reference
    return BudgetTotals(reference, allocated, diff, cost_state(allocated, reference) == "cost_neutral",
                        diff > 0 and not budget.justification, line_cents, by_method)


# -- rules ----------------------------------------------------------------------------------


def validate(budget: Budget, *, client_name: str | None = None,
             plan_support_ids: Collection[str] | None = None) -> list[Issue]:
    """Every rule the budget breaks in its current state, in form order.

    ``client_name`` refuses lines whose provider is the client; ``plan_support_ids`` (the
    supports of the client's plan) refuses lines linked to a support the plan does not have.
    """
    issues: list[Issue] = []
    start, end = budget.period_start, budget.period_end
    period_ok = False
    if end < start:
        issues.append(Issue("period_end", "date.order"))
    elif end > latest_period_end(start):
        issues.append(Issue("period_end", "budget.period_too_long", {"years": PERIOD_MAX_YEARS}))
    else:
        period_ok = True
    if len(budget.lines) > LINES_MAX:
        issues.append(Issue("lines", "field.too_many", {"max": LINES_MAX}))
    for index, reference in enumerate(budget.reference_lines):
        if period_ok:
            issues += _over_period(f"reference_lines/{index}", reference.quantity, reference.unit, start, end)
    for line in budget.lines:
        where = f"lines/{line.id}"
        if period_ok:
            issues += _over_period(where, line.quantity, line.unit, start, end)
        if same_name(line.provider, client_name):
            issues.append(Issue(f"{where}/provider", "budget.payee_client"))
        if plan_support_ids is not None and line.plan_support_id and line.plan_support_id not in plan_support_ids:
            issues.append(Issue(f"{where}/plan_support_id", "budget.support_unknown"))
    if budget.state != "indicative":
        if budget.decision_date is None:
            issues.append(Issue("decision_date", "field.required"))
        if not budget.lines:
            issues.append(Issue("lines", "budget.lines_missing"))
        if not within_reference(budget) and not budget.justification:
            issues.append(Issue("justification", "budget.justification_required"))
    return issues


@dataclass(frozen=True)
class OtherBudget:
    """Another budget of the same client, as the overlap rule sees it."""

    period_start: date
    period_end: date
    state: str


def overlapping(start: date, end: date, others: Iterable[OtherBudget]) -> list[OtherBudget]:
    """The other budgets that are not closed and share a day with ``start``–``end``, earliest first.

    A closed budget is finished with (nothing more is recorded in it), so a new one may follow
    it on the same days.
    """
    return sorted((o for o in others if o.state != "closed" and overlaps(start, end, o.period_start, o.period_end)),
                  key=lambda o: (o.period_start, o.period_end))


def check_overlap(start: date, end: date, others: Iterable[OtherBudget], reason: str | None) -> list[Issue]:
    """A client's budgets may not overlap unless a written reason says why (docs/budget.md, "Overlap").

    The issue names the first budget overlapped (``start``, ``end``) and how many there are.
    """
    found = overlapping(start, end, others)
    if not found or reason:
        return []
    first = found[0]
    return [Issue("overlap_reason", "budget.overlap_reason_required",
                  {"start": Day.of(first.period_start), "end": Day.of(first.period_end), "count": len(found)})]


def clean_reason(where: str, raw: Any, *, required: bool = True) -> str | None:
    """A written reason (overlap, amount, correction): at most ``REASON_MAX`` characters."""
    text = clean_text(where, raw, REASON_MAX)
    if text is None and required:
        raise InvalidInput(Issue(where, "field.required"))
    return text


def _over_period(where: str, quantity: Decimal, unit: str, start: date, end: date) -> list[Issue]:
    cap = quantity_cap(unit, start, end)
    if cap is not None and quantity > cap:
        return [Issue(f"{where}/quantity", "budget.quantity_over_period", {"max": cap})]
    return []


def missing_for_decision(budget: Budget, decision_date: date | None = None, **context: Any) -> list[Issue]:
    """What stops deciding ``budget`` (on ``decision_date``, or the one it carries)."""
    if budget.state != "indicative":
        return [Issue("state", "budget.state_transition")]
    candidate = replace(budget, state="decided", decision_date=decision_date or budget.decision_date)
    return validate(candidate, **context)


def decide(budget: Budget, decision_date: date, *, decision_reference: str | None = None,
           **context: Any) -> Budget:
    """indicative → decided, or ``ValidationError`` with everything that stops it."""
    issues = missing_for_decision(budget, decision_date, **context)
    if issues:
        raise ValidationError(issues)
    return replace(budget, state="decided", decision_date=decision_date,
                   decision_reference=decision_reference or budget.decision_reference)


def close(budget: Budget) -> Budget:
    """decided → closed (read-only from then on)."""
    if "closed" not in TRANSITIONS[budget.state]:
        raise ValidationError([Issue("state", "budget.state_transition")])
    return replace(budget, state="closed")


def _check_editable(budget: Budget) -> None:
    if budget.state == "closed":
        raise ValidationError([Issue("state", "budget.closed")])
    if budget.state == "decided":
        raise ValidationError([Issue("state", "budget.locked")])


def edit(budget: Budget, **changes: Any) -> Budget:
    """A changed copy of an indicative budget ("what if"); state changes go through ``decide``/``close``."""
    if {"state", "decision_date"} & changes.keys():
        raise ValueError("use decide() or close() to change the state")
    _check_editable(budget)
    return replace(budget, **changes)


def set_line(budget: Budget, line: BudgetLine) -> Budget:
    """Replace the line with ``line.id``, or add it at the end."""
    _check_editable(budget)
    lines = list(budget.lines)
    for index, old in enumerate(lines):
        if old.id == line.id:
            lines[index] = line
            break
    else:
        lines.append(line)
    return replace(budget, lines=tuple(lines))


def remove_line(budget: Budget, line_id: str) -> Budget:
    _check_editable(budget)
    return replace(budget, lines=tuple(line for line in budget.lines if line.id != line_id))
