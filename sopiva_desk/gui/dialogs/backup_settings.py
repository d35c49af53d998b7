"""The Backups and Security tabs of Settings (services/backup.py, services/backup_restore.py).

Backups: automatic backups to a chosen folder (daily or weekly, keeping the newest N), when the
last one was made and where, why the last attempt failed, and "Back up now…". The schedule is
saved with the dialog's OK; a backup made here is made at once (on the store lane).

Security: a full re-key of the store under a new data key. The passphrase is checked here first
(a wrong one shows under the field); then ``rekey_requested`` goes to the controller, which locks
the app, re-keys with the store closed and says where the backup taken first went.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.issues import Issue
from sopiva_desk.gui import errors, prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.first_run import PASSPHRASE_MAX_LENGTH
from sopiva_desk.gui.dialogs.restore_backup import local_time
from sopiva_desk.gui.messages import issue_text, message
from sopiva_desk.gui.widgets.feedback import announce, error_label
from sopiva_desk.services.backup import BACKUP_EVERY_DAYS, BACKUP_KEEP_RANGE, BackupSettings, automatic_file_name
from sopiva_desk.services.errors import KnownError, UnlockThrottledError, WrongPassphraseError


class BackupTab(QWidget):
    """Automatic backups, the last backup's status and "Back up now…"."""

    def __init__(self, context: AppContext, current: BackupSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._folder = current.folder
        layout = QVBoxLayout(self)
        group = QGroupBox(self.tr("Automatic backups"), self)
        form = QFormLayout(group)
        self.automatic = QCheckBox(self.tr("Back up this profile automatically"), group,
                                   objectName="automaticBackupCheck")
        self.automatic.setChecked(current.folder is not None)
        self.automatic.toggled.connect(self._update_enabled)
        form.addRow(self.automatic)
        self.folder_label = QLabel(group, objectName="backupFolderLabel", wordWrap=True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton(self.tr("Choose folder…"), group, objectName="backupFolderButton")
        self.folder_button.clicked.connect(self._on_folder_clicked)
        row = QHBoxLayout()
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Folder:"), row)
        self.folder_error = error_label(group, "backupFolderError")
        form.addRow("", self.folder_error)
        self.every = QComboBox(group, objectName="backupEveryCombo")
        for days, text in zip(BACKUP_EVERY_DAYS, (self.tr("Every day"), self.tr("Every week")), strict=True):
            self.every.addItem(text, days)
        self.every.setCurrentIndex(max(0, self.every.findData(current.every_days)))
        form.addRow(self.tr("How often:"), self.every)
        self.keep = QSpinBox(group, objectName="backupKeepSpin")
        self.keep.setRange(*BACKUP_KEEP_RANGE)
        self.keep.setValue(current.keep)
        form.addRow(self.tr("Backups kept:"), self.keep)
        note = QLabel(self.tr("A backup is made while the app is open and when it locks or closes, once the "
                              "interval has passed. The oldest are removed when there are more than the number "
                              "kept. Keep backups on a USB drive or network folder, not on this computer "
                              "alone."), group, wordWrap=True)
        form.addRow("", note)
        layout.addWidget(group)

        status = QGroupBox(self.tr("Last backup"), self)
        status_layout = QVBoxLayout(status)
        self.status_label = QLabel(status, objectName="backupStatusLabel", wordWrap=True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_layout.addWidget(self.status_label)
        self.failure_label = error_label(status, "backupFailureLabel")
        status_layout.addWidget(self.failure_label)
        self.now_button = QPushButton(self.tr("Back up now…"), status, objectName="backUpNowButton")
        self.now_button.clicked.connect(self.back_up_now)
        status_layout.addWidget(self.now_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(status)
        layout.addStretch(1)
        self.show_status(current)
        self._show_folder()
        self._update_enabled()

    def values(self) -> tuple[str | None, int, int]:
        """(folder or None for off, backups kept, every so many days), as chosen."""
        folder = self._folder if self.automatic.isChecked() else None
        return folder, self.keep.value(), int(self.every.currentData())

    def show_issues(self, issues: list[Issue]) -> None:
        self.folder_error.setText("\n".join(issue_text(i) for i in issues))
        self.folder_error.setVisible(bool(issues))
        announce(self.folder_error, self.folder_error.text())

    def show_status(self, current: BackupSettings) -> None:
        if current.last_at is None:
            self.status_label.setText(self.tr("No backup of this profile has been made yet."))
        else:
            self.status_label.setText(self.tr("{when}, to {path}").format(when=local_time(current.last_at),
                                                                           path=current.last_path or ""))
        failure = (self.tr("The last backup failed: {reason}").format(reason=message(current.last_error))
                   if current.last_error else "")
        self.failure_label.setText(failure)
        self.failure_label.setVisible(bool(failure))

    def _show_folder(self) -> None:
        self.folder_label.setText(self._folder or self.tr("No folder chosen"))

    def _update_enabled(self) -> None:
        on = self.automatic.isChecked()
        for widget in (self.folder_button, self.every, self.keep):
            widget.setEnabled(on)
        if on and self._folder is None:
            self._on_folder_clicked()
            if self._folder is None:
                self.automatic.setChecked(False)  # toggles back here with nothing chosen

    def _on_folder_clicked(self) -> None:
        chosen = prompts.choose_folder(self, self.tr("Choose the backup folder"))
        if chosen:
            self._folder = chosen
            self.show_issues([])
            self._show_folder()

    def back_up_now(self) -> None:
        """Ask where, then write and check a backup there (on the store lane)."""
        back_up_now(self.context, self, on_done=self._after_backup)

    def _after_backup(self) -> None:
        self.context.run(lambda: self.context.workspace.backups.settings(), parent=self,
                         on_success=self.show_status)


def back_up_now(context: AppContext, parent: QWidget, *, on_done: object = None) -> None:
    """File → Back up now…: a file picker, then the backup, then what happened (also used by the tab)."""
    workspace = context.workspace
    name = automatic_file_name(workspace.profile.profile_id, datetime.now(UTC))
    chosen = prompts.choose_save_path(parent, QCoreApplication.translate("Backups", "Back up this profile"), name,
                                      QCoreApplication.translate("Backups", "Sopiva Desk backups (*.sopiva-backup)"))
    if not chosen:
        return
    target = Path(chosen)
    if not target.name.endswith(".sopiva-backup"):
        target = target.with_name(target.name + ".sopiva-backup")

    def done(written: object) -> None:
        prompts.show_info(parent, QCoreApplication.translate("Backups", "Backup made"), QCoreApplication.translate(
            "Backups", "The backup was written and checked: {path}\n\nIt opens with this profile's passphrase on any "
            "computer with Sopiva Desk (unlock screen → Restore from a backup…).").format(
                path=written.path))  # type: ignore[attr-defined]
        if callable(on_done):
            on_done()

    def failed(_error: BaseException) -> None:
        if callable(on_done):
            on_done()  # the failure is in the status now; the dialog said why

    context.run(lambda: context.workspace.backups.back_up_to(target), parent=parent, on_success=done,
                on_failure=failed)


class SecurityTab(QWidget):
    """A full re-key of the store, for when its key may have leaked.

    Signals:
        rekey_requested(str): the passphrase, checked; the controller locks and re-keys.
    """

    rekey_requested = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        group = QGroupBox(self.tr("New encryption key"), self)
        form = QFormLayout(group)
        explain = QLabel(self.tr(
            "Changing the passphrase keeps the key that encrypts this profile's data. If that key may have "
            "leaked (for example, a copy of this computer's disk went missing together with your passphrase), "
            "encrypt the data again with a new key. A backup is made first, to the backup folder (or to the "
            "backups folder of Sopiva Desk). The app then locks: unlock it with your passphrase as before."),
            group, wordWrap=True)
        form.addRow(explain)
        self.passphrase = QLineEdit(group, objectName="rekeyPassEdit")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMaxLength(PASSPHRASE_MAX_LENGTH)
        self.passphrase.textEdited.connect(lambda _t: self._show_error(""))
        self.error = error_label(group, "rekeyPassError")
        field = QVBoxLayout()
        field.setSpacing(2)
        field.addWidget(self.passphrase)
        field.addWidget(self.error)  # right under the field, no row gap
        form.addRow(self.tr("Your passphrase:"), field)
        self.button = QPushButton(self.tr("Encrypt with a new key…"), group, objectName="rekeyButton")
        self.button.clicked.connect(self._on_button_clicked)
        button_row = QHBoxLayout()
        button_row.addWidget(self.button)
        button_row.addStretch(1)
        form.addRow("", button_row)
        layout.addWidget(group)
        layout.addStretch(1)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        announce(self.error, text)

    def _on_button_clicked(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self._show_error(message("passphrase.empty"))
            self.passphrase.setFocus()
            return
        if not prompts.confirm(self, self.tr("Encrypt with a new key"), self.tr(
                "The app will lock, encrypt this profile's data with a new key and make a backup first. "
                "It takes a moment. Continue?"), yes=self.tr("Encrypt and lock"), no=self.tr("Cancel")):
            return
        profile_id = self.context.workspace.profile.profile_id
        restorer = self.context.profiles.backup_restorer()
        self.button.setEnabled(False)

        def checked(_: object) -> None:
            self.button.setEnabled(True)
            self.passphrase.clear()
            self.rekey_requested.emit(passphrase)

        def failed(error: BaseException) -> None:
            self.button.setEnabled(True)
            if isinstance(error, (WrongPassphraseError, UnlockThrottledError)):
                self._show_error(message(error.key, error.params))
                self.passphrase.setFocus()
                self.passphrase.selectAll()
            elif isinstance(error, KnownError):
                errors.report(self, error)

        self.context.run(lambda: restorer.check_passphrase(profile_id, passphrase), parent=self,
                         on_success=checked, on_failure=failed, quiet=True)
