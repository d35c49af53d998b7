"""The client file's Assessments tab: the list over time, opening, starting, and the case phase."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QWidget

from sopiva_desk.domain import templates as rules
from sopiva_desk.domain.templates import Field
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.models.assessment_list_model import AssessmentListModel, status_label
from sopiva_desk.gui.pages.client_assessments import ClientAssessmentsWidget
from sopiva_desk.gui.tasks import ImmediateTaskRunner, TaskRunner
from sopiva_desk.services.assessments import AssessmentView
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TIMEOUT = 3000
TEMPLATE_ID = "vammaispalvelut-pta"
TEMPLATE_TITLE = "Service-needs assessment in disability services"


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    return workspace.clients.create_client(client_values)


def make_widget(qtbot: Any, profile_service: ProfileService, workspace: Workspace,
                runner: TaskRunner) -> ClientAssessmentsWidget:
    context = AppContext(profile_service, runner, ui_language="en")
    context.set_workspace(workspace)
    widget = ClientAssessmentsWidget(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 600)
    widget.show()
    return widget


@pytest.fixture
def widget(qtbot: Any, profile_service: ProfileService, workspace: Workspace,
           dialogs: list[str]) -> Iterator[ClientAssessmentsWidget]:
    widget = make_widget(qtbot, profile_service, workspace, ImmediateTaskRunner())
    yield widget
    assert dialogs == []


def valid_answer(spec: Field) -> Any:
    """A value the template's rules accept for this field."""
    if spec.type in ("single_choice", "scale"):
        return spec.option_values()[0]
    if spec.type == "multiple_choice":
        return [spec.option_values()[0]]
    if spec.type == "yes_no":
        return True
    if spec.type == "date":
        return "2024-01-05"
    if spec.type == "number":
        return spec.min if spec.min is not None else 1
    return "Asiakas kertoi omin sanoin."


def complete(workspace: Workspace, assessment_id: uuid.UUID) -> AssessmentView:
    """Answer every required field (more may appear through skip logic), then complete."""
    service = workspace.assessments
    template = service.template_for(service.open(assessment_id))
    for _round in range(10):
        missing = rules.missing_required(template, service.open(assessment_id).answers)
        if not missing:
            break
        for issue in missing:
            service.answer(assessment_id, issue.field, valid_answer(template.fields[issue.field]))
    return service.complete(assessment_id)


def rows(model: AssessmentListModel) -> list[tuple[str, ...]]:
    return [tuple(model.index(r, c).data() for c in range(model.SYNC))
            for r in range(model.rowCount())]  # the sync column: tests/gui/test_record_sync_columns.py


def load(qtbot: Any, widget: ClientAssessmentsWidget, client_id: uuid.UUID) -> None:
    with qtbot.waitSignal(widget.loaded, timeout=TIMEOUT):
        widget.load(client_id)


def today() -> str:
    day = datetime.now(UTC).astimezone().date()
    return f"{day.day}.{day.month}.{day.year}"


# -- the list --------------------------------------------------------------------------------


def test_assessments_are_listed_newest_first_with_their_status(
        qtbot: Any, widget: ClientAssessmentsWidget, workspace: Workspace, client_id: uuid.UUID) -> None:
    first = complete(workspace, workspace.assessments.start(client_id, TEMPLATE_ID).id)
    visit = workspace.visits.start_visit(client_id, "home_visit", "Koti")
    second = workspace.assessments.start(client_id, TEMPLATE_ID, visit.id)
    load(qtbot, widget, client_id)

    model = widget.model
    assert [model.assessment(r).id for r in range(model.rowCount())] == [second.id, first.id]
    assert rows(model) == [
        (today(), TEMPLATE_TITLE, "1", "Draft", "", f"Home visit, {today()}"),
        (today(), TEMPLATE_TITLE, "1", "Completed", today(), ""),
    ]
    assert model.index(0, model.TEMPLATE).data(Qt.ItemDataRole.ToolTipRole) == (
        f"{TEMPLATE_TITLE}, template version 2")  # the newest version of the shipped template
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Started", "Template", "Version", "Status", "Completed", "Visit", "Sync"]
    assert widget.isEnabled()


