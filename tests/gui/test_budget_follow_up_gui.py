"""What issue 11's counsellor ran into on the budget page, as a user sees it: a new budget starts
from the plan and says when its period overlaps another, a 0 € budget is not "cost-neutral ✓",
the use dialog shows units × unit price and asks why an amount differs, entries made by mistake
are corrected or cancelled with a reason, use far ahead of time alerts, and the dialogs keep
their size when a reason for a refusal appears."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint

from sopiva_desk.gui import i18n
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.budget_commitment import AddCommitmentDialog, RecordUseDialog
from sopiva_desk.gui.dialogs.budget_form import ReasonDialog
from sopiva_desk.gui.dialogs.budget_history import BudgetHistoryDialog
from sopiva_desk.gui.dialogs.create_budget import CreateBudgetDialog, default_period
from sopiva_desk.gui.messages import message
from sopiva_desk.gui.pages.budget import BudgetPage
from sopiva_desk.gui.tasks import TaskRunner
from sopiva_desk.services.workspace import Workspace

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
              pytest.mark.qt_log_ignore("This plugin does not support raise")]

TIMEOUT = 5000
NBSP = "\u00a0"
START, END = date(2026, 12, 1), date(2027, 11, 30)
TODAY = date(2026, 12, 7)  # 7 of 365 days gone


@pytest.fixture
def plan_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    """The tester's client: 945 h of personal assistance a year at 34,60 € (32 697,00 €)."""
    plans = workspace.plans
    plan = plans.start_draft(workspace.clients.create_client(client_values))
    goal_id = plans.add_goal(plan.id, {"client_words": "Päätän itse, milloin nousen",
                                       "life_domain": "everyday_life"}).content["goals"][0]["id"]
    plans.add_support(plan.id, goal_id, {"description": "Henkilökohtainen apu aamuisin",
                                         "service_code": "sd-personal-assistance", "quantity": "945",
                                         "arranging_method": "personal_budget", "start_date": "2026-12-01",
                                         "provider_kind": "service_provider",
                                         "provider_name": "Assistans Kustens Ab"})
    return plan.id


@pytest.fixture
def decided(workspace: Workspace, plan_id: uuid.UUID) -> uuid.UUID:
    budget = workspace.budgets.create_for_plan(plan_id, START, END)
    workspace.budgets.decide(budget.id, START, "HB-2026-453")
    workspace.budgets.add_commitment(budget.id, {"number": "MS-61851", "provider": "Assistans Kustens Ab",
                                                 "service_code": "sd-personal-assistance", "max_cents": "32 697",
                                                 "valid_from": START, "valid_to": END})
    return budget.id


@pytest.fixture
def page(qtbot: Any, context: AppContext, runner: TaskRunner, decided: uuid.UUID,
         no_blocking_dialogs: list[str]) -> Iterator[BudgetPage]:
    page = BudgetPage(context, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.budget_opened, timeout=TIMEOUT):
        page.open_budget(decided)
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)  # no older reading still on its way
    yield page
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    assert no_blocking_dialogs == []


def visible(page: BudgetPage, kind: type) -> Any:
    return next(d for d in page.findChildren(kind) if d.isVisible())


def button_place(dialog: Any) -> tuple[QPoint, int]:
    return dialog.accept_button.mapTo(dialog, QPoint(0, 0)), dialog.height()


