"""The assessment page: a form generated from the assessment's template, edited in place.

The header names the client the assessment is about. Every answer autosaves. The navigator
on the left lists the sections with their state; the Complete button locks the assessment
once every required answer is given (and lists what is missing otherwise); a completed
assessment is changed only by amending it into a new version with a reason; History shows
every change with who, when, old → new and the reason.
"""

from __future__ import annotations

import uuid
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.domain.templates import Template, missing_required
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.amend_assessment import AmendAssessmentDialog
from sopiva_desk.gui.dialogs.assessment_history import AssessmentHistoryDialog
from sopiva_desk.gui.dialogs.document_preview import documents_button
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.models.assessment_history_model import field_title
from sopiva_desk.gui.widgets.assessment_problems import MissingPanel
from sopiva_desk.gui.widgets.autosave import SaveStateIndicator
from sopiva_desk.gui.widgets.feedback import announce
from sopiva_desk.gui.widgets.locking import LockedNotice
from sopiva_desk.gui.widgets.page_parts import build_record_header
from sopiva_desk.gui.widgets.section_navigator import SectionNavigatorModel, legend_text, set_up_navigator
from sopiva_desk.gui.widgets.template_fields import FORM_MAX_WIDTH, HINT_COLOR
from sopiva_desk.gui.widgets.template_form import TemplateForm
from sopiva_desk.services.assessments import AssessmentView, ChangeView