def test_statuses_are_shown_in_the_ui_language(
        qtbot: Any, widget: ClientAssessmentsWidget, workspace: Workspace, client_id: uuid.UUID) -> None:
    class Finnish(QTranslator):
        def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: ARG002
                      n: int = -1) -> str:  # noqa: ARG002
            words = {"Draft": "Luonnos", "Completed": "Valmis", "Superseded": "Korvattu", "Status": "Tila"}
            return words.get(source, "") if context == "AssessmentListModel" else ""

    workspace.assessments.start(client_id, TEMPLATE_ID)
    translator = Finnish()
    QCoreApplication.installTranslator(translator)
    try:
        load(qtbot, widget, client_id)
        model = widget.model
        assert model.index(0, model.STATUS).data() == "Luonnos"
        assert model.headerData(model.STATUS, Qt.Orientation.Horizontal) == "Tila"
        assert status_label("superseded") == "Korvattu"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert status_label("completed") == "Completed"


def test_an_amended_assessment_lists_both_versions(
        qtbot: Any, widget: ClientAssessmentsWidget, workspace: Workspace, client_id: uuid.UUID) -> None:
    first = complete(workspace, workspace.assessments.start(client_id, TEMPLATE_ID).id)
    amended = workspace.assessments.amend(first.id, "Asiakas muisti lisää tietoa.")
    complete(workspace, amended.id)
    load(qtbot, widget, client_id)
    model = widget.model
    assert [(r[2], r[3]) for r in rows(model)] == [("2", "Completed"), ("1", "Superseded")]
    assert widget.phase_label.text() == "Phase: Plan"


def test_double_click_and_enter_open_an_assessment(
        qtbot: Any, widget: ClientAssessmentsWidget, workspace: Workspace, client_id: uuid.UUID) -> None:
    older = workspace.assessments.start(client_id, TEMPLATE_ID)
    newer = workspace.assessments.start(client_id, TEMPLATE_ID, another=True)
    load(qtbot, widget, client_id)
    view = widget.view
    index = widget.model.index(1, AssessmentListModel.TEMPLATE)
    qtbot.waitUntil(lambda: not view.visualRect(index).isEmpty())  # laid out on the next event loop turn
    rect = view.visualRect(index)
    clicked: list[object] = []
    widget.open_assessment_requested.connect(clicked.append)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert clicked == [] and widget.view.currentIndex().row() == 1  # a single click only selects
    with qtbot.waitSignal(widget.open_assessment_requested) as opened:
        # QTest in Qt 6 recognises the double-click as the second click of a pair, as a real one is.
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [older.id]

    view.setFocus()
    view.setCurrentIndex(widget.model.index(0, 0))
    with qtbot.waitSignal(widget.open_assessment_requested) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [newer.id]


def test_start_visit_and_new_assessment_buttons(
        qtbot: Any, widget: ClientAssessmentsWidget, workspace: Workspace, client_id: uuid.UUID) -> None:
    load(qtbot, widget, client_id)
    start_visit = widget.findChild(QWidget, "startVisitButton")
    new_assessment = widget.findChild(QWidget, "newAssessmentButton")
    assert start_visit is widget.start_visit_button and new_assessment is widget.new_button
    with qtbot.waitSignal(widget.start_visit_requested):
        start_visit.click()

    with qtbot.waitSignal(widget.new_assessment_started, timeout=TIMEOUT) as started:
        new_assessment.click()
    (found,) = workspace.assessments.for_client(client_id)
    assert started.args == [found.id]
    assert found.visit_id is None and found.template_id == TEMPLATE_ID
    assert widget.model.rowCount() == 1  # the list was reloaded
    assert rows(widget.model)[0][3:] == ("Draft", "", "")
    assert new_assessment.isEnabled()


