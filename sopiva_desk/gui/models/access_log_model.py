"""The access log of one client as a read-only table (Client Data Act 703/2023 §11).

Records and fields are named in words (``gui/access_log_words.py``); the technical keys the log
stores are only in the tooltip, for an administrator.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from sopiva_desk.gui.access_log_words import AccessLogWords, EntryWords, action_label
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.labels import purpose_label
from sopiva_desk.services.access_log import AccessEntry, AccessLogView

CONTEXT = "AccessLog"


class AccessLogModel(QAbstractTableModel):
    """Read-only access-log entries of one client, newest first (Client Data Act §11)."""

    WHEN, WHO, PURPOSE, ACTION, RECORD, DETAILS = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("AccessLog", "When"),
        QT_TRANSLATE_NOOP("AccessLog", "Who"),
        QT_TRANSLATE_NOOP("AccessLog", "Purpose"),
        QT_TRANSLATE_NOOP("AccessLog", "Action"),
        QT_TRANSLATE_NOOP("AccessLog", "Record"),
        QT_TRANSLATE_NOOP("AccessLog", "Details"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[AccessEntry] = []
        self._words: list[EntryWords] = []

    def set_log(self, log: AccessLogView, language: str, service_name: Callable[[str], str] | None = None) -> None:
        """Show ``log`` described in ``language`` (the interface language)."""
        words = AccessLogWords(log.records, language, service_name)
        self.beginResetModel()
        self._entries = list(log.entries)
        self._words = [words.describe(entry) for entry in self._entries]
        self.endResetModel()

    def clear(self) -> None:
        self.set_log(AccessLogView([], {}), "fi")

    def words(self, row: int) -> EntryWords:
        return self._words[row]

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
        if not index.isValid():
            return None
        entry, words = self._entries[index.row()], self._words[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.RECORD, self.DETAILS):
            # The whole description (a long one is cut in the cell) and, for an administrator, the keys.
            text = f"{words.record}: {words.details}" if words.details else words.record
            return QCoreApplication.translate("AccessLog", "{text}\nStored as: {keys}").format(
                text=text, keys=words.technical)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.WHEN:
            at = entry.at.astimezone()
            return f"{format_date(at.date())} {at.hour}.{at.minute:02d}"
        if column == self.WHO:
            return entry.user_name
        if column == self.PURPOSE:
            return purpose_label(entry.purpose)
        if column == self.ACTION:
            return action_label(entry.action)
        if column == self.RECORD:
            return words.record
        return words.details
