"""Help › Check the access log: is the log as it was written?

The check (``Workspace.check_access_log``: the chain from the first entry, the signed end of the
log in the store and in the profile folder, the central records' confirmation, the clients of
each listing) runs on the store lane; the dialog says whether the log is intact and names the
first broken entry in words: when, who, what, and why it no longer holds. It also opens by
itself, once per unlock, when the check that runs after unlock finds a break (main_window.py).
docs/security.md, "Tamper-evident access log".
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.gui.access_log_check_words import (
    entry_text,
    finding_lines,
    finding_text,
    summary_text,
    verdict_text,
)
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.tasks import GENERAL
from sopiva_desk.gui.widgets.page_parts import bold_label, fit_to_screen
from sopiva_desk.services.access_log_check import LogCheck, LogSnapshot, evaluate


def run_check(context: AppContext, parent: QWidget, on_success: Callable[[LogCheck], None],
              on_failure: Callable[[BaseException], None] | None = None, *, quiet: bool = False) -> None:
    """Read the log on the store lane (the only part that holds the store), then check it on the
    general lane: a long log's hashing does not hold up autosaves."""

    def check(snapshot: LogSnapshot) -> None:
        context.run(lambda: evaluate(snapshot), parent=parent, on_success=on_success, on_failure=on_failure,
                    quiet=quiet, lane=GENERAL)

    workspace = context.workspace
    context.run(workspace.read_access_log, parent=parent, on_success=check, on_failure=on_failure, quiet=quiet)


