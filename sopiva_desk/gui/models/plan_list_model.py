"""A client's plan versions, personal budgets and reviews as read-only tables for the client file,
each with its sync state (``sync_column``).

Plans are listed newest version first (superseded versions included), budgets latest period
first, as the services return them. ``Qt.UserRole`` of any cell is the record's UUID.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
)

from sopiva_desk.domain.money import LANGUAGES, format_cents
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.models.read_only_table import ReadOnlyTable
from sopiva_desk.gui.models.record_list_model import format_date_time
from sopiva_desk.gui.models.sync_column import SyncStateColumn

Index = QModelIndex | QPersistentModelIndex

_PLAN_STATUS = {
    "draft": QT_TRANSLATE_NOOP("PlanListModel", "Draft"),
    "agreed": QT_TRANSLATE_NOOP("PlanListModel", "Agreed"),
    "superseded": QT_TRANSLATE_NOOP("PlanListModel", "Superseded"),
}
_BUDGET_STATE = {
    "indicative": QT_TRANSLATE_NOOP("BudgetListModel", "Indicative"),
    "decided": QT_TRANSLATE_NOOP("BudgetListModel", "Decided"),
    "closed": QT_TRANSLATE_NOOP("BudgetListModel", "Closed"),
}


def plan_status_label(status: str) -> str:
    source = _PLAN_STATUS.get(status)
    return QCoreApplication.translate("PlanListModel", source) if source else status


def budget_state_label(state: str) -> str:
    source = _BUDGET_STATE.get(state)
    return QCoreApplication.translate("BudgetListModel", source) if source else state


class PlanListModel(SyncStateColumn, ReadOnlyTable):
    """Plan versions (``PlanView``): Version, Status, Meeting, Agreed on, Goals, Review, Changed, Sync."""

    VERSION, STATUS, MEETING, AGREED, GOALS, REVIEW, CHANGED = range(7)
    CONTEXT = "PlanListModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("PlanListModel", "Version"),
        QT_TRANSLATE_NOOP("PlanListModel", "Status"),
        QT_TRANSLATE_NOOP("PlanListModel", "Meeting"),
        QT_TRANSLATE_NOOP("PlanListModel", "Agreed on"),
        QT_TRANSLATE_NOOP("PlanListModel", "Goals"),
        QT_TRANSLATE_NOOP("PlanListModel", "Review"),
        QT_TRANSLATE_NOOP("PlanListModel", "Last changed"),
    )
    NUMERIC = frozenset({VERSION, GOALS})

    def cell(self, found: Any, column: int) -> str:
        plan = found.plan
        if column == self.VERSION:
            return str(found.version_no)
        if column == self.STATUS:
            return plan_status_label(found.status)
        if column == self.MEETING:
            return format_date(plan.meeting_date)
        if column == self.AGREED:
            return format_date(found.agreed_on)
        if column == self.GOALS:
            return str(len(plan.goals))
        if column == self.REVIEW:
            return format_date(plan.review_date)
        if column == self.CHANGED:
            return format_date_time(found.updated_at)
        return ""


class BudgetListModel(SyncStateColumn, ReadOnlyTable):
    """Personal budgets (``BudgetView``): Period, State, Reference, Allocation, Difference, Sync."""

    PERIOD, STATE, REFERENCE, ALLOCATION, DIFFERENCE = range(5)
    CONTEXT = "BudgetListModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("BudgetListModel", "Period"),
        QT_TRANSLATE_NOOP("BudgetListModel", "State"),
        QT_TRANSLATE_NOOP("BudgetListModel", "Reference cost"),
        QT_TRANSLATE_NOOP("BudgetListModel", "Budget"),
        QT_TRANSLATE_NOOP("BudgetListModel", "Difference"),
    )
    NUMERIC = frozenset({REFERENCE, ALLOCATION, DIFFERENCE})

    def __init__(self, parent: Any = None, language: str = "fi") -> None:
        super().__init__(parent)
        self._language = language if language in LANGUAGES else "fi"

    def cell(self, found: Any, column: int) -> str:
        budget, totals = found.budget, found.totals
        if column == self.PERIOD:
            return f"{format_date(budget.period_start)}–{format_date(budget.period_end)}"
        if column == self.STATE:
            return budget_state_label(budget.state)
        if column == self.REFERENCE:
            return format_cents(totals.reference_cents, self._language)
        if column == self.ALLOCATION:
            return format_cents(totals.allocation_cents, self._language)
        if column == self.DIFFERENCE:
            sign = "+" if totals.difference_cents > 0 else ""
            return sign + format_cents(totals.difference_cents, self._language)
        return ""


_REVIEW_STATUS = {
    "draft": QT_TRANSLATE_NOOP("ReviewListModel", "Unfinished"),
    "completed": QT_TRANSLATE_NOOP("ReviewListModel", "Completed"),
}


class ReviewListModel(SyncStateColumn, ReadOnlyTable):
    """Reviews of the plan (``ReviewView``), newest first: Date, Status, Goals rated, Sync."""

    DATE, STATUS, RATED = range(3)
    CONTEXT = "ReviewListModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ReviewListModel", "Review date"),
        QT_TRANSLATE_NOOP("ReviewListModel", "Status"),
        QT_TRANSLATE_NOOP("ReviewListModel", "Goals rated"),
    )
    NUMERIC = frozenset({RATED})

    def cell(self, found: Any, column: int) -> str:
        if column == self.DATE:
            return format_date(found.review.review_date)
        if column == self.STATUS:
            source = _REVIEW_STATUS.get(found.status)
            return QCoreApplication.translate(self.CONTEXT, source) if source else found.status
        if column == self.RATED:
            ratings = found.review.ratings
            rated = sum(1 for r in ratings if r.professional is not None)
            return f"{rated} / {len(ratings)}"
        return ""
