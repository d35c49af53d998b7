"""The visit page's "What we do today" panel: what is done during the visit.

It starts a needs assessment (asking first when the client already has one in draft) or a
supported decision-making session that belongs to the visit, leads to the client plan ("Work
on the plan": its draft, else the agreed one, else a new draft filled from the visit) and
lists the visit's assessments and sessions to reopen, one selected row at a time across both
lists. The visit page owns the panel and forwards its signals.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.domain.templates import Template
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.draft_open import answer_draft_open
from sopiva_desk.gui.models.assessment_list_model import AssessmentListModel
from sopiva_desk.gui.models.record_list_model import VersionedRecordListModel
from sopiva_desk.gui.models.session_list_model import SessionListModel
from sopiva_desk.gui.pages.client_assessments import TemplateChooser
from sopiva_desk.gui.widgets.flow_layout import FlowLayout
from sopiva_desk.gui.widgets.page_parts import HINT_COLOR, bold_label, fit_record_columns, make_read_only_list
from sopiva_desk.services.assessments import AssessmentView, VisitView
from sopiva_desk.services.decisions import SessionView
from sopiva_desk.services.templates import TemplateLibrary

_PANEL_STYLE = ("QFrame#todayPanel { background: #f3f6fa; border: 1px solid #c9d3df; border-radius: 8px; }"
                "QFrame#todayPanel > QLabel { background: transparent; }")
HINT_STYLE = f"color: {HINT_COLOR};"
# The visit's own short lists: what, status, and when it started (today: the time matters).
_VISIT_LIST_WIDTHS = {VersionedRecordListModel.STARTED: 130, VersionedRecordListModel.STATUS: 110}
# The sync state shows in the client file's lists and on each record's page, not in the visit's.
_VISIT_LIST_HIDDEN = (VersionedRecordListModel.VERSION, VersionedRecordListModel.COMPLETED,
                      VersionedRecordListModel.VISIT, AssessmentListModel.SYNC)

VisitRecords = tuple[list[AssessmentView], dict[tuple[str, int], str], list[SessionView]]


def template_titles(library: TemplateLibrary, found: Iterable[AssessmentView],
                    language: str) -> dict[tuple[str, int], str]:
    """The title of each assessment's template version, by ``(template id, version)``."""
    titles: dict[tuple[str, int], str] = {}
    for a in found:
        template = library.get(a.template_id, a.template_version)
        if template is not None:
            titles[template.ref] = template.title.get(language)
    return titles