class AccessLogCheckDialog(QDialog):
    """Shows a check's result; "Check again" runs it again. Without a result it starts one."""

    PREFERRED = QSize(820, 560)

    def __init__(self, context: AppContext, parent: QWidget | None = None, result: LogCheck | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accessLogCheckDialog")
        self._context = context
        self.result: LogCheck | None = None
        self.setWindowTitle(self.tr("Check the access log"))
        self.intro = QLabel(self.tr(
            "Every entry of the access log holds a checksum of the one before it, and the end of the log is signed "
            "on this computer and confirmed by the central records at each sync. The check reads the whole log "
            "from the first entry and says whether anything has been changed, deleted or reordered since it was "
            "written."), self, objectName="checkIntro", wordWrap=True)
        self.icon = QLabel(self, objectName="verdictIcon")
        self.verdict = bold_label("", self, "verdictLabel", scale=1.15)
        self.verdict.setWordWrap(True)
        self.summary = QLabel(self, objectName="summaryLabel", wordWrap=True)
        self.first_caption = bold_label(self.tr("First broken entry"), self, "firstBrokenCaption")
        self.first_entry = QLabel(self, objectName="firstBrokenEntry", wordWrap=True)
        self.first_entry.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.first_reason = QLabel(self, objectName="firstBrokenReason", wordWrap=True)
        self.findings_caption = bold_label(self.tr("Everything the check found"), self, "findingsCaption")
        self.findings = QListWidget(self, objectName="findingsList")
        self.findings.setWordWrap(True)
        self.findings.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.findings.setAlternatingRowColors(True)  # one finding is two lines: the shading keeps them apart
        self.findings.setSpacing(3)
        self.findings.setAccessibleName(self.tr("Everything the check found"))

        buttons = QDialogButtonBox(self)
        self.again_button = QPushButton(self.tr("Check again"), self, objectName="checkAgainButton")
        self.again_button.clicked.connect(self.start)
        buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        buttons.rejected.connect(self.reject)

        verdict_row = QHBoxLayout()
        verdict_row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        verdict_row.addWidget(self.verdict, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(verdict_row)
        layout.addWidget(self.summary)
        layout.addSpacing(6)
        layout.addWidget(self.first_caption)
        layout.addWidget(self.first_entry)
        layout.addWidget(self.first_reason)
        layout.addSpacing(6)
        layout.addWidget(self.findings_caption)
        layout.addWidget(self.findings, 1)
        layout.addStretch(0)  # takes the room the list leaves when it is hidden (see ``show_result``)
        layout.addWidget(buttons)
        self._layout = layout
        fit_to_screen(self, self.PREFERRED)
        if result is None:
            self.start()
        else:
            self.show_result(result)
        self.close_button.setFocus()

    def start(self) -> None:
        """Run the check on the store lane (it reads the whole log: a second or so for a big one)."""
        if not self._context.unlocked:
            return
        self.again_button.setEnabled(False)
        self.verdict.setText(self.tr("Checking the access log…"))
        self.icon.clear()
        for widget in (self.summary, self.first_caption, self.first_entry, self.first_reason, self.findings_caption,
                       self.findings):
            widget.hide()

        def done(result: LogCheck) -> None:
            if shiboken6.isValid(self):
                self.show_result(result)

        def failed(_error: BaseException) -> None:
            if shiboken6.isValid(self):
                self.again_button.setEnabled(True)
                self.verdict.setText(self.tr("The check could not be run."))

        run_check(self._context, self, done, failed)

    def show_result(self, result: LogCheck) -> None:
        self.result = result
        self.again_button.setEnabled(True)
        pixmap = (QStyle.StandardPixmap.SP_MessageBoxCritical if result.broken
                  else QStyle.StandardPixmap.SP_MessageBoxWarning if result.warnings
                  else QStyle.StandardPixmap.SP_DialogApplyButton)
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(32, 32))
        self.verdict.setText(verdict_text(result))
        self.summary.setText(summary_text(result))
        self.summary.show()
        first = result.first_break
        shown_first = first is not None
        if first is not None:
            self.first_entry.setText(entry_text(first.entry) if first.entry is not None
                                     else self.tr("No. {seq} (no longer in the log)").format(seq=first.seq)
                                     if first.seq is not None else self.tr("The log as a whole"))
            self.first_reason.setText(finding_text(first))
        for widget in (self.first_caption, self.first_entry, self.first_reason):
            widget.setVisible(shown_first)
        self.findings.clear()
        for finding in result.findings:
            text = finding_lines(finding)
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.findings.addItem(item)
        listed = len(result.findings) > (1 if shown_first else 0)
        self.findings_caption.setVisible(listed)
        self.findings.setVisible(listed)
        self._layout.setStretch(self._layout.count() - 2, 0 if listed else 1)
        # Nothing to list: no empty half-window (but as tall again when a later check lists something).
        self.resize(self.width(), self.PREFERRED.height() if listed else self.sizeHint().height())


class AccessLogCheckControl(QObject):
    """The Help menu's "Check the access log…" (``action``), and the check that runs after unlock:
    a break shows in the status bar (``warning_button``, which opens the dialog) and opens the
    dialog once."""

    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self.last: LogCheck | None = None
        self.dialog: AccessLogCheckDialog | None = None
        self.action = QAction(self.tr("Check the access &log…"), window)
        self.action.setObjectName("checkAccessLogAction")
        self.action.triggered.connect(lambda: self.open_dialog())
        self.warning_button = QPushButton(self.tr("The access log has been tampered with"), window,
                                          objectName="accessLogWarningButton", flat=True)
        self.warning_button.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical))
        self.warning_button.setToolTip(self.tr("The check after unlock found a break in the access log. "
                                               "Click to see which entry."))
        self.warning_button.clicked.connect(lambda: self.open_dialog(self.last))
        self.warning_button.hide()
        window.statusBar().addPermanentWidget(self.warning_button)
        self._warned = False

    def open_dialog(self, result: LogCheck | None = None) -> None:
        if not self._context.unlocked:
            return
        dialog = AccessLogCheckDialog(self._context, self._window, result)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def check_in_background(self) -> None:
        """After unlock: nothing is shown unless the log is broken."""
        if not self._context.unlocked:
            return
        run_check(self._context, self._window, self._on_checked, quiet=True)

    def _on_checked(self, result: LogCheck) -> None:
        if not shiboken6.isValid(self._window):
            return
        self.last = result
        self.warning_button.setVisible(result.broken)
        if result.broken and not self._warned:
            self._warned = True
            self.open_dialog(result)
