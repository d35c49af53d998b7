"""The sync-state column of a client file's record lists (visits, assessments, decision-making
sessions, plan versions, budgets, reviews): each version's state in words with its icon and a
tooltip saying why, as the caseload shows a client's (docs/sync-protocol.md, "On the laptop: sync
state").

A mixin placed before the list model's base: the column is the last one (``SYNC``, one past the
model's ``HEADERS``); every other column and role is the base's. Until states are set, or when the
profile does not sync (``None``), the column is empty and the view keeps it hidden
(``gui/widgets/sync_columns.py``).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from sopiva_desk.domain.sync_state import RecordSyncState
from sopiva_desk.gui.sync_state_words import sync_column_header, sync_state_icon, sync_state_label, sync_state_tooltip

Index = QModelIndex | QPersistentModelIndex
_SHOWN = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
          Qt.ItemDataRole.TextAlignmentRole)


class SyncStateColumn:
    """Adds the ``SYNC`` column to a ``QAbstractTableModel`` whose rows (``_rows``) have an ``id``."""

    HEADERS: tuple[str, ...]  # the base model's columns
    SYNC = 0  # set for each model: len(HEADERS)
    _rows: list[Any]
    _sync_states: Mapping[uuid.UUID, RecordSyncState] | None = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.SYNC = len(cls.HEADERS)

    @property
    def sync_enrolled(self) -> bool:
        """Whether the rows have sync states (the profile syncs)."""
        return self._sync_states is not None

    def set_sync_states(self, states: Mapping[uuid.UUID, RecordSyncState] | None) -> None:
        """Each record's state by its id (a record without one shows none); ``None``: no sync."""
        self._sync_states = states
        rows = len(self._rows)
        if rows:
            self.dataChanged.emit(self.index(0, self.SYNC), self.index(rows - 1, self.SYNC))  # type: ignore[attr-defined]

    def row_ids(self) -> list[uuid.UUID]:
        return [record.id for record in self._rows]

    def states_shown(self) -> set[str]:
        """The states the rows show ("synced", "changed" …)."""
        states = self._sync_states
        if states is None:
            return set()
        return {found.state.value for record in self._rows if (found := states.get(record.id)) is not None}

    def sync_state(self, row: int) -> RecordSyncState | None:
        states = self._sync_states
        return None if states is None else states.get(self._rows[row].id)

    # -- Qt API ----------------------------------------------------------------------------

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else self.SYNC + 1

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if section == self.SYNC and orientation == Qt.Orientation.Horizontal:
            return sync_column_header() if role == Qt.ItemDataRole.DisplayRole else None
        return super().headerData(section, orientation, role)  # type: ignore[misc]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.column() != self.SYNC or role not in _SHOWN or not 0 <= index.row() < len(self._rows):
            return super().data(index, role)  # type: ignore[misc]
        if role == Qt.ItemDataRole.TextAlignmentRole:  # the words beside the icon, in a two-line row too
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        found = self.sync_state(index.row())
        if found is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return sync_state_label(found.state.value)
        if role == Qt.ItemDataRole.DecorationRole:
            return sync_state_icon(found.state.value)
        return sync_state_tooltip(found, client=False)
