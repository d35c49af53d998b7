"""The "New client" dialog against a real encrypted store."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QWidget

from sopiva_desk.domain import hetu
from sopiva_desk.domain.issues import Issue
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.new_client import NewClientDialog
from sopiva_desk.gui.formatting import parse_date
from sopiva_desk.gui.messages import issue_text
from sopiva_desk.gui.tasks import ImmediateTaskRunner
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def dialog(qtbot: Any, profile_service: ProfileService, workspace: Workspace,
           dialogs: list[str]) -> Iterator[NewClientDialog]:
    context = AppContext(profile_service, ImmediateTaskRunner())
    context.set_workspace(workspace)
    dialog = NewClientDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    assert dialogs == []  # problems go next to the fields, never into a message box


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type like a user; QTest maps only ASCII to keys, so ä, ö, å go as key events with text."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def error(dialog: NewClientDialog, field: str) -> QLabel:
    label = dialog.findChild(QLabel, f"{field}Error")
    assert label is not None
    return label


def fill(qtbot: Any, dialog: NewClientDialog, *, first: str = "Väinö", last: str = "Kärkkäinen",
         code: str = "", municipality: str | None = "491") -> None:
    type_text(qtbot, dialog.ui.firstNamesEdit, first)
    type_text(qtbot, dialog.ui.lastNameEdit, last)
    type_text(qtbot, dialog.ui.hetuEdit, code)
    if municipality is not None:
        dialog.ui.municipalityCombo.setCurrentIndex(dialog.ui.municipalityCombo.findData(municipality))


def add(qtbot: Any, dialog: NewClientDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_invalid_identity_code_is_shown_next_to_the_field_and_kept(qtbot: Any,
                                                                    dialog: NewClientDialog) -> None:
    fill(qtbot, dialog, code="131052-308X")  # wrong check character
    add(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.created_client_id is None
    assert error(dialog, "hetu").isVisible()
    assert error(dialog, "hetu").text() == issue_text(Issue("hetu", "hetu.checksum"))
    assert dialog.ui.hetuEdit.text() == "131052-308X"  # nothing typed is lost
    assert dialog.ui.firstNamesEdit.text() == "Väinö" and dialog.ui.lastNameEdit.text() == "Kärkkäinen"
    assert dialog.ui.hetuEdit.property("invalid") is True
    assert dialog.ui.hetuEdit.accessibleDescription() == error(dialog, "hetu").text()
    assert not error(dialog, "first_names").isVisible()


def test_identity_code_is_checked_while_typing(qtbot: Any, dialog: NewClientDialog) -> None:
    type_text(qtbot, dialog.ui.hetuEdit, "1310")
    assert not error(dialog, "hetu").isVisible()  # unfinished is not wrong yet
    assert not dialog.ui.formLayout.isRowVisible(dialog.ui.birthDateBox)  # the code will give it
    dialog.ui.hetuEdit.editingFinished.emit()  # leaving the field with a half code
    assert error(dialog, "hetu").text() == issue_text(Issue("hetu", "hetu.length"))
    type_text(qtbot, dialog.ui.hetuEdit, "52-308")
    assert not error(dialog, "hetu").isVisible()
    type_text(qtbot, dialog.ui.hetuEdit, "X")
    assert error(dialog, "hetu").text() == issue_text(Issue("hetu", "hetu.checksum"))
    qtbot.keyClick(dialog.ui.hetuEdit, Qt.Key.Key_Backspace)
    type_text(qtbot, dialog.ui.hetuEdit, "t")  # lower case is fine
    assert not error(dialog, "hetu").isVisible()
    assert dialog.ui.hetuInfo.isVisible()
    assert "13.10.1952" in dialog.ui.hetuInfo.text()
    dialog.ui.hetuEdit.clear()
    assert not dialog.ui.hetuInfo.isVisible()
    assert dialog.ui.formLayout.isRowVisible(dialog.ui.birthDateBox)


def test_duplicate_identity_code_is_shown_next_to_the_field(qtbot: Any, dialog: NewClientDialog,
                                                            workspace: Workspace,
                                                            client_values: dict[str, object]) -> None:
    workspace.clients.create_client(client_values)  # Aino Virtanen, 131052-308T
    fill(qtbot, dialog, first="Aino", last="Virtanen", code="131052-308T")
    add(qtbot, dialog)
    assert dialog.isVisible()
    assert error(dialog, "hetu").text() == issue_text(Issue("hetu", "hetu.duplicate"))
    assert dialog.ui.hetuEdit.text() == "131052-308T"


def test_every_problem_is_shown_at_once_and_the_first_field_gets_the_focus(
        qtbot: Any, dialog: NewClientDialog) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    type_text(qtbot, dialog.ui.lastNameEdit, "Öhman")
    type_text(qtbot, dialog.ui.phoneEdit, "soita iltaisin")
    add(qtbot, dialog)
    assert error(dialog, "first_names").text() == issue_text(Issue("first_names", "field.required"))
    assert error(dialog, "municipality_code").text() == issue_text(Issue("municipality_code", "field.choice"))
    assert error(dialog, "phone").text() == issue_text(Issue("phone", "phone.format"))
    assert not error(dialog, "last_name").isVisible()
    qtbot.waitUntil(dialog.ui.firstNamesEdit.hasFocus)
    assert dialog.ui.phoneEdit.text() == "soita iltaisin"
    type_text(qtbot, dialog.ui.phoneEdit, "x")  # editing a field drops its stale message
    assert not error(dialog, "phone").isVisible()


def test_identity_is_required_and_generate_makes_a_temporary_identifier(
        qtbot: Any, dialog: NewClientDialog, workspace: Workspace) -> None:
    fill(qtbot, dialog, first="Åsa", last="Sjöberg")
    type_text(qtbot, dialog.ui.birthDateEdit, "17.5.1990")
    add(qtbot, dialog)
    assert error(dialog, "hetu").text() == issue_text(Issue("hetu", "client.identity_missing"))
    qtbot.mouseClick(dialog.ui.generateButton, Qt.MouseButton.LeftButton)
    assert re.fullmatch(r"TMP-[0-9A-Z]{4}-[0-9A-Z]{4}", dialog.ui.temporaryIdEdit.text())
    assert not error(dialog, "hetu").isVisible()
    with qtbot.waitSignal(dialog.accepted):
        add(qtbot, dialog)
    assert isinstance(dialog.created_client_id, uuid.UUID)
    stored = workspace.clients.open_client(dialog.created_client_id).values
    assert stored["temporary_id"] == dialog.ui.temporaryIdEdit.text()
    assert stored["hetu"] is None
    assert stored["birth_date"] == date(1990, 5, 17)


def test_a_badly_written_birth_date_is_shown_next_to_the_field(qtbot: Any, dialog: NewClientDialog) -> None:
    fill(qtbot, dialog)
    qtbot.mouseClick(dialog.ui.generateButton, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.ui.birthDateEdit, "31.2.1990")
    add(qtbot, dialog)
    assert error(dialog, "birth_date").text() == "31.2.1990 is not a date: February has 28 days."
    assert dialog.ui.birthDateEdit.text() == "31.2.1990"


def test_success_creates_the_client_with_what_was_typed(qtbot: Any, dialog: NewClientDialog,
                                                       workspace: Workspace) -> None:
    code = hetu.make(date(2001, 11, 30), 35)
    fill(qtbot, dialog, first="Eino Ilmari", last="Öhman", code=code.lower(), municipality="905")
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("other"))
    assert dialog.ui.formLayout.isRowVisible(dialog.ui.otherLanguageBox)
    type_text(qtbot, dialog.ui.otherLanguageEdit, "arabia")
    type_text(qtbot, dialog.ui.phoneEdit, "040 765 4321")
    announced: list[uuid.UUID] = []
    dialog.client_created.connect(announced.append)
    with qtbot.waitSignal(dialog.accepted):
        add(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    client_id = dialog.created_client_id
    assert isinstance(client_id, uuid.UUID)
    assert announced == [client_id]
    values = workspace.clients.open_client(client_id).values
    assert (values["first_names"], values["last_name"], values["hetu"]) == ("Eino Ilmari", "Öhman", code)
    assert values["birth_date"] == date(2001, 11, 30)
    assert (values["language"], values["other_language"]) == ("other", "arabia")
    assert (values["municipality_code"], values["phone"], values["status"]) == ("905", "040 765 4321", "new")


def test_lists_and_labels(dialog: NewClientDialog) -> None:
    combo = dialog.ui.municipalityCombo
    assert combo.currentIndex() == -1 and combo.placeholderText() == "Choose the municipality"
    places = [combo.itemText(i) for i in range(combo.count())]
    assert "Pertunmaa" not in places and places.index("Mäntyharju") < places.index("Pieksämäki")
    assert [dialog.ui.languageCombo.itemData(i) for i in range(dialog.ui.languageCombo.count())] == [
        "fi", "sv", "other"]
    assert dialog.ui.languageCombo.currentData() == "fi"
    assert not dialog.ui.formLayout.isRowVisible(dialog.ui.otherLanguageBox)
    assert dialog.ui.firstNamesLabel.buddy() is dialog.ui.firstNamesEdit
    assert dialog.windowTitle() == "New client"


def test_parse_date() -> None:
    assert parse_date("8.3.1975") == date(1975, 3, 8)
    assert parse_date(" 08.03.1975 ") == date(1975, 3, 8)
    assert parse_date("31.2.1990") == "31.2.1990"  # left for the rules to reject
    assert parse_date("") is None
