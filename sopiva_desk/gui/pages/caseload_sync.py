"""The caseload's sync-state column and filter (docs/sync-protocol.md, "On the laptop: sync state").

Both show only for a profile that syncs: elsewhere every row would say "local only", which tells
the counsellor nothing. The states come with each load of the caseload; ``refresh`` reads them
again without reloading the rows (three grouped queries and a C-level pass on the store lane), as
after a sync or when the list is shown again after work on other pages.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QTableView, QWidget

from sopiva_desk.domain.sync_state import ClientSyncStates
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.models.caseload_model import CaseloadModel, Column


def sync_filter(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent, objectName="syncFilter")
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.hide()
    return combo


class CaseloadSyncStates(QObject):
    """Keeps the model's sync states current and the column and filter shown when they mean something.

    Signals:
        refreshed(): new states are in the model.
    """

    refreshed = Signal()

    def __init__(self, context: AppContext, model: CaseloadModel, view: QTableView, combo: QComboBox,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._model = model
        self._view = view
        self._combo = combo
        self._generation = 0

    def refresh(self, generation: int) -> None:
        """Read the states again for the rows as they are; an answer for rows changed meanwhile is
        mapped onto them again on arrival, one for a ``generation`` gone (a lock) is dropped."""
        context = self._context
        if not context.unlocked:
            return
        self._generation = generation
        version, ids = self._model.rows_version, self._model.id_hexes()

        def work() -> tuple[ClientSyncStates, list[str]]:
            states = context.workspace.sync_states.client_states()
            return states, states.column(ids)

        context.run(work, parent=self._view,
                    on_success=lambda found: self._arrived(generation, version, *found))

    def forget(self, generation: int) -> None:
        self._generation = generation

    def _arrived(self, generation: int, version: int, states: ClientSyncStates, column: list[str]) -> None:
        if generation != self._generation or not shiboken6.isValid(self._view):
            return  # locked meanwhile, or the page closed
        self._model.set_sync_states(states, column, version)
        self.show_column()
        self.refreshed.emit()

    def show_column(self) -> None:
        enrolled = self._model.sync_enrolled
        self._view.setColumnHidden(Column.SYNC, not enrolled)
        self._combo.setVisible(enrolled)
        if not enrolled and self._combo.currentIndex() > 0:
            self._combo.setCurrentIndex(0)  # a filter nobody can see must not hide rows
