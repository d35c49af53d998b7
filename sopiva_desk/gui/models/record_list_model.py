"""The shared table of versioned records (assessments, decision-making sessions) of one client
or one visit, newest first, read-only: Started, what it is, Version, Status, Completed, Visit.

Every version is listed, superseded ones included; ``Qt.UserRole`` of any cell is the
record's UUID. Subclasses name the second column and how it shows.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from sopiva_desk.gui.formatting import format_date

Index = QModelIndex | QPersistentModelIndex


class VersionedRecord(Protocol):
    @property
    def id(self) -> uuid.UUID: ...
    @property
    def visit_id(self) -> uuid.UUID | None: ...
    @property
    def version_no(self) -> int: ...
    @property
    def status(self) -> str: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def completed_at(self) -> datetime | None: ...


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


class VersionedRecordListModel(QAbstractTableModel):
    STARTED, SUBJECT, VERSION, STATUS, COMPLETED, VISIT = range(6)
    CONTEXT = ""  # the translation context of HEADERS
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None, *, with_time: bool = False) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._visits: Mapping[uuid.UUID, str] = {}
        self._with_time = with_time  # "12.3.2025 9.05" instead of "12.3.2025" (a visit's own list)

    def set_records(self, records: Iterable[VersionedRecord],
                    visit_labels: Mapping[uuid.UUID, str] | None = None) -> None:
        """Show ``records`` newest first; ``visit_labels`` name the visits."""
        self.beginResetModel()
        self._rows = sorted(records, key=lambda r: (r.created_at, r.version_no), reverse=True)
        self._visits = dict(visit_labels or {})
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._rows[row]

    def records(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, record_id: uuid.UUID) -> int:
        return next((row for row, r in enumerate(self._rows) if r.id == record_id), -1)

    # -- for subclasses --------------------------------------------------------------------

    def subject_data(self, found: Any, role: int) -> Any:
        """What the second column shows for ``role``."""
        raise NotImplementedError

    def status_text(self, status: str) -> str:
        raise NotImplementedError

    def _moment(self, value: datetime) -> str:
        return format_date_time(value) if self._with_time else format_date(value.astimezone().date())

    # -- Qt API ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        found = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return found.id
        if column == self.SUBJECT:
            return self.subject_data(found, role)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.STARTED:
            return self._moment(found.created_at)
        if column == self.VERSION:
            return str(found.version_no)
        if column == self.STATUS:
            return self.status_text(found.status)
        if column == self.COMPLETED:
            return self._moment(found.completed_at) if found.completed_at is not None else ""
        if column == self.VISIT:
            return self._visits.get(found.visit_id, "") if found.visit_id is not None else ""
        return None
