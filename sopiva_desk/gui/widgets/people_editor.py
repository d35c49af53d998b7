"""An in-place list of people: rows of name and relation (and, for absent persons, the reason).

Used for who took part in a visit and who was absent. The editor never talks to the store:
it emits the rows on every edit, and the page autosaves them as one field. A rejected list
stays as typed; ``show_issues`` puts the reason under the rows and highlights the rows the
domain rules reject, so the counsellor sees which one to fix.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from sopiva_desk.domain.clients import FieldInvalid
from sopiva_desk.domain.issues import Issue
from sopiva_desk.domain.visits import PEOPLE_MAX, clean_people
from sopiva_desk.gui.messages import issue_text
from sopiva_desk.gui.widgets.autosave import ERROR_COLOR, INVALID_PROPERTY

_INVALID_STYLE = f'*[{INVALID_PROPERTY}="true"] {{ border: 2px solid {ERROR_COLOR}; border-radius: 3px; }}'
RELATION_MAX = 80  # the domain's limits, for choosing which cell of a rejected row to highlight


class _Row:
    """The widgets of one person."""

    def __init__(self, editor: PeopleEditor) -> None:
        self.edits: dict[str, QLineEdit] = {}
        for column in editor.columns:
            edit = QLineEdit(editor, objectName=f"{editor.objectName()}_{column}Edit")
            edit.setStyleSheet(_INVALID_STYLE)
            edit.setPlaceholderText(editor.placeholders.get(column, ""))
            self.edits[column] = edit
        self.remove_button = QPushButton(editor.remove_text, editor,
                                         objectName=f"{editor.objectName()}_removeButton")
        self.remove_button.setAutoDefault(False)

    def widgets(self) -> list[QWidget]:
        return [*self.edits.values(), self.remove_button]

    def value(self) -> dict[str, str]:
        return {column: edit.text() for column, edit in self.edits.items()}

    def is_empty(self) -> bool:
        return not any(edit.text().strip() for edit in self.edits.values())


class PeopleEditor(QWidget):
    """Rows of people, each with name and relation (and reason, with ``with_reason=True``).

    Tab moves through the row's fields and its Remove button, then the next row; the Add
    button comes after the last row and puts the cursor in the new row's name.

    Signals:
        edited(list): every row as ``{"name", "relation"[, "reason"]}`` after a change by the user.
        editing_finished(): the user left a field or pressed Return: a good moment to save now.
    """

    edited = Signal(list)
    editing_finished = Signal()

    def __init__(self, title: str, add_text: str, *, field: str, with_reason: bool = False,
                 empty_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{field}Editor")
        self.field = field
        self.title = title
        self.with_reason = with_reason
        self.columns = ("name", "relation", "reason") if with_reason else ("name", "relation")
        self.placeholders = {
            "name": self.tr("First and last name"),
            "relation": self.tr("e.g. mother, support person"),
            "reason": self.tr("e.g. at work, ill"),
        }
        self.remove_text = self.tr("Remove")
        self._rows: list[_Row] = []
        self.setAccessibleName(title)

        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(6)
        captions = {"name": self.tr("Name"), "relation": self.tr("Relation"), "reason": self.tr("Why absent")}
        self._headers: list[QLabel] = []
        for column_no, column in enumerate(self.columns):
            header = QLabel(captions[column], self, objectName=f"{field}_{column}Header")
            header.setStyleSheet("color: #444a50;")  # 8.9:1 on the window colour
            self._grid.addWidget(header, 0, column_no)
            self._headers.append(header)
        stretches = (4, 3, 4) if with_reason else (3, 2)
        for column_no, stretch in enumerate(stretches):
            self._grid.setColumnStretch(column_no, stretch)

        self.empty_label = QLabel(empty_text or self.tr("No one recorded yet."), self,
                                  objectName=f"{field}EmptyHint")
        self.empty_label.setStyleSheet("color: #555b61;")  # 6.6:1 on the window colour
        self.error_label = QLabel(self, objectName=f"{field}Error", wordWrap=True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error_label.hide()
        self.add_button = QPushButton(add_text, self, objectName=f"{field}AddButton")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._on_add_button_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self._grid)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._relayout()

    # -- values ----------------------------------------------------------------------------

    def values(self) -> list[dict[str, str]]:
        """Every row as typed, empty rows included (the service drops them)."""
        return [row.value() for row in self._rows]

    def set_values(self, people: Iterable[Mapping[str, Any]] | None) -> None:
        """Show stored people (replacing every row) without emitting ``edited``."""
        for row in self._rows:
            self._dispose(row)
        self._rows = []
        for person in people or ():
            row = self._new_row()
            for column, edit in row.edits.items():
                edit.setText(str(person.get(column, "") or ""))
        self.show_issues([])
        self._relayout()

    def row_count(self) -> int:
        return len(self._rows)

    def edit(self, row: int, column: str) -> QLineEdit:
        return self._rows[row].edits[column]

    def remove_button(self, row: int) -> QPushButton:
        return self._rows[row].remove_button

    # -- rows ------------------------------------------------------------------------------

    def add_row(self) -> QLineEdit:
        """Add an empty row at the end and return its name field (nothing to save yet)."""
        row = self._new_row()
        self._relayout()
        return row.edits["name"]

    def remove_row(self, row_no: int) -> None:
        """Remove a row; the rows left are emitted for saving."""
        row = self._rows.pop(row_no)
        had_text = not row.is_empty()
        self._dispose(row)
        self._relayout()
        if row_no < len(self._rows):
            self._rows[row_no].edits["name"].setFocus()
        else:
            self.add_button.setFocus()
        if had_text:
            self.edited.emit(self.values())
            self.editing_finished.emit()

    def _new_row(self) -> _Row:
        row = _Row(self)
        for edit in row.edits.values():
            edit.textEdited.connect(self._on_edit_text_edited)
            edit.editingFinished.connect(self.editing_finished)
        row.remove_button.clicked.connect(lambda: self.remove_row(self._rows.index(row)))
        self._rows.append(row)
        return row

    def _dispose(self, row: _Row) -> None:
        for widget in row.widgets():
            self._grid.removeWidget(widget)
            widget.hide()
            widget.setParent(None)  # out of the focus chain at once
            widget.deleteLater()

    def _relayout(self) -> None:
        """Put the rows in the grid, name them for screen readers and chain the tab order."""
        for row in self._rows:
            for widget in row.widgets():
                self._grid.removeWidget(widget)
        captions = {"name": self.tr("name"), "relation": self.tr("relation"), "reason": self.tr("why absent")}
        for number, row in enumerate(self._rows, start=1):
            for column_no, (column, edit) in enumerate(row.edits.items()):
                self._grid.addWidget(edit, number, column_no)
                edit.setAccessibleName(self.tr("{title}, person {number}: {column}").format(
                    title=self.title, number=number, column=captions[column]))
            self._grid.addWidget(row.remove_button, number, len(self.columns))
        self._name_remove_buttons()
        for header in self._headers:
            header.setVisible(bool(self._rows))
        self.empty_label.setVisible(not self._rows)
        self.add_button.setEnabled(len(self._rows) < PEOPLE_MAX)
        chain = [w for row in self._rows for w in row.widgets()]
        if chain:
            # The Add button first takes the rows' place in the window's focus chain, then moves
            # behind them: new rows (created last) come before it, wherever the editor sits.
            QWidget.setTabOrder(self.add_button, chain[0])
            for first, second in zip(chain, chain[1:], strict=False):
                QWidget.setTabOrder(first, second)
            QWidget.setTabOrder(chain[-1], self.add_button)

    def _name_remove_buttons(self) -> None:
        for number, row in enumerate(self._rows, start=1):
            name = row.edits["name"].text().strip()
            text = (self.tr("Remove {name}").format(name=name) if name
                    else self.tr("Remove person {number}").format(number=number))
            row.remove_button.setAccessibleName(text)
            row.remove_button.setToolTip(text)

    # -- problems --------------------------------------------------------------------------

    def show_issues(self, issues: list[Issue]) -> None:
        """Highlight the rows the rules reject, with the reason as their description.

        The message itself is shown in ``error_label`` (by the page's ``AutosaveController``
        when it is bound as the field's error label).
        """
        reason = "\n".join(issue_text(i) for i in issues)
        for row in self._rows:
            bad_column = self._bad_column(row) if issues else None
            for column, edit in row.edits.items():
                invalid = column == bad_column
                if bool(edit.property(INVALID_PROPERTY)) != invalid:
                    edit.setProperty(INVALID_PROPERTY, invalid)
                    edit.style().unpolish(edit)
                    edit.style().polish(edit)
                edit.setAccessibleDescription(reason if invalid else "")

    def _bad_column(self, row: _Row) -> str | None:
        try:
            clean_people(self.field, [row.value()], with_reason=self.with_reason)
        except FieldInvalid as err:
            if err.issue.key == "field.too_long":
                value = row.value()
                return "relation" if len(value["relation"].strip()) > RELATION_MAX else "reason"
            return "name"
        return None

    # -- slots -----------------------------------------------------------------------------

    def _on_edit_text_edited(self, _text: str) -> None:
        self._name_remove_buttons()
        self.edited.emit(self.values())

    def _on_add_button_clicked(self) -> None:
        self.add_row().setFocus(Qt.FocusReason.TabFocusReason)