def test_the_use_dialog_shows_units_times_price_and_asks_why_an_amount_differs(
        qtbot: Any, page: BudgetPage, workspace: Workspace, decided: uuid.UUID) -> None:
    follow_up = page.follow_up
    follow_up.record_use_button.click()
    use = visible(page, RecordUseDialog)
    assert use.provider_edit.text() == "Assistans Kustens Ab" and use.commitment_combo.currentData() == "MS-61851"
    qtbot.keyClicks(use.units_edit, "75")
    assert use.amount_edit.text() == f"2{NBSP}595,00"  # suggested
    assert use.computed_label.text() == f"75 × 34,60{NBSP}€ = 2{NBSP}595,00{NBSP}€ at the line's unit price"
    assert not use.amount_reason_edit.isEnabled()
    use.amount_edit.clear()
    qtbot.keyClicks(use.amount_edit, "2 695,00")  # the tester's invoice
    assert use.computed_label.text().endswith("the amount differs, so write why below.")
    assert use.amount_reason_edit.isEnabled() and "Required" in use.amount_reason_edit.placeholderText()
    before = button_place(use)
    use.accept_button.click()
    qtbot.waitUntil(lambda: use.errors["amount_reason"].text() != "", timeout=TIMEOUT)
    assert use.errors["amount_reason"].text().startswith(f"The units at the line's unit price make 2{NBSP}595,00")
    assert button_place(use) == before  # the reason appeared without moving the buttons
    assert use.amount_edit.text() == "2 695,00"  # nothing typed is lost
    use.amount_reason_edit.setPlainText("Laskulla myös matkakulut 100 €")
    with qtbot.waitSignal(page.follow_up_shown, timeout=TIMEOUT):
        use.accept_button.click()
    assert [u.amount_reason for u in workspace.budgets.uses(decided)] == ["Laskulla myös matkakulut 100 €"]
    assert follow_up.uses_model.cell(0, 6).text == "Amount: Laskulla myös matkakulut 100 €"
    # 2 695 € used on the 7th day of the year, 627,07 € expected by now: far ahead of time
    alerts = follow_up.alerts_label.text()
    assert (f"Used ahead of time: 2{NBSP}695,00{NBSP}€ used, 627,07{NBSP}€ expected by now. At this pace the "
            "money runs out around 23.2.2027.") in alerts
    assert follow_up.balances_model.cell(0, 0).warning.startswith("Used ahead of time")


