"""The assessment page against a real encrypted store and the shipped template, mostly with the real runner."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from sopiva_desk.domain.templates import missing_required
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.amend_assessment import AmendAssessmentDialog
from sopiva_desk.gui.dialogs.assessment_history import AssessmentHistoryDialog
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.messages import message
from sopiva_desk.gui.models.assessment_history_model import AssessmentHistoryModel, display_value, format_moment
from sopiva_desk.gui.pages.assessment import AssessmentPage
from sopiva_desk.gui.tasks import ImmediateTaskRunner, TaskRunner
from sopiva_desk.gui.widgets.assessment_problems import KEY_ROLE, ProblemListModel
from sopiva_desk.gui.widgets.section_navigator import STATE_ROLE, SectionNavigatorModel, legend_text
from sopiva_desk.gui.widgets.template_fields import GrowingPlainTextEdit
from sopiva_desk.services.assessments import AssessmentService, ChangeView
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from tests.gui.record_page_checks import assert_every_link_leads_to_its_field, assert_locked_notice, assert_looks_locked

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TEMPLATE_ID = "vammaispalvelut-pta"
TIMEOUT = 3000
HOUSING = 3  # row of "4. Housing" in the navigator


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    return workspace.clients.create_client(client_values)


@pytest.fixture
def assessment_id(workspace: Workspace, client_id: uuid.UUID) -> uuid.UUID:
    return workspace.assessments.start(client_id, TEMPLATE_ID).id


def open_page(qtbot: Any, profile_service: ProfileService, workspace: Workspace, runner: TaskRunner,
              assessment_id: uuid.UUID, language: str = "en") -> AssessmentPage:
    context = AppContext(profile_service, runner, ui_language=language)
    context.set_workspace(workspace)
    page = AssessmentPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.assessment_opened, timeout=TIMEOUT):
        page.open_assessment(assessment_id)
    return page


@pytest.fixture
def page(qtbot: Any, profile_service: ProfileService, workspace: Workspace, runner: TaskRunner,
         assessment_id: uuid.UUID, no_blocking_dialogs: list[str]) -> Iterator[AssessmentPage]:
    page = open_page(qtbot, profile_service, workspace, runner, assessment_id)
    yield page
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    assert no_blocking_dialogs == []  # no error dialogs


def stored(workspace: Workspace, assessment_id: uuid.UUID) -> dict[str, Any]:
    return workspace.assessments.open(assessment_id).answers


def wait_saved(qtbot: Any, page: AssessmentPage) -> None:
    qtbot.waitUntil(lambda: page.save_state is not None and page.save_state.text().startswith("All changes saved")
                    and not page.has_pending_saves(), timeout=TIMEOUT)


def editor(page: AssessmentPage, key: str) -> QWidget:
    assert page.form is not None
    widget = page.form.editor(key)
    assert widget.objectName() == f"field:{key}"
    return widget


def pick(combo: QComboBox, value: str | None) -> None:
    """What a user's choice in a combo box does: set the item and emit ``activated``."""
    index = combo.findData(value) if value is not None else 0
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def click_row(qtbot: Any, view: Any, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def states(page: AssessmentPage) -> list[str]:
    model = page.navigator.model()
    return [model.index(row, 0).data(STATE_ROLE) for row in range(model.rowCount())]


def fill_required(service: AssessmentService, assessment_id: uuid.UUID) -> None:
    """Answer every required question through the service (quicker than the GUI)."""
    view = service.open(assessment_id)
    template = service.template_for(view)
    values = {"single_choice": None, "long_text": "Kirjattu käynnillä.", "date": "2026-02-03", "yes_no": True}
    while missing := missing_required(template, service.open(assessment_id).answers):
        for issue in missing:
            spec = template.fields[issue.field]
            service.answer(assessment_id, spec.key, values[spec.type] or spec.options[-1].value)


def all_inputs(page: AssessmentPage) -> list[QWidget]:
    assert page.form is not None
    for index in range(len(page.form.template.sections)):
        page.form.show_section(index)  # builds every section
    return [w for w in page.form.findChildren(QWidget) if w.objectName().startswith("field:")]


# -- opening and rendering -------------------------------------------------------------------


def test_opening_renders_every_section_with_the_right_editors(
        qtbot: Any, page: AssessmentPage, workspace: Workspace, assessment_id: uuid.UUID) -> None:
    assert page.title_label.text() == "Service-needs assessment in disability services"
    assert page.status_label.text() == "Draft"
    assert page.complete_button.isVisible() and not page.amend_button.isVisible()
    assert page.history_button.isVisible() and page.save_state is not None
    navigator = page.navigator
    assert navigator.objectName() == "sectionNavigator"
    assert navigator.model().rowCount() == 15
    assert navigator.model().index(HOUSING, 0).data() == "○  4. Housing"
    assert states(page) == ["empty"] * 15
    form = page.form
    assert form is not None and form.stack.count() == 15
    for index, section in enumerate(form.template.sections):
        form.show_section(index)
        heading = form.findChild(QLabel, f"section:{section.id}:title")
        assert heading is not None and heading.isVisibleTo(page)
        assert heading.text() == f"{index + 1}. {section.title.en}"
    assert len(form.fields) == len(form.template.fields) == 98

    assert isinstance(editor(page, "housing.client_view"), GrowingPlainTextEdit)
    assert isinstance(editor(page, "conclusions.own_worker_name"), QLineEdit)
    method = editor(page, "initiation.method")
    assert isinstance(method, QComboBox)
    assert method.itemText(0) == "—" and method.itemData(1) == "application" and method.itemText(1) == "Application"
    scale = editor(page, "housing.functioning")
    assert isinstance(scale, QComboBox) and scale.itemText(scale.findData("9")) == "9 – not applicable"
    assert isinstance(editor(page, "initiation.date"), QLineEdit)
    boxes = editor(page, "conduct.communication_support").findChildren(QCheckBox)
    assert len(boxes) == 7 and boxes[0].text() == "Plain language"
    radios = editor(page, "conclusions.plan_made").findChildren(QRadioButton)
    assert [r.text() for r in radios] == ["Yes", "No"] and not any(r.isChecked() for r in radios)

    # Caption with required marker and buddy, help, read-out prompt and a hidden error line.
    field = form.field("housing.support_need")
    assert "*" in field.caption.text() and field.caption.buddy() is field.editor
    assert field.editor.accessibleName() == "Need for support (required)"
    assert field.help_label is not None and field.help_label.text().startswith("Overall rating")
    assert field.prompt_label is not None and "How often do you need help with this?" in field.prompt_label.text()
    assert "Read out:" in field.prompt_label.text()
    error = form.findChild(QLabel, "housing.support_needError")
    assert error is field.error_label and not error.isVisibleTo(page)
    assert "*" not in form.field("housing.client_view").caption.text()

    qtbot.wait(600)  # longer than the debounce: showing the answers must not have saved anything
    assert not page.has_pending_saves()
    assert workspace.assessments.history(assessment_id) == []


def test_the_header_names_the_client_and_opening_logs_one_view(
        qtbot: Any, page: AssessmentPage, workspace: Workspace, client_id: uuid.UUID) -> None:
    assert page.client_label.objectName() == "clientName"
    assert page.client_name == page.client_label.text() == "Aino Maria Virtanen"
    assert page.client_label.isVisible() and page.title_label.isVisible()
    assert page.accessibleName() == "Assessment of Aino Maria Virtanen"
    # reading the name is not a second view of the client: only the assessment's own view is logged
    views = [(e.action, e.record_type) for e in workspace.access_log.for_client(client_id) if e.action == "view"]
    assert views == [("view", "assessment")]


def test_the_header_shows_the_client_of_each_assessment_opened(
        qtbot: Any, page: AssessmentPage, workspace: Workspace, client_values: dict[str, object]) -> None:
    other = workspace.clients.create_client({**client_values, "first_names": "Eero", "last_name": "Lahtinen",
                                             "hetu": "010101-123N"})
    with qtbot.waitSignal(page.assessment_opened, timeout=TIMEOUT):
        page.open_assessment(workspace.assessments.start(other, TEMPLATE_ID).id)
    assert page.client_name == "Eero Lahtinen"
    assert page.accessibleName() == "Assessment of Eero Lahtinen"


def test_section_titles_and_labels_follow_the_ui_language(
        qtbot: Any, profile_service: ProfileService, workspace: Workspace, assessment_id: uuid.UUID) -> None:
    page = open_page(qtbot, profile_service, workspace, ImmediateTaskRunner(), assessment_id, language="sv")
    assert page.title_label.text() == "Bedömning av servicebehovet inom funktionshinderservicen"
    assert page.navigator.model().index(HOUSING, 0).data() == "○  4. Boende"
    assert page.form is not None
    assert page.form.field("housing.support_need").label_text == "Behov av stöd"


def opaque_pixels(image: QImage) -> int:
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixelColor(x, y).alpha() > 0)


