"""The supported decision-making page: autosave, options, the client view, completing, amending, history."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.amend_assessment import AmendAssessmentDialog
from sopiva_desk.gui.dialogs.session_history import SessionHistoryDialog
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.pages.decision_session import DecisionSessionPage
from sopiva_desk.gui.tasks import TaskRunner
from sopiva_desk.gui.widgets.row_list_editor import RowListEditor
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from tests.gui.record_page_checks import (
    assert_every_link_leads_to_its_field,
    assert_locked_notice,
    assert_looks_locked,
    assert_renders_locked,
    click_link,
)

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
              pytest.mark.qt_log_ignore("This plugin does not support raise")]

TIMEOUT = 5000
SUPPORTER = [{"name": "Liisa Virtanen", "role": "supporter", "relation": "sisko"}]


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    return workspace.clients.create_client(client_values)


@pytest.fixture
def session_id(workspace: Workspace, client_id: uuid.UUID) -> uuid.UUID:
    found = workspace.decisions.start(client_id)
    workspace.decisions.set_field(found.id, "topic_plain", "Missä haluat asua?")
    workspace.decisions.add_option(found.id, "Oma koti", "Asut yksin omassa kodissa", "1F3E0")
    workspace.decisions.add_option(found.id, "Ryhmäkoti", "Asut muiden kanssa", None)
    return found.id


@pytest.fixture
def page(qtbot: Any, profile_service: ProfileService, workspace: Workspace, runner: TaskRunner,
         session_id: uuid.UUID, no_blocking_dialogs: list[str]) -> Iterator[DecisionSessionPage]:
    context = AppContext(profile_service, runner, ui_language="en")
    context.set_workspace(workspace)
    page = DecisionSessionPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.session_opened, timeout=TIMEOUT):
        page.open_session(session_id)
    yield page
    page.close_client_view()
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    assert no_blocking_dialogs == []


def content(workspace: Workspace, session_id: uuid.UUID) -> dict[str, Any]:
    return workspace.decisions.open(session_id).content


def wait_saved(qtbot: Any, page: DecisionSessionPage) -> None:
    qtbot.waitUntil(lambda: page.save_state.text().startswith("All changes saved") and not page.has_pending_saves(),
                    timeout=TIMEOUT)


def test_opening_shows_the_client_and_the_stored_session(page: DecisionSessionPage) -> None:
    assert page.client_name == "Aino Maria Virtanen"
    assert page.status_label.text().startswith("Draft, started")
    assert page.form.editors["topic_plain"].text() == "Missä haluat asua?"  # type: ignore[attr-defined]
    cards = page.form.options_editor.cards
    assert [c.title_edit.text() for c in cards] == ["Oma koti", "Ryhmäkoti"]
    assert cards[0].pictogram_button.hexcode() == "1F3E0" and cards[1].pictogram_button.hexcode() is None
    assert page.complete_button.isVisibleTo(page) and not page.amend_button.isVisibleTo(page)


def test_typing_autosaves_fields_and_options(qtbot: Any, page: DecisionSessionPage, workspace: Workspace,
                                            session_id: uuid.UUID) -> None:
    topic = page.form.editors["topic"]
    qtbot.keyClicks(topic, "Muuttaako Aino omaan kotiin?")  # QTest types ASCII only
    card = page.form.options_editor.cards[1]
    qtbot.keyClicks(card.words_edit, "Siella on kavereita")
    card.reaction_combo.setCurrentIndex(card.reaction_combo.findData("good"))
    card.reaction_combo.activated.emit(card.reaction_combo.currentIndex())
    wait_saved(qtbot, page)
    stored = content(workspace, session_id)
    assert stored["topic"] == "Muuttaako Aino omaan kotiin?"
    option = stored["options"][1]
    assert option["client_words"] == "Siella on kavereita" and option["reaction"] == "good"


def test_a_refused_value_is_kept_as_a_draft_when_the_session_is_left_and_opened_again(
        qtbot: Any, page: DecisionSessionPage, workspace: Workspace, runner: TaskRunner,
        session_id: uuid.UUID) -> None:
    """Issue 11 (1): what a rule refuses is not thrown away on leaving; it comes back with its message."""
    edit = page.form.editors["follow_up_on"]
    assert isinstance(edit, QLineEdit)
    label = page.findChild(QLabel, "follow_up_onError")
    edit.setFocus()
    qtbot.keyClicks(edit, "31.2.2027")
    page.flush()  # leaving the page sends what waits for its debounce
    qtbot.waitUntil(lambda: label.isVisibleTo(page), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    assert workspace.drafts.for_record("decision_session", str(session_id)) == {"follow_up_on": "31.2.2027"}
    assert content(workspace, session_id).get("follow_up_on") is None  # the session keeps its valid value
    page.clear()
    assert edit.text() == ""

    with qtbot.waitSignal(page.session_opened, timeout=TIMEOUT):
        page.open_session(session_id)
    qtbot.waitUntil(lambda: label.isVisibleTo(page), timeout=TIMEOUT)
    assert edit.text() == "31.2.2027" and edit.property("invalid") is True
    assert label.text() == "31.2.2027 is not a date: February has 28 days."

    edit.clear()
    qtbot.keyClicks(edit, "28.2.2027")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    wait_saved(qtbot, page)
    assert content(workspace, session_id)["follow_up_on"] == "2027-02-28"
    assert workspace.drafts.for_record("decision_session", str(session_id)) == {}


def test_options_are_added_moved_and_removed(qtbot: Any, page: DecisionSessionPage, workspace: Workspace,
                                            session_id: uuid.UUID) -> None:
    editor = page.form.options_editor
    editor.add_button.click()
    qtbot.waitUntil(lambda: len(editor.cards) == 3, timeout=TIMEOUT)
    qtbot.keyClicks(editor.cards[2].title_edit, "Tukiasunto")
    wait_saved(qtbot, page)
    assert [o["title"] for o in content(workspace, session_id)["options"]] == ["Oma koti", "Ryhmäkoti", "Tukiasunto"]
    editor.cards[2].up_button.click()
    qtbot.waitUntil(lambda: [c.title_edit.text() for c in editor.cards] == ["Oma koti", "Tukiasunto", "Ryhmäkoti"],
                    timeout=TIMEOUT)
    editor.cards[0].remove_button.click()
    qtbot.waitUntil(lambda: len(editor.cards) == 2, timeout=TIMEOUT)
    assert [o["title"] for o in content(workspace, session_id)["options"]] == ["Tukiasunto", "Ryhmäkoti"]
    # the new cards are bound: typing in one still saves
    qtbot.keyClicks(editor.cards[0].plain_edit, "Oma asunto, apu lahella")
    wait_saved(qtbot, page)
    assert content(workspace, session_id)["options"][0]["plain"] == "Oma asunto, apu lahella"


def test_complete_lists_what_is_missing_and_each_item_leads_to_its_field(
        qtbot: Any, page: DecisionSessionPage) -> None:
    page.complete_button.click()
    qtbot.waitUntil(page.problems_panel.isVisible, timeout=TIMEOUT)
    model = page.missing_list.model()
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert any(t.startswith("Decision to make:") for t in texts)
    assert any("how the client's will was found out" in t for t in texts)
    row = next(r for r, t in enumerate(texts) if t.startswith("Decision to make:"))
    page.activateWindow()
    page.missing_list.clicked.emit(model.index(row, 0))
    qtbot.waitUntil(page.form.editors["topic"].hasFocus, timeout=TIMEOUT)
    assert page.view is not None and page.view.status == "draft"


def fill_for_completion(workspace: Workspace, session_id: uuid.UUID) -> None:
    decisions = workspace.decisions
    decisions.set_field(session_id, "topic", "Muuttaako Aino omaan kotiin?")
    decisions.set_field(session_id, "participants", SUPPORTER)
    decisions.set_field(session_id, "methods", ["pictures", "three_point_sorting"])
    decisions.set_field(session_id, "decision", "Aino kokeilee omaa kotia puoli vuotta.")
    decisions.set_field(session_id, "how_will_found", "Kuvakortit ja kolmijako; Aino näytti peukkua.")


def test_complete_locks_and_amend_makes_version_two(qtbot: Any, page: DecisionSessionPage, workspace: Workspace,
                                                    session_id: uuid.UUID) -> None:
    fill_for_completion(workspace, session_id)
    with qtbot.waitSignal(page.session_opened, timeout=TIMEOUT):
        page.open_session(session_id)
    page.form.agreement_buttons["agrees"].click()
    with qtbot.waitSignal(page.session_changed, timeout=TIMEOUT) as changed:
        page.complete_button.click()
    assert changed.args[0].status == "completed"
    assert page.locked_notice.isVisibleTo(page) and page.amend_button.isVisibleTo(page)
    assert page.form.editors["topic"].isReadOnly()  # type: ignore[attr-defined]
    assert not page.form.options_editor.cards[0].reaction_combo.isEnabled()
    assert not page.client_view_button.isEnabled()
    assert_looks_locked(page.form)  # not only refusing input: every field looks read-only
    assert_renders_locked(page.form.editors["topic_plain"])  # type: ignore[arg-type]
    assert not page.form.wellbeing_button.isVisibleTo(page)
    completed = format_date(changed.args[0].completed_at.astimezone().date())
    assert_locked_notice(qtbot, page.locked_notice, page.amend_button, f"completed on {completed}", "Amend…")

    page.amend_button.click()
    dialog = page.findChild(AmendAssessmentDialog)
    assert dialog is not None and dialog.windowTitle() == "Amend the session"
    dialog.reason_edit.setPlainText("Aino haluaa miettiä vielä ryhmäkotia.")
    with qtbot.waitSignal(page.session_changed, timeout=TIMEOUT) as amended:
        dialog.amend_button.click()
    draft = amended.args[0]
    assert draft.version_no == 2 and draft.status == "draft"
    assert "version 2" in page.status_label.text()
    assert not page.form.editors["topic"].isReadOnly()  # type: ignore[attr-defined]
    assert_looks_locked(page.form, locked=False)
    assert not page.locked_notice.isVisible()
    assert page.reason_label.text().endswith("Aino haluaa miettiä vielä ryhmäkotia.")


def test_the_client_sorts_in_the_client_view_and_it_is_saved(qtbot: Any, page: DecisionSessionPage,
                                                            workspace: Workspace, session_id: uuid.UUID) -> None:
    page.client_view_button.click()
    window = page.client_window
    assert window is not None and window.isVisible() and window.isWindow()
    first = content(workspace, session_id)["options"][0]["id"]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and window.isAncestorOf(QApplication.focusWidget()),
                    timeout=TIMEOUT)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)  # the focused first card: "good"
    wait_saved(qtbot, page)
    assert content(workspace, session_id)["options"][0]["reaction"] == "good"
    card = page.form.options_editor.card(first)
    assert card is not None and card.reaction_combo.currentData() == "good"  # the counsellor sees it too

    window.wellbeing_chosen.emit(4)
    wait_saved(qtbot, page)
    assert content(workspace, session_id)["wellbeing"] == 4
    assert page.form.wellbeing_combo.currentData() == 4

    window.close()  # an accidental close does nothing
    assert window.isVisible()
    window.leave_requested.emit()  # the deliberate hold
    assert page.client_window is None


def test_history_shows_changes_with_labels(qtbot: Any, page: DecisionSessionPage, workspace: Workspace,
                                          session_id: uuid.UUID) -> None:
    option = content(workspace, session_id)["options"][0]["id"]
    workspace.decisions.set_option_field(session_id, option, "reaction", "not_good")
    page.history_button.click()
    qtbot.waitUntil(lambda: page.findChild(SessionHistoryDialog) is not None, timeout=TIMEOUT)
    table = page.findChild(SessionHistoryDialog).table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert rows[0][3:6] == ["Option 1 › reaction", "—", "Not good"]  # newest first
    assert any(r[3] == "Decision in plain language" and r[5] == "Missä haluat asua?" for r in rows)


def test_clear_empties_the_page_and_closes_the_client_view(page: DecisionSessionPage) -> None:
    page.client_view_button.click()
    window = page.client_window
    assert window is not None
    page.clear()
    assert page.client_window is None and not window.isVisible()
    assert page.client_name == "" and page.form.options_editor.cards == []
    texts = [w.text() for w in page.findChildren(QLineEdit)]
    assert "Missä haluat asua?" not in texts and "Oma koti" not in texts


def test_the_session_can_be_linked_to_an_assessment_of_the_client(
        qtbot: Any, page: DecisionSessionPage, workspace: Workspace, client_id: uuid.UUID,
        session_id: uuid.UUID) -> None:
    assessment = workspace.assessments.start(client_id, "vammaispalvelut-pta")
    with qtbot.waitSignal(page.session_opened, timeout=TIMEOUT):
        page.open_session(session_id)
    combo = page.form.assessment_combo
    assert combo.count() == 2 and combo.currentData() is None
    assert "Service-needs assessment in disability services" in combo.itemText(1)
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    wait_saved(qtbot, page)
    assert workspace.decisions.open(session_id).assessment_id == assessment.id
    assert page.view is not None and page.view.assessment_id == assessment.id


def test_every_missing_link_leads_to_its_field_rows_included(qtbot: Any, page: DecisionSessionPage,
                                                             workspace: Workspace, session_id: uuid.UUID) -> None:
    decisions = workspace.decisions
    decisions.set_field(session_id, "topic", "Muuttaako Aino omaan kotiin?")
    decisions.set_field(session_id, "participants", [{"name": "", "role": "supporter", "relation": "sisko"}])
    decisions.set_field(session_id, "methods", ["other"])
    decisions.set_field(session_id, "will_questions", [{"question": "Mitä toivot?", "answer": ""}])
    decisions.set_field(session_id, "differing_views", [{"who": "", "view": "Äiti toivoo ryhmäkotia."}])
    decisions.set_field(session_id, "agreement", "could_not_express")
    decisions.add_option(session_id)  # no title yet
    with qtbot.waitSignal(page.session_opened, timeout=TIMEOUT):
        page.open_session(session_id)
    page.complete_button.click()
    qtbot.waitUntil(page.problems_panel.isVisible, timeout=TIMEOUT)
    form = page.form
    people = form.editors["participants"]
    assert isinstance(people, RowListEditor)
    questions, views = form.editors["will_questions"], form.editors["differing_views"]
    assert isinstance(questions, RowListEditor) and isinstance(views, RowListEditor)
    third = form.options_editor.cards[2]
    expected = {
        "participants/0/name": people.cell(0, "name"),  # the first link: it used to do nothing
        "methods_other": form.editors["methods_other"],
        f"options/{third.option_id}/title": third.title_edit,
        "decision": form.editors["decision"],
        "will_questions/0/answer": questions.cell(0, "answer"),
        "differing_views/0/who": views.cell(0, "who"),
        "agreement_reason": form.editors["agreement_reason"],
    }
    assert page.problems_panel.keys()[0] == "participants/0/name"
    assert_every_link_leads_to_its_field(qtbot, page.problems_panel, form, expected)


def test_the_missing_list_follows_the_form_as_fields_are_filled(qtbot: Any, page: DecisionSessionPage,
                                                                workspace: Workspace, session_id: uuid.UUID) -> None:
    fill_for_completion(workspace, session_id)
    workspace.decisions.set_field(session_id, "topic", None)
    with qtbot.waitSignal(page.session_opened, timeout=TIMEOUT):
        page.open_session(session_id)
    page.complete_button.click()
    panel = page.problems_panel
    qtbot.waitUntil(panel.isVisible, timeout=TIMEOUT)
    assert panel.keys() == ["topic", "agreement"]
    click_link(qtbot, panel, 0)
    qtbot.waitUntil(page.form.editors["topic"].hasFocus, timeout=TIMEOUT)
    qtbot.keyClicks(page.form.editors["topic"], "Muuttaako Aino?")
    qtbot.waitUntil(lambda: panel.keys() == ["agreement"], timeout=TIMEOUT)  # without pressing Complete again
    page.form.agreement_buttons["agrees"].click()
    qtbot.waitUntil(lambda: panel.keys() == [], timeout=TIMEOUT)
    assert panel.isVisible() and not page.missing_list.isVisible()
    assert page.problems_heading.text().startswith("Everything needed is recorded")
    with qtbot.waitSignal(page.session_changed, timeout=TIMEOUT):
        page.complete_button.click()
    assert not panel.isVisible()


def sort_first_card_by_key(qtbot: Any, page: DecisionSessionPage, key: Qt.Key) -> None:
    window = page.client_window
    assert window is not None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and window.isAncestorOf(QApplication.focusWidget()),
                    timeout=TIMEOUT)
    qtbot.keyClick(QApplication.focusWidget(), key)
    wait_saved(qtbot, page)


def test_sorting_in_the_client_view_ticks_the_sorting_method_once(qtbot: Any, page: DecisionSessionPage,
                                                                  workspace: Workspace,
                                                                  session_id: uuid.UUID) -> None:
    workspace.decisions.set_field(session_id, "methods", ["pictures"])
    with qtbot.waitSignal(page.session_opened, timeout=TIMEOUT):
        page.open_session(session_id)
    box = page.form.method_boxes["three_point_sorting"]
    page.client_view_button.click()
    assert not box.isChecked()  # opening the view is not using it
    sort_first_card_by_key(qtbot, page, Qt.Key.Key_1)
    assert box.isChecked()
    stored = content(workspace, session_id)
    assert stored["methods"] == ["pictures", "three_point_sorting"] and stored["client_sorted"] is True
    history = [c.field_key for c in workspace.decisions.history(session_id)]
    assert history.count("methods") == 2 and history.count("client_sorted") == 1  # saved with history

    page.client_window.leave_requested.emit()  # type: ignore[union-attr]
    box.click()  # the counsellor unticks it on purpose
    wait_saved(qtbot, page)
    assert content(workspace, session_id)["methods"] == ["pictures"]
    page.client_view_button.click()
    sort_first_card_by_key(qtbot, page, Qt.Key.Key_2)  # the client sorts again: not ticked again
    assert not box.isChecked() and content(workspace, session_id)["methods"] == ["pictures"]
    page.close_client_view()
    with qtbot.waitSignal(page.session_opened, timeout=TIMEOUT):
        page.open_session(session_id)  # nor in a later sitting
    page.client_view_button.click()
    sort_first_card_by_key(qtbot, page, Qt.Key.Key_3)
    assert not page.form.method_boxes["three_point_sorting"].isChecked()
    assert content(workspace, session_id)["methods"] == ["pictures"]


def test_participants_are_picked_from_close_persons_with_their_role_and_no_separate_chosen_box(
        qtbot: Any, page: DecisionSessionPage, workspace: Workspace, client_id: uuid.UUID,
        session_id: uuid.UUID) -> None:
    workspace.clients.add_close_person(client_id, {"name": "Liisa Virtanen", "relation": "sisko",
                                                   "roles": ["supporter"]})
    workspace.clients.add_close_person(client_id, {"name": "Matti Virtanen", "relation": "isä", "roles": []})
    workspace.clients.add_close_person(client_id, {"name": "Ville Valvoja", "relation": "edunvalvoja",
                                                   "roles": ["guardian"]})
    with qtbot.waitSignal(page.session_opened, timeout=TIMEOUT):
        page.open_session(session_id)
    editor = page.form.participants_editor
    assert [c.key for c in editor.columns] == ["name", "role", "relation"]  # the role says who the client chose
    editor.pick_menu.aboutToShow.emit()
    actions = editor.pick_menu.actions()
    assert [a.text() for a in actions] == ["Liisa Virtanen (sisko) – Supporter chosen by the client",
                                           "Matti Virtanen (isä) – Close person",
                                           "Ville Valvoja (edunvalvoja) – Close person, Legal guardian or trustee"]
    actions[0].trigger()
    wait_saved(qtbot, page)
    assert content(workspace, session_id)["participants"] == [
        {"name": "Liisa Virtanen", "role": "supporter", "relation": "sisko"}]
    fill_for_completion(workspace, session_id)
    workspace.decisions.set_field(session_id, "agreement", "agrees")
    assert workspace.decisions.complete(session_id).status == "completed"  # nothing else to tick
