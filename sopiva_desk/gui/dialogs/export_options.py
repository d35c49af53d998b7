"""The export's options step: an optional password for the PDF, typed twice."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from sopiva_desk.gui.widgets.autosave import ERROR_COLOR
from sopiva_desk.gui.widgets.page_parts import HINT_COLOR
from sopiva_desk.services.documents.export import PASSWORD_MAX_BYTES


class ExportOptionsDialog(QDialog):
    """The export's options: an optional password (typed twice). The password is handed to the
    export once and kept nowhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportOptionsDialog")
        self.setWindowTitle(self.tr("Export PDF"))
        self.setMinimumWidth(480)
        intro = QLabel(self.tr("The PDF file holds client data. Protect it with a password when it leaves "
                               "your computer."), self, wordWrap=True)
        self.protect_check = QCheckBox(self.tr("&Protect the PDF with a password"), self,
                                       objectName="protectCheck")
        self.password_edit = QLineEdit(self, objectName="password", echoMode=QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(self, objectName="repeatPassword", echoMode=QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.repeat_edit.setAccessibleName(self.tr("Password again"))
        self.error_label = QLabel(self, objectName="passwordError", wordWrap=True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error_label.hide()
        hint = QLabel(self.tr("Give the password to the recipient another way, e.g. by phone – never in the "
                              "same message as the file."), self, wordWrap=True)
        hint.setStyleSheet(f"color: {HINT_COLOR};")
        form = QFormLayout()
        form.addRow(self.tr("Pass&word"), self.password_edit)
        form.addRow(self.tr("&Again"), self.repeat_edit)
        self.buttons = QDialogButtonBox(self)
        self.accept_button = self.buttons.addButton(self.tr("Choose where to save…"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.protect_check)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.protect_check.toggled.connect(self._on_protect_check_toggled)
        self._on_protect_check_toggled(False)

    def password(self) -> str | None:
        return self.password_edit.text() if self.protect_check.isChecked() else None

    def problem(self) -> str:
        """What stops the export, in words; empty when nothing does."""
        if not self.protect_check.isChecked():
            return ""
        password = self.password_edit.text()
        if not password:
            return self.tr("Enter a password, or export without one.")
        if len(password.encode("utf-8")) > PASSWORD_MAX_BYTES:
            return self.tr("Too long a password: at most {max} characters.").format(max=PASSWORD_MAX_BYTES)
        if password != self.repeat_edit.text():
            return self.tr("The passwords do not match.")
        return ""

    def _on_protect_check_toggled(self, checked: bool) -> None:
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEnabled(checked)
        if checked:
            self.password_edit.setFocus()
        self.error_label.hide()

    def _on_buttons_accepted(self) -> None:
        problem = self.problem()
        self.error_label.setText(problem)
        self.error_label.setVisible(bool(problem))
        if problem:
            self.password_edit.setAccessibleDescription(problem)
            self.password_edit.setFocus()
            return
        self.accept()