def test_life_domains_show_their_pictograms(page: AssessmentPage) -> None:
    navigator = page.navigator.model()
    housing_icon = navigator.index(HOUSING, 0).data(Qt.ItemDataRole.DecorationRole)
    initiation_icon = navigator.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert opaque_pixels(housing_icon.toImage()) > 20  # the house
    assert opaque_pixels(initiation_icon.toImage()) == 0  # no pictogram: blank, so titles line up
    assert housing_icon.size() == initiation_icon.size()
    assert page.form is not None
    page.form.show_section(HOUSING)
    picture = page.form.findChild(QLabel, "section:housing:pictogram")
    assert picture is not None and picture.isVisibleTo(page) and picture.accessibleName() == "Housing"
    assert opaque_pixels(picture.pixmap().toImage()) > 20
    assert page.form.findChild(QLabel, "section:initiation:pictogram") is None


# -- autosave, skip logic, validation --------------------------------------------------------


def test_typing_autosaves_and_the_navigator_follows(
        qtbot: Any, page: AssessmentPage, workspace: Workspace, assessment_id: uuid.UUID) -> None:
    changed: list[object] = []
    page.assessment_changed.connect(changed.append)
    click_row(qtbot, page.navigator, HOUSING)
    assert page.form is not None and page.form.current_section == HOUSING
    view = editor(page, "housing.client_view")
    assert view.isVisible()
    view.setFocus()
    qtbot.keyClicks(view, "Asun yksin. Siivous on vaikeaa.")
    assert page.save_state is not None and page.save_state.text() == "Saving…"
    wait_saved(qtbot, page)
    assert stored(workspace, assessment_id) == {"housing.client_view": "Asun yksin. Siivous on vaikeaa."}
    assert changed and set(changed) == {assessment_id}
    assert states(page)[HOUSING] == "started"  # the required need for support is still open
    index = page.navigator.model().index(HOUSING, 0)
    assert index.data() == "◐  4. Housing"
    assert index.data(Qt.ItemDataRole.AccessibleDescriptionRole) == "Started: answers the section needs are missing"

    pick(editor(page, "housing.support_need"), "regular")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: states(page)[HOUSING] == "done", timeout=TIMEOUT)
    assert page.navigator.model().index(HOUSING, 0).data() == "✓  4. Housing"
    assert stored(workspace, assessment_id)["housing.support_need"] == "regular"
    assert states(page)[:HOUSING] == ["empty"] * HOUSING

    # Without the client's own view the section is not done, though the required need is answered.
    view.setFocus()
    view.selectAll()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    wait_saved(qtbot, page)
    assert "housing.client_view" not in stored(workspace, assessment_id)
    qtbot.waitUntil(lambda: states(page)[HOUSING] == "started", timeout=TIMEOUT)


