"""The personal budget page against a real store: live totals, the cost-neutral indicator, the
justification, refused amounts, deciding, follow-up with alerts, and the create dialog."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.budget_commitment import AddCommitmentDialog, RecordUseDialog
from sopiva_desk.gui.dialogs.budget_form import DecideBudgetDialog
from sopiva_desk.gui.dialogs.create_budget import CreateBudgetDialog, default_period
from sopiva_desk.gui.pages.budget import BudgetPage
from sopiva_desk.gui.tasks import TaskRunner
from sopiva_desk.services.workspace import Workspace

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
              pytest.mark.qt_log_ignore("This plugin does not support raise")]

TIMEOUT = 5000
START, END = date(2026, 1, 1), date(2026, 12, 31)
MID = date(2026, 7, 2)  # 183 of 365 days gone by
NBSP = "\u00a0"


def make_plan(workspace: Workspace, client_id: uuid.UUID) -> uuid.UUID:
    """A plan whose supports are priced: coaching 100 h, personal assistance 200 h, day activities 50 days."""
    plans = workspace.plans
    plan = plans.start_draft(client_id)
    goal = plans.add_goal(plan.id, {"client_words": "Asun omassa kodissa", "life_domain": "housing"})
    goal_id = goal.content["goals"][0]["id"]
    for fields in ({"description": "Valmennus arjen taitoihin", "service_code": "sd-coaching", "quantity": "100",
                    "arranging_method": "payment_commitment"},
                   {"description": "Henkilökohtainen apu iltaisin", "service_code": "sd-personal-assistance",
                    "quantity": "200", "arranging_method": "purchased_service"},
                   {"description": "Päivätoiminta", "service_code": "sd-day-activities", "quantity": "50",
                    "arranging_method": "service_voucher"}):
        plans.add_support(plan.id, goal_id, fields)
    return plan.id


@pytest.fixture
def plan_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    return make_plan(workspace, workspace.clients.create_client(client_values))


@pytest.fixture
def budget_id(workspace: Workspace, plan_id: uuid.UUID) -> uuid.UUID:
    return workspace.budgets.create_for_plan(plan_id, START, END).id  # a line for each support


@pytest.fixture
def page(qtbot: Any, context: AppContext, runner: TaskRunner, budget_id: uuid.UUID,
         no_blocking_dialogs: list[str]) -> Iterator[BudgetPage]:
    page = BudgetPage(context, today=lambda: MID)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.budget_opened, timeout=TIMEOUT):
        page.open_budget(budget_id)
    yield page
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    assert no_blocking_dialogs == []


def wait_saved(qtbot: Any, page: BudgetPage) -> None:
    qtbot.waitUntil(lambda: not page.has_pending_saves() and page.save_state.text().startswith(
        ("All changes saved", "Not saved")), timeout=TIMEOUT)


def edit_cell(page: BudgetPage, row: int, field: str, value: Any, reference: bool = False) -> None:
    model = page.editor.reference_model if reference else page.editor.lines_model
    assert model.setData(model.index(row, model.column_of(field)), value)


def cell(page: BudgetPage, row: int, field: str) -> str:
    model = page.editor.lines_model
    return str(model.index(row, model.column_of(field)).data())


def test_opening_shows_the_lines_totals_and_a_cost_neutral_budget(page: BudgetPage) -> None:
    assert page.client_name == "Aino Maria Virtanen" and page.title_label.text() == "Personal budget"
    assert page.status_label.text().startswith("Indicative")
    assert page.editor.lines_model.rowCount() == 3 and page.editor.reference_model.rowCount() == 3
    assert cell(page, 0, "service_code") == "Coaching" and cell(page, 0, "arranging_method") == "Payment commitment"
    assert cell(page, 0, "plan_support_id") == "Asun omassa kodissa → Valmennus arjen taitoihin"
    assert cell(page, 0, "unit_price_cents") == f"70,50{NBSP}€" and cell(page, 0, "cents") == f"7{NBSP}050,00{NBSP}€"
    bar = page.editor.totals_bar
    assert bar.reference_label.text() == bar.allocation_label.text() and bar.difference_label.text() == f"0,00{NBSP}€"
    assert bar.cost_neutral and bar.indicator_label.text() == "Cost-neutral"
    assert not page.editor.justification_message.isVisibleTo(page)
    assert not page.tabs.isTabEnabled(1) and page.decide_button.isEnabled()
    assert not page.editor.add_from_plan_button.isEnabled()  # every support already has a line


def test_a_bigger_quantity_goes_over_the_reference_and_asks_for_a_justification(
        qtbot: Any, page: BudgetPage, workspace: Workspace, budget_id: uuid.UUID) -> None:
    bar = page.editor.totals_bar
    edit_cell(page, 0, "quantity", "110,5")  # +10,5 h × 70,50 € = 740,25 €
    qtbot.waitUntil(lambda: bar.cost_neutral is False, timeout=TIMEOUT)
    assert bar.indicator_label.text() == f"Over the reference by 740,25{NBSP}€"
    assert bar.difference_label.text() == f"740,25{NBSP}€"
    assert cell(page, 0, "quantity") == "110,5" and cell(page, 0, "cents") == f"7{NBSP}790,25{NBSP}€"
    message = page.editor.justification_message
    assert message.isVisibleTo(page) and "write a justification" in message.text()
    assert "Required" in page.editor.justification_hint.text()
    qtbot.keyClicks(page.editor.justification_edit, "Tarvitsee iltaisin enemman valmennusta.")
    page.flush()
    qtbot.waitUntil(lambda: not message.isVisibleTo(page), timeout=TIMEOUT)
    wait_saved(qtbot, page)
    stored = workspace.budgets.open(budget_id)
    assert stored.budget.justification == "Tarvitsee iltaisin enemman valmennusta."
    assert stored.totals.difference_cents == 74025
    edit_cell(page, 0, "quantity", "90")  # back under: cost-neutral again
    qtbot.waitUntil(lambda: bar.cost_neutral is True, timeout=TIMEOUT)
    assert bar.difference_label.text() == f"-705,00{NBSP}€"  # English writes a hyphen-minus


def test_a_refused_amount_stays_in_its_cell_with_the_reason_next_to_it(
        qtbot: Any, page: BudgetPage, workspace: Workspace, budget_id: uuid.UUID) -> None:
    editor = page.editor
    edit_cell(page, 1, "unit_price_cents", "12.34.5")
    qtbot.waitUntil(editor.lines_error.isVisible, timeout=TIMEOUT)
    # the example is one unbreakable number: no "1 / 234,50" when the line wraps
    assert editor.lines_error.text() == f"Line 2 › Unit price (€): Enter an amount in euros, e.g. 1{NBSP}234,50."
    assert cell(page, 1, "unit_price_cents") == "12.34.5"  # the typed text is kept
    index = editor.lines_model.index(1, editor.lines_model.column_of("unit_price_cents"))
    assert "Enter an amount" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert page.save_state.text().startswith("Not saved")
    assert workspace.budgets.open(budget_id).budget.lines[1].unit_price_cents == 3460
    edit_cell(page, 1, "unit_price_cents", "1 234,50")
    qtbot.waitUntil(lambda: not editor.lines_error.isVisible(), timeout=TIMEOUT)
    wait_saved(qtbot, page)
    assert workspace.budgets.open(budget_id).budget.lines[1].unit_price_cents == 123450
    assert cell(page, 1, "unit_price_cents") == f"1{NBSP}234,50{NBSP}€"
    assert editor.totals_bar.cost_neutral is False


def test_a_refused_cell_is_kept_as_a_draft_when_the_budget_is_left_and_opened_again(
        qtbot: Any, page: BudgetPage, runner: TaskRunner, workspace: Workspace, budget_id: uuid.UUID) -> None:
    """Issue 11 (1): what a rule refuses is not thrown away on leaving; it comes back with its message."""
    editor = page.editor
    line_id = workspace.budgets.open(budget_id).budget.lines[1].id
    edit_cell(page, 1, "unit_price_cents", "12.34.5")
    page.flush()
    qtbot.waitUntil(editor.lines_error.isVisible, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not runner.busy and not page.has_pending_saves(), timeout=TIMEOUT)
    message = editor.lines_error.text()
    assert workspace.drafts.for_record("personal_budget", str(budget_id)) == {
        f"lines/{line_id}/unit_price_cents": {"unit_price_cents": "12.34.5"}}
    assert workspace.budgets.open(budget_id).budget.lines[1].unit_price_cents == 3460  # the valid value stays
    page.clear()
    assert editor.lines_model.rowCount() == 0

    with qtbot.waitSignal(page.budget_opened, timeout=TIMEOUT):
        page.open_budget(budget_id)
    qtbot.waitUntil(editor.lines_error.isVisible, timeout=TIMEOUT)
    assert editor.lines_error.text() == message and cell(page, 1, "unit_price_cents") == "12.34.5"
    index = editor.lines_model.index(1, editor.lines_model.column_of("unit_price_cents"))
    assert "Enter an amount" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert page.save_state.text().startswith("Not saved")

    edit_cell(page, 1, "unit_price_cents", "34,60")
    qtbot.waitUntil(lambda: not editor.lines_error.isVisible(), timeout=TIMEOUT)
    wait_saved(qtbot, page)
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    assert workspace.drafts.for_record("personal_budget", str(budget_id)) == {}


def test_lines_are_added_changed_and_removed(qtbot: Any, page: BudgetPage, workspace: Workspace,
                                            budget_id: uuid.UUID) -> None:
    editor = page.editor
    editor.add_line_button.click()
    qtbot.waitUntil(lambda: editor.lines_model.rowCount() == 4, timeout=TIMEOUT)
    edit_cell(page, 3, "service_code", "sd-mobility-support")
    wait_saved(qtbot, page)
    edit_cell(page, 3, "quantity", "12")
    edit_cell(page, 3, "arranging_method", "own_production")
    wait_saved(qtbot, page)
    line = workspace.budgets.open(budget_id).budget.lines[3]
    assert (line.service_code, line.quantity, line.arranging_method) == ("sd-mobility-support", 12, "own_production")
    assert cell(page, 3, "unit") == "trip"
    edit_cell(page, 3, "quantity", "9000")  # a live issue: more hours than the year has? trips have no cap
    edit_cell(page, 1, "quantity", "9000")
    qtbot.waitUntil(lambda: "Line 2 › Quantity" in editor.issues_label.text(), timeout=TIMEOUT)
    assert "at most 8760" in editor.issues_label.text()
    editor.lines_table.setCurrentIndex(editor.lines_model.index(3, 0))
    editor.remove_line_button.click()
    qtbot.waitUntil(lambda: editor.lines_model.rowCount() == 3, timeout=TIMEOUT)
    assert len(workspace.budgets.open(budget_id).budget.lines) == 3


def decide(qtbot: Any, page: BudgetPage) -> None:
    page.decide_button.click()
    dialog = next(d for d in page.findChildren(DecideBudgetDialog) if d.isVisible())
    assert dialog.date_edit.text() == "2.7.2026"
    dialog.date_edit.setText("5.1.2026")
    dialog.reference_edit.setText("HB-2026-17")
    with qtbot.waitSignals([page.budget_changed, page.follow_up_shown], timeout=TIMEOUT):
        dialog.accept_button.click()
    assert page.view is not None and page.view.budget.state == "decided"


def test_deciding_is_refused_with_reasons_then_locks_the_budget(qtbot: Any, page: BudgetPage) -> None:
    edit_cell(page, 0, "quantity", "200")
    qtbot.waitUntil(lambda: page.editor.totals_bar.cost_neutral is False, timeout=TIMEOUT)
    page.decide_button.click()
    dialog = page.findChild(DecideBudgetDialog)
    dialog.date_edit.setText("40.1.2026")
    dialog.accept_button.click()
    qtbot.waitUntil(lambda: dialog.errors["decision_date"].text() != "", timeout=TIMEOUT)
    assert dialog.errors["decision_date"].text() == "40.1.2026 is not a date: January has 31 days."
    assert dialog.date_edit.text() == "40.1.2026"
    tomorrow = date.today() + timedelta(days=1)
    dialog.date_edit.setText(f"{tomorrow.day}.{tomorrow.month}.{tomorrow.year}")
    dialog.accept_button.click()
    qtbot.waitUntil(lambda: dialog.errors["decision_date"].text() == "The date cannot be in the future.",
                    timeout=TIMEOUT)  # a decision that has been made (issue 11, item 5's sibling)
    dialog.date_edit.setText("5.1.2026")
    dialog.accept_button.click()
    qtbot.waitUntil(lambda: dialog.general_error.text() != "", timeout=TIMEOUT)
    assert "write a justification" in dialog.general_error.text()
    dialog.reject()
    page.editor.justification_edit.setPlainText("Illat vaativat enemmän tukea.")
    decide(qtbot, page)
    assert page.status_label.text().startswith("Decided on 5.1.2026 · decision HB-2026-17")
    assert page.editor.notice.isVisibleTo(page) and page.editor.justification_edit.isReadOnly()
    assert not page.editor.lines_model.flags(page.editor.lines_model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not page.editor.add_line_button.isEnabled() and page.tabs.isTabEnabled(1)
    assert page.close_budget_button.isVisible() and not page.decide_button.isVisible()


def test_follow_up_commitments_uses_balances_and_alerts(qtbot: Any, page: BudgetPage, workspace: Workspace,
                                                       budget_id: uuid.UUID) -> None:
    decide(qtbot, page)
    follow_up = page.follow_up
    with qtbot.waitSignal(page.follow_up_shown, timeout=TIMEOUT):
        page.tabs.setCurrentIndex(1)  # read again on showing the tab
    assert "50 % of the period 1.1.2026–31.12.2026" in follow_up.elapsed_label.text()
    # at mid-period nothing is used yet: every line is clearly under-used
    assert follow_up.alerts_label.text().count("Clearly under-used") == 3

    follow_up.add_commitment_button.click()
    dialog = page.findChild(AddCommitmentDialog)
    dialog.number_edit.setText("MS-1")
    dialog.provider_edit.setText("Valmennus Oy")
    dialog.max_edit.setText("1.000,50")
    dialog.accept_button.click()
    qtbot.waitUntil(lambda: dialog.errors["max_cents"].text() != "", timeout=TIMEOUT)  # nothing lost on a refusal
    assert dialog.errors["max_cents"].text() == f"Enter an amount in euros, e.g. 1{NBSP}234,50."
    assert dialog.number_edit.text() == "MS-1" and dialog.max_edit.text() == "1.000,50"
    dialog.max_edit.setText("1 000")
    with qtbot.waitSignal(page.follow_up_shown, timeout=TIMEOUT):
        dialog.accept_button.click()
    assert follow_up.commitments_model.rowCount() == 1
    assert follow_up.commitments_model.cell(0, 3).text == f"1{NBSP}000,00{NBSP}€"

    follow_up.record_use_button.click()
    use = page.findChild(RecordUseDialog)
    assert use.date_edit.text() == "2.7.2026" and use.commitment_combo.currentData() == "MS-1"
    use.units_edit.setText("20")
    use.units_edit.textEdited.emit("20")
    assert use.amount_edit.text() == f"1{NBSP}410,00"  # suggested: 20 h × 70,50 €
    use.amount_edit.setText("abc")
    use.accept_button.click()
    qtbot.waitUntil(lambda: use.errors["amount_cents"].text() != "", timeout=TIMEOUT)
    use.amount_edit.setText("1 410,00")
    use.provider_edit.setText("Valmennus Oy")
    with qtbot.waitSignal(page.follow_up_shown, timeout=TIMEOUT):
        use.accept_button.click()
    lines = workspace.budgets.open(budget_id).budget.lines
    workspace.budgets.record_use(budget_id, {"used_on": "2026-06-01", "provider": "Avustajat Oy",
                                             "budget_line_id": lines[2].id, "units": "80",
                                             "amount_cents": "9 000",
                                             "amount_reason": "Lasku kattaa myös retken"})  # allocated 50 days
    with qtbot.waitSignal(page.follow_up_shown, timeout=TIMEOUT):
        page.refresh_follow_up()
    alerts = follow_up.alerts_label.text()
    assert "Payment commitment MS-1 is exceeded" in alerts and "Over-used" in alerts
    assert "1. Coaching – Valmennus arjen taitoihin: Clearly under-used" in alerts  # 1 410 € of 7 050 €
    assert "2. Personal assistance" in alerts  # nothing used
    assert follow_up.uses_model.rowCount() == 2 and follow_up.balances_model.rowCount() == 3
    coaching = [follow_up.balances_model.cell(0, c).text for c in range(5)]
    assert coaching[1:] == [f"7{NBSP}050,00{NBSP}€", f"1{NBSP}410,00{NBSP}€", f"3{NBSP}534,66{NBSP}€",
                            f"5{NBSP}640,00{NBSP}€"]
    assert follow_up.balances_model.cell(2, 4).warning.startswith("Over-used")
    assert follow_up.commitments_model.cell(0, 4).warning.startswith("Payment commitment MS-1 is exceeded")
    with qtbot.waitSignal(page.follow_up_shown, timeout=TIMEOUT):
        page.close_budget_button.click()
    assert page.status_label.text().startswith("Closed")
    assert not follow_up.record_use_button.isEnabled() and not page.close_budget_button.isVisible()


def test_create_budget_dialog(qtbot: Any, context: AppContext, runner: TaskRunner, plan_id: uuid.UUID) -> None:
    assert default_period(date(2026, 12, 15)) == (date(2027, 1, 1), date(2027, 12, 31))
    assert default_period(date(2026, 2, 28)) == (date(2026, 3, 1), date(2027, 2, 28))
    dialog = CreateBudgetDialog(context, plan_id, today=date(2025, 12, 10))
    qtbot.addWidget(dialog)
    dialog.show()
    assert (dialog.start_edit.text(), dialog.end_edit.text()) == ("1.1.2026", "31.12.2026")
    dialog.end_edit.setText("1.1.2028")
    dialog.accept_button.click()
    qtbot.waitUntil(lambda: dialog.errors["period_end"].text() != "", timeout=TIMEOUT)
    assert dialog.errors["period_end"].text() == "A budget period can be at most 2 years."
    assert dialog.end_edit.text() == "1.1.2028" and dialog.accept_button.isEnabled()
    dialog.end_edit.setText("31.12.2026")
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        dialog.accept_button.click()
    created = dialog.created_budget
    assert created is not None and created.plan_id == plan_id
    assert (created.budget.period_start, created.budget.period_end) == (START, END)
    assert len(created.budget.reference_lines) == 3
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