@pytest.mark.parametrize("answer", [0, 1, None])
def test_a_new_assessment_beside_a_draft_asks_first(
        qtbot: Any, widget: ClientAssessmentsWidget, workspace: Workspace, client_id: uuid.UUID,
        monkeypatch: pytest.MonkeyPatch, answer: int | None) -> None:
    """The sibling of the second open visit: continuing the draft is the usual wish."""
    from sopiva_desk.gui import prompts

    draft = workspace.assessments.start(client_id, TEMPLATE_ID)
    asked: list[list[str]] = []
    monkeypatch.setattr(prompts, "choose", lambda _p, _t, _text, choices, default=0: asked.append(choices) or answer)
    load(qtbot, widget, client_id)
    opened: list[object] = []
    started: list[object] = []
    widget.open_assessment_requested.connect(opened.append)
    widget.new_assessment_started.connect(started.append)
    widget.new_button.click()
    assert len(asked) == 1 and asked[0][0].startswith("Continue the draft (started ")
    drafts = [a.id for a in workspace.assessments.for_client(client_id)]
    if answer == 0:
        assert opened == [draft.id] and started == [] and drafts == [draft.id]
    elif answer == 1:
        assert opened == [] and len(started) == 1 and len(drafts) == 2
    else:
        assert opened == [] and started == [] and drafts == [draft.id]
    assert widget.new_button.isEnabled()


def test_the_phase_changes_when_an_assessment_is_completed(
        qtbot: Any, widget: ClientAssessmentsWidget, workspace: Workspace, client_id: uuid.UUID) -> None:
    load(qtbot, widget, client_id)
    assert widget.phase_label.text() == "Phase: Assessment"
    assert widget.due_label.text().startswith("No service-needs assessment yet.")
    assert not widget.hint_label.isVisibleTo(widget)

    draft = workspace.assessments.start(client_id, TEMPLATE_ID)
    widget.refresh()
    assert widget.phase_label.text() == "Phase: Assessment"
    assert widget.due_label.text() == f"Draft assessment from {today()} is unfinished."

    with pytest.raises(Exception) as refused:  # noqa: PT011 - the service lists what is missing
        workspace.assessments.complete(draft.id)
    assert refused.type.__name__ == "ValidationError"
    complete(workspace, draft.id)
    widget.refresh()
    assert widget.phase_label.text() == "Phase: Plan"
    due = widget.due_label.text().splitlines()
    assert due[0] == f"Assessment completed on {today()}. Next: the client plan."
    # ``complete`` answers "Application" on 5.1.2024, and no decision is recorded: it is long overdue.
    overdue = (date.today() - date(2024, 4, 5)).days
    assert due[1:] == [f"A decision on the application is due by 5.4.2024 · Overdue by {overdue} days. Disability "
                       "Services Act 675/2023: a decision within 3 months of the application."]

    # An amendment in progress (the one phase rule, domain.case) puts the case back in
    # assessment; an open visit is listed first.
    amendment = workspace.assessments.amend(draft.id, "New diagnosis")
    workspace.visits.start_visit(client_id, "phone", "")
    widget.refresh()
    assert widget.phase_label.text() == "Phase: Assessment"
    assert widget.due_label.text().splitlines()[:2] == [
        "A visit is still open: end it to see its summary.",
        f"Amendment (version {amendment.version_no}) from {today()} is unfinished."]


def test_loading_runs_in_the_background_and_clear_forgets_the_client(
        qtbot: Any, profile_service: ProfileService, workspace: Workspace, client_id: uuid.UUID,
        runner: TaskRunner, dialogs: list[str]) -> None:
    workspace.assessments.start(client_id, TEMPLATE_ID)
    widget = make_widget(qtbot, profile_service, workspace, runner)
    assert not widget.isEnabled()  # until a client is loaded
    load(qtbot, widget, client_id)
    assert widget.model.rowCount() == 1 and widget.client_id == client_id
    widget.clear()
    assert widget.model.rowCount() == 0 and widget.client_id is None
    assert widget.phase_label.text() == "" and not widget.isEnabled()
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    assert dialogs == []


