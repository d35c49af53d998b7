"""Personal budget arithmetic and rules: exact cents, cost neutrality, no cash, states, proration, follow-up."""

from __future__ import annotations

import ast
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from sopiva_desk.domain import budget as hb
from sopiva_desk.domain import budget_follow_up as follow
from sopiva_desk.domain.budget import ARRANGING_METHODS, Budget, BudgetLine, ReferenceLine
from sopiva_desk.domain.budget_follow_up import PaymentCommitment, RealisedUse
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.domain.money import InvalidInput, share_of

D = Decimal
START, END = date(2025, 1, 1), date(2025, 12, 31)
CLIENT = "Aino Asiakas"


def line(line_id: str = "l1", quantity: str = "100", price: int = 3350, method: str = "payment_commitment",
         unit: str = "hour", **extra: Any) -> BudgetLine:
    return BudgetLine(id=line_id, service_code="sd-personal-assistance", quantity=D(quantity), unit=unit,
                      unit_price_cents=price, arranging_method=method, **extra)


def reference(quantity: str = "100", price: int = 3350, unit: str = "hour") -> ReferenceLine:
    return ReferenceLine(service_code="sd-personal-assistance", quantity=D(quantity), unit=unit,
                         unit_price_cents=price)


def budget(lines: tuple[BudgetLine, ...] = (), references: tuple[ReferenceLine, ...] = (), **extra: Any) -> Budget:
    return Budget(period_start=extra.pop("period_start", START), period_end=extra.pop("period_end", END),
                  lines=lines, reference_lines=references, **extra)


def keys(issues: list[Issue]) -> list[str]:
    return [issue.key for issue in issues]


def refused(make: Any) -> Issue:
    with pytest.raises(InvalidInput) as caught:
        make()
    return caught.value.issue


def blocked(action: Any) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        action()
    return keys(caught.value.issues)


# -- arithmetic -----------------------------------------------------------------------------


def test_reference_allocation_and_difference_are_exact_cents() -> None:
    b = budget(
        lines=(line("a", "7.5", 3333), line("b", "12", 24500, unit="day", method="service_voucher"),
               line("c", "0.33", 1, method="own_production")),
        references=(reference("10", 3350), reference("12", 24500, unit="day")),
    )
    # 7.5 × 33.33 = 249.975 → 249.98 (half up); 12 × 245 = 2940; 0.33 × 0.01 = 0.0033 → 0
    assert [ln.cents for ln in b.lines] == [24998, 294000, 0]
    assert hb.allocation(b) == 318998
    assert hb.reference_cost(b) == 33500 + 294000
    assert hb.difference(b) == 318998 - 327500
    assert hb.within_reference(b) and hb.recompute(b).cost_neutral


def test_cost_neutral_means_difference_at_most_zero() -> None:
    ref = (reference("100", 3350),)
    assert hb.within_reference(budget((line(quantity="100"),), ref))  # equal: neutral
    assert hb.recompute(budget((line(quantity="100"),), ref)).cost_state == "cost_neutral"
    assert not hb.within_reference(budget((line(quantity="100.01"),), ref))  # one hundredth over
    assert hb.recompute(budget((line(quantity="100.01"),), ref)).cost_state == "over_reference"
    assert hb.difference(budget((line(quantity="100.01"),), ref)) == 34  # 0.01 h × 33.50 € = 0.335 → 0.34


def test_a_budget_with_nothing_allocated_is_not_called_cost_neutral() -> None:
    """0 € (no lines, or only 0 € lines) is within the reference but has not been made yet."""
    ref = (reference("100", 3350),)
    for empty in (budget((), ref), budget((line(quantity="0"),), ref), budget()):
        totals = hb.recompute(empty)
        assert hb.within_reference(empty) and not totals.justification_missing
        assert totals.cost_state == "no_allocation" and not totals.cost_neutral


