"""Follow-up of a decided personal budget: payment commitments (maksusitoumus), realised use,
balances per line and in total, use against the elapsed time, and the alerts (docs/budget.md,
"Follow-up" and "Alerts"). Money is paid to service providers, never to the client.

``Issue.field`` of an alert is ``lines/<id>``, ``total``, ``commitments/<number>`` or ``uses/<id>``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from math import ceil

from sopiva_desk.domain.budget import (
    CODE_MAX,
    ID_MAX,
    NUMBER_MAX,
    PROVIDER_MAX,
    Budget,
    BudgetLine,
    check_date,
    clean_reason,
    required_text,
    set_frozen,
)
from sopiva_desk.domain.budget_periods import elapsed_fraction, period_days
from sopiva_desk.domain.issues import Day, Issue
from sopiva_desk.domain.money import (
    Cents,
    InvalidInput,
    check_cents,
    check_quantity,
    clean_text,
    line_cents,
    same_name,
    share_of,
)

# Clear under-use: from mid-period on, a line has used less than this share of what its
# allocation pro rata the elapsed time would give (docs/budget.md explains the choice).
UNDER_USE_SHARE = Fraction(1, 2)
UNDER_USE_FROM = Fraction(1, 2)  # share of the period elapsed before under-use is looked at
# Use ahead of time: at least AHEAD_FACTOR times the pro-rata use, and more than it by at least
# AHEAD_MIN_SHARE of the allocation, is alerted before the money runs out (docs/budget.md).
AHEAD_FACTOR = 2
AHEAD_MIN_SHARE = Fraction(1, 20)


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
        set_frozen(self, "number", required_text("number", self.number, NUMBER_MAX))
        set_frozen(self, "provider", required_text("provider", self.provider, PROVIDER_MAX))
        set_frozen(self, "service_code", required_text("service_code", self.service_code, CODE_MAX))
        set_frozen(self, "max_cents", check_cents("max_cents", self.max_cents))
        check_date("valid_from", self.valid_from)
        check_date("valid_to", self.valid_to)
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
    amount_reason: str | None = None  # why the amount is not units × the line's unit price

    def __post_init__(self) -> None:
        set_frozen(self, "id", required_text("id", self.id, ID_MAX))
        check_date("used_on", self.used_on)
        set_frozen(self, "provider", required_text("provider", self.provider, PROVIDER_MAX))
        set_frozen(self, "budget_line_id", required_text("budget_line_id", self.budget_line_id, ID_MAX))
        set_frozen(self, "units", check_quantity("units", self.units))
        set_frozen(self, "amount_cents", check_cents("amount_cents", self.amount_cents))
        set_frozen(self, "commitment_number", clean_text("commitment_number", self.commitment_number, NUMBER_MAX,
                                                   one_line=True))
        set_frozen(self, "amount_reason", clean_reason("amount_reason", self.amount_reason, required=False))


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


def computed_amount(line: BudgetLine, units: Decimal) -> int | None:
    """What ``units`` of ``line`` cost at its unit price (the one rounding rule); ``None`` when
    the line has no unit price (priced per decision), so any amount goes."""
    return line_cents(units, line.unit_price_cents) if line.unit_price_cents > 0 else None


def check_use(budget: Budget, use: RealisedUse, commitments: Iterable[PaymentCommitment] = (), *,
              client_name: str | None = None) -> list[Issue]:
    """What stops recording ``use``: only a decided budget takes uses, on its own lines; an amount
    that is not units × the line's unit price needs a written reason (``amount_reason``)."""
    issues: list[Issue] = []
    if budget.state == "closed":
        issues.append(Issue("state", "budget.closed"))
    elif budget.state == "indicative":
        issues.append(Issue("state", "budget.not_decided"))
    line = budget.line(use.budget_line_id)
    if line is None:
        issues.append(Issue("budget_line_id", "budget.use_line_unknown"))
    else:
        computed = computed_amount(line, use.units)
        if computed is not None and computed != use.amount_cents and not use.amount_reason:
            issues.append(Issue("amount_reason", "budget.amount_reason_required", {
                "computed": Cents(computed), "amount": Cents(use.amount_cents)}))
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
        else:
            alerts += _ahead_of_time(where, line.cents, realised, expected, budget, today)

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
    realised_total = sum(use.amount_cents for use in uses)
    expected_total = share_of(allocated, elapsed.numerator, elapsed.denominator)
    if len(balances) > 1:  # the whole budget's pace and run-out day; with one line the line says it
        alerts += _ahead_of_time("total", allocated, realised_total, expected_total, budget, today)
    return FollowUp(
        lines=tuple(balances),
        allocated_cents=allocated,
        realised_cents=realised_total,
        expected_cents=expected_total,
        elapsed=elapsed,
        commitment_use=used_by_number,
        alerts=tuple(alerts),
    )


def ahead_of_time(allocated: int, realised: int, expected: int) -> bool:
    """Use clearly ahead of the elapsed time, before the allocation is spent (docs/budget.md).

    At least ``AHEAD_FACTOR`` times the pro-rata use, and more than it by at least
    ``AHEAD_MIN_SHARE`` of the allocation (so a first small invoice early in the period is not
    alerted); an allocation already over-used has its own alert.
    """
    return (0 < expected and realised <= allocated and realised >= AHEAD_FACTOR * expected
            and realised - expected >= AHEAD_MIN_SHARE * allocated)


def runs_out_on(budget: Budget, allocated: int, realised: int, today: date) -> date:
    """The day the allocation would be spent if use went on at the pace so far."""
    gone = period_days(budget.period_start, min(today, budget.period_end))
    days = ceil(Fraction(allocated * gone, realised))  # realised > 0 whenever this is asked
    return budget.period_start + timedelta(days=days - 1)


def _ahead_of_time(where: str, allocated: int, realised: int, expected: int, budget: Budget,
                   today: date) -> list[Issue]:
    if not ahead_of_time(allocated, realised, expected):
        return []
    return [Issue(where, "budget.ahead_of_time", {
        "realised": Cents(realised), "expected": Cents(expected),
        "runs_out": Day.of(runs_out_on(budget, allocated, realised, today))})]


def alerts(budget: Budget, commitments: Iterable[PaymentCommitment], uses: Iterable[RealisedUse],
           today: date) -> list[Issue]:
    return list(follow_up(budget, commitments, uses, today).alerts)
