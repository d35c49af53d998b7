"""An in-place list of rows (people, questions and answers, differing views …) edited as one field.

The editor never talks to the store: it emits every row on each edit and the page autosaves
the list as one value. A rejected list stays as typed; ``show_issues`` highlights the cell
the rules reject (``bad_column``) and describes the reason for screen readers, while the
page's ``AutosaveController`` shows the message in ``error_label``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.issues import Issue
from sopiva_desk.gui.messages import issue_text
from sopiva_desk.gui.widgets.autosave import ERROR_COLOR, INVALID_PROPERTY
from sopiva_desk.gui.widgets.locking import lock_editor

_INVALID_STYLE = f'*[{INVALID_PROPERTY}="true"] {{ border: 2px solid {ERROR_COLOR}; border-radius: 3px; }}'
HEADER_COLOR = "#444a50"  # 8.9:1 on the window colour
HINT_COLOR = "#555b61"  # 6.6:1 on the window colour


@dataclass(frozen=True)
class Choice:
    """A ready row to add, e.g. a close person with their relation: ``label`` in the menu, ``row``
    the values (``row["name"]`` tells whether the person is listed already)."""

    label: str
    row: Mapping[str, Any]


@dataclass(frozen=True)
class Column:
    """One column: ``kind`` is "text" (a line edit), "choice" (a combo of ``choices``) or "check"."""

    key: str
    caption: str
    kind: str = "text"
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, label); "" = nothing chosen yet
    placeholder: str = ""
    stretch: int = 1
    spoken: str = ""  # the caption in a screen reader's cell name, when it differs from ``caption``


class _Row:
    """The widgets of one row."""

    def __init__(self, editor: RowListEditor) -> None:
        self.cells: dict[str, QWidget] = {}
        prefix = editor.objectName()
        for column in editor.columns:
            cell: QWidget
            if column.kind == "choice":
                combo = QComboBox(editor, objectName=f"{prefix}_{column.key}Combo")
                combo.addItem("—", "")
                for value, label in column.choices:
                    combo.addItem(label, value)
                cell = combo
            elif column.kind == "check":
                cell = QCheckBox(column.caption, editor, objectName=f"{prefix}_{column.key}Check")
            else:
                edit = QLineEdit(editor, objectName=f"{prefix}_{column.key}Edit")
                edit.setPlaceholderText(column.placeholder)
                cell = edit
            cell.setStyleSheet(_INVALID_STYLE)
            self.cells[column.key] = cell
        self.remove_button = QPushButton(editor.remove_text, editor, objectName=f"{prefix}_removeButton")
        self.remove_button.setAutoDefault(False)

    def widgets(self) -> list[QWidget]:
        return [*self.cells.values(), self.remove_button]

    def value(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for key, cell in self.cells.items():
            if isinstance(cell, QComboBox):
                found[key] = cell.currentData() or ""
            elif isinstance(cell, QCheckBox):
                found[key] = cell.isChecked()
            elif isinstance(cell, QLineEdit):
                found[key] = cell.text()
        return found

    def set_value(self, value: Mapping[str, Any]) -> None:
        for key, cell in self.cells.items():
            raw = value.get(key)
            if isinstance(cell, QComboBox):
                index = cell.findData(raw or "")
                cell.setCurrentIndex(max(index, 0))
            elif isinstance(cell, QCheckBox):
                cell.setChecked(bool(raw))
            elif isinstance(cell, QLineEdit):
                cell.setText(str(raw or ""))

    def is_empty(self) -> bool:
        return not any(v.strip() if isinstance(v, str) else v for v in self.value().values())


class RowListEditor(QWidget):
    """Rows of ``columns``; Tab moves through a row's cells and its Remove button, then the next row.

    The Add button comes after the last row and puts the cursor in the new row's first cell.
    With ``set_choices`` a second button offers ready rows (the client, close persons): one
    chosen is added filled in and saved at once; anyone else is still typed in a new row.
    Texts of its own use an explicit translation context: ``self.tr`` would use a subclass's name.

    Signals:
        edited(list): every row as a dict (empty rows included: the service drops them).
        editing_finished(): the user left a text cell, pressed Return, or chose a value.
    """

    edited = Signal(list)
    editing_finished = Signal()

    def __init__(self, columns: Sequence[Column], *, field: str, title: str, add_text: str, row_name: str,
                 max_rows: int, empty_text: str = "", remove_text: str = "",
                 parent: QWidget | None = None) -> None:
        """``row_name`` names one row for screen readers, e.g. "person {number}"."""
        super().__init__(parent)
        self.setObjectName(f"{field}Editor")
        self.field = field
        self.title = title
        self.columns = tuple(columns)
        self.row_name = row_name
        self.max_rows = max_rows
        self.remove_text = remove_text or QCoreApplication.translate("RowListEditor", "Remove")
        self._rows: list[_Row] = []
        self._read_only = False
        self.setAccessibleName(title)

        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(6)
        self._headers: list[QLabel] = []
        for column_no, column in enumerate(self.columns):
            header = QLabel("" if column.kind == "check" else column.caption, self,
                            objectName=f"{field}_{column.key}Header")
            header.setStyleSheet(f"color: {HEADER_COLOR};")
            self._grid.addWidget(header, 0, column_no)
            self._grid.setColumnStretch(column_no, column.stretch)
            self._headers.append(header)

        self.empty_label = QLabel(empty_text or QCoreApplication.translate(
            "RowListEditor", "Nothing recorded yet."), self,
                                  objectName=f"{field}EmptyHint")
        self.empty_label.setStyleSheet(f"color: {HINT_COLOR};")
        self.error_label = QLabel(self, objectName=f"{field}Error", wordWrap=True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error_label.hide()
        self.add_button = QPushButton(add_text, self, objectName=f"{field}AddButton")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self._choices: list[Choice] = []
        self.pick_button = QPushButton(self, objectName=f"{field}PickButton")
        self.pick_button.setAutoDefault(False)
        self.pick_menu = QMenu(self.pick_button)
        self.pick_menu.aboutToShow.connect(self._fill_pick_menu)
        self.pick_button.setMenu(self.pick_menu)
        self.set_choices([])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self._grid)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.pick_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._relayout()

    # -- values ----------------------------------------------------------------------------

    def values(self) -> list[dict[str, Any]]:
        """Every row as entered, empty rows included (the service drops them)."""
        return [row.value() for row in self._rows]

    def set_values(self, rows: Iterable[Mapping[str, Any]] | None) -> None:
        """Show stored rows (replacing every row) without emitting ``edited``."""
        for row in self._rows:
            self._dispose(row)
        self._rows = []
        for value in rows or ():
            self._new_row().set_value(value)
        self.show_issues([])
        self._relayout()

    def set_choices(self, choices: Sequence[Choice], text: str = "") -> None:
        """Ready rows the user can add from a menu (none: the button is hidden)."""
        self._choices = list(choices)
        self.pick_button.setText(text or QCoreApplication.translate("RowListEditor",
                                                                    "Add the client or a close person"))
        self.pick_button.setToolTip(QCoreApplication.translate(
            "RowListEditor", "The client and the close persons in the client file, with their relation and roles"))
        self._relayout()

    def add_choice(self, choice: Choice) -> None:
        """Add a ready row and save it at once; a person listed already is only focused."""
        name = str(choice.row.get("name") or "").strip().casefold()
        for row in self._rows:
            if name and str(row.value().get("name") or "").strip().casefold() == name:
                row.cells[self.columns[0].key].setFocus(Qt.FocusReason.OtherFocusReason)
                return
        if len(self._rows) >= self.max_rows:
            return
        row = self._new_row()
        row.set_value(choice.row)
        self._relayout()
        row.cells[self.columns[0].key].setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit(self.values())
        self.editing_finished.emit()

    def _fill_pick_menu(self) -> None:
        self.pick_menu.clear()
        listed = {str(r.value().get("name") or "").strip().casefold() for r in self._rows}
        for choice in self._choices:
            action = self.pick_menu.addAction(choice.label)
            action.setEnabled(str(choice.row.get("name") or "").strip().casefold() not in listed)
            action.triggered.connect(lambda _checked=False, c=choice: self.add_choice(c))

    def set_read_only(self, read_only: bool) -> None:
        """A locked record: the rows stay readable (and selectable) but cannot change."""
        self._read_only = read_only
        self._relayout()

    def row_count(self) -> int:
        return len(self._rows)

    def cell(self, row: int, key: str) -> QWidget:
        return self._rows[row].cells[key]

    def widget_for(self, path: str) -> QWidget:
        """The cell a rule's ``<row>/<column>`` points at (0-based row), or the editor itself."""
        row, _, key = path.partition("/")
        if row.isdigit() and int(row) < len(self._rows):
            cells = self._rows[int(row)].cells
            return cells.get(key) or cells[self.columns[0].key]
        return self

    def remove_button(self, row: int) -> QPushButton:
        return self._rows[row].remove_button

    # -- rows ------------------------------------------------------------------------------

    def add_row(self) -> QWidget:
        """Add an empty row at the end and return its first cell (nothing to save yet)."""
        row = self._new_row()
        self._relayout()
        return row.cells[self.columns[0].key]

    def remove_row(self, row_no: int) -> None:
        """Remove a row; the rows left are emitted for saving."""
        row = self._rows.pop(row_no)
        had_value = not row.is_empty()
        self._dispose(row)
        self._relayout()
        if row_no < len(self._rows):
            self._rows[row_no].cells[self.columns[0].key].setFocus()
        else:
            self.add_button.setFocus()
        if had_value:
            self.edited.emit(self.values())
            self.editing_finished.emit()

    def _new_row(self) -> _Row:
        row = _Row(self)
        for cell in row.cells.values():
            if isinstance(cell, QLineEdit):
                cell.textEdited.connect(self._on_cell_edited)
                cell.editingFinished.connect(self.editing_finished)
            elif isinstance(cell, QComboBox):
                cell.activated.connect(self._on_cell_chosen)
            elif isinstance(cell, QCheckBox):
                cell.clicked.connect(self._on_cell_chosen)
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
        for number, row in enumerate(self._rows, start=1):
            name = self.row_name.format(number=number)
            for column_no, column in enumerate(self.columns):
                cell = row.cells[column.key]
                self._grid.addWidget(cell, number, column_no)
                cell.setAccessibleName(f"{self.title}, {name}: {column.spoken or column.caption}")
                lock_editor(cell, self._read_only)
            self._grid.addWidget(row.remove_button, number, len(self.columns))
            row.remove_button.setVisible(not self._read_only)
        self._name_remove_buttons()
        for header in self._headers:
            header.setVisible(bool(self._rows))
        self.empty_label.setVisible(not self._rows)
        self.add_button.setVisible(not self._read_only)
        self.add_button.setEnabled(len(self._rows) < self.max_rows)
        self.pick_button.setVisible(not self._read_only and bool(self._choices))
        self.pick_button.setEnabled(len(self._rows) < self.max_rows)
        chain = [w for row in self._rows for w in row.widgets()]
        if chain:
            # The Add button first takes the rows' place in the window's focus chain, then moves
            # behind them: new rows (created last) come before it, wherever the editor sits.
            QWidget.setTabOrder(self.add_button, chain[0])
            for first, second in zip(chain, chain[1:], strict=False):
                QWidget.setTabOrder(first, second)
            QWidget.setTabOrder(chain[-1], self.add_button)
        QWidget.setTabOrder(self.add_button, self.pick_button)

    # -- problems --------------------------------------------------------------------------

    def show_issues(self, issues: list[Issue]) -> None:
        """Highlight the cell the rules reject in each row, with the reason as its description."""
        reason = "\n".join(issue_text(i) for i in issues)
        for row_no, row in enumerate(self._rows):
            bad_column = self.bad_column(row_no, row.value(), issues) if issues else None
            for key, cell in row.cells.items():
                invalid = key == bad_column
                if bool(cell.property(INVALID_PROPERTY)) != invalid:
                    cell.setProperty(INVALID_PROPERTY, invalid)
                    cell.style().unpolish(cell)
                    cell.style().polish(cell)
                cell.setAccessibleDescription(reason if invalid else "")

    def bad_column(self, row_no: int, value: Mapping[str, Any], issues: list[Issue]) -> str | None:
        """Which cell of a row the ``issues`` point at: by default an issue's ``row`` and ``column``
        params (0-based row); editors with their own domain rules override this."""
        for issue in issues:
            params = issue.params or {}
            if params.get("row") == row_no:
                return str(params.get("column") or self.columns[0].key)
        return None

    # -- slots -----------------------------------------------------------------------------

    def _on_cell_edited(self, _text: str) -> None:
        self._name_remove_buttons()
        self.edited.emit(self.values())

    def _on_cell_chosen(self, *_: object) -> None:
        self.edited.emit(self.values())
        self.editing_finished.emit()

    def _name_remove_buttons(self) -> None:
        for number, row in enumerate(self._rows, start=1):
            text = self.remove_label(number, row.value())
            row.remove_button.setAccessibleName(text)
            row.remove_button.setToolTip(text)

    def remove_label(self, number: int, value: Mapping[str, Any]) -> str:
        """What a row's Remove button says to a screen reader; subclasses may name the row."""
        text = QCoreApplication.translate("RowListEditor", "Remove {row}")
        return text.format(row=self.row_name.format(number=number))

    def _on_add_button_clicked(self) -> None:
        self.add_row().setFocus(Qt.FocusReason.TabFocusReason)
