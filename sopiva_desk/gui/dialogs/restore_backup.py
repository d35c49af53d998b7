"""Restore a profile from a backup file, as a new profile on this computer.

Opened from the unlock window ("Restore from a backup…") and from the store-damage dialog:
``RestoreBackupDialog(context, parent)``; ``restored(ProfileSummary)`` tells the opener which
profile to choose. The file is checked as soon as it is chosen (format, size, digest: on the
general lane, it needs no passphrase), then the restore runs on the store lane and checks the
rest (the passphrase, the header MAC, the store's pages and identity) before any profile
exists. A problem shows next to its field and nothing typed is cleared; existing profiles are
never changed.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.gui import errors, prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.first_run import PASSPHRASE_MAX_LENGTH
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.messages import issue_text, message
from sopiva_desk.gui.tasks import GENERAL, STORE
from sopiva_desk.gui.widgets.feedback import announce, error_label, keep_room_for_messages
from sopiva_desk.gui.widgets.page_parts import fit_to_screen
from sopiva_desk.services.errors import (
    BackupInvalidError,
    BackupNewerError,
    KnownError,
    UnlockThrottledError,
    WrongPassphraseError,
)
from sopiva_desk.services.profiles import DISPLAY_NAME_MAX

PREFERRED_WIDTH = 640


def local_time(value: datetime) -> str:
    """d.m.yyyy hh.mm in this computer's time zone (as Finns write a time)."""
    here = value.astimezone()
    return f"{format_date(here.date())} {here.hour}.{here.minute:02d}"


