"""The personal budget (henkilökohtainen budjetti) of a client: "what if" editing with live
totals, the decision, and the follow-up.

The header names the client and shows the budget's state and the save state; History,
Decide… and Close budget act on the whole budget. The Budget tab edits the budget while it
is indicative (every edit autosaves and returns the recomputed totals); the Follow-up tab,
enabled once the budget is decided, shows balances against the elapsed time, the alerts,
payment commitments and realised use. Rules: docs/budget.md.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.gui import prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.budget_commitment import AddCommitmentDialog, RecordUseDialog
from sopiva_desk.gui.dialogs.budget_form import DecideBudgetDialog, ReasonDialog
from sopiva_desk.gui.dialogs.budget_history import BudgetHistoryDialog
from sopiva_desk.gui.dialogs.document_preview import documents_button
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.messages import issue_text
from sopiva_desk.gui.widgets.autosave import SaveStateIndicator
from sopiva_desk.gui.widgets.budget_editor import BudgetEditor
from sopiva_desk.gui.widgets.budget_follow_up import BudgetFollowUpView, line_name
from sopiva_desk.gui.widgets.budget_parts import money_text
from sopiva_desk.gui.widgets.page_parts import add_back_shortcuts, build_record_header
from sopiva_desk.services.budgets import BudgetSaved, BudgetView, FollowUpEntries, PlanSupportChoice
from sopiva_desk.services.catalogue import Catalogue

Loaded = tuple[BudgetView, str, Catalogue, list[PlanSupportChoice]]


class BudgetPage(QWidget):
    """Signals:
        back_requested(): the user wants to go back (edits are saved first).
        budget_opened(object): the ``BudgetView`` now shown.
        budget_changed(object): the budget was decided or closed (its ``BudgetView``).
        follow_up_shown(object): the ``FollowUp`` now shown in the Follow-up tab.
    """

    back_requested = Signal()
    budget_opened = Signal(object)
    budget_changed = Signal(object)
    follow_up_shown = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("budgetPage")
        self._context = context
        self.today = today  # the follow-up is computed for this day (tests inject one)
        self._view: BudgetView | None = None
        self._opening: uuid.UUID | None = None
        self._catalogue: Catalogue | None = None
        self._commitments: list[Any] = []  # the living ones, for the use dialog
        self._uses: dict[str, Any] = {}  # the living ones by id, to correct or cancel
        self.editor = BudgetEditor(context, self)
        self.editor.budget_saved.connect(self._on_editor_budget_saved)
        self.follow_up = BudgetFollowUpView(context.ui_language, self)
        self.follow_up.add_commitment_requested.connect(self._on_follow_up_add_commitment_requested)
        self.follow_up.record_use_requested.connect(self._on_follow_up_record_use_requested)
        self.follow_up.correct_requested.connect(self._on_follow_up_correct_requested)
        self.follow_up.cancel_requested.connect(self._on_follow_up_cancel_requested)
        self.tabs = QTabWidget(self, objectName="budgetTabs")
        self.tabs.addTab(self.editor, self.tr("&Budget"))
        self.tabs.addTab(self.follow_up, self.tr("F&ollow-up"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addWidget(self.tabs, 1)
        add_back_shortcuts(self, self._go_back)
        self.clear()

    def _build_header(self) -> QVBoxLayout:
        self.save_state = SaveStateIndicator(self.editor.autosave, self)
        self.history_button = QPushButton(self.tr("History"), self, objectName="historyButton")
        self.history_button.clicked.connect(self._on_history_clicked)
        self.decide_button = QPushButton(self.tr("Decide…"), self, objectName="decideButton")
        self.decide_button.setToolTip(self.tr("Record the decision: the budget is then locked"))
        self.decide_button.clicked.connect(self._on_decide_clicked)
        self.close_budget_button = QPushButton(self.tr("Close budget"), self, objectName="closeBudgetButton")
        self.close_budget_button.setToolTip(self.tr("End the budget: nothing can be recorded after this"))
        self.close_budget_button.clicked.connect(self._on_close_budget_clicked)
        self.documents_button = documents_button(self, self._context, ("budget_statement",),
                                                 lambda: self.budget_id, self.flush)
        header = build_record_header(self, on_back=self._go_back, title_name="budgetTitle",
                                     status_name="budgetStatus", side=self.save_state,
                                     buttons=(self.documents_button, self.history_button, self.decide_button,
                                              self.close_budget_button))
        self.back_button, self.client_label, self.title_label = (header.back_button, header.client_label,
                                                                 header.title_label)
        self.status_label = header.status_label
        self.sync_label = header.sync_label
        self.overlap_label = header.reason_label  # why this budget shares days with another one
        self.overlap_label.setObjectName("overlapLabel")
        self.overlap_label.hide()
        self.title_label.setText(self.tr("Personal budget"))
        return header.layout

    # -- public ----------------------------------------------------------------------------

    @property
    def view(self) -> BudgetView | None:
        return self._view

    @property
    def budget_id(self) -> uuid.UUID | None:
        return self._view.id if self._view is not None else None

    @property
    def client_name(self) -> str:
        return self.client_label.text()

    def open_budget(self, budget_id: uuid.UUID) -> None:
        """Load a budget, its client's name, the catalogue and the plan's supports in the background."""
        self.flush()
        self._opening = budget_id
        context = self._context

        def load() -> Loaded:
            budgets = context.workspace.budgets
            view = budgets.open(budget_id)
            row = context.workspace.clients.caseload_row(view.client_id)  # writes no access-log row
            name = f"{row.first_names} {row.last_name}".strip() if row is not None else ""
            return view, name, budgets.catalogue, budgets.plan_supports(budget_id)

        context.run(load, parent=self, on_success=self._on_loaded, on_failure=self._on_open_failed)

    def flush(self) -> None:
        self.editor.autosave.flush()

    def has_pending_saves(self) -> bool:
        return self.editor.autosave.has_pending()

    def clear(self) -> None:
        """Empty every widget (the app locks, or another client opens). Call ``flush()`` first."""
        self.sync_label.clear()
        self._view = self._opening = None
        self.editor.clear()
        self.follow_up.clear()
        self.client_label.clear()
        self.status_label.clear()
        self.overlap_label.clear()
        self.overlap_label.hide()
        self.tabs.setCurrentWidget(self.editor)
        self.setAccessibleName(self.tr("Personal budget"))
        self._update_buttons()

    # -- showing ---------------------------------------------------------------------------

    def _on_loaded(self, loaded: Loaded) -> None:
        view, name, catalogue, supports = loaded
        if view.id != self._opening:
            return  # another budget was asked for meanwhile
        self._catalogue = catalogue
        self.client_label.setText(name)
        self.setAccessibleName(self.tr("Personal budget of {name}").format(name=name))
        self.editor.show_budget(view, catalogue, supports)
        self._show(view)
        if view.budget.state != "indicative":
            self.refresh_follow_up()
        self.budget_opened.emit(view)

    def _on_open_failed(self, _error: BaseException) -> None:
        self.clear()
        self.back_requested.emit()

    def _show(self, view: BudgetView) -> None:
        self.sync_label.follow(self._context, "personal_budget", view.id)
        self._view = view
        budget = view.budget
        if budget.state == "indicative":
            status = self.tr("Indicative: not decided yet")
        elif budget.state == "decided":
            status = self.tr("Decided on {date}").format(date=format_date(budget.decision_date))
            if budget.decision_reference:
                status = self.tr("{status} · decision {number}").format(status=status,
                                                                        number=budget.decision_reference)
        else:
            status = self.tr("Closed")
        period = self.tr("Period {start}–{end}").format(start=format_date(budget.period_start),
                                                        end=format_date(budget.period_end))
        self.status_label.setText(f"{status} · {period}")
        overlaps = ", ".join(f"{format_date(o.period_start)}–{format_date(o.period_end)}" for o in view.overlaps)
        if overlaps:
            self.overlap_label.setText(self.tr("Shares days with the budget of {periods}. Reason: {reason}").format(
                periods=overlaps, reason=view.overlap_reason or self.tr("not written")))
        self.overlap_label.setVisible(bool(overlaps))
        self.tabs.setTabEnabled(1, budget.state != "indicative")
        self.tabs.setTabToolTip(1, "" if budget.state != "indicative" else self.tr(
            "Follow-up starts when the budget is decided"))
        self.follow_up.set_can_record(budget.state == "decided", budget.state == "decided" and bool(budget.lines))
        self._update_buttons()

    def _update_buttons(self) -> None:
        state = self._view.budget.state if self._view is not None else None
        self.history_button.setEnabled(state is not None)
        self.decide_button.setVisible(state in (None, "indicative"))
        self.decide_button.setEnabled(state == "indicative")
        self.close_budget_button.setVisible(state == "decided")

    def _on_editor_budget_saved(self, saved: BudgetSaved) -> None:
        self.sync_label.refresh()
        if self._view is not None and saved.budget is not None:
            self._view = replace(self._view, budget=saved.budget, totals=saved.totals, issues=list(saved.issues))
            self._show(self._view)

    # -- follow-up -------------------------------------------------------------------------

    def _on_tabs_current_changed(self, index: int) -> None:
        if index == 1:
            self.refresh_follow_up()

    def refresh_follow_up(self) -> None:
        """Read the commitments, uses and balances for ``today()`` in the background and show them."""
        view, today, context = self._view, self.today(), self._context
        if view is None or view.budget.state == "indicative":
            return

        def load() -> tuple[uuid.UUID, Any, FollowUpEntries]:
            budgets = context.workspace.budgets
            return view.id, budgets.follow_up(view.id, today), budgets.entries(view.id)

        def show(loaded: tuple[uuid.UUID, Any, FollowUpEntries]) -> None:
            budget_id, follow, entries = loaded
            if self._view is None or budget_id != self._view.id or self._catalogue is None:
                return
            self._commitments = [e.commitment for e in entries.commitments if not e.cancelled]
            self._uses = {e.use.id: e.use for e in entries.uses if not e.cancelled}
            self.follow_up.show_follow_up(self._view, follow, entries.commitments, entries.uses, self._catalogue,
                                          today)
            self.follow_up_shown.emit(follow)

        context.run(load, parent=self, on_success=show)

    def _line_choices(self) -> list[tuple[Any, str]]:
        if self._view is None or self._catalogue is None:
            return []
        language = self._context.ui_language
        return [(line, line_name(line, number, self._catalogue, language))
                for number, line in enumerate(self._view.budget.lines, start=1)]

    def _open_form(self, dialog: Any, work: Callable[[dict[str, Any]], Callable[[], Any]]) -> None:
        """Show a follow-up dialog; each submit runs ``work``; a refusal keeps it open with the reasons."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def stored(_result: Any) -> None:
            dialog.accept()
            self.refresh_follow_up()

        def submitted(values: dict[str, Any]) -> None:
            self._context.run(work(values), parent=dialog, on_success=stored, on_invalid=dialog.show_issues,
                              on_failure=lambda _error: dialog.set_busy(False))

        dialog.submitted.connect(submitted)
        dialog.open()

    def _commitment_dialog(self, correcting: Any = None) -> AddCommitmentDialog | None:
        view = self._view
        if view is None or view.budget.state != "decided" or self._catalogue is None:
            return None
        language = self._context.ui_language
        lines = view.budget.lines
        services = [(s.code, s.name(language)) for s in self._catalogue.list_services()]
        used = [line.service_code for line in lines]
        services.sort(key=lambda s: (s[0] not in used, used.index(s[0]) if s[0] in used else 0))
        return AddCommitmentDialog(services, (view.budget.period_start, view.budget.period_end),
                                   provider=next((line.provider for line in lines if line.provider), ""),
                                   parent=self, correcting=correcting, language=language)

    def _on_follow_up_add_commitment_requested(self) -> None:
        dialog = self._commitment_dialog()
        if dialog is None:
            return
        budget_id = self._view.id  # type: ignore[union-attr]
        self._open_form(dialog, lambda values: lambda: self._context.workspace.budgets.add_commitment(
            budget_id, values))

    def _on_follow_up_record_use_requested(self) -> None:
        view = self._view
        if view is None or view.budget.state != "decided" or not view.budget.lines:
            return
        today = self.today()
        dialog = RecordUseDialog(self._line_choices(), self._commitments, today, self._context.ui_language, self)
        budget_id = view.id
        self._open_form(dialog, lambda values: lambda: self._context.workspace.budgets.record_use(budget_id, values))

    def _on_follow_up_correct_requested(self, kind: str, key: str) -> None:
        """Correct a commitment (by number) or a use (by id) entered wrongly, with a reason."""
        view = self._view
        if view is None or view.budget.state != "decided":
            return
        budgets, budget_id = self._context.workspace.budgets, view.id
        dialog: Any
        if kind == "commitments":
            commitment = next((c for c in self._commitments if c.number == key), None)
            dialog = self._commitment_dialog(commitment) if commitment is not None else None
            if dialog is None:
                return

            def correct(values: dict[str, Any]) -> Callable[[], Any]:
                reason = values.pop("reason")
                return lambda: budgets.correct_commitment(budget_id, key, values, reason)
        else:
            use = self._uses.get(key)
            if use is None:
                return
            dialog = RecordUseDialog(self._line_choices(), self._commitments, use.used_on, self._context.ui_language,
                                     self, correcting=use)

            def correct(values: dict[str, Any]) -> Callable[[], Any]:
                reason = values.pop("reason")
                return lambda: budgets.correct_use(budget_id, key, values, reason)
        self._open_form(dialog, correct)

    def _on_follow_up_cancel_requested(self, kind: str, key: str) -> None:
        """Cancel an entry made by mistake: it stays in the list and the history with the reason."""
        view = self._view
        if view is None or view.budget.state != "decided":
            return
        budgets, budget_id = self._context.workspace.budgets, view.id
        if kind == "commitments":
            dialog = ReasonDialog(self.tr("Cancel payment commitment {number}").format(number=key),
                                  self.tr("Cancel the commitment"), self.tr(
                                      "Cancel a commitment entered by mistake. It stays listed and in the history "
                                      "with the reason. A commitment with realised use under it cannot be "
                                      "cancelled: correct or cancel those entries first."), self)
            work: Callable[[str], Any] = lambda reason: budgets.cancel_commitment(budget_id, key, reason)  # noqa: E731
        else:
            use = self._uses.get(key)
            if use is None:
                return
            dialog = ReasonDialog(self.tr("Cancel realised use of {date}").format(date=format_date(use.used_on)),
                                  self.tr("Cancel the entry"), self.tr(
                                      "Cancel a use recorded by mistake ({provider}, {amount}). It stays listed and "
                                      "in the history with the reason, and no longer counts in the balances and "
                                      "alerts.").format(provider=use.provider, amount=money_text(
                                          use.amount_cents, self._context.ui_language)), self)
            work = lambda reason: budgets.cancel_use(budget_id, key, reason)  # noqa: E731
        self._open_form(dialog, lambda values: lambda: work(values["reason"]))

    # -- deciding and closing --------------------------------------------------------------

    def _on_decide_clicked(self) -> None:
        view = self._view
        if view is None or view.budget.state != "indicative":
            return
        self.flush()
        dialog = DecideBudgetDialog(self.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        budget_id = view.id

        def decided(result: BudgetView) -> None:
            dialog.accept()
            self._changed(result)

        def submitted(values: dict[str, Any]) -> None:
            day, number = values["decision_date"] or "", values["decision_reference"]
            self._context.run(lambda: self._context.workspace.budgets.decide(budget_id, day, number), parent=dialog,
                              on_success=decided, on_invalid=dialog.show_issues,
                              on_failure=lambda _error: dialog.set_busy(False))

        dialog.submitted.connect(submitted)
        dialog.open()

    def _on_close_budget_clicked(self) -> None:
        view = self._view
        if view is None or view.budget.state != "decided":
            return
        if not prompts.confirm(self, self.tr("Close budget"), self.tr(
                "Close this personal budget? Nothing can be changed or recorded in it after this."),
                yes=self.tr("Close budget"), no=self.tr("Cancel")):
            return
        budget_id = view.id
        self._context.run(lambda: self._context.workspace.budgets.close(budget_id), parent=self,
                          on_success=self._changed, on_invalid=self._on_close_invalid)

    def _on_close_invalid(self, error: ValidationError) -> None:
        prompts.show_error(self, self.tr("Close budget"), "\n".join(issue_text(i) for i in error.issues))

    def _changed(self, view: BudgetView) -> None:
        if self._view is None or view.id != self._view.id:
            return
        self.editor.show_budget(view, self._catalogue or self._context.workspace.budgets.catalogue,
                                self.editor.supports)
        self._show(view)
        self.refresh_follow_up()
        self.budget_changed.emit(view)

    def _on_history_clicked(self) -> None:
        view = self._view
        if view is None or self._catalogue is None:
            return
        catalogue, language = self._catalogue, self._context.ui_language
        numbers = {line.id: number for number, line in enumerate(view.budget.lines, start=1)}

        def show(changes: list[Any]) -> None:
            dialog = BudgetHistoryDialog(changes, numbers, catalogue, language, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        self._context.run(lambda: self._context.workspace.budgets.history(view.id), parent=self, on_success=show)

    def _go_back(self) -> None:
        self.flush()
        self.back_requested.emit()