class AssessmentPage(QWidget):
    """One assessment, generated from its template version, edited in place with autosave.

    Signals:
        back_requested(): the user wants to leave (pending edits are already sent).
        assessment_opened(object): the assessment's UUID, once it is shown.
        assessment_changed(object): the assessment's UUID after a saved answer or completion;
            after amending, the UUID of the new version (which is then shown).
    """

    back_requested = Signal()
    assessment_opened = Signal(object)
    assessment_changed = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentPage")
        self._context = context
        self._view: AssessmentView | None = None
        self._opening: uuid.UUID | None = None
        self._forms: dict[tuple[str, int], TemplateForm] = {}
        self._indicators: dict[tuple[str, int], SaveStateIndicator] = {}
        self._form: TemplateForm | None = None
        self._completing: str | None = None  # None, "waiting" (for saves) or "sent"
        self._following = False  # the navigator follows the form: do not move the form back

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addWidget(self._build_problems())
        self.locked_notice = LockedNotice(self)
        layout.addWidget(self.locked_notice)
        self.body = QWidget(self, objectName="assessmentBody")
        body = QHBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(self._build_navigator())
        body.addSpacing(8)
        self.form_stack = QStackedWidget(self.body, objectName="formStack")
        self.form_stack.setMaximumWidth(FORM_MAX_WIDTH + 40)  # the scroll bar stays beside the text
        body.addWidget(self.form_stack, 1)
        body.addStretch(0)
        layout.addWidget(self.body, 1)

        for keys, slot in (
            (("Escape", "Alt+Left"), self._go_back),
            (("Ctrl+Return", "Ctrl+Enter"), self._on_complete_clicked),
            (("Ctrl+PgDown",), lambda: self._move_section(1)),
            (("Ctrl+PgUp",), lambda: self._move_section(-1)),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        self._header.chain_tabs(self.problems_panel, self.locked_notice, self.body)
        self.clear()

    # -- building --------------------------------------------------------------------------

    def _build_header(self) -> QVBoxLayout:
        self._save_state_slot = QHBoxLayout()
        self._save_state_slot.setContentsMargins(0, 0, 0, 0)
        self.history_button = QPushButton(self.tr("History"), self, objectName="historyButton")
        self.history_button.setToolTip(self.tr("Every change to the answers: who, when, old and new"))
        self.history_button.clicked.connect(self._on_history_clicked)
        self.amend_button = QPushButton(self.tr("Amend…"), self, objectName="amendButton")
        self.amend_button.setToolTip(self.tr("Make a new version to change a completed assessment"))
        self.amend_button.clicked.connect(self._on_amend_clicked)
        self.complete_button = QPushButton(self.tr("Complete"), self, objectName="completeButton")
        self.complete_button.setToolTip(self.tr("Check the required answers and lock the assessment (Ctrl+Enter)"))
        self.complete_button.clicked.connect(self._on_complete_clicked)
        self.documents_button = documents_button(self, self._context, ("assessment_summary",),
                                                 lambda: self.assessment_id, self.flush)
        header = build_record_header(self, on_back=self._go_back, title_name="assessmentTitle",
                                     status_name="assessmentStatus", side=self._save_state_slot,
                                     buttons=(self.documents_button, self.history_button, self.amend_button,
                                              self.complete_button))
        self.back_button, self.client_label, self.title_label = (header.back_button, header.client_label,
                                                                 header.title_label)
        self.status_label, self.reason_label = header.status_label, header.reason_label
        self.sync_label = header.sync_label
        self._header = header
        return header.layout

    def _build_problems(self) -> MissingPanel:
        self.problems_panel = MissingPanel(
            self.tr("Answers to give before completing"), self,
            done_text=self.tr("Every required answer is given. You can complete the assessment now."))
        self.problems_heading = self.problems_panel.heading
        self.missing_list = self.problems_panel.list_view
        self._problems = self.problems_panel.model
        self.problems_panel.field_chosen.connect(self._on_missing_field_chosen)
        return self.problems_panel

    def _build_navigator(self) -> QVBoxLayout:
        caption = QLabel(self.tr("&Sections"), self.body)
        font = caption.font()
        font.setBold(True)
        caption.setFont(font)
        self._sections = SectionNavigatorModel(self)
        self.navigator = QListView(self.body, objectName="sectionNavigator")
        self.navigator.setModel(self._sections)
        self.navigator.setAccessibleName(self.tr("Sections"))
        set_up_navigator(self.navigator, 270)
        self.navigator.setToolTip(self.tr("Ctrl+Page Down and Ctrl+Page Up move between sections"))
        caption.setBuddy(self.navigator)
        self.navigator.selectionModel().currentRowChanged.connect(self._on_navigator_current_row_changed)
        self.navigator.activated.connect(self._on_navigator_activated)
        legend = QLabel(legend_text(), self.body, objectName="navigatorLegend", wordWrap=True)
        legend.setStyleSheet(f"color: {HINT_COLOR};")
        legend.setMaximumWidth(270)
        column = QVBoxLayout()
        column.addWidget(caption)
        column.addWidget(self.navigator, 1)
        column.addWidget(legend)
        return column

    def _form_for(self, template: Template) -> TemplateForm:
        """The form of a template version: built once, then reused for every assessment made with it."""
        ref = template.ref
        form = self._forms.get(ref)
        if form is None:
            form = TemplateForm(template, self._context, self._save_answer, self.form_stack)
            form.answer_saved.connect(partial(self._on_form_answer_saved, form))
            form.states_changed.connect(partial(self._on_form_states_changed, form))
            form.current_section_changed.connect(partial(self._on_form_current_section_changed, form))
            form.autosave.state_changed.connect(partial(self._on_autosave_state_changed, form))
            form.history_requested.connect(partial(self._on_form_history_requested, form))
            self.form_stack.addWidget(form)
            indicator = SaveStateIndicator(form.autosave, self)
            self._save_state_slot.addWidget(indicator, 0, Qt.AlignmentFlag.AlignVCenter)
            self._forms[ref], self._indicators[ref] = form, indicator
        if self._form is not None and self._form is not form:
            self._form.show_answers({})  # nothing of another client stays behind in a hidden form
        self._form = form
        self.form_stack.setCurrentWidget(form)
        for key, indicator in self._indicators.items():
            indicator.setVisible(key == ref)
        return form

    # -- public ----------------------------------------------------------------------------

    @property
    def assessment_id(self) -> uuid.UUID | None:
        return self._view.id if self._view is not None else None

    @property
    def view(self) -> AssessmentView | None:
        return self._view

    @property
    def client_name(self) -> str:
        """The display name of the client the shown assessment is about ("" when none is shown)."""
        return self.client_label.text()

    @property
    def form(self) -> TemplateForm | None:
        return self._form

    @property
    def save_state(self) -> SaveStateIndicator | None:
        return self._indicators.get(self._form.template.ref) if self._form is not None else None

    def open_assessment(self, assessment_id: uuid.UUID) -> None:
        """Load an assessment and its template version in the background and show it."""
        self.flush()
        self._opening = assessment_id
        self._completing = None  # a completion still waiting for saves is not carried over
        self.body.setEnabled(False)
        self._update_header()

        def load() -> tuple[AssessmentView, Template, str]:
            workspace = self._context.workspace
            view = workspace.assessments.open(assessment_id)
            # caseload_row writes no access-log entry: open() has just logged this view for the client
            client = workspace.clients.caseload_row(view.client_id)
            name = f"{client.first_names} {client.last_name}".strip() if client is not None else ""
            return view, workspace.assessments.template_for(view), name

        self._context.run(load, parent=self, on_success=self._on_assessment_loaded,
                          on_failure=self._on_open_failed)

    def flush(self) -> None:
        """Send every edit still waiting for its debounce now."""
        if self._form is not None:
            self._form.flush()

    def has_pending_saves(self) -> bool:
        return self._form is not None and self._form.has_pending()

    def clear(self) -> None:
        """Empty every widget (the app locks). Call ``flush()`` first: unsent edits are dropped."""
        self.sync_label.clear()
        self._opening = None
        self._view = None
        self._completing = None
        for form in self._forms.values():
            form.show_answers({})
            form.set_read_only(False)
        self._sections.set_sections([], [])
        self._problems.set_items([])
        self.problems_panel.hide()
        self.client_label.clear()
        self.title_label.clear()
        self.setAccessibleName("")
        self.body.setEnabled(False)
        self._update_header()

    # -- loading and showing ---------------------------------------------------------------

    def _on_assessment_loaded(self, loaded: tuple[AssessmentView, Template, str]) -> None:
        view, template, client_name = loaded
        if view.id != self._opening:
            return  # another assessment was asked for meanwhile
        self._opening = None
        self.client_label.setText(client_name)
        self.setAccessibleName(self.tr("Assessment of {name}").format(name=client_name) if client_name else "")
        self._show(view, template)
        if self.isVisible():
            self.navigator.setFocus(Qt.FocusReason.OtherFocusReason)
        self.assessment_opened.emit(view.id)

    def _on_open_failed(self, _error: BaseException) -> None:
        self._opening = None
        self.clear()  # the error itself is shown by AppContext.run
        self.back_requested.emit()

    def _show(self, view: AssessmentView, template: Template) -> None:
        self.sync_label.follow(self._context, "assessment", view.id)
        form = self._form_for(template)
        self._view = view
        self._completing = None
        form.set_read_only(view.status != "draft")
        form.show_answers(view.answers)
        if view.status == "draft":
            form.autosave.use_drafts("assessment", view.id)
        language = self._context.ui_language
        self.title_label.setText(template.title.get(language))
        titles = [self.tr("{number}. {title}").format(number=n, title=s.title.get(language))
                  for n, s in enumerate(template.sections, start=1)]
        self._sections.set_sections(titles, form.section_states(), [s.pictogram for s in template.sections])
        self._select_section(0)
        self._problems.set_items([])
        self.problems_panel.hide()
        self.body.setEnabled(True)
        self._update_header()

    def _update_header(self) -> None:
        view = self._view
        loaded = view is not None
        draft = loaded and view.status == "draft"  # type: ignore[union-attr]
        ready = self._opening is None  # while another assessment loads, these would act on this one
        self.complete_button.setVisible(draft)
        self.complete_button.setEnabled(draft and ready and self._completing is None)
        self.amend_button.setVisible(loaded and view.status == "completed")  # type: ignore[union-attr]
        self.amend_button.setEnabled(ready)
        self.history_button.setVisible(loaded)
        self.history_button.setEnabled(ready)
        if view is None:
            self.status_label.clear()
            self.reason_label.hide()
            self.locked_notice.clear_lock()
            return
        if view.status == "completed" and view.completed_at is not None:
            status = self.tr("Completed on {date}").format(date=format_date(view.completed_at.astimezone().date()))
        elif view.status == "superseded":
            status = self.tr("Superseded by a newer version")
        else:
            status = self.tr("Draft")
        if view.version_no > 1:
            status = self.tr("Version {number} · {status}").format(number=view.version_no, status=status)
        self.status_label.setText(status)
        self.reason_label.setText(self.tr("Reason for the change: {reason}").format(reason=view.amend_reason))
        self.reason_label.setVisible(bool(view.amend_reason))
        if view.status == "completed" and view.completed_at is not None:
            self.locked_notice.show_locked(
                self.tr("completed on {date}").format(date=format_date(view.completed_at.astimezone().date())),
                self.tr("make a new version to change it: Amend…"))
        elif view.status == "superseded":
            self.locked_notice.show_locked(self.tr("a newer version replaces this one"),
                                           self.tr("it is kept as it was"))
        else:
            self.locked_notice.clear_lock()

    # -- the navigator ---------------------------------------------------------------------

    def _select_section(self, row: int) -> None:
        self._following = True
        try:
            self.navigator.setCurrentIndex(self._sections.index(row, 0))
        finally:
            self._following = False

    def _on_navigator_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._following and current.isValid() and self._form is not None:
            self._form.show_section(current.row())

    def _on_navigator_activated(self, index: QModelIndex) -> None:
        if index.isValid() and self._form is not None:
            self._form.show_section(index.row(), focus=True)

    def _move_section(self, step: int) -> None:
        if self._form is not None and self._view is not None:
            self._form.show_section(self._form.current_section + step, focus=True)

    def _on_form_current_section_changed(self, form: TemplateForm, index: int) -> None:
        if form is self._form:
            self._select_section(index)

    def _on_form_states_changed(self, form: TemplateForm) -> None:
        if form is not self._form or self._view is None:
            return
        self._sections.set_states(form.section_states())
        if self._view.status == "draft":
            items, heading = self._problems_now()
            self.problems_panel.refresh(items, heading=heading)

    def _on_form_answer_saved(self, form: TemplateForm, _key: str, _saved: object) -> None:
        if form is self._form and self._view is not None:
            self.sync_label.refresh()
            self.assessment_changed.emit(self._view.id)

    # -- saving ----------------------------------------------------------------------------

    def _save_answer(self, key: str, value: Any) -> Any:
        assessment_id = self.assessment_id
        return lambda: self._context.workspace.assessments.answer(assessment_id, key, value)

    def _go_back(self) -> None:
        self.flush()
        self.back_requested.emit()

    # -- completing ------------------------------------------------------------------------

    def _on_complete_clicked(self) -> None:
        form = self._form
        if form is None or self._view is None or self._view.status != "draft" or self._completing:
            return
        self.flush()
        self._completing = "waiting"
        self._update_header()
        if not form.has_pending():
            self._complete_now()
        # otherwise _on_autosave_state_changed completes once the last save has returned

    def _on_autosave_state_changed(self, form: TemplateForm, _state: str) -> None:
        if form is self._form and self._completing == "waiting" and not form.has_pending():
            self._complete_now()

    def _complete_now(self) -> None:
        form, view = self._form, self._view
        assert form is not None and view is not None
        if form.invalid_keys():
            self._completing = None
            self._update_header()
            self._show_problems(focus=True)
            return
        self._completing = "sent"
        assessment_id = view.id
        self._context.run(lambda: self._context.workspace.assessments.complete(assessment_id), parent=self,
                          on_success=self._on_completed, on_invalid=self._on_complete_invalid,
                          on_failure=self._on_complete_failed)

    def _on_completed(self, view: AssessmentView) -> None:
        self._completing = None
        if self._view is None or view.id != self._view.id or self._form is None:
            return
        self._view = view
        self._form.set_read_only(True)
        self.problems_panel.hide()
        self._update_header()
        self.navigator.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self, self.status_label.text())
        self.assessment_changed.emit(view.id)

    def _on_complete_invalid(self, _error: ValidationError) -> None:
        self._completing = None
        self._update_header()
        if self._view is not None:
            self._show_problems(focus=True)

    def _on_complete_failed(self, _error: BaseException) -> None:
        self._completing = None  # the error itself is shown by AppContext.run
        self._update_header()

    def _problems_now(self) -> tuple[list[tuple[str, str]], str | None]:
        """What stops completion, from the answers the form knows are stored, and the heading."""
        form = self._form
        assert form is not None
        language = self._context.ui_language
        invalid = form.invalid_keys()
        missing = [i.field for i in missing_required(form.template, form.answers) if i.field not in invalid]
        items = [(key, self.tr("{field}: not accepted").format(field=field_title(form.template, key, language)))
                 for key in invalid]
        items += [(key, field_title(form.template, key, language)) for key in missing]
        if invalid:
            heading = self.tr("Some answers were not accepted. Correct them, then complete again.")
        elif missing:
            heading = self.tr("%n required answer(s) missing. Choose one to go to it.", "", len(missing))
        else:
            heading = None  # the panel's done text
        return items, heading

    def _show_problems(self, *, focus: bool = False) -> None:
        items, heading = self._problems_now()
        self.problems_panel.show_items(items, heading=heading, focus=focus)

    def _on_missing_field_chosen(self, key: str) -> None:
        if self._form is not None:
            self._form.focus_field(key)

    # -- amending and history --------------------------------------------------------------

    def _on_amend_clicked(self) -> None:
        if self._view is None or self._view.status != "completed":
            return
        dialog = AmendAssessmentDialog(self)
        dialog.submitted.connect(partial(self._amend, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _amend(self, dialog: AmendAssessmentDialog, reason: str) -> None:
        view, form = self._view, self._form
        if view is None or form is None:
            dialog.reject()
            return
        template = form.template

        def amended(draft: AssessmentView) -> None:
            dialog.accept()
            if self._view is None or self._view.id != view.id:
                return
            self._show(draft, template)
            self.navigator.setFocus(Qt.FocusReason.OtherFocusReason)
            self.assessment_changed.emit(draft.id)

        self._context.run(lambda: self._context.workspace.assessments.amend(view.id, reason), parent=dialog,
                          on_success=amended, on_invalid=dialog.show_issues,
                          on_failure=lambda _error: dialog.set_busy(False))

    def _on_history_clicked(self) -> None:
        self._open_history("")

    def _on_form_history_requested(self, form: TemplateForm, key: str) -> None:
        if form is self._form:
            self._open_history(key)

    def _open_history(self, key: str) -> None:
        """The change history in a dialog: every field, or only the field ``key``."""
        view, form = self._view, self._form
        if view is None or form is None or self._opening is not None:
            return
        self.flush()  # the store lane runs the history after the pending saves
        self.history_button.setEnabled(False)

        def loaded(changes: list[ChangeView]) -> None:
            self.history_button.setEnabled(True)
            if self._view is None or self._view.series_id != view.series_id:
                return
            dialog = AssessmentHistoryDialog(form.template, changes, self._context.ui_language, self)
            dialog.show_field(key)
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()

        self._context.run(lambda: self._context.workspace.assessments.history(view.id), parent=self,
                          on_success=loaded, on_failure=lambda _error: self.history_button.setEnabled(True))
