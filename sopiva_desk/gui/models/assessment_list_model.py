"""A client's service-needs assessments over time, as a read-only table (newest first).

Also holds the translated status names and the visit-time span; the Finnish date-and-time
formatting (d.m.yyyy h.mm) comes from ``record_list_model`` and is re-exported here.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from sopiva_desk.gui.models.record_list_model import VersionedRecordListModel, format_date_time, format_time
from sopiva_desk.gui.models.sync_column import SyncStateColumn
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


class AssessmentListModel(SyncStateColumn, VersionedRecordListModel):
    """Assessments of one client (or one visit), newest first, with each one's sync state; read-only.

    ``Qt.UserRole`` of any cell is the assessment's UUID.
    """

    TEMPLATE = VersionedRecordListModel.SUBJECT
    CONTEXT = CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("AssessmentListModel", "Started"),
        QT_TRANSLATE_NOOP("AssessmentListModel", "Template"),
        QT_TRANSLATE_NOOP("AssessmentListModel", "Version"),
        QT_TRANSLATE_NOOP("AssessmentListModel", "Status"),
        QT_TRANSLATE_NOOP("AssessmentListModel", "Completed"),
        QT_TRANSLATE_NOOP("AssessmentListModel", "Visit"),
    )

    def __init__(self, parent: Any = None, *, with_time: bool = False) -> None:
        super().__init__(parent, with_time=with_time)
        self._titles: TemplateTitles = {}

    def set_assessments(self, assessments: Iterable[AssessmentView], titles: TemplateTitles | None = None,
                        visit_labels: Mapping[uuid.UUID, str] | None = None) -> None:
        """Show ``assessments`` newest first; ``titles`` name the templates, ``visit_labels`` the visits."""
        self._titles = dict(titles or {})
        self.set_records(assessments, visit_labels)

    def assessment(self, row: int) -> AssessmentView:
        return self.record(row)  # type: ignore[no-any-return]

    def assessments(self) -> list[AssessmentView]:
        return self.records()

    def status_text(self, status: str) -> str:
        return status_label(status)

    def subject_data(self, found: AssessmentView, role: int) -> Any:
        title = template_title(self._titles, found.template_id, found.template_version)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("AssessmentListModel", "{title}, template version {version}").format(
                title=title, version=found.template_version)
        return title if role == Qt.ItemDataRole.DisplayRole else None
