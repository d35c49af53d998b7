"""The form dialogs of the personal budget (create, decide, payment commitment, realised use,
corrections): labelled fields with the reason for a refusal right under each, a line for
refusals that belong to no field, and a main button that waits while the page does the store work.

Nothing typed is lost on a refusal: the dialog stays open with every value in place. The
dialog does not change its size when a reason appears: each field keeps one line for its
reason and the dialog opens with room for a few more, so the buttons never move under the
mouse (a longer list of reasons than that makes it taller rather than cutting it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.gui.formatting import date_placeholder, format_date, parse_date
from sopiva_desk.gui.messages import issue_text
from sopiva_desk.gui.widgets.feedback import error_label
from sopiva_desk.gui.widgets.page_parts import HINT_COLOR

SPARE_LINES = 3  # beyond one line under each field: room for reasons that wrap onto two lines



def hint(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent, objectName=name, wordWrap=True)
    label.setStyleSheet(f"color: {HINT_COLOR};")
    return label


class BudgetFormDialog(QDialog):
    """Signals:
    submitted(object): the values as a dict (dates as ``date`` or the text typed).
    """

    submitted = Signal(object)

    def __init__(self, title: str, accept_text: str, parent: QWidget | None = None, *, explanation: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._date_keys: set[str] = set()
        self._form = QFormLayout()
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._form.setVerticalSpacing(2)
        self.general_error = error_label(self, "generalError")
        self.buttons = QDialogButtonBox(self)
        self.accept_button = self.buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.accept_button.setObjectName("acceptButton")
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if explanation:
            layout.addWidget(hint(explanation, self, "explanation"))
        layout.addLayout(self._form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)  # the spare room a long reason takes, above the buttons
        layout.addWidget(self.buttons)
        self._busy = False
        self._sized = False

    # -- building --------------------------------------------------------------------------

    def add_field(self, key: str, caption: str, editor: QWidget, below: QWidget | None = None) -> QWidget:
        """``editor`` with its caption; ``below`` (e.g. a live note) goes between it and its error line."""
        editor.setObjectName(key)
        editor.setAccessibleName(caption.replace("&", ""))
        label = QLabel(caption, self)
        label.setBuddy(editor)
        error = error_label(self, f"{key}Error")
        column = QVBoxLayout()
        column.setSpacing(1)
        column.addWidget(editor)
        if below is not None:
            column.addWidget(below)
        column.addWidget(error)
        self._form.addRow(label, column)
        self.fields[key] = editor
        self.errors[key] = error
        return editor

    def add_row(self, widget: QWidget) -> None:
        """A widget across the form (a note between fields)."""
        self._form.addRow(widget)

    def add_line(self, key: str, caption: str, text: str = "", placeholder: str = "",
                 below: QWidget | None = None) -> QLineEdit:
        edit = QLineEdit(text, self, placeholderText=placeholder)
        self.add_field(key, caption, edit, below)
        return edit

    def add_text(self, key: str, caption: str, placeholder: str = "", lines: int = 2) -> QPlainTextEdit:
        """A few lines of free text (a reason); Tab moves on instead of typing a tab."""
        edit = QPlainTextEdit(self, placeholderText=placeholder, tabChangesFocus=True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        self.add_field(key, caption, edit)
        return edit

    def add_date(self, key: str, caption: str, value: Any = None) -> QLineEdit:
        self._date_keys.add(key)
        return self.add_line(key, caption, format_date(value), date_placeholder())

    def add_combo(self, key: str, caption: str, items: list[tuple[Any, str]]) -> QComboBox:
        combo = QComboBox(self)
        for data, label in items:
            combo.addItem(label, data)
        self.add_field(key, caption, combo)
        return combo

    # -- values and refusals ---------------------------------------------------------------

    def value(self, key: str) -> Any:
        editor = self.fields[key]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QLineEdit):
            text = editor.text()
            return parse_date(text) if key in self._date_keys else text.strip() or None
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText().strip() or None
        return None

    def values(self) -> dict[str, Any]:
        return {key: self.value(key) for key in self.fields}

    def show_issues(self, error: ValidationError) -> None:
        """The page's work was refused: each reason next to its field, the rest under the form."""
        self.set_busy(False)
        by_field: dict[str, list[str]] = {}
        general: list[str] = []
        for issue in error.issues:
            key = self.field_of(issue.field)
            (by_field.setdefault(key, []) if key in self.errors else general).append(issue_text(issue))
        first: QWidget | None = None
        for key, label in self.errors.items():
            text = "\n".join(by_field.get(key, []))
            label.setText(text)
            self.fields[key].setAccessibleDescription(text)
            if text and first is None:
                first = self.fields[key]
        self.general_error.setText("\n".join(general))
        if first is not None:
            first.setFocus()

    def clear_issue(self, key: str) -> None:
        self.errors[key].setText("")
        self.fields[key].setAccessibleDescription("")

    def field_of(self, issue_field: str) -> str:
        """The dialog field an issue belongs to (subclasses map the service's names)."""
        return issue_field

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.accept_button.setEnabled(not busy)

    def _on_buttons_accepted(self) -> None:
        if self._busy:
            return
        self.set_busy(True)
        self.submitted.emit(self.values())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        if not self._sized:  # the first time: the spare room for reasons, once
            self._sized = True
            hint_size = self.sizeHint()
            self.resize(max(self.width(), hint_size.width()),
                        hint_size.height() + SPARE_LINES * self.fontMetrics().lineSpacing())
        super().showEvent(event)


class DecideBudgetDialog(BudgetFormDialog):
    """The decision date and number; what stops deciding is listed under the fields."""

    def __init__(self, today: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Decide the personal budget"), self.tr("Decide"), parent, explanation=self.tr(
            "A decided budget is locked: a change needs a new decision. Follow-up (payment commitments and "
            "realised use) goes on."))
        self.setObjectName("decideBudgetDialog")
        self.date_edit = self.add_date("decision_date", self.tr("Decision &date"), today)
        self.reference_edit = self.add_line("decision_reference", self.tr("Decision &number"),
                                            placeholder=self.tr("optional"))


class ReasonDialog(BudgetFormDialog):
    """Asks the written reason for cancelling a follow-up entry (kept in the history with it)."""

    def __init__(self, title: str, accept_text: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(title, accept_text, parent, explanation=explanation)
        self.setObjectName("reasonDialog")
        self.reason_edit = self.add_text("reason", self.tr("&Reason"), self.tr("e.g. The same invoice was "
                                                                               "recorded twice"), lines=3)