def test_the_model_passes_the_model_tester(qtmodeltester: Any, workspace: Workspace, client_id: uuid.UUID) -> None:
    visit = workspace.visits.start_visit(client_id, "office", "")
    workspace.assessments.start(client_id, TEMPLATE_ID, visit.id)
    complete(workspace, workspace.assessments.start(client_id, TEMPLATE_ID, another=True).id)
    model = AssessmentListModel()
    model.set_assessments(workspace.assessments.for_client(client_id), {(TEMPLATE_ID, 1): "Arvio"},
                          {visit.id: "Office visit, 1.1.2025"})
    qtmodeltester.check(model)
    empty = AssessmentListModel(with_time=True)
    qtmodeltester.check(empty)


def test_an_open_visit_can_be_continued_from_the_tab(
        qtbot: Any, widget: ClientAssessmentsWidget, workspace: Workspace, client_id: uuid.UUID) -> None:
    load(qtbot, widget, client_id)
    assert not widget.continue_visit_button.isVisibleTo(widget)
    visit = workspace.visits.start_visit(client_id, "home_visit", "Koti")
    widget.refresh()
    assert widget.continue_visit_button.isVisibleTo(widget)
    with qtbot.waitSignal(widget.continue_visit_requested) as requested:
        widget.continue_visit_button.click()
    assert requested.args[0].id == visit.id
    workspace.visits.end_visit(visit.id)
    widget.refresh()
    assert not widget.continue_visit_button.isVisibleTo(widget)
    workspace.visits.start_visit(client_id, "phone")
    widget.refresh()
    widget.clear()
    assert not widget.continue_visit_button.isVisibleTo(widget)


# -- supported decision-making sessions --------------------------------------------------------


def session_rows(widget: ClientAssessmentsWidget) -> list[tuple[str, ...]]:
    model = widget.sessions_model
    return [tuple(model.index(r, c).data() for c in range(model.SYNC))
            for r in range(model.rowCount())]  # the sync column: tests/gui/test_record_sync_columns.py


def test_sessions_are_listed_newest_first_below_the_assessments(
        qtbot: Any, widget: ClientAssessmentsWidget, workspace: Workspace, client_id: uuid.UUID) -> None:
    load(qtbot, widget, client_id)
    assert widget.findChild(QWidget, "sessionsCaption").text() == "Supported decision-making"
    assert widget.no_sessions_label.isVisibleTo(widget)
    assert widget.no_sessions_label.text() == "No decision-making sessions yet."
    assert not widget.sessions_view.isVisibleTo(widget) and not widget.sessions_hint_label.isVisibleTo(widget)

    older = workspace.decisions.start(client_id)
    workspace.decisions.set_field(older.id, "topic", "Muutetaanko tuettuun asumiseen?")
    workspace.decisions.set_field(older.id, "topic_plain", "Missä haluat asua?\nKerro omin sanoin.")
    visit = workspace.visits.start_visit(client_id, "home_visit", "Koti")
    newer = workspace.decisions.start(client_id, visit.id)
    workspace.assessments.start(client_id, TEMPLATE_ID)
    widget.refresh()

    assert [s.id for s in widget.sessions_model.sessions()] == [newer.id, older.id]
    assert session_rows(widget) == [
        (today(), "No topic written yet", "1", "Draft", "", f"Home visit, {today()}"),
        (today(), "Missä haluat asua?", "1", "Draft", "", ""),
    ]
    assert widget.model.rowCount() == 1  # the assessments are still listed above
    assert widget.sessions_view.isVisibleTo(widget) and widget.sessions_hint_label.isVisibleTo(widget)
    assert not widget.no_sessions_label.isVisibleTo(widget)
    view = widget.sessions_view
    assert view.geometry().top() > widget.view.geometry().bottom()
    row_height = view.verticalHeader().defaultSectionSize()
    for listed in (view, widget.view):  # room for their rows (at least two), the rest goes to the visits
        assert listed.height() >= listed.horizontalHeader().height() + 2 * row_height
    assert widget.visits_view.height() > view.height()


