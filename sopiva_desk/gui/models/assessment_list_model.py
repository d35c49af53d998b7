"""A client's service-needs assessments over time, as a read-only table (newest first).

Also holds the small shared helpers for showing assessments and visit times: the translated
status names and Finnish date-and-time formatting (d.m.yyyy h.mm, as Finns write them).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime
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
from sopiva_desk.services.assessments import AssessmentView

CONTEXT = "AssessmentListModel"
Index = QModelIndex | QPersistentModelIndex
TemplateTitles = Mapping[tuple[str, int], str] | Mapping[str, str]

_STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("AssessmentListModel", "Draft"),
    "completed": QT_TRANSLATE_NOOP("AssessmentListModel", "Completed"),
    "superseded": QT_TRANSLATE_NOOP("AssessmentListModel", "Superseded"),
}


def status_label(status: str) -> str:
    """The translated name of an assessment status ("draft" -> "Draft")."""
    source = _STATUS_LABELS.get(status)
    return QCoreApplication.translate(CONTEXT, source) if source else status


def format_time(value: datetime | None) -> str:
    """Local clock time, Finnish style: ``9.05``."""
    if value is None:
        return ""
    at = value.astimezone()
    return f"{at.hour}.{at.minute:02d}"


def format_date_time(value: datetime | None) -> str:
    """Local date and time, Finnish style: ``12.3.2025 9.05``."""
    if value is None:
        return ""
    return f"{format_date(value.astimezone().date())} {format_time(value)}"


def format_span(start: datetime, end: datetime | None) -> str:
    """``12.3.2025 9.05–10.40``; the end date is repeated only when it differs."""
    if end is None:
        return format_date_time(start)
    if start.astimezone().date() == end.astimezone().date():
        return f"{format_date_time(start)}–{format_time(end)}"
    return f"{format_date_time(start)} – {format_date_time(end)}"


def template_title(titles: TemplateTitles, template_id: str, version: int) -> str:
    """The title for an assessment's template: by (id, version), then by id, else the id itself."""
    found = titles.get((template_id, version)) or titles.get(template_id)  # type: ignore[call-overload]
    return str(found) if found else template_id


class AssessmentListModel(QAbstractTableModel):
    """Assessments of one client (or one visit), newest first; read-only.

    ``Qt.UserRole`` of any cell is the assessment's UUID.
    """

    STARTED, TEMPLATE, VERSION, STATUS, COMPLETED, VISIT = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("AssessmentListModel", "Started"),
        QT_TRANSLATE_NOOP("AssessmentListModel", "Template"),
        QT_TRANSLATE_NOOP("AssessmentListModel", "Version"),
        QT_TRANSLATE_NOOP("AssessmentListModel", "Status"),
        QT_TRANSLATE_NOOP("AssessmentListModel", "Completed"),
        QT_TRANSLATE_NOOP("AssessmentListModel", "Visit"),
    )

    def __init__(self, parent: Any = None, *, with_time: bool = False) -> None:
        super().__init__(parent)
        self._rows: list[AssessmentView] = []
        self._titles: TemplateTitles = {}
        self._visits: Mapping[uuid.UUID, str] = {}
        self._with_time = with_time  # "12.3.2025 9.05" instead of "12.3.2025" (a visit's own list)

    def set_assessments(self, assessments: Iterable[AssessmentView], titles: TemplateTitles | None = None,
                        visit_labels: Mapping[uuid.UUID, str] | None = None) -> None:
        """Show ``assessments`` newest first; ``titles`` name the templates, ``visit_labels`` the visits."""
        self.beginResetModel()
        self._rows = sorted(assessments, key=lambda a: (a.created_at, a.version_no), reverse=True)
        self._titles = dict(titles or {})
        self._visits = dict(visit_labels or {})
        self.endResetModel()

    def assessment(self, row: int) -> AssessmentView:
        return self._rows[row]

    def assessments(self) -> list[AssessmentView]:
        return list(self._rows)

    def row_of(self, assessment_id: uuid.UUID) -> int:
        return next((row for row, a in enumerate(self._rows) if a.id == assessment_id), -1)

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
        if role == Qt.ItemDataRole.UserRole:
            return found.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.TEMPLATE:
            return QCoreApplication.translate("AssessmentListModel", "{title}, template version {version}").format(
                title=template_title(self._titles, found.template_id, found.template_version),
                version=found.template_version)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == self.STARTED:
            return format_date_time(found.created_at) if self._with_time else format_date(
                found.created_at.astimezone().date())
        if column == self.TEMPLATE:
            return template_title(self._titles, found.template_id, found.template_version)
        if column == self.VERSION:
            return str(found.version_no)
        if column == self.STATUS:
            return status_label(found.status)
        if column == self.COMPLETED:
            if found.completed_at is None:
                return ""
            return format_date_time(found.completed_at) if self._with_time else format_date(
                found.completed_at.astimezone().date())
        if column == self.VISIT:
            return self._visits.get(found.visit_id, "") if found.visit_id is not None else ""
        return None
