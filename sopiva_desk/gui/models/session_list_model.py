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
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from sopiva_desk.gui.models.record_list_model import VersionedRecordListModel
from sopiva_desk.gui.models.sync_column import SyncStateColumn
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


class SessionListModel(SyncStateColumn, VersionedRecordListModel):
    """Decision-making sessions of one client (or one visit), newest first, with each one's sync state;
    read-only.

    ``Qt.UserRole`` of any cell is the session's UUID. The Decision cell shows the first line;
    the view elides it and its tooltip holds the whole text.
    """

    DECISION = VersionedRecordListModel.SUBJECT
    CONTEXT = CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("SessionListModel", "Started"),
        QT_TRANSLATE_NOOP("SessionListModel", "Decision"),
        QT_TRANSLATE_NOOP("SessionListModel", "Version"),
        QT_TRANSLATE_NOOP("SessionListModel", "Status"),
        QT_TRANSLATE_NOOP("SessionListModel", "Completed"),
        QT_TRANSLATE_NOOP("SessionListModel", "Visit"),
    )

    def set_sessions(self, sessions: Iterable[SessionView],
                     visit_labels: Mapping[uuid.UUID, str] | None = None) -> None:
        """Show ``sessions`` newest first; ``visit_labels`` name the visits."""
        self.set_records(sessions, visit_labels)

    def session(self, row: int) -> SessionView:
        return self.record(row)  # type: ignore[no-any-return]

    def sessions(self) -> list[SessionView]:
        return self.records()

    def status_text(self, status: str) -> str:
        return session_status_label(status)

    def subject_data(self, found: SessionView, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return session_title(found)
        if role == Qt.ItemDataRole.ToolTipRole:
            return session_topic(found) or session_title(found)
        if role == Qt.ItemDataRole.ForegroundRole and not session_topic(found):
            return QBrush(_PLACEHOLDER_COLOUR)
        return None
