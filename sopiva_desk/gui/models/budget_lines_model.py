"""The editable tables of a personal budget: its lines and its reference lines.

The model holds the domain lines (``BudgetLine`` / ``ReferenceLine``) and never stores an
edit itself: ``setData`` shows what was typed and emits ``cell_edited`` with the autosave
field key (``lines/<id>/<field>``, ``reference_lines/<index>/<field>``); the page saves it
and tells the model the result. A refused value stays in its cell, marked, with the reason
as its tooltip, until it is fixed; live rule issues (e.g. more hours than the period holds)
mark their cells too. ``Qt.UserRole`` of a cell is the line id (or reference index).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from sopiva_desk.domain import budget as rules
from sopiva_desk.gui.widgets.budget_parts import amount_text, money_text, quantity_text

Index = QModelIndex | QPersistentModelIndex
CHOICE_KINDS = ("service", "support", "unit", "method")
ERROR_BACKGROUND = QColor("#fdecea")
ISSUE_BACKGROUND = QColor("#fff4e5")


@dataclass(frozen=True)
class LineColumn:
    field: str  # the line's attribute, also the key sent to the service; "cents" is computed
    header: str
    kind: str  # service, support, unit, method (choices), text, quantity, money, cost


class BudgetLinesModel(QAbstractTableModel):
    """Lines of one kind (``prefix`` "lines" or "reference_lines") with their costs.

    Signals:
        cell_edited(str, object): the autosave field key and the typed text or chosen code.
    """

    cell_edited = Signal(str, object)

    def __init__(self, prefix: str, columns: Sequence[LineColumn], language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self.columns = tuple(columns)
        self._language = language
        self._rows: list[tuple[str, Any]] = []  # (row key, line)
        self._choices: dict[str, list[tuple[Any, str]]] = {}
        self._pending: dict[str, str] = {}  # field key -> what the user typed (shown until saved)
        self._errors: dict[str, str] = {}  # field key -> why the value was refused
        self._issues: dict[str, str] = {}  # field key -> live rule issue
        self._editable = False

    # -- content ---------------------------------------------------------------------------

    def set_choices(self, kind: str, choices: Iterable[tuple[Any, str]]) -> None:
        """``(value, label)`` pairs a choice column offers and shows."""
        self._choices[kind] = list(choices)
        self._changed_all()

    def choices(self, kind: str) -> list[tuple[Any, str]]:
        return self._choices.get(kind, [])

    def set_editable(self, editable: bool) -> None:
        self.beginResetModel()
        self._editable = editable
        self.endResetModel()

    def set_lines(self, lines: Sequence[rules.BudgetLine] | Sequence[rules.ReferenceLine]) -> None:
        """Show ``lines``; typed values still waiting for their save and refusals of remaining
        rows stay. Same rows in the same order: only the values change (open editors stay)."""
        rows = [(getattr(line, "id", None) or str(number), line) for number, line in enumerate(lines)]
        keys = {f"{self.prefix}/{key}/" for key, _ in rows}
        for store in (self._pending, self._errors):
            for field in [f for f in store if f[:f.rindex("/") + 1] not in keys]:
                del store[field]
        if [key for key, _ in rows] == [key for key, _ in self._rows]:
            self._rows = rows
            self._changed_all()
        else:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()

    def set_issues(self, issues: Mapping[str, str]) -> None:
        """Live rule issues by field key (only this model's prefix is used)."""
        mine = {k: v for k, v in issues.items() if k.startswith(f"{self.prefix}/")}
        if mine != self._issues:
            self._issues = mine
            self._changed_all()

    def saved(self, field: str) -> None:
        """``field``'s value was stored: show the stored value again."""
        self._pending.pop(field, None)
        self._errors.pop(field, None)
        self._changed_field(field)

    def refused(self, field: str, reason: str) -> None:
        self._errors[field] = reason
        self._changed_field(field)

    def errors(self) -> list[tuple[int, str, str]]:
        """(row number from 1, column header, reason) of every refused value, in table order."""
        found = []
        for row, (key, _) in enumerate(self._rows):
            for column in self.columns:
                reason = self._errors.get(self.field_key(key, column.field))
                if reason:
                    found.append((row + 1, column.header, reason))
        return found

    def line(self, row: int) -> Any:
        return self._rows[row][1]

    def row_key(self, row: int) -> str:
        return self._rows[row][0]

    def row_of(self, key: str) -> int:
        return next((row for row, (k, _) in enumerate(self._rows) if k == key), -1)

    def column_of(self, field: str) -> int:
        return next((c for c, column in enumerate(self.columns) if column.field == field), -1)

    def field_key(self, row_key: str, field: str) -> str:
        return f"{self.prefix}/{row_key}/{field}"

    def _changed_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    def _changed_field(self, field: str) -> None:
        parts = field.split("/")
        row = self.row_of(parts[1]) if len(parts) == 3 else -1
        if row >= 0:  # the whole row: an open editor of the cell keeps what is in it
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    # -- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].kind in (
                    "quantity", "money", "cost"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable and self.columns[index.column()].kind != "cost":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _value(self, line: Any, column: LineColumn) -> Any:
        value = getattr(line, column.field, None)
        return value or "" if column.kind == "support" else value  # "" is "no support" in the combo

    def _text(self, line: Any, column: LineColumn) -> str:
        value = self._value(line, column)
        if column.kind in CHOICE_KINDS:
            return next((label for code, label in self.choices(column.kind) if code == value),
                        "—" if value is None else str(value))
        if column.kind == "quantity":
            return quantity_text(value, self._language)
        if column.kind in ("money", "cost"):
            return money_text(value, self._language) if value is not None else ""
        return value or ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        key, line = self._rows[index.row()]
        column = self.columns[index.column()]
        field = self.field_key(key, column.field)
        error, issue = self._errors.get(field), self._issues.get(field)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._pending.get(field, self._text(line, column))
        if role == Qt.ItemDataRole.EditRole:
            if column.kind in CHOICE_KINDS:
                return self._value(line, column)
            if field in self._pending:
                return self._pending[field]
            if column.kind == "money":
                return amount_text(self._value(line, column), self._language)
            return self._text(line, column)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return error or issue or None
        if role == Qt.ItemDataRole.BackgroundRole and (error or issue):
            return QBrush(ERROR_BACKGROUND if error else ISSUE_BACKGROUND)
        if role == Qt.ItemDataRole.DecorationRole and (error or issue):
            icon = QStyle.StandardPixmap.SP_MessageBoxCritical if error else QStyle.StandardPixmap.SP_MessageBoxWarning
            return QApplication.style().standardIcon(icon)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("quantity", "money", "cost"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return key
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self._editable:
            return False
        key, line = self._rows[index.row()]
        column = self.columns[index.column()]
        if column.kind == "cost":
            return False
        field = self.field_key(key, column.field)
        if column.kind in CHOICE_KINDS:
            if value == self._value(line, column) and field not in self._errors:
                return False
            self._pending[field] = next((label for code, label in self.choices(column.kind) if code == value), "")
        else:
            value = "" if value is None else str(value)
            if value == self.data(index, Qt.ItemDataRole.EditRole) and field not in self._errors:
                return False
            self._pending[field] = value
        self._changed_field(field)
        self.cell_edited.emit(field, value)
        return True


class BudgetCellDelegate(QStyledItemDelegate):
    """Choice columns edit with a combo box that saves as soon as an item is picked."""

    def _kind(self, index: Index) -> str:
        model = index.model()
        return model.columns[index.column()].kind if isinstance(model, BudgetLinesModel) else "text"

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        kind = self._kind(index)
        model = index.model()
        if kind not in CHOICE_KINDS or not isinstance(model, BudgetLinesModel):
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for code, label in model.choices(kind):
            combo.addItem(label, code)
        combo.setAccessibleName(model.columns[index.column()].header)

        def picked() -> None:
            self.commitData.emit(combo)
            self.closeEditor.emit(combo)

        combo.activated.connect(picked)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt API
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
