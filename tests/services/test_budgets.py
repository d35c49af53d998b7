"""Personal budgets against a real SQLCipher store: reference lines from the plan and the
price list, "what if" lines with live totals, the no-cash rules, deciding, commitments,
realised use, follow-up alerts and the organisation view."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.protocol.access_chain import clients_digest
from sopiva_desk.services.budgets import BudgetService, BudgetView
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.plans import PlanService
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import AccessLogEntry

START, END = date(2026, 1, 1), date(2026, 12, 31)
# 100 h coaching (70,50 €) + 200 h personal assistance (34,60 €) in 2026
REFERENCE = 100 * 7050 + 200 * 3460


@pytest.fixture
def budgets(workspace: Workspace) -> BudgetService:
    return workspace.budgets


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    return workspace.clients.create_client(client_values)


def make_plan(plans: PlanService, client_id: uuid.UUID) -> tuple[uuid.UUID, dict[str, str]]:
    """A draft plan with supports: two county services, one informal, one priced per decision."""
    plan = plans.start_draft(client_id)
    goal_id = plans.add_goal(plan.id, {"client_words": "Oma koti", "life_domain": "housing"}).content["goals"][0]["id"]
    supports = {}
    for name, fields in {
        "coaching": {"service_code": "sd-coaching", "quantity": "100", "arranging_method": "personal_budget"},
        "assistance": {"service_code": "sd-personal-assistance", "quantity": "200",
                       "arranging_method": "purchased_service"},
        "informal": {"service_code": "sd-inclusion-support", "quantity": "10", "arranging_method": "informal_support"},
        "financial": {"service_code": "sd-financial-support", "quantity": "1", "arranging_method": "personal_budget"},
    }.items():
        view = plans.add_support(plan.id, goal_id, fields)
        supports[name] = view.content["goals"][0]["supports"][-1]["id"]
    return plan.id, supports


@pytest.fixture
def plan(workspace: Workspace, client_id: uuid.UUID) -> tuple[uuid.UUID, dict[str, str]]:
    return make_plan(workspace.plans, client_id)


def bare_budget(budgets: BudgetService, plan_id: uuid.UUID, start: date = START, end: date = END) -> BudgetView:
    """A new budget with the lines it started with removed (its reference lines stay)."""
    view = budgets.create_for_plan(plan_id, start, end)
    for line in view.budget.lines:
        budgets.remove_line(view.id, line.id)
    return budgets.open(view.id)


def test_create_for_plan_starts_from_the_plans_supports(workspace, budgets, plan) -> None:  # type: ignore[no-untyped-def]
    plan_id, supports = plan
    view = budgets.create_for_plan(plan_id, START, "2026-12-31")
    assert view.budget.state == "indicative"
    assert [(r.service_code, r.quantity, r.unit, r.unit_price_cents) for r in view.budget.reference_lines] == [
        ("sd-coaching", Decimal(100), "hour", 7050), ("sd-personal-assistance", Decimal(200), "hour", 3460)]
    # a line for each support the county arranges with a catalogue service (informal support costs
    # nothing; financial support is priced per decision: 0 € to fill in)
    assert [(line.plan_support_id, line.service_code, line.quantity, line.unit_price_cents, line.arranging_method)
            for line in view.budget.lines] == [
        (supports["coaching"], "sd-coaching", Decimal(100), 7050, "payment_commitment"),
        (supports["assistance"], "sd-personal-assistance", Decimal(200), 3460, "purchased_service"),
        (supports["financial"], "sd-financial-support", Decimal(1), 0, "payment_commitment")]
    assert (view.totals.reference_cents, view.totals.allocation_cents, view.totals.cost_state) == (
        REFERENCE, REFERENCE, "cost_neutral")
    assert budgets.add_lines_from_plan(view.id).totals == view.totals  # nothing left to add
    older = budgets.create_for_plan(plan_id, date(2025, 1, 1), date(2025, 12, 31))
    assert older.totals.reference_cents == 100 * 6800 + 200 * 3350  # the prices of 2025
    for start, end, issue in [(END, START, Issue("period_end", "date.order")),
                              (START, date(2028, 1, 1), Issue("period_end", "budget.period_too_long", {"years": 2})),
                              ("1/1/2026", END, Issue("period_start", "date.format"))]:
        with pytest.raises(ValidationError) as caught:
            budgets.create_for_plan(plan_id, start, end)
        assert caught.value.issues == [issue]
    with pytest.raises(RecordGoneError):
        budgets.create_for_plan(uuid.uuid4(), START, END)
    assert [b.id for b in budgets.for_client(view.client_id)] == [view.id, older.id]


def test_what_if_lines_recompute_and_keep_history(workspace, budgets, plan) -> None:  # type: ignore[no-untyped-def]
    plan_id, supports = plan
    budget = bare_budget(budgets, plan_id)
    saved = budgets.set_line(budget.id, None, {"service_code": "sd-coaching", "quantity": "120",
                                               "arranging_method": "payment_commitment",
                                               "plan_support_id": supports["coaching"]})
    coaching = saved.line_id
    assert saved.totals.line_cents == {coaching: 120 * 7050} and saved.totals.cost_neutral and saved.issues == []
    saved = budgets.set_line(budget.id, None, {"service_code": "sd-personal-assistance", "quantity": "150",
                                               "unit_price_cents": "30,00", "arranging_method": "service_voucher"})
    assistance = saved.line_id
    assert saved.totals.allocation_cents == 120 * 7050 + 150 * 3000
    assert saved.totals.by_method["service_voucher"] == 450000
    saved = budgets.set_line(budget.id, assistance, {"quantity": "300"})
    assert saved.totals.difference_cents == 120 * 7050 + 300 * 3000 - REFERENCE
    assert not saved.totals.cost_neutral and saved.totals.justification_missing
    saved = budgets.set_line(budget.id, assistance, {"quantity": "9000"})  # more hours than 2026 has
    assert saved.issues == [Issue(f"lines/{assistance}/quantity", "budget.quantity_over_period", {"max": 8760})]
    budgets.set_line(budget.id, assistance, {"quantity": "300"})
    for fields, issue in [
        ({"arranging_method": "cash"}, Issue(f"lines/{coaching}/arranging_method", "budget.method_not_allowed")),
        ({"arranging_method": "direct_payment"},
         Issue(f"lines/{coaching}/arranging_method", "budget.method_not_allowed")),
        ({"provider": " aino maria  VIRTANEN "}, Issue(f"lines/{coaching}/provider", "budget.payee_client")),
        ({"plan_support_id": "not-in-plan"}, Issue(f"lines/{coaching}/plan_support_id", "budget.support_unknown")),
        ({"quantity": "-2"}, Issue(f"lines/{coaching}/quantity", "quantity.negative")),
        ({"quantity": "1,005"}, Issue(f"lines/{coaching}/quantity", "number.decimals", {"decimals": 2})),
        ({"unit_price_cents": "12.34.5"}, Issue(f"lines/{coaching}/unit_price_cents", "money.format")),
        ({"service_code": "sd-nothing"}, Issue(f"lines/{coaching}/service_code", "field.choice")),
        ({"payee": "x"}, Issue(f"lines/{coaching}/payee", "field.choice")),
    ]:
        with pytest.raises(ValidationError) as caught:
            budgets.set_line(budget.id, coaching, fields)
        assert caught.value.issues == [issue], fields
    with pytest.raises(ValidationError) as caught:
        budgets.set_line(budget.id, None, {"service_code": "sd-coaching"})
    assert caught.value.issues[0].key == "budget.method_not_allowed"
    with pytest.raises(RecordGoneError):
        budgets.set_line(budget.id, "missing", {"quantity": "1"})
    removed = budgets.remove_line(budget.id, assistance)
    assert removed.totals.allocation_cents == 120 * 7050
    saved = budgets.set_reference_line(budget.id, None, {"service_code": "sd-day-activities", "quantity": "10"})
    assert len(budgets.open(budget.id).budget.reference_lines) == 3
    saved = budgets.set_reference_line(budget.id, 2, None)
    assert saved.totals.reference_cents == REFERENCE
    history = [(c.field_key, c.old_value is None, c.new_value is None) for c in budgets.history(budget.id)][3:]
    assert history[0] == (f"lines/{coaching}", True, False)  # after the three lines it started with were removed
    assert (f"lines/{assistance}", False, True) in history and ("reference_lines/2", False, True) in history
    assert len(history) == 8  # two adds, three quantity edits (300, 9000, 300), remove, reference add and remove
    with workspace.db.read() as session:
        logged = session.scalars(select(AccessLogEntry).where(AccessLogEntry.record_type == "personal_budget")).all()
    assert [e.action for e in logged].count("update") == 3 + 8
    totals = budgets.open(budget.id).totals
    assert (totals.allocation_cents, totals.reference_cents, totals.difference_cents) == (
        120 * 7050, REFERENCE, 120 * 7050 - REFERENCE)


def test_decide_needs_justification_then_locks(budgets, plan) -> None:  # type: ignore[no-untyped-def]
    plan_id, supports = plan
    budget = bare_budget(budgets, plan_id)
    with pytest.raises(ValidationError) as caught:
        budgets.decide(budget.id, "2026-01-05")
    assert caught.value.issues == [Issue("lines", "budget.lines_missing")]
    line = budgets.set_line(budget.id, None, {"service_code": "sd-personal-assistance", "quantity": "500",
                                              "arranging_method": "purchased_service"}).line_id
    with pytest.raises(ValidationError) as caught:
        budgets.decide(budget.id, date(2026, 1, 5))
    assert caught.value.issues == [Issue("justification", "budget.justification_required")]
    assert budgets.set_justification(budget.id, "Tarvitsee apua myös iltaisin.").totals.justification_missing is False
    with pytest.raises(ValidationError) as caught:
        budgets.close(budget.id)
    assert caught.value.issues == [Issue("state", "budget.state_transition")]
    decided = budgets.decide(budget.id, date(2026, 1, 5), "HB-2026-17")
    assert (decided.budget.state, decided.budget.decision_date, decided.budget.decision_reference) == (
        "decided", date(2026, 1, 5), "HB-2026-17")
    for call in (lambda: budgets.set_line(budget.id, line, {"quantity": "1"}),
                 lambda: budgets.remove_line(budget.id, line),
                 lambda: budgets.set_justification(budget.id, "x"),
                 lambda: budgets.set_reference_line(budget.id, 0, None),
                 lambda: budgets.set_period(budget.id, START, date(2026, 6, 30))):
        with pytest.raises(ValidationError) as caught:
            call()
        assert caught.value.issues == [Issue("state", "budget.locked")]
    with pytest.raises(ValidationError) as caught:
        budgets.decide(budget.id, date(2026, 1, 6))
    assert caught.value.issues == [Issue("state", "budget.state_transition")]
    closed = budgets.close(budget.id)
    assert closed.budget.state == "closed"
    with pytest.raises(ValidationError) as caught:
        budgets.set_line(budget.id, line, {"quantity": "1"})
    assert caught.value.issues == [Issue("state", "budget.closed")]
    assert [c.field_key for c in budgets.history(budget.id)][-4:] == [
        "state", "decision_date", "decision_reference", "state"]


def test_commitments_uses_and_follow_up_alerts(budgets, plan) -> None:  # type: ignore[no-untyped-def]
    plan_id, _ = plan
    budget = bare_budget(budgets, plan_id)
    coaching = budgets.set_line(budget.id, None, {"service_code": "sd-coaching", "quantity": "100",
                                                  "arranging_method": "payment_commitment"}).line_id
    assistance = budgets.set_line(budget.id, None, {"service_code": "sd-personal-assistance", "quantity": "100",
                                                    "arranging_method": "purchased_service"}).line_id
    use = {"used_on": "2026-02-15", "provider": "Valmennus Oy", "budget_line_id": coaching, "units": "10",
           "amount_cents": "705,00", "commitment_number": "MS-1"}
    with pytest.raises(ValidationError) as caught:
        budgets.record_use(budget.id, use)
    assert [i.key for i in caught.value.issues] == ["budget.not_decided", "budget.commitment_unknown"]
    budgets.decide(budget.id, date(2026, 1, 2))
    commitment = {"number": "MS-1", "provider": "Valmennus Oy", "service_code": "sd-coaching", "max_cents": "1 000",
                  "valid_from": "2026-01-01", "valid_to": "2026-03-31"}
    assert budgets.add_commitment(budget.id, commitment).max_cents == 100000
    with pytest.raises(ValidationError) as caught:
        budgets.add_commitment(budget.id, commitment)
    assert caught.value.issues == [Issue("number", "budget.commitment_number_taken")]
    with pytest.raises(ValidationError) as caught:
        budgets.add_commitment(budget.id, {**commitment, "number": "MS-2", "provider": "Aino Maria Virtanen"})
    assert caught.value.issues == [Issue("provider", "budget.payee_client")]
    with pytest.raises(ValidationError) as caught:
        budgets.add_commitment(budget.id, {**commitment, "number": "MS-2", "valid_to": "2025-12-31"})
    assert caught.value.issues == [Issue("valid_to", "date.order")]
    budgets.record_use(budget.id, use)
    late = {**use, "used_on": date(2026, 4, 2), "amount_cents": 50000}  # after MS-1 ends
    with pytest.raises(ValidationError) as caught:
        budgets.record_use(budget.id, late)  # 10 h × 70,50 € is 705,00 €, not 500,00 €
    assert caught.value.issues == [Issue("amount_reason", "budget.amount_reason_required",
                                         {"computed": 70500, "amount": 50000})]
    budgets.record_use(budget.id, {**late, "amount_reason": "Hyvitys 205 € peruutetusta käynnistä"})
    with pytest.raises(ValidationError) as caught:
        budgets.record_use(budget.id, {**use, "provider": "AINO MARIA VIRTANEN"})
    assert caught.value.issues == [Issue("provider", "budget.payee_client")]
    with pytest.raises(ValidationError) as caught:
        budgets.record_use(budget.id, {**use, "budget_line_id": "nope", "units": ""})
    assert caught.value.issues == [Issue("units", "field.required")]
    assert len(budgets.uses(budget.id)) == 2 and [c.number for c in budgets.commitments(budget.id)] == ["MS-1"]
    follow = budgets.follow_up(budget.id, date(2026, 7, 2))
    assert (follow.realised_cents, follow.allocated_cents) == (120500, 100 * 7050 + 100 * 3460)
    keys = {(a.field, a.key) for a in follow.alerts}
    assert ("commitments/MS-1", "budget.commitment_exceeded") in keys
    assert (f"lines/{assistance}", "budget.under_use") in keys and (f"lines/{coaching}", "budget.under_use") in keys
    assert any(a.key == "budget.use_outside_commitment_validity" for a in follow.alerts)
    assert budgets.follow_up(budget.id, date(2026, 2, 1)).alerts[0].key == "budget.commitment_exceeded"
    budgets.close(budget.id)
    with pytest.raises(ValidationError) as caught:
        budgets.record_use(budget.id, {**use, "commitment_number": None})
    assert caught.value.issues == [Issue("state", "budget.closed")]
    with pytest.raises(ValidationError):
        budgets.add_commitment(budget.id, {**commitment, "number": "MS-3"})


def test_organisation_overview(workspace, budgets, plan, client_id) -> None:  # type: ignore[no-untyped-def]
    assert budgets.organisation_overview(date(2026, 6, 1)) == []
    plan_id, _ = plan
    decided = bare_budget(budgets, plan_id)
    line = budgets.set_line(decided.id, None, {"service_code": "sd-coaching", "quantity": "100",
                                               "arranging_method": "payment_commitment"}).line_id
    budgets.decide(decided.id, START)
    budgets.record_use(decided.id, {"used_on": "2026-03-01", "provider": "Valmennus Oy", "budget_line_id": line,
                                    "units": "5", "amount_cents": 35250})
    budgets.create_for_plan(plan_id, date(2027, 1, 1), date(2027, 12, 31))  # next year's draft: not in force
    other = workspace.clients.create_client({"first_names": "Eino", "last_name": "Aalto", "hetu": "010101-123N",
                                             "municipality_code": "491"})
    other_plan, _ = make_plan(workspace.plans, other)
    indicative = bare_budget(budgets, other_plan)
    budgets.set_line(indicative.id, None, {"service_code": "sd-coaching", "quantity": "300",
                                           "arranging_method": "own_production"})
    rows = budgets.organisation_overview(date(2026, 7, 2))
    assert [(r.client_name, r.budget_id, r.state, r.budgets) for r in rows] == [
        ("Aalto Eino", indicative.id, "indicative", 1), ("Virtanen Aino Maria", decided.id, "decided", 2)]
    aalto, aino = rows
    assert (aalto.allocation_cents, aalto.reference_cents, aalto.cost_neutral) == (300 * 7050, REFERENCE, False)
    assert aalto.difference_cents == 300 * 7050 - REFERENCE and aalto.realised_cents == 0
    assert (aino.realised_cents, aino.allocation_cents, aino.goal_attainment_change) == (35250, 705000, None)
    assert aino.expected_cents == 705000 * 183 // 365 + 1  # 183 of 365 days, half up
    with workspace.db.read() as session:
        logged = session.scalars(select(AccessLogEntry).where(AccessLogEntry.record_type == "budget_overview")).all()
    # The first overview showed no client and wrote no entry; this one names both clients.
    assert len(logged) == 1 and all(e.client_id is None for e in logged)
    assert logged[0].clients == clients_digest([client_id, other])


def test_plan_supports_and_lines_from_the_plan(workspace, budgets, plan) -> None:  # type: ignore[no-untyped-def]
    plan_id, supports = plan
    budget = bare_budget(budgets, plan_id)
    budgets.set_line(budget.id, None, {"service_code": "sd-coaching", "quantity": "50",
                                       "arranging_method": "own_production", "plan_support_id": supports["coaching"]})
    choices = budgets.plan_supports(budget.id)
    assert [(c.id, c.goal_words, c.in_budget) for c in choices] == [
        (supports["coaching"], "Oma koti", True), (supports["assistance"], "Oma koti", False),
        (supports["informal"], "Oma koti", False), (supports["financial"], "Oma koti", False)]
    saved = budgets.add_lines_from_plan(budget.id)
    lines = budgets.open(budget.id).budget.lines
    # assistance (purchased service, 200 h at the catalogue's price) and financial support (priced per
    # decision: 0 € to fill in, personal budget -> payment commitment); informal support costs nothing
    assert [(line.plan_support_id, line.quantity, line.unit_price_cents, line.arranging_method)
            for line in lines[1:]] == [(supports["assistance"], Decimal(200), 3460, "purchased_service"),
                                       (supports["financial"], Decimal(1), 0, "payment_commitment")]
    assert saved.totals.allocation_cents == 50 * 7050 + 200 * 3460 and saved.issues == []
    assert budgets.add_lines_from_plan(budget.id).totals == saved.totals  # nothing left to add
    assert [c.field_key for c in budgets.history(budget.id)].count("lines/" + lines[1].id) == 1
    assert all(c.in_budget for c in budgets.plan_supports(budget.id) if c.id != supports["informal"])
    budgets.decide(budget.id, START)
    with pytest.raises(ValidationError) as caught:
        budgets.add_lines_from_plan(budget.id)
    assert caught.value.issues == [Issue("state", "budget.locked")]


def test_overlapping_periods_need_a_written_reason(workspace, budgets, plan, client_id) -> None:  # type: ignore[no-untyped-def]
    plan_id, _ = plan
    current = budgets.create_for_plan(plan_id, START, END)
    assert current.overlaps == () and current.overlap_reason is None
    for start, end in ((START, END), (date(2026, 6, 1), date(2027, 5, 31)), (date(2025, 1, 1), START)):
        with pytest.raises(ValidationError) as caught:
            budgets.create_for_plan(plan_id, start, end)
        assert caught.value.issues == [Issue("overlap_reason", "budget.overlap_reason_required",
                                             {"start": START, "end": END, "count": 1})]
    assert len(budgets.for_client(client_id)) == 1  # nothing was made
    with pytest.raises(ValidationError) as caught:
        budgets.create_for_plan(plan_id, date(2026, 6, 1), date(2027, 5, 31), "x" * 1001)
    assert caught.value.issues[0] == Issue("overlap_reason", "field.too_long", {"max": 1000})
    reason = "Uusi päätös 1.6. alkaen: asumisen tuki muuttuu. Vanha budjetti suljetaan, kun laskut on kirjattu."
    second = budgets.create_for_plan(plan_id, date(2026, 6, 1), date(2027, 5, 31), f"  {reason} ")
    assert second.overlap_reason == reason
    assert [(o.period_start, o.period_end, o.state) for o in second.overlaps] == [(START, END, "indicative")]
    assert [(c.field_key, c.new_value) for c in budgets.history(second.id)] == [("overlap_reason", reason)]
    by_id = {v.id: v for v in budgets.for_client(client_id)}
    assert [o.period_start for o in by_id[current.id].overlaps] == [date(2026, 6, 1)]  # seen from both sides
    # back to back is no overlap; and a closed budget may be followed on the same days
    assert budgets.create_for_plan(plan_id, date(2027, 6, 1), date(2028, 5, 31)).overlaps == ()
    # the period of a budget made without a reason cannot be moved onto another one
    with pytest.raises(ValidationError) as caught:
        budgets.set_period(current.id, START, date(2027, 6, 30))
    assert [(i.field, i.key) for i in caught.value.issues] == [("period_end", "budget.overlap_reason_required")]
    budgets.set_period(second.id, date(2026, 7, 1), date(2027, 5, 31))  # it has its reason


def test_a_closed_budget_may_be_followed_on_the_same_days(budgets, plan) -> None:  # type: ignore[no-untyped-def]
    plan_id, _ = plan
    old = budgets.create_for_plan(plan_id, START, END)
    budgets.decide(old.id, START)
    budgets.close(old.id)
    assert budgets.create_for_plan(plan_id, date(2026, 6, 1), date(2027, 5, 31)).overlaps == ()


def test_a_use_or_commitment_entered_by_mistake_is_corrected_or_cancelled_with_a_reason(  # type: ignore[no-untyped-def]
        workspace, budgets, plan) -> None:
    plan_id, _ = plan
    budget = bare_budget(budgets, plan_id)
    coaching = budgets.set_line(budget.id, None, {"service_code": "sd-coaching", "quantity": "100",
                                                  "arranging_method": "payment_commitment"}).line_id
    budgets.decide(budget.id, START)
    budgets.add_commitment(budget.id, {"number": "MS-1", "provider": "Valmennus Oy", "service_code": "sd-coaching",
                                       "max_cents": "7 050", "valid_from": START, "valid_to": END})
    budgets.add_commitment(budget.id, {"number": "MS-9", "provider": "Väärä Oy", "service_code": "sd-coaching",
                                       "max_cents": "100", "valid_from": START, "valid_to": END})
    fields = {"used_on": "2026-02-15", "provider": "Valmennus Oy", "budget_line_id": coaching, "units": "10",
              "amount_cents": "705,00", "commitment_number": "MS-1"}
    right = budgets.record_use(budget.id, fields)
    wrong = budgets.record_use(budget.id, {**fields, "units": "100", "amount_cents": "7 050,00"})  # a typo: 100 h
    assert budgets.follow_up(budget.id, date(2026, 3, 1)).realised_cents == 705000 + 70500

    # correcting needs a reason; the rules of recording hold; the entry changes in place
    with pytest.raises(ValidationError) as caught:
        budgets.correct_use(budget.id, wrong.id, {"units": "10", "amount_cents": "705,00"}, "  ")
    assert caught.value.issues == [Issue("reason", "field.required")]
    with pytest.raises(ValidationError) as caught:
        budgets.correct_use(budget.id, wrong.id, {"units": "10"}, "Kirjoitusvirhe: 10 h")
    assert caught.value.issues[0].key == "budget.amount_reason_required"
    fixed = budgets.correct_use(budget.id, wrong.id, {"units": "10", "amount_cents": "705,00"}, "Kirjoitusvirhe: 10 h")
    assert (fixed.id, fixed.units, fixed.amount_cents) == (wrong.id, Decimal(10), 70500)
    assert budgets.follow_up(budget.id, date(2026, 3, 1)).realised_cents == 2 * 70500

    # cancelling: no longer counted, listed as cancelled, kept in the history with the reason
    budgets.cancel_use(budget.id, right.id, "Sama lasku kirjattiin kahdesti")
    assert [u.id for u in budgets.uses(budget.id)] == [wrong.id]
    assert budgets.follow_up(budget.id, date(2026, 3, 1)).realised_cents == 70500
    entries = budgets.entries(budget.id)
    assert [(e.use.id, e.correction_reason, e.cancel_reason, e.cancelled) for e in entries.uses] == [
        (wrong.id, "Kirjoitusvirhe: 10 h", None, False), (right.id, None, "Sama lasku kirjattiin kahdesti", True)]
    with pytest.raises(RecordGoneError):
        budgets.cancel_use(budget.id, right.id, "again")
    assert budgets.organisation_overview(date(2026, 3, 1))[0].realised_cents == 70500

    # a commitment with uses under it cannot change its number or be cancelled; other fields can
    with pytest.raises(ValidationError) as caught:
        budgets.cancel_commitment(budget.id, "MS-1", "Väärä numero")
    assert caught.value.issues == [Issue("number", "budget.commitment_in_use")]
    with pytest.raises(ValidationError) as caught:
        budgets.correct_commitment(budget.id, "MS-1", {"number": "MS-2"}, "Väärä numero")
    assert caught.value.issues == [Issue("number", "budget.commitment_in_use")]
    corrected = budgets.correct_commitment(budget.id, "MS-1", {"max_cents": "8 000"}, "Päätöksen summa 8 000 €")
    assert corrected.max_cents == 800000 and budgets.commitments(budget.id)[0].max_cents == 800000
    with pytest.raises(ValidationError) as caught:
        budgets.correct_commitment(budget.id, "MS-9", {"number": "MS-1"}, "x")
    assert caught.value.issues == [Issue("number", "budget.commitment_number_taken")]
    budgets.cancel_commitment(budget.id, "MS-9", "Kirjattiin väärälle asiakkaalle")
    assert [c.number for c in budgets.commitments(budget.id)] == ["MS-1"]
    assert [(e.commitment.number, e.cancelled) for e in budgets.entries(budget.id).commitments] == [
        ("MS-1", False), ("MS-9", True)]
    budgets.add_commitment(budget.id, {"number": "MS-9", "provider": "Oikea Oy", "service_code": "sd-coaching",
                                       "max_cents": "100", "valid_from": START, "valid_to": END})  # number free again

    history = [(c.field_key, c.old_value, c.new_value, c.reason) for c in budgets.history(budget.id)]
    assert (f"uses/{wrong.id}", {**_use_json(wrong)}, {**_use_json(fixed)}, "Kirjoitusvirhe: 10 h") in history
    assert (f"uses/{right.id}", _use_json(right), None, "Sama lasku kirjattiin kahdesti") in history
    assert [h[3] for h in history if h[0] == "commitments/MS-9"] == ["", "Kirjattiin väärälle asiakkaalle", ""]
    with workspace.db.read() as session:
        logged = session.scalars(select(AccessLogEntry).where(AccessLogEntry.record_type == "personal_budget")).all()
    assert {(e.action, tuple(e.fields)) for e in logged} >= {("update", (f"uses/{wrong.id}",)),
                                                             ("update", (f"uses/{right.id}",))}
    budgets.close(budget.id)
    with pytest.raises(ValidationError) as caught:
        budgets.cancel_use(budget.id, wrong.id, "x")
    assert caught.value.issues == [Issue("state", "budget.closed")]


def _use_json(use):  # type: ignore[no-untyped-def]
    return {"used_on": use.used_on.isoformat(), "provider": use.provider, "budget_line_id": use.budget_line_id,
            "units": str(use.units), "amount_cents": use.amount_cents, "commitment_number": use.commitment_number,
            "amount_reason": use.amount_reason}


def test_choosing_a_service_sets_the_unit_and_price_of_a_line_and_a_reference_line(budgets, plan) -> None:  # type: ignore[no-untyped-def]
    plan_id, _ = plan
    budget = bare_budget(budgets, plan_id)
    line = budgets.set_line(budget.id, None, {"service_code": "sd-coaching", "quantity": "10",
                                              "arranging_method": "purchased_service"}).line_id
    assert budgets.set_line(budget.id, line, {"unit": "day"}).budget.line(line).unit == "day"
    saved = budgets.set_line(budget.id, line, {"service_code": "sd-housing-support-month"})
    assert (saved.budget.line(line).unit, saved.budget.line(line).unit_price_cents) == ("month", 190500)
    saved = budgets.set_line(budget.id, line, {"service_code": "sd-financial-support"})  # priced per decision
    assert (saved.budget.line(line).unit, saved.budget.line(line).unit_price_cents) == ("piece", 0)
    budgets.set_line(budget.id, line, {"unit_price_cents": "250,00"})
    saved = budgets.set_line(budget.id, line, {"service_code": "sd-financial-support"})
    assert saved.budget.line(line).unit_price_cents == 25000  # typed by hand: kept
    saved = budgets.set_reference_line(budget.id, 0, {"service_code": "sd-day-activities"})
    assert (saved.budget.reference_lines[0].unit, saved.budget.reference_lines[0].unit_price_cents) == ("day", 9500)
