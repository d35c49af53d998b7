"""The sync-state columns of a client file tab's record lists (docs/sync-protocol.md, "On the laptop:
sync state").

A tab reads its lists' states with its rows, in the same task on the store lane
(``SyncStateService.states_of``), and hands them to ``show``; ``refresh`` reads them again for the
rows shown (after a sync) without reading the rows. The column sits after the list's status, is
as wide as the states it shows need (in the language in use), and is hidden while the profile does
not sync: there every row would say "local only", which tells the counsellor nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import shiboken6
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from sopiva_desk.domain.sync_state import RecordSyncState
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.models.sync_column import SyncStateColumn
from sopiva_desk.gui.sync_state_words import sync_column_width

States = Mapping[str, Mapping[uuid.UUID, RecordSyncState]] | None  # by entity, then record; None: no sync


@dataclass(frozen=True)
class SyncColumn:
    entity: str  # the records' entity in the sync protocol ("assessment", "client_plan" …)
    view: QTableView  # its model a ``SyncStateColumn``
    after: int  # the model column the state follows (the list's status)


class RecordSyncColumns:
    """The sync columns of some lists, read and shown together."""

    def __init__(self, *columns: SyncColumn) -> None:
        self._columns = columns
        self._reading = False
        self._again: Callable[[], None] | None = None
        for column in columns:
            model = _model(column.view)
            header = column.view.horizontalHeader()
            header.moveSection(header.visualIndex(model.SYNC), header.visualIndex(column.after) + 1)
            header.setSectionResizeMode(model.SYNC, QHeaderView.ResizeMode.Interactive)
            column.view.setColumnHidden(model.SYNC, True)  # until the states say the profile syncs

    def record_ids(self) -> dict[str, list[uuid.UUID]]:
        """The records each list shows now."""
        return {column.entity: _model(column.view).row_ids() for column in self._columns}

    def show(self, states: States) -> None:
        for column in self._columns:
            model = _model(column.view)
            model.set_sync_states(None if states is None else states.get(column.entity, {}))
            column.view.setColumnHidden(model.SYNC, states is None)
            width = sync_column_width(column.view.fontMetrics(), model.states_shown())
            column.view.horizontalHeader().resizeSection(model.SYNC, width)

    def refresh(self, context: AppContext, parent: QWidget, current: Callable[[], object]) -> None:
        """Read the states of the rows shown again; shown only if ``current()`` (e.g. the client)
        is the same on arrival. At most one read at a time: one asked for meanwhile runs after it."""
        if not context.unlocked:
            return
        if self._reading:
            self._again = lambda: self.refresh(context, parent, current)
            return
        self._reading, self._again = True, None
        wanted, ids = current(), self.record_ids()

        def done(states: States) -> None:
            if not shiboken6.isValid(parent):
                return  # the page closed while the states were read
            self._reading = False
            if current() == wanted:
                self.show(states)
            if self._again is not None:
                self._again()

        def failed(_error: BaseException) -> None:
            self._reading = False

        context.run(lambda: context.workspace.sync_states.states_of(ids), parent=parent, on_success=done,
                    on_failure=failed, quiet=True)


def _model(view: QTableView) -> SyncStateColumn:
    model = view.model()
    assert isinstance(model, SyncStateColumn)
    return model
