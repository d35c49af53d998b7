"""The client file page against a real encrypted store, mostly with the real background runner."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit

from sopiva_desk.domain import hetu
from sopiva_desk.domain.issues import Issue
from sopiva_desk.gui import prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.close_person import AddClosePersonDialog
from sopiva_desk.gui.formatting import parse_date
from sopiva_desk.gui.messages import issue_text, message
from sopiva_desk.gui.models.access_log_model import AccessLogModel
from sopiva_desk.gui.models.close_persons_model import ClosePersonsModel
from sopiva_desk.gui.pages.client_file import ClientFilePage
from sopiva_desk.gui.tasks import ImmediateTaskRunner, TaskRunner
from sopiva_desk.services.clients import ClosePersonView
from sopiva_desk.services.errors import DiskFullError
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from tests.conftest import DEMO_PASSPHRASE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SAVE_TIMEOUT = 3000


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    return workspace.clients.create_client(client_values)


def open_page(qtbot: Any, profile_service: ProfileService, workspace: Workspace, runner: TaskRunner,
              client_id: uuid.UUID) -> ClientFilePage:
    context = AppContext(profile_service, runner)
    context.set_workspace(workspace)
    page = ClientFilePage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.client_opened, timeout=SAVE_TIMEOUT):
        page.open_client(client_id)
    return page


@pytest.fixture
def page(qtbot: Any, profile_service: ProfileService, workspace: Workspace, runner: TaskRunner,
         client_id: uuid.UUID, dialogs: list[str]) -> Iterator[ClientFilePage]:
    page = open_page(qtbot, profile_service, workspace, runner, client_id)
    yield page
    qtbot.waitUntil(lambda: not runner.busy, timeout=SAVE_TIMEOUT)
    assert dialogs == []  # no unexpected error dialogs


def stored(workspace: Workspace, client_id: uuid.UUID) -> dict[str, Any]:
    return workspace.clients.open_client(client_id).values


def retype(qtbot: Any, edit: QLineEdit, text: str) -> None:
    edit.clear()  # programmatic: not an edit by itself
    qtbot.keyClicks(edit, text)


def wait_saved(qtbot: Any, page: ClientFilePage) -> None:
    qtbot.waitUntil(lambda: page.save_state.text().startswith("All changes saved at")
                    and not page.has_pending_saves(), timeout=SAVE_TIMEOUT)


def error_label(page: ClientFilePage, field: str) -> QLabel:
    label = page.findChild(QLabel, f"{field}Error")
    assert label is not None
    return label


def valid_hetu(day_month_year: str, individual: str, sign: str) -> str:
    return f"{day_month_year}{sign}{individual}{hetu.check_character(day_month_year + individual)}"


def test_opening_fills_the_fields_and_is_logged_as_a_view_only(
        qtbot: Any, page: ClientFilePage, workspace: Workspace, client_id: uuid.UUID) -> None:
    ui = page.ui
    assert ui.firstNamesEdit.text() == "Aino Maria"
    assert ui.lastNameEdit.text() == "Virtanen"
    assert ui.hetuEdit.text() == "131052-308T"
    assert ui.birthDateEdit.text() == "13.10.1952" and ui.birthDateEdit.isReadOnly()
    assert ui.phoneEdit.text() == "040 123 4567"
    assert ui.municipalityCombo.currentData() == "623" and ui.municipalityCombo.currentText() == "Puumala"
    assert ui.languageCombo.currentData() == "fi"
    assert not ui.otherLanguageEdit.isVisibleTo(page)
    assert page.name_label.text() == "Aino Maria Virtanen"
    assert page.identity_label.text().startswith("131052-308T · ")
    assert [m for m, box in page.method_boxes.items() if box.isChecked()] == ["speech", "pictures"]
    assert page.notes_edit.toPlainText() == "Puhun lyhyin lausein. Kuvat auttavat."
    assert page.save_state.objectName() == "saveState" and page.save_state.text() == "All changes saved"

    qtbot.wait(600)  # longer than the debounce: filling the widgets must not have started a save
    assert not page.has_pending_saves()
    actions = [e.action for e in workspace.access_log.for_client(client_id)]
    assert actions.count("view") == 1
    assert "update" not in actions


def test_a_new_phone_number_is_saved_in_the_background_and_survives_a_lock(
        qtbot: Any, page: ClientFilePage, workspace: Workspace, profile_service: ProfileService,
        client_id: uuid.UUID) -> None:
    changed: list[object] = []
    page.client_changed.connect(changed.append)
    retype(qtbot, page.ui.phoneEdit, "050 765 4321")
    assert page.save_state.text() == "Saving…"
    assert page.has_pending_saves()
    wait_saved(qtbot, page)
    assert changed == [client_id]
    assert stored(workspace, client_id)["phone"] == "050 765 4321"

    workspace.close()
    again = profile_service.unlock(workspace.profile.profile_id, DEMO_PASSPHRASE)
    try:
        assert stored(again, client_id)["phone"] == "050 765 4321"
    finally:
        again.close()


def test_a_wrong_identity_code_stays_in_the_field_with_the_reason_until_fixed(
        qtbot: Any, profile_service: ProfileService, workspace: Workspace, client_id: uuid.UUID,
        dialogs: list[str]) -> None:
    page = open_page(qtbot, profile_service, workspace, ImmediateTaskRunner(), client_id)
    edit, label = page.ui.hetuEdit, error_label(page, "hetu")
    retype(qtbot, edit, "131052-308X")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    reason = issue_text(Issue("hetu", "hetu.checksum"))
    assert label.isVisibleTo(page) and label.text() == reason
    assert edit.text() == "131052-308X"
    assert edit.property("invalid") is True
    assert edit.accessibleDescription() == reason
    assert page.save_state.text() == "Not saved yet: the highlighted value is kept as a draft until you correct it"
    assert stored(workspace, client_id)["hetu"] == "131052-308T"

    fixed = valid_hetu("010203", "123", "A")
    retype(qtbot, edit, fixed.lower())
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not label.isVisibleTo(page)
    assert edit.property("invalid") is False
    values = stored(workspace, client_id)
    assert values["hetu"] == fixed
    assert values["birth_date"] == date(2003, 2, 1)
    assert page.ui.birthDateEdit.text() == "1.2.2003"  # derived by the save, shown without saving again
    assert page.save_state.text().startswith("All changes saved at")
    assert dialogs == []


def test_a_changed_identity_code_updates_the_derived_birth_date(
        qtbot: Any, page: ClientFilePage, workspace: Workspace, client_id: uuid.UUID) -> None:
    code = valid_hetu("240386", "456", "-")
    retype(qtbot, page.ui.hetuEdit, code)
    qtbot.keyClick(page.ui.hetuEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.ui.birthDateEdit.text() == "24.3.1986", timeout=SAVE_TIMEOUT)
    wait_saved(qtbot, page)
    assert stored(workspace, client_id)["birth_date"] == date(1986, 3, 24)
    assert page.identity_label.text().startswith(code)
    log = workspace.access_log.for_client(client_id)
    assert [e.fields for e in log if e.action == "update"] == [("birth_date", "hetu")]


def test_without_identity_code_the_birth_date_is_typed(
        qtbot: Any, page: ClientFilePage, workspace: Workspace, client_id: uuid.UUID) -> None:
    page.ui.generateTemporaryIdButton.click()
    qtbot.waitUntil(lambda: bool(stored(workspace, client_id)["temporary_id"]), timeout=SAVE_TIMEOUT)
    assert stored(workspace, client_id)["temporary_id"] == page.ui.temporaryIdEdit.text()
    assert not page.ui.generateTemporaryIdButton.isEnabled()
    page.ui.hetuEdit.clear()
    page.ui.hetuEdit.textEdited.emit("")
    page.ui.hetuEdit.editingFinished.emit()
    qtbot.waitUntil(lambda: not page.ui.birthDateEdit.isReadOnly(), timeout=SAVE_TIMEOUT)
    retype(qtbot, page.ui.birthDateEdit, "31.02.1990")
    qtbot.keyClick(page.ui.birthDateEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: error_label(page, "birth_date").isVisibleTo(page), timeout=SAVE_TIMEOUT)
    assert error_label(page, "birth_date").text() == "31.02.1990 is not a date: February has 28 days."
    retype(qtbot, page.ui.birthDateEdit, "5.4.1990")
    qtbot.keyClick(page.ui.birthDateEdit, Qt.Key.Key_Return)
    wait_saved(qtbot, page)
    assert stored(workspace, client_id)["birth_date"] == date(1990, 4, 5)
    assert parse_date("05.04.1990") == date(1990, 4, 5)


def test_rapid_typing_coalesces_into_few_saves(
        qtbot: Any, page: ClientFilePage, workspace: Workspace, client_id: uuid.UUID,
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, Any]] = []
    original = workspace.clients.update_client_field

    def counting(cid: uuid.UUID, field: str, raw: Any) -> Any:
        calls.append((field, raw))
        return original(cid, field, raw)

    monkeypatch.setattr(workspace.clients, "update_client_field", counting)
    retype(qtbot, page.ui.streetAddressEdit, "Porrassalmenkatu 12 B 4")
    wait_saved(qtbot, page)
    assert 1 <= len(calls) <= 2
    assert calls[-1] == ("street_address", "Porrassalmenkatu 12 B 4")
    assert stored(workspace, client_id)["street_address"] == "Porrassalmenkatu 12 B 4"


def test_flush_saves_a_waiting_edit_immediately(
        qtbot: Any, page: ClientFilePage, workspace: Workspace, client_id: uuid.UUID,
        runner: TaskRunner) -> None:
    retype(qtbot, page.ui.ownWorkerEdit, "Liisa Ohjaaja")
    assert page.has_pending_saves()
    page.flush()
    runner.wait_idle()  # what the app does before it locks
    assert stored(workspace, client_id)["own_worker"] == "Liisa Ohjaaja"
    wait_saved(qtbot, page)


def test_a_failed_save_shows_the_reason_keeps_the_text_and_retries(
        qtbot: Any, page: ClientFilePage, workspace: Workspace, client_id: uuid.UUID,
        monkeypatch: pytest.MonkeyPatch, dialogs: list[str]) -> None:
    original = workspace.clients.update_client_field

    def disk_full(*_args: Any) -> Any:
        raise DiskFullError()

    monkeypatch.setattr(workspace.clients, "update_client_field", disk_full)
    retype(qtbot, page.ui.phoneEdit, "050 1")
    qtbot.keyClick(page.ui.phoneEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.save_state.text().startswith("Not saved:"), timeout=SAVE_TIMEOUT)
    assert page.save_state.text() == "Not saved: {}".format(message("disk.full"))
    assert page.ui.phoneEdit.text() == "050 1"
    assert dialogs == []  # the header says it; no dialog per keystroke
    dialogs.clear()

    monkeypatch.setattr(workspace.clients, "update_client_field", original)
    qtbot.keyClicks(page.ui.phoneEdit, "23 456")
    wait_saved(qtbot, page)
    assert stored(workspace, client_id)["phone"] == "050 123 456"


def test_choices_save_at_once(qtbot: Any, page: ClientFilePage, workspace: Workspace,
                              client_id: uuid.UUID) -> None:
    ui = page.ui
    other = ui.languageCombo.findData("other")
    ui.languageCombo.setCurrentIndex(other)
    ui.languageCombo.activated.emit(other)  # what a user's pick emits
    assert ui.otherLanguageEdit.isVisibleTo(page)
    retype(qtbot, ui.otherLanguageEdit, "viro")
    closed = ui.statusCombo.findData("paused")
    ui.statusCombo.setCurrentIndex(closed)
    ui.statusCombo.activated.emit(closed)
    wait_saved(qtbot, page)
    values = stored(workspace, client_id)
    assert (values["language"], values["other_language"], values["status"]) == ("other", "viro", "paused")


def test_communication_methods_and_notes_save(qtbot: Any, page: ClientFilePage, workspace: Workspace,
                                              client_id: uuid.UUID) -> None:
    page.tabs.setCurrentIndex(2)
    page.method_boxes["key_word_signs"].click()
    page.method_boxes["speech"].click()
    page.notes_edit.setFocus()
    page.notes_edit.moveCursor(page.notes_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.notes_edit, " Odota vastausta.")
    wait_saved(qtbot, page)
    values = stored(workspace, client_id)
    assert values["communication_methods"] == ["pictures", "key_word_signs"]
    assert values["communication_notes"] == "Puhun lyhyin lausein. Kuvat auttavat. Odota vastausta."


def test_close_persons_are_added_edited_and_removed(
        qtbot: Any, page: ClientFilePage, workspace: Workspace, client_id: uuid.UUID,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page.tabs.setCurrentIndex(1)
    page.add_person_button.click()
    dialog = page.findChild(AddClosePersonDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.edits["name"].setText("Matti Virtanen")
    dialog.edits["relation"].setText("veli")
    dialog.edits["phone"].setText("050 12x")
    dialog.role_boxes["supporter"].setChecked(True)
    dialog.add_button.click()
    phone_error = dialog.findChild(QLabel, "person_phoneError")
    qtbot.waitUntil(lambda: phone_error.isVisibleTo(dialog), timeout=SAVE_TIMEOUT)
    assert phone_error.text() == message("phone.format")
    assert dialog.edits["phone"].text() == "050 12x"
    dialog.edits["phone"].setText("050 123 4567")
    with qtbot.waitSignal(dialog.accepted, timeout=SAVE_TIMEOUT):
        dialog.add_button.click()
    model = page.persons_view.model()
    assert model.rowCount() == 1
    assert model.index(0, 3).data() == "Chosen supporter in decision-making"

    # In-place edits: a rejected phone stays in the cell with the reason; a good one is saved.
    assert model.setData(model.index(0, 2), "abc")
    qtbot.waitUntil(lambda: not page.persons_error.isHidden(), timeout=SAVE_TIMEOUT)
    assert model.index(0, 2).data() == "abc"
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == message("phone.format")
    assert page.save_state.text() == "Not saved yet: the highlighted value is kept as a draft until you correct it"
    assert model.setData(model.index(0, 2), "050 111 2222")
    assert model.setData(model.index(0, 1), "isoveli")
    page.persons_view.selectRow(0)
    page.findChild(QCheckBox, "role_guardian").click()
    wait_saved(qtbot, page)
    assert not page.persons_error.isVisibleTo(page)
    person = workspace.clients.open_client(client_id).close_persons[0]
    assert (person.name, person.relation, person.phone, person.roles) == (
        "Matti Virtanen", "isoveli", "050 111 2222", ("guardian", "supporter"))

    monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: True)
    page.remove_person_button.click()
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=SAVE_TIMEOUT)
    assert workspace.clients.open_client(client_id).close_persons == ()


def test_the_access_log_tab_lists_views_and_changes(qtbot: Any, page: ClientFilePage) -> None:
    retype(qtbot, page.ui.phoneEdit, "050 765 4321")
    qtbot.keyClick(page.ui.phoneEdit, Qt.Key.Key_Return)
    wait_saved(qtbot, page)
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.log_view.parentWidget()))
    model = page.log_view.model()

    def rows() -> list[tuple[str, str, str, str, str]]:  # who, purpose, action, record, details
        return [tuple(model.index(r, c).data() for c in (1, 2, 3, 4, 5)) for r in range(model.rowCount())]

    changed = ("Testi Ohjaaja", "Client work", "Changed", "Client file", "Phone")
    qtbot.waitUntil(lambda: changed in rows(), timeout=SAVE_TIMEOUT)
    assert ("Testi Ohjaaja", "Client work", "Viewed", "Client file", "") in rows()
    assert next(row for row in rows() if row[3] == "Client file")[2] == "Changed"  # newest first


def test_the_access_log_tab_lists_the_disclosures(qtbot: Any, page: ClientFilePage, workspace: Workspace,
                                                   client_id: uuid.UUID) -> None:
    plan = workspace.plans.start_draft(client_id)
    workspace.disclosures.record("client_plan", plan.id, "ASU-12345678-1", {
        "recipient": "Kela, Mikkelin toimisto", "basis": "consent", "basis_detail": "Asiakkaan suullinen suostumus",
        "purpose": "Etuushakemuksen liite", "disclosed_on": date.today()})
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.log_view.parentWidget()))
    model = page.disclosures_model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=SAVE_TIMEOUT)
    row = [model.index(0, column).data() for column in range(model.columnCount())]
    assert row[1] == "Client plan (official) – Client plan, version 1 (ASU-12345678-1)"
    assert row[2] == "Kela, Mikkelin toimisto"
    assert row[3] == "Consent: Asiakkaan suullinen suostumus" and row[4] == "Etuushakemuksen liite"


def test_clear_empties_every_widget(qtbot: Any, page: ClientFilePage) -> None:
    page.clear()
    ui = page.ui
    for edit in page.findChildren(QLineEdit):
        assert edit.text() == "", edit.objectName()
    assert ui.municipalityCombo.currentIndex() == -1
    assert not any(box.isChecked() for box in page.findChildren(QCheckBox))
    assert page.notes_edit.toPlainText() == ""
    assert page.persons_view.model().rowCount() == 0
    assert page.log_view.model().rowCount() == 0
    assert page.name_label.text() == page.identity_label.text() == ""
    assert not page.tabs.isEnabled()
    assert page.client_id is None
    qtbot.wait(600)
    assert not page.has_pending_saves()


def test_back_sends_pending_edits_first(qtbot: Any, page: ClientFilePage, workspace: Workspace,
                                        client_id: uuid.UUID, runner: TaskRunner) -> None:
    retype(qtbot, page.ui.postOfficeEdit, "Puumala")
    with qtbot.waitSignal(page.back_requested):
        page.findChild(type(page.add_person_button), "backButton").click()
    runner.wait_idle()
    assert stored(workspace, client_id)["post_office"] == "Puumala"


def test_keyboard_back_and_deleting_a_client(
        qtbot: Any, page: ClientFilePage, workspace: Workspace, client_id: uuid.UUID,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page.activateWindow()
    page.ui.phoneEdit.setFocus()
    qtbot.waitUntil(page.ui.phoneEdit.hasFocus)
    with qtbot.waitSignal(page.back_requested):
        qtbot.keyClick(page.ui.phoneEdit, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)

    questions: list[str] = []

    def confirm(parent: Any, title: str, text: str, *, yes: str, no: str) -> bool:
        questions.append(text)
        return len(questions) > 1  # keep the first time, delete the second

    monkeypatch.setattr(prompts, "confirm", confirm)
    page.ui.deleteClientButton.click()
    assert page.client_id == client_id
    with qtbot.waitSignal(page.client_deleted, timeout=SAVE_TIMEOUT) as deleted:
        page.ui.deleteClientButton.click()
    assert deleted.args == [client_id]
    assert "Aino Maria Virtanen" in questions[0]
    assert page.client_id is None and page.name_label.text() == ""
    assert workspace.clients.caseload() == []


def test_municipalities_are_named_in_the_ui_language(qtbot: Any, profile_service: ProfileService) -> None:
    page = ClientFilePage(AppContext(profile_service, ImmediateTaskRunner(), ui_language="sv"))
    qtbot.addWidget(page)
    combo = page.ui.municipalityCombo
    assert combo.itemText(combo.findData("491")) == "S:t Michel"
    assert combo.findData("588") == -1  # merged into Mäntyharju: not offered for new choices


def test_models_pass_the_model_tester(qtmodeltester: Any, workspace: Workspace, client_id: uuid.UUID) -> None:
    persons = ClosePersonsModel()
    persons.set_persons([ClosePersonView(uuid.uuid4(), "Matti Virtanen", "veli", "050 1234567",
                                         ("guardian",), "")])
    qtmodeltester.check(persons)
    log = AccessLogModel()
    log.set_log(workspace.access_log.for_display(client_id), "en")
    qtmodeltester.check(log)


def test_a_refused_value_is_kept_as_a_draft_when_the_file_is_left_and_shown_again(
        qtbot: Any, profile_service: ProfileService, workspace: Workspace, runner: TaskRunner,
        client_id: uuid.UUID, dialogs: list[str]) -> None:
    """Issue 11: an invalid identity code typed, the caseload opened, the file reopened: the
    text was gone. It comes back as typed, with its message, until it is corrected."""
    page = open_page(qtbot, profile_service, workspace, runner, client_id)
    edit = page.ui.hetuEdit
    retype(qtbot, edit, "131052-308X")
    page.flush()  # leaving the page sends what waits for its debounce
    qtbot.waitUntil(lambda: error_label(page, "hetu").isVisibleTo(page), timeout=SAVE_TIMEOUT)
    assert workspace.drafts.for_record("client", str(client_id)) == {"hetu": "131052-308X"}
    assert stored(workspace, client_id)["hetu"] == "131052-308T"  # the record keeps its valid value
    page.clear()
    page.open_client(workspace.clients.create_client({"first_names": "Toinen", "last_name": "Asiakas",
                                                      "hetu": valid_hetu("240386", "456", "-"),
                                                      "municipality_code": "491"}))
    qtbot.waitUntil(lambda: page.name_label.text() == "Toinen Asiakas", timeout=SAVE_TIMEOUT)
    qtbot.waitUntil(lambda: not runner.busy, timeout=SAVE_TIMEOUT)
    assert edit.text() == "240386-456T" and not error_label(page, "hetu").isVisibleTo(page)  # no draft of another

    with qtbot.waitSignal(page.client_opened, timeout=SAVE_TIMEOUT):
        page.open_client(client_id)
    label = error_label(page, "hetu")
    qtbot.waitUntil(lambda: label.isVisibleTo(page), timeout=SAVE_TIMEOUT)
    assert edit.text() == "131052-308X"
    assert label.text() == issue_text(Issue("hetu", "hetu.checksum"))
    assert edit.property("invalid") is True

    fixed = valid_hetu("010203", "123", "A")
    retype(qtbot, edit, fixed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    wait_saved(qtbot, page)
    qtbot.waitUntil(lambda: not runner.busy, timeout=SAVE_TIMEOUT)
    assert stored(workspace, client_id)["hetu"] == fixed
    assert workspace.drafts.for_record("client", str(client_id)) == {}
    assert dialogs == []


def test_a_refused_value_typed_just_before_locking_is_kept(
        qtbot: Any, profile_service: ProfileService, workspace: Workspace, runner: TaskRunner,
        client_id: uuid.UUID, dialogs: list[str]) -> None:
    """The lock closes the store right after the pending saves; the draft is kept in the same task."""
    page = open_page(qtbot, profile_service, workspace, runner, client_id)
    retype(qtbot, page.ui.phoneEdit, "040 12x 99")
    page.flush()
    page.clear()
    runner.run(workspace.close)  # what locking queues behind the saves
    qtbot.waitUntil(lambda: not runner.busy, timeout=SAVE_TIMEOUT)
    again = profile_service.unlock(workspace.profile.profile_id, DEMO_PASSPHRASE)
    try:
        assert again.drafts.for_record("client", str(client_id)) == {"phone": "040 12x 99"}
    finally:
        again.close()


def test_a_close_persons_refused_value_comes_back_into_its_cell(
        qtbot: Any, profile_service: ProfileService, workspace: Workspace, runner: TaskRunner,
        client_id: uuid.UUID, dialogs: list[str]) -> None:
    person = workspace.clients.add_close_person(client_id, {"name": "Kalle Virtanen", "relation": "veli",
                                                            "phone": "040 111 2222"})
    page = open_page(qtbot, profile_service, workspace, runner, client_id)
    model = page.persons_view.model()
    row = model.row_of(person.id)
    model.edit(row, "phone", "puhelin?")
    qtbot.waitUntil(lambda: not page.persons_error.isHidden(), timeout=SAVE_TIMEOUT)
    page.clear()
    with qtbot.waitSignal(page.client_opened, timeout=SAVE_TIMEOUT):
        page.open_client(client_id)
    qtbot.waitUntil(lambda: not page.persons_error.isHidden(), timeout=SAVE_TIMEOUT)
    assert model.value(model.row_of(person.id), "phone") == "puhelin?"
    assert "Kalle Virtanen" in page.persons_error.text()
    assert workspace.clients.open_client(client_id).close_persons[0].phone == "040 111 2222"
