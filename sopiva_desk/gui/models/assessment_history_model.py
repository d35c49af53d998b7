"""The field-level change history of an assessment, across its versions, as a read-only table.

Values are shown as the form shows them: option labels, Yes/No, dates d.m.yyyy, lists joined
by commas; fields by their label in the template (with the section, since the life-domain
sections share their field labels), never by their key.
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

from sopiva_desk.domain.templates import Field, Template
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.services.assessments import ChangeView

CONTEXT = "AssessmentHistoryModel"
EMPTY = "—"
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the field key of a row


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def display_value(spec: Field | None, value: Any, language: str) -> str:
    """An answer as the user sees it in the form."""
    if value is None or value == "" or value == []:
        return EMPTY
    if isinstance(value, bool):
        # Spelled out so that lupdate sees the context; _tr() hides it.
        return (QCoreApplication.translate("AssessmentHistoryModel", "Yes") if value
                else QCoreApplication.translate("AssessmentHistoryModel", "No"))
    labels = {o.value: o.label.get(language) for o in spec.options} if spec is not None else {}
    if isinstance(value, list | tuple):
        return ", ".join(labels.get(str(v), str(v)) for v in value)
    if spec is not None and spec.type == "date":
        try:
            return format_date(date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    if isinstance(value, float):
        return (str(int(value)) if value.is_integer() else repr(value)).replace(".", ",")
    return labels.get(str(value), str(value))


def field_title(template: Template, key: str, language: str) -> str:
    """``Housing › The client's own view``; an unknown key as it is."""
    spec = template.fields.get(key)
    if spec is None:
        return key
    section = next((s for s in template.sections if s.id == spec.section), None)
    label = spec.label.get(language)
    if section is None:
        return label
    return _tr("{section} › {field}").format(section=section.title.get(language), field=label)


def format_moment(moment: Any) -> str:
    at = moment.astimezone()
    return f"{format_date(at.date())} {at.hour}.{at.minute:02d}"


class AssessmentHistoryModel(QAbstractTableModel):
    """Read-only changes, newest first: when, who, version, field, before, after, reason."""

    HEADERS = (
        QT_TRANSLATE_NOOP("AssessmentHistoryModel", "When"),
        QT_TRANSLATE_NOOP("AssessmentHistoryModel", "Who"),
        QT_TRANSLATE_NOOP("AssessmentHistoryModel", "Version"),
        QT_TRANSLATE_NOOP("AssessmentHistoryModel", "Field"),
        QT_TRANSLATE_NOOP("AssessmentHistoryModel", "Before"),
        QT_TRANSLATE_NOOP("AssessmentHistoryModel", "After"),
        QT_TRANSLATE_NOOP("AssessmentHistoryModel", "Reason for the change"),
    )
    WHEN, WHO, VERSION, FIELD, BEFORE, AFTER, REASON = range(7)

    def __init__(self, template: Template, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._template = template
        self._language = language
        self._changes: list[ChangeView] = []
        self._rows: list[tuple[str, ...]] = []

    def set_changes(self, changes: Iterable[ChangeView]) -> None:
        """The service's changes, oldest first as it gives them; shown newest first."""
        self.beginResetModel()
        self._changes = list(reversed(list(changes)))
        self._rows = [self._texts(c) for c in self._changes]
        self.endResetModel()

    def _texts(self, change: ChangeView) -> tuple[str, ...]:
        spec = self._template.fields.get(change.field_key)
        return (
            format_moment(change.changed_at),
            change.changed_by_name,
            str(change.version_no),
            field_title(self._template, change.field_key, self._language),
            display_value(spec, change.old_value, self._language),
            display_value(spec, change.new_value, self._language),
            change.reason or "",
        )

    def change(self, row: int) -> ChangeView:
        return self._changes[row]

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._rows[row][column]
            return " ".join(text.split()) if column in (self.BEFORE, self.AFTER, self.REASON) else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._rows[row][column]
        if role == KEY_ROLE:
            return self._changes[row].field_key
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.VERSION:
            return Qt.AlignmentFlag.AlignCenter
        return None
