"""Settings: auto-lock time, interface language and the passphrase (General); the letterhead of
documents (Organisation, ``dialogs/organisation_settings.py``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.messages import issue_text
from sopiva_desk.gui.widgets.feedback import apply_error_style
from sopiva_desk.services.settings import AUTO_LOCK_RANGE, AppConfig


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, data_dir: Path, auto_lock_minutes: int,
                 parent: QWidget | None = None) -> None:
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

        secret = QGroupBox(self.tr("Change passphrase"), general_tab)
        secret_form = QFormLayout(secret)
        self.old_pass = self._password_field("oldPassEdit")
        self.new_pass = self._password_field("newPassEdit")
        self.repeat_pass = self._password_field("repeatPassEdit")
        secret_form.addRow(self.tr("Current passphrase:"), self.old_pass)
        secret_form.addRow(self.tr("New passphrase:"), self.new_pass)
        secret_form.addRow(self.tr("Repeat new passphrase:"), self.repeat_pass)
        self.pass_message = QLabel("", secret)
        self.pass_message.setObjectName("passMessage")
        self.pass_message.setWordWrap(True)
        secret_form.addRow("", self.pass_message)
        self.change_button = QPushButton(self.tr("Change passphrase"), secret)
        self.change_button.setObjectName("changePassButton")
        self.change_button.clicked.connect(self._on_change_button_clicked)
        secret_form.addRow("", self.change_button)
        layout.addWidget(secret)
        layout.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def _password_field(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _on_change_button_clicked(self) -> None:
        profile_id = self.context.workspace.profile.profile_id
        old, new, repeat = self.old_pass.text(), self.new_pass.text(), self.repeat_pass.text()
        self.change_button.setEnabled(False)
        self.pass_message.setPalette(self.palette())  # plain text; errors turn it red below
        self.pass_message.setText(self.tr("Changing…"))

        def done(_: object) -> None:
            self.change_button.setEnabled(True)
            for edit in (self.old_pass, self.new_pass, self.repeat_pass):
                edit.clear()
            self.pass_message.setText(self.tr("The passphrase was changed. Use the new one from now on."))

        def invalid(error: ValidationError) -> None:
            self.change_button.setEnabled(True)
            apply_error_style(self.pass_message)
            self.pass_message.setText("\n".join(issue_text(i) for i in error.issues))

        def failed(_: BaseException) -> None:
            self.change_button.setEnabled(True)
            self.pass_message.setText("")

        self.context.run(lambda: self.context.profiles.change_passphrase(profile_id, old, new, repeat),
                         parent=self, on_success=done, on_invalid=invalid, on_failure=failed)

    def _on_buttons_accepted(self) -> None:
        minutes = self.auto_lock.value()
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

        self.chosen_auto_lock_minutes = minutes
        # A full disk or unwritable folder comes back as a KnownError: a friendly dialog, dialog stays open.
        def invalid(error: ValidationError) -> None:
            self.organisation.show_issues(error.issues)
            self.tabs.setCurrentWidget(self.organisation)

        def saved(_: object) -> None:
            self.organisation.saved()
            self.accept()

        self.context.run(save, parent=self, on_success=saved, on_invalid=invalid)
