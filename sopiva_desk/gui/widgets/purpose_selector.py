"""The purpose of use, always in view in the status bar (Client Data Act 703/2023: the access log
records why client data is handled).

The counsellor picks what they are doing now; every access-log entry written from then on records
it (``Workspace.set_purpose``). Each unlock starts again at client work, the common case, so a
purpose chosen for one task does not silently carry over to the next working session.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.labels import purpose_label
from sopiva_desk.protocol.access_chain import DEFAULT_PURPOSE, PURPOSES


class PurposeSelector(QWidget):
    """"Purpose of use: [Client work ▾]".

    Signals:
        purpose_changed(str): the counsellor chose another purpose (its key).
    """

    purpose_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purposeSelector")
        self._context = context
        self.caption = QLabel(self)
        self.combo = QComboBox(self, objectName="purposeCombo")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.caption.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addWidget(self.combo)
        self._fill()
        self.combo.activated.connect(self._on_combo_activated)
        context.workspace_changed.connect(self._on_workspace_changed)
        self._on_workspace_changed(context.workspace if context.unlocked else None)

    @property
    def purpose(self) -> str:
        return str(self.combo.currentData() or DEFAULT_PURPOSE)

    def set_purpose(self, purpose: str) -> None:
        """Choose ``purpose`` as the user would (tests; keyboard users use the combo)."""
        index = self.combo.findData(purpose)
        if index < 0:
            raise ValueError(f"unknown purpose {purpose!r}")
        self.combo.setCurrentIndex(index)
        self._on_combo_activated(index)

    def _fill(self) -> None:
        chosen = self.combo.currentData() or DEFAULT_PURPOSE
        self.combo.blockSignals(True)
        self.combo.clear()
        for key in PURPOSES:
            self.combo.addItem(purpose_label(key), key)
        self.combo.setCurrentIndex(max(0, self.combo.findData(chosen)))
        self.combo.blockSignals(False)
        self.caption.setText(self.tr("Purpose of use:"))  # no Alt letter: every page has its own
        why = self.tr("The access log records why you handle client data (Client Data Act). Choose what "
                      "you are doing now: every client record you open, list, print or change from now on "
                      "is logged with it. Each unlock starts with client work.")
        for widget in (self.caption, self.combo):
            widget.setToolTip(why)
        self.combo.setAccessibleName(self.tr("Purpose of use"))
        self.combo.setAccessibleDescription(why)

    def _on_combo_activated(self, index: int) -> None:
        purpose = self.combo.itemData(index)
        if not self._context.unlocked or purpose is None:
            return
        workspace = self._context.workspace
        if purpose != workspace.purpose:
            workspace.set_purpose(purpose)
            self.purpose_changed.emit(purpose)

    def _on_workspace_changed(self, workspace: object) -> None:
        """Unlocked: show the new workspace's purpose (client work); locked: nothing to choose."""
        purpose = getattr(workspace, "purpose", DEFAULT_PURPOSE)
        self.combo.setCurrentIndex(max(0, self.combo.findData(purpose)))
        self.setEnabled(workspace is not None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)