def test_an_entry_made_by_mistake_is_corrected_or_cancelled_with_a_reason(
        qtbot: Any, page: BudgetPage, workspace: Workspace, decided: uuid.UUID) -> None:
    line = workspace.budgets.open(decided).budget.lines[0].id
    typo = {"used_on": "2026-12-05", "provider": "Assistans Kustens Ab", "budget_line_id": line, "units": "750",
            "amount_cents": "25 950,00", "commitment_number": "MS-61851"}
    wrong = workspace.budgets.record_use(decided, typo)
    double = workspace.budgets.record_use(decided, {**typo, "units": "10", "amount_cents": "346,00"})
    follow_up = page.follow_up
    page.refresh_follow_up()
    qtbot.waitUntil(lambda: follow_up.uses_model.rowCount() == 2, timeout=TIMEOUT)
    assert not follow_up.correct_use_button.isEnabled()  # nothing chosen yet
    rows = {follow_up.uses_model.cell(r, 0).data: r for r in range(2)}

    follow_up.uses_table.setCurrentIndex(follow_up.uses_model.index(rows[wrong.id], 0))
    assert follow_up.correct_use_button.isEnabled() and follow_up.cancel_use_button.isEnabled()
    follow_up.correct_use_button.click()
    dialog = visible(page, RecordUseDialog)
    assert dialog.windowTitle() == "Correct realised use of 5.12.2026"
    assert (dialog.units_edit.text(), dialog.amount_edit.text()) == ("750", f"25{NBSP}950,00")
    dialog.units_edit.setText("75")
    dialog.units_edit.textEdited.emit("75")
    dialog.amount_edit.setText("2 595,00")
    before = button_place(dialog)
    dialog.accept_button.click()
    qtbot.waitUntil(lambda: dialog.errors["reason"].text() == "This field is required.", timeout=TIMEOUT)
    assert button_place(dialog) == before
    dialog.reason_edit.setPlainText("Yksi nolla liikaa: 75 h")
    with qtbot.waitSignal(page.follow_up_shown, timeout=TIMEOUT):
        dialog.accept_button.click()
    assert {u.id: u.amount_cents for u in workspace.budgets.uses(decided)}[wrong.id] == 259500

    rows = {follow_up.uses_model.cell(r, 0).data: r for r in range(2)}
    assert follow_up.uses_model.cell(rows[wrong.id], 6).text == "Corrected: Yksi nolla liikaa: 75 h"
    follow_up.uses_table.setCurrentIndex(follow_up.uses_model.index(rows[double.id], 0))
    follow_up.cancel_use_button.click()
    cancel = visible(page, ReasonDialog)
    cancel.reason_edit.setPlainText("Sama lasku kirjattiin kahdesti")
    with qtbot.waitSignal(page.follow_up_shown, timeout=TIMEOUT):
        cancel.accept_button.click()
    assert [u.id for u in workspace.budgets.uses(decided)] == [wrong.id]
    assert follow_up.uses_model.rowCount() == 2  # the cancelled one is still listed
    rows = {follow_up.uses_model.cell(r, 0).data: r for r in range(2)}
    cancelled = [follow_up.uses_model.cell(rows[double.id], c) for c in range(7)]
    assert all(cell.muted for cell in cancelled[:6])
    assert cancelled[6].text == "Cancelled: Sama lasku kirjattiin kahdesti"
    assert f"used 2{NBSP}595,00{NBSP}€" in follow_up.totals_label.text()  # the cancelled one no longer counts
    follow_up.uses_table.setCurrentIndex(follow_up.uses_model.index(rows[double.id], 0))
    assert not follow_up.correct_use_button.isEnabled()  # a cancelled entry stays as it is

    # the commitment's maximum is corrected with a reason; it cannot be cancelled while used
    follow_up.commitments_table.setCurrentIndex(follow_up.commitments_model.index(0, 0))
    follow_up.correct_commitment_button.click()
    correct = visible(page, AddCommitmentDialog)
    assert correct.max_edit.text() == f"32{NBSP}697,00"
    correct.max_edit.setText("30 000")
    correct.reason_edit.setPlainText("Päätöksen enimmäissumma on 30 000 €")
    with qtbot.waitSignal(page.follow_up_shown, timeout=TIMEOUT):
        correct.accept_button.click()
    assert workspace.budgets.commitments(decided)[0].max_cents == 3000000
    follow_up.commitments_table.setCurrentIndex(follow_up.commitments_model.index(0, 0))
    follow_up.cancel_commitment_button.click()
    refused = visible(page, ReasonDialog)
    refused.reason_edit.setPlainText("Väärä")
    refused.accept_button.click()
    qtbot.waitUntil(lambda: refused.general_error.text() != "", timeout=TIMEOUT)
    assert "correct or cancel those entries first" in refused.general_error.text()
    refused.reject()

    # the history keeps what the entries were, with the reasons
    page.history_button.click()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(BudgetHistoryDialog)), timeout=TIMEOUT)
    history = visible(page, BudgetHistoryDialog).model
    rows_text = [[history.cell(r, c).text for c in range(6)] for r in range(history.rowCount())]
    assert ["Realised use", f"5.12.2026 · Assistans Kustens Ab · 10 units · 346,00{NBSP}€", "Cancelled",
            "Sama lasku kirjattiin kahdesti"] in [row[2:] for row in rows_text]
    assert any(row[2] == "Realised use" and "750 units" in row[3] and "75 units" in row[4]
               and row[5] == "Yksi nolla liikaa: 75 h" for row in rows_text)


