"""The visit page: a focused view of one ongoing visit with a client.

Who took part, who was absent, the place and the notes autosave as they are typed; the
"What we do today" panel starts a needs assessment or a supported decision-making session that
belongs to the visit, leads to the client plan (its draft, drafted from the latest completed
assessment when there is none) and lists the visit's assessments and sessions to reopen. "End visit" sends
what is still waiting, ends the visit in the store and shows what was recorded, what is still a
draft and what waits for sync.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.domain.templates import Template
from sopiva_desk.domain.visits import VisitWay
from sopiva_desk.gui import prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.draft_open import ask_about_draft_assessment
from sopiva_desk.gui.dialogs.start_visit import way_label
from sopiva_desk.gui.dialogs.visit_summary import VisitSummaryDialog
from sopiva_desk.gui.models.assessment_list_model import (
    AssessmentListModel,
    format_date_time,
    format_span,
)
from sopiva_desk.gui.models.record_list_model import VersionedRecordListModel
from sopiva_desk.gui.models.session_list_model import SessionListModel
from sopiva_desk.gui.pages.client_assessments import TemplateChooser
from sopiva_desk.gui.widgets.autosave import AutosaveController, SaveState, SaveStateIndicator
from sopiva_desk.gui.widgets.page_parts import (
    add_back_shortcuts,
    bold_label,
    build_page_header,
    fit_record_columns,
    make_read_only_list,
)
from sopiva_desk.gui.widgets.people_editor import PeopleEditor, people_choices
from sopiva_desk.services.assessments import AssessmentDraftOpen, AssessmentView, VisitSummary, VisitView
from sopiva_desk.services.clients import ClientCircle
from sopiva_desk.services.decisions import SessionView
from sopiva_desk.services.errors import RecordGoneError

VISIT_FIELDS = ("way", "place", "participants", "absent", "notes")
_PANEL_STYLE = ("QFrame#todayPanel { background: #f3f6fa; border: 1px solid #c9d3df; border-radius: 8px; }"
                "QFrame#todayPanel > QLabel { background: transparent; }")
_HINT_STYLE = "color: #555b61;"  # 6.6:1 on the window colour
# The visit's own short lists: what, status, and when it started (today: the time matters).
_VISIT_LIST_WIDTHS = {VersionedRecordListModel.STARTED: 130, VersionedRecordListModel.STATUS: 110}
_VISIT_LIST_HIDDEN = (VersionedRecordListModel.VERSION, VersionedRecordListModel.COMPLETED,
                      VersionedRecordListModel.VISIT)


def _heading(text: str, parent: QWidget, name: str) -> QLabel:
    return bold_label(text, parent, name, scale=1.1)


class VisitPage(QWidget):
    """One visit, edited in place with autosave.

    Signals:
        visit_opened(object): the visit's UUID, once it is shown.
        visit_ended(object): the ``VisitSummary`` after the visit was ended in the store.
        back_requested(): the user wants the client file (pending edits are already sent).
        open_assessment_requested(object): the UUID of one of this visit's assessments to open.
        new_assessment_started(object): the UUID of an assessment just started in this visit.
        open_session_requested(object): the UUID of one of this visit's decision-making sessions to open.
        new_session_started(object): the UUID of a decision-making session just started in this visit.
        open_plan_requested(object): the UUID of the client's plan to work on (a draft just started, maybe).
    """

    visit_opened = Signal(object)
    visit_ended = Signal(object)
    back_requested = Signal()
    open_assessment_requested = Signal(object)
    new_assessment_started = Signal(object)
    open_session_requested = Signal(object)
    new_session_started = Signal(object)
    open_plan_requested = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitPage")
        self._context = context
        self._visit: VisitView | None = None
        self._client_id: uuid.UUID | None = None
        self._client_name = ""
        self._opening: uuid.UUID | None = None
        self._starting = False
        self._starting_session = False
        self._starting_plan = False
        self._ending = False
        self.summary_dialog: VisitSummaryDialog | None = None
        self._autosave = AutosaveController(context, self)
        self.assessments = AssessmentListModel(self, with_time=True)
        self.sessions = SessionListModel(self, with_time=True)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        self.body = QWidget(self, objectName="visitBody")
        columns = QHBoxLayout(self.body)
        columns.setContentsMargins(0, 4, 0, 0)
        columns.setSpacing(16)
        columns.addWidget(self._build_record_column(), 1)
        columns.addLayout(self._build_today_column(), 1)
        layout.addWidget(self.body, 1)
        layout.addWidget(self._build_footer())

        self._autosave.field_saved.connect(self._on_autosave_field_saved)
        self._autosave.field_invalid.connect(self._on_autosave_field_invalid)
        add_back_shortcuts(self, self._go_back)
        self.clear()

    # -- building --------------------------------------------------------------------------

    def _build_header(self) -> QVBoxLayout:
        self.save_state = SaveStateIndicator(self._autosave, self)
        header, self.name_label, self.visit_label = build_page_header(
            self, back_text=self.tr("← Client file"),
            back_tip=self.tr("Back to the client file; the visit stays open (Alt+Left or Esc)"),
            on_back=self._go_back, title_name="clientName", subline_name="visitLine", side=self.save_state)
        return header

    def _build_record_column(self) -> QScrollArea:
        """Way and place, who took part and who was absent (scrolls when the lists grow)."""
        scroll = QScrollArea(self.body, objectName="recordScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; the area follows the focus
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column = QWidget(scroll, objectName="recordColumn")
        save, autosave = self._save_visit_field, self._autosave

        way_caption = QLabel(self.tr("&Way"), column, objectName="wayLabel")
        self.way_combo = QComboBox(column, objectName="wayCombo")
        for way in VisitWay:
            self.way_combo.addItem(way_label(way.value), way.value)
        self.way_combo.setAccessibleName(self.tr("Way of meeting"))
        way_caption.setBuddy(self.way_combo)
        place_caption = QLabel(self.tr("&Place"), column, objectName="placeLabel")
        self.place_edit = self._line_edit(column, "placeEdit", self.tr("Place"),
                                          self.tr("e.g. Client's home"))
        place_caption.setBuddy(self.place_edit)
        way_error = QLabel(column, objectName="wayError")
        place_error = QLabel(column, objectName="placeError")
        details = QGridLayout()
        details.setHorizontalSpacing(10)
        details.setVerticalSpacing(4)
        details.addWidget(way_caption, 0, 0)
        details.addWidget(self.way_combo, 0, 1)
        details.addWidget(place_caption, 0, 2)
        details.addWidget(self.place_edit, 0, 3)
        details.addWidget(way_error, 1, 1)
        details.addWidget(place_error, 1, 3)
        details.setColumnStretch(3, 1)
        autosave.bind_combo(self.way_combo, "way", save, error_label=way_error)
        autosave.bind_line_edit(self.place_edit, "place", save, error_label=place_error)

        self.participants_editor = PeopleEditor(
            self.tr("Who took part"), self.tr("Add parti&cipant"), field="participants",
            empty_text=self.tr("Add who took part: the client, and e.g. a relative, an interpreter or a "
                               "support person."), parent=column)
        self.absent_editor = PeopleEditor(
            self.tr("Who was absent"), self.tr("Add a&bsent person"), field="absent", with_reason=True,
            empty_text=self.tr("Someone who was invited or expected but did not take part."), parent=column)
        for editor in (self.participants_editor, self.absent_editor):
            binding = autosave.bind(editor.field, editor.values, save, error_label=editor.error_label,
                                    show=editor.set_values, debounce=True)
            editor.edited.connect(lambda _rows, b=binding: b.edited())
            editor.editing_finished.connect(binding.commit)

        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(6)
        layout.addWidget(_heading(self.tr("Visit"), column, "detailsHeading"))
        layout.addLayout(details)
        layout.addSpacing(12)
        layout.addWidget(_heading(self.tr("Who took part"), column, "participantsHeading"))
        layout.addWidget(self.participants_editor)
        layout.addSpacing(12)
        layout.addWidget(_heading(self.tr("Who was absent"), column, "absentHeading"))
        layout.addWidget(self.absent_editor)
        layout.addStretch(1)
        scroll.setWidget(column)
        return scroll

    @staticmethod
    def _line_edit(parent: QWidget, name: str, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(parent, objectName=name, placeholderText=placeholder)
        edit.setAccessibleName(accessible)
        return edit

    def _build_today_column(self) -> QVBoxLayout:
        """"What we do today" (assessments and decision-making sessions of this visit) and the notes."""
        panel = QFrame(self.body, objectName="todayPanel")
        panel.setStyleSheet(_PANEL_STYLE)
        self.start_assessment_button = QPushButton(self.tr("Start needs &assessment"), panel,
                                                   objectName="startAssessmentButton")
        self.start_assessment_button.setToolTip(self.tr("A service-needs assessment that belongs to this visit"))
        font = self.start_assessment_button.font()
        font.setBold(True)
        self.start_assessment_button.setFont(font)
        self._chooser = TemplateChooser(self.start_assessment_button, self._start_assessment)
        self.assessments_view = QTableView(panel, objectName="visitAssessmentsView")
        view = self.assessments_view
        view.setModel(self.assessments)
        make_read_only_list(view, name=self.tr("Assessments of this visit"),
                            description=self.tr("Press Enter to open the selected assessment."))
        fit_record_columns(view, _VISIT_LIST_WIDTHS, hidden=_VISIT_LIST_HIDDEN, started_last=True)
        view.setMinimumHeight(90)
        view.setMaximumHeight(150)
        view.activated.connect(self._on_assessments_view_activated)
        view.selectionModel().selectionChanged.connect(lambda *_: self._on_selection_changed(self.assessments_view))
        self.no_assessments_label = QLabel(self.tr("No assessments in this visit yet."), panel,
                                           objectName="noAssessmentsHint")
        self.no_assessments_label.setStyleSheet(_HINT_STYLE)

        self.start_session_button = QPushButton(self.tr("Start a &decision-making session"), panel,
                                                objectName="startSessionButton")
        self.start_session_button.setToolTip(self.tr("A supported decision-making session that belongs to "
                                                     "this visit"))
        self.start_session_button.setFont(font)
        self.start_session_button.clicked.connect(self._start_session)
        self.sessions_view = QTableView(panel, objectName="visitSessionsView")
        view = self.sessions_view
        view.setModel(self.sessions)
        make_read_only_list(view, name=self.tr("Decision-making sessions of this visit"),
                            description=self.tr("Press Enter to open the selected session."))
        fit_record_columns(view, _VISIT_LIST_WIDTHS, hidden=_VISIT_LIST_HIDDEN, started_last=True)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setMinimumHeight(90)
        view.setMaximumHeight(150)
        view.activated.connect(self._on_sessions_view_activated)
        view.selectionModel().selectionChanged.connect(lambda *_: self._on_selection_changed(self.sessions_view))
        self.no_sessions_label = QLabel(self.tr("No decision-making sessions in this visit yet."), panel,
                                        objectName="noSessionsHint")
        self.no_sessions_label.setStyleSheet(_HINT_STYLE)

        self.plan_button = QPushButton(self.tr("Work on the p&lan"), panel, objectName="visitPlanButton")
        self.plan_button.setToolTip(self.tr("Continue the draft of the client plan, or draft it from the latest "
                                            "completed assessment"))
        self.plan_button.setFont(font)
        self.plan_button.clicked.connect(self._work_on_plan)

        self.open_button = QPushButton(self.tr("&Open"), panel, objectName="openAssessmentButton")
        self.open_button.setToolTip(self.tr("Open the selected assessment or session (Enter)"))
        self.open_button.clicked.connect(self._on_open_button_clicked)
        hint = QLabel(self.tr("Drafts can be left unfinished: they are saved and can be completed later."),
                      panel, objectName="todayHint", wordWrap=True)
        hint.setStyleSheet(_HINT_STYLE)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.start_assessment_button)
        top.addWidget(self.start_session_button)
        top.addWidget(self.plan_button)
        top.addStretch(1)
        top.addWidget(self.open_button)
        box = QVBoxLayout(panel)
        box.setContentsMargins(14, 10, 14, 12)
        box.setSpacing(6)
        box.addWidget(_heading(self.tr("What we do today"), panel, "todayHeading"))
        box.addLayout(top)
        box.addWidget(self.assessments_view)
        box.addWidget(self.no_assessments_label)
        box.addWidget(self.sessions_view)
        box.addWidget(self.no_sessions_label)
        box.addWidget(hint)
        QWidget.setTabOrder(self.start_assessment_button, self.start_session_button)
        QWidget.setTabOrder(self.start_session_button, self.plan_button)
        QWidget.setTabOrder(self.plan_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.assessments_view)
        QWidget.setTabOrder(self.assessments_view, self.sessions_view)

        notes_caption = _heading(self.tr("&Notes"), self.body, "notesLabel")
        self.notes_edit = QPlainTextEdit(self.body, objectName="notesEdit")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setPlaceholderText(self.tr("What was discussed, what was agreed, what happens next."))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(140)
        notes_caption.setBuddy(self.notes_edit)
        notes_error = QLabel(self.body, objectName="notesError")
        self._autosave.bind_plain_text(self.notes_edit, "notes", self._save_visit_field, error_label=notes_error)

        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(panel)
        column.addSpacing(8)
        column.addWidget(notes_caption)
        column.addWidget(self.notes_edit, 1)
        column.addWidget(notes_error)
        return column

    def _build_footer(self) -> QWidget:
        footer = QWidget(self, objectName="visitFooter")
        self.end_hint = QLabel(self.tr("Ending the visit saves everything and shows a summary."), footer,
                               objectName="endHint", wordWrap=True)
        self.end_hint.setStyleSheet(_HINT_STYLE)
        self.end_button = QPushButton(self.tr("&End visit"), footer, objectName="endVisitButton")
        self.end_button.setToolTip(self.tr("End the visit and see what was recorded"))
        self.end_button.setMinimumWidth(140)
        font = self.end_button.font()
        font.setBold(True)
        self.end_button.setFont(font)
        self.end_button.clicked.connect(self._on_end_button_clicked)
        row = QHBoxLayout(footer)
        row.setContentsMargins(0, 6, 0, 0)
        row.addWidget(self.end_hint, 1)
        row.addWidget(self.end_button)
        return footer

    # -- public ----------------------------------------------------------------------------

    @property
    def visit(self) -> VisitView | None:
        return self._visit

    @property
    def client_id(self) -> uuid.UUID | None:
        return self._client_id

    def open_visit(self, visit: VisitView | uuid.UUID, client_id: uuid.UUID, client_name: str) -> None:
        """Show a visit: a ``VisitView`` at once, or a visit id read from the store in the background."""
        self.flush()
        self._client_id, self._client_name = client_id, client_name
        if isinstance(visit, VisitView):
            self._opening = visit.id
            self._show_visit(visit)
            return
        visit_id = self._opening = visit
        self.body.setEnabled(False)
        context = self._context

        def read() -> VisitView:
            found = next((v for v in context.workspace.visits.visits_for_client(client_id) if v.id == visit_id),
                         None)
            if found is None:
                raise RecordGoneError()
            return found

        context.run(read, parent=self, on_success=self._show_visit, on_failure=self._on_open_failed)

    def refresh_assessments(self) -> None:
        """Re-read this visit's assessments and decision-making sessions (e.g. after one was completed
        elsewhere)."""
        visit, client_id = self._visit, self._client_id
        if visit is None or client_id is None:
            return
        context, language = self._context, self._context.ui_language

        def read() -> tuple[list[AssessmentView], dict[tuple[str, int], str], list[SessionView]]:
            workspace = context.workspace
            found = [a for a in workspace.assessments.for_client(client_id) if a.visit_id == visit.id]
            return found, self._titles_for(found, language), workspace.decisions.for_visit(visit.id)

        def show(result: tuple[list[AssessmentView], dict[tuple[str, int], str], list[SessionView]]) -> None:
            if self._visit is None or self._visit.id != visit.id:
                return
            found, titles, sessions = result
            selected, selected_session = self._selected_assessment(), self._selected_session()
            self.assessments.set_assessments(found, titles)
            self.sessions.set_sessions(sessions)
            row = self.assessments.row_of(selected) if selected is not None else -1
            if row >= 0:
                self.assessments_view.selectRow(row)
            row = self.sessions.row_of(selected_session) if selected_session is not None else -1
            if row >= 0:
                self.sessions_view.selectRow(row)
            self._update_buttons()

        context.run(read, parent=self, on_success=show)

    def flush(self) -> None:
        """Send every edit still waiting for its debounce now."""
        self._autosave.flush()

    def has_pending_saves(self) -> bool:
        return self._autosave.has_pending()

    def clear(self) -> None:
        """Empty every widget (the app locks). Call ``flush()`` first: unsent edits are dropped."""
        self._visit = self._client_id = self._opening = None
        self._client_name = ""
        self._ending = self._starting = self._starting_session = self._starting_plan = False
        self._autosave.reset()
        self._autosave.show_values({"way": None, "place": "", "participants": [], "absent": [], "notes": ""})
        self.way_combo.setCurrentIndex(-1)
        self._set_circle(None)
        self.participants_editor.show_issues([])
        self.absent_editor.show_issues([])
        self.assessments.set_assessments([])
        self.sessions.set_sessions([])
        self.name_label.clear()
        self.visit_label.clear()
        self.body.setEnabled(False)
        self._update_buttons()

    # -- showing ---------------------------------------------------------------------------

    def _show_visit(self, visit: VisitView) -> None:
        if visit.id != self._opening:
            return  # another visit was asked for meanwhile
        self._autosave.reset()
        self._visit = visit
        self._ending = self._starting = self._starting_session = self._starting_plan = False
        self._autosave.show_values({
            "way": visit.way, "place": visit.place, "participants": list(visit.participants),
            "absent": list(visit.absent), "notes": visit.notes,
        })
        if visit.status == "open":
            self._autosave.use_drafts("visit", visit.id)
        self.name_label.setText(self._client_name)
        self._update_visit_line()
        if self._context.unlocked:  # the template library is in memory: no store work
            self._chooser.set_templates(self._context.workspace.templates.current(), self._context.ui_language)
        self.assessments.set_assessments([])
        self.sessions.set_sessions([])
        self.body.setEnabled(True)
        self._update_buttons()
        self.refresh_assessments()
        self._load_circle(visit.client_id)
        self.visit_opened.emit(visit.id)

    def _load_circle(self, client_id: uuid.UUID) -> None:
        """The client and close persons, to pick who took part or was absent instead of typing them."""
        context = self._context

        def show(circle: ClientCircle) -> None:
            if self._visit is not None and self._visit.client_id == client_id:
                self._set_circle(circle)

        context.run(lambda: context.workspace.clients.circle(client_id), parent=self, on_success=show)

    def _set_circle(self, circle: ClientCircle | None) -> None:
        self.participants_editor.set_choices(people_choices(circle, client_relation=self.tr("client")))
        self.absent_editor.set_choices(people_choices(circle, extra={"reason": ""}), self.tr("Add a close person"))

    def _on_open_failed(self, _error: BaseException) -> None:
        self.clear()  # the error itself is shown by AppContext.run
        self.back_requested.emit()

    def _update_visit_line(self) -> None:
        visit = self._visit
        if visit is None:
            self.visit_label.clear()
            return
        if visit.status == "ended":
            text = self.tr("Visit · {way} · {span} · ended").format(
                way=way_label(visit.way), span=format_span(visit.starts_at, visit.ends_at))
        else:
            text = self.tr("Visit · {way} · started {time}").format(
                way=way_label(visit.way), time=format_date_time(visit.starts_at))
        self.visit_label.setText(text)
        self.setAccessibleName(self.tr("Visit with {name}").format(name=self._client_name))

    def _update_buttons(self) -> None:
        open_visit = self._visit is not None
        ended = open_visit and self._visit is not None and self._visit.status == "ended"
        self.end_button.setEnabled(open_visit and not ended and not self._ending)
        self.end_hint.setText(self.tr("This visit has ended. Changes are still saved.") if ended
                              else self.tr("Ending the visit saves everything and shows a summary."))
        self.start_assessment_button.setEnabled(open_visit and not ended and not self._starting
                                                and bool(self._chooser.templates))
        self.start_session_button.setEnabled(open_visit and not ended and not self._starting_session)
        self.plan_button.setEnabled(open_visit and not self._starting_plan)
        self.open_button.setEnabled(self._selected_assessment() is not None or self._selected_session() is not None)
        empty = self.assessments.rowCount() == 0
        self.no_assessments_label.setVisible(empty)
        self.assessments_view.setVisible(not empty)
        no_sessions = self.sessions.rowCount() == 0
        self.no_sessions_label.setVisible(no_sessions)
        self.sessions_view.setVisible(not no_sessions)

    def _selected_assessment(self) -> uuid.UUID | None:
        rows = self.assessments_view.selectionModel().selectedRows()
        return self.assessments.assessment(rows[0].row()).id if rows else None

    def _selected_session(self) -> uuid.UUID | None:
        rows = self.sessions_view.selectionModel().selectedRows()
        return self.sessions.session(rows[0].row()).id if rows else None

    def _on_selection_changed(self, view: QTableView) -> None:
        """One row at a time across both lists, so Open knows what to open."""
        other = self.sessions_view if view is self.assessments_view else self.assessments_view
        if view.selectionModel().hasSelection() and other.selectionModel().hasSelection():
            other.clearSelection()
        self._update_buttons()

    def _titles_for(self, found: list[AssessmentView], language: str) -> dict[tuple[str, int], str]:
        titles: dict[tuple[str, int], str] = {}
        library = self._context.workspace.templates
        for a in found:
            template = library.get(a.template_id, a.template_version)
            if template is not None:
                titles[template.ref] = template.title.get(language)
        return titles

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh_assessments()  # statuses may have changed in the assessment form

    # -- saving ----------------------------------------------------------------------------

    def _save_visit_field(self, field: str, value: Any) -> Any:
        visit_id = self._visit.id if self._visit is not None else None
        return lambda: self._context.workspace.visits.update_visit_field(visit_id, field, value)

    def _on_autosave_field_saved(self, field: str, saved: Any) -> None:
        if isinstance(saved, VisitView) and self._visit is not None and saved.id == self._visit.id:
            self._visit = saved
            self._update_visit_line()
        if field in ("participants", "absent"):
            self._editor(field).show_issues([])

    def _on_autosave_field_invalid(self, field: str, error: Any) -> None:
        if field in ("participants", "absent"):
            self._editor(field).show_issues(error.issues)

    def _editor(self, field: str) -> PeopleEditor:
        return self.participants_editor if field == "participants" else self.absent_editor

    def _go_back(self) -> None:
        self.flush()
        self.back_requested.emit()

    # -- assessments -----------------------------------------------------------------------

    def _start_assessment(self, template: Template, *, another: bool = False) -> None:
        visit, client_id = self._visit, self._client_id
        if visit is None or client_id is None or self._starting:
            return
        self._starting = True
        self._update_buttons()
        context = self._context

        def started(found: AssessmentView) -> None:
            self._starting = False
            self._update_buttons()
            self.refresh_assessments()
            self.new_assessment_started.emit(found.id)

        def failed(_error: BaseException) -> None:
            self._starting = False
            self._update_buttons()

        def draft_open(error: ValidationError) -> None:
            failed(error)
            if isinstance(error, AssessmentDraftOpen):
                choice = ask_about_draft_assessment(self, error.assessment)
                if choice == 0:
                    self.open_assessment_requested.emit(error.assessment.id)
                elif choice == 1:
                    self._start_assessment(template, another=True)

        context.run(lambda: context.workspace.assessments.start(client_id, template.id, visit.id, another=another),
                    parent=self, on_success=started, on_invalid=draft_open, on_failure=failed)

    def _on_assessments_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_assessment_requested.emit(self.assessments.assessment(index.row()).id)

    def _on_open_button_clicked(self) -> None:
        selected = self._selected_assessment()
        if selected is not None:
            self.open_assessment_requested.emit(selected)
            return
        session = self._selected_session()
        if session is not None:
            self.open_session_requested.emit(session)

    # -- decision-making sessions ----------------------------------------------------------

    def _start_session(self) -> None:
        visit, client_id = self._visit, self._client_id
        if visit is None or client_id is None or self._starting_session:
            return
        self._starting_session = True
        self._update_buttons()
        context = self._context

        def started(found: SessionView) -> None:
            self._starting_session = False
            self._update_buttons()
            self.refresh_assessments()
            self.new_session_started.emit(found.id)

        def failed(_error: BaseException) -> None:
            self._starting_session = False
            self._update_buttons()

        context.run(lambda: context.workspace.decisions.start(client_id, visit.id), parent=self,
                    on_success=started, on_failure=failed)

    def _on_sessions_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_session_requested.emit(self.sessions.session(index.row()).id)

    # -- the client plan -------------------------------------------------------------------

    def _work_on_plan(self) -> None:
        """Open the draft plan, else the agreed one, else draft it (from the latest completed assessment)."""
        client_id = self._client_id
        if client_id is None or self._starting_plan:
            return
        self._starting_plan = True
        self._update_buttons()
        context = self._context

        visit_id = self._visit.id if self._visit is not None else None

        def find_or_start() -> uuid.UUID:
            plans = context.workspace.plans
            versions = plans.for_client(client_id)
            agreed = next((p for p in versions if p.status == "agreed"), None)
            draft = next((p for p in versions if p.status == "draft"), None)
            if draft is None and agreed is not None:
                return agreed.id
            draft = draft or plans.start_draft(client_id)
            if visit_id is not None:  # the meeting is this visit: its date, place and who took part
                plans.fill_from_visit(draft.id, visit_id)
            return draft.id

        def done(plan_id: uuid.UUID) -> None:
            self._starting_plan = False
            self._update_buttons()
            self.open_plan_requested.emit(plan_id)

        def failed(_error: BaseException) -> None:
            self._starting_plan = False
            self._update_buttons()

        context.run(find_or_start, parent=self, on_success=done, on_failure=failed)

    # -- ending ----------------------------------------------------------------------------

    def _on_end_button_clicked(self) -> None:
        visit = self._visit
        if visit is None or self._ending:
            return
        self._ending = True
        self._update_buttons()
        self.flush()
        # Queued behind the saves on the store lane, so its answer comes after theirs.
        self._context.run(lambda: None, parent=self, on_success=lambda _none: self._end_after_saves(visit.id),
                          on_failure=lambda _error: self._stop_ending())

    def _end_after_saves(self, visit_id: uuid.UUID) -> None:
        if self._visit is None or self._visit.id != visit_id:
            return
        if self._autosave.state in (SaveState.INVALID, SaveState.FAILED) and not prompts.confirm(
                self, self.tr("End visit"),
                self.tr("Some of what you typed is not saved: {reason}\n\nIf you end the visit now, that text "
                        "is lost. End the visit anyway?").format(reason=self.save_state.text()),
                yes=self.tr("End visit"), no=self.tr("Keep editing")):
            self._stop_ending()
            return
        context, language = self._context, self._context.ui_language

        def end() -> tuple[VisitSummary, dict[tuple[str, int], str]]:
            summary = context.workspace.visits.end_visit(visit_id)
            return summary, self._titles_for([*summary.completed, *summary.drafts], language)

        context.run(end, parent=self, on_success=self._on_ended, on_failure=lambda _error: self._stop_ending())

    def _stop_ending(self) -> None:
        self._ending = False
        self._update_buttons()

    def _on_ended(self, result: tuple[VisitSummary, dict[tuple[str, int], str]]) -> None:
        summary, titles = result
        self._ending = False
        if self._visit is not None and self._visit.id == summary.visit.id:
            self._visit = summary.visit
            self._update_visit_line()
            self._update_buttons()
        dialog = VisitSummaryDialog(summary, titles, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_summary_finished)
        self.summary_dialog = dialog
        dialog.open()  # window-modal, without a nested event loop
        self.visit_ended.emit(summary)

    def _on_summary_finished(self, _result: int) -> None:
        self.summary_dialog = None
