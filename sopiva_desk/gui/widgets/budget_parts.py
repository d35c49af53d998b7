"""Pieces the personal budget page and its dialogs share: the translated names of arranging
methods and units, money and quantity text (always ``domain/money.py``, never float), and
the totals bar with its cost-neutral / over-the-reference indicator."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from sopiva_desk.domain import budget as rules
from sopiva_desk.domain.money import LANGUAGES, format_cents, format_quantity
from sopiva_desk.gui.widgets.page_parts import HINT_COLOR, bold_label

_t = QCoreApplication.translate  # lupdate knows the alias (Makefile: -tr-function-alias)

# Indicator colours: text on its background is at least 7:1 (AA for any size), and each
# state also has its own icon and words, so colour is never the only sign.
NEUTRAL_STYLE = "background: #e6f4ea; color: #1b5e20; border: 1px solid #1b5e20;"
OVER_STYLE = "background: #fff4e5; color: #7a2e00; border: 1px solid #b34700;"
EMPTY_STYLE = "background: #eef1f5; color: #30343a; border: 1px solid #6b7480;"  # nothing allocated yet
WARNING_COLOR = "#7a2e00"  # 8.9:1 on white


def method_labels() -> dict[str, str]:
    """The four ways a line may be arranged; there is no cash method (money never goes to the client)."""
    labels = {
        "payment_commitment": _t("BudgetParts", "Payment commitment"),
        "service_voucher": _t("BudgetParts", "Service voucher"),
        "purchased_service": _t("BudgetParts", "Purchased service"),
        "own_production": _t("BudgetParts", "Own production"),
    }
    assert tuple(labels) == rules.ARRANGING_METHODS
    return labels


def unit_labels() -> dict[str, str]:
    return {
        "hour": _t("BudgetParts", "hour"),
        "day": _t("BudgetParts", "day"),
        "month": _t("BudgetParts", "month"),
        "trip": _t("BudgetParts", "trip"),
        "piece": _t("BudgetParts", "piece"),
    }


def state_label(state: str) -> str:
    return {
        "indicative": _t("BudgetParts", "Indicative"),
        "decided": _t("BudgetParts", "Decided"),
        "closed": _t("BudgetParts", "Closed"),
    }.get(state, state)


def field_labels() -> dict[str, str]:
    """Captions of a budget's own fields, as its history and the access log name them."""
    return {
        "period": _t("BudgetHistoryDialog", "Budget period"),
        "justification": _t("BudgetHistoryDialog", "Justification"),
        "state": _t("BudgetHistoryDialog", "State"),
        "decision_date": _t("BudgetHistoryDialog", "Decision date"),
        "decision_reference": _t("BudgetHistoryDialog", "Decision number"),
        "overlap_reason": _t("BudgetHistoryDialog", "Reason for the overlap"),
    }


def money_language(ui_language: str) -> str:
    return ui_language if ui_language in LANGUAGES else "fi"


def money_text(cents: int, language: str) -> str:
    """``1 234,50 €`` (no-break spaces), with the language's minus sign."""
    return format_cents(cents, money_language(language))


def amount_text(cents: int | None, language: str) -> str:
    """An amount to edit: ``1 234,50`` without the euro sign; ``""`` for none."""
    return "" if cents is None else format_cents(cents, money_language(language), symbol=False)


def quantity_text(quantity: Decimal | int | None, language: str) -> str:
    return "" if quantity is None else format_quantity(quantity, money_language(language))


def _figure(caption: str, name: str, parent: QWidget) -> tuple[QVBoxLayout, QLabel]:
    box = QVBoxLayout()
    box.setSpacing(0)
    label = QLabel(caption, parent)
    label.setStyleSheet(f"color: {HINT_COLOR};")
    value = bold_label("", parent, name, scale=1.3)
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setBuddy(value)
    box.addWidget(label)
    box.addWidget(value)
    return box, value


class BudgetTotalsBar(QFrame):
    """Reference cost, allocation, difference and whether the budget is cost-neutral (icon + words)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="budgetTotals")
        self._language = language
        self.setStyleSheet("QFrame#budgetTotals { background: #f5f7fa; border: 1px solid #c9ced6; "
                           "border-radius: 4px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(28)
        box, self.reference_label = _figure(self.tr("Reference cost"), "referenceTotal", self)
        layout.addLayout(box)
        box, self.allocation_label = _figure(self.tr("Allocation"), "allocationTotal", self)
        layout.addLayout(box)
        box, self.difference_label = _figure(self.tr("Difference"), "differenceTotal", self)
        layout.addLayout(box)
        layout.addStretch(1)
        self.indicator = QFrame(self, objectName="costIndicator")
        indicator = QGridLayout(self.indicator)
        indicator.setContentsMargins(10, 6, 12, 6)
        self.indicator_icon = QLabel(self.indicator, objectName="costIndicatorIcon")
        self.indicator_label = QLabel(self.indicator, objectName="costIndicatorText")
        font = self.indicator_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.indicator_label.setFont(font)
        indicator.addWidget(self.indicator_icon, 0, 0)
        indicator.addWidget(self.indicator_label, 0, 1)
        layout.addWidget(self.indicator, 0, Qt.AlignmentFlag.AlignVCenter)
        self.cost_neutral: bool | None = None
        self.cost_state: str | None = None  # rules.COST_STATES, None when nothing is shown
        self.setAccessibleName(self.tr("Budget totals"))

    def show_totals(self, totals: rules.BudgetTotals | None) -> None:
        if totals is None:
            for label in (self.reference_label, self.allocation_label, self.difference_label,
                          self.indicator_label):
                label.clear()
            self.indicator.hide()
            self.cost_neutral = self.cost_state = None
            return
        language = self._language
        self.reference_label.setText(money_text(totals.reference_cents, language))
        self.allocation_label.setText(money_text(totals.allocation_cents, language))
        self.difference_label.setText(money_text(totals.difference_cents, language))
        self.cost_neutral = totals.cost_neutral
        self.cost_state = totals.cost_state
        if totals.cost_state == "no_allocation":  # 0 € is not an achievement: no tick, no green
            text = (self.tr("Nothing allocated yet") if totals.line_cents else self.tr("No budget lines yet"))
            icon = QStyle.StandardPixmap.SP_MessageBoxInformation
            style = EMPTY_STYLE
        elif totals.cost_neutral:
            text = self.tr("Cost-neutral")
            icon = QStyle.StandardPixmap.SP_DialogApplyButton
            style = NEUTRAL_STYLE
        else:
            text = self.tr("Over the reference by {amount}").format(
                amount=money_text(totals.difference_cents, language))
            icon = QStyle.StandardPixmap.SP_MessageBoxWarning
            style = OVER_STYLE
        sheet = (f"QFrame#costIndicator {{ {style} border-radius: 4px; }}"
                 f" QLabel {{ {style.split('border')[0]} border: none; }}")
        if self.indicator.styleSheet() != sheet:
            self.indicator.setStyleSheet(sheet)
        size = self.indicator_label.fontMetrics().height() + 4
        self.indicator_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.indicator_label.setText(text)
        self.indicator.setAccessibleName(text)
        self.indicator.show()
        self.setAccessibleDescription(self.tr("Reference cost {reference}, allocation {allocation}, "
                                              "difference {difference}. {state}").format(
            reference=self.reference_label.text(), allocation=self.allocation_label.text(),
            difference=self.difference_label.text(), state=text))
