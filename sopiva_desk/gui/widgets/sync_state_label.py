"""A small "Synced" / "Changed since sync" … label with its icon, for the client file header and the
record pages (docs/sync-protocol.md, "On the laptop: sync state").

``follow`` names what it shows (a client, summed up over its records, or one record); ``refresh``
reads the state again on the store lane: one small read, at most one at a time (a refresh asked
for while one runs is done once after it). Hidden while the profile does not sync or nothing is
followed.
"""

from __future__ import annotations

import uuid

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from sopiva_desk.domain.sync_state import RecordSyncState
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.sync_state_words import sync_state_icon, sync_state_label, sync_state_tooltip

CLIENT = "client"


class SyncStateLabel(QWidget):
    def __init__(self, parent: QWidget | None = None, *, object_name: str = "syncState") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._context: AppContext | None = None
        self._entity = ""
        self._record_id: uuid.UUID | None = None
        self._summed = False  # a client summed up over all its records
        self._reading = False
        self._again = False
        self.icon = QLabel(self, objectName="syncStateIcon")
        self.text = QLabel(self, objectName="syncStateText")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.icon)
        layout.addWidget(self.text)
        self.hide()

    def follow(self, context: AppContext, entity: str, record_id: uuid.UUID, *, client: bool = False) -> None:
        """Show the state of ``entity`` ``record_id`` (with ``client``, the client's over all its records)."""
        if (self._entity, self._record_id, self._summed) != (entity, record_id, client):
            self.show_state(None)
        self._context, self._entity, self._record_id, self._summed = context, entity, record_id, client
        self.refresh()

    def clear(self) -> None:
        self._record_id = None
        self.show_state(None)

    def refresh(self) -> None:
        context, entity, record_id, summed = self._context, self._entity, self._record_id, self._summed
        if context is None or record_id is None or not context.unlocked:
            return
        if self._reading:
            self._again = True
            return
        self._reading, self._again = True, False

        def read() -> RecordSyncState | None:
            states = context.workspace.sync_states
            if summed:
                return states.client_state(record_id)
            found = states.record_states(entity, [record_id])
            return None if found is None else found[record_id]

        def done(state: RecordSyncState | None) -> None:
            if not shiboken6.isValid(self):
                return  # the page closed while the state was read
            self._reading = False
            if (self._entity, self._record_id, self._summed) == (entity, record_id, summed):
                self.show_state(state)
            if self._again:
                self.refresh()

        def failed(_error: BaseException) -> None:
            if shiboken6.isValid(self):
                self._reading = False

        context.run(read, parent=self, on_success=done, on_failure=failed, quiet=True)

    def show_state(self, state: RecordSyncState | None) -> None:
        if state is None:
            self.hide()
            self.text.clear()
            self.icon.clear()
            self.setToolTip("")
            return
        self.text.setText(sync_state_label(state.state.value))
        icon = sync_state_icon(state.state.value)
        size = self.text.fontMetrics().height()
        if icon is not None:
            self.icon.setPixmap(icon.pixmap(size, size))
        tip = sync_state_tooltip(state, client=self._summed)
        self.setToolTip(tip)
        self.text.setToolTip(tip)
        self.setAccessibleName(sync_state_label(state.state.value))
        self.setAccessibleDescription(tip)
        self.show()


def stacked_right(parent: QWidget, *widgets: QWidget) -> QWidget:
    """``widgets`` one over the other, right-aligned (the save state over the sync state)."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignRight)
    return box
