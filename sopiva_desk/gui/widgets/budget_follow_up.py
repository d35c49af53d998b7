"""The Follow-up tab of the personal budget page: balances per line and in total against the
elapsed time, the alerts, payment commitments and realised uses.

A commitment or use entered by mistake is corrected or cancelled with a reason ("Correct…",
"Cancel entry…" under each table, for the chosen row); a cancelled one stays in the list, struck
through, with its reason, and no longer counts. The "Note" column shows why an amount differs
from units × unit price and why an entry was corrected or cancelled.

Signals:
    add_commitment_requested(): the user wants to add a payment commitment.
    record_use_requested(): the user wants to record a realised use.
    correct_requested(str, str): "commitments" or "uses", and the number or id of the entry.
    cancel_requested(str, str): the same, to cancel the entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from fractions import Fraction
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain import budget as rules
from sopiva_desk.domain import budget_follow_up as followup
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.messages import issue_text
from sopiva_desk.gui.models.budget_rows_model import BudgetRowsModel, Cell
from sopiva_desk.gui.widgets.budget_parts import WARNING_COLOR, money_text, quantity_text
from sopiva_desk.gui.widgets.page_parts import HINT_COLOR, bold_label, make_read_only_list
from sopiva_desk.services.budgets import BudgetView, CommitmentEntry, UseEntry
from sopiva_desk.services.catalogue import Catalogue

USED_COLOR = QColor("#1f5fa8")  # 6.6:1 on white
OVER_COLOR = QColor("#b34700")
TRACK_COLOR = QColor("#dde2e8")
ELAPSED_COLOR = QColor("#202428")


def paint_use_bar(painter: QPainter, rect: QRect, used: Fraction, elapsed: Fraction) -> None:
    """A bar of the allocation used (orange past 100 %) with a dark mark at the elapsed share."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    bar = QRectF(rect.adjusted(4, rect.height() // 2 - 6, -4, -(rect.height() // 2 - 6)))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(TRACK_COLOR)
    painter.drawRoundedRect(bar, 3, 3)
    share = float(min(used, Fraction(1)))
    painter.setBrush(OVER_COLOR if used > 1 else USED_COLOR)
    painter.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * share, bar.height()), 3, 3)
    x = bar.left() + bar.width() * float(min(elapsed, Fraction(1)))
    painter.setPen(QPen(ELAPSED_COLOR, 2))
    painter.drawLine(int(x), int(bar.top()) - 3, int(x), int(bar.bottom()) + 3)
    painter.restore()


class UseBar(QWidget):
    """The whole budget's use against the elapsed time (its accessible description says it in words)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="useBar")
        self.used = Fraction(0)
        self.elapsed = Fraction(0)
        self.setMinimumHeight(26)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_shares(self, used: Fraction, elapsed: Fraction, text: str) -> None:
        self.used, self.elapsed = used, elapsed
        self.setAccessibleName(text)
        self.setToolTip(text)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        paint_use_bar(painter, self.rect(), self.used, self.elapsed)
        painter.end()


class UseBarDelegate(QStyledItemDelegate):
    """Paints the use bar of a balance row; the cell's data is ``(used share, elapsed share)``."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        shares = index.data(Qt.ItemDataRole.UserRole)
        if not shares:
            super().paint(painter, option, index)
            return
        paint_use_bar(painter, option.rect, *shares)


def _share(part: int, whole: int) -> Fraction:
    return Fraction(part, whole) if whole > 0 else Fraction(0)


def _percent(share: Fraction) -> int:
    return int(share * 100 + Fraction(1, 2))


def _table(parent: QWidget, model: BudgetRowsModel, name: str, stretch: int) -> QTableView:
    table = QTableView(parent, objectName=name)
    table.setModel(model)
    make_read_only_list(table, name=name)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def fit() -> None:
        rows = max(model.rowCount(), 1)
        table.setFixedHeight(header.sizeHint().height() + rows * table.verticalHeader().defaultSectionSize()
                             + 2 * table.frameWidth() + 2)

    model.modelReset.connect(fit)
    fit()
    return table


