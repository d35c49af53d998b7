"""Every visit of one client, newest first, as a read-only table: when, way, status, place, who took
part, the first lines of the notes (the whole notes in the tooltip and when the visit opens) and
the visit's sync state.

A cancelled visit shows its reason where the notes would be; a planned visit whose day has
passed says it was not started. ``Qt.UserRole`` of any cell is the ``VisitView``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from sopiva_desk.gui.dialogs.start_visit import way_label
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.models.assessment_list_model import format_span
from sopiva_desk.gui.models.sync_column import SyncStateColumn
from sopiva_desk.services.assessments import VisitView

CONTEXT = "VisitListModel"
Index = QModelIndex | QPersistentModelIndex
NOTE_LINES = 2  # lines of the notes shown in the list

_STATUS_LABELS = {
    "planned": QT_TRANSLATE_NOOP("VisitListModel", "Planned"),
    "open": QT_TRANSLATE_NOOP("VisitListModel", "In progress"),
    "ended": QT_TRANSLATE_NOOP("VisitListModel", "Ended"),
    "cancelled": QT_TRANSLATE_NOOP("VisitListModel", "Cancelled"),
}
_MISSED = QT_TRANSLATE_NOOP("VisitListModel", "Planned, not started")
_WEEKDAYS = (
    QT_TRANSLATE_NOOP("VisitListModel", "Mon"), QT_TRANSLATE_NOOP("VisitListModel", "Tue"),
    QT_TRANSLATE_NOOP("VisitListModel", "Wed"), QT_TRANSLATE_NOOP("VisitListModel", "Thu"),
    QT_TRANSLATE_NOOP("VisitListModel", "Fri"), QT_TRANSLATE_NOOP("VisitListModel", "Sat"),
    QT_TRANSLATE_NOOP("VisitListModel", "Sun"),
)


_t = QCoreApplication.translate  # lupdate knows the alias (Makefile: -tr-function-alias)


def _tr(source: str) -> str:
    """A source text marked with QT_TRANSLATE_NOOP in this module's context, translated."""
    return QCoreApplication.translate(CONTEXT, source)


def weekday_date(day: date) -> str:
    """``Tue 8.12.2026``, the weekday in the UI language."""
    return f"{_tr(_WEEKDAYS[day.weekday()])} {format_date(day)}"


def visit_status_label(visit: VisitView, today: date | None = None) -> str:
    """"Planned", "In progress", "Ended", "Cancelled", or "Planned, not started" once its day has passed."""
    if visit.status == "planned" and visit.starts_at.astimezone().date() < (today or date.today()):
        return _tr(_MISSED)
    source = _STATUS_LABELS.get(visit.status)
    return _tr(source) if source else visit.status


def people_text(visit: VisitView) -> str:
    return ", ".join(p.get("name", "") for p in visit.participants if p.get("name"))


def notes_preview(visit: VisitView, lines: int = NOTE_LINES) -> str:
    """The first non-empty lines of the notes; a cancelled visit's reason instead."""
    if visit.status == "cancelled":
        return _t("VisitListModel", "Cancelled: {reason}").format(reason=visit.cancel_reason)
    found = [line.strip() for line in visit.notes.splitlines() if line.strip()]
    text = "\n".join(found[:lines])
    return text + " …" if len(found) > lines else text


class VisitTable(QAbstractTableModel):
    """The visits' own columns (``VisitListModel`` adds their sync state)."""

    WHEN, WAY, STATUS, PLACE, PEOPLE, NOTES = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("VisitListModel", "When"),
        QT_TRANSLATE_NOOP("VisitListModel", "Way"),
        QT_TRANSLATE_NOOP("VisitListModel", "Status"),
        QT_TRANSLATE_NOOP("VisitListModel", "Place"),
        QT_TRANSLATE_NOOP("VisitListModel", "Who took part"),
        QT_TRANSLATE_NOOP("VisitListModel", "Notes"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[VisitView] = []
        self._today = date.today()

    def set_visits(self, visits: Iterable[VisitView], today: date | None = None) -> None:
        """Show ``visits`` newest first (a planned visit ahead is the newest)."""
        self.beginResetModel()
        self._rows = sorted(visits, key=lambda v: (v.starts_at, str(v.id)), reverse=True)
        self._today = today or date.today()
        self.endResetModel()

    def visit(self, row: int) -> VisitView:
        return self._rows[row]

    def visits(self) -> list[VisitView]:
        return list(self._rows)

    def row_of(self, visit_id: Any) -> int:
        return next((row for row, v in enumerate(self._rows) if v.id == visit_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        visit = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return visit
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == self.WHEN:
            weekday = _tr(_WEEKDAYS[visit.starts_at.astimezone().weekday()])
            return f"{weekday} {format_span(visit.starts_at, visit.ends_at)}"
        if column == self.WAY:
            return way_label(visit.way)
        if column == self.STATUS:
            return visit_status_label(visit, self._today)
        if column == self.PLACE:
            return visit.place
        if column == self.PEOPLE:
            return people_text(visit)
        if column == self.NOTES:
            if role == Qt.ItemDataRole.ToolTipRole:
                return visit.cancel_reason if visit.status == "cancelled" else visit.notes
            return notes_preview(visit)
        return None


class VisitListModel(SyncStateColumn, VisitTable):
    """Every visit of one client, newest first, with each visit's sync state."""
