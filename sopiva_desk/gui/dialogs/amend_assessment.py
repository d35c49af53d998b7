"""Asks why a completed assessment is being changed, before its new version is made."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.gui.messages import issue_text, message
from sopiva_desk.gui.widgets.autosave import ERROR_COLOR
from sopiva_desk.gui.widgets.feedback import error_label
from sopiva_desk.services.inputs import REASON_MAX


class AmendAssessmentDialog(QDialog):
    """The reason for amending (required, several lines); stays open until the page made the version.

    Signals:
        submitted(str): the reason, without surrounding white space.
    """

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, title: str = "", explanation: str = "") -> None:
        """``title`` and ``explanation`` name the kind of record (an assessment by default)."""
        super().__init__(parent)
        self.setObjectName("amendAssessmentDialog")
        self.setWindowTitle(title or self.tr("Amend assessment"))
        self.setMinimumWidth(560)
        explanation_label = QLabel(explanation or self.tr(
            "A completed assessment is not changed. Amending makes a new version with the same answers, "
            "as a draft you can edit and complete again. The reason is kept with every change made in the "
            "new version and shown in the history."), self, wordWrap=True)
        caption = QLabel(self, objectName="amendReasonLabel", wordWrap=True)
        caption.setTextFormat(Qt.TextFormat.RichText)
        caption.setText('<b>{text}</b> <span style="color: {color};">*</span>'.format(
            text=self.tr("Reason for the change"), color=ERROR_COLOR))
        hint = QLabel(self.tr("e.g. “The client told more about their need for support on 3.2.”"), self,
                      wordWrap=True)
        hint.setStyleSheet("color: #555b61;")
        self.reason_edit = QPlainTextEdit(self, objectName="amendReasonEdit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setAccessibleName(self.tr("Reason for the change (required)"))
        self.reason_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 16)
        caption.setBuddy(self.reason_edit)
        self.error = error_label(self, "amend_reasonError")
        self.buttons = QDialogButtonBox(self)
        self.amend_button = self.buttons.addButton(self.tr("Make new version"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.amend_button.setObjectName("amendConfirmButton")
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._on_reason_edit_text_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation_label)
        layout.addSpacing(6)
        layout.addWidget(caption)
        layout.addWidget(hint)
        layout.addWidget(self.reason_edit, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._busy = False
        self._length_shown = False
        self._on_reason_edit_text_changed()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def show_issues(self, error: ValidationError) -> None:
        """The page's amend was refused: say why next to the reason."""
        self._busy = False
        text = "\n".join(issue_text(issue) for issue in error.issues)
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.reason_edit.setAccessibleDescription(text)
        self.reason_edit.setFocus()
        self._on_reason_edit_text_changed()

    def set_busy(self, busy: bool) -> None:
        """While the page makes the version the button waits; a failure makes it usable again."""
        self._busy = busy
        self._on_reason_edit_text_changed()

    def _on_reason_edit_text_changed(self) -> None:
        reason = self.reason()
        too_long = len(reason) > REASON_MAX
        if too_long:
            self.error.setText(message("field.too_long", {"max": REASON_MAX}))
            self.error.show()
        elif self._length_shown:
            self.error.hide()
        self._length_shown = too_long
        self.amend_button.setEnabled(bool(reason) and not too_long and not self._busy)

    def _on_buttons_accepted(self) -> None:
        if not self.amend_button.isEnabled():
            return
        self.set_busy(True)
        self.submitted.emit(self.reason())
