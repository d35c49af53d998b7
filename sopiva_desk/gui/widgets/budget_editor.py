"""The Budget tab of the personal budget page: period, lines, justification, reference lines,
live issues, and the totals bar that stays in view.

Every edit is a "what if": it autosaves in the background and the save returns the
recomputed totals and the live issues (``BudgetSaved``), which are shown at once. A refused
value stays where it was typed, with the reason next to it. Decided and closed budgets are
read-only.

Signals:
    budget_saved(object): a ``BudgetSaved`` that was shown (totals and lines changed).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain import budget as rules
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.gui import prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.formatting import format_date, parse_date
from sopiva_desk.gui.messages import issue_text
from sopiva_desk.gui.models.budget_lines_model import BudgetLinesModel
from sopiva_desk.gui.widgets.autosave import AutosaveController
from sopiva_desk.gui.widgets.budget_parts import OVER_STYLE, BudgetTotalsBar, method_labels, unit_labels
from sopiva_desk.gui.widgets.budget_tables import hint_label, line_columns, lines_table, reference_columns
from sopiva_desk.gui.widgets.feedback import error_label
from sopiva_desk.gui.widgets.page_parts import bold_label
from sopiva_desk.gui.widgets.template_fields import GrowingPlainTextEdit
from sopiva_desk.services.budgets import BudgetSaved, BudgetView, PlanSupportChoice
from sopiva_desk.services.catalogue import Catalogue

_t = QCoreApplication.translate  # lupdate knows the alias (Makefile: -tr-function-alias)


class BudgetEditor(QWidget):
    budget_saved = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetEditor")
        self._context = context
        self._view: BudgetView | None = None
        self._catalogue: Catalogue | None = None
        self._supports: list[PlanSupportChoice] = []
        self.autosave = AutosaveController(context, self)
        self.autosave.field_saved.connect(self._on_autosave_field_saved)
        self.autosave.field_invalid.connect(self._on_autosave_field_invalid)
        self.autosave.draft_restored.connect(self._on_autosave_draft_restored)
        language = context.ui_language
        self.lines_model = BudgetLinesModel("lines", line_columns(), language, self)
        self.reference_model = BudgetLinesModel("reference_lines", reference_columns(), language, self)
        for model in (self.lines_model, self.reference_model):
            model.set_choices("method", method_labels().items())
            model.set_choices("unit", unit_labels().items())
            model.cell_edited.connect(self._on_model_cell_edited)

        self.totals_bar = BudgetTotalsBar(language, self)
        self.notice = QLabel(self, objectName="readOnlyNotice", wordWrap=True)
        self.notice.setStyleSheet("QLabel { background: #eef1f5; color: #30343a; padding: 6px 10px; }")
        column = QWidget(self)
        self._layout = QVBoxLayout(column)
        self._layout.setContentsMargins(4, 4, 16, 24)
        self._layout.setSpacing(8)
        self._build_period(column)
        self._build_lines(column)
        self._build_justification(column)
        self._build_reference(column)
        self.issues_heading = bold_label(self.tr("To check"), column, "issuesHeading")
        self.issues_label = QLabel(column, objectName="issuesList", wordWrap=True)
        self.issues_label.setStyleSheet(f"color: {OVER_STYLE.split('color: ')[1].split(';')[0]};")
        self.issues_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(self.issues_heading)
        self._layout.addWidget(self.issues_label)
        self._layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(column)
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.totals_bar)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        self.clear()

    # -- building --------------------------------------------------------------------------

    def _build_period(self, parent: QWidget) -> None:
        row = QHBoxLayout()
        self.period_start_edit = QLineEdit(parent, objectName="periodStart", placeholderText="1.1.2026")
        self.period_end_edit = QLineEdit(parent, objectName="periodEnd", placeholderText="31.12.2026")
        row.addWidget(bold_label(self.tr("Budget period"), parent))
        for caption, edit in ((self.tr("F&rom"), self.period_start_edit), (self.tr("&To"), self.period_end_edit)):
            row.addSpacing(10)
            label = QLabel(caption, parent)
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(caption.replace("&", "")) + 6)
            label.setBuddy(edit)
            edit.setAccessibleName(caption.replace("&", ""))
            edit.setMaximumWidth(130)
            row.addWidget(label)
            row.addWidget(edit)
        row.addStretch(1)
        self._layout.addLayout(row)
        self.period_error = error_label(parent, "periodError")
        self._layout.addWidget(self.period_error)
        binding = self.autosave.bind("period", self._period_value, self._save, error_label=self.period_error,
                                     show=self._show_period, debounce=True, typed=self._period_typed,
                                     retype=self._retype_period)
        for edit in (self.period_start_edit, self.period_end_edit):
            edit.textEdited.connect(binding.edited)
            edit.editingFinished.connect(binding.commit)

    def _build_lines(self, parent: QWidget) -> None:
        self._layout.addWidget(bold_label(self.tr("Budget lines"), parent, scale=1.15))
        self._layout.addWidget(hint_label(self.tr(
            "Each line is arranged without paying the client: payment commitment, service voucher, purchased "
            "service or own production. Double-click or type in a cell to change it; totals update at once."),
            parent))
        self.lines_table = lines_table(parent, self.lines_model, "budgetLines", 2)
        self.lines_table.setAccessibleName(self.tr("Budget lines"))
        self._layout.addWidget(self.lines_table)
        self.lines_error = error_label(parent, "linesError")
        self._layout.addWidget(self.lines_error)
        buttons = QHBoxLayout()
        self.add_line_button = QPushButton(self.tr("Add line"), parent, objectName="addLineButton")
        self.add_line_button.clicked.connect(self._on_add_line_clicked)
        self.add_from_plan_button = QPushButton(self.tr("Add lines from the plan"), parent,
                                                objectName="addFromPlanButton")
        self.add_from_plan_button.setToolTip(self.tr("A line for every support of the client plan not yet in "
                                                     "the budget"))
        self.add_from_plan_button.clicked.connect(self._on_add_from_plan_clicked)
        self.remove_line_button = QPushButton(self.tr("Remove line"), parent, objectName="removeLineButton")
        self.remove_line_button.clicked.connect(self._on_remove_line_clicked)
        for button in (self.add_line_button, self.add_from_plan_button, self.remove_line_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self._layout.addLayout(buttons)

    def _build_justification(self, parent: QWidget) -> None:
        self.justification_frame = QFrame(parent, objectName="justificationFrame")
        box = QVBoxLayout(self.justification_frame)
        box.setContentsMargins(8, 6, 8, 6)
        caption = bold_label(self.tr("&Justification"), self.justification_frame, scale=1.15)
        self.justification_hint = hint_label("", self.justification_frame)
        self.justification_edit = GrowingPlainTextEdit(self.justification_frame)
        self.justification_edit.setObjectName("justification")
        self.justification_edit.setAccessibleName(self.tr("Justification"))
        caption.setBuddy(self.justification_edit)
        self.justification_message = error_label(self.justification_frame, "justificationMessage")
        self.justification_error = error_label(self.justification_frame, "justificationError")
        for widget in (caption, self.justification_hint, self.justification_edit, self.justification_message,
                       self.justification_error):
            box.addWidget(widget)
        self._layout.addWidget(self.justification_frame)
        self.autosave.bind_plain_text(self.justification_edit, "justification", self._save,
                                      error_label=self.justification_error)

    def _build_reference(self, parent: QWidget) -> None:
        self._layout.addWidget(bold_label(self.tr("Reference cost"), parent, scale=1.15))
        self._layout.addWidget(hint_label(self.tr(
            "The services the client has or is entitled to, at the county's unit price, for the budget period: "
            "the cost-neutrality ceiling."), parent))
        self.reference_table = lines_table(parent, self.reference_model, "referenceLines", 1)
        self.reference_table.setAccessibleName(self.tr("Reference lines"))
        self._layout.addWidget(self.reference_table)
        self.reference_error = error_label(parent, "referenceError")
        self._layout.addWidget(self.reference_error)
        buttons = QHBoxLayout()
        self.add_reference_button = QPushButton(self.tr("Add reference line"), parent,
                                                objectName="addReferenceButton")
        self.add_reference_button.clicked.connect(self._on_add_reference_clicked)
        self.remove_reference_button = QPushButton(self.tr("Remove reference line"), parent,
                                                   objectName="removeReferenceButton")
        self.remove_reference_button.clicked.connect(self._on_remove_reference_clicked)
        buttons.addWidget(self.add_reference_button)
        buttons.addWidget(self.remove_reference_button)
        buttons.addStretch(1)
        self._layout.addLayout(buttons)

    # -- showing ---------------------------------------------------------------------------

    @property
    def supports(self) -> list[PlanSupportChoice]:
        return list(self._supports)

    @property
    def editable(self) -> bool:
        return self._view is not None and self._view.budget.state == "indicative"

    def clear(self) -> None:
        self._view = None
        self.autosave.reset()
        with self.autosave.loading():
            self.period_start_edit.clear()
            self.period_end_edit.clear()
            self.justification_edit.setPlainText("")
        self.lines_model.set_lines([])
        self.reference_model.set_lines([])
        self.totals_bar.show_totals(None)
        self.issues_label.clear()
        self.issues_heading.hide()
        self.issues_label.hide()
        self.notice.hide()
        self._show_errors()
        self._update_enabled()

    def show_budget(self, view: BudgetView, catalogue: Catalogue, supports: Sequence[PlanSupportChoice]) -> None:
        self._view = view
        self._catalogue = catalogue
        self._supports = list(supports)
        language = self._context.ui_language
        services = [(s.code, s.name(language)) for s in catalogue.list_services()]
        for model in (self.lines_model, self.reference_model):
            model.set_choices("service", services)
        self.lines_model.set_choices("support", [("", "—")] + [(s.id, self._support_label(s)) for s in supports])
        self.autosave.reset()
        budget = view.budget
        with self.autosave.loading():
            self.period_start_edit.setText(format_date(budget.period_start))
            self.period_end_edit.setText(format_date(budget.period_end))
            self.justification_edit.setPlainText(budget.justification or "")
        for widget in (self.period_start_edit, self.period_end_edit):
            widget.setReadOnly(not self.editable)
        self.justification_edit.setReadOnly(not self.editable)
        self.lines_model.set_editable(self.editable)
        if self.editable:
            self.autosave.use_drafts("personal_budget", view.id)
        self.reference_model.set_editable(self.editable)
        self.notice.setText(self.tr("This budget is decided and locked. A change needs a new decision; "
                                    "follow-up goes on in the Follow-up tab.") if budget.state == "decided"
                            else self.tr("This budget is closed and read-only."))
        self.notice.setVisible(budget.state != "indicative")
        self._show_state(budget, view.totals, view.issues)

    @staticmethod
    def _support_label(support: PlanSupportChoice) -> str:
        words = support.goal_words.splitlines()[0] if support.goal_words else ""
        description = support.description.splitlines()[0] if support.description else support.service_code or ""
        text = f"{words} → {description}" if words else description
        return text if len(text) <= 60 else text[:59].rstrip() + "…"

    def _show_state(self, budget: rules.Budget, totals: rules.BudgetTotals, issues: Sequence[Issue]) -> None:
        if self._view is not None:
            self._view = replace(self._view, budget=budget, totals=totals, issues=list(issues))
        self.lines_model.set_lines(budget.lines)
        self.reference_model.set_lines(budget.reference_lines)
        self.totals_bar.show_totals(totals)
        texts = {issue.field: issue_text(issue) for issue in issues}
        self.lines_model.set_issues(texts)
        self.reference_model.set_issues(texts)
        lines = [f"• {self._where(issue.field)}: {issue_text(issue)}" for issue in issues]
        self.issues_label.setText("\n".join(lines))
        self.issues_heading.setVisible(bool(lines))
        self.issues_label.setVisible(bool(lines))
        over = totals.cost_state == "over_reference"
        self.justification_hint.setText(self.tr("Required: the budget is over the reference cost. Explain why "
                                                "the extra cost is needed.") if over else
                                        self.tr("Needed only when the budget is over the reference cost."))
        self.justification_message.setText(issue_text(Issue("justification", "budget.justification_required")))
        self.justification_message.setVisible(totals.justification_missing and self.editable)
        sheet = (f"QFrame#justificationFrame {{ {OVER_STYLE.split('color')[0]} border: 2px solid #b34700; "
                 "border-radius: 4px; }" if over else "QFrame#justificationFrame { border: none; }")
        if self.justification_frame.styleSheet() != sheet:
            self.justification_frame.setStyleSheet(sheet)
        self._update_enabled()

    def _where(self, field: str) -> str:
        parts = field.split("/")
        if len(parts) == 3 and parts[0] in ("lines", "reference_lines"):
            model = self.lines_model if parts[0] == "lines" else self.reference_model
            row, column = model.row_of(parts[1]), model.column_of(parts[2])
            name = self.tr("Line {number}") if parts[0] == "lines" else self.tr("Reference line {number}")
            header = model.columns[column].header if column >= 0 else parts[2]
            return f"{name.format(number=row + 1)} › {header}"
        return {"period_start": self.tr("Budget period"), "period_end": self.tr("Budget period"),
                "justification": self.tr("Justification"), "lines": self.tr("Budget lines")}.get(field, field)

    def _show_errors(self) -> None:
        for model, label in ((self.lines_model, self.lines_error), (self.reference_model, self.reference_error)):
            name = self.tr("Line {number}") if model is self.lines_model else self.tr("Reference line {number}")
            texts = [f"{name.format(number=row)} › {header}: {reason}" for row, header, reason in model.errors()]
            label.setText("\n".join(texts))
            label.setVisible(bool(texts))

    def _update_enabled(self) -> None:
        editable = self.editable
        for button in (self.add_line_button, self.remove_line_button, self.add_reference_button,
                       self.remove_reference_button):
            button.setEnabled(editable)
        linked = {line.plan_support_id for line in self._view.budget.lines} if self._view else set()
        self.add_from_plan_button.setEnabled(editable and any(
            s.id not in linked and s.service_code for s in self._supports))

    def apply_saved(self, saved: BudgetSaved) -> None:
        """Show what a save returned: the lines, the totals and the live issues."""
        if self._view is None or saved.budget is None:
            return
        self._show_state(saved.budget, saved.totals, saved.issues)
        self.budget_saved.emit(saved)

    # -- saving ----------------------------------------------------------------------------

    def _period_value(self) -> tuple[Any, Any]:
        return parse_date(self.period_start_edit.text()), parse_date(self.period_end_edit.text())

    def _period_typed(self) -> list[str]:
        return [self.period_start_edit.text(), self.period_end_edit.text()]

    def _retype_period(self, texts: Any) -> None:
        self.period_start_edit.setText(str(texts[0]))
        self.period_end_edit.setText(str(texts[1]))

    def _on_autosave_draft_restored(self, field: str, fields: Any) -> None:
        """A line cell's refused value kept as a draft: back into its cell, which saves it again."""
        prefix, key, name = field.split("/")
        model = self.lines_model if prefix == "lines" else self.reference_model
        row, column = model.row_of(key), model.column_of(name)
        if row >= 0 and column >= 0 and isinstance(fields, dict) and name in fields:
            model.setData(model.index(row, column), fields[name])

    def _show_period(self, value: Any) -> None:
        self.period_start_edit.setText(format_date(value[0]) if value else "")
        self.period_end_edit.setText(format_date(value[1]) if value else "")

    def _save(self, field: str, value: Any) -> Callable[[], Any]:
        """The background call that saves ``field`` (an autosave key) with ``value``."""
        budget_id = self._view.id if self._view is not None else uuid.UUID(int=0)
        context = self._context
        if field == "period":
            return lambda: context.workspace.budgets.set_period(budget_id, value[0] or "", value[1] or "")
        if field == "justification":
            return lambda: context.workspace.budgets.set_justification(budget_id, value)
        prefix, key, _name = field.split("/")
        if prefix == "lines":
            return lambda: context.workspace.budgets.set_line(budget_id, key, value)
        return lambda: context.workspace.budgets.set_reference_line(budget_id, int(key), value)

    def _on_model_cell_edited(self, field: str, value: Any) -> None:
        prefix, key, name = field.split("/")
        fields: dict[str, Any] = {name: value}
        if name == "plan_support_id":
            fields[name] = value or None
        # Choosing a service: the service sets the line's unit and unit price (BudgetService).
        self.autosave.save_value(field, fields, self._save)
        self._show_errors()

    def _on_autosave_field_saved(self, field: str, saved: object) -> None:
        if isinstance(saved, BudgetSaved):
            for model in (self.lines_model, self.reference_model):
                if field.startswith(f"{model.prefix}/"):
                    model.saved(field)
            self.apply_saved(saved)
            self._show_errors()

    def _on_autosave_field_invalid(self, field: str, error: object) -> None:
        if not isinstance(error, ValidationError):
            return
        for model in (self.lines_model, self.reference_model):
            if field.startswith(f"{model.prefix}/"):
                model.refused(field, "\n".join(issue_text(i) for i in error.issues))
        self._show_errors()

    # -- adding and removing ---------------------------------------------------------------

    def _run(self, work: Callable[[], Any], then: Callable[[BudgetSaved], None] | None = None) -> None:
        """A change of rows: saved edits first, then the change, then show its result."""
        self.autosave.flush()

        def done(saved: BudgetSaved) -> None:
            self.apply_saved(saved)
            if then is not None:
                then(saved)

        self._context.run(work, parent=self, on_success=done)

    def _first_priced_service(self) -> str | None:
        if self._catalogue is None or self._view is None:
            return None
        start = self._view.budget.period_start
        return next((s.code for s in self._catalogue.list_services() if s.price_on(start) is not None), None)

    def _on_add_line_clicked(self) -> None:
        code = self._first_priced_service()
        if not self.editable or code is None:
            return
        budget_id = self._view.id  # type: ignore[union-attr]
        fields = {"service_code": code, "quantity": "0", "arranging_method": "purchased_service"}
        self._run(lambda: self._context.workspace.budgets.set_line(budget_id, None, fields),
                  lambda saved: self._edit_cell(self.lines_table, self.lines_model, saved.line_id, "service_code"))

    def _on_add_from_plan_clicked(self) -> None:
        if not self.editable:
            return
        budget_id = self._view.id  # type: ignore[union-attr]
        self._run(lambda: self._context.workspace.budgets.add_lines_from_plan(budget_id))

    def _on_remove_line_clicked(self) -> None:
        index = self.lines_table.currentIndex()
        if not self.editable or not index.isValid():
            return
        line = self.lines_model.line(index.row())
        if not prompts.confirm(self, self.tr("Remove line"), self.tr("Remove line {number} from the budget?").format(
                number=index.row() + 1), yes=self.tr("Remove"), no=self.tr("Cancel")):
            return
        budget_id = self._view.id  # type: ignore[union-attr]
        self._run(lambda: self._context.workspace.budgets.remove_line(budget_id, line.id))

    def _on_add_reference_clicked(self) -> None:
        code = self._first_priced_service()
        if not self.editable or code is None:
            return
        budget_id = self._view.id  # type: ignore[union-attr]
        self._run(lambda: self._context.workspace.budgets.set_reference_line(
            budget_id, None, {"service_code": code, "quantity": "0"}),
            lambda saved: self._edit_cell(self.reference_table, self.reference_model,
                                          str(self.reference_model.rowCount() - 1), "service_code"))

    def _on_remove_reference_clicked(self) -> None:
        index = self.reference_table.currentIndex()
        if not self.editable or not index.isValid():
            return
        budget_id, row = self._view.id, index.row()  # type: ignore[union-attr]
        self._run(lambda: self._context.workspace.budgets.set_reference_line(budget_id, row, None))

    def _edit_cell(self, table: QTableView, model: BudgetLinesModel, key: str | None, field: str) -> None:
        row = model.row_of(key or "")
        if row >= 0:
            index = model.index(row, model.column_of(field))
            table.setCurrentIndex(index)
            table.setFocus()
