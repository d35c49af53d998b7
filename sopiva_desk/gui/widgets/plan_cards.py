"""Cards of the client plan's goal editor: the shared field plumbing and the support card.

A card holds one goal's or one support's editors, each a small column of caption, editor and
the message of a rejected value. The card converts between what the service stores (ISO
dates, decimal text, cents) and what a Finn types (1.2.2027, 7,5, 33,50), and binds every
editor to the page's autosave as ``goals/<id>/<part>`` or ``goals/<id>/supports/<id>/<part>``
— the same keys the rules use in their issues, so an issue leads straight to its editor.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.money import (
    InvalidInput,
    format_cents,
    format_quantity,
    line_cents,
    parse_cents,
    parse_quantity,
)
from sopiva_desk.gui.dialogs.pictogram_picker import PictogramButton
from sopiva_desk.gui.formatting import date_placeholder
from sopiva_desk.gui.widgets.autosave import ERROR_COLOR, AutosaveController, SaveFn
from sopiva_desk.gui.widgets.locking import lock_editor
from sopiva_desk.gui.widgets.plan_labels import arranging_method_labels, provider_kind_labels, unit_labels
from sopiva_desk.gui.widgets.template_fields import HINT_COLOR, date_text, date_value
from sopiva_desk.services.catalogue import Service

_t = QCoreApplication.translate  # lupdate knows the alias (Makefile: -tr-function-alias)

SUPPORT_STYLE = "QFrame#supportCard { border: 1px solid #c9d0d8; border-radius: 5px; background: #ffffff; }"
_TEXT_KINDS = ("text", "date", "quantity", "money", "months")  # line edits: saved after a pause in typing


def money_language(language: str) -> str:
    return language if language in ("fi", "sv", "en") else "fi"


def small_text_edit(parent: QWidget, name: str, lines: int) -> QPlainTextEdit:
    """A plain-text editor ``lines`` high in which Tab moves on (a card holds many fields)."""
    edit = QPlainTextEdit(parent, objectName=name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def choice_combo(parent: QWidget, name: str, choices: Mapping[str, str]) -> QComboBox:
    combo = QComboBox(parent, objectName=name)
    combo.addItem("—", None)
    for value, label in choices.items():
        combo.addItem(label, value)
    return combo


class FieldCard(QFrame):
    """Editors of one row of the plan (a goal or a support): ``editors`` and ``kinds`` by part."""

    def __init__(self, prefix: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefix = prefix  # "goals/<id>" or "goals/<id>/supports/<id>"
        self.language = language
        self.editors: dict[str, QWidget] = {}
        self.kinds: dict[str, str] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}

    def add_editor(self, key: str, kind: str, editor: QWidget, caption: str, hint: str = "") -> QWidget:
        """Register an editor; returns its column (caption, editor, message) to lay out."""
        self.editors[key] = editor
        self.kinds[key] = kind
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        label = QLabel(caption, box)
        label.setBuddy(editor)
        label.setStyleSheet("color: #30343a;")
        self.captions[key] = label
        column.addWidget(label)
        editor.setParent(box)
        if hint:
            editor.setToolTip(hint)
        column.addWidget(editor)
        error = QLabel(box, objectName=f"{key}Error", wordWrap=True)
        error.setStyleSheet(f"color: {ERROR_COLOR};")
        error.hide()
        column.addWidget(error)
        self.error_labels[key] = error
        return box

    def field(self, key: str) -> str:
        return f"{self.prefix}/{key}"

    # -- values ----------------------------------------------------------------------------

    def value(self, key: str) -> Any:
        """What the service is sent: text as typed for amounts (it parses them), ISO for dates."""
        editor, kind = self.editors[key], self.kinds[key]
        if isinstance(editor, PictogramButton):
            return editor.hexcode()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        assert isinstance(editor, QLineEdit)
        return date_value(editor.text()) if kind == "date" else editor.text()

    def text_of(self, key: str, value: Any) -> str:
        """A stored value as shown: 1.2.2027, 7,5, 33,50; a value the rules refused, as typed."""
        kind = self.kinds[key]
        if value is None or value == "":
            return ""
        if kind == "date":
            return date_text(value)
        if kind == "quantity" and isinstance(value, str | int):
            try:
                return format_quantity(Decimal(str(value)), money_language(self.language))
            except (InvalidOperation, ValueError):
                return str(value)
        if kind == "money" and isinstance(value, int) and not isinstance(value, bool):
            return format_cents(value, money_language(self.language), symbol=False)
        return str(value)

    def show_value(self, key: str, value: Any) -> None:
        editor = self.editors[key]
        if isinstance(editor, PictogramButton):
            editor.set_hexcode(value or None)
        elif isinstance(editor, QComboBox):
            index = editor.findData(value) if value else 0
            if index < 0:  # e.g. a service the catalogue no longer has: keep it visible
                editor.addItem(str(value), value)
                index = editor.count() - 1
            editor.setCurrentIndex(index)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
        elif isinstance(editor, QLineEdit):
            editor.setText(self.text_of(key, value))

    def show_values(self, values: Mapping[str, Any]) -> None:
        for key in self.editors:
            self.show_value(key, values.get(key))

    def bind(self, autosave: AutosaveController, save: SaveFn) -> list[str]:
        """Bind every editor to ``autosave``; returns the bound field names (to unbind later)."""
        fields = []
        for key, editor in self.editors.items():
            field = self.field(key)
            fields.append(field)
            binding = autosave.bind(field, lambda key=key: self.value(key), save, widget=editor,
                                    error_label=self.error_labels[key],
                                    show=lambda value, key=key: self.show_value(key, value),
                                    debounce=self.kinds[key] in (*_TEXT_KINDS, "plain"))
            if isinstance(editor, QLineEdit):
                editor.textEdited.connect(binding.edited)
                editor.editingFinished.connect(binding.commit)
            elif isinstance(editor, QPlainTextEdit):
                editor.textChanged.connect(binding.edited)  # setPlainText while loading is not saved
                editor.installEventFilter(autosave)  # leaving the field saves at once
            elif isinstance(editor, QComboBox):
                editor.activated.connect(binding.edited)
                editor.installEventFilter(autosave)  # the wheel scrolls the page, not the combo
            elif isinstance(editor, PictogramButton):
                editor.changed.connect(binding.edited)
        return fields

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors.values():
            lock_editor(editor, read_only)


class SupportCard(FieldCard):
    """One support of a goal: what, who provides it, the service and how the client proposes it is
    arranged, how much (quantity × unit price, the cost shown live) and for how long."""

    def __init__(self, goal_id: str, support_id: str, number: int, language: str, services: Sequence[Service],
                 parent: QWidget | None = None) -> None:
        super().__init__(f"goals/{goal_id}/supports/{support_id}", language, parent)
        self.setObjectName("supportCard")
        self.setStyleSheet(SUPPORT_STYLE)
        self.goal_id, self.support_id = goal_id, support_id
        self.title_label = QLabel(self, objectName="supportTitle")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.remove_button = QPushButton(self.tr("Remove support"), self, objectName="removeSupportButton")
        self.remove_button.setAutoDefault(False)

        self.description_edit = QLineEdit(self, objectName="supportDescription")
        self.description_edit.setPlaceholderText(self.tr("e.g. Coaching for living on one's own"))
        self.kind_combo = choice_combo(self, "supportProviderKind", provider_kind_labels())
        self.provider_edit = QLineEdit(self, objectName="supportProviderName")
        self.provider_edit.setPlaceholderText(self.tr("Name, as in the role map"))
        self.service_combo = QComboBox(self, objectName="supportService")
        self.service_combo.addItem(self.tr("— not from the catalogue —"), None)
        units = unit_labels()
        for service in services:
            self.service_combo.addItem(self.tr("{name} (per {unit})").format(
                name=service.name(money_language(language)), unit=units.get(service.unit, service.unit)),
                service.code)
        self.proposal_edit = small_text_edit(self, "supportProposal", 2)
        self.proposal_edit.setPlaceholderText(self.tr("In the client's words: who, where, when, how"))
        self.method_combo = choice_combo(self, "supportMethod", arranging_method_labels())
        self.quantity_edit = QLineEdit(self, objectName="supportQuantity")
        self.unit_combo = choice_combo(self, "supportUnit", units)
        self.price_edit = QLineEdit(self, objectName="supportUnitPrice")
        self.price_edit.setPlaceholderText(self.tr("e.g. 33,50"))
        self.start_edit = QLineEdit(self, objectName="supportStart")
        self.start_edit.setPlaceholderText(date_placeholder())
        self.months_edit = QLineEdit(self, objectName="supportMonths")
        self.months_edit.setPlaceholderText(self.tr("until further notice"))
        self.cost_label = QLabel(self, objectName="supportCost")
        self.cost_label.setStyleSheet(f"color: {HINT_COLOR};")
        for edit in (self.quantity_edit, self.price_edit, self.start_edit, self.months_edit):
            edit.setMaximumWidth(140)

        boxes = {
            "description": self.add_editor("description", "text", self.description_edit, self.tr("Support")),
            "provider_kind": self.add_editor("provider_kind", "choice", self.kind_combo, self.tr("Who provides")),
            "provider_name": self.add_editor("provider_name", "text", self.provider_edit, self.tr("Provider's name")),
            "service_code": self.add_editor("service_code", "choice", self.service_combo,
                                            self.tr("Service from the catalogue"),
                                            self.tr("Choosing a service fills in its unit and price")),
            "client_proposal": self.add_editor("client_proposal", "plain", self.proposal_edit,
                                               self.tr("The client's proposal on how it is arranged")),
            "arranging_method": self.add_editor("arranging_method", "choice", self.method_combo,
                                                self.tr("Arranging method")),
            "quantity": self.add_editor("quantity", "quantity", self.quantity_edit, self.tr("Quantity")),
            "unit": self.add_editor("unit", "choice", self.unit_combo, self.tr("Unit")),
            "unit_price_cents": self.add_editor("unit_price_cents", "money", self.price_edit,
                                                self.tr("Unit price, €")),
            "start_date": self.add_editor("start_date", "date", self.start_edit, self.tr("Starts")),
            "duration_months": self.add_editor("duration_months", "months", self.months_edit,
                                               self.tr("Duration, months"),
                                               self.tr("Leave empty when it continues until further notice")),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.title_label, 0, 0, 1, 3)
        grid.addWidget(self.remove_button, 0, 3, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(boxes["description"], 1, 0, 1, 4)
        grid.addWidget(boxes["provider_kind"], 2, 0)
        grid.addWidget(boxes["provider_name"], 2, 1, 1, 3)
        grid.addWidget(boxes["service_code"], 3, 0, 1, 2)
        grid.addWidget(boxes["arranging_method"], 3, 2, 1, 2)
        grid.addWidget(boxes["client_proposal"], 4, 0, 1, 4)
        for column, key in enumerate(("quantity", "unit", "unit_price_cents")):
            grid.addWidget(boxes[key], 5, column)
        grid.addWidget(self.cost_label, 5, 3)
        grid.addWidget(boxes["start_date"], 6, 0)
        grid.addWidget(boxes["duration_months"], 6, 1)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        self.quantity_edit.textChanged.connect(self.update_cost)
        self.price_edit.textChanged.connect(self.update_cost)
        self.set_number(number)
        self.update_cost()

    def set_number(self, number: int) -> None:
        self.number = number
        name = self.tr("Support {number}").format(number=number)
        self.title_label.setText(name)
        self.setAccessibleName(name)
        self.remove_button.setAccessibleName(self.tr("Remove support {number}").format(number=number))
        for key, label in self.captions.items():
            self.editors[key].setAccessibleName(f"{name}: {label.text().replace('&', '')}")

    def cost_cents(self) -> int | None:
        """quantity × unit price as typed now (the one rounding rule), None while either is missing or wrong."""
        try:
            quantity = parse_quantity(self.quantity_edit.text(), "quantity")
            price = parse_cents(self.price_edit.text(), "unit_price_cents")
        except InvalidInput:
            return None
        return None if quantity is None or price is None else line_cents(quantity, price)

    def update_cost(self) -> None:
        cents = self.cost_cents()
        amount = format_cents(cents, money_language(self.language)) if cents is not None else "—"
        self.cost_label.setText(self.tr("Cost: {amount}").format(amount=amount))
        self.cost_label.setAccessibleName(self.cost_label.text())

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.remove_button.setVisible(not read_only)
