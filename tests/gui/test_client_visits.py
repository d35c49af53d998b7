"""The visits of a client on the Visits and assessments tab, planning a visit ahead (move, start,
cancel) and reading an ended visit."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.plan_visit import CancelVisitDialog, PlanVisitDialog
from sopiva_desk.gui.dialogs.visit_summary import VisitSummaryDialog
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.models.visit_list_model import VisitListModel, notes_preview
from sopiva_desk.gui.pages.client_assessments import ClientAssessmentsWidget
from sopiva_desk.gui.tasks import ImmediateTaskRunner
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from tests.gui.test_caseload import type_text
from tests.gui.test_client_assessments import load

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TOMORROW = date.today() + timedelta(days=1)
HOME = "Kirkkotie 5, 58900 Rantasalmi"


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    return workspace.clients.create_client(client_values)


@pytest.fixture
def context(profile_service: ProfileService, workspace: Workspace) -> AppContext:
    context = AppContext(profile_service, ImmediateTaskRunner(), ui_language="en")
    context.set_workspace(workspace)
    return context


@pytest.fixture
def widget(qtbot: Any, context: AppContext, dialogs: list[str]) -> Iterator[ClientAssessmentsWidget]:
    widget = ClientAssessmentsWidget(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 600)
    widget.show()
    yield widget
    assert dialogs == []


def visit_rows(widget: ClientAssessmentsWidget) -> list[tuple[str, ...]]:
    model = widget.visits_model
    return [tuple(model.index(r, c).data() for c in range(model.SYNC))
            for r in range(model.rowCount())]  # the sync column: tests/gui/test_record_sync_columns.py


def make_dialog(qtbot: Any, context: AppContext, client_id: uuid.UUID, visit: Any = None) -> PlanVisitDialog:
    dialog = PlanVisitDialog(context, client_id, "Aino Virtanen", HOME, visit)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_every_visit_is_listed_newest_first_with_its_notes(qtbot: Any, widget: ClientAssessmentsWidget,
                                                          workspace: Workspace, client_id: uuid.UUID) -> None:
    load(qtbot, widget, client_id)
    assert widget.visits_part.empty_label.isVisibleTo(widget) and not widget.visits_view.isVisibleTo(widget)
    visits = workspace.visits
    ended = visits.start_visit(client_id, "home_visit", "Koti")
    visits.update_visit_field(ended.id, "participants", [{"name": "Aino Virtanen", "relation": "asiakas"},
                                                         {"name": "Liisa Virtanen", "relation": "äiti"}])
    visits.update_visit_field(ended.id, "notes", "Puhuttiin asumisesta.\n\nSovittiin kokeilusta.\nSoitto perjantaina.")
    visits.end_visit(ended.id)
    planned = visits.plan_visit(client_id, TOMORROW, "9.30", "office", "Toimisto", "Ota kuvakortit")
    cancelled = visits.plan_visit(client_id, TOMORROW + timedelta(days=1), "12", "phone")
    visits.cancel_visit(cancelled.id, "Asiakas sairastui.")
    widget.refresh()
    assert [v.id for v in widget.visits_model.visits()] == [cancelled.id, planned.id, ended.id]
    rows = visit_rows(widget)
    assert rows[0][1:] == ("Phone call", "Cancelled", "", "", "Cancelled: Asiakas sairastui.")
    assert rows[1][1:] == ("Office visit", "Planned", "Toimisto", "", "Ota kuvakortit")
    assert rows[1][0].endswith(f"{format_date(TOMORROW)} 9.30")
    assert rows[2][1:] == ("Home visit", "Ended", "Koti", "Aino Virtanen, Liisa Virtanen",
                           "Puhuttiin asumisesta.\nSovittiin kokeilusta. …")
    notes = widget.visits_model.index(2, VisitListModel.NOTES).data(Qt.ItemDataRole.ToolTipRole)
    assert notes.endswith("Soitto perjantaina.")  # the whole notes in the tooltip
    assert widget.visits_view.isVisibleTo(widget) and widget.visits_part.hint_label.isVisibleTo(widget)
    widget.clear()
    assert widget.visits_model.rowCount() == 0


def test_a_planned_visit_whose_day_passed_says_it_was_not_started(workspace: Workspace,
                                                                  client_id: uuid.UUID) -> None:
    planned = workspace.visits.plan_visit(client_id, date.today(), "9", "home_visit")
    model = VisitListModel()
    model.set_visits([planned], today=date.today() + timedelta(days=1))
    assert model.index(0, VisitListModel.STATUS).data() == "Planned, not started"


def test_the_visit_model_passes_the_model_tester(qtmodeltester: Any, workspace: Workspace,
                                                 client_id: uuid.UUID) -> None:
    workspace.visits.plan_visit(client_id, TOMORROW, "9", "home_visit")
    workspace.visits.start_visit(client_id, "phone")
    model = VisitListModel()
    model.set_visits(workspace.visits.visits_for_client(client_id))
    qtmodeltester.check(model)
    qtmodeltester.check(VisitListModel())


def test_opening_a_visit_depends_on_its_status(qtbot: Any, widget: ClientAssessmentsWidget, workspace: Workspace,
                                               client_id: uuid.UUID) -> None:
    visits = workspace.visits
    ended = visits.start_visit(client_id, "home_visit")
    visits.end_visit(ended.id)
    going = visits.start_visit(client_id, "phone")
    planned = visits.plan_visit(client_id, TOMORROW, "10", "office")
    load(qtbot, widget, client_id)
    view = widget.visits_view
    for visit_id, signal in ((planned.id, widget.planned_visit_requested), (going.id, widget.continue_visit_requested),
                             (ended.id, widget.visit_record_requested)):
        view.setCurrentIndex(widget.visits_model.index(widget.visits_model.row_of(visit_id), 0))
        with qtbot.waitSignal(signal) as opened:
            qtbot.keyClick(view, Qt.Key.Key_Return)
        assert opened.args[0].id == visit_id
    with qtbot.waitSignal(widget.plan_visit_requested):
        widget.plan_visit_button.click()


def test_planning_a_home_visit_defaults_the_place_to_the_clients_address(qtbot: Any, context: AppContext,
                                                                         workspace: Workspace,
                                                                         client_id: uuid.UUID) -> None:
    dialog = make_dialog(qtbot, context, client_id)
    assert dialog.windowTitle() == "Plan a visit"
    assert dialog.day_edit.text() == format_date(TOMORROW) and dialog.way() == "home_visit"
    assert dialog.place_edit.text() == HOME and dialog.place_hint.isVisible()
    dialog.set_way("phone")
    assert dialog.place_edit.text() == "" and not dialog.place_hint.isVisible()  # the default follows the way
    dialog.set_way("home_visit")
    assert dialog.place_edit.text() == HOME
    dialog.place_edit.clear()
    type_text(qtbot, dialog.place_edit, "Asumisyksikkö Kuusela")
    dialog.set_way("office")
    assert dialog.place_edit.text() == "Asumisyksikkö Kuusela"  # typed: never replaced
    qtbot.keyClicks(dialog.time_edit, "25.61")
    dialog.save_button.click()
    assert dialog.errors["time"].isVisible()
    assert dialog.errors["time"].text() == "Enter a time as hh.mm, e.g. 9.30 or 14.00."
    assert dialog.result() == 0 and dialog.time_edit.text() == "25.61"  # what was typed stays
    dialog.time_edit.setText("13.15")
    qtbot.keyClicks(dialog.notes_edit, "Tulkki mukaan")
    dialog.save_button.click()
    assert dialog.action == "planned" and dialog.result_visit is not None
    (stored,) = workspace.visits.visits_for_client(client_id)
    assert (stored.status, stored.way, stored.place, stored.notes) == (
        "planned", "office", "Asumisyksikkö Kuusela", "Tulkki mukaan")
    assert stored.starts_at.astimezone().date() == TOMORROW and stored.starts_at.astimezone().hour == 13


def test_a_day_that_is_not_a_date_is_explained_next_to_it(qtbot: Any, context: AppContext,
                                                          client_id: uuid.UUID) -> None:
    dialog = make_dialog(qtbot, context, client_id)
    dialog.day_edit.setText("31.2.2027")
    dialog.time_edit.setText("9")
    dialog.save_button.click()
    assert dialog.errors["day"].text() == "31.2.2027 is not a date: February has 28 days."
    dialog.day_edit.setText(format_date(date.today() - timedelta(days=1)))
    dialog.save_button.click()
    assert dialog.errors["day"].text() == "A visit can be planned for today or a later day."


def test_a_planned_visit_is_moved_started_or_cancelled_from_its_dialog(qtbot: Any, context: AppContext,
                                                                      workspace: Workspace,
                                                                      client_id: uuid.UUID) -> None:
    planned = workspace.visits.plan_visit(client_id, TOMORROW, "9", "home_visit", HOME, "Ota lomakkeet")
    dialog = make_dialog(qtbot, context, client_id, planned)
    assert dialog.windowTitle() == "Planned visit" and dialog.time_edit.text() == "9.00"
    assert dialog.start_button is not None and dialog.cancel_visit_button is not None
    dialog.time_edit.setText("11.30")
    dialog.save_button.click()
    assert dialog.action == "saved"
    moved = workspace.visits.visits_for_client(client_id)[0]
    assert moved.starts_at.astimezone().hour == 11 and moved.status == "planned"

    dialog = make_dialog(qtbot, context, client_id, moved)
    dialog.notes_edit.setPlainText("Ota lomakkeet. Kuvakortit unohtuivat.")
    with qtbot.waitSignal(dialog.visit_started) as started:
        dialog.start_button.click()
    assert started.args[0].status == "open" and started.args[0].notes == "Ota lomakkeet. Kuvakortit unohtuivat."
    assert started.args[0].planned_at == moved.starts_at

    other = workspace.visits.plan_visit(client_id, TOMORROW, "15", "phone")
    dialog = make_dialog(qtbot, context, client_id, other)
    dialog.cancel_visit_button.click()
    cancel = dialog.findChild(CancelVisitDialog)
    assert cancel is not None and not cancel.confirm_button.isEnabled()  # a reason first
    type_text(qtbot, cancel.reason_edit, "Asiakas perui puhelimessa.")
    cancel.confirm_button.click()
    assert dialog.action == "cancelled"
    kept = next(v for v in workspace.visits.visits_for_client(client_id) if v.id == other.id)
    assert (kept.status, kept.cancel_reason) == ("cancelled", "Asiakas perui puhelimessa.")


def test_an_ended_visit_reads_as_a_record_with_its_whole_notes(qtbot: Any, workspace: Workspace,
                                                               client_id: uuid.UUID) -> None:
    visit = workspace.visits.start_visit(client_id, "home_visit", "Koti")
    workspace.visits.update_visit_field(visit.id, "notes", "Rivi 1\nRivi 2\nRivi 3")
    workspace.visits.end_visit(visit.id)
    dialog = VisitSummaryDialog(workspace.visits.visit_record(visit.id), {}, record=True)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "visitRecordDialog"
    assert dialog.notes_view is not None and dialog.notes_view.isReadOnly()
    assert dialog.notes_view.toPlainText() == "Rivi 1\nRivi 2\nRivi 3"
    assert dialog.sync_panel is None and "Notes written" not in dialog.lines(dialog.recorded_panel)
    assert dialog.height() <= dialog.screen().availableGeometry().height()

    planned = workspace.visits.plan_visit(client_id, TOMORROW, "9", "office")
    cancelled = workspace.visits.cancel_visit(planned.id, "Ei tarvetta")
    dialog = VisitSummaryDialog(workspace.visits.visit_record(cancelled.id), {}, record=True)
    qtbot.addWidget(dialog)
    assert dialog.recorded_panel is None and dialog.lines(dialog.cancelled_panel) == ["Ei tarvetta"]


def test_notes_preview_takes_the_first_lines() -> None:
    from sopiva_desk.services.assessments import VisitView

    visit = VisitView(uuid.uuid4(), uuid.uuid4(), workspace_now(), None, "phone", "", (), (), "A\n\nB\nC", "ended")
    assert notes_preview(visit) == "A\nB …"
    assert notes_preview(visit, 1) == "A …"


def workspace_now() -> Any:
    from datetime import UTC, datetime

    return datetime.now(UTC)


def test_the_case_status_lists_open_statutory_deadlines_in_words(qtbot: Any, widget: ClientAssessmentsWidget,
                                                                 workspace: Workspace) -> None:
    older = workspace.clients.create_client({"first_names": "Eino", "last_name": "Vanhala", "municipality_code": "491",
                                             "temporary_id": "TMP-OLD-0001", "birth_date": date(1940, 5, 5)})
    draft = workspace.assessments.start(older, "vammaispalvelut-pta")
    workspace.assessments.answer(draft.id, "initiation.date", date.today().isoformat())
    load(qtbot, widget, older)
    line = widget.due_label.text().splitlines()[-1]
    assert line.startswith("The assessment must start by ")
    assert "days left" in line or "1 day left" in line
    assert line.endswith("Social Welfare Act 1301/2014 § 36: by the 7th working day for a client over 75.")
    workspace.assessments.answer(draft.id, "conduct.start_date", date.today().isoformat())
    widget.refresh()
    assert "must start" not in widget.due_label.text()