class VisitWorkPanel(QFrame):
    """Assessments, decision-making sessions and the plan, worked on during one visit.

    Signals:
        open_assessment_requested(object): the UUID of one of this visit's assessments to open.
        new_assessment_started(object): the UUID of an assessment just started in this visit.
        open_session_requested(object): the UUID of one of this visit's decision-making sessions to open.
        new_session_started(object): the UUID of a decision-making session just started in this visit.
        open_plan_requested(object): the UUID of the client's plan to work on (a draft just started, maybe).
    """

    open_assessment_requested = Signal(object)
    new_assessment_started = Signal(object)
    open_session_requested = Signal(object)
    new_session_started = Signal(object)
    open_plan_requested = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPanel")
        self.setStyleSheet(_PANEL_STYLE)
        self._context = context
        self._visit: VisitView | None = None
        self._starting = False
        self._starting_session = False
        self._starting_plan = False
        self.assessments = AssessmentListModel(self, with_time=True)
        self.sessions = SessionListModel(self, with_time=True)
        self._build()
        self._update_buttons()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.start_assessment_button = QPushButton(self.tr("Start needs &assessment"), self,
                                                   objectName="startAssessmentButton")
        self.start_assessment_button.setToolTip(self.tr("A service-needs assessment that belongs to this visit"))
        font = self.start_assessment_button.font()
        font.setBold(True)
        self.start_assessment_button.setFont(font)
        self._chooser = TemplateChooser(self.start_assessment_button, self._start_assessment)
        self.assessments_view = self._record_list(
            self.assessments, "visitAssessmentsView", self.tr("Assessments of this visit"),
            self.tr("Press Enter to open the selected assessment."))
        self.assessments_view.activated.connect(self._on_assessments_view_activated)
        self.no_assessments_label = self._hint(self.tr("No assessments in this visit yet."), "noAssessmentsHint")

        self.start_session_button = QPushButton(self.tr("Start a &decision-making session"), self,
                                                objectName="startSessionButton")
        self.start_session_button.setToolTip(self.tr("A supported decision-making session that belongs to "
                                                     "this visit"))
        self.start_session_button.setFont(font)
        self.start_session_button.clicked.connect(self._start_session)
        self.sessions_view = self._record_list(
            self.sessions, "visitSessionsView", self.tr("Decision-making sessions of this visit"),
            self.tr("Press Enter to open the selected session."))
        self.sessions_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.sessions_view.activated.connect(self._on_sessions_view_activated)
        self.no_sessions_label = self._hint(self.tr("No decision-making sessions in this visit yet."),
                                            "noSessionsHint")

        self.plan_button = QPushButton(self.tr("Work on the p&lan"), self, objectName="visitPlanButton")
        self.plan_button.setToolTip(self.tr("Continue the draft of the client plan, or draft it from the latest "
                                            "completed assessment"))
        self.plan_button.setFont(font)
        self.plan_button.clicked.connect(self._work_on_plan)

        self.open_button = QPushButton(self.tr("&Open"), self, objectName="openAssessmentButton")
        self.open_button.setToolTip(self.tr("Open the selected assessment or session (Enter)"))
        self.open_button.clicked.connect(self._on_open_button_clicked)
        hint = self._hint(self.tr("Drafts can be left unfinished: they are saved and can be completed later."),
                          "todayHint")
        hint.setWordWrap(True)

        top = FlowLayout(spacing=8, centred=False)  # wraps instead of cutting the buttons at 125 % text
        for button in (self.start_assessment_button, self.start_session_button, self.plan_button,
                       self.open_button):
            top.addWidget(button)
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 10, 14, 12)
        box.setSpacing(6)
        box.addWidget(bold_label(self.tr("What we do today"), self, "todayHeading", scale=1.1))
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

    def _record_list(self, model: VersionedRecordListModel, name: str, accessible: str,
                     description: str) -> QTableView:
        view = QTableView(self, objectName=name)
        view.setModel(model)
        make_read_only_list(view, name=accessible, description=description)
        fit_record_columns(view, _VISIT_LIST_WIDTHS, hidden=_VISIT_LIST_HIDDEN, started_last=True)
        view.setMinimumHeight(90)
        view.setMaximumHeight(150)
        view.selectionModel().selectionChanged.connect(lambda *_: self._on_selection_changed(view))
        return view

    def _hint(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self, objectName=name)
        label.setStyleSheet(HINT_STYLE)
        return label

    # -- public ----------------------------------------------------------------------------

    def show_visit(self, visit: VisitView) -> None:
        """Work on another visit: its lists are read again and nothing is being started."""
        self._visit = visit
        self._starting = self._starting_session = self._starting_plan = False
        if self._context.unlocked:  # the template library is in memory: no store work
            self._chooser.set_templates(self._context.workspace.templates.current(), self._context.ui_language)
        self.assessments.set_assessments([])
        self.sessions.set_sessions([])
        self._update_buttons()
        self.refresh()

    def set_visit(self, visit: VisitView) -> None:
        """The same visit, changed (e.g. ended: nothing more is started in it)."""
        if self._visit is not None and self._visit.id == visit.id:
            self._visit = visit
            self._update_buttons()

    def clear(self) -> None:
        self._visit = None
        self._starting = self._starting_session = self._starting_plan = False
        self.assessments.set_assessments([])
        self.sessions.set_sessions([])
        self._update_buttons()

    def refresh(self) -> None:
        """Re-read this visit's assessments and decision-making sessions (e.g. after one was completed
        elsewhere)."""
        visit = self._visit
        if visit is None:
            return
        client_id = visit.client_id
        context, language = self._context, self._context.ui_language

        def read() -> VisitRecords:
            workspace = context.workspace
            found = [a for a in workspace.assessments.for_client(client_id) if a.visit_id == visit.id]
            return found, template_titles(workspace.templates, found, language), workspace.decisions.for_visit(visit.id)

        def show(result: VisitRecords) -> None:
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

    # -- state -----------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        open_visit = self._visit is not None
        ended = self._visit is not None and self._visit.status == "ended"
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

    def _on_open_button_clicked(self) -> None:
        selected = self._selected_assessment()
        if selected is not None:
            self.open_assessment_requested.emit(selected)
            return
        session = self._selected_session()
        if session is not None:
            self.open_session_requested.emit(session)

    # -- assessments -----------------------------------------------------------------------

    def _start_assessment(self, template: Template, *, another: bool = False) -> None:
        visit = self._visit
        if visit is None or self._starting:
            return
        client_id = visit.client_id
        self._starting = True
        self._update_buttons()
        context = self._context

        def started(found: AssessmentView) -> None:
            self._starting = False
            self._update_buttons()
            self.refresh()
            self.new_assessment_started.emit(found.id)

        def failed(_error: BaseException) -> None:
            self._starting = False
            self._update_buttons()

        def draft_open(error: ValidationError) -> None:
            failed(error)
            answer_draft_open(self, error, open_draft=self.open_assessment_requested.emit,
                              start_another=lambda: self._start_assessment(template, another=True))

        context.run(lambda: context.workspace.assessments.start(client_id, template.id, visit.id, another=another),
                    parent=self, on_success=started, on_invalid=draft_open, on_failure=failed)

    def _on_assessments_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_assessment_requested.emit(self.assessments.assessment(index.row()).id)

    # -- decision-making sessions ----------------------------------------------------------

    def _start_session(self) -> None:
        visit = self._visit
        if visit is None or self._starting_session:
            return
        client_id = visit.client_id
        self._starting_session = True
        self._update_buttons()
        context = self._context

        def started(found: SessionView) -> None:
            self._starting_session = False
            self._update_buttons()
            self.refresh()
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
        visit = self._visit
        if visit is None or self._starting_plan:
            return
        self._starting_plan = True
        self._update_buttons()
        context, client_id, visit_id = self._context, visit.client_id, visit.id

        def find_or_start() -> uuid.UUID:
            plans = context.workspace.plans
            versions = plans.for_client(client_id)
            agreed = next((p for p in versions if p.status == "agreed"), None)
            draft = next((p for p in versions if p.status == "draft"), None)
            if draft is None and agreed is not None:
                return agreed.id
            draft = draft or plans.start_draft(client_id)
            plans.fill_from_visit(draft.id, visit_id)  # the meeting is this visit: its date, place, who took part
            return draft.id

        def done(plan_id: uuid.UUID) -> None:
            self._starting_plan = False
            self._update_buttons()
            self.open_plan_requested.emit(plan_id)

        def failed(_error: BaseException) -> None:
            self._starting_plan = False
            self._update_buttons()

        context.run(find_or_start, parent=self, on_success=done, on_failure=failed)