def test_skip_logic_shows_and_hides_fields_and_keeps_hidden_answers(
        qtbot: Any, page: AssessmentPage, workspace: Workspace, assessment_id: uuid.UUID) -> None:
    assert page.form is not None
    page.form.show_section(HOUSING)
    notes = page.form.field("housing.functioning_notes")
    functioning = editor(page, "housing.functioning")
    assert not notes.isVisibleTo(page)
    pick(functioning, "3")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: notes.isVisibleTo(page), timeout=TIMEOUT)
    notes.editor.setFocus()
    qtbot.keyClicks(notes.editor, "Portaat.")
    wait_saved(qtbot, page)
    pick(functioning, "0")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not notes.isVisibleTo(page), timeout=TIMEOUT)
    wait_saved(qtbot, page)
    answers = stored(workspace, assessment_id)
    assert answers["housing.functioning"] == "0"
    assert answers["housing.functioning_notes"] == "Portaat."  # hidden, but kept

    yes_no = page.form.field("conclusions.own_worker_needed")
    name = page.form.field("conclusions.own_worker_name")
    page.form.show_section(13)
    assert not name.isVisibleTo(page)
    assert yes_no.radio_group is not None and yes_no.clear_button is not None
    assert not yes_no.clear_button.isVisibleTo(page)
    yes_no.radio_group.button(0).click()
    qtbot.waitUntil(lambda: name.isVisibleTo(page), timeout=TIMEOUT)
    assert yes_no.clear_button.isVisibleTo(page)
    yes_no.clear_button.click()  # back to "not answered"
    qtbot.waitUntil(lambda: not name.isVisibleTo(page), timeout=TIMEOUT)
    wait_saved(qtbot, page)
    assert "conclusions.own_worker_needed" not in stored(workspace, assessment_id)