def test_recompute_gives_every_total_at_once() -> None:
    b = budget((line("a", "10", 3000), line("b", "2", 10000, unit="day", method="service_voucher")),
               (reference("5", 3000),))
    totals = hb.recompute(b)
    assert totals.reference_cents == 15000
    assert totals.allocation_cents == 50000
    assert totals.difference_cents == 35000
    assert not totals.cost_neutral and totals.justification_missing
    assert totals.line_cents == {"a": 30000, "b": 20000}
    assert totals.by_method == {"payment_commitment": 30000, "service_voucher": 20000, "purchased_service": 0,
                                "own_production": 0}
    justified = hb.edit(b, justification="Asiakas tarvitsee enemmän apua muuton jälkeen.")
    assert not hb.recompute(justified).justification_missing
    assert hb.recompute(budget()).allocation_cents == 0


def test_totals_after_a_hundred_line_edits_are_those_of_the_final_lines() -> None:
    """Edits in place keep the totals exact (its speed is the bench's: bench/budget_bench.py)."""
    lines = tuple(line(f"l{i}", f"{i + 1}.25", 3000 + i) for i in range(40))
    b = budget(lines, tuple(reference(str(i + 10), 3000) for i in range(10)))
    for i in range(100):
        b = hb.set_line(b, line(f"l{i % 40}", f"{i}.5", 3100))
        totals = hb.recompute(b)
    expected = {ln.id: int((ln.quantity * ln.unit_price_cents).quantize(D(1), rounding="ROUND_HALF_UP"))
                for ln in b.lines}
    assert len(b.lines) == 40 and dict(totals.line_cents) == expected
    assert totals.allocation_cents == sum(expected.values())
    assert totals.reference_cents == sum(int(i + 10) * 3000 for i in range(10))
    assert totals.difference_cents == totals.allocation_cents - totals.reference_cents


# -- no money to the client -----------------------------------------------------------------


@pytest.mark.parametrize("method", ["cash", "direct_payment", "Cash", "payment", "client", "employer_model",
                                    "personal_budget", "", None, 1, "payment_commitment "])
def test_no_other_arranging_method_exists(method: Any) -> None:
    assert refused(lambda: line(method=method)) == Issue("arranging_method", "budget.method_not_allowed")


def test_allowed_methods_never_pay_the_client() -> None:
    assert ARRANGING_METHODS == ("payment_commitment", "service_voucher", "purchased_service", "own_production")
    assert {line(method=m).payee for m in ARRANGING_METHODS} == {"service_provider", "county"}
    assert line(method="own_production").payee == "county"
    with pytest.raises(TypeError):
        BudgetLine(id="x", service_code="s", quantity=D(1), unit="hour", unit_price_cents=1,  # type: ignore[call-arg]
                   arranging_method="service_voucher", payee="client")


def test_a_line_cannot_name_the_client_as_its_provider() -> None:
    b = budget((line("a", provider="  aino   ASIAKAS "), line("b", provider="Avustajapalvelu Oy")))
    issues = hb.validate(b, client_name=CLIENT)
    assert issues == [Issue("lines/a/provider", "budget.payee_client")]
    assert "budget.payee_client" in blocked(lambda: hb.decide(b, date(2024, 12, 15), client_name=CLIENT))


# -- values ---------------------------------------------------------------------------------


