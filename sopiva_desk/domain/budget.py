"""Personal budget (henkilökohtainen budjetti, HB) and its follow-up; rules in docs/budget.md.

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

All values are frozen dataclasses; edits return new ones. Constructors refuse values no
budget may hold (``InvalidInput`` with one ``Issue``); ``validate`` lists every rule the
budget as a whole breaks, and transitions raise ``ValidationError`` with all of them.
``Issue.field`` is the attribute, or ``lines/<id>/<attribute>``, ``reference_lines/<index>/
<attribute>``, ``commitments/<number>`` or ``uses/<id>`` for rows.
"""

from __future__ import annotations

import calendar
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from math import floor
from typing import Any

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.domain.money import (
    Cents,
    InvalidInput,
    check_cents,
    check_quantity,
    check_unit,
    clean_text,
    line_cents,
    same_name,
    share_of,
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

PERIOD_MAX_YEARS = 2
LINES_MAX = 100
# Clear under-use: from mid-period on, a line has used less than this share of what its
# allocation pro rata the elapsed time would give (docs/budget.md explains the choice).
UNDER_USE_SHARE = Fraction(1, 2)
UNDER_USE_FROM = Fraction(1, 2)  # share of the period elapsed before under-use is looked at

ID_MAX, CODE_MAX, DESCRIPTION_MAX, PROVIDER_MAX, NUMBER_MAX = 64, 40, 500, 200, 60
JUSTIFICATION_MAX, DECISION_REFERENCE_MAX = 4000, 100


# -- checks shared by the constructors ------------------------------------------------------


def _required(where: str, raw: Any, limit: int) -> str:
    text = clean_text(where, raw, limit, one_line=True)
    if text is None:
        raise InvalidInput(Issue(where, "field.required"))
    return text


def _date(where: str, raw: Any, *, optional: bool = False) -> date | None:
    if raw is None and optional:
        return None
    if isinstance(raw, datetime) or not isinstance(raw, date):  # a moment is not a day
        raise InvalidInput(Issue(where, "date.format"))
    return raw


def _set(obj: object, name: str, value: Any) -> None:
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
        _set(self, "service_code", _required("service_code", self.service_code, CODE_MAX))
        _set(self, "quantity", check_quantity("quantity", self.quantity))
        _set(self, "unit", check_unit("unit", self.unit))
        _set(self, "unit_price_cents", check_cents("unit_price_cents", self.unit_price_cents))
        _set(self, "description", clean_text("description", self.description, DESCRIPTION_MAX))
        _set(self, "cents", line_cents(self.quantity, self.unit_price_cents))


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
        _set(self, "id", _required("id", self.id, ID_MAX))
        _set(self, "service_code", _required("service_code", self.service_code, CODE_MAX))
        _set(self, "quantity", check_quantity("quantity", self.quantity))
        _set(self, "unit", check_unit("unit", self.unit))
        _set(self, "unit_price_cents", check_cents("unit_price_cents", self.unit_price_cents))
        _set(self, "description", clean_text("description", self.description, DESCRIPTION_MAX))
        _set(self, "plan_support_id", clean_text("plan_support_id", self.plan_support_id, ID_MAX))
        _set(self, "provider", clean_text("provider", self.provider, PROVIDER_MAX, one_line=True))
        _set(self, "cents", line_cents(self.quantity, self.unit_price_cents))

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
        _date("period_start", self.period_start)
        _date("period_end", self.period_end)
        _date("decision_date", self.decision_date, optional=True)
        if self.state not in STATES:
            raise InvalidInput(Issue("state", "field.choice"))
        lines, references = tuple(self.lines), tuple(self.reference_lines)
        if not all(isinstance(line, BudgetLine) for line in lines):
            raise TypeError("lines must be BudgetLine values")
        if not all(isinstance(line, ReferenceLine) for line in references):
            raise TypeError("reference_lines must be ReferenceLine values")
        if len({line.id for line in lines}) != len(lines):
            raise ValueError("budget line ids must be unique")
        _set(self, "lines", lines)
        _set(self, "reference_lines", references)
        _set(self, "justification", clean_text("justification", self.justification, JUSTIFICATION_MAX))
        _set(self, "decision_reference", clean_text("decision_reference", self.decision_reference,
                                                    DECISION_REFERENCE_MAX, one_line=True))

    def line(self, line_id: str) -> BudgetLine | None:
        return next((line for line in self.lines if line.id == line_id), None)


@dataclass(frozen=True)
class BudgetTotals:
    """What the budget view shows live; every amount in cents."""

    reference_cents: int
    allocation_cents: int
    difference_cents: int  # allocation − reference; ≤ 0 is cost-neutral
    cost_neutral: bool
    justification_missing: bool  # over the reference and no written justification yet
    line_cents: Mapping[str, int] = field(hash=False)  # by line id
    by_method: Mapping[str, int] = field(hash=False)  # allocation by arranging method


def reference_cost(budget: Budget) -> int:
    return sum(line.cents for line in budget.reference_lines)


def allocation(budget: Budget) -> int:
    return sum(line.cents for line in budget.lines)


def difference(budget: Budget) -> int:
    return allocation(budget) - reference_cost(budget)


def is_cost_neutral(budget: Budget) -> bool:
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
    return BudgetTotals(reference, allocated, diff, diff <= 0, diff > 0 and not budget.justification,
                        line_cents, by_method)


# -- periods --------------------------------------------------------------------------------


def period_days(start: date, end: date) -> int:
    """Days in the period, both ends included; 0 when the end is before the start."""
    return max(0, (end - start).days + 1)


def latest_period_end(start: date) -> date:
    """The last allowed end: the day before the same date ``PERIOD_MAX_YEARS`` later."""
    try:
        same_day = start.replace(year=start.year + PERIOD_MAX_YEARS)
    except ValueError:  # 29 February
        same_day = date(start.year + PERIOD_MAX_YEARS, 3, 1)
    return same_day - timedelta(days=1)


def months_touched(start: date, end: date) -> int:
    """Calendar months the period touches (1.1.–31.12. is 12)."""
    return max(0, (end.year - start.year) * 12 + end.month - start.month + 1)


def year_fraction(start: date, end: date) -> Fraction:
    """The period in years, exactly: each calendar year's days over that year's own length.

    1.1.–31.12.2024 is 1 (366/366), 1.7.2025–30.6.2026 is 184/365 + 181/365 = 1.
    """
    total = Fraction(0)
    day = start
    while day <= end:
        last = min(end, date(day.year, 12, 31))
        total += Fraction((last - day).days + 1, 366 if calendar.isleap(day.year) else 365)
        day = last + timedelta(days=1)
    return total


def prorate_yearly(yearly: Decimal, start: date, end: date) -> Decimal:
    """A yearly quantity for the period, by days (``year_fraction``), half up to 2 decimals."""
    value = Fraction(check_quantity("quantity", yearly)) * year_fraction(start, end)
    hundredths = floor(value * 100 + Fraction(1, 2))
    result = Decimal(hundredths).scaleb(-2)
    return result.quantize(Decimal(1)) if hundredths % 100 == 0 else result.normalize()


def quantity_cap(unit: str, start: date, end: date) -> int | None:
    """The most of ``unit`` the period can hold (24 h a day, one day a day, months touched)."""
    days = period_days(start, end)
    if unit == "hour":
        return 24 * days
    if unit == "day":
        return days
    if unit == "month":
        return months_touched(start, end)
    return None  # trips and pieces: only the general QUANTITY_MAX


def elapsed_fraction(start: date, end: date, today: date) -> Fraction:
    """Share of the period gone by at the end of ``today`` (0 before the start, 1 after the end)."""
    days = period_days(start, end)
    if days == 0 or today < start:
        return Fraction(0)
    return Fraction(min(period_days(start, today), days), days)


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
        if not is_cost_neutral(budget) and not budget.justification:
            issues.append(Issue("justification", "budget.justification_required"))
    return issues


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


# -- follow-up ------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class PaymentCommitment:
    """Maksusitoumus: the county promises to pay ``provider`` up to ``max_cents`` for a service."""

    number: str
    provider: str
    service_code: str
    max_cents: int
    valid_from: date
    valid_to: date

    def __post_init__(self) -> None:
        _set(self, "number", _required("number", self.number, NUMBER_MAX))
        _set(self, "provider", _required("provider", self.provider, PROVIDER_MAX))
        _set(self, "service_code", _required("service_code", self.service_code, CODE_MAX))
        _set(self, "max_cents", check_cents("max_cents", self.max_cents))
        _date("valid_from", self.valid_from)
        _date("valid_to", self.valid_to)
        if self.valid_to < self.valid_from:
            raise InvalidInput(Issue("valid_to", "date.order"))

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day <= self.valid_to


@dataclass(frozen=True, kw_only=True)
class RealisedUse:
    """One invoiced use of a budget line: paid to ``provider``, never to the client."""

    id: str
    used_on: date
    provider: str
    budget_line_id: str
    units: Decimal
    amount_cents: int
    commitment_number: str | None = None

    def __post_init__(self) -> None:
        _set(self, "id", _required("id", self.id, ID_MAX))
        _date("used_on", self.used_on)
        _set(self, "provider", _required("provider", self.provider, PROVIDER_MAX))
        _set(self, "budget_line_id", _required("budget_line_id", self.budget_line_id, ID_MAX))
        _set(self, "units", check_quantity("units", self.units))
        _set(self, "amount_cents", check_cents("amount_cents", self.amount_cents))
        _set(self, "commitment_number", clean_text("commitment_number", self.commitment_number, NUMBER_MAX,
                                                   one_line=True))


@dataclass(frozen=True)
class LineBalance:
    line_id: str
    allocated_cents: int
    realised_cents: int
    expected_cents: int  # the allocation pro rata the elapsed time, half up to the cent

    @property
    def balance_cents(self) -> int:
        """What is left; negative when the line is over-used."""
        return self.allocated_cents - self.realised_cents


@dataclass(frozen=True)
class FollowUp:
    lines: tuple[LineBalance, ...]
    allocated_cents: int
    realised_cents: int  # every recorded use, including ones on unknown lines
    expected_cents: int
    elapsed: Fraction  # share of the period gone by
    commitment_use: Mapping[str, int] = field(hash=False)  # cents used under each commitment number
    alerts: tuple[Issue, ...] = ()

    @property
    def balance_cents(self) -> int:
        return self.allocated_cents - self.realised_cents


def check_use(budget: Budget, use: RealisedUse, commitments: Iterable[PaymentCommitment] = (), *,
              client_name: str | None = None) -> list[Issue]:
    """What stops recording ``use``: only a decided budget takes uses, on its own lines."""
    issues: list[Issue] = []
    if budget.state == "closed":
        issues.append(Issue("state", "budget.closed"))
    elif budget.state == "indicative":
        issues.append(Issue("state", "budget.not_decided"))
    if budget.line(use.budget_line_id) is None:
        issues.append(Issue("budget_line_id", "budget.use_line_unknown"))
    if use.commitment_number and use.commitment_number not in {c.number for c in commitments}:
        issues.append(Issue("commitment_number", "budget.commitment_unknown"))
    if same_name(use.provider, client_name):
        issues.append(Issue("provider", "budget.payee_client"))
    return issues


def follow_up(budget: Budget, commitments: Iterable[PaymentCommitment], uses: Iterable[RealisedUse],
              today: date) -> FollowUp:
    """Balances per line and in total, use against elapsed time, and the alerts (docs/budget.md)."""
    commitments = tuple(commitments)
    uses = tuple(uses)
    by_number = {c.number: c for c in commitments}
    elapsed = elapsed_fraction(budget.period_start, budget.period_end, today)
    realised_by_line: dict[str, int] = {}
    used_by_number: dict[str, int] = {}
    alerts: list[Issue] = []
    for use in uses:
        realised_by_line[use.budget_line_id] = realised_by_line.get(use.budget_line_id, 0) + use.amount_cents
        if use.commitment_number:
            used_by_number[use.commitment_number] = used_by_number.get(use.commitment_number, 0) + use.amount_cents

    balances = []
    for line in budget.lines:
        realised = realised_by_line.get(line.id, 0)
        expected = share_of(line.cents, elapsed.numerator, elapsed.denominator)
        balances.append(LineBalance(line.id, line.cents, realised, expected))
        where = f"lines/{line.id}"
        if realised > line.cents:
            alerts.append(Issue(where, "budget.over_use", {"realised": Cents(realised),
                                                           "allocated": Cents(line.cents)}))
        elif (elapsed >= UNDER_USE_FROM and line.cents > 0
              and realised < UNDER_USE_SHARE * line.cents * elapsed):
            alerts.append(Issue(where, "budget.under_use", {
                "realised": Cents(realised), "expected": Cents(expected),
                "percent": int(UNDER_USE_SHARE * 100)}))

    for commitment in commitments:
        used = used_by_number.get(commitment.number, 0)
        if used > commitment.max_cents:
            alerts.append(Issue(f"commitments/{commitment.number}", "budget.commitment_exceeded", {
                "number": commitment.number, "used": Cents(used), "max": Cents(commitment.max_cents)}))

    line_ids = {line.id for line in budget.lines}
    for use in uses:
        where = f"uses/{use.id}"
        if use.budget_line_id not in line_ids:
            alerts.append(Issue(where, "budget.use_line_unknown"))
        if not budget.period_start <= use.used_on <= budget.period_end:
            alerts.append(Issue(where, "budget.use_outside_period"))
        if use.commitment_number:
            commitment = by_number.get(use.commitment_number)
            if commitment is None:
                alerts.append(Issue(where, "budget.commitment_unknown"))
            elif not commitment.valid_on(use.used_on):
                alerts.append(Issue(where, "budget.use_outside_commitment_validity",
                                    {"number": commitment.number}))

    allocated = sum(b.allocated_cents for b in balances)
    return FollowUp(
        lines=tuple(balances),
        allocated_cents=allocated,
        realised_cents=sum(use.amount_cents for use in uses),
        expected_cents=share_of(allocated, elapsed.numerator, elapsed.denominator),
        elapsed=elapsed,
        commitment_use=used_by_number,
        alerts=tuple(alerts),
    )


def alerts(budget: Budget, commitments: Iterable[PaymentCommitment], uses: Iterable[RealisedUse],
           today: date) -> list[Issue]:
    return list(follow_up(budget, commitments, uses, today).alerts)