def test_a_wrong_date_is_shown_next_to_the_field_and_kept_until_fixed(
        qtbot: Any, profile_service: ProfileService, workspace: Workspace, assessment_id: uuid.UUID,
        no_blocking_dialogs: list[str]) -> None:
    page = open_page(qtbot, profile_service, workspace, ImmediateTaskRunner(), assessment_id)
    edit = editor(page, "initiation.date")
    assert isinstance(edit, QLineEdit) and edit.placeholderText() == "d.m.yyyy"
    label = page.findChild(QLabel, "initiation.dateError")
    assert label is not None
    edit.setFocus()
    qtbot.keyClicks(edit, "31.2.2026")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert label.isVisibleTo(page) and label.text() == "31.2.2026 is not a date: February has 28 days."
    assert edit.text() == "31.2.2026"
    assert edit.property("invalid") is True
    assert page.save_state is not None
    assert page.save_state.text() == "Not saved yet: the highlighted value is kept as a draft until you correct it"
    assert states(page)[0] == "invalid"
    assert page.navigator.model().index(0, 0).data().startswith("⚠")
    assert "initiation.date" not in stored(workspace, assessment_id)

    edit.clear()
    qtbot.keyClicks(edit, "3.2.2026")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not label.isVisibleTo(page)
    assert stored(workspace, assessment_id)["initiation.date"] == "2026-02-03"
    assert states(page)[0] == "started"

    # The referral date has happened: a day years ahead (a typo) is refused next to the field.
    edit.clear()
    qtbot.keyClicks(edit, "3.2.2062")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert label.isVisibleTo(page) and label.text() == message("date.future")
    assert stored(workspace, assessment_id)["initiation.date"] == "2026-02-03"
    edit.clear()
    qtbot.keyClicks(edit, "03.02.2026")  # with leading zeros
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not label.isVisibleTo(page)
    assert no_blocking_dialogs == []


