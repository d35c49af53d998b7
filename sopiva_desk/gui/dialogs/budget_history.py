"""The change history of a personal budget: when, who, what, before and after (newest first)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.models.budget_rows_model import BudgetRowsModel, Cell
from sopiva_desk.gui.widgets.budget_parts import (
    field_labels,
    method_labels,
    money_text,
    quantity_text,
    state_label,
    unit_labels,
)
from sopiva_desk.gui.widgets.page_parts import fit_to_screen, make_read_only_list
from sopiva_desk.services.budgets import BudgetChangeView
from sopiva_desk.services.catalogue import Catalogue


class BudgetHistoryDialog(QDialog):
    def __init__(self, changes: Sequence[BudgetChangeView], line_numbers: dict[str, int], catalogue: Catalogue,
                 language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetHistoryDialog")
        self.setWindowTitle(self.tr("History of the personal budget"))
        fit_to_screen(self, QSize(980, 520))
        self._catalogue, self._language, self._numbers = catalogue, language, line_numbers
        self.model = BudgetRowsModel([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Before"),
                                      self.tr("After"), self.tr("Reason")], self)
        self.model.set_rows([[
            Cell(f"{format_date(c.changed_at.astimezone().date())} {c.changed_at.astimezone():%H.%M}"),
            Cell(c.changed_by_name), Cell(self._what(c.field_key)), Cell(self._value(c.old_value)),
            Cell(self._after(c)), Cell(c.reason)] for c in reversed(list(changes))])
        self.table = QTableView(self, objectName="budgetHistoryTable")
        self.table.setModel(self.model)
        make_read_only_list(self.table, name=self.tr("Changes"))
        # When, who and what as wide as they are; before, after and the reason share the rest and wrap.
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        for column in (3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def _after(self, change: BudgetChangeView) -> str:
        """The new value; a follow-up entry that was removed with a reason was cancelled."""
        if change.new_value is None and change.reason and change.field_key.startswith(("uses/", "commitments/")):
            return self.tr("Cancelled")
        return self._value(change.new_value)

    def _what(self, key: str) -> str:
        parts = key.split("/")
        if parts[0] == "lines" and len(parts) == 2:
            number = self._numbers.get(parts[1])
            return self.tr("Line {number}").format(number=number) if number else self.tr("Removed line")
        if parts[0] == "reference_lines" and len(parts) == 2:
            return self.tr("Reference line {number}").format(number=int(parts[1]) + 1)
        if parts[0] == "commitments":
            return self.tr("Payment commitment {number}").format(number="/".join(parts[1:]))
        if parts[0] == "uses":
            return self.tr("Realised use")
        return field_labels().get(key, key)

    def _value(self, value: Any) -> str:
        language = self._language
        if value is None or value == "":
            return "—"
        if isinstance(value, list) and len(value) == 2:  # a period as ISO dates
            return "–".join(_iso_date(v) for v in value)
        if isinstance(value, dict):
            if "used_on" in value:
                try:
                    units = quantity_text(Decimal(value.get("units") or "0"), language)
                except InvalidOperation:
                    units = str(value.get("units"))
                text = f"{_iso_date(value['used_on'])} · {value.get('provider')} · " + self.tr(
                    "{units} units").format(units=units) + " · " + money_text(value.get("amount_cents") or 0, language)
                return text + (" · " + self.tr("amount: {reason}").format(reason=value["amount_reason"])
                               if value.get("amount_reason") else "")
            if "max_cents" in value:
                return f"{value.get('provider')} · " + self.tr("at most {amount}").format(
                    amount=money_text(value.get("max_cents") or 0, language))
            service = self._catalogue.service(value.get("service_code") or "")
            name = service.name(language) if service else value.get("service_code") or ""
            try:
                quantity = quantity_text(Decimal(value.get("quantity") or "0"), language)
            except InvalidOperation:
                quantity = str(value.get("quantity"))
            text = "{name} · {quantity} {unit} × {price}".format(
                name=name, quantity=quantity, unit=unit_labels().get(value.get("unit") or "", ""),
                price=money_text(value.get("unit_price_cents") or 0, language))
            method = method_labels().get(value.get("arranging_method") or "")
            return f"{text} · {method}" if method else text
        if isinstance(value, str) and value in ("indicative", "decided", "closed"):
            return state_label(value)
        if isinstance(value, str) and len(value) == 10 and value[4] == "-":
            return _iso_date(value)
        return str(value)


def _iso_date(text: Any) -> str:
    try:
        return format_date(date.fromisoformat(str(text)))
    except ValueError:
        return str(text)
