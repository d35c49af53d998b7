"""The export's options step: an optional password for the PDF, typed twice.

The password follows the passphrase rule (``domain.passphrase``: at least 12 characters and
not easy to guess); the meter shows its strength as it is typed, and a weak one is refused
with the reasons next to the field. The service checks the same rule again.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from sopiva_desk.domain import passphrase as passphrase_rules
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.messages import message
from sopiva_desk.gui.widgets.feedback import announce, error_label, keep_room_for_messages
from sopiva_desk.gui.widgets.page_parts import HINT_COLOR
from sopiva_desk.gui.widgets.strength_meter import LiveRating, StrengthMeter
from sopiva_desk.services.documents.export import PASSWORD_MAX_BYTES


class ExportOptionsDialog(QDialog):
    """The export's options: an optional password (typed twice). The password is handed to the
    export once and kept nowhere."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportOptionsDialog")
        self.setWindowTitle(self.tr("Export PDF"))
        self.setMinimumWidth(480)
        self._accept_when_rated = False
        intro = QLabel(self.tr("The PDF file holds client data. Protect it with a password when it leaves "
                               "your computer."), self, wordWrap=True)
        self.protect_check = QCheckBox(self.tr("&Protect the PDF with a password"), self,
                                       objectName="protectCheck")
        self.password_edit = QLineEdit(self, objectName="password", echoMode=QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(self, objectName="repeatPassword", echoMode=QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.repeat_edit.setAccessibleName(self.tr("Password again"))
        self.meter = StrengthMeter(self.tr("Password strength"), self)
        self.rating = LiveRating(context, self.password_edit)
        self.rating.rated.connect(self._on_rating_rated)
        self.error_label = error_label(self, "passwordError")
        self.repeat_error_label = error_label(self, "repeatPasswordError")
        hint = QLabel(self.tr("Give the password to the recipient another way, e.g. by phone – never in the "
                              "same message as the file."), self, wordWrap=True)
        hint.setStyleSheet(f"color: {HINT_COLOR};")
        form = QFormLayout()
        form.addRow(self.tr("Pass&word"), self.password_edit)
        form.addRow("", self.meter)
        form.addRow("", self.error_label)
        form.addRow(self.tr("&Again"), self.repeat_edit)
        form.addRow("", self.repeat_error_label)
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
        layout.addWidget(hint)
        layout.addStretch(1)  # the room kept for the messages while none shows
        layout.addWidget(self.buttons)
        self.protect_check.toggled.connect(self._on_protect_check_toggled)
        self.password_edit.textChanged.connect(self._on_password_edit_text_changed)
        self.repeat_edit.textChanged.connect(lambda _text: self._show(self.repeat_error_label, self.repeat_edit, ""))
        self._on_protect_check_toggled(False)
        keep_room_for_messages(self, {
            self.error_label: "\n".join(message(key) for key in ("passphrase.too_short", "passphrase.weak")),
            self.repeat_error_label: self.tr("The passwords do not match.")})


    def password(self) -> str | None:
        return self.password_edit.text() if self.protect_check.isChecked() else None

    def problem(self) -> str:
        """What about the password stops the export, in words; empty when nothing does (the
        strength is judged separately, in the background)."""
        if not self.protect_check.isChecked():
            return ""
        password = self.password_edit.text()
        if not password:
            return self.tr("Enter a password, or export without one.")
        if len(password.encode("utf-8")) > PASSWORD_MAX_BYTES:
            return self.tr("Too long a password: at most {max} characters.").format(max=PASSWORD_MAX_BYTES)
        return ""

    def mismatch(self) -> str:
        if self.protect_check.isChecked() and self.password_edit.text() != self.repeat_edit.text():
            return self.tr("The passwords do not match.")
        return ""

    def _show(self, label: QLabel, edit: QLineEdit, text: str) -> None:
        if label.text() == text:
            return
        label.setText(text)
        label.setVisible(bool(text))
        edit.setAccessibleDescription(text)
        announce(label, text)

    def _on_protect_check_toggled(self, checked: bool) -> None:
        for widget in (self.password_edit, self.repeat_edit, self.meter):
            widget.setEnabled(checked)
        if checked:
            self.password_edit.setFocus()
        self._show(self.error_label, self.password_edit, "")
        self._show(self.repeat_error_label, self.repeat_edit, "")

    def _on_password_edit_text_changed(self, text: str) -> None:
        self._show(self.error_label, self.password_edit, "")
        self._show(self.repeat_error_label, self.repeat_edit, "")
        if not text:
            self.meter.clear()

    def _on_rating_rated(self, strength: passphrase_rules.Strength) -> None:
        if self.password_edit.text():
            self.meter.show_strength(strength)
        if self._accept_when_rated:
            self._accept_when_rated = False
            self._on_buttons_accepted()

    def _on_buttons_accepted(self) -> None:
        problem = self.problem()
        if not problem and self.protect_check.isChecked():
            strength = self.rating.strength
            if strength is None:  # still being rated: decide when it is
                self._accept_when_rated = True
                self.rating.rate_now()
                return
            problem = "\n".join(message(key) for key in strength.feedback)
        mismatch = self.mismatch()
        self._show(self.error_label, self.password_edit, problem)
        self._show(self.repeat_error_label, self.repeat_edit, mismatch)
        if problem or mismatch:
            (self.password_edit if problem else self.repeat_edit).setFocus()
            return
        self.accept()
