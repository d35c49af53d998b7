"""Table model of a client's close persons, edited in place and autosaved by the page.

The model never talks to the store. An edit keeps the typed value in the cell and emits
``edited``; the page saves it and reports back with ``mark_saved`` or ``mark_invalid``, so a
rejected value stays visible (highlighted, with the reason as tooltip) until it is fixed.
"""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from sopiva_desk.gui.labels import role_label
from sopiva_desk.services.clients import ClosePersonView

Index = QModelIndex | QPersistentModelIndex

_INVALID_BACKGROUND = QColor("#fdecea")


@dataclasses.dataclass
class _Row:
    person: ClosePersonView  # as stored
    typed: dict[str, Any] = dataclasses.field(default_factory=dict)  # edits not (yet) stored
    errors: dict[str, str] = dataclasses.field(default_factory=dict)  # field -> translated reason


class ClosePersonsModel(QAbstractTableModel):
    """Close persons: name, relation and phone are editable; roles are shown as text.

    Signals:
        edited(object, str, object): person id, field name and the new value, to be saved.
    """

    edited = Signal(object, str, object)

    FIELDS = ("name", "relation", "phone", "roles")
    EDITABLE = frozenset({"name", "relation", "phone"})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []

    # -- reading ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.FIELDS):
            return None
        return (self.tr("Name"), self.tr("Relation"), self.tr("Phone"), self.tr("Roles"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.FIELDS[index.column()] in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        field = self.FIELDS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = self.value(index.row(), field)
            if field == "roles" and role == Qt.ItemDataRole.DisplayRole:
                return ", ".join(role_label(r) for r in value)
            return value
        error = row.errors.get(field)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return error
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return QBrush(_INVALID_BACKGROUND)
        if role == Qt.ItemDataRole.DecorationRole and error:  # still visible when the row is selected
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def person(self, row: int) -> ClosePersonView:
        return self._rows[row].person

    def value(self, row: int, field: str) -> Any:
        """What the cell shows: the typed value if it is not stored yet, else the stored one."""
        record = self._rows[row]
        return record.typed.get(field, getattr(record.person, field))

    def row_of(self, person_id: uuid.UUID) -> int:
        for number, record in enumerate(self._rows):
            if record.person.id == person_id:
                return number
        return -1

    def errors(self) -> list[tuple[ClosePersonView, str, str]]:
        """Every rejected value: person, field and the reason."""
        return [(r.person, field, text) for r in self._rows for field, text in r.errors.items()]

    # -- changing --------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        field = self.FIELDS[index.column()]
        if field not in self.EDITABLE:
            return False
        return self.edit(index.row(), field, "" if value is None else str(value))

    def edit(self, row: int, field: str, value: Any) -> bool:
        """The user changed a value: show it and ask for it to be saved. False if nothing changed."""
        if value == self.value(row, field):
            return False
        self._rows[row].typed[field] = value
        self._changed(row, field)
        self.edited.emit(self._rows[row].person.id, field, value)
        return True

    def mark_saved(self, person_id: uuid.UUID, field: str, value: Any, *,
                   newer_pending: bool = False) -> None:
        """``value`` was stored; unless a newer edit is on its way, the cell shows it (cleaned)."""
        row = self.row_of(person_id)
        if row < 0:
            return
        record = self._rows[row]
        record.person = dataclasses.replace(record.person, **{field: value})
        record.errors.pop(field, None)
        if not newer_pending:
            record.typed.pop(field, None)
        self._changed(row, field)

    def mark_invalid(self, person_id: uuid.UUID, field: str, text: str) -> None:
        row = self.row_of(person_id)
        if row >= 0:
            self._rows[row].errors[field] = text
            self._changed(row, field)

    def set_persons(self, persons: tuple[ClosePersonView, ...] | list[ClosePersonView]) -> None:
        self.beginResetModel()
        self._rows = [_Row(p) for p in persons]
        self.endResetModel()

    def add_person(self, person: ClosePersonView) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(_Row(person))
        self.endInsertRows()
        return row

    def remove_person(self, person_id: uuid.UUID) -> None:
        row = self.row_of(person_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def _changed(self, row: int, field: str) -> None:
        index = self.index(row, self.FIELDS.index(field))
        self.dataChanged.emit(index, index)