def test_a_wrong_date_in_a_later_section_comes_back_when_the_assessment_is_reopened(
        qtbot: Any, profile_service: ProfileService, workspace: Workspace, runner: TaskRunner,
        assessment_id: uuid.UUID, no_blocking_dialogs: list[str]) -> None:
    """Nothing typed is lost: a refused value is kept as a draft, and a section built only when it
    is shown (lazily) still gets it back with its message."""
    page = open_page(qtbot, profile_service, workspace, runner, assessment_id)
    form = page.form
    assert form is not None
    form.show_section(form.section_index("conduct.start_date"))
    edit = editor(page, "conduct.start_date")
    assert isinstance(edit, QLineEdit)
    edit.setFocus()
    qtbot.keyClicks(edit, "30.2.2026")
    page.flush()
    qtbot.waitUntil(lambda: edit.property("invalid") is True, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    page.close()

    again = open_page(qtbot, profile_service, workspace, runner, assessment_id)
    form = again.form
    assert form is not None
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    form.show_section(form.section_index("conduct.start_date"))
    edit = editor(again, "conduct.start_date")
    assert isinstance(edit, QLineEdit)
    qtbot.waitUntil(lambda: edit.property("invalid") is True, timeout=TIMEOUT)
    assert edit.text() == "30.2.2026"
    assert "conduct.start_date" not in stored(workspace, assessment_id)
    assert no_blocking_dialogs == []


def test_numbers_and_dates_show_in_finnish_form() -> None:
    from sopiva_desk.gui.widgets.template_fields import date_text, date_value, number_text

    assert date_value("5.4.1990") == "1990-04-05" and date_value("") is None and date_value("31.2.2026") == "31.2.2026"
    assert date_text("1990-04-05") == "5.4.1990" and date_text(None) == ""
    assert number_text(7.5) == "7,5" and number_text(3) == "3" and number_text(None) == ""


# -- completing, locking, amending ------------------------------------------------------------


def test_complete_lists_the_missing_answers_and_each_leads_to_its_field(
        qtbot: Any, page: AssessmentPage, workspace: Workspace, assessment_id: uuid.UUID) -> None:
    panel = page.findChild(QWidget, "missingPanel")
    assert panel is not None and not panel.isVisibleTo(page)
    page.complete_button.click()
    qtbot.waitUntil(lambda: panel.isVisibleTo(page), timeout=TIMEOUT)
    missing = page.missing_list
    assert missing.objectName() == "missingList"
    rows = [missing.model().index(r, 0).data() for r in range(missing.model().rowCount())]
    assert rows[0] == "Initiation › How the matter was initiated"
    assert "Housing › Need for support" in rows
    assert len(rows) == len(missing_required(page.form.template, {}))  # type: ignore[union-attr]
    assert page.findChild(QLabel, "missingHeading").text().startswith(f"{len(rows)} required answer")
    assert workspace.assessments.open(assessment_id).status == "draft"
    assert page.complete_button.isEnabled()

    click_row(qtbot, missing, rows.index("Housing › Need for support"))
    target = editor(page, "housing.support_need")
    qtbot.waitUntil(target.hasFocus, timeout=TIMEOUT)
    assert page.form is not None and page.form.current_section == HOUSING
    assert page.navigator.currentIndex().row() == HOUSING

    pick(target, "none")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: "Housing › Need for support" not in [
        missing.model().index(r, 0).data() for r in range(missing.model().rowCount())], timeout=TIMEOUT)


def test_every_missing_link_leads_to_its_field(qtbot: Any, page: AssessmentPage) -> None:
    page.complete_button.click()
    panel = page.problems_panel
    qtbot.waitUntil(panel.isVisible, timeout=TIMEOUT)
    first = panel.keys()[0]
    assert page.form is not None
    assert_every_link_leads_to_its_field(qtbot, panel, page.form_stack, {first: page.form.editor(first)})


