"""Start a personal budget from a client plan: asks the period and creates the budget.

The budget starts with a line for each priced support of the plan and with the reference cost
from the price list (``BudgetService.create_for_plan``); the counsellor goes through them with
the client on the budget page. The period defaults to the first day of next month (or the day
after the client's latest budget ends) and twelve months from it.

The client's other budgets that are not closed are listed next to the dates before anything
is pressed, with the rule: budgets may share days only with a written reason. The reason field
opens as soon as the typed period overlaps one; a refused period or a missing reason is
explained next to its field and the dialog stays open.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QWidget

from sopiva_desk.domain import budget as rules
from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.budget_form import BudgetFormDialog, hint
from sopiva_desk.gui.formatting import format_date, parse_date
from sopiva_desk.gui.widgets.budget_parts import state_label
from sopiva_desk.services.budgets import BudgetView


def default_period(today: date, others: Sequence[rules.OtherBudget] = ()) -> tuple[date, date]:
    """The first day of next month, or the day after the latest budget not closed ends if that is
    later; and the day before the same day a year later."""
    start = date(today.year + today.month // 12, today.month % 12 + 1, 1)
    ends = [o.period_end for o in others if o.state != "closed"]
    if ends and max(ends) >= start:
        start = max(ends) + timedelta(days=1)
    try:
        year_later = start.replace(year=start.year + 1)
    except ValueError:  # 29 February
        year_later = date(start.year + 1, 3, 1)
    return start, year_later - timedelta(days=1)


class CreateBudgetDialog(BudgetFormDialog):
    """``created_budget`` holds the new ``BudgetView`` once the dialog is accepted.

    ``budgets``: the client's budgets (as the plan tab lists them), for the overlap rule.
    """

    def __init__(self, context: AppContext, plan_id: uuid.UUID, parent: QWidget | None = None, *,
                 today: date | None = None, budgets: Sequence[BudgetView] = ()) -> None:
        super().__init__(self.tr("New personal budget"), self.tr("Create budget"), parent, explanation=self.tr(
            "The budget starts with a line for each priced support of the plan, and the reference cost from "
            "the price list on the first day of the period. Go through them with the client on the next page. "
            "A period can be at most two years."))
        self.setObjectName("createBudgetDialog")
        self._context = context
        self._plan_id = plan_id
        self._others = [rules.OtherBudget(b.budget.period_start, b.budget.period_end, b.budget.state)
                        for b in budgets]
        self.created_budget: BudgetView | None = None
        start, end = default_period(today or date.today(), self._others)
        self.start_edit = self.add_date("period_start", self.tr("Period &starts"), start)
        self.end_edit = self.add_date("period_end", self.tr("Period &ends"), end)
        self.overlap_note = hint(self._note(), self, "overlapNote")
        self.add_row(self.overlap_note)
        self.reason_edit = self.add_text("overlap_reason", self.tr("&Reason for the overlap"), lines=3)
        for edit in (self.start_edit, self.end_edit):
            edit.textChanged.connect(self._on_period_text_changed)
        self.submitted.connect(self._on_submitted)
        self._on_period_text_changed()

    def _note(self) -> str:
        open_budgets = [o for o in self._others if o.state != "closed"]
        if not open_budgets:
            return self.tr("The client has no other budget in use. Budgets of one client may share days only "
                           "with a written reason.")
        listed = ", ".join(self.tr("{start}–{end} ({state})").format(
            start=format_date(o.period_start), end=format_date(o.period_end), state=state_label(o.state).lower())
            for o in sorted(open_budgets, key=lambda o: o.period_start))
        return self.tr("The client's budgets in use: {budgets}. A new budget may share days with them only with "
                       "a written reason, e.g. a new decision that replaces one from a given day.").format(
            budgets=listed)

    def overlapping(self) -> list[rules.OtherBudget]:
        """The client's budgets the typed period shares days with (none while a date is unfinished)."""
        start, end = parse_date(self.start_edit.text()), parse_date(self.end_edit.text())
        if not isinstance(start, date) or not isinstance(end, date) or end < start:
            return []
        return rules.overlapping(start, end, self._others)

    def _on_period_text_changed(self) -> None:
        found = self.overlapping()
        self.reason_edit.setEnabled(bool(found))
        if found:
            first = found[0]
            self.reason_edit.setPlaceholderText(self.tr(
                "Required: the period overlaps the budget of {start}–{end}. Why are two budgets needed for the "
                "same days?").format(start=format_date(first.period_start), end=format_date(first.period_end)))
        else:
            self.reason_edit.setPlaceholderText(self.tr("Needed only when the period overlaps another budget"))
            self.clear_issue("overlap_reason")

    def field_of(self, issue_field: str) -> str:
        return "period_start" if issue_field == "plan_id" else issue_field

    def _on_submitted(self, values: dict[str, Any]) -> None:
        plan_id, context = self._plan_id, self._context
        start, end = values["period_start"] or "", values["period_end"] or ""
        reason = values["overlap_reason"] if self.reason_edit.isEnabled() else None
        context.run(lambda: context.workspace.budgets.create_for_plan(plan_id, start, end, reason), parent=self,
                    on_success=self._on_created, on_invalid=self._on_invalid,
                    on_failure=lambda _error: self.set_busy(False))

    def _on_created(self, view: BudgetView) -> None:
        self.created_budget = view
        self.accept()

    def _on_invalid(self, error: ValidationError) -> None:
        self.show_issues(error)
