"""Settings: auto-lock time, interface language and the passphrase (General); the letterhead of
documents (Organisation, ``dialogs/organisation_settings.py``); when closed, synced cases are
offered for removal from this computer (Closed cases, ``services/sync/purge.py``); automatic
backups and a new encryption key (Backups, Security: ``dialogs/backup_settings.py``).

A refused passphrase change says why next to each field (the current passphrase is wrong, the
new one too short or easy to guess, the repeat differs); a message goes as soon as its field is
edited or cleared. The dialog opens with room for the longest messages, so they never overlap
and the dialog keeps its size.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.gui import errors
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.first_run import PASSPHRASE_MAX_LENGTH
from sopiva_desk.gui.messages import issue_text, message
from sopiva_desk.gui.widgets.feedback import announce, apply_error_style, keep_room_for_messages
from sopiva_desk.gui.widgets.strength_meter import LiveRating, StrengthMeter
from sopiva_desk.services.errors import KnownError, UnlockThrottledError, WrongPassphraseError
from sopiva_desk.services.settings import AUTO_LOCK_RANGE, PURGE_POLICY_DAYS, AppConfig

if TYPE_CHECKING:
    from sopiva_desk.services.backup import BackupSettings

_FIELDS = ("old", "passphrase", "repeat")  # the passphrase fields; "passphrase" is the new one


class SettingsDialog(QDialog):
    rekey_requested = Signal(str)  # the Security tab's checked passphrase: lock and re-key (controller)

    def __init__(self, context: AppContext, data_dir: Path, auto_lock_minutes: int,
                 parent: QWidget | None = None, *, purge_days: int | None = None,
                 backups: BackupSettings | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(800)  # the Organisation tab has Finnish and Swedish side by side
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget(self, objectName="settingsTabs")
        outer.addWidget(self.tabs)
        general_tab = QWidget(self.tabs)
        layout = QVBoxLayout(general_tab)
        self.tabs.addTab(general_tab, self.tr("General"))
        # Imported here: the letterhead's services load the documents package, which the unlock
        # screen (that imports this module through the controller) must not wait for.
        from sopiva_desk.gui.dialogs.organisation_settings import OrganisationTab

        self.organisation = OrganisationTab(context, self.tabs)
        self.tabs.addTab(self.organisation, self.tr("Organisation"))
        cases_tab = QWidget(self.tabs)
        cases_layout = QVBoxLayout(cases_tab)
        cases_layout.addWidget(self._build_purge_group(cases_tab, purge_days))
        cases_layout.addStretch(1)
        self.tabs.addTab(cases_tab, self.tr("Closed cases"))
        # Imported here too: the backup services load the store's modules (the unlock screen must not).
        from sopiva_desk.gui.dialogs.backup_settings import BackupTab, SecurityTab
        from sopiva_desk.services.backup import DEFAULT_KEEP, BackupSettings

        self.backups = BackupTab(context, backups or BackupSettings(None, DEFAULT_KEEP, 1, None, None, None),
                                 self.tabs)
        self.tabs.addTab(self.backups, self.tr("Backups"))
        self.security = SecurityTab(context, self.tabs)
        self.security.rekey_requested.connect(self._on_rekey_requested)
        self.tabs.addTab(self.security, self.tr("Security"))

        general = QGroupBox(self.tr("Locking and language"), general_tab)
        form = QFormLayout(general)
        self.auto_lock = QSpinBox(general)
        self.auto_lock.setObjectName("autoLockSpin")
        self.auto_lock.setRange(*AUTO_LOCK_RANGE)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setValue(auto_lock_minutes)
        form.addRow(self.tr("Lock when idle for:"), self.auto_lock)
        self.language = QComboBox(general)
        self.language.setObjectName("languageCombo")
        for code, name in (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(AppConfig.load(data_dir).language)))
        form.addRow(self.tr("Interface language:"), self.language)
        note = QLabel(self.tr("A new language is used from the next start."), general)
        note.setWordWrap(True)
        form.addRow("", note)
        layout.addWidget(general)

        layout.addWidget(self._build_passphrase_group(general_tab))
        layout.addStretch(1)  # the room kept for the passphrase messages, while none shows

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._keep_room_for_messages()

    def _build_purge_group(self, parent: QWidget, days: int | None) -> QGroupBox:
        """When closed, fully synced cases are offered for removal (services/sync/purge.py)."""
        group = QGroupBox(self.tr("Closed cases on this computer"), parent)
        form = QFormLayout(group)
        self.purge_days = QComboBox(group, objectName="purgeDaysCombo")
        self.purge_days.addItem(self.tr("Never (off)"), None)
        for choice in PURGE_POLICY_DAYS:
            self.purge_days.addItem(self.tr("%n day(s) after closing and syncing", "", choice), choice)
        self.purge_days.setCurrentIndex(max(0, self.purge_days.findData(days)))
        form.addRow(self.tr("Remove closed cases from this computer:"), self.purge_days)
        note = QLabel(self.tr("Only cases whose every change is on the central records server are removed, and "
                              "only after you confirm the list. The server keeps them."), group, wordWrap=True)
        form.addRow("", note)
        return group

    def _build_passphrase_group(self, parent: QWidget) -> QGroupBox:
        """Current, new and repeated passphrase, each with its message underneath; the new one
        with the strength meter. A message goes when its field is edited or cleared."""
        secret = QGroupBox(self.tr("Change passphrase"), parent)
        grid = QGridLayout(secret)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self.old_pass = self._password_field("oldPassEdit", secret)
        self.new_pass = self._password_field("newPassEdit", secret)
        self.repeat_pass = self._password_field("repeatPassEdit", secret)
        self.meter = StrengthMeter(self.tr("Strength of the new passphrase"), secret)
        self.rating = LiveRating(self.context, self.new_pass, user_inputs=self._profile_name)
        self.rating.rated.connect(self.meter.show_strength)
        self.errors = {field: self._message_label(f"{field}PassError", secret) for field in _FIELDS}
        self.pass_message = self._message_label("passMessage", secret)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("Current passphrase:"), self.old_pass), ("", self.errors["old"]),
            (self.tr("New passphrase:"), self.new_pass), ("", self.meter), ("", self.errors["passphrase"]),
            (self.tr("Repeat new passphrase:"), self.repeat_pass), ("", self.errors["repeat"]),
            ("", self.pass_message)]
        for row, (caption, widget) in enumerate(rows):
            if caption:
                grid.addWidget(QLabel(caption, secret), row, 0)
            grid.addWidget(widget, row, 1)
        self.change_button = QPushButton(self.tr("Change passphrase"), secret)
        self.change_button.setObjectName("changePassButton")
        self.change_button.clicked.connect(self._on_change_button_clicked)
        grid.addWidget(self.change_button, len(rows), 1)
        for field, edit in (("old", self.old_pass), ("passphrase", self.new_pass), ("repeat", self.repeat_pass)):
            edit.textChanged.connect(lambda _text, field=field: self._on_field_edited(field))
        return secret

    def _password_field(self, name: str, parent: QWidget) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(PASSPHRASE_MAX_LENGTH)
        return edit

    def _message_label(self, name: str, parent: QWidget) -> QLabel:
        label = QLabel(parent, objectName=name, wordWrap=True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        return label

    def _profile_name(self) -> tuple[str, ...]:
        return (self.context.workspace.profile.display_name,) if self.context.unlocked else ()

    def _keep_room_for_messages(self) -> None:
        longest = {self.errors["old"]: message("unlock.throttled", {"seconds": 300}),
                   self.errors["passphrase"]: "\n".join(message(key) for key in ("passphrase.too_short",
                                                                                  "passphrase.weak")),
                   self.errors["repeat"]: message("passphrase.mismatch"),
                   self.pass_message: self.tr("The passphrase was changed. Use the new one from now on.")}
        keep_room_for_messages(self, longest)

    def _show_message(self, label: QLabel, text: str, *, error: bool) -> None:
        label.setText(text)
        label.setVisible(bool(text))
        if error:
            apply_error_style(label)
        else:
            label.setPalette(self.palette())
        announce(label, text)

    def _on_field_edited(self, field: str) -> None:
        label = self.errors[field]
        if label.text():
            self._show_message(label, "", error=True)
            edit = {"old": self.old_pass, "passphrase": self.new_pass, "repeat": self.repeat_pass}[field]
            edit.setAccessibleDescription("")
        if field == "passphrase":
            self._on_field_edited("repeat")  # "do not match" was about the old text
            if not self.new_pass.text():
                self.meter.clear()
        self._show_message(self.pass_message, "", error=False)

    def _show_issues(self, issues: dict[str, list[str]]) -> None:
        edits = {"old": self.old_pass, "passphrase": self.new_pass, "repeat": self.repeat_pass}
        for field, label in self.errors.items():
            text = "\n".join(issues.get(field, []))
            self._show_message(label, text, error=True)
            edits[field].setAccessibleDescription(text)
        first = next((edits[field] for field in _FIELDS if issues.get(field)), None)
        if first is not None:
            first.setFocus()

    def _on_change_button_clicked(self) -> None:
        profile_id = self.context.workspace.profile.profile_id
        old, new, repeat = self.old_pass.text(), self.new_pass.text(), self.repeat_pass.text()
        self.change_button.setEnabled(False)
        self.rating.rate_now()  # the meter agrees with the verdict below
        self._show_issues({})
        self._show_message(self.pass_message, self.tr("Changing…"), error=False)

        def done(_: object) -> None:
            self.change_button.setEnabled(True)
            for edit in (self.old_pass, self.new_pass, self.repeat_pass):
                edit.clear()  # clears their messages too
            self._show_message(self.pass_message, self.tr("The passphrase was changed. Use the new one from now on."),
                               error=False)

        def invalid(error: ValidationError) -> None:
            self.change_button.setEnabled(True)
            self._show_message(self.pass_message, "", error=False)
            found: dict[str, list[str]] = {}
            for issue in error.issues:
                found.setdefault(issue.field if issue.field in _FIELDS else "passphrase", []).append(issue_text(issue))
            self._show_issues(found)

        def failed(error: BaseException) -> None:
            self.change_button.setEnabled(True)
            self._show_message(self.pass_message, "", error=False)
            if isinstance(error, (WrongPassphraseError, UnlockThrottledError)):
                self._show_issues({"old": [message(error.key, error.params)]})
            elif isinstance(error, KnownError):
                errors.report(self, error)  # a full disk and the like: a dialog that says what to do

        self.context.run(lambda: self.context.profiles.change_passphrase(profile_id, old, new, repeat),
                         parent=self, on_success=done, on_invalid=invalid, on_failure=failed, quiet=True)

    def _on_rekey_requested(self, passphrase: str) -> None:
        self.rekey_requested.emit(passphrase)
        self.reject()  # other changes in the dialog are not saved: the app locks now

    def _on_buttons_accepted(self) -> None:
        minutes = self.auto_lock.value()
        backup_schedule = self.backups.values()
        purge_days = self.purge_days.currentData()
        language = str(self.language.currentData())
        data_dir = self.data_dir
        workspace = self.context.workspace
        letterhead = (self.organisation.values(), self.organisation.logo_change()) \
            if self.organisation.changed() else None

        def save() -> None:  # file writes with fsync: off the GUI thread
            if letterhead is not None and workspace.letterhead is not None:
                workspace.letterhead.save(*letterhead)  # first: a problem in it keeps the dialog open
            config = AppConfig.load(data_dir)
            config.language = language
            config.save(data_dir)
            workspace.settings.set_auto_lock_minutes(minutes)
            workspace.purge.set_policy_days(purge_days)
            workspace.backups.set_schedule(*backup_schedule)

        self.chosen_auto_lock_minutes = minutes

        # A full disk or unwritable folder comes back as a KnownError: a friendly dialog, dialog stays open.
        def invalid(error: ValidationError) -> None:
            backup_issues = [i for i in error.issues if i.field.startswith("backup_")]
            if backup_issues:
                self.backups.show_issues(backup_issues)
                self.tabs.setCurrentWidget(self.backups)
                return
            self.organisation.show_issues(error.issues)
            self.tabs.setCurrentWidget(self.organisation)

        def saved(_: object) -> None:
            self.organisation.saved()
            self.accept()

        self.context.run(save, parent=self, on_success=saved, on_invalid=invalid)
