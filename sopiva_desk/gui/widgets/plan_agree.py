"""Asks the date on which the client plan was agreed with the client (today by default)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from sopiva_desk.domain.dates import DateProblem, read_day
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.gui.formatting import date_placeholder, format_date
from sopiva_desk.gui.messages import issue_text
from sopiva_desk.gui.widgets.feedback import error_label


class AgreePlanDialog(QDialog):
    """Stays open until the page has agreed the plan; a refusal is shown under the date.

    Signals:
        submitted(object): the agreement ``date``.
    """

    submitted = Signal(object)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreePlanDialog")
        self.setWindowTitle(self.tr("Agree the plan"))
        self.setMinimumWidth(460)
        explanation = QLabel(self.tr("Agreeing locks this version of the plan. The plan agreed before it is "
                                     "kept as superseded. Later changes are made in a new version."), self,
                             wordWrap=True)
        caption = QLabel(self.tr("&Agreed with the client on"), self)
        self.date_edit = QLineEdit(format_date(today), self, objectName="agreedOnEdit")
        self.date_edit.setPlaceholderText(date_placeholder())
        self.date_edit.setAccessibleName(self.tr("Agreed with the client on"))
        self.date_edit.setMaximumWidth(180)
        caption.setBuddy(self.date_edit)
        self.error = error_label(self, "agreedOnError")
        self.buttons = QDialogButtonBox(self)
        self.agree_button = self.buttons.addButton(self.tr("Agree"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.agree_button.setObjectName("agreeConfirmButton")
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addSpacing(6)
        layout.addWidget(caption)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def show_issues(self, error: ValidationError) -> None:
        """The page's agree was refused: say why under the date."""
        self.agree_button.setEnabled(True)
        text = "\n".join(issue_text(issue) for issue in error.issues)
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.date_edit.setAccessibleDescription(text)
        self.date_edit.setFocus()

    def _on_buttons_accepted(self) -> None:
        try:
            value = read_day(self.date_edit.text())
        except DateProblem as problem:  # says what is wrong, e.g. "31.2.2026 is not a date: …"
            self.show_issues(ValidationError([problem.issue("agreed_on")]))
            return
        if value is None:
            self.show_issues(ValidationError([Issue("agreed_on", "field.required")]))
            return
        self.agree_button.setEnabled(False)  # waits for the page
        self.submitted.emit(value)
