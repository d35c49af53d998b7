"""The data file of the profile is damaged: what that means, and the two ways back.

Shown when the integrity check finds damage (after unlock, on the hourly check, before a backup)
and when the file cannot be opened at all. The app writes nothing more into the file and never
moves or deletes it; the dialog offers a restore from a backup (``restore_requested``: the
controller closes the profile and opens ``RestoreBackupDialog`` over the unlock window) or a
new profile set up from the central records (``new_profile_requested``), and names the changes
that had not reached the central records, so the counsellor can tell IT.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from sopiva_desk.gui.widgets.page_parts import bold_label, fit_to_screen
from sopiva_desk.services.integrity import DamageReport


class StoreDamageDialog(QDialog):
    """Signals:
        restore_requested(str): restore the profile (its id) from a backup.
        new_profile_requested(): set up a new profile, to be connected to the central records.
    """

    restore_requested = Signal(str)
    new_profile_requested = Signal()

    def __init__(self, profile_id: str, report: DamageReport | None, parent: QWidget | None = None) -> None:
        """``report`` is ``None`` when the file could not be opened at all (at unlock)."""
        super().__init__(parent)
        self.profile_id = profile_id
        self.setObjectName("storeDamageDialog")
        self.setWindowTitle(self.tr("The data file is damaged"))
        fit_to_screen(self, QSize(660, 380))
        layout = QVBoxLayout(self)
        layout.addWidget(bold_label(self.windowTitle(), self, "storeDamageTitle", scale=1.2))
        self.text = QLabel(self._text(report), self)
        self.text.setObjectName("storeDamageText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("Restore from a backup…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.new_profile_button = QPushButton(self.tr("Set up a new profile…"), self)
        self.new_profile_button.setObjectName("newProfileButton")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.new_profile_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore)
        self.new_profile_button.clicked.connect(self._on_new_profile)
        layout.addWidget(buttons)
        close.setDefault(True)

    def _on_restore(self) -> None:
        self.accept()
        self.restore_requested.emit(self.profile_id)

    def _on_new_profile(self) -> None:
        self.accept()
        self.new_profile_requested.emit()

    def _text(self, report: DamageReport | None) -> str:
        if report is None:
            first = self.tr("The data file of this profile is damaged and cannot be opened. Sopiva Desk has not "
                            "changed it: it is left as it is, for IT support to examine.")
        else:
            first = self.tr("Sopiva Desk found damage in the data file of this profile. So that nothing more is "
                            "lost, it writes nothing into the file from now on: changes are not saved, and client "
                            "information does not open, because every opening must be recorded in the access log. "
                            "The file is left as it is, for IT support to examine.")
        ways = self.tr(
            "<p>You can continue in two ways:</p><ul>"
            "<li><b>Restore from a backup:</b> your data as it was when the backup was made.</li>"
            "<li><b>Set up a new profile:</b> connect it to the central records, and everything that "
            "reached them is synced to it.</li></ul>")
        return f"<p>{first}</p>{ways}<p>{self._unsynced_text(report)}</p>"

    def _unsynced_text(self, report: DamageReport | None) -> str:
        if report is None or report.enrolled is None or (report.enrolled and report.unsynced_changes is None):
            return self.tr("Whether every change had reached the central records cannot be read from the damaged "
                           "file. Tell IT support when you last synced.")
        if not report.enrolled:
            return self.tr("This profile was never connected to the central records, so its data is only on this "
                           "computer and in its backups.")
        changes = report.unsynced_changes or 0
        if changes == 0:
            return self.tr("Every change made on this computer had reached the central records: a new profile "
                           "gets all of it back.")
        sentences = [self.tr("%n change(s) made on this computer had not reached the central records yet.", "",
                             changes)]
        if report.unsynced_clients:
            sentences.append(self.tr("They concern %n client(s).", "", report.unsynced_clients))
        sentences.append(self.tr("They are only in the damaged file: tell IT support, they may be able to "
                                 "recover them."))
        return " ".join(sentences)