class RestoreBackupDialog(QDialog):
    """Choose a backup file, give its passphrase and the new profile's name, restore.

    Signals:
        restored(object): the ``ProfileSummary`` of the profile just made.
    """

    restored = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreBackupDialog")
        self.context = context
        self.restorer = context.profiles.backup_restorer()
        self.path: Path | None = None
        self.result_profile = None
        self._busy = False
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(PREFERRED_WIDTH)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The backup becomes a new profile on this computer. Profiles already here "
                               "are not changed."), self, wordWrap=True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        self.file_label = QLabel(self.tr("No file chosen"), self, objectName="backupFileLabel", wordWrap=True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Choose file…"), self, objectName="chooseBackupButton")
        self.choose_button.clicked.connect(self._on_choose_clicked)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(QLabel(self.tr("Backup file:"), self), 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(file_row, 0, 1)
        self.summary = QLabel(self, objectName="backupSummary", wordWrap=True)
        self.summary.hide()
        grid.addWidget(self.summary, 1, 1)
        self.file_error = error_label(self, "backupFileError")
        grid.addWidget(self.file_error, 2, 1)

        self.passphrase = QLineEdit(self, objectName="backupPassphraseEdit")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMaxLength(PASSPHRASE_MAX_LENGTH)
        self.passphrase.textEdited.connect(lambda _t: self._set_error(self.passphrase_error, ""))
        grid.addWidget(QLabel(self.tr("Passphrase of the backup:"), self), 3, 0)
        grid.addWidget(self.passphrase, 3, 1)
        self.passphrase_error = error_label(self, "backupPassphraseError")
        grid.addWidget(self.passphrase_error, 4, 1)

        self.name = QLineEdit(self, objectName="restoredNameEdit")
        self.name.setMaxLength(DISPLAY_NAME_MAX)
        self.name.textEdited.connect(lambda _t: self._set_error(self.name_error, ""))
        grid.addWidget(QLabel(self.tr("Name of the restored profile:"), self), 5, 0)
        grid.addWidget(self.name, 5, 1)
        self.name_error = error_label(self, "restoredNameError")
        grid.addWidget(self.name_error, 6, 1)

        self.status = QLabel(self, objectName="restoreStatus", wordWrap=True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.hide()
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_restore_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        keep_room_for_messages(self, {
            self.file_error: message("backup.invalid"), self.passphrase_error: message("unlock.throttled",
                                                                                     {"seconds": 300}),
            self.status: self._done_text("Eeva Esimerkki", was_enrolled=True, has_recovery=False)})
        fit_to_screen(self, self.size())
        self._update_buttons()

    # -- choosing the file -----------------------------------------------------------------

    def _on_choose_clicked(self) -> None:
        chosen = prompts.choose_file(self, self.tr("Choose a backup file"),
                                     self.tr("Sopiva Desk backups (*.sopiva-backup);;All files (*)"))
        if chosen:
            self.choose(Path(chosen))

    def choose(self, path: Path) -> None:
        """Check ``path`` (in the background) and show what backup it is."""
        self.path = None
        self.file_label.setText(str(path))
        self.summary.hide()
        self._set_error(self.file_error, "")
        self._set_status(self.tr("Checking the file…"))
        self._set_busy(True)
        restorer = self.restorer

        def checked(summary: object) -> None:
            self._set_busy(False)
            self._set_status("")
            self.path = path
            self.summary.setText(self.tr("Backup of {name}, made {when}.").format(
                name=summary.display_name, when=local_time(summary.backed_up_at)))  # type: ignore[attr-defined]
            self.summary.show()
            if not self.name.text().strip():
                self.name.setText(self._free_name(summary.display_name))  # type: ignore[attr-defined]
            self.passphrase.setFocus()
            self._update_buttons()

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            self._set_status("")
            if isinstance(error, KnownError):
                self._set_error(self.file_error, message(error.key, error.params))
            else:
                errors.report(self, error)
            self._update_buttons()

        self.context.runner.run(lambda: restorer.inspect(path), on_success=checked, on_error=failed, lane=GENERAL)

    def _free_name(self, name: str) -> str:
        taken = {p.display_name for p in self.context.profiles.profiles()}
        return name if name not in taken else self.tr("{name} (restored)").format(name=name)[:DISPLAY_NAME_MAX]

    # -- restoring -------------------------------------------------------------------------

    def _on_restore_clicked(self) -> None:
        if self.result_profile is not None:
            self.accept()
            return
        if self._busy or self.path is None:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self._set_error(self.passphrase_error, message("passphrase.empty"))
            self.passphrase.setFocus()
            return
        path, name, restorer = self.path, self.name.text(), self.restorer
        for label in (self.file_error, self.passphrase_error, self.name_error):
            self._set_error(label, "")
        self._set_status(self.tr("Restoring and checking the backup…"))
        self._set_busy(True)

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            self._set_status("")
            if isinstance(error, ValidationError):
                self._set_error(self.name_error, "\n".join(issue_text(i) for i in error.issues))
                self.name.setFocus()
            elif isinstance(error, (WrongPassphraseError, UnlockThrottledError)):
                self._set_error(self.passphrase_error, message(error.key, error.params))
                self.passphrase.setFocus()
                self.passphrase.selectAll()
            elif isinstance(error, (BackupInvalidError, BackupNewerError)):
                self._set_error(self.file_error, message(error.key, error.params))
            elif isinstance(error, KnownError):
                errors.report(self, error)  # a full disk and the like
            else:
                errors.report(self, error)
            self._update_buttons()

        self.context.runner.run(lambda: restorer.restore(path, passphrase, name), on_success=self._on_restored,
                                on_error=failed, lane=STORE)

    def _on_restored(self, result: object) -> None:
        self._set_busy(False)
        self.result_profile = result.profile  # type: ignore[attr-defined]
        self.passphrase.clear()
        self._set_status(self._done_text(result.profile.display_name,  # type: ignore[attr-defined]
                                         was_enrolled=result.was_enrolled,  # type: ignore[attr-defined]
                                         has_recovery=result.has_recovery))  # type: ignore[attr-defined]
        for widget in (self.choose_button, self.passphrase, self.name):
            widget.setEnabled(False)
        self.restore_button.setText(self.tr("Choose it and close"))
        self.close_button.hide()
        self._update_buttons()
        self.restored.emit(self.result_profile)

    def _done_text(self, name: str, *, was_enrolled: bool, has_recovery: bool) -> str:
        lines = [self.tr("The backup was restored as the profile “{name}”. Unlock it with the backup's "
                         "passphrase.").format(name=name)]
        if was_enrolled:
            lines.append(self.tr("This profile syncs with the central records: enrol this computer again "
                                 "(Sync → Enrol this computer…). Changes not yet synced will be sent then."))
        if not has_recovery:
            lines.append(self.tr("The organisation's recovery key was not found, so IT cannot reset this "
                                 "profile's passphrase. Ask IT support to add it."))
        return "\n\n".join(lines)

    # -- state -----------------------------------------------------------------------------

    def _set_error(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))
        announce(label, text)

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        announce(self.status, text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self._update_buttons()

    def _update_buttons(self) -> None:
        done = self.result_profile is not None
        self.restore_button.setEnabled(not self._busy and (done or self.path is not None))
        self.choose_button.setEnabled(not self._busy and not done)