def test_completing_locks_the_form_and_offers_amend(
        qtbot: Any, page: AssessmentPage, workspace: Workspace, assessment_id: uuid.UUID) -> None:
    fill_required(workspace.assessments, assessment_id)
    with qtbot.waitSignal(page.assessment_opened, timeout=TIMEOUT):
        page.open_assessment(assessment_id)
    assert states(page)[0] == "done"
    changed: list[object] = []
    page.assessment_changed.connect(changed.append)
    page.complete_button.click()
    qtbot.waitUntil(lambda: page.amend_button.isVisible(), timeout=TIMEOUT)
    view = workspace.assessments.open(assessment_id)
    assert view.status == "completed" and view.completed_at is not None
    assert page.status_label.text() == f"Completed on {format_date(view.completed_at.astimezone().date())}"
    assert not page.complete_button.isVisible()
    assert changed == [assessment_id]
    notice = page.findChild(QLabel, "lockedNotice")
    assert notice is not None and notice.isVisible() and "Amend" in notice.text()
    assert page.form is not None and page.form.is_read_only()
    inputs = all_inputs(page)
    assert len(inputs) > 98
    for widget in inputs:
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            assert widget.isReadOnly(), widget.objectName()
        elif isinstance(widget, QComboBox | QCheckBox | QRadioButton):
            assert not widget.isEnabled(), widget.objectName()
        elif isinstance(widget, QPushButton):  # "clear answer" of the yes/no questions
            assert not widget.isVisibleTo(page), widget.objectName()
    assert_looks_locked(page.form)
    assert_locked_notice(qtbot, notice, page.amend_button,
                         f"completed on {format_date(view.completed_at.astimezone().date())}", "Amend…")

    qtbot.keyClick(page.navigator, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # no second complete
    qtbot.wait(50)
    assert changed == [assessment_id]


def test_complete_waits_for_typed_answers_and_refuses_rejected_ones(
        qtbot: Any, page: AssessmentPage, workspace: Workspace, assessment_id: uuid.UUID) -> None:
    fill_required(workspace.assessments, assessment_id)
    workspace.assessments.answer(assessment_id, "initiation.reasons", None)
    with qtbot.waitSignal(page.assessment_opened, timeout=TIMEOUT):
        page.open_assessment(assessment_id)

    # A rejected date blocks completion even though an earlier date is stored.
    date = editor(page, "initiation.date")
    date.setFocus()
    date.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(date, "3.13.2026")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.findChild(QLabel, "initiation.dateError").isVisible(), timeout=TIMEOUT)
    page.complete_button.click()
    panel = page.findChild(QWidget, "missingPanel")
    assert panel.isVisible()
    assert page.findChild(QLabel, "missingHeading").text().startswith("Some answers were not accepted")
    assert page.missing_list.model().index(0, 0).data() == "Initiation › Date of initiation: not accepted"
    assert workspace.assessments.open(assessment_id).status == "draft"
    date.setFocus()
    date.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(date, "3.2.2026")
    qtbot.keyClick(date, Qt.Key.Key_Return)

    # The last required answer is still waiting for its debounce when Complete is pressed.
    reasons = editor(page, "initiation.reasons")
    reasons.setFocus()
    qtbot.keyClicks(reasons, "Hakemus saapui.")
    assert page.has_pending_saves()
    page.complete_button.click()
    assert not page.complete_button.isEnabled()
    qtbot.waitUntil(lambda: page.amend_button.isVisible(), timeout=TIMEOUT)
    view = workspace.assessments.open(assessment_id)
    assert view.status == "completed"
    assert view.answers["initiation.reasons"] == "Hakemus saapui."
    assert view.answers["initiation.date"] == "2026-02-03"
    assert not panel.isVisible()


def test_amending_asks_for_a_reason_and_opens_version_two_as_a_draft(
        qtbot: Any, profile_service: ProfileService, workspace: Workspace, assessment_id: uuid.UUID) -> None:
    fill_required(workspace.assessments, assessment_id)
    workspace.assessments.answer(assessment_id, "housing.support_need", "regular")
    workspace.assessments.complete(assessment_id)
    page = open_page(qtbot, profile_service, workspace, ImmediateTaskRunner(), assessment_id)
    before = dict(workspace.assessments.open(assessment_id).answers)
    changed: list[object] = []
    page.assessment_changed.connect(changed.append)

    page.amend_button.click()
    dialog = page.findChild(AmendAssessmentDialog)
    assert dialog is not None and dialog.isVisible()
    assert not dialog.amend_button.isEnabled()
    dialog.reason_edit.setFocus()
    qtbot.keyClicks(dialog.reason_edit, "   ")
    assert not dialog.amend_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "Asiakas kertoi lisaa tuen tarpeesta.")
    assert dialog.amend_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        dialog.amend_button.click()

    assert page.view is not None and page.view.id != assessment_id
    new_id = page.view.id
    assert changed == [new_id]
    draft = workspace.assessments.open(new_id)
    assert (draft.version_no, draft.status, draft.answers) == (2, "draft", before)
    assert draft.amend_reason == "Asiakas kertoi lisaa tuen tarpeesta."
    assert page.status_label.text() == "Version 2 · Draft"
    assert page.client_name == "Aino Maria Virtanen"  # the new version is about the same client
    assert page.reason_label.isVisible()
    assert page.reason_label.text() == "Reason for the change: Asiakas kertoi lisaa tuen tarpeesta."
    assert page.complete_button.isVisible() and not page.amend_button.isVisible()
    assert page.form is not None and not page.form.is_read_only()
    need = editor(page, "housing.support_need")
    assert isinstance(need, QComboBox) and need.isEnabled() and need.currentData() == "regular"
    pick(need, "continuous")
    assert workspace.assessments.open(new_id).answers["housing.support_need"] == "continuous"
    assert workspace.assessments.open(assessment_id).answers["housing.support_need"] == "regular"


