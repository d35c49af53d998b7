"""A client's supported decision-making sessions over time, as a read-only table (newest first).

Mirrors ``assessment_list_model``: every version is listed, superseded ones included (an
amended session shows version 2 "Completed" over version 1 "Superseded"), dates are Finnish
(d.m.yyyy, or d.m.yyyy h.mm in a visit's own list) and ``Qt.UserRole`` is the session's UUID.
Also holds ``session_title``: the one line that names a session wherever sessions are listed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.models.assessment_list_model import format_date_time
from sopiva_desk.services.decisions import SessionView

CONTEXT = "SessionListModel"
Index = QModelIndex | QPersistentModelIndex

_STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("SessionListModel", "Draft"),
    "completed": QT_TRANSLATE_NOOP("SessionListModel", "Completed"),
    "superseded": QT_TRANSLATE_NOOP("SessionListModel", "Superseded"),
}
_NO_TOPIC = QT_TRANSLATE_NOOP("SessionListModel", "No topic written yet")
_PLACEHOLDER_COLOUR = QColor("#555b61")  # the hint colour of the pages: 6.6:1 on white


def session_status_label(status: str) -> str:
    """The translated name of a session status ("draft" -> "Draft")."""
    source = _STATUS_LABELS.get(status)
    return QCoreApplication.translate(CONTEXT, source) if source else status


def session_topic(found: SessionView) -> str:
    """The decision in plain language, else as written for the record; ``""`` when neither is written."""
    content = found.content or {}
    for key in ("topic_plain", "topic"):
        value = content.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def session_title(found: SessionView, limit: int | None = None) -> str:
    """The first line of ``session_topic`` (cut to ``limit`` characters with "…"), or a translated
    "No topic written yet"."""
    topic = session_topic(found)
    if not topic:
        return QCoreApplication.translate(CONTEXT, _NO_TOPIC)
    line = topic.splitlines()[0].strip()
    if limit is not None and len(line) > limit:
        line = line[:max(limit - 1, 1)].rstrip() + "…"
    return line


class SessionListModel(QAbstractTableModel):
    """Decision-making sessions of one client (or one visit), newest first; read-only.

    ``Qt.UserRole`` of any cell is the session's UUID. The Decision cell shows the first line;
    the view elides it and its tooltip holds the whole text.
    """

    STARTED, DECISION, VERSION, STATUS, COMPLETED, VISIT = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("SessionListModel", "Started"),
        QT_TRANSLATE_NOOP("SessionListModel", "Decision"),
        QT_TRANSLATE_NOOP("SessionListModel", "Version"),
        QT_TRANSLATE_NOOP("SessionListModel", "Status"),
        QT_TRANSLATE_NOOP("SessionListModel", "Completed"),
        QT_TRANSLATE_NOOP("SessionListModel", "Visit"),
    )

    def __init__(self, parent: Any = None, *, with_time: bool = False) -> None:
        super().__init__(parent)
        self._rows: list[SessionView] = []
        self._visits: Mapping[uuid.UUID, str] = {}
        self._with_time = with_time  # "12.3.2025 9.05" instead of "12.3.2025" (a visit's own list)

    def set_sessions(self, sessions: Iterable[SessionView],
                     visit_labels: Mapping[uuid.UUID, str] | None = None) -> None:
        """Show ``sessions`` newest first; ``visit_labels`` name the visits."""
        self.beginResetModel()
        self._rows = sorted(sessions, key=lambda s: (s.created_at, s.version_no), reverse=True)
        self._visits = dict(visit_labels or {})
        self.endResetModel()

    def session(self, row: int) -> SessionView:
        return self._rows[row]

    def sessions(self) -> list[SessionView]:
        return list(self._rows)

    def row_of(self, session_id: uuid.UUID) -> int:
        return next((row for row, s in enumerate(self._rows) if s.id == session_id), -1)

    # -- Qt API ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        found = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return found.id
        if column == self.DECISION:
            if role == Qt.ItemDataRole.DisplayRole:
                return session_title(found)
            if role == Qt.ItemDataRole.ToolTipRole:
                return session_topic(found) or session_title(found)
            if role == Qt.ItemDataRole.ForegroundRole and not session_topic(found):
                return QBrush(_PLACEHOLDER_COLOUR)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.STARTED:
            return format_date_time(found.created_at) if self._with_time else format_date(
                found.created_at.astimezone().date())
        if column == self.VERSION:
            return str(found.version_no)
        if column == self.STATUS:
            return session_status_label(found.status)
        if column == self.COMPLETED:
            if found.completed_at is None:
                return ""
            return format_date_time(found.completed_at) if self._with_time else format_date(
                found.completed_at.astimezone().date())
        if column == self.VISIT:
            return self._visits.get(found.visit_id, "") if found.visit_id is not None else ""
        return None