class BudgetFollowUpView(QScrollArea):
    add_commitment_requested = Signal()
    record_use_requested = Signal()
    correct_requested = Signal(str, str)
    cancel_requested = Signal(str, str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetFollowUp")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._language = language
        self.follow: followup.FollowUp | None = None
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(4, 6, 16, 24)
        layout.setSpacing(8)

        self.elapsed_label = QLabel(column, objectName="elapsedLabel", wordWrap=True)
        self.elapsed_label.setStyleSheet(f"color: {HINT_COLOR};")
        self.totals_label = bold_label("", column, "followUpTotals", scale=1.15)
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.use_bar = UseBar(column)
        self.legend = QLabel(self.tr("Bar: the share of the allocation used; the dark mark: the share of the "
                                     "period gone by."), column, wordWrap=True)
        self.legend.setStyleSheet(f"color: {HINT_COLOR};")
        self.alerts_heading = bold_label(self.tr("Alerts"), column, "alertsHeading")
        self.alerts_label = QLabel(column, objectName="alertsList", wordWrap=True)
        self.alerts_label.setStyleSheet(f"QLabel {{ color: {WARNING_COLOR}; background: #fff4e5; "
                                        "border: 1px solid #b34700; border-radius: 4px; padding: 6px 10px; }")
        self.alerts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (self.elapsed_label, self.totals_label, self.use_bar, self.legend, self.alerts_heading,
                       self.alerts_label):
            layout.addWidget(widget)

        layout.addWidget(bold_label(self.tr("Balance per line"), column, scale=1.15))
        self.balances_model = BudgetRowsModel([
            self.tr("Line"), self.tr("Allocated"), self.tr("Used"), self.tr("Expected by now"), self.tr("Remaining"),
            self.tr("Used vs time")], self)
        self.balances_table = _table(column, self.balances_model, "balancesTable", 0)
        self.balances_table.setItemDelegateForColumn(5, UseBarDelegate(self.balances_table))
        self.balances_table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Fixed)
        self.balances_table.horizontalHeader().resizeSection(5, 220)
        layout.addWidget(self.balances_table)

        self.commitments_model = BudgetRowsModel([
            self.tr("Number"), self.tr("Provider"), self.tr("Service"), self.tr("Maximum sum"), self.tr("Used"),
            self.tr("Valid"), self.tr("Note")], self)
        self.commitments_table = _table(column, self.commitments_model, "commitmentsTable", 6)
        self.add_commitment_button = QPushButton(self.tr("Add commitment…"), column, objectName="addCommitmentButton")
        self.add_commitment_button.clicked.connect(self.add_commitment_requested)
        self.correct_commitment_button, self.cancel_commitment_button = self._section(
            layout, column, self.tr("Payment commitments"), self.commitments_table, self.add_commitment_button,
            "commitments")

        self.uses_model = BudgetRowsModel([
            self.tr("Date"), self.tr("Provider"), self.tr("Commitment"), self.tr("Line"), self.tr("Units"),
            self.tr("Amount"), self.tr("Note")], self)
        self.uses_table = _table(column, self.uses_model, "usesTable", 6)
        self.record_use_button = QPushButton(self.tr("Record use…"), column, objectName="recordUseButton")
        self.record_use_button.clicked.connect(self.record_use_requested)
        self.correct_use_button, self.cancel_use_button = self._section(
            layout, column, self.tr("Realised use"), self.uses_table, self.record_use_button, "uses")
        layout.addStretch(1)
        self.setWidget(column)
        self._can_correct = False
        self.clear()

    def _section(self, layout: QVBoxLayout, parent: QWidget, title: str, table: QTableView, button: QPushButton,
                 kind: str) -> tuple[QPushButton, QPushButton]:
        """A heading with the add button, the table, and Correct… / Cancel entry… for its chosen row."""
        row = QHBoxLayout()
        row.addWidget(bold_label(title, parent, scale=1.15))
        row.addStretch(1)
        row.addWidget(button)
        correct = QPushButton(self.tr("Correct…"), parent, objectName=f"{kind}CorrectButton")
        correct.setToolTip(self.tr("Correct the chosen entry; the reason and the earlier values are kept in "
                                   "the history"))
        cancel = QPushButton(self.tr("Cancel entry…"), parent, objectName=f"{kind}CancelButton")
        cancel.setToolTip(self.tr("Cancel the chosen entry made by mistake: it stays listed and in the "
                                  "history with the reason, and no longer counts"))
        actions = QHBoxLayout()
        actions.addWidget(correct)
        actions.addWidget(cancel)
        actions.addStretch(1)
        correct.clicked.connect(lambda: self._on_entry_action(table, kind, self.correct_requested))
        cancel.clicked.connect(lambda: self._on_entry_action(table, kind, self.cancel_requested))
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_entry_buttons())
        table.doubleClicked.connect(lambda *_: self._on_entry_action(table, kind, self.correct_requested))
        layout.addSpacing(6)
        layout.addLayout(row)
        layout.addWidget(table)
        layout.addLayout(actions)
        return correct, cancel

    def chosen_entry(self, table: QTableView) -> str | None:
        """The number or id of the table's chosen entry, when it can still be corrected (not cancelled)."""
        index = table.currentIndex()
        model = table.model()
        if not index.isValid() or not isinstance(model, BudgetRowsModel):
            return None
        first = model.cell(index.row(), 0)
        return None if first.muted else first.data

    def _on_entry_action(self, table: QTableView, kind: str, signal: Any) -> None:
        entry = self.chosen_entry(table)
        if self._can_correct and entry is not None:
            signal.emit(kind, entry)

    def _update_entry_buttons(self) -> None:
        for table, buttons in ((self.commitments_table, (self.correct_commitment_button,
                                                         self.cancel_commitment_button)),
                               (self.uses_table, (self.correct_use_button, self.cancel_use_button))):
            enabled = self._can_correct and self.chosen_entry(table) is not None
            for button in buttons:
                button.setEnabled(enabled)

    def clear(self) -> None:
        self.follow = None
        for label in (self.elapsed_label, self.totals_label, self.alerts_label):
            label.clear()
        self.alerts_heading.hide()
        self.alerts_label.hide()
        for model in (self.balances_model, self.commitments_model, self.uses_model):
            model.set_rows([])
        self.use_bar.set_shares(Fraction(0), Fraction(0), "")
        self.set_can_record(False, False)

    def set_can_record(self, commitments: bool, uses: bool) -> None:
        """Whether commitments and uses can be added now; entries can be corrected while commitments can."""
        self.add_commitment_button.setEnabled(commitments)
        self.record_use_button.setEnabled(uses)
        self._can_correct = commitments
        self._update_entry_buttons()

    def show_follow_up(self, view: BudgetView, follow: followup.FollowUp, commitments: Sequence[CommitmentEntry],
                       uses: Sequence[UseEntry], catalogue: Catalogue, today: date) -> None:
        self.follow = follow
        language = self._language
        money = lambda cents: money_text(cents, language)  # noqa: E731
        budget = view.budget
        names = {line.id: line_name(line, number, catalogue, language)
                 for number, line in enumerate(budget.lines, start=1)}
        elapsed = _percent(follow.elapsed)
        self.elapsed_label.setText(self.tr("On {today}, {percent} % of the period {start}–{end} has gone by.").format(
            today=format_date(today), percent=elapsed, start=format_date(budget.period_start),
            end=format_date(budget.period_end)))
        self.totals_label.setText(self.tr("Allocated {allocated} · used {used} · expected by now {expected} · "
                                          "remaining {remaining}").format(
            allocated=money(follow.allocated_cents), used=money(follow.realised_cents),
            expected=money(follow.expected_cents), remaining=money(follow.balance_cents)))
        used_share = _share(follow.realised_cents, follow.allocated_cents)
        self.use_bar.set_shares(used_share, follow.elapsed, self.tr("{used} % used, {elapsed} % of the period gone "
                                                                    "by").format(used=_percent(used_share),
                                                                                 elapsed=elapsed))
        alerts = [f"• {self._alert_where(a.field, names)}{issue_text(a)}" for a in follow.alerts]
        self.alerts_label.setText("\n".join(alerts))
        self.alerts_heading.setVisible(bool(alerts))
        self.alerts_label.setVisible(bool(alerts))
        warned = {a.field: issue_text(a) for a in follow.alerts}
        rows = []
        for balance in follow.lines:
            used = _share(balance.realised_cents, balance.allocated_cents)
            warning = warned.get(f"lines/{balance.line_id}", "")
            rows.append([
                Cell(names.get(balance.line_id, ""), balance.line_id, warning=warning),
                Cell(money(balance.allocated_cents), number=True), Cell(money(balance.realised_cents), number=True),
                Cell(money(balance.expected_cents), number=True),
                Cell(money(balance.balance_cents), number=True, warning=warning if balance.balance_cents < 0 else ""),
                Cell(self.tr("{used} % used, {elapsed} % of the time").format(used=_percent(used), elapsed=elapsed),
                     (used, follow.elapsed))])
        self.balances_model.set_rows(rows)
        commitment_rows = []
        for entry in commitments:
            c, muted = entry.commitment, entry.cancelled
            used = 0 if muted else follow.commitment_use.get(c.number, 0)
            commitment_rows.append([
                Cell(c.number, c.number, muted=muted), Cell(c.provider, muted=muted),
                Cell(service_name(c.service_code, catalogue, language), muted=muted),
                Cell(money(c.max_cents), number=True, muted=muted),
                Cell(money(used), number=True, muted=muted,
                     warning="" if muted else warned.get(f"commitments/{c.number}", "")),
                Cell(f"{format_date(c.valid_from)}–{format_date(c.valid_to)}", muted=muted),
                Cell(self._note(None, entry.correction_reason, entry.cancel_reason))])
        self.commitments_model.set_rows(commitment_rows)
        self.uses_model.set_rows([[
            Cell(format_date(e.use.used_on), e.use.id, warning=warned.get(f"uses/{e.use.id}", ""), muted=e.cancelled),
            Cell(e.use.provider, muted=e.cancelled), Cell(e.use.commitment_number or "—", muted=e.cancelled),
            Cell(names.get(e.use.budget_line_id, e.use.budget_line_id), muted=e.cancelled),
            Cell(quantity_text(e.use.units, language), number=True, muted=e.cancelled),
            Cell(money(e.use.amount_cents), number=True, muted=e.cancelled),
            Cell(self._note(e.use.amount_reason, e.correction_reason, e.cancel_reason))]
            for e in sorted(uses, key=lambda e: (e.use.used_on, e.use.id), reverse=True)])
        self._update_entry_buttons()

    def _note(self, amount_reason: str | None, correction: str | None, cancelled: str | None) -> str:
        """Why an amount differs, why an entry was corrected or cancelled: in words, never colour alone."""
        parts = []
        if cancelled:
            parts.append(self.tr("Cancelled: {reason}").format(reason=cancelled))
        if correction:
            parts.append(self.tr("Corrected: {reason}").format(reason=correction))
        if amount_reason:
            parts.append(self.tr("Amount: {reason}").format(reason=amount_reason))
        return " · ".join(part.replace("\n", " ") for part in parts)

    def _alert_where(self, field: str, names: dict[str, str]) -> str:
        parts = field.split("/")
        if parts[0] == "lines" and len(parts) > 1 and parts[1] in names:
            return f"{names[parts[1]]}: "
        if parts[0] == "total":
            return self.tr("Whole budget: ")
        return ""


def service_name(code: str, catalogue: Catalogue, language: str) -> str:
    service = catalogue.service(code)
    return service.name(language) if service is not None else code


def line_name(line: rules.BudgetLine, number: int, catalogue: Catalogue, language: str) -> str:
    """``3. Coaching – evenings`` (the line number as in the Budget tab)."""
    name = f"{number}. {service_name(line.service_code, catalogue, language)}"
    return f"{name} – {line.description.splitlines()[0]}" if line.description else name