# -- history ---------------------------------------------------------------------------------


def test_history_lists_changes_with_labels_and_display_values(
        qtbot: Any, page: AssessmentPage, workspace: Workspace, assessment_id: uuid.UUID) -> None:
    service = workspace.assessments
    service.answer(assessment_id, "initiation.date", "2026-02-03")
    service.answer(assessment_id, "conclusions.plan_made", True)
    service.answer(assessment_id, "conduct.communication_support", ["plain_language", "pictures"])
    assert page.form is not None
    page.form.show_section(HOUSING)
    pick(editor(page, "housing.support_need"), "regular")  # type: ignore[arg-type]
    wait_saved(qtbot, page)
    pick(editor(page, "housing.support_need"), "continuous")  # type: ignore[arg-type]

    page.history_button.click()  # the history runs after the pending save on the store lane
    qtbot.waitUntil(lambda: page.findChild(AssessmentHistoryDialog) is not None, timeout=TIMEOUT)
    dialog = page.findChild(AssessmentHistoryDialog)
    model = dialog.view.model()

    def rows() -> list[tuple[str, ...]]:
        return [tuple(model.index(r, c).data() for c in range(1, 6)) for r in range(model.rowCount())]

    assert rows() == [
        ("Testi Ohjaaja", "1", "Housing › Need for support", "Regular", "Continuous"),
        ("Testi Ohjaaja", "1", "Housing › Need for support", "—", "Regular"),
        ("Testi Ohjaaja", "1", "Conduct of the assessment › Communication support", "—",
         "Plain language, Pictures or symbols"),
        ("Testi Ohjaaja", "1", "Conclusions › Is a client plan drawn up", "—", "Yes"),
        ("Testi Ohjaaja", "1", "Initiation › Date of initiation", "—", "3.2.2026"),
    ]
    when = model.index(0, 0).data()
    assert when.startswith(format_date(datetime.now(UTC).astimezone().date()) + " ")
    assert "Regular" in dialog.detail.toPlainText() and "Continuous" in dialog.detail.toPlainText()
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Field"

    dialog.show_field("housing.support_need")
    assert model.rowCount() == 2
    dialog.show_field("")
    assert model.rowCount() == 5
    dialog.show_field("housing.client_view")  # never changed: nothing to list
    assert model.rowCount() == 0
    dialog.reject()
    qtbot.waitUntil(lambda: page.findChild(AssessmentHistoryDialog) is None, timeout=TIMEOUT)

    # Field-level history from the context menu of a field's caption.
    caption = page.form.field("housing.support_need").caption
    assert caption.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    caption.actions()[0].trigger()
    qtbot.waitUntil(lambda: page.findChild(AssessmentHistoryDialog) is not None, timeout=TIMEOUT)
    dialog = page.findChild(AssessmentHistoryDialog)
    assert dialog.field_filter.currentData() == "housing.support_need"
    assert [dialog.view.model().index(r, 5).data() for r in range(2)] == ["Continuous", "Regular"]
    dialog.reject()


# -- keyboard, clearing, models --------------------------------------------------------------


