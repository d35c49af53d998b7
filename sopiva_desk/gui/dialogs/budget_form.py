"""The form dialogs of the personal budget (create, decide, payment commitment, realised use):
labelled fields with the reason for a refusal right under each, a line for refusals that
belong to no field, and a main button that waits while the page does the store work.

Nothing typed is lost on a refusal: the dialog stays open with every value in place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.gui.formatting import date_placeholder, format_date, parse_date
from sopiva_desk.gui.messages import issue_text
from sopiva_desk.gui.widgets.autosave import ERROR_COLOR
from sopiva_desk.gui.widgets.page_parts import HINT_COLOR


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent, objectName=name, wordWrap=True)
    label.setStyleSheet(f"color: {ERROR_COLOR};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class BudgetFormDialog(QDialog):
    """Signals:
    submitted(object): the values as a dict (dates as ``date`` or the text typed).
    """

    submitted = Signal(object)

    def __init__(self, title: str, accept_text: str, parent: QWidget | None = None, *, explanation: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._date_keys: set[str] = set()
        self._form = QFormLayout()
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.general_error = _error_label(self, "generalError")
        self.buttons = QDialogButtonBox(self)
        self.accept_button = self.buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.accept_button.setObjectName("acceptButton")
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if explanation:
            label = QLabel(explanation, self, wordWrap=True)
            label.setStyleSheet(f"color: {HINT_COLOR};")
            layout.addWidget(label)
        layout.addLayout(self._form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._busy = False

    # -- building --------------------------------------------------------------------------

    def add_field(self, key: str, caption: str, editor: QWidget) -> QWidget:
        editor.setObjectName(key)
        editor.setAccessibleName(caption.replace("&", ""))
        label = QLabel(caption, self)
        label.setBuddy(editor)
        error = _error_label(self, f"{key}Error")
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(error)
        self._form.addRow(label, column)
        self.fields[key] = editor
        self.errors[key] = error
        return editor

    def add_line(self, key: str, caption: str, text: str = "", placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(text, self, placeholderText=placeholder)
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
            label.setVisible(bool(text))
            self.fields[key].setAccessibleDescription(text)
            if text and first is None:
                first = self.fields[key]
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        if first is not None:
            first.setFocus()

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
