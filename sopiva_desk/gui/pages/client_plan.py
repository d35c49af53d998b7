"""The client file's "Plan and budget" tab: the client plan in force and its versions, the
personal budgets, and the reviews of the plan's goals over time (charts of goal attainment
and "How are things?"). Each list shows every record's sync state when the profile syncs
(``gui/widgets/sync_columns.py``).

What the buttons offer follows the plan's versions: no plan yet → draft it (from the latest
completed assessment); a draft → continue it; an agreed plan → open it (a new version is
made on the plan page, with a reason). A budget is made for the agreed plan, or for the
draft while there is none; reviews need an agreed plan.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QTableView, QVBoxLayout, QWidget

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.review_dialog import ReviewDialog, open_new_review
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.models.plan_list_model import BudgetListModel, PlanListModel, ReviewListModel
from sopiva_desk.gui.widgets.page_parts import HINT_COLOR, bold_label, make_read_only_list
from sopiva_desk.gui.widgets.review_charts import ReviewCharts
from sopiva_desk.gui.widgets.sync_columns import RecordSyncColumns, States, SyncColumn
from sopiva_desk.services.budgets import BudgetView
from sopiva_desk.services.listings import PLANS_AND_BUDGETS
from sopiva_desk.services.plans import PlanView
from sopiva_desk.services.reviews import ReviewView


@dataclass(frozen=True)
class PlanTabData:
    plans: list[PlanView]  # newest version first
    budgets: list[BudgetView]  # latest period first
    reviews: list[ReviewView]  # newest first
    sync_states: States = field(default=None, compare=False)  # each record's, read with them


def _with_status(plans: Sequence[PlanView], status: str) -> PlanView | None:
    return next((p for p in plans if p.status == status), None)


class ClientPlanWidget(QWidget):
    """Signals:
        open_plan_requested(object): a plan version's UUID (the buttons, double-click or Enter).
        new_plan_started(object): the UUID of a draft plan just started.
        open_budget_requested(object): a budget's UUID.
        create_budget_requested(object): the UUID of the plan a new budget is for.
        loaded(): the lists were (re)loaded.
    """

    open_plan_requested = Signal(object)
    new_plan_started = Signal(object)
    open_budget_requested = Signal(object)
    create_budget_requested = Signal(object)
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientPlan")
        self._context = context
        self._client_id: uuid.UUID | None = None
        self._data = PlanTabData([], [], [])
        self._starting = False
        self.plans_model = PlanListModel(self)
        self.budgets_model = BudgetListModel(self, context.ui_language)
        self.reviews_model = ReviewListModel(self)
        self.review_dialog: ReviewDialog | None = None

        left = QVBoxLayout()
        left.addLayout(self._build_plan_part(), 3)
        left.addSpacing(10)
        left.addLayout(self._build_budget_part(), 2)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addSpacing(12)
        layout.addLayout(self._build_review_part(), 2)
        self.sync_columns = RecordSyncColumns(
            SyncColumn("client_plan", self.plans_view, PlanListModel.STATUS),
            SyncColumn("personal_budget", self.budgets_view, BudgetListModel.STATE),
            SyncColumn("plan_review", self.reviews_view, ReviewListModel.STATUS))
        self.setEnabled(False)

    # -- building --------------------------------------------------------------------------

    def _build_plan_part(self) -> QVBoxLayout:
        caption = bold_label(self.tr("Client plan"), self, "planCaption", scale=1.1)
        self.plan_status_label = QLabel(self, objectName="planStatus", wordWrap=True)
        self.plan_status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.draft_button = QPushButton(self.tr("&Draft the plan"), self, objectName="draftPlanButton")
        self.draft_button.setToolTip(self.tr("Start the client plan; the situation, support needs and strengths "
                                             "are taken from the latest completed assessment"))
        self.draft_button.clicked.connect(self._start_draft)
        self.continue_button = QPushButton(self.tr("&Continue draft"), self, objectName="continuePlanButton")
        self.continue_button.clicked.connect(lambda: self._open_status("draft"))
        self.open_button = QPushButton(self.tr("&Open plan"), self, objectName="openPlanButton")
        self.open_button.setToolTip(self.tr("The plan in force; a new version is made from there"))
        self.open_button.clicked.connect(lambda: self._open_status("agreed"))
        row = QHBoxLayout()
        status = QVBoxLayout()
        status.addWidget(caption)
        status.addWidget(self.plan_status_label)
        row.addLayout(status, 1)
        for button in (self.continue_button, self.open_button, self.draft_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        self.plans_view = QTableView(self, objectName="plansView")
        self.plans_view.setModel(self.plans_model)
        make_read_only_list(self.plans_view, name=self.tr("Plan versions"),
                            description=self.tr("Newest first. Press Enter to open the selected version."))
        self.plans_view.activated.connect(self._on_plans_view_activated)
        self.no_plans_label = self._hint(self.tr("No client plan yet."), "noPlansHint")
        part = QVBoxLayout()
        part.setSpacing(6)
        part.addLayout(row)
        part.addWidget(self.plans_view, 1)
        part.addWidget(self.no_plans_label)
        return part

    def _build_budget_part(self) -> QVBoxLayout:
        caption = bold_label(self.tr("Personal budget"), self, "budgetsCaption", scale=1.1)
        self.create_budget_button = QPushButton(self.tr("Create &budget…"), self, objectName="createBudgetButton")
        self.create_budget_button.setToolTip(self.tr("A personal budget for the plan's supports, with the "
                                                     "reference cost as its ceiling"))
        self.create_budget_button.clicked.connect(self._on_create_budget_clicked)
        row = QHBoxLayout()
        row.addWidget(caption, 1, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.create_budget_button)
        self.budgets_view = QTableView(self, objectName="budgetsView")
        self.budgets_view.setModel(self.budgets_model)
        make_read_only_list(self.budgets_view, name=self.tr("Personal budgets"),
                            description=self.tr("Latest period first. Press Enter to open the selected budget."))
        self.budgets_view.activated.connect(self._on_budgets_view_activated)
        self.no_budgets_label = self._hint(self.tr("No personal budget. Personal budgeting is one way to arrange "
                                                   "the supports of the plan, when it suits the client."),
                                           "noBudgetsHint")
        part = QVBoxLayout()
        part.setSpacing(6)
        part.addLayout(row)
        part.addWidget(self.budgets_view, 1)
        part.addWidget(self.no_budgets_label)
        return part

    def _build_review_part(self) -> QVBoxLayout:
        caption = bold_label(self.tr("Reviews"), self, "reviewsCaption", scale=1.1)
        self.review_button = QPushButton(self.tr("&Review the plan…"), self, objectName="reviewButton")
        self.review_button.clicked.connect(self._on_review_clicked)
        row = QHBoxLayout()
        row.addWidget(caption, 1, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.review_button)
        self.reviews_view = QTableView(self, objectName="reviewsView")
        self.reviews_view.setModel(self.reviews_model)
        make_read_only_list(self.reviews_view, name=self.tr("Reviews"),
                            description=self.tr("Newest first. Press Enter to open the selected review."))
        self.reviews_view.setMaximumHeight(140)
        self.reviews_view.activated.connect(self._on_reviews_view_activated)
        self.charts = ReviewCharts(self)
        charts_area = QScrollArea(self, objectName="reviewChartsArea")
        charts_area.setWidgetResizable(True)
        charts_area.setWidget(self.charts)
        charts_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.no_reviews_label = self._hint(self.tr("No reviews yet. At a review, the client and you rate how far "
                                                   "each goal has been reached."), "noReviewsHint")
        part = QVBoxLayout()
        part.setSpacing(6)
        part.addLayout(row)
        part.addWidget(self.reviews_view)
        part.addWidget(self.no_reviews_label)
        part.addWidget(charts_area, 1)
        return part

    def _hint(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self, objectName=name, wordWrap=True)
        label.setStyleSheet(f"color: {HINT_COLOR};")
        return label

    # -- public ----------------------------------------------------------------------------

    @property
    def client_id(self) -> uuid.UUID | None:
        return self._client_id

    @property
    def data(self) -> PlanTabData:
        return self._data

    def load(self, client_id: uuid.UUID, *, listed: bool = True) -> None:
        """Read the client's plans and budgets in the background and show them.

        ``listed``: the client file was opened, so the lists are logged as one listing of the
        client's plans, budgets and reviews; reading them again after a change (``refresh``) is not
        a new listing."""
        if client_id != self._client_id:
            self._show(PlanTabData([], [], []))
        self._client_id = client_id
        context = self._context

        def read() -> PlanTabData:
            workspace = context.workspace
            plans, budgets = workspace.plans.for_client(client_id), workspace.budgets.for_client(client_id)
            reviews = workspace.reviews.for_client(client_id)
            states = workspace.sync_states.states_of({"client_plan": [p.id for p in plans],
                                                      "personal_budget": [b.id for b in budgets],
                                                      "plan_review": [r.id for r in reviews]})
            data = PlanTabData(plans, budgets, reviews, states)
            if listed:
                workspace.listings.record_for_client(PLANS_AND_BUDGETS, client_id)
            return data

        def shown(data: PlanTabData) -> None:
            if client_id == self._client_id:
                self._show(data)
                self.setEnabled(True)
                self.loaded.emit()

        context.run(read, parent=self, on_success=shown)

    def refresh(self) -> None:
        if self._client_id is not None:
            self.load(self._client_id, listed=False)

    def refresh_sync_states(self) -> None:
        """Read the lists' sync states again (after a sync) without reading the lists."""
        if self._client_id is not None:
            self.sync_columns.refresh(self._context, self, lambda: self._client_id)

    def clear(self) -> None:
        self._client_id = None
        self._show(PlanTabData([], [], []))
        self.setEnabled(False)

    # -- showing ---------------------------------------------------------------------------

    def _show(self, data: PlanTabData) -> None:
        self._data = data
        self.plans_model.set_rows(data.plans)
        self.budgets_model.set_rows(data.budgets)
        self.reviews_model.set_rows(data.reviews)
        self.charts.set_reviews(data.reviews)
        for view in (self.plans_view, self.budgets_view, self.reviews_view):
            view.resizeColumnsToContents()
            view.horizontalHeader().setStretchLastSection(True)
        self.sync_columns.show(data.sync_states)
        draft, agreed = _with_status(data.plans, "draft"), _with_status(data.plans, "agreed")
        if agreed is not None:
            text = self.tr("In force: version {version}, agreed on {date}.").format(
                version=agreed.version_no, date=format_date(agreed.agreed_on))
            if agreed.plan.review_date is not None:
                text += " " + self.tr("Review on {date}.").format(date=format_date(agreed.plan.review_date))
        else:
            text = self.tr("No agreed plan yet.")
        if draft is not None:
            text += " " + self.tr("Version {version} is a draft.").format(version=draft.version_no)
        self.plan_status_label.setText(text if self._client_id is not None else "")
        self.draft_button.setVisible(not data.plans)
        self.continue_button.setVisible(draft is not None)
        self.open_button.setVisible(agreed is not None)
        has_plans, has_budgets = bool(data.plans), bool(data.budgets)
        self.plans_view.setVisible(has_plans)
        self.no_plans_label.setVisible(not has_plans)
        self.budgets_view.setVisible(has_budgets)
        self.no_budgets_label.setVisible(not has_budgets)
        self.create_budget_button.setEnabled(self._budget_plan() is not None)
        unfinished = any(r.status == "draft" for r in data.reviews)
        self.review_button.setText(self.tr("&Continue the review") if unfinished else self.tr("&Review the plan…"))
        self.review_button.setEnabled(agreed is not None or unfinished)
        self.review_button.setToolTip(
            self.tr("Rate with the client how far each goal has been reached, and ask how things are")
            if agreed is not None else self.tr("A plan is reviewed once it has been agreed."))
        self.reviews_view.setVisible(bool(data.reviews))
        self.no_reviews_label.setVisible(not data.reviews)
        self.create_budget_button.setToolTip(
            self.tr("A personal budget for the plan's supports, with the reference cost as its ceiling")
            if has_plans else self.tr("Draft the client plan first: a budget is built from its supports."))

    def _budget_plan(self) -> PlanView | None:
        plans = self._data.plans
        return _with_status(plans, "agreed") or _with_status(plans, "draft")

    # -- actions ---------------------------------------------------------------------------

    def _start_draft(self) -> None:
        client_id = self._client_id
        if client_id is None or self._starting:
            return
        self._starting = True
        self.draft_button.setEnabled(False)
        context = self._context

        def started(view: PlanView) -> None:
            self._done_starting()
            self.refresh()
            self.new_plan_started.emit(view.id)

        context.run(lambda: context.workspace.plans.start_draft(client_id), parent=self, on_success=started,
                    on_failure=lambda _error: self._done_starting())

    def _done_starting(self) -> None:
        self._starting = False
        self.draft_button.setEnabled(True)

    def _open_status(self, status: str) -> None:
        found = _with_status(self._data.plans, status)
        if found is not None:
            self.open_plan_requested.emit(found.id)

    def _on_plans_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_plan_requested.emit(self.plans_model.data(index, Qt.ItemDataRole.UserRole))

    def _on_budgets_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_budget_requested.emit(self.budgets_model.data(index, Qt.ItemDataRole.UserRole))

    def _on_review_clicked(self) -> None:
        agreed, client_id = _with_status(self._data.plans, "agreed"), self._client_id
        if client_id is None:
            return
        plan_id = agreed.id if agreed is not None else self._data.reviews[0].plan_id
        open_new_review(self._context, client_id, plan_id, self, on_opened=self._watch_review)

    def _on_reviews_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            dialog = ReviewDialog(self._context, self.reviews_model.data(index, Qt.ItemDataRole.UserRole), self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            dialog.show()
            self._watch_review(dialog)

    def _watch_review(self, dialog: ReviewDialog) -> None:
        """Keep the lists and charts in step with the review being written."""
        self.review_dialog = dialog
        self.refresh()  # a review just started is listed as unfinished
        dialog.review_completed.connect(lambda _view: self.refresh())
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.finished.connect(lambda _result, closed=dialog: self._forget_review(closed))

    def _forget_review(self, dialog: ReviewDialog) -> None:
        if self.review_dialog is dialog:
            self.review_dialog = None

    def flush(self) -> None:
        """Send what an open review dialog still waits to save (before locking)."""
        if self.review_dialog is not None:
            self.review_dialog.autosave.flush()

    def _on_create_budget_clicked(self) -> None:
        plan = self._budget_plan()
        if plan is not None:
            self.create_budget_requested.emit(plan.id)
