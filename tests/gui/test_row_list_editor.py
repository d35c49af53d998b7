"""The generic row editor: text, choice and check cells, read-only rows, issues marked on a cell."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from sopiva_desk.domain.issues import Issue
from sopiva_desk.gui.widgets.autosave import INVALID_PROPERTY
from sopiva_desk.gui.widgets.row_list_editor import Column, RowListEditor

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

COLUMNS = [
    Column("name", "Name"),
    Column("role", "Role", kind="choice", choices=(("supporter", "Supporter"), ("interpreter", "Interpreter"))),
    Column("chosen_by_client", "Chosen by the client", kind="check"),
]


def make(qtbot: Any) -> RowListEditor:
    editor = RowListEditor(COLUMNS, field="participants", title="Participants", add_text="Add participant",
                           row_name="participant {number}", max_rows=2)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def test_every_kind_of_cell_is_emitted_as_a_value(qtbot: Any) -> None:
    editor = make(qtbot)
    assert editor.empty_label.isVisibleTo(editor)
    editor.add_button.click()
    name = editor.cell(0, "name")
    assert isinstance(name, QLineEdit)
    qtbot.waitUntil(name.hasFocus)  # the cursor goes to the new row
    with qtbot.waitSignal(editor.edited):
        qtbot.keyClicks(name, "Aino")
    assert editor.values() == [{"name": "Aino", "role": "", "chosen_by_client": False}]
    role = editor.cell(0, "role")
    assert isinstance(role, QComboBox)
    with qtbot.waitSignals([editor.edited, editor.editing_finished]):
        role.setCurrentIndex(1)
        role.activated.emit(1)
    check = editor.cell(0, "chosen_by_client")
    assert isinstance(check, QCheckBox)
    with qtbot.waitSignal(editor.edited) as checked:
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert checked.args[0] == [{"name": "Aino", "role": "supporter", "chosen_by_client": True}]
    assert name.accessibleName() == "Participants, participant 1: Name"
    assert editor.remove_button(0).accessibleName() == "Remove participant 1"


def test_stored_rows_show_and_the_limit_disables_add(qtbot: Any) -> None:
    editor = make(qtbot)
    rows = [{"name": "Aino", "role": "interpreter", "chosen_by_client": False},
            {"name": "Pekka", "role": "supporter", "chosen_by_client": True}]
    editor.set_values(rows)
    assert editor.values() == rows
    assert not editor.add_button.isEnabled()  # max_rows = 2
    with qtbot.waitSignal(editor.edited) as removed:
        editor.remove_row(0)
    assert removed.args[0] == rows[1:]


def test_read_only_rows_cannot_change(qtbot: Any) -> None:
    editor = make(qtbot)
    editor.set_values([{"name": "Aino", "role": "supporter", "chosen_by_client": True}])
    editor.set_read_only(True)
    assert editor.cell(0, "name").isReadOnly()  # type: ignore[attr-defined]
    assert not editor.cell(0, "role").isEnabled() and not editor.cell(0, "chosen_by_client").isEnabled()
    assert not editor.add_button.isVisibleTo(editor) and not editor.remove_button(0).isVisibleTo(editor)
    editor.set_read_only(False)
    assert editor.add_button.isVisibleTo(editor) and editor.cell(0, "role").isEnabled()


def test_an_issue_marks_the_cell_it_names(qtbot: Any) -> None:
    editor = make(qtbot)
    editor.set_values([{"name": "Aino"}, {"name": ""}])
    editor.show_issues([Issue("participants", "field.required", {"row": 1, "column": "name"})])
    assert editor.cell(1, "name").property(INVALID_PROPERTY)
    assert not editor.cell(0, "name").property(INVALID_PROPERTY)
    assert editor.cell(1, "name").accessibleDescription() == "This field is required."
    editor.show_issues([])
    assert not editor.cell(1, "name").property(INVALID_PROPERTY)
