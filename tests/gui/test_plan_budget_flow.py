"""The plan-to-budget flow through the main window, as a counsellor clicks it: draft the plan from
a completed assessment, add a goal and a priced support, build the budget, watch the indicator
change, decide, record use and see the alerts; the organisation view lists the client."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.budget_commitment import RecordUseDialog
from sopiva_desk.gui.dialogs.budget_form import DecideBudgetDialog
from sopiva_desk.gui.dialogs.create_budget import CreateBudgetDialog
from sopiva_desk.gui.main_window import MainWindow
from sopiva_desk.gui.tasks import TaskRunner
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import Assessment

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
              pytest.mark.qt_log_ignore("This plugin does not support raise")]

TIMEOUT = 8000
NBSP = "\u00a0"


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    client_id = workspace.clients.create_client(client_values)
    with workspace.db.transaction() as session:
        session.add(Assessment(id=uuid.uuid4(), client_id=client_id, series_id=uuid.uuid4(), version_no=1,
                               template_id="vammaispalvelut-pta", template_version=1, status="completed",
                               answers={"housing.client_view": "Haluan oman kodin.",
                                        "strengths.strengths": "Sinnikäs"},
                               created_by="t", updated_by="t"))
    return client_id


@pytest.fixture
def window(qtbot: Any, profile_service: ProfileService, workspace: Workspace, runner: TaskRunner,
           no_blocking_dialogs: list[str]) -> Iterator[MainWindow]:
    context = AppContext(profile_service, runner, ui_language="en")
    context.set_workspace(workspace)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    window.flush()
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    assert no_blocking_dialogs == []


def choose(combo: Any, value: Any) -> None:
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def plan_saved(qtbot: Any, window: MainWindow) -> None:
    page = window.plan
    qtbot.waitUntil(lambda: page.save_state.text().startswith("All changes saved") and not page.has_pending_saves(),
                    timeout=TIMEOUT)


def test_from_assessment_to_plan_budget_follow_up_and_overview(qtbot, window, workspace, client_id,  # type: ignore[no-untyped-def]
                                                             monkeypatch) -> None:
    tab = window.client_file.plan_tab
    with qtbot.waitSignal(tab.loaded, timeout=TIMEOUT):
        window._on_caseload_client_activated(client_id)  # noqa: SLF001 - as a double-click on the caseload does
    window.client_file.tabs.setCurrentWidget(tab)

    # 1. Draft the plan: the situation comes from the completed assessment.
    with qtbot.waitSignal(window.plan.plan_opened, timeout=TIMEOUT):
        qtbot.mouseClick(tab.draft_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.plan
    plan_id = window.plan.plan_id
    assert workspace.plans.open(plan_id).content["situation"]["housing"]

    # 2. A goal in the client's words with a support priced from the catalogue.
    page = window.plan
    page.form.show_section(7)
    editor = page.goal_editor
    editor.add_button.click()
    qtbot.waitUntil(lambda: len(editor.cards) == 1, timeout=TIMEOUT)
    goal = editor.cards[0]
    goal.add_support_button.click()
    qtbot.waitUntil(lambda: bool(editor.cards and editor.cards[0].supports), timeout=TIMEOUT)
    goal = editor.cards[0]
    support = goal.supports[0]
    qtbot.keyClicks(goal.words_edit, "Haluan asua omassa kodissa")
    qtbot.keyClicks(support.description_edit, "Asumisen valmennus")
    plan_saved(qtbot, window)
    choose(support.service_combo, "sd-coaching")
    qtbot.waitUntil(lambda: support.price_edit.text() != "", timeout=TIMEOUT)
    choose(support.method_combo, "personal_budget")
    qtbot.keyClicks(support.quantity_edit, "100")
    plan_saved(qtbot, window)
    stored = workspace.plans.open(plan_id).plan.goals[0].supports[0]
    assert (stored.service_code, stored.quantity, stored.arranging_method) == ("sd-coaching", 100, "personal_budget")
    with qtbot.waitSignal(tab.loaded, timeout=TIMEOUT):
        page.back_button.click()
    assert window.stack.currentWidget() is window.client_file

    # 3. Build the budget for the plan: the reference comes from the support.
    start = date.today().replace(day=1)
    end = start.replace(year=start.year + 1) - timedelta(days=1)

    def fill_and_accept(dialog: CreateBudgetDialog) -> int:
        dialog.start_edit.setText(f"{start.day}.{start.month}.{start.year}")
        dialog.end_edit.setText(f"{end.day}.{end.month}.{end.year}")
        with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
            dialog.accept_button.click()
        return CreateBudgetDialog.DialogCode.Accepted

    monkeypatch.setattr(CreateBudgetDialog, "exec", fill_and_accept)
    with qtbot.waitSignal(window.budget.budget_opened, timeout=TIMEOUT):
        qtbot.mouseClick(tab.create_budget_button, Qt.MouseButton.LeftButton)
    budget = window.budget
    assert window.stack.currentWidget() is budget
    bar = budget.editor.totals_bar
    assert bar.reference_label.text() == f"7{NBSP}050,00{NBSP}€" and bar.allocation_label.text() == f"0,00{NBSP}€"
    assert bar.cost_neutral

    # 4. Lines from the plan, then a "what if": more hours go over the reference.
    with qtbot.waitSignal(budget.editor.budget_saved, timeout=TIMEOUT):
        budget.editor.add_from_plan_button.click()
    lines = budget.editor.lines_model
    assert lines.rowCount() == 1
    assert lines.setData(lines.index(0, lines.column_of("quantity")), "120")
    qtbot.waitUntil(lambda: bar.cost_neutral is False, timeout=TIMEOUT)
    assert bar.indicator_label.text() == f"Over the reference by 1{NBSP}410,00{NBSP}€"
    assert budget.editor.justification_message.isVisibleTo(window)
    assert lines.setData(lines.index(0, lines.column_of("quantity")), "100")
    qtbot.waitUntil(lambda: bar.cost_neutral is True, timeout=TIMEOUT)
    assert bar.indicator_label.text() == "Cost-neutral"

    # 5. Decide, record use over the month's share, and see the alert.
    budget.decide_button.click()
    decide = next(d for d in budget.findChildren(DecideBudgetDialog) if d.isVisible())
    decide.reference_edit.setText("HB-1")
    with qtbot.waitSignal(budget.budget_changed, timeout=TIMEOUT):
        decide.accept_button.click()
    with qtbot.waitSignal(budget.follow_up_shown, timeout=TIMEOUT):
        budget.tabs.setCurrentIndex(1)
    follow_up = budget.follow_up
    follow_up.record_use_button.click()
    use = next(d for d in budget.findChildren(RecordUseDialog) if d.isVisible())
    use.provider_edit.setText("Valmennus Oy")
    use.units_edit.setText("110")
    use.amount_edit.setText("7 755,00")
    use.accept_button.click()
    qtbot.waitUntil(lambda: follow_up.uses_model.rowCount() == 1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "Over-used" in follow_up.alerts_label.text(), timeout=TIMEOUT)

    # 6. The organisation view lists the client with the budget.
    with qtbot.waitSignal(budget.back_requested, timeout=TIMEOUT):
        budget.back_button.click()
    window.show_organisation()
    assert window.stack.currentWidget() is window.organisation
    qtbot.waitUntil(lambda: window.organisation.model.rowCount() == 1, timeout=TIMEOUT)
    with qtbot.waitSignal(tab.loaded, timeout=TIMEOUT):
        window.organisation.client_activated.emit(client_id)
    assert window.stack.currentWidget() is window.client_file
    back = window.client_file.findChild(type(budget.back_button), "backButton")
    assert back.text() == "← Personal budgets"
    back.click()
    assert window.stack.currentWidget() is window.organisation
    with qtbot.waitSignal(tab.loaded, timeout=TIMEOUT):
        window._on_caseload_client_activated(client_id)  # noqa: SLF001 - from the caseload: back leads there
    assert back.text() == "← Clients"
