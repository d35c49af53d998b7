"""The status bar's sync corner: what a sync is doing (with Cancel), and always the last
successful sync, the changes waiting and the open conflicts — each in words beside an icon, so
nothing depends on colour alone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QToolButton,
    QWidget,
)

from sopiva_desk.gui.messages import message
from sopiva_desk.gui.sync_words import last_sync_text, local_moment
from sopiva_desk.services.sync.engine import SyncStep
from sopiva_desk.services.sync.status import SyncStatus

_t = QCoreApplication.translate
ICON_SIZE = 16
RELATIVE_TIME_REFRESH_MS = 30_000


class IconText(QToolButton):
    """An icon with its words; clickable only where it leads somewhere (``clickable``)."""

    def __init__(self, parent: QWidget, name: str, *, clickable: bool = False) -> None:
        super().__init__(parent, objectName=name)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAutoRaise(True)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus if clickable else Qt.FocusPolicy.NoFocus)
        if not clickable:
            self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def show_state(self, icon: QStyle.StandardPixmap, text: str, tip: str = "") -> None:
        self.setIcon(self.style().standardIcon(icon))
        self.setText(text)
        self.setToolTip(tip or text)
        self.setAccessibleName(text)


class SyncStatusBar(QWidget):
    """Permanent widget of the main window's status bar.

    Signals:
        cancel_requested(): the user pressed Cancel while a sync runs.
        refused_requested(): the user clicked the refused changes.
    """

    cancel_requested = Signal()
    refused_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="syncStatusBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.progress_label = QLabel(self, objectName="syncProgressLabel")
        self.progress = QProgressBar(self, objectName="syncProgressBar")
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(_t("SyncStatus", "Cancel"), self, objectName="syncCancelButton")
        self.cancel_button.setToolTip(_t("SyncStatus", "Stop the sync. Nothing is lost: what was sent or received "
                                                       "stays, the rest goes next time."))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.last_sync = IconText(self, "syncLastSync")
        self.pending = IconText(self, "syncPending")
        self.refused = IconText(self, "syncRefused", clickable=True)
        self.refused.clicked.connect(self.refused_requested)
        self.conflicts = IconText(self, "syncConflicts", clickable=True)  # opens the conflict screen
        for widget in (self.progress_label, self.progress, self.cancel_button, self.last_sync, self.pending,
                       self.refused, self.conflicts):
            layout.addWidget(widget)
        self.status: SyncStatus | None = None
        self.clear()
        self._relative = QTimer(self)  # "12 min ago" moves on without reading the store
        self._relative.setInterval(RELATIVE_TIME_REFRESH_MS)
        self._relative.timeout.connect(self._show_last_sync)
        self._relative.start()

    # -- running ------------------------------------------------------------------------------

    def show_running(self, running: bool) -> None:
        for widget in (self.progress_label, self.progress, self.cancel_button):
            widget.setVisible(running)
        self.cancel_button.setEnabled(running)
        if running:
            self.progress_label.setText(_t("SyncStatus", "Connecting to the central records…"))
            self.progress.setRange(0, 0)  # busy until the first step says how much

    def show_cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(_t("SyncStatus", "Cancelling…"))

    def show_step(self, step: SyncStep) -> None:
        if not self.cancel_button.isEnabled():
            return  # cancelling: the words stay
        if step.stage == "push":
            total = step.total or 0
            self.progress_label.setText(_t("SyncStatus", "Sending changes {done}/{total}").format(
                done=step.done, total=total))
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(step.done if total else 1)
        elif step.stage == "log":
            total = step.total or 0
            self.progress_label.setText(_t("SyncStatus", "Sending the access log {done}/{total}").format(
                done=step.done, total=total))
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(step.done if total else 1)
        else:
            self.progress_label.setText(_t("SyncStatus", "Receiving page {page}").format(page=step.page))
            self.progress.setRange(0, 0)  # how many pages come is not known ahead

    # -- the status -----------------------------------------------------------------------------

    def show_status(self, status: SyncStatus) -> None:
        self.status = status
        self._show_last_sync()
        self.pending.show()
        self.conflicts.show()
        sp = QStyle.StandardPixmap
        # self.tr: lupdate takes a plural (%n) only from tr(), not from translate().
        pending, rejected, open_conflicts = status.pending, status.rejected, status.open_conflicts
        waiting = self.tr("%n change(s) waiting", "", pending)
        refused = self.tr("%n change(s) refused", "", rejected)
        conflicts = self.tr("%n conflict(s)", "", open_conflicts)
        if status.pending:
            self.pending.show_state(sp.SP_ArrowUp, waiting,
                                    _t("SyncStatus", "Saved on this computer, to be sent at the next sync."))
        else:
            self.pending.show_state(sp.SP_DialogApplyButton, _t("SyncStatus", "No changes waiting"))
        self.refused.setVisible(status.rejected > 0 or status.held > 0)
        if status.rejected:
            self.refused.show_state(sp.SP_MessageBoxWarning, refused,
                                    _t("SyncStatus", "The central records refused these changes. "
                                                     "Click to see why and what you can do."))
        elif status.held:
            self.refused.show_state(sp.SP_MessageBoxWarning, self.tr("%n received change(s) waiting", "", status.held),
                                    _t("SyncStatus", "A record on this computer already has their identity code "
                                                     "or commitment number. Click to see what you can do."))
        if status.open_conflicts:
            self.conflicts.show_state(sp.SP_MessageBoxWarning, conflicts,
                                      _t("SyncStatus", "Someone else changed the same information. "
                                                       "Both versions are kept until you choose."))
        else:
            self.conflicts.show_state(sp.SP_DialogApplyButton, _t("SyncStatus", "No conflicts"))

    def _show_last_sync(self) -> None:
        status = self.status
        if status is None:
            self.last_sync.hide()
            return
        self.last_sync.show()
        sp = QStyle.StandardPixmap
        text = last_sync_text(status, dt.datetime.now(dt.UTC))
        if not status.enrolled:
            self.last_sync.show_state(sp.SP_MessageBoxInformation, text, _t(
                "SyncStatus", "This computer is not connected to the central records. "
                              "Choose Sync → Enrol this computer."))
        elif status.revoked:
            contact = status.support_contact
            self.last_sync.show_state(sp.SP_MessageBoxCritical, text, message(
                "sync.device_revoked_contact" if contact else "sync.device_revoked", {"contact": contact}))
        elif status.last_sync_at is None:
            self.last_sync.show_state(sp.SP_MessageBoxInformation, text, _t(
                "SyncStatus", "Not synced yet. Press Sync (F9) to send your changes."))
        else:
            self.last_sync.show_state(sp.SP_BrowserReload, text, _t(
                "SyncStatus", "Last successful sync with {server}: {moment}").format(
                    server=status.server_url, moment=local_moment(status.last_sync_at)))

    def clear(self) -> None:
        """Locked: nothing about the profile shows."""
        self.status = None
        for widget in (self.last_sync, self.pending, self.refused, self.conflicts):
            widget.hide()
        self.show_running(False)