def test_a_budget_with_nothing_allocated_is_not_shown_as_cost_neutral(
        qtbot: Any, context: AppContext, runner: TaskRunner, workspace: Workspace, plan_id: uuid.UUID) -> None:
    budget = workspace.budgets.create_for_plan(plan_id, START, END)
    workspace.budgets.remove_line(budget.id, budget.budget.lines[0].id)
    page = BudgetPage(context, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.budget_opened, timeout=TIMEOUT):
        page.open_budget(budget.id)
    bar = page.editor.totals_bar
    assert bar.allocation_label.text() == f"0,00{NBSP}€"
    assert (bar.cost_state, bar.cost_neutral, bar.indicator_label.text()) == (
        "no_allocation", False, "No budget lines yet")
    assert "Cost-neutral" not in bar.accessibleDescription()
    assert "Required" not in page.editor.justification_hint.text()
    with qtbot.waitSignal(page.editor.budget_saved, timeout=TIMEOUT):
        page.editor.add_from_plan_button.click()
    assert bar.indicator_label.text() == "Cost-neutral" and bar.cost_neutral
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)


def test_a_new_budget_starts_from_the_plan_and_an_overlap_needs_a_reason(
        qtbot: Any, context: AppContext, runner: TaskRunner, workspace: Workspace, plan_id: uuid.UUID) -> None:
    first = workspace.budgets.create_for_plan(plan_id, START, END)
    budgets = workspace.budgets.for_client(first.client_id)
    assert default_period(date(2026, 11, 20), [first.budget and _other(first)]) == (
        date(2027, 12, 1), date(2028, 11, 30))  # after the budget in use
    dialog = CreateBudgetDialog(context, plan_id, today=date(2026, 11, 20), budgets=budgets)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (dialog.start_edit.text(), dialog.end_edit.text()) == ("1.12.2027", "30.11.2028")
    # the rule is said next to the dates before anything is pressed
    assert dialog.overlap_note.text().startswith("The client's budgets in use: 1.12.2026–30.11.2027 (indicative).")
    assert not dialog.reason_edit.isEnabled()
    dialog.start_edit.setText("1.6.2027")
    assert dialog.reason_edit.isEnabled() and "1.12.2026–30.11.2027" in dialog.reason_edit.placeholderText()
    before = button_place(dialog)
    dialog.accept_button.click()
    qtbot.waitUntil(lambda: dialog.errors["overlap_reason"].text() != "", timeout=TIMEOUT)
    assert dialog.errors["overlap_reason"].text().startswith("The period overlaps the client's budget of "
                                                             "1.12.2026–30.11.2027")
    assert button_place(dialog) == before
    assert len(workspace.budgets.for_client(first.client_id)) == 1
    dialog.reason_edit.setPlainText("Uusi päätös 1.6.2027 alkaen")
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        dialog.accept_button.click()
    created = dialog.created_budget
    assert created is not None and created.overlap_reason == "Uusi päätös 1.6.2027 alkaen"
    # it starts from the plan's priced support, with the reference from the price list
    assert [(line.service_code, line.quantity, line.unit_price_cents) for line in created.budget.lines] == [
        ("sd-personal-assistance", 945, 3460)]
    assert created.totals.allocation_cents == created.totals.reference_cents == 945 * 3460

    page = BudgetPage(context, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.budget_opened, timeout=TIMEOUT):
        page.open_budget(created.id)
    assert page.overlap_label.isVisibleTo(page)
    assert page.overlap_label.text() == ("Shares days with the budget of 1.12.2026–30.11.2027. "
                                         "Reason: Uusi päätös 1.6.2027 alkaen")
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)


def _other(view: Any) -> Any:
    from sopiva_desk.domain.budget import OtherBudget
    return OtherBudget(view.budget.period_start, view.budget.period_end, view.budget.state)


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_numbers_in_messages_never_break_across_lines(qapp: Any, language: str) -> None:
    """The money example wrapped as "1 / 234,50" and the layout jumped: numbers keep no-break spaces."""
    i18n.install(language)
    try:
        for key in ("money.format", "phone.format"):
            text = message(key)
            assert not re.search(r"\d \d", text), text
        assert "1\u00a0234,50" in message("money.format")
    finally:
        i18n.install("en")