def test_double_click_and_enter_open_a_session(
        qtbot: Any, widget: ClientAssessmentsWidget, workspace: Workspace, client_id: uuid.UUID) -> None:
    older = workspace.decisions.start(client_id)
    newer = workspace.decisions.start(client_id)
    load(qtbot, widget, client_id)
    view = widget.sessions_view
    index = widget.sessions_model.index(1, widget.sessions_model.DECISION)
    qtbot.waitUntil(lambda: not view.visualRect(index).isEmpty())
    opened_assessments: list[object] = []
    widget.open_assessment_requested.connect(opened_assessments.append)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a single click selects
    with qtbot.waitSignal(widget.open_session_requested) as opened:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [older.id]

    view.setFocus()
    view.setCurrentIndex(widget.sessions_model.index(0, 0))
    with qtbot.waitSignal(widget.open_session_requested) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [newer.id]
    assert opened_assessments == []


def test_the_new_session_button_starts_one_without_a_visit(
        qtbot: Any, widget: ClientAssessmentsWidget, workspace: Workspace, client_id: uuid.UUID) -> None:
    load(qtbot, widget, client_id)
    button = widget.findChild(QWidget, "newSessionButton")
    assert button is widget.new_session_button and button.text() == "New &decision-making session"
    with qtbot.waitSignal(widget.new_session_started, timeout=TIMEOUT) as started:
        button.click()
    (found,) = workspace.decisions.for_client(client_id)
    assert started.args == [found.id]
    assert (found.visit_id, found.status, found.content) == (None, "draft", {})
    assert widget.sessions_model.row_of(found.id) == 0  # the list was reloaded
    assert widget.sessions_view.isVisibleTo(widget) and button.isEnabled()
    assert workspace.assessments.for_client(client_id) == []


def test_clear_empties_the_sessions_too(
        qtbot: Any, widget: ClientAssessmentsWidget, workspace: Workspace, client_id: uuid.UUID,
        client_values: dict[str, object]) -> None:
    workspace.decisions.start(client_id)
    load(qtbot, widget, client_id)
    assert widget.sessions_model.rowCount() == 1
    widget.clear()
    assert widget.sessions_model.rowCount() == 0 and not widget.isEnabled()
    assert not widget.sessions_view.isVisibleTo(widget)

    other = workspace.clients.create_client({**client_values, "hetu": "010101-123N", "first_names": "Eino"})
    load(qtbot, widget, client_id)
    assert widget.sessions_model.rowCount() == 1
    load(qtbot, widget, other)  # another client: nothing of the first one stays
    assert widget.sessions_model.rowCount() == 0 and widget.no_sessions_label.isVisibleTo(widget)


def test_the_tab_order_goes_through_both_lists(
        qtbot: Any, widget: ClientAssessmentsWidget, workspace: Workspace, client_id: uuid.UUID) -> None:
    workspace.decisions.start(client_id)
    workspace.assessments.start(client_id, TEMPLATE_ID)
    load(qtbot, widget, client_id)
    workspace.visits.start_visit(client_id, "phone")
    load(qtbot, widget, client_id)
    chain, current = [], widget.continue_visit_button
    for _step in range(8):
        chain.append(current)
        current = current.nextInFocusChain()
        while not (current.focusPolicy() & Qt.FocusPolicy.TabFocus) or not current.isVisibleTo(widget):
            current = current.nextInFocusChain()
    assert chain == [widget.continue_visit_button, widget.start_visit_button, widget.new_button,
                     widget.plan_visit_button, widget.visits_view, widget.view, widget.new_session_button,
                     widget.sessions_view]
