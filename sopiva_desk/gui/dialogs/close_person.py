"""The dialog for adding a close person to a client."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.clients import CloseRole
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.gui.labels import role_label
from sopiva_desk.gui.messages import issue_text
from sopiva_desk.gui.widgets.feedback import error_label


class AddClosePersonDialog(QDialog):
    """Name, relation, phone and roles of a new close person; stays open until the add succeeds.

    Signals:
        submitted(dict): the typed values, to be added by the page.
    """

    submitted = Signal(dict)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("addClosePersonDialog")
        self.setWindowTitle(self.tr("Add close person"))
        self.setMinimumWidth(560)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for field, label, hint in (
            ("name", self.tr("Name"), ""),
            ("relation", self.tr("Relation"), self.tr("e.g. mother, brother, friend, trustee")),
            ("phone", self.tr("Phone"), "040 123 4567"),
        ):
            edit = QLineEdit(self, objectName=f"person_{field}Edit", placeholderText=hint)
            edit.setAccessibleName(label)
            error = error_label(self, f"person_{field}Error")
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(edit)
            box.addWidget(error)
            caption = QLabel(label, self)
            caption.setBuddy(edit)
            form.addRow(caption, box)
            self.edits[field], self.errors[field] = edit, error
        roles = QGroupBox(self.tr("Roles"), self)
        roles_layout = QVBoxLayout(roles)
        self.role_boxes = {r.value: QCheckBox(role_label(r.value), roles) for r in CloseRole}
        for box in self.role_boxes.values():
            roles_layout.addWidget(box)
        self.errors["roles"] = error_label(self, "person_rolesError")
        roles_layout.addWidget(self.errors["roles"])
        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(roles)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {field: edit.text() for field, edit in self.edits.items()}
        values["roles"] = [value for value, box in self.role_boxes.items() if box.isChecked()]
        return values

    def show_issues(self, error: ValidationError) -> None:
        self.add_button.setEnabled(True)
        by_field: dict[str, list[Issue]] = {}
        for issue in error.issues:
            by_field.setdefault(issue.field if issue.field in self.errors else "name", []).append(issue)
        for field, label in self.errors.items():
            text = "\n".join(issue_text(i) for i in by_field.get(field, []))
            label.setText(text)
            label.setVisible(bool(text))
            if field in self.edits:
                self.edits[field].setAccessibleDescription(text)
        first = next((f for f in self.edits if f in by_field), None)
        if first is not None:
            self.edits[first].setFocus()
        self.adjustSize()  # make room for the messages

    def _on_buttons_accepted(self) -> None:
        self.add_button.setEnabled(False)  # until the page answers
        self.submitted.emit(self.values())
