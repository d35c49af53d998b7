"""The access log of one client as a read-only table (Client Data Act 703/2023 §11)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from sopiva_desk.gui.formatting import format_date
from sopiva_desk.services.access_log import AccessEntry

CONTEXT = "ClientFilePage"  # the strings were written for the client file page; keep their translations

_FIELD_LABELS = {
    "first_names": QT_TRANSLATE_NOOP("ClientFilePage", "First names"),
    "last_name": QT_TRANSLATE_NOOP("ClientFilePage", "Last name"),
    "hetu": QT_TRANSLATE_NOOP("ClientFilePage", "Identity code"),
    "temporary_id": QT_TRANSLATE_NOOP("ClientFilePage", "Temporary identifier"),
    "birth_date": QT_TRANSLATE_NOOP("ClientFilePage", "Birth date"),
    "language": QT_TRANSLATE_NOOP("ClientFilePage", "Language"),
    "other_language": QT_TRANSLATE_NOOP("ClientFilePage", "Which language"),
    "municipality_code": QT_TRANSLATE_NOOP("ClientFilePage", "Home municipality"),
    "street_address": QT_TRANSLATE_NOOP("ClientFilePage", "Street address"),
    "postal_code": QT_TRANSLATE_NOOP("ClientFilePage", "Postal code"),
    "post_office": QT_TRANSLATE_NOOP("ClientFilePage", "Post office"),
    "phone": QT_TRANSLATE_NOOP("ClientFilePage", "Phone"),
    "communication_methods": QT_TRANSLATE_NOOP("ClientFilePage", "Communication methods"),
    "communication_notes": QT_TRANSLATE_NOOP("ClientFilePage", "How I communicate"),
    "own_worker": QT_TRANSLATE_NOOP("ClientFilePage", "Own worker"),
    "status": QT_TRANSLATE_NOOP("ClientFilePage", "Status"),
    "name": QT_TRANSLATE_NOOP("ClientFilePage", "Name"),
    "relation": QT_TRANSLATE_NOOP("ClientFilePage", "Relation"),
    "roles": QT_TRANSLATE_NOOP("ClientFilePage", "Roles"),
    "notes": QT_TRANSLATE_NOOP("ClientFilePage", "Notes"),
}
_ACTION_LABELS = {
    "view": QT_TRANSLATE_NOOP("ClientFilePage", "Viewed"),
    "create": QT_TRANSLATE_NOOP("ClientFilePage", "Added"),
    "update": QT_TRANSLATE_NOOP("ClientFilePage", "Changed"),
    "delete": QT_TRANSLATE_NOOP("ClientFilePage", "Removed"),
    "print": QT_TRANSLATE_NOOP("ClientFilePage", "Printed"),
    "export": QT_TRANSLATE_NOOP("ClientFilePage", "Exported"),
    "sync": QT_TRANSLATE_NOOP("ClientFilePage", "Synchronised"),
}
_RECORD_LABELS = {
    "client": QT_TRANSLATE_NOOP("ClientFilePage", "Client file"),
    "close_person": QT_TRANSLATE_NOOP("ClientFilePage", "Close person"),
}


def field_label(field: str) -> str:
    """The translated name of a client or close-person field."""
    return _translate(_FIELD_LABELS, field)


def _translate(table: dict[str, str], key: str) -> str:
    source = table.get(key)
    return QCoreApplication.translate(CONTEXT, source) if source else key


class AccessLogModel(QAbstractTableModel):
    """Read-only access-log entries of one client, newest first (Client Data Act §11)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ClientFilePage", "When"),
        QT_TRANSLATE_NOOP("ClientFilePage", "Who"),
        QT_TRANSLATE_NOOP("ClientFilePage", "Action"),
        QT_TRANSLATE_NOOP("ClientFilePage", "What"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[AccessEntry] = []

    def set_entries(self, entries: list[AccessEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if column == 0:
            at = entry.at.astimezone()
            return f"{format_date(at.date())} {at.hour}.{at.minute:02d}"
        if column == 1:
            return entry.user_name
        if column == 2:
            return _translate(_ACTION_LABELS, entry.action)
        what = _translate(_RECORD_LABELS, entry.record_type)
        if entry.fields and entry.action == "update":
            fields = ", ".join(_translate(_FIELD_LABELS, f) for f in entry.fields)
            what = QCoreApplication.translate("ClientFilePage", "{record}: {fields}").format(
                record=what, fields=fields)
        return what
