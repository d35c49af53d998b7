"""Dialogs of the budget follow-up: a new payment commitment (maksusitoumus) and a realised use.

The page runs the service when ``submitted`` arrives and calls ``show_issues`` on a refusal
(the values stay) or ``accept`` when it was stored. Amounts and units are sent as typed and
parsed by ``domain/money.py`` in the service.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from sopiva_desk.domain import budget as rules
from sopiva_desk.domain.money import InvalidInput, line_cents, parse_quantity
from sopiva_desk.gui.dialogs.budget_form import BudgetFormDialog
from sopiva_desk.gui.widgets.budget_parts import amount_text


class AddCommitmentDialog(BudgetFormDialog):
    """Number, provider, service, maximum sum and validity of a payment commitment."""

    def __init__(self, services: Sequence[tuple[str, str]], period: tuple[date, date], *,
                 provider: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a payment commitment"), self.tr("Add commitment"), parent, explanation=self.tr(
            "The county promises to pay the service provider up to the maximum sum. Money is never paid to "
            "the client."))
        self.setObjectName("addCommitmentDialog")
        self.number_edit = self.add_line("number", self.tr("&Number"), placeholder=self.tr("e.g. MS-2026-014"))
        self.provider_edit = self.add_line("provider", self.tr("&Provider"), provider)
        self.service_combo = self.add_combo("service_code", self.tr("&Service"), list(services))
        self.max_edit = self.add_line("max_cents", self.tr("&Maximum sum (€)"), placeholder="1 234,50")
        self.from_edit = self.add_date("valid_from", self.tr("Valid &from"), period[0])
        self.to_edit = self.add_date("valid_to", self.tr("Valid &to"), period[1])


class RecordUseDialog(BudgetFormDialog):
    """One realised use: date, budget line, provider, payment commitment, units and amount.

    Choosing a line fills its provider and the commitment for its service when they are empty;
    the amount is suggested from the units at the line's unit price until the user types one.
    """

    def __init__(self, lines: Sequence[tuple[rules.BudgetLine, str]], commitments: Sequence[rules.PaymentCommitment],
                 today: date, language: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record realised use"), self.tr("Record use"), parent, explanation=self.tr(
            "An invoiced use of a budget line, paid to the service provider."))
        self.setObjectName("recordUseDialog")
        self._language = language
        self._lines = {line.id: line for line, _ in lines}
        self._commitments = list(commitments)
        self.date_edit = self.add_date("used_on", self.tr("&Date"), today)
        self.line_combo = self.add_combo("budget_line_id", self.tr("Budget &line"),
                                         [(line.id, name) for line, name in lines])
        self.provider_edit = self.add_line("provider", self.tr("&Provider"))
        self.commitment_combo = self.add_combo(
            "commitment_number", self.tr("Payment &commitment"),
            [(None, self.tr("None"))] + [(c.number, f"{c.number} · {c.provider}") for c in commitments])
        self.units_edit = self.add_line("units", self.tr("&Units"), placeholder="7,5")
        self.amount_edit = self.add_line("amount_cents", self.tr("&Amount (€)"), placeholder="1 234,50")
        self._amount_typed = False
        self.line_combo.currentIndexChanged.connect(self._on_line_combo_current_index_changed)
        self.units_edit.textEdited.connect(self._on_units_edit_text_edited)
        self.amount_edit.textEdited.connect(self._on_amount_edit_text_edited)
        self._on_line_combo_current_index_changed()

    def values(self) -> dict[str, Any]:
        values = super().values()
        values["units"] = self.units_edit.text()
        values["amount_cents"] = self.amount_edit.text()
        return values

    def _line(self) -> rules.BudgetLine | None:
        return self._lines.get(self.line_combo.currentData())

    def _on_line_combo_current_index_changed(self) -> None:
        line = self._line()
        if line is None:
            return
        if line.provider and not self.provider_edit.text().strip():
            self.provider_edit.setText(line.provider)
        if self.commitment_combo.currentData() is None:
            match = next((c for c in self._commitments if c.service_code == line.service_code
                          and (not line.provider or c.provider == line.provider)), None)
            if match is not None:
                self.commitment_combo.setCurrentIndex(self.commitment_combo.findData(match.number))
        self._suggest_amount()

    def _on_units_edit_text_edited(self) -> None:
        self._suggest_amount()

    def _on_amount_edit_text_edited(self, text: str) -> None:
        self._amount_typed = bool(text.strip())

    def _suggest_amount(self) -> None:
        line = self._line()
        if self._amount_typed or line is None:
            return
        try:
            units = parse_quantity(self.units_edit.text(), "units")
        except InvalidInput:
            return
        self.amount_edit.setText(amount_text(line_cents(units, line.unit_price_cents), self._language)
                                 if units is not None else "")