def test_keyboard_moves_between_sections_and_back_saves_first(
        qtbot: Any, page: AssessmentPage, workspace: Workspace, assessment_id: uuid.UUID,
        runner: TaskRunner) -> None:
    page.activateWindow()
    reasons = editor(page, "initiation.reasons")
    reasons.setFocus()
    qtbot.waitUntil(reasons.hasFocus)
    qtbot.keyClick(reasons, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.form is not None and page.form.current_section == 1
    assert page.navigator.currentIndex().row() == 1
    start = editor(page, "conduct.start_date")
    qtbot.waitUntil(start.hasFocus)
    qtbot.keyClick(start, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.form.current_section == 0
    method = editor(page, "initiation.method")
    qtbot.waitUntil(method.hasFocus)

    reasons.setFocus()
    qtbot.keyClicks(reasons, "Hakemus saapui.")
    with qtbot.waitSignal(page.back_requested):
        qtbot.keyClick(reasons, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    runner.wait_idle()
    assert stored(workspace, assessment_id)["initiation.reasons"] == "Hakemus saapui."
    wait_saved(qtbot, page)


def test_clear_empties_the_page(qtbot: Any, page: AssessmentPage, workspace: Workspace,
                                assessment_id: uuid.UUID) -> None:
    workspace.assessments.answer(assessment_id, "initiation.reasons", "Hakemus saapui.")
    with qtbot.waitSignal(page.assessment_opened, timeout=TIMEOUT):
        page.open_assessment(assessment_id)
    assert isinstance(editor(page, "initiation.reasons"), QPlainTextEdit)
    assert editor(page, "initiation.reasons").toPlainText() == "Hakemus saapui."  # type: ignore[attr-defined]
    page.clear()
    assert editor(page, "initiation.reasons").toPlainText() == ""  # type: ignore[attr-defined]
    assert page.navigator.model().rowCount() == 0
    assert page.view is None and page.title_label.text() == "" and page.status_label.text() == ""
    assert page.client_name == "" and page.client_label.text() == "" and page.accessibleName() == ""
    assert not page.body.isEnabled()
    assert not page.complete_button.isVisible() and not page.history_button.isVisible()
    qtbot.wait(600)
    assert not page.has_pending_saves()


def test_models_pass_the_model_tester(qtmodeltester: Any, workspace: Workspace) -> None:
    template = workspace.assessments.library.latest(TEMPLATE_ID)
    assert template is not None
    navigator = SectionNavigatorModel()
    navigator.set_sections(["1. A", "2. B", "3. C", "4. D"], ["done", "started", "empty", "invalid"])
    qtmodeltester.check(navigator)
    assert navigator.index(3, 0).data(Qt.ItemDataRole.ToolTipRole) == "Check: an answer was not accepted"
    navigator.set_states(["empty", "empty", "empty", "done"])
    assert navigator.state(3) == "done"
    problems = ProblemListModel()
    problems.set_items([("housing.support_need", "Housing › Need for support")])
    qtmodeltester.check(problems)
    assert problems.key(0) == problems.index(0, 0).data(KEY_ROLE) == "housing.support_need"
    assert problems.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Go to this field"
    assert legend_text().replace("\u00a0", " ") == "✓ done   ◐ started   ○ not started   ⚠ check"
    history = AssessmentHistoryModel(template, "en")
    at = datetime(2026, 2, 3, 10, 5, tzinfo=UTC)
    history.set_changes([
        ChangeView(1, "housing.functioning", None, "3", at, "Testi Ohjaaja", ""),
        ChangeView(2, "conclusions.plan_made", True, False, at, "Testi Ohjaaja", "Korjaus"),
        ChangeView(2, "removed.field", "x", None, at, "Testi Ohjaaja", "Korjaus"),
    ])
    qtmodeltester.check(history)
    assert [history.index(r, 3).data() for r in range(3)] == [
        "removed.field", "Conclusions › Is a client plan drawn up", "Housing › Functioning (ICF qualifier)"]
    assert [history.index(1, c).data() for c in range(7)] == [
        format_moment(at), "Testi Ohjaaja", "2", "Conclusions › Is a client plan drawn up", "Yes", "No", "Korjaus"]
    assert not history.index(0, 0).flags() & Qt.ItemFlag.ItemIsEditable
    assert history.index(0, 0, QModelIndex()).isValid()
    spec = template.fields["housing.functioning"]
    assert display_value(spec, "3", "en") == "3 – severe difficulty (50–95 %)"
    assert display_value(template.fields["initiation.date"], "2026-02-03", "fi") == "3.2.2026"
    assert display_value(None, 7.5, "fi") == "7,5" and display_value(None, None, "fi") == "—"
