"""Start a personal budget from a client plan: asks the period and creates the budget.

The period defaults to the first day of next month and twelve months from it. The budget is
created in the background (``BudgetService.create_for_plan``, which takes the reference lines
from the plan); a refused period is explained next to its field and the dialog stays open.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QWidget

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.budget_form import BudgetFormDialog
from sopiva_desk.services.budgets import BudgetView


def default_period(today: date) -> tuple[date, date]:
    """The first day of next month and the day before the same day a year later."""
    start = date(today.year + today.month // 12, today.month % 12 + 1, 1)
    return start, date(start.year + 1, start.month, 1) - timedelta(days=1)


class CreateBudgetDialog(BudgetFormDialog):
    """``created_budget`` holds the new ``BudgetView`` once the dialog is accepted."""

    def __init__(self, context: AppContext, plan_id: uuid.UUID, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(self.tr("New personal budget"), self.tr("Create budget"), parent, explanation=self.tr(
            "The reference cost is taken from the plan's services and the price list on the first day of the "
            "period. A period can be at most two years."))
        self.setObjectName("createBudgetDialog")
        self._context = context
        self._plan_id = plan_id
        self.created_budget: BudgetView | None = None
        start, end = default_period(today or date.today())
        self.start_edit = self.add_date("period_start", self.tr("Period &starts"), start)
        self.end_edit = self.add_date("period_end", self.tr("Period &ends"), end)
        self.submitted.connect(self._on_submitted)

    def field_of(self, issue_field: str) -> str:
        return "period_start" if issue_field == "plan_id" else issue_field

    def _on_submitted(self, values: dict[str, Any]) -> None:
        plan_id, context = self._plan_id, self._context
        start, end = values["period_start"] or "", values["period_end"] or ""
        context.run(lambda: context.workspace.budgets.create_for_plan(plan_id, start, end), parent=self,
                    on_success=self._on_created, on_invalid=self._on_invalid,
                    on_failure=lambda _error: self.set_busy(False))

    def _on_created(self, view: BudgetView) -> None:
        self.created_budget = view
        self.accept()

    def _on_invalid(self, error: ValidationError) -> None:
        self.show_issues(error)
