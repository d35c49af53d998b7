"""The visit flow against a real encrypted store: start a visit, record it with autosave, start an
assessment in it, end it with a summary."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget

from sopiva_desk.gui import prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.start_visit import StartVisitDialog, way_label
from sopiva_desk.gui.dialogs.visit_summary import VisitSummaryDialog
from sopiva_desk.gui.messages import message
from sopiva_desk.gui.models.record_list_model import format_date_time
from sopiva_desk.gui.pages.client_assessments import TemplateChooser
from sopiva_desk.gui.pages.visit import VisitPage
from sopiva_desk.gui.tasks import ImmediateTaskRunner, TaskRunner
from sopiva_desk.gui.widgets.autosave import INVALID_PROPERTY
from sopiva_desk.gui.widgets.people_editor import PeopleEditor
from sopiva_desk.services.assessments import AssessmentView, VisitSummary, VisitView
from sopiva_desk.services.decisions import SessionView
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SAVE_TIMEOUT = 3000
TEMPLATE_ID = "vammaispalvelut-pta"
TEMPLATE_TITLE = "Service-needs assessment in disability services"


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    return workspace.clients.create_client(client_values)


def make_context(profile_service: ProfileService, workspace: Workspace, runner: TaskRunner) -> AppContext:
    context = AppContext(profile_service, runner, ui_language="en")
    context.set_workspace(workspace)
    return context


def open_page(qtbot: Any, context: AppContext, visit: VisitView, client_id: uuid.UUID) -> VisitPage:
    page = VisitPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.visit_opened, timeout=SAVE_TIMEOUT):
        page.open_visit(visit, client_id, "Aino Maria Virtanen")
    return page


@pytest.fixture
def visit(workspace: Workspace, client_id: uuid.UUID) -> VisitView:
    return workspace.visits.start_visit(client_id, "home_visit", "Client's home")


@pytest.fixture
def page(qtbot: Any, profile_service: ProfileService, workspace: Workspace, client_id: uuid.UUID,
         visit: VisitView, dialogs: list[str]) -> Iterator[VisitPage]:
    """A page on the inline runner: saves land as soon as they are sent."""
    page = open_page(qtbot, make_context(profile_service, workspace, ImmediateTaskRunner()), visit, client_id)
    yield page
    assert dialogs == []  # no unexpected error dialogs


def stored_visit(workspace: Workspace, client_id: uuid.UUID) -> VisitView:
    (found,) = workspace.visits.visits_for_client(client_id)
    return found


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type like a user; QTest maps only ASCII to keys, so ä, ö, å go as key events with text."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def wait_saved(qtbot: Any, page: VisitPage) -> None:
    qtbot.waitUntil(lambda: page.save_state.text().startswith("All changes saved at")
                    and not page.has_pending_saves(), timeout=SAVE_TIMEOUT)


# -- starting a visit --------------------------------------------------------------------------


def test_the_start_visit_dialog_starts_a_visit_with_the_chosen_way_and_place(
        qtbot: Any, profile_service: ProfileService, workspace: Workspace, client_id: uuid.UUID,
        dialogs: list[str]) -> None:
    dialog = StartVisitDialog(make_context(profile_service, workspace, ImmediateTaskRunner()), client_id,
                              "Aino Maria Virtanen")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.way() == "home_visit"  # the default
    assert "Aino Maria Virtanen" in dialog.findChild(QWidget, "startVisitIntro").text()
    assert [b.text() for b in dialog.way_buttons.values()] == [
        "Home visit", "Remote visit (video)", "Phone call", "Office visit"]
    assert dialog.findChild(QWidget, "placeLabel").buddy() is dialog.place_edit

    dialog.way_buttons["phone"].click()
    qtbot.keyClicks(dialog.place_edit, "Puhelu asiakkaan kotiin")
    started: list[VisitView] = []
    dialog.visit_started.connect(started.append)
    with qtbot.waitSignal(dialog.accepted, timeout=SAVE_TIMEOUT):
        dialog.start_button.click()
    assert dialog.started_visit is not None and started == [dialog.started_visit]
    found = stored_visit(workspace, client_id)
    assert (found.id, found.way, found.place, found.status) == (
        dialog.started_visit.id, "phone", "Puhelu asiakkaan kotiin", "open")
    assert dialogs == []


@pytest.mark.parametrize(("answer", "expected"), [(0, "continued"), (1, "second"), (None, "cancelled")])
def test_starting_a_visit_while_one_is_open_offers_to_continue_it(
        qtbot: Any, profile_service: ProfileService, workspace: Workspace, client_id: uuid.UUID,
        dialogs: list[str], monkeypatch: pytest.MonkeyPatch, answer: int | None, expected: str) -> None:
    open_visit = workspace.visits.start_visit(client_id, "home_visit", "Koti")
    asked: list[tuple[str, list[str], int]] = []

    def choose(_parent: Any, _title: str, text: str, choices: list[str], *, default: int = 0) -> int | None:
        asked.append((text, choices, default))
        return answer

    monkeypatch.setattr(prompts, "choose", choose)
    dialog = StartVisitDialog(make_context(profile_service, workspace, ImmediateTaskRunner()), client_id,
                              "Aino Maria Virtanen")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.way_buttons["phone"].click()
    dialog.start_button.click()

    started = format_date_time(open_visit.starts_at)
    ((text, choices, default),) = asked
    assert f"The home visit with Aino Maria Virtanen that started {started} has not been ended." in text
    assert choices == [f"Continue the open visit (started {started})", "Start a new visit anyway"]
    assert default == 0  # continuing is what Return does
    visits = workspace.visits.visits_for_client(client_id)
    if expected == "continued":
        assert dialog.result() == dialog.DialogCode.Accepted and dialog.continued
        assert dialog.started_visit == open_visit and [v.id for v in visits] == [open_visit.id]
    elif expected == "second":
        assert dialog.result() == dialog.DialogCode.Accepted and not dialog.continued
        assert dialog.started_visit is not None and dialog.started_visit.id != open_visit.id
        assert sorted((v.way, v.status) for v in visits) == [("home_visit", "open"), ("phone", "open")]
    else:
        assert dialog.result() == dialog.DialogCode.Rejected and dialog.started_visit is None
        assert [v.id for v in visits] == [open_visit.id]
    assert dialogs == []


def test_the_start_visit_dialog_shows_a_rejected_place_next_to_the_field(
        qtbot: Any, profile_service: ProfileService, workspace: Workspace, client_id: uuid.UUID,
        dialogs: list[str]) -> None:
    dialog = StartVisitDialog(make_context(profile_service, workspace, ImmediateTaskRunner()), client_id,
                              "Aino Maria Virtanen")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.place_edit.setText("x" * 201)
    dialog.start_button.click()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.started_visit is None
    assert dialog.place_error.isVisibleTo(dialog)
    assert dialog.place_error.text() == message("field.too_long", {"max": 200})
    assert dialog.place_edit.text() == "x" * 201  # kept as typed
    assert dialog.place_edit.property(INVALID_PROPERTY) is True
    assert dialog.start_button.isEnabled()
    assert workspace.visits.visits_for_client(client_id) == []
    qtbot.keyClick(dialog.place_edit, Qt.Key.Key_Backspace)  # editing drops the stale message
    assert not dialog.place_error.isVisibleTo(dialog)
    assert dialogs == []


# -- recording the visit -----------------------------------------------------------------------


def test_the_header_names_the_client_the_way_and_the_start(page: VisitPage, visit: VisitView) -> None:
    assert page.name_label.text() == "Aino Maria Virtanen"
    start = visit.starts_at.astimezone()
    assert page.visit_label.text() == (
        f"Visit · Home visit · started {start.day}.{start.month}.{start.year} {start.hour}.{start.minute:02d}")
    assert page.place_edit.text() == "Client's home"
    assert page.way_combo.currentData() == "home_visit"
    assert page.save_state.text() == "All changes saved"
    assert page.findChild(QWidget, "endVisitButton") is page.end_button and page.end_button.isEnabled()
    assert page.findChild(QWidget, "notesLabel").buddy() is page.notes_edit


def test_notes_place_and_participants_are_autosaved(
        qtbot: Any, profile_service: ProfileService, workspace: Workspace, client_id: uuid.UUID,
        visit: VisitView, runner: TaskRunner, dialogs: list[str]) -> None:
    page = open_page(qtbot, make_context(profile_service, workspace, runner), visit, client_id)
    page.notes_edit.setFocus()
    qtbot.keyClicks(page.notes_edit, "Puhuttiin asumisesta.")
    page.place_edit.clear()
    qtbot.keyClicks(page.place_edit, "Asiakkaan koti, Puumala")

    editor = page.participants_editor
    editor.add_button.click()
    name = editor.edit(0, "name")
    assert name.hasFocus() or not page.isActiveWindow()  # the new row is ready for typing
    qtbot.keyClicks(name, "Matti Virtanen")
    qtbot.keyClicks(editor.edit(0, "relation"), "veli")
    editor.add_button.click()
    type_text(qtbot, editor.edit(1, "name"), "Sanna Mäkelä")
    editor.add_button.click()  # an empty row is simply not stored
    assert page.save_state.text() == "Saving…"
    wait_saved(qtbot, page)

    found = stored_visit(workspace, client_id)
    assert found.notes == "Puhuttiin asumisesta."
    assert found.place == "Asiakkaan koti, Puumala"
    assert found.participants == ({"name": "Matti Virtanen", "relation": "veli"},
                                  {"name": "Sanna Mäkelä", "relation": ""})
    assert editor.row_count() == 3  # the empty row stays on screen

    absent = page.absent_editor
    absent.add_button.click()
    qtbot.keyClicks(absent.edit(0, "name"), "Pekka Virtanen")
    type_text(qtbot, absent.edit(0, "relation"), "isä")
    type_text(qtbot, absent.edit(0, "reason"), "töissä")
    qtbot.keyClick(absent.edit(0, "reason"), Qt.Key.Key_Return)
    wait_saved(qtbot, page)
    assert stored_visit(workspace, client_id).absent == (
        {"name": "Pekka Virtanen", "relation": "isä", "reason": "töissä"},)
    actions = [(e.record_type, e.fields) for e in workspace.access_log.for_client(client_id)
               if e.action == "update"]
    assert ("visit", ("participants",)) in actions and ("visit", ("notes",)) in actions
    assert dialogs == []


def test_the_way_can_be_corrected_and_the_header_follows(
        qtbot: Any, page: VisitPage, workspace: Workspace, client_id: uuid.UUID) -> None:
    combo = page.way_combo
    index = combo.findData("remote")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what a user's pick emits
    wait_saved(qtbot, page)
    assert stored_visit(workspace, client_id).way == "remote"
    assert page.visit_label.text().startswith("Visit · Remote visit (video) · started ")


def test_an_invalid_participant_name_shows_the_reason_and_keeps_the_text(
        qtbot: Any, page: VisitPage, workspace: Workspace, client_id: uuid.UUID) -> None:
    editor = page.participants_editor
    editor.add_button.click()
    editor.add_button.click()
    qtbot.keyClicks(editor.edit(0, "name"), "Liisa Korhonen")
    name = editor.edit(1, "name")
    qtbot.keyClicks(name, "Matti 2")
    qtbot.keyClick(name, Qt.Key.Key_Return)  # leaving the field saves at once

    reason = message("name.digits")
    assert editor.error_label.isVisibleTo(page) and editor.error_label.text() == reason
    assert name.text() == "Matti 2"
    assert name.property(INVALID_PROPERTY) is True and name.accessibleDescription() == reason
    assert not editor.edit(0, "name").property(INVALID_PROPERTY)  # only the bad row is marked
    assert page.save_state.text() == "Not saved yet: the highlighted value is kept as a draft until you correct it"
    assert stored_visit(workspace, client_id).participants == ()

    name.clear()
    qtbot.keyClicks(name, "Matti Virtanen")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert not editor.error_label.isVisibleTo(page)
    assert name.property(INVALID_PROPERTY) is False
    assert [p["name"] for p in stored_visit(workspace, client_id).participants] == [
        "Liisa Korhonen", "Matti Virtanen"]
    assert page.save_state.text().startswith("All changes saved at")


def test_a_refused_participant_is_kept_as_a_draft_when_the_visit_is_left_and_opened_again(
        qtbot: Any, page: VisitPage, workspace: Workspace, client_id: uuid.UUID, visit: VisitView) -> None:
    """Issue 11 (1): what a rule refuses is not thrown away on leaving; it comes back with its message."""
    editor = page.participants_editor
    editor.add_button.click()
    name = editor.edit(0, "name")
    qtbot.keyClicks(name, "Matti 2")
    type_text(qtbot, editor.edit(0, "relation"), "isä")
    page.flush()  # leaving the page sends what waits for its debounce
    qtbot.waitUntil(lambda: editor.error_label.isVisibleTo(page), timeout=SAVE_TIMEOUT)
    assert workspace.drafts.for_record("visit", str(visit.id)) == {
        "participants": [{"name": "Matti 2", "relation": "isä"}]}
    assert stored_visit(workspace, client_id).participants == ()  # the visit keeps its valid value
    page.clear()
    assert editor.row_count() == 0

    with qtbot.waitSignal(page.visit_opened, timeout=SAVE_TIMEOUT):
        page.open_visit(visit.id, client_id, "Aino Maria Virtanen")
    qtbot.waitUntil(lambda: editor.error_label.isVisibleTo(page), timeout=SAVE_TIMEOUT)
    name = editor.edit(0, "name")
    assert (name.text(), editor.edit(0, "relation").text()) == ("Matti 2", "isä")
    assert editor.error_label.text() == message("name.digits") and name.property(INVALID_PROPERTY) is True

    name.clear()
    qtbot.keyClicks(name, "Matti Virtanen")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    wait_saved(qtbot, page)
    assert stored_visit(workspace, client_id).participants == ({"name": "Matti Virtanen", "relation": "isä"},)
    assert workspace.drafts.for_record("visit", str(visit.id)) == {}


def test_the_people_editor_adds_and_removes_rows_and_keeps_the_tab_order(qtbot: Any) -> None:
    outer = QWidget()
    qtbot.addWidget(outer)
    before = QLineEdit(outer, objectName="before")
    editor = PeopleEditor("Who was absent", "Add absent person", field="absent", with_reason=True, parent=outer)
    after = QLineEdit(outer, objectName="after")
    emitted: list[list[dict[str, str]]] = []
    editor.edited.connect(emitted.append)
    assert editor.row_count() == 0 and editor.empty_label.isVisibleTo(outer)

    editor.set_values([{"name": "Pekka Virtanen", "relation": "isä", "reason": "töissä"}])
    assert emitted == []  # showing stored values is not an edit
    editor.add_button.click()
    editor.add_button.click()
    assert editor.row_count() == 3 and not editor.empty_label.isVisibleTo(outer)
    qtbot.keyClicks(editor.edit(1, "name"), "Liisa")
    assert emitted[-1] == [
        {"name": "Pekka Virtanen", "relation": "isä", "reason": "töissä"},
        {"name": "Liisa", "relation": "", "reason": ""},
        {"name": "", "relation": "", "reason": ""},
    ]
    assert editor.edit(1, "name").accessibleName() == "Who was absent, person 2: name"
    assert editor.remove_button(1).accessibleName() == "Remove Liisa"

    # Tab: the page before, each row's name, relation, reason and Remove, then Add, then the page after
    # (the button to add the client's people is hidden: none are known here).
    chain, widget = [], before.nextInFocusChain()
    while widget is not after:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(outer):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    expected = [w for row in range(3) for w in (editor.edit(row, "name"), editor.edit(row, "relation"),
                                                 editor.edit(row, "reason"), editor.remove_button(row))]
    assert chain == [*expected, editor.add_button]

    emitted.clear()
    editor.remove_button(0).click()
    assert editor.row_count() == 2
    assert emitted == [[{"name": "Liisa", "relation": "", "reason": ""},
                        {"name": "", "relation": "", "reason": ""}]]
    emitted.clear()
    editor.remove_button(1).click()  # an empty row: nothing to save
    assert editor.row_count() == 1 and emitted == []
    assert editor.edit(0, "name").accessibleName() == "Who was absent, person 1: name"


# -- assessments in the visit ------------------------------------------------------------------


def test_starting_an_assessment_from_the_visit_emits_its_id_and_lists_it(
        qtbot: Any, page: VisitPage, workspace: Workspace, client_id: uuid.UUID, visit: VisitView) -> None:
    assert page.work.no_assessments_label.isVisibleTo(page) and not page.work.assessments_view.isVisibleTo(page)
    with qtbot.waitSignal(page.new_assessment_started, timeout=SAVE_TIMEOUT) as started:
        page.work.start_assessment_button.click()
    (found,) = workspace.assessments.for_client(client_id)
    assert started.args == [found.id]
    assert (found.visit_id, found.template_id, found.status) == (visit.id, TEMPLATE_ID, "draft")

    model = page.work.assessments
    assert model.rowCount() == 1
    assert model.index(0, model.TEMPLATE).data() == TEMPLATE_TITLE
    assert model.index(0, model.STATUS).data() == "Draft"
    assert page.work.assessments_view.isVisibleTo(page) and not page.work.no_assessments_label.isVisibleTo(page)

    with qtbot.waitSignal(page.open_assessment_requested) as opened:
        page.work.assessments_view.activated.emit(model.index(0, model.TEMPLATE))  # Enter or double-click
    assert opened.args == [found.id]
    assert not page.work.open_button.isEnabled()
    page.work.assessments_view.selectRow(0)
    with qtbot.waitSignal(page.open_assessment_requested) as opened:
        page.work.open_button.click()
    assert opened.args == [found.id]


@pytest.mark.parametrize("answer", [0, 1, None])
def test_an_assessment_started_in_the_visit_beside_a_draft_asks_first(
        qtbot: Any, page: VisitPage, workspace: Workspace, client_id: uuid.UUID, visit: VisitView,
        monkeypatch: pytest.MonkeyPatch, answer: int | None) -> None:
    draft = workspace.assessments.start(client_id, TEMPLATE_ID)  # e.g. begun at the office
    asked: list[list[str]] = []
    monkeypatch.setattr(prompts, "choose", lambda _p, _t, _text, choices, default=0: asked.append(choices) or answer)
    opened: list[object] = []
    started: list[object] = []
    page.open_assessment_requested.connect(opened.append)
    page.new_assessment_started.connect(started.append)
    page.work.start_assessment_button.click()
    assert len(asked) == 1 and asked[0][0].startswith("Continue the draft (started ")
    found = workspace.assessments.for_client(client_id)
    if answer == 0:
        assert opened == [draft.id] and started == [] and [a.id for a in found] == [draft.id]
    elif answer == 1:
        (new,) = [a for a in found if a.id != draft.id]
        assert opened == [] and started == [new.id] and new.visit_id == visit.id
        assert [a.id for a in page.work.assessments.assessments()] == [new.id]  # listed in the visit
    else:
        assert opened == [] and started == [] and [a.id for a in found] == [draft.id]
    assert page.work.start_assessment_button.isEnabled()


def test_several_templates_are_offered_in_a_menu(qtbot: Any, workspace: Workspace) -> None:
    base = workspace.templates.latest(TEMPLATE_ID)
    assert base is not None
    other = dataclasses.replace(base, id="county-own", title=dataclasses.replace(base.title, en="County's own"))
    button = QPushButton("Start")
    qtbot.addWidget(button)
    chosen: list[str] = []
    chooser = TemplateChooser(button, lambda template: chosen.append(template.id))
    chooser.set_templates([base, other], "en")
    assert button.menu() is not None
    actions = button.menu().actions()
    assert [a.text() for a in actions] == [TEMPLATE_TITLE, "County's own"]
    actions[1].trigger()
    assert chosen == ["county-own"]
    chooser.set_templates([base], "en")
    assert button.menu() is None
    button.click()
    assert chosen == ["county-own", TEMPLATE_ID]
    chooser.set_templates([], "en")
    assert not button.isEnabled() and "No assessment templates" in button.toolTip()


# -- decision-making sessions in the visit ------------------------------------------------------


def test_starting_a_session_from_the_visit_links_it_emits_its_id_and_lists_it(
        qtbot: Any, page: VisitPage, workspace: Workspace, client_id: uuid.UUID, visit: VisitView) -> None:
    button = page.findChild(QWidget, "startSessionButton")
    assert button is page.work.start_session_button and button.isEnabled()
    assert button.text() == "Start a &decision-making session"
    assert page.work.no_sessions_label.isVisibleTo(page) and not page.work.sessions_view.isVisibleTo(page)
    with qtbot.waitSignal(page.new_session_started, timeout=SAVE_TIMEOUT) as started:
        button.click()
    (found,) = workspace.decisions.for_client(client_id)
    assert started.args == [found.id]
    assert (found.visit_id, found.status) == (visit.id, "draft")
    assert workspace.assessments.for_client(client_id) == []

    model = page.work.sessions
    assert model.rowCount() == 1 and model.session(0).id == found.id
    assert model.index(0, model.DECISION).data() == "No topic written yet"
    assert model.index(0, model.STATUS).data() == "Draft"
    assert page.work.sessions_view.isVisibleTo(page) and not page.work.no_sessions_label.isVisibleTo(page)
    assert page.work.no_assessments_label.isVisibleTo(page)  # the assessments keep their own line

    with qtbot.waitSignal(page.open_session_requested) as opened:
        page.work.sessions_view.activated.emit(model.index(0, model.DECISION))  # Enter or double-click
    assert opened.args == [found.id]
    page.work.sessions_view.setFocus()
    page.work.sessions_view.setCurrentIndex(model.index(0, 0))
    with qtbot.waitSignal(page.open_session_requested) as opened:
        qtbot.keyClick(page.work.sessions_view, Qt.Key.Key_Return)
    assert opened.args == [found.id]


def test_open_opens_the_one_row_selected_in_either_list(
        qtbot: Any, page: VisitPage, workspace: Workspace, client_id: uuid.UUID, visit: VisitView) -> None:
    assessment = workspace.assessments.start(client_id, TEMPLATE_ID, visit.id)
    session = workspace.decisions.start(client_id, visit.id)
    page.refresh_assessments()
    assert not page.work.open_button.isEnabled()
    page.work.sessions_view.selectRow(0)
    assert page.work.open_button.isEnabled()
    assessments: list[object] = []
    page.open_assessment_requested.connect(assessments.append)
    with qtbot.waitSignal(page.open_session_requested) as opened:
        page.work.open_button.click()
    assert opened.args == [session.id] and assessments == []

    page.work.assessments_view.selectRow(0)  # one row at a time across both lists
    assert not page.work.sessions_view.selectionModel().hasSelection()
    with qtbot.waitSignal(page.open_assessment_requested) as opened:
        page.work.open_button.click()
    assert opened.args == [assessment.id]
    page.work.sessions_view.selectRow(0)
    assert not page.work.assessments_view.selectionModel().hasSelection()


def test_refresh_assessments_also_refreshes_the_sessions(
        qtbot: Any, page: VisitPage, workspace: Workspace, client_id: uuid.UUID, visit: VisitView) -> None:
    assert page.work.sessions.rowCount() == 0
    found = workspace.decisions.start(client_id, visit.id)
    workspace.decisions.start(client_id)  # not in this visit
    other_visit = workspace.visits.start_visit(client_id, "phone", another=True)
    workspace.decisions.start(client_id, other_visit.id)
    page.refresh_assessments()
    assert [s.id for s in page.work.sessions.sessions()] == [found.id]
    page.work.sessions_view.selectRow(0)

    workspace.decisions.set_field(found.id, "topic_plain", "Missä haluat asua?")
    page.refresh_assessments()  # e.g. back from the session page
    assert page.work.sessions.index(0, page.work.sessions.DECISION).data() == "Missä haluat asua?"
    assert page.work.sessions_view.selectionModel().isRowSelected(0)  # the selection stays

    page.clear()
    assert page.work.sessions.rowCount() == 0 and not page.work.start_session_button.isEnabled()


def test_the_today_panel_keeps_its_parts_in_tab_order(
        page: VisitPage, workspace: Workspace, client_id: uuid.UUID, visit: VisitView) -> None:
    workspace.assessments.start(client_id, TEMPLATE_ID, visit.id)
    workspace.decisions.start(client_id, visit.id)
    page.refresh_assessments()
    work = page.work
    chain, current = [], work.start_assessment_button
    for _step in range(7):
        chain.append(current)
        current = current.nextInFocusChain()
        while not (current.focusPolicy() & Qt.FocusPolicy.TabFocus) or not current.isVisibleTo(page):
            current = current.nextInFocusChain()
    assert chain == [work.start_assessment_button, work.start_session_button, work.plan_button, work.open_button,
                     work.assessments_view, work.sessions_view, page.notes_edit]


def test_work_on_the_plan_drafts_it_once_then_continues_the_draft(
        qtbot: Any, page: VisitPage, workspace: Workspace, client_id: uuid.UUID) -> None:
    assert page.work.plan_button.isEnabled() and workspace.plans.for_client(client_id) == []
    with qtbot.waitSignal(page.open_plan_requested, timeout=SAVE_TIMEOUT) as opened:
        page.work.plan_button.click()
    (draft,) = workspace.plans.for_client(client_id)
    assert opened.args == [draft.id] and draft.status == "draft"
    with qtbot.waitSignal(page.open_plan_requested, timeout=SAVE_TIMEOUT) as opened:
        page.work.plan_button.click()
    assert opened.args == [draft.id] and len(workspace.plans.for_client(client_id)) == 1
    # The meeting is this visit: its date and place are in the draft (and nothing was typed over).
    content = workspace.plans.open(draft.id).content
    assert content["meeting_place"] == "Client's home"
    assert content["meeting_date"] == page_visit_day(workspace, client_id)


def page_visit_day(workspace: Workspace, client_id: uuid.UUID) -> str:
    return stored_visit(workspace, client_id).starts_at.astimezone().date().isoformat()


def test_who_took_part_is_picked_from_the_client_and_the_close_persons(
        qtbot: Any, page: VisitPage, workspace: Workspace, client_id: uuid.UUID, visit: VisitView) -> None:
    workspace.clients.add_close_person(client_id, {"name": "Liisa Virtanen", "relation": "sisko",
                                                   "roles": ["supporter", "guardian"]})
    with qtbot.waitSignal(page.visit_opened, timeout=SAVE_TIMEOUT):
        page.open_visit(visit, client_id, "Aino Maria Virtanen")  # the close person is new: read again
    editor = page.participants_editor
    qtbot.waitUntil(lambda: editor.pick_button.isVisibleTo(page), timeout=SAVE_TIMEOUT)
    editor.pick_menu.aboutToShow.emit()
    actions = editor.pick_menu.actions()
    liisa = "Liisa Virtanen (sisko) – Legal guardian or trustee, Chosen supporter in decision-making"
    assert [a.text() for a in actions] == ["Aino Maria Virtanen (client)", liisa]  # with the roles of the file
    actions[1].trigger()
    wait_saved(qtbot, page)
    assert stored_visit(workspace, client_id).participants == (
        {"name": "Liisa Virtanen", "relation": "sisko"},)  # filled in and saved at once
    editor.pick_menu.aboutToShow.emit()
    assert [a.isEnabled() for a in editor.pick_menu.actions()] == [True, False]  # listed already
    editor.add_button.click()
    qtbot.keyClicks(editor.edit(1, "name"), "Tuula Tulkki")  # anyone else is typed
    wait_saved(qtbot, page)
    assert [p["name"] for p in stored_visit(workspace, client_id).participants] == ["Liisa Virtanen",
                                                                                     "Tuula Tulkki"]
    page.absent_editor.pick_menu.aboutToShow.emit()
    assert [a.text() for a in page.absent_editor.pick_menu.actions()] == [liisa]


def test_a_home_visit_takes_place_at_the_clients_address_unless_typed(
        qtbot: Any, profile_service: ProfileService, workspace: Workspace, client_id: uuid.UUID,
        dialogs: list[str]) -> None:
    dialog = StartVisitDialog(make_context(profile_service, workspace, ImmediateTaskRunner()), client_id,
                              "Aino Maria Virtanen", address="Kuusitie 3, Puumala")
    qtbot.addWidget(dialog)
    assert dialog.place() == "Kuusitie 3, Puumala"  # a home visit is the default
    dialog.way_buttons["office"].click()
    assert dialog.place() == ""  # the office is not the client's home
    dialog.way_buttons["home_visit"].click()
    assert dialog.place() == "Kuusitie 3, Puumala"
    dialog.place_edit.clear()
    qtbot.keyClicks(dialog.place_edit, "Mummola")
    dialog.way_buttons["phone"].click()
    assert dialog.place() == "Mummola"  # typed: kept whatever the way


# -- ending the visit --------------------------------------------------------------------------


def test_end_visit_sends_pending_edits_ends_the_visit_and_shows_the_summary(
        qtbot: Any, page: VisitPage, workspace: Workspace, client_id: uuid.UUID, visit: VisitView) -> None:
    with qtbot.waitSignal(page.new_assessment_started, timeout=SAVE_TIMEOUT):
        page.work.start_assessment_button.click()
    editor = page.participants_editor
    editor.add_button.click()
    qtbot.keyClicks(editor.edit(0, "name"), "Matti Virtanen")
    page.notes_edit.setFocus()
    type_text(qtbot, page.notes_edit, "Sovittiin seuraava käynti.")
    assert page.has_pending_saves()  # still waiting for the debounce

    with qtbot.waitSignal(page.visit_ended, timeout=SAVE_TIMEOUT) as ended:
        page.end_button.click()
    summary = ended.args[0]
    assert isinstance(summary, VisitSummary)
    assert summary.visit.status == "ended" and summary.visit.ends_at is not None
    assert [a.status for a in summary.drafts] == ["draft"] and summary.completed == ()

    found = stored_visit(workspace, client_id)
    assert found.status == "ended" and found.ends_at is not None
    assert found.notes == "Sovittiin seuraava käynti."  # flushed before the visit was ended
    assert found.participants == ({"name": "Matti Virtanen", "relation": ""},)

    dialog = page.summary_dialog
    assert isinstance(dialog, VisitSummaryDialog) and dialog.isVisible()
    assert dialog.drafts_panel is not None
    (draft_line,) = dialog.lines(dialog.drafts_panel)
    assert draft_line.startswith(f"{TEMPLATE_TITLE}, started ")
    assert dialog.lines(dialog.recorded_panel)[0] == "1 participant: Matti Virtanen"
    assert dialog.lines(dialog.sync_panel) == [f"{summary.changes_to_sync} records are waiting for the next sync."]

    assert not page.end_button.isEnabled() and not page.work.start_assessment_button.isEnabled()
    assert not page.work.start_session_button.isEnabled()
    assert page.visit_label.text().endswith(" · ended")
    dialog.close_button.click()
    qtbot.waitUntil(lambda: page.summary_dialog is None)


def test_the_end_of_visit_summary_lists_the_sessions_of_the_visit(
        qtbot: Any, page: VisitPage, workspace: Workspace, client_id: uuid.UUID, visit: VisitView) -> None:
    with qtbot.waitSignal(page.new_session_started, timeout=SAVE_TIMEOUT) as started:
        page.work.start_session_button.click()
    workspace.decisions.set_field(started.args[0], "topic_plain", "Missä haluat asua?")
    with qtbot.waitSignal(page.visit_ended, timeout=SAVE_TIMEOUT) as ended:
        page.end_button.click()
    summary = ended.args[0]
    assert [s.id for s in summary.sessions_draft] == [started.args[0]] and summary.sessions_completed == ()
    assert summary.changes_to_sync == 2  # the visit and the session
    dialog = page.summary_dialog
    assert dialog is not None and dialog.drafts_panel is not None
    (line,) = dialog.lines(dialog.drafts_panel)
    assert line.startswith("Decision-making session started ") and line.endswith(": Missä haluat asua?")
    assert dialog.lines(dialog.sync_panel) == ["2 records are waiting for the next sync."]
    dialog.close_button.click()
    qtbot.waitUntil(lambda: page.summary_dialog is None)


def test_end_visit_asks_first_when_something_typed_is_not_saved(
        qtbot: Any, page: VisitPage, workspace: Workspace, client_id: uuid.UUID,
        monkeypatch: pytest.MonkeyPatch) -> None:
    answers = [False, True]
    questions: list[str] = []

    def confirm(parent: Any, title: str, text: str, *, yes: str, no: str) -> bool:
        questions.append(text)
        return answers.pop(0)

    monkeypatch.setattr(prompts, "confirm", confirm)
    editor = page.participants_editor
    editor.add_button.click()
    qtbot.keyClicks(editor.edit(0, "name"), "R2-D2")
    qtbot.keyClick(editor.edit(0, "name"), Qt.Key.Key_Return)
    page.end_button.click()
    assert len(questions) == 1 and "not saved" in questions[0]
    assert stored_visit(workspace, client_id).status == "open"
    assert page.end_button.isEnabled() and editor.edit(0, "name").text() == "R2-D2"

    with qtbot.waitSignal(page.visit_ended, timeout=SAVE_TIMEOUT):
        page.end_button.click()
    assert stored_visit(workspace, client_id).status == "ended"
    assert page.summary_dialog is not None
    page.summary_dialog.close()


def test_the_summary_dialog_lists_what_was_recorded_drafts_and_sync(qtbot: Any, workspace: Workspace,
                                                                    client_id: uuid.UUID) -> None:
    start = datetime(2025, 3, 12, 7, 5, tzinfo=UTC)
    visit = VisitView(uuid.uuid4(), client_id, start, start + timedelta(minutes=95), "home_visit",
                      "Client's home", ({"name": "Matti Virtanen", "relation": "veli"},
                                        {"name": "Sanna Mäkelä", "relation": "tulkki"}),
                      ({"name": "Pekka Virtanen", "relation": "isä", "reason": "töissä"},), "", "ended")

    def assessment(status: str, minutes: int) -> AssessmentView:
        at = start + timedelta(minutes=minutes)
        return AssessmentView(uuid.uuid4(), client_id, visit.id, uuid.uuid4(), 1, TEMPLATE_ID, 1, status, {}, "",
                              at, at, at if status == "completed" else None)

    summary = VisitSummary(visit, (assessment("completed", 10),), (assessment("draft", 40),), 1)
    dialog = VisitSummaryDialog(summary, {(TEMPLATE_ID, 1): "Needs assessment"})
    qtbot.addWidget(dialog)
    dialog.show()
    local = start.astimezone()
    assert way_label("home_visit") in dialog.when_label.text() and "Client's home" in dialog.when_label.text()
    assert f"{local.day}.{local.month}.{local.year} {local.hour}.05–" in dialog.when_label.text()
    recorded = dialog.lines(dialog.recorded_panel)
    assert recorded[:3] == ["2 participants: Matti Virtanen, Sanna Mäkelä", "1 person absent: Pekka Virtanen",
                            "No notes"]
    assert recorded[3].startswith("Completed: Needs assessment (")
    draft_at = (start + timedelta(minutes=40)).astimezone()
    assert dialog.lines(dialog.drafts_panel) == [f"Needs assessment, started {draft_at.hour}.{draft_at.minute:02d}"]
    assert dialog.lines(dialog.sync_panel) == ["1 record is waiting for the next sync."]
    with qtbot.waitSignal(dialog.accepted):
        dialog.close_button.click()

    without_drafts = VisitSummary(visit, (), (), 1)
    calm = VisitSummaryDialog(without_drafts, {})
    qtbot.addWidget(calm)
    assert calm.drafts_panel is None
    assert calm.lines(calm.recorded_panel)[-1] == "No assessment was completed during this visit"


def test_the_summary_dialog_lists_completed_and_draft_sessions(qtbot: Any, client_id: uuid.UUID) -> None:
    start = datetime(2025, 3, 12, 7, 5, tzinfo=UTC)
    visit = VisitView(uuid.uuid4(), client_id, start, start + timedelta(minutes=95), "office", "", (), (), "",
                      "ended")

    def session(status: str, minutes: int, content: dict[str, Any]) -> SessionView:
        at = start + timedelta(minutes=minutes)
        return SessionView(uuid.uuid4(), client_id, visit.id, None, None, uuid.uuid4(), 1, status, content, "",
                           at, at, at if status != "draft" else None, 1)

    done = session("completed", 30, {"topic": "Asumisratkaisu", "topic_plain": "Missä haluat asua?"})
    long_topic = "Päivätoiminta " + "ja paljon muuta " * 20
    drafts = (session("draft", 50, {"topic": long_topic}), session("draft", 60, {}))
    dialog = VisitSummaryDialog(VisitSummary(visit, (), (), 4, sessions_completed=(done,), sessions_draft=drafts), {})
    qtbot.addWidget(dialog)
    dialog.show()

    def hm(minutes: int) -> str:
        at = (start + timedelta(minutes=minutes)).astimezone()
        return f"{at.hour}.{at.minute:02d}"

    assert dialog.lines(dialog.recorded_panel)[-2:] == [
        "No assessment was completed during this visit",
        f"Decision-making session completed {hm(30)}: Missä haluat asua?"]
    long_line, empty_line = dialog.lines(dialog.drafts_panel)
    assert long_line.startswith(f"Decision-making session started {hm(50)}: Päivätoiminta ja paljon")
    assert long_line.endswith("…") and len(long_line) < 140  # a long topic is cut on one line
    assert empty_line == f"Decision-making session started {hm(60)}: No topic written yet"
    assert dialog.lines(dialog.sync_panel) == ["4 records are waiting for the next sync."]


# -- opening and clearing ----------------------------------------------------------------------


def test_a_visit_can_be_opened_by_id_and_the_page_cleared(
        qtbot: Any, profile_service: ProfileService, workspace: Workspace, client_id: uuid.UUID,
        visit: VisitView, dialogs: list[str]) -> None:
    workspace.visits.update_visit_field(visit.id, "participants", [{"name": "Matti Virtanen", "relation": "veli"}])
    workspace.visits.update_visit_field(visit.id, "notes", "Muistiinpano")
    page = VisitPage(make_context(profile_service, workspace, ImmediateTaskRunner()))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.visit_opened) as opened:
        page.open_visit(visit.id, client_id, "Aino Maria Virtanen")
    assert opened.args == [visit.id]
    assert page.participants_editor.values() == [{"name": "Matti Virtanen", "relation": "veli"}]
    assert page.notes_edit.toPlainText() == "Muistiinpano"
    qtbot.wait(500)  # longer than the debounce: showing the values must not have saved them
    assert not page.has_pending_saves()

    page.clear()
    assert page.visit is None and page.client_id is None
    assert page.participants_editor.row_count() == 0 and page.notes_edit.toPlainText() == ""
    assert page.place_edit.text() == "" and page.name_label.text() == "" and page.visit_label.text() == ""
    assert not page.body.isEnabled() and not page.end_button.isEnabled()

    with qtbot.waitSignal(page.back_requested):
        page.open_visit(uuid.uuid4(), client_id, "Aino Maria Virtanen")  # gone: back to the client file
    assert dialogs and dialogs[0] == message("record.gone")
