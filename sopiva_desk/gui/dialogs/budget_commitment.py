"""Dialogs of the budget follow-up: a payment commitment (maksusitoumus) and a realised use,
new or corrected.

The page runs the service when ``submitted`` arrives and calls ``show_issues`` on a refusal
(the values stay) or ``accept`` when it was stored. Amounts and units are sent as typed and
parsed by ``domain/money.py`` in the service. Given the entry to correct, a dialog opens
filled in and asks the reason for the correction (kept in the history with the old values).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from sopiva_desk.domain import budget as rules
from sopiva_desk.domain import budget_follow_up as follow
from sopiva_desk.domain.money import InvalidInput, parse_cents, parse_quantity
from sopiva_desk.gui.dialogs.budget_form import BudgetFormDialog, hint
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.widgets.budget_parts import amount_text, money_text, quantity_text


class AddCommitmentDialog(BudgetFormDialog):
    """Number, provider, service, maximum sum and validity of a payment commitment.

    ``correcting``: the commitment to correct; the dialog then asks the reason too.
    """

    def __init__(self, services: Sequence[tuple[str, str]], period: tuple[date, date], *,
                 provider: str = "", parent: QWidget | None = None,
                 correcting: follow.PaymentCommitment | None = None, language: str = "fi") -> None:
        if correcting is None:
            title, button = self.tr("Add a payment commitment"), self.tr("Add commitment")
        else:
            title, button = self.tr("Correct payment commitment {number}").format(
                number=correcting.number), self.tr("Save correction")
        super().__init__(title, button, parent, explanation=self.tr(
            "The county promises to pay the service provider up to the maximum sum. Money is never paid to "
            "the client."))
        self.setObjectName("addCommitmentDialog" if correcting is None else "correctCommitmentDialog")
        self.correcting = correcting
        self.number_edit = self.add_line("number", self.tr("&Number"), placeholder=self.tr("e.g. MS-2026-014"))
        self.provider_edit = self.add_line("provider", self.tr("&Provider"), provider)
        self.service_combo = self.add_combo("service_code", self.tr("&Service"), list(services))
        self.max_edit = self.add_line("max_cents", self.tr("&Maximum sum (€)"), placeholder="1\u00a0234,50")
        self.from_edit = self.add_date("valid_from", self.tr("Valid &from"), period[0])
        self.to_edit = self.add_date("valid_to", self.tr("Valid &to"), period[1])
        if correcting is not None:
            self.number_edit.setText(correcting.number)
            self.provider_edit.setText(correcting.provider)
            self.service_combo.setCurrentIndex(max(0, self.service_combo.findData(correcting.service_code)))
            self.max_edit.setText(amount_text(correcting.max_cents, language))
            self.from_edit.setText(format_date(correcting.valid_from))
            self.to_edit.setText(format_date(correcting.valid_to))
            self.reason_edit = self.add_text("reason", self.tr("&Reason for the correction"), self.tr(
                "e.g. The maximum sum was typed wrong"))


class RecordUseDialog(BudgetFormDialog):
    """One realised use: date, budget line, provider, payment commitment, units and amount.

    Choosing a line fills its provider and the commitment for its service when they are empty;
    the amount is suggested from the units at the line's unit price until the user types one.
    What the units cost at the line's price is shown live under the amount; an amount that
    differs needs a written reason (the field opens then). ``correcting``: the use to correct.
    """

    def __init__(self, lines: Sequence[tuple[rules.BudgetLine, str]], commitments: Sequence[follow.PaymentCommitment],
                 today: date, language: str, parent: QWidget | None = None, *,
                 correcting: follow.RealisedUse | None = None) -> None:
        if correcting is None:
            title, button = self.tr("Record realised use"), self.tr("Record use")
        else:
            title, button = self.tr("Correct realised use of {date}").format(
                date=format_date(correcting.used_on)), self.tr("Save correction")
        super().__init__(title, button, parent, explanation=self.tr(
            "An invoiced use of a budget line, paid to the service provider."))
        self.setObjectName("recordUseDialog" if correcting is None else "correctUseDialog")
        self._language = language
        self._lines = {line.id: line for line, _ in lines}
        self._commitments = list(commitments)
        self.correcting = correcting
        self.date_edit = self.add_date("used_on", self.tr("&Date"), today)
        self.line_combo = self.add_combo("budget_line_id", self.tr("Budget &line"),
                                         [(line.id, name) for line, name in lines])
        self.provider_edit = self.add_line("provider", self.tr("&Provider"))
        self.commitment_combo = self.add_combo(
            "commitment_number", self.tr("Payment &commitment"),
            [(None, self.tr("None"))] + [(c.number, f"{c.number} · {c.provider}") for c in commitments])
        self.units_edit = self.add_line("units", self.tr("&Units"), placeholder="7,5")
        self.computed_label = hint("", self, "computedAmount")  # units × unit price, live
        self.computed_label.setMinimumHeight(self.computed_label.fontMetrics().lineSpacing())
        self.amount_edit = self.add_line("amount_cents", self.tr("&Amount (€)"), placeholder="1\u00a0234,50",
                                         below=self.computed_label)
        self.amount_reason_edit = self.add_text("amount_reason", self.tr("&Why the amount differs"))
        self._amount_typed = False
        if correcting is not None:
            self._fill(correcting)
            self.reason_edit = self.add_text("reason", self.tr("&Reason for the correction"), self.tr(
                "e.g. 100 hours was typed instead of 10"))
        self.line_combo.currentIndexChanged.connect(self._on_line_combo_current_index_changed)
        self.units_edit.textEdited.connect(self._on_units_edit_text_edited)
        self.amount_edit.textEdited.connect(self._on_amount_edit_text_edited)
        self.amount_edit.textChanged.connect(self._show_computed)
        self._on_line_combo_current_index_changed()

    def _fill(self, use: follow.RealisedUse) -> None:
        self.date_edit.setText(format_date(use.used_on))
        self.line_combo.setCurrentIndex(max(0, self.line_combo.findData(use.budget_line_id)))
        self.provider_edit.setText(use.provider)
        self.commitment_combo.setCurrentIndex(max(0, self.commitment_combo.findData(use.commitment_number)))
        self.units_edit.setText(quantity_text(use.units, self._language))
        self.amount_edit.setText(amount_text(use.amount_cents, self._language))
        self.amount_reason_edit.setPlainText(use.amount_reason or "")
        self._amount_typed = True  # keep the recorded amount; the user changes it if it was wrong

    def values(self) -> dict[str, Any]:
        values = super().values()
        values["units"] = self.units_edit.text()
        values["amount_cents"] = self.amount_edit.text()
        if not self.amount_reason_edit.isEnabled():
            values["amount_reason"] = None  # the amount is units × the unit price: nothing to explain
        return values

    def _line(self) -> rules.BudgetLine | None:
        return self._lines.get(self.line_combo.currentData())

    def _on_line_combo_current_index_changed(self) -> None:
        line = self._line()
        if line is None:
            return
        if line.provider and not self.provider_edit.text().strip():
            self.provider_edit.setText(line.provider)
        if self.commitment_combo.currentData() is None and self.correcting is None:
            match = next((c for c in self._commitments if c.service_code == line.service_code
                          and (not line.provider or c.provider == line.provider)), None)
            if match is not None:
                self.commitment_combo.setCurrentIndex(self.commitment_combo.findData(match.number))
        self._suggest_amount()
        self._show_computed()

    def _on_units_edit_text_edited(self) -> None:
        self._suggest_amount()
        self._show_computed()

    def _on_amount_edit_text_edited(self, text: str) -> None:
        self._amount_typed = bool(text.strip())

    def _units(self) -> Any:
        try:
            return parse_quantity(self.units_edit.text(), "units")
        except InvalidInput:
            return None

    def computed_cents(self) -> int | None:
        """What the typed units cost at the chosen line's unit price (None when it cannot be said)."""
        line, units = self._line(), self._units()
        return follow.computed_amount(line, units) if line is not None and units is not None else None

    def _suggest_amount(self) -> None:
        line = self._line()
        if self._amount_typed or line is None:
            return
        units = self._units()
        if units is not None or not self.units_edit.text().strip():
            self.amount_edit.setText(amount_text(follow.computed_amount(line, units) if units is not None
                                                 else None, self._language))

    def _show_computed(self) -> None:
        """"7,5 × 34,60 € = 259,50 €" under the amount; the reason field opens when the amount differs."""
        line, units, computed = self._line(), self._units(), self.computed_cents()
        try:
            amount = parse_cents(self.amount_edit.text(), "amount_cents")
        except InvalidInput:
            amount = None
        if line is None or units is None or computed is None:
            text = self.tr("The line is priced per decision: enter the invoiced amount.") if (
                line is not None and units is not None) else ""
            differs = False
        else:
            text = self.tr("{units} × {price} = {amount} at the line's unit price").format(
                units=quantity_text(units, self._language), price=money_text(line.unit_price_cents, self._language),
                amount=money_text(computed, self._language))
            differs = amount is not None and amount != computed
            if differs:
                text = self.tr("{computed}: the amount differs, so write why below.").format(computed=text)
        self.computed_label.setText(text)
        self.amount_reason_edit.setEnabled(differs or bool(self.amount_reason_edit.toPlainText().strip()))
        self.amount_reason_edit.setPlaceholderText(
            self.tr("Required: e.g. travel costs on the same invoice") if differs
            else self.tr("Needed only when the amount is not units × the unit price"))