def test_lines_refuse_negative_and_absurd_values() -> None:
    assert refused(lambda: line(quantity="-1")).key == "quantity.negative"
    assert refused(lambda: line(quantity="100001")).key == "quantity.too_large"
    assert refused(lambda: line(quantity="1.005")).key == "number.decimals"
    assert refused(lambda: line(price=-1)).key == "money.negative"
    assert refused(lambda: line(price=10**12)).key == "money.too_large"
    assert refused(lambda: line(unit="cash")) == Issue("unit", "field.choice")
    assert refused(lambda: line(line_id=" ")) == Issue("id", "field.required")
    assert refused(lambda: BudgetLine(id="x", service_code="", quantity=D(1), unit="hour", unit_price_cents=1,
                                      arranging_method="own_production")).key == "field.required"
    with pytest.raises(TypeError):
        line(price=33.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        BudgetLine(id="x", service_code="s", quantity=7.5, unit="hour", unit_price_cents=1,  # type: ignore[arg-type]
                   arranging_method="own_production")


def test_quantities_must_fit_in_the_period() -> None:
    half_year = {"period_start": date(2025, 1, 1), "period_end": date(2025, 6, 30)}  # 181 days, 6 months
    ok = budget((line("h", str(24 * 181), unit="hour"), line("d", "181", unit="day"), line("m", "6", unit="month"),
                 line("t", "5000", unit="trip")), **half_year)
    assert hb.validate(ok) == []
    too_much = budget((line("h", str(24 * 181 + 1), unit="hour"), line("d", "182", unit="day"),
                       line("m", "7", unit="month")), (reference("200", unit="day"),), **half_year)
    assert hb.validate(too_much) == [
        Issue("reference_lines/0/quantity", "budget.quantity_over_period", {"max": 181}),
        Issue("lines/h/quantity", "budget.quantity_over_period", {"max": 24 * 181}),
        Issue("lines/d/quantity", "budget.quantity_over_period", {"max": 181}),
        Issue("lines/m/quantity", "budget.quantity_over_period", {"max": 6}),
    ]


def test_period_dates_in_order_and_at_most_two_years() -> None:
    assert hb.validate(budget(period_start=date(2025, 5, 1), period_end=date(2025, 4, 30))) == [
        Issue("period_end", "date.order")]
    assert hb.validate(budget(period_start=date(2025, 1, 1), period_end=date(2026, 12, 31))) == []
    assert hb.validate(budget(period_start=date(2025, 1, 1), period_end=date(2027, 1, 1))) == [
        Issue("period_end", "budget.period_too_long", {"years": 2})]
    assert hb.latest_period_end(date(2024, 2, 29)) == date(2026, 2, 28)
    assert hb.validate(budget(period_start=date(2025, 3, 1), period_end=date(2025, 3, 1))) == []  # one day
    assert refused(lambda: budget(period_start="2025-01-01")) == Issue("period_start", "date.format")
    assert refused(lambda: budget(state="cancelled")) == Issue("state", "field.choice")


def test_budgets_of_one_client_overlap_only_with_a_written_reason() -> None:
    current = hb.OtherBudget(date(2026, 12, 1), date(2027, 11, 30), "decided")
    draft = hb.OtherBudget(date(2027, 12, 1), date(2028, 11, 30), "indicative")
    closed = hb.OtherBudget(date(2026, 1, 1), date(2026, 12, 31), "closed")
    others = [draft, current, closed]
    # the same period again, or one day shared at either end, overlaps the decided budget
    for start, end in ((date(2026, 12, 1), date(2027, 11, 30)), (date(2025, 12, 1), date(2026, 12, 1)),
                       (date(2027, 11, 30), date(2027, 11, 30))):
        assert hb.overlapping(start, end, others) == [current]
        assert hb.check_overlap(start, end, others, None) == [Issue(
            "overlap_reason", "budget.overlap_reason_required",
            {"start": date(2026, 12, 1), "end": date(2027, 11, 30), "count": 1})]
    issue = hb.check_overlap(date(2027, 6, 1), date(2028, 5, 31), others, None)[0]
    assert issue.params["count"] == 2 and "{start}–{end}".format(**issue.params) == "1.12.2026–30.11.2027"
    assert hb.check_overlap(date(2027, 6, 1), date(2028, 5, 31), others, "Uusi päätös 1.6. alkaen") == []
    # a closed budget may be followed on the same days; back to back is no overlap
    assert hb.check_overlap(date(2026, 1, 1), date(2026, 11, 30), others, None) == []
    assert hb.overlapping(date(2028, 12, 1), date(2029, 11, 30), others) == []
    assert refused(lambda: hb.clean_reason("overlap_reason", "  ")) == Issue("overlap_reason", "field.required")
    assert hb.clean_reason("overlap_reason", " ", required=False) is None


def test_line_ids_are_unique_and_too_many_lines_are_reported() -> None:
    with pytest.raises(ValueError):
        budget((line("a"), line("a")))
    many = budget(tuple(line(f"l{i}", "1") for i in range(hb.LINES_MAX + 1)))
    assert Issue("lines", "field.too_many", {"max": hb.LINES_MAX}) in hb.validate(many)


def test_lines_must_point_at_supports_of_the_plan() -> None:
    b = budget((line("a", plan_support_id="s1"), line("b", plan_support_id="gone"), line("c")))
    assert hb.validate(b, plan_support_ids={"s1"}) == [Issue("lines/b/plan_support_id", "budget.support_unknown")]
    assert hb.validate(b) == []  # without the plan nothing is checked


# -- states ---------------------------------------------------------------------------------


def test_deciding_over_the_reference_needs_a_written_justification() -> None:
    over = budget((line(quantity="120"),), (reference("100"),))
    assert blocked(lambda: hb.decide(over, date(2024, 12, 20))) == ["budget.justification_required"]
    justified = hb.edit(over, justification="Muutto omaan kotiin: iltaisin tarvitaan enemmän apua.")
    decided = hb.decide(justified, date(2024, 12, 20), decision_reference="VPL-2024-118")
    assert (decided.state, decided.decision_date, decided.decision_reference) == (
        "decided", date(2024, 12, 20), "VPL-2024-118")
    neutral = budget((line(quantity="100"),), (reference("100"),))
    assert hb.decide(neutral, date(2024, 12, 20)).state == "decided"  # no justification needed


def test_deciding_needs_a_date_lines_and_a_valid_period() -> None:
    assert hb.missing_for_decision(budget()) == [Issue("decision_date", "field.required"),
                                                 Issue("lines", "budget.lines_missing")]
    bad_period = budget((line(),), (reference(),), period_start=END, period_end=START)
    assert blocked(lambda: hb.decide(bad_period, date(2024, 12, 1))) == ["date.order"]
    decided_without_date = budget((line(),), (reference(),), state="decided")  # as a store might hold it
    assert hb.validate(decided_without_date) == [Issue("decision_date", "field.required")]


def test_only_indicative_to_decided_to_closed() -> None:
    indicative = budget((line(),), (reference(),))
    assert blocked(lambda: hb.close(indicative)) == ["budget.state_transition"]
    decided = hb.decide(indicative, date(2024, 12, 1))
    assert blocked(lambda: hb.decide(decided, date(2024, 12, 2))) == ["budget.state_transition"]
    closed = hb.close(decided)
    assert closed.state == "closed"
    assert blocked(lambda: hb.close(closed)) == ["budget.state_transition"]
    assert blocked(lambda: hb.decide(closed, date(2024, 12, 2))) == ["budget.state_transition"]
    assert hb.TRANSITIONS == {"indicative": ("decided",), "decided": ("closed",), "closed": ()}


def test_decided_is_locked_and_closed_is_read_only() -> None:
    decided = hb.decide(budget((line(),), (reference(),)), date(2024, 12, 1))
    closed = hb.close(decided)
    for action in (lambda b: hb.edit(b, justification="x"), lambda b: hb.set_line(b, line("new")),
                   lambda b: hb.remove_line(b, "l1")):
        assert blocked(lambda: action(decided)) == ["budget.locked"]  # noqa: B023
        assert blocked(lambda: action(closed)) == ["budget.closed"]  # noqa: B023
    with pytest.raises(ValueError):
        hb.edit(budget(), state="decided")


def test_what_if_edits_return_new_budgets() -> None:
    b = budget((line("a", "10"), line("b", "20")), (reference("40"),))
    changed = hb.set_line(b, line("a", "15"))
    assert [ln.quantity for ln in changed.lines] == [D(15), D(20)]
    assert [ln.quantity for ln in b.lines] == [D(10), D(20)]  # the original is untouched
    added = hb.set_line(changed, line("c", "1"))
    assert [ln.id for ln in added.lines] == ["a", "b", "c"]
    assert [ln.id for ln in hb.remove_line(added, "b").lines] == ["a", "c"]
    assert hb.recompute(changed).allocation_cents == 35 * 3350


# -- proration and elapsed time -------------------------------------------------------------


def test_yearly_quantity_is_prorated_by_days_half_up_to_two_decimals() -> None:
    assert hb.prorate_yearly(D(100), date(2025, 1, 1), date(2025, 6, 30)) == D("49.59")  # 181/365 = 49.589…
    assert hb.prorate_yearly(D(365), date(2025, 1, 1), date(2025, 12, 31)) == D(365)
    assert hb.prorate_yearly(D(366), date(2024, 1, 1), date(2024, 12, 31)) == D(366)  # a leap year is one year
    assert hb.prorate_yearly(D("7.5"), date(2025, 7, 1), date(2026, 6, 30)) == D("7.5")  # across years: one year
    assert hb.prorate_yearly(D(100), date(2025, 1, 1), date(2026, 12, 31)) == D(200)
    assert hb.prorate_yearly(D(100), date(2025, 3, 1), date(2025, 2, 28)) == D(0)  # no days
    # 0.01 × 183/366 = 0.005 exactly: half up gives 0.01 (banker's rounding would give 0.00)
    assert hb.prorate_yearly(D("0.01"), date(2024, 1, 1), date(2024, 7, 1)) == D("0.01")
    assert hb.prorate_yearly(D("0.05"), date(2024, 1, 1), date(2024, 7, 1)) == D("0.03")  # 0.025 → 0.03
    assert str(hb.prorate_yearly(D(730), date(2025, 1, 1), date(2025, 1, 31))) == "62"  # canonical spelling


def test_year_fraction_weights_each_calendar_year_by_its_own_length() -> None:
    assert hb.year_fraction(date(2025, 7, 1), date(2026, 6, 30)) == 1
    assert hb.year_fraction(date(2024, 1, 1), date(2024, 1, 1)) == Fraction(1, 366)
    assert hb.year_fraction(date(2024, 12, 31), date(2025, 1, 1)) == Fraction(1, 366) + Fraction(1, 365)


def test_elapsed_fraction_counts_today_as_gone() -> None:
    assert hb.elapsed_fraction(START, END, date(2024, 12, 31)) == 0
    assert hb.elapsed_fraction(START, END, START) == Fraction(1, 365)
    assert hb.elapsed_fraction(START, END, date(2025, 7, 2)) == Fraction(183, 365)
    assert hb.elapsed_fraction(START, END, END) == 1
    assert hb.elapsed_fraction(START, END, date(2026, 5, 1)) == 1
    assert hb.elapsed_fraction(END, START, END) == 0  # a broken period never divides by zero


# -- follow-up ------------------------------------------------------------------------------


def decided_budget() -> Budget:
    lines = (line("pa", "100", 3000), line("day", "10", 10000, unit="day", method="service_voucher"),
             line("own", "4", 5000, method="own_production"))
    return hb.decide(budget(lines, (reference("200", 3000),)), date(2024, 12, 15))


def commitment(number: str = "MS-1", max_cents: int = 300000, **extra: Any) -> PaymentCommitment:
    values: dict[str, Any] = {"provider": "Avustajapalvelu Oy", "service_code": "sd-personal-assistance",
                              "valid_from": START, "valid_to": END}
    values.update(extra)
    return PaymentCommitment(number=number, max_cents=max_cents, **values)


def use(use_id: str, line_id: str, cents: int, on: date = date(2025, 3, 1), number: str | None = "MS-1",
        units: str = "1") -> RealisedUse:
    return RealisedUse(id=use_id, used_on=on, provider="Avustajapalvelu Oy", budget_line_id=line_id,
                       units=D(units), amount_cents=cents, commitment_number=number)


def test_balances_per_line_and_in_total() -> None:
    b = decided_budget()
    uses = [use("u1", "pa", 120000), use("u2", "pa", 30000), use("u3", "day", 50000, number=None)]
    report = follow.follow_up(b, [commitment()], uses, date(2025, 4, 30))
    balances = {lb.line_id: lb for lb in report.lines}
    assert (balances["pa"].allocated_cents, balances["pa"].realised_cents, balances["pa"].balance_cents) == (
        300000, 150000, 150000)
    assert balances["own"].realised_cents == 0 and balances["own"].balance_cents == 20000
    assert report.allocated_cents == 420000 and report.realised_cents == 200000 and report.balance_cents == 220000
    assert report.elapsed == Fraction(120, 365)
    assert balances["pa"].expected_cents == 98630  # 300 000 × 120/365 = 98 630.1… → 98 630
    assert report.commitment_use == {"MS-1": 150000}
    assert report.alerts == ()


def test_over_use_of_a_line() -> None:
    b = decided_budget()
    alerts = follow.alerts(b, [commitment(max_cents=10**9)], [use("u1", "pa", 300001)], date(2025, 3, 1))
    assert alerts[0] == Issue("lines/pa", "budget.over_use", {"realised": 300001, "allocated": 300000})
    assert [a.field for a in alerts] == ["lines/pa", "total"]  # the whole budget is also far ahead of time
    assert "{realised} / {allocated}".format(**alerts[0].params) == "3\xa0000,01\xa0€ / 3\xa0000,00\xa0€"
    # all of it used by March is not over-use, but far ahead of time
    assert [(a.field, a.key) for a in follow.alerts(b, [commitment(max_cents=10**9)], [use("u1", "pa", 300000)],
                                                date(2025, 3, 1))][0] == ("lines/pa", "budget.ahead_of_time")


def test_exceeding_a_commitment_maximum() -> None:
    b = decided_budget()
    uses = [use("u1", "pa", 60000), use("u2", "day", 50000)]
    alerts = follow.alerts(b, [commitment(max_cents=100000)], uses, date(2025, 6, 1))
    assert alerts == [Issue("commitments/MS-1", "budget.commitment_exceeded",
                            {"number": "MS-1", "used": 110000, "max": 100000})]
    assert follow.alerts(b, [commitment(max_cents=110000)], uses, date(2025, 6, 1)) == []  # at the maximum is fine


def test_clear_under_use_only_from_mid_period() -> None:
    b = decided_budget()
    committed = [commitment(max_cents=10**9)]
    # 1 July 2025: 182/365 of the year gone, just before the middle: nothing is said yet
    assert follow.alerts(b, committed, [], date(2025, 7, 1)) == []
    # 2 July: 183/365 gone. Every line used nothing: all three are clearly under-used
    mid = date(2025, 7, 2)
    alerts = follow.alerts(b, committed, [], mid)
    assert [(a.field, a.key) for a in alerts] == [("lines/pa", "budget.under_use"), ("lines/day", "budget.under_use"),
                                                  ("lines/own", "budget.under_use")]
    assert alerts[0].params == {"realised": 0, "expected": 150411, "percent": 50}  # 300 000 × 183/365
    # exactly half of the pro-rata use is not "clear" under-use; a cent less is
    half = Fraction(300000 * 183, 365) / 2  # 75 205.47…
    enough = [use("u1", "pa", int(half) + 1)]
    assert "lines/pa" not in {a.field for a in follow.alerts(b, committed, enough, mid)}
    short = [use("u1", "pa", int(half))]
    assert "lines/pa" in {a.field for a in follow.alerts(b, committed, short, mid)}
    # after the period has ended the rule still holds (elapsed is 1)
    assert "lines/own" in {a.field for a in follow.alerts(b, committed, short, date(2026, 2, 1))}


def test_use_far_ahead_of_time_is_alerted_before_the_line_is_spent() -> None:
    """The tester's case: 2 695 € realised on 7.12. against 627,07 € expected by then (7 of 365 days
    of a 32 697 € line) must alert, long before the line is fully used."""
    start, end, today = date(2026, 12, 1), date(2027, 11, 30), date(2026, 12, 7)
    b = hb.decide(budget((line("pa", "945", 3460),), (reference("945", 3460),), period_start=start,
                         period_end=end), date(2026, 11, 20))
    used = [RealisedUse(id="u1", used_on=today, provider="Assistans Kustens Ab", budget_line_id="pa",
                        units=D(75), amount_cents=269500, amount_reason="Matkakulut laskulla")]
    report = follow.follow_up(b, [], used, today)
    assert report.lines[0].expected_cents == 62707  # 3 269 700 × 7/365, half up
    assert report.alerts == (Issue("lines/pa", "budget.ahead_of_time", {
        "realised": 269500, "expected": 62707, "runs_out": date(2027, 2, 23)}),)
    # 7 days used 2 695 €: 32 697 € lasts 32 697 / (2 695 / 7) = 84.9 days, so the 85th day, 23.2.2027
    assert "{runs_out}".format(**report.alerts[0].params) == "23.2.2027"
    # a normal month later: 2 695 € of 2 724,75 € expected is on time
    assert follow.follow_up(b, [], used, date(2027, 1, 1)).alerts == ()


def test_the_pace_alert_needs_double_the_pace_and_five_percent_of_the_allocation() -> None:
    b = decided_budget()  # pa 3 000,00 €; 1.1.–31.12.2025
    day = date(2025, 3, 1)  # 60 of 365 days
    expected = share_of(300000, 60, 365)
    assert expected == 49315

    def alerted(budget_: Budget, cents: int, on: date = day) -> bool:
        return "lines/pa" in {a.field for a in follow.alerts(budget_, [], [use("u", "pa", cents, number=None)], on)}

    assert alerted(b, 2 * expected) and not alerted(b, 2 * expected - 1)  # here 2 × is the larger bar
    small = hb.decide(budget((line("pa", "10", 3000), line("x", "1", 100)), (reference("11", 3000),)),
                      date(2024, 12, 15))  # a 300 € line
    on = date(2025, 1, 10)  # 10 days: 8,22 € expected; 5 % of the line is 15 €
    assert not alerted(small, 2000, on)  # 2,4 × the pace but only 11,78 € ahead: a first small invoice
    assert alerted(small, 3000, on)  # 21,78 € ahead
    assert not alerted(small, 0, on) and not alerted(b, 0)
    # the whole budget is judged the same way, with its own run-out day
    report = follow.follow_up(b, [], [use("u1", "pa", 122000, number=None), use("u2", "day", 30700, number=None)],
                          day)
    assert [(a.field, a.key) for a in report.alerts] == [("lines/pa", "budget.ahead_of_time"),
                                                        ("total", "budget.ahead_of_time")]
    assert report.alerts[1].params["expected"] == report.expected_cents == share_of(420000, 60, 365)


def test_lines_with_nothing_allocated_are_never_under_used() -> None:
    b = hb.decide(budget((line("zero", "0"),)), date(2024, 12, 1))
    assert follow.alerts(b, [], [], END) == []


def test_use_outside_the_commitment_validity_or_the_period() -> None:
    b = decided_budget()
    spring = commitment(valid_from=date(2025, 1, 1), valid_to=date(2025, 5, 31))
    uses = [use("in", "pa", 100, on=date(2025, 5, 31)), use("late", "pa", 100, on=date(2025, 6, 1)),
            use("early", "pa", 100, on=date(2024, 12, 31))]
    alerts = follow.alerts(b, [spring], uses, date(2025, 6, 2))
    assert alerts == [
        Issue("uses/late", "budget.use_outside_commitment_validity", {"number": "MS-1"}),
        Issue("uses/early", "budget.use_outside_period"),
        Issue("uses/early", "budget.use_outside_commitment_validity", {"number": "MS-1"}),
    ]


def test_uses_on_unknown_lines_or_commitments_are_reported_and_still_counted() -> None:
    b = decided_budget()
    uses = [use("u1", "gone", 5000), use("u2", "pa", 100, number="MS-404")]
    report = follow.follow_up(b, [commitment()], uses, date(2025, 3, 1))
    assert [(a.field, a.key) for a in report.alerts] == [("uses/u1", "budget.use_line_unknown"),
                                                         ("uses/u2", "budget.commitment_unknown")]
    assert report.realised_cents == 5100


def test_recording_a_use_needs_a_decided_budget_and_its_own_line() -> None:
    decided = decided_budget()
    assert follow.check_use(decided, use("u", "pa", 3000), [commitment()]) == []  # 1 h × 30,00 €
    assert keys(follow.check_use(decided, use("u", "gone", 100, number="X"), [commitment()])) == [
        "budget.use_line_unknown", "budget.commitment_unknown"]
    assert keys(follow.check_use(budget((line("pa"),)), use("u", "pa", 3350), [commitment()])) == ["budget.not_decided"]
    assert keys(follow.check_use(hb.close(decided), use("u", "pa", 3000), [commitment()])) == ["budget.closed"]
    to_client = replace(use("u", "pa", 3000), provider="Aino Asiakas")
    assert keys(follow.check_use(decided, to_client, [commitment()], client_name=CLIENT)) == ["budget.payee_client"]


def test_an_amount_that_is_not_units_times_the_unit_price_needs_a_reason() -> None:
    """75 h at 34,60 € is 2 595,00 €: an invoice of 2 695,00 € is accepted only with a written reason."""
    b = hb.decide(budget((line("pa", "945", 3460),), (reference("945", 3460),)), date(2024, 12, 15))
    typo = use("u", "pa", 269500, units="75")
    assert follow.check_use(b, typo, [commitment()]) == [Issue("amount_reason", "budget.amount_reason_required", {
        "computed": 259500, "amount": 269500})]
    assert "{computed}".format(**follow.check_use(b, typo, [commitment()])[0].params) == "2\xa0595,00\xa0€"
    explained = replace(typo, amount_reason="Laskussa 75 h ja matkakulut 100 €")
    assert follow.check_use(b, explained, [commitment()]) == []
    assert follow.check_use(b, use("u", "pa", 259500, units="75"), [commitment()]) == []
    assert follow.computed_amount(b.lines[0], D("7.5")) == 25950
    # a line priced per decision (0 €) has no unit price to compare with
    per_decision = hb.decide(budget((line("fin", "1", 0),), (reference("1", 0),)), date(2024, 12, 15))
    assert follow.computed_amount(per_decision.lines[0], D(1)) is None
    assert follow.check_use(per_decision, use("u", "fin", 50000, units="1"), [commitment()]) == []
    assert refused(lambda: replace(typo, amount_reason="x" * 1001)).key == "field.too_long"


def test_commitment_and_use_values_are_checked() -> None:
    assert refused(lambda: commitment(valid_from=END, valid_to=START)) == Issue("valid_to", "date.order")
    assert refused(lambda: commitment(max_cents=-5)).key == "money.negative"
    assert refused(lambda: commitment(number=" ")) == Issue("number", "field.required")
    assert refused(lambda: use("u", "pa", -1)).key == "money.negative"
    assert refused(lambda: use("u", "pa", 1, units="-2")).key == "quantity.negative"
    assert commitment().valid_on(END) and not commitment().valid_on(END + timedelta(days=1))


# -- message keys ---------------------------------------------------------------------------

# Every key the budget and plan rules use must be in gui/messages.py (translated there).
NEW_KEYS: set[str] = set()


PREFIXES = ("money.", "quantity.", "number.", "field.", "date.", "budget.", "plan.")


def test_every_message_key_is_in_the_catalogue_or_handed_over() -> None:
    root = Path(__file__).resolve().parents[2] / "sopiva_desk"
    catalogue = ast.parse((root / "gui" / "messages.py").read_text())
    known = {node.value for node in ast.walk(catalogue) if isinstance(node, ast.Constant)
             and isinstance(node.value, str)}
    used = set()
    for name in ("money.py", "budget.py", "budget_periods.py", "budget_follow_up.py", "plans.py"):
        for node in ast.walk(ast.parse((root / "domain" / name).read_text())):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and " " not in node.value
                    and node.value.startswith(PREFIXES)):
                used.add(node.value)
    assert used, "no keys found"
    assert used <= known | NEW_KEYS, sorted(used - known - NEW_KEYS)

