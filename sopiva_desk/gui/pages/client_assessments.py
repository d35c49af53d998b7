"""The client file's "Visits and assessments" tab: the case phase and what is due (the rule lives
in ``domain.case``) with buttons to start a visit or an assessment; every visit of the client
(planned, in progress, ended, cancelled) with its notes and "Plan a visit…"; every service-needs
assessment over time; below them the client's supported decision-making sessions. Each list shows
every record's sync state when the profile syncs (``gui/widgets/sync_columns.py``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.case import CaseOverview, CasePhase, DueItem
from sopiva_desk.domain.deadlines import Deadline
from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.domain.templates import Template
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.draft_open import answer_draft_open
from sopiva_desk.gui.dialogs.start_visit import way_label
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.messages import message
from sopiva_desk.gui.models.assessment_list_model import AssessmentListModel
from sopiva_desk.gui.models.record_list_model import VersionedRecordListModel
from sopiva_desk.gui.models.session_list_model import SessionListModel
from sopiva_desk.gui.models.today_model import basis_text, deadline_text, due_words
from sopiva_desk.gui.pages.client_visits import ClientVisitsPart
from sopiva_desk.gui.widgets.page_parts import VerticalScrollArea, bold_label, fit_record_columns, make_read_only_list
from sopiva_desk.gui.widgets.sync_columns import RecordSyncColumns, States, SyncColumn
from sopiva_desk.services.assessments import AssessmentView, VisitView
from sopiva_desk.services.decisions import SessionView
from sopiva_desk.services.listings import CASE_WORK

_HINT_STYLE = "color: #555b61;"  # 6.6:1 on the window colour
TabData = tuple[list[AssessmentView], list[VisitView], dict[tuple[str, int], str], CaseOverview, list[SessionView],
                tuple[tuple[uuid.UUID, Deadline], ...], States]

# -- phase and due texts -----------------------------------------------------------------------


def phase_label(phase: CasePhase) -> str:
    return {
        CasePhase.ASSESSMENT: QCoreApplication.translate("CasePhase", "Assessment"),
        CasePhase.PLAN: QCoreApplication.translate("CasePhase", "Plan"),
        CasePhase.DECISION: QCoreApplication.translate("CasePhase", "Decision"),
        CasePhase.IMPLEMENTATION: QCoreApplication.translate("CasePhase", "Implementation"),
        CasePhase.FOLLOW_UP: QCoreApplication.translate("CasePhase", "Follow-up"),
        CasePhase.CLOSED: QCoreApplication.translate("CasePhase", "Closed"),
    }[phase]


def due_text(due: DueItem) -> str:
    return message(due.key, {"since": format_date(due.since), "version": due.version})


# -- choosing a template ------------------------------------------------------------------------


class TemplateChooser(QObject):
    """Makes a button start an assessment with a chosen template.

    One template: a click starts it. Several: the button opens a menu of their titles (also
    with the keyboard). None: the button is disabled and its tooltip says why.
    """

    def __init__(self, button: QPushButton, start: Callable[[Template], None]) -> None:
        super().__init__(button)
        self._button = button
        self._start = start
        self._templates: list[Template] = []
        self._tooltip = button.toolTip()  # kept while templates exist
        button.clicked.connect(self._on_button_clicked)

    @property
    def templates(self) -> list[Template]:
        return list(self._templates)

    def set_templates(self, templates: Sequence[Template], language: str) -> None:
        button = self._button
        self._templates = list(templates)
        old = button.menu()
        if old is not None:
            button.setMenu(None)  # type: ignore[arg-type]
            old.deleteLater()
        button.setEnabled(bool(templates))
        button.setToolTip(self._tooltip if templates else self.tr(
            "No assessment templates are installed. Contact IT support."))
        if len(templates) > 1:
            menu = QMenu(button)
            for template in templates:
                action = menu.addAction(template.title.get(language))
                action.triggered.connect(lambda _checked=False, t=template: self._start(t))
            button.setMenu(menu)

    def _on_button_clicked(self) -> None:
        if len(self._templates) == 1:
            self._start(self._templates[0])


def template_titles(templates: Iterable[Template], language: str) -> dict[tuple[str, int], str]:
    return {t.ref: t.title.get(language) for t in templates}


LIST_ROWS_MIN, LIST_ROWS_MAX = 2, 6


def _fit_rows(view: QTableView) -> None:
    """A list as high as its rows (at least ``LIST_ROWS_MIN``, at most ``LIST_ROWS_MAX``; it
    scrolls beyond that), so the room left goes to the visits."""
    rows = min(max(view.model().rowCount(), LIST_ROWS_MIN), LIST_ROWS_MAX)
    frame = view.frameWidth() * 2
    height = view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize() + frame
    if view.horizontalScrollBar().isVisible():
        height += view.horizontalScrollBar().sizeHint().height()
    view.setFixedHeight(height)


_LIST_WIDTHS = {VersionedRecordListModel.STARTED: 110, VersionedRecordListModel.VERSION: 80,
                VersionedRecordListModel.STATUS: 120, VersionedRecordListModel.COMPLETED: 110,
                VersionedRecordListModel.VISIT: 200}


# -- the widget -------------------------------------------------------------------------------


class ClientAssessmentsWidget(QWidget):
    """A client's assessments, newest first, with the case phase and what is due; below them the
    client's supported decision-making sessions, newest first.

    Signals:
        open_assessment_requested(object): an assessment's UUID (double-click or Enter).
        start_visit_requested(): the user wants to start a visit with this client.
        continue_visit_requested(object): the ``VisitView`` of an open visit to go back to.
        new_assessment_started(object): the UUID of an assessment just started without a visit.
        open_session_requested(object): a decision-making session's UUID (double-click or Enter).
        new_session_started(object): the UUID of a decision-making session just started without a visit.
        plan_visit_requested(): the user wants to plan a visit ahead.
        planned_visit_requested(object): the ``VisitView`` of a planned visit to start, move or cancel.
        visit_record_requested(object): the ``VisitView`` of an ended or cancelled visit to read.
        loaded(): the lists were (re)loaded from the store.
    """

    open_assessment_requested = Signal(object)
    start_visit_requested = Signal()
    continue_visit_requested = Signal(object)
    new_assessment_started = Signal(object)
    open_session_requested = Signal(object)
    new_session_started = Signal(object)
    plan_visit_requested = Signal()
    planned_visit_requested = Signal(object)
    visit_record_requested = Signal(object)
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientAssessments")
        self._context = context
        self._client_id: uuid.UUID | None = None
        self._starting = False
        self._starting_session = False
        self._overview: CaseOverview | None = None
        self._deadlines: list[Deadline] = []  # open statutory deadlines (domain.deadlines), earliest first
        self.model = AssessmentListModel(self)
        self.sessions_model = SessionListModel(self)

        self.phase_label = QLabel(self, objectName="casePhase")
        font = self.phase_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.phase_label.setFont(font)
        self.due_label = QLabel(self, objectName="caseDue", wordWrap=True)
        self.due_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status = QVBoxLayout()
        status.setSpacing(4)
        status.addWidget(self.phase_label)
        status.addWidget(self.due_label)

        self.start_visit_button = QPushButton(self.tr("&Start visit…"), self, objectName="startVisitButton")
        self.start_visit_button.setToolTip(self.tr("Start a home visit, remote visit, phone call or "
                                                   "office visit with this client"))
        self.start_visit_button.clicked.connect(self.start_visit_requested)
        self._open_visit: VisitView | None = None
        self.continue_visit_button = QPushButton(self.tr("&Continue visit"), self, objectName="continueVisitButton")
        self.continue_visit_button.setToolTip(self.tr("Go back to the visit that is still open"))
        self.continue_visit_button.clicked.connect(self._on_continue_visit_clicked)
        self.continue_visit_button.hide()
        self.new_button = QPushButton(self.tr("&New assessment"), self, objectName="newAssessmentButton")
        self.new_button.setToolTip(self.tr("Start a service-needs assessment without a visit"))
        self._chooser = TemplateChooser(self.new_button, self._start_assessment)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.continue_visit_button)
        buttons.addWidget(self.start_visit_button)
        buttons.addWidget(self.new_button)
        top = QHBoxLayout()
        top.addLayout(status, 1)
        top.addLayout(buttons)
        top.setAlignment(buttons, Qt.AlignmentFlag.AlignTop)

        self.view = QTableView(self, objectName="assessmentsView")
        view = self.view
        view.setModel(self.model)
        make_read_only_list(view, name=self.tr("Assessments"),
                            description=self.tr("Newest first. Press Enter to open the selected assessment."))
        fit_record_columns(view, _LIST_WIDTHS)
        view.activated.connect(self._on_view_activated)  # double-click (or the platform's click) and Enter
        self.hint_label = QLabel(self.tr("Double-click an assessment or press Enter to open it."), self,
                                 objectName="assessmentsHint")
        self.hint_label.setStyleSheet(_HINT_STYLE)
        self._sessions_part = self._build_sessions()
        self.visits_part = ClientVisitsPart(self)
        self.visits_model = self.visits_part.model
        self.visits_view = self.visits_part.view
        self.plan_visit_button = self.visits_part.plan_button
        self.visits_part.plan_visit_requested.connect(self.plan_visit_requested)
        self.visits_part.visit_activated.connect(self._on_visit_activated)
        assessments_caption = bold_label(self.tr("Service-needs assessments"), self, "assessmentsCaption",
                                         scale=1.1)

        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addSpacing(6)
        # The lists scroll together when a small screen (or larger text) leaves too little room
        # for all three; otherwise they fill the tab and no scroll bar shows.
        lists = QWidget(self, objectName="clientRecordLists")
        scroll = VerticalScrollArea(self, objectName="clientRecordScroll")
        scroll.setWidget(lists)
        outer.addWidget(scroll, 1)
        layout = self._layout = QVBoxLayout(lists)
        layout.setContentsMargins(0, 0, 0, 0)
        # The visits take the room the other two lists leave: those grow with their rows up to
        # LIST_ROWS_MAX (a client has a few assessments and sessions, and many visits).
        layout.addWidget(self.visits_part, 1)
        layout.addSpacing(8)
        layout.addWidget(assessments_caption)
        layout.addWidget(view)
        layout.addWidget(self.hint_label)
        layout.addSpacing(8)
        layout.addLayout(self._sessions_part)
        layout.addStretch(0)  # with no visits, the room left over stays below the lists
        QWidget.setTabOrder(self.continue_visit_button, self.start_visit_button)
        QWidget.setTabOrder(self.start_visit_button, self.new_button)
        QWidget.setTabOrder(self.new_button, self.plan_visit_button)
        QWidget.setTabOrder(self.plan_visit_button, self.visits_view)
        QWidget.setTabOrder(self.visits_view, view)
        _fit_rows(view)
        QWidget.setTabOrder(view, self.new_session_button)
        QWidget.setTabOrder(self.new_session_button, self.sessions_view)
        self.sync_columns = RecordSyncColumns(
            SyncColumn("visit", self.visits_view, self.visits_model.STATUS),
            SyncColumn("assessment", view, self.model.STATUS),
            SyncColumn("decision_session", self.sessions_view, self.sessions_model.STATUS))
        self._show_status()
        self.setEnabled(False)

    def _build_sessions(self) -> QVBoxLayout:
        """"Supported decision-making": the caption with the new-session button over the sessions."""
        caption = bold_label(self.tr("Supported decision-making"), self, "sessionsCaption", scale=1.1)
        self.new_session_button = QPushButton(self.tr("New &decision-making session"), self,
                                              objectName="newSessionButton")
        self.new_session_button.setToolTip(self.tr("Start a supported decision-making session without a visit"))
        self.new_session_button.clicked.connect(self._start_session)
        row = QHBoxLayout()
        row.addWidget(caption, 1, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.new_session_button)

        self.sessions_view = QTableView(self, objectName="sessionsView")
        view = self.sessions_view
        view.setModel(self.sessions_model)
        make_read_only_list(view, name=self.tr("Decision-making sessions"),
                            description=self.tr("Newest first. Press Enter to open the selected session."))
        fit_record_columns(view, _LIST_WIDTHS)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.activated.connect(self._on_sessions_view_activated)  # double-click and Enter
        self.sessions_hint_label = QLabel(self.tr("Double-click a session or press Enter to open it."), self,
                                          objectName="sessionsHint")
        self.sessions_hint_label.setStyleSheet(_HINT_STYLE)
        self.no_sessions_label = QLabel(self.tr("No decision-making sessions yet."), self,
                                        objectName="noSessionsHint")
        self.no_sessions_label.setStyleSheet(_HINT_STYLE)

        part = QVBoxLayout()
        part.setSpacing(6)
        part.addLayout(row)
        part.addWidget(view, 1)
        part.addWidget(self.sessions_hint_label)
        part.addWidget(self.no_sessions_label)
        return part

    # -- public ----------------------------------------------------------------------------

    @property
    def client_id(self) -> uuid.UUID | None:
        return self._client_id

    def load(self, client_id: uuid.UUID, *, listed: bool = True) -> None:
        """Read the client's assessments, sessions (and their visits) in the background and show them.

        ``listed``: the client file was opened, so the lists are logged as one listing of the
        client's case work; reading them again after a change (``refresh``) is not a new listing."""
        if client_id != self._client_id:
            self.model.set_assessments([])
            self.sessions_model.set_sessions([])
            self.visits_part.set_visits([])
        self._client_id = client_id
        self._setup_templates()
        context, language = self._context, self._context.ui_language

        def read() -> TabData:
            workspace = context.workspace
            work = workspace.case.casework(client_id)  # one read: the lists and the phase agree
            if listed:
                workspace.listings.record_for_client(CASE_WORK, client_id)
            titles = {}
            for a in work.assessments:
                template = workspace.templates.get(a.template_id, a.template_version)
                if template is not None:
                    titles[template.ref] = template.title.get(language)
            states = workspace.sync_states.states_of({
                "visit": [v.id for v in work.visits], "assessment": [a.id for a in work.assessments],
                "decision_session": [s.id for s in work.sessions]})
            return work.assessments, work.visits, titles, work.overview, work.sessions, work.deadlines, states

        def show(result: TabData) -> None:
            if client_id != self._client_id:
                return  # another client was opened meanwhile
            found, visits, titles, self._overview, sessions, deadlines, states = result
            self._deadlines = [deadline for _assessment, deadline in deadlines]
            selected, selected_session = self._selected_id(), self._selected_session_id()
            labels = {v.id: self.tr("{way}, {date}").format(way=way_label(v.way),
                                                           date=format_date(v.starts_at.astimezone().date()))
                      for v in visits}
            self.model.set_assessments(found, titles, labels)
            self.sessions_model.set_sessions(sessions, labels)
            self.visits_part.set_visits(visits)
            self.sync_columns.show(states)
            has_visits = self.visits_part.has_rows()
            self._layout.setStretchFactor(self.visits_part, 1 if has_visits else 0)
            self._layout.setStretch(self._layout.count() - 1, 0 if has_visits else 1)
            _fit_rows(self.view)
            still_open = [v for v in visits if v.status == "open"]
            self._open_visit = max(still_open, key=lambda v: v.starts_at) if still_open else None
            self.continue_visit_button.setVisible(self._open_visit is not None)
            self._show_status()
            self.setEnabled(True)
            row = self.model.row_of(selected) if selected is not None else -1
            if row >= 0:
                self.view.selectRow(row)
            row = self.sessions_model.row_of(selected_session) if selected_session is not None else -1
            if row >= 0:
                self.sessions_view.selectRow(row)
            self.loaded.emit()

        self._context.run(read, parent=self, on_success=show)

    def refresh(self) -> None:
        if self._client_id is not None:
            self.load(self._client_id, listed=False)

    def refresh_sync_states(self) -> None:
        """Read the lists' sync states again (after a sync) without reading the lists."""
        if self._client_id is not None:
            self.sync_columns.refresh(self._context, self, lambda: self._client_id)

    def clear(self) -> None:
        """Forget the client (the app locks or another client opens)."""
        self._client_id = None
        self._overview = None
        self._deadlines = []
        self._open_visit = None
        self.continue_visit_button.hide()
        self.model.set_assessments([])
        self.sessions_model.set_sessions([])
        self.visits_part.set_visits([])
        self._show_status()
        self.setEnabled(False)

    # -- showing ---------------------------------------------------------------------------

    def _show_status(self) -> None:
        overview = self._overview
        if self._client_id is None or overview is None:
            self.phase_label.clear()
            self.due_label.clear()
            self.hint_label.hide()
            self._show_sessions_state()
            return
        self.phase_label.setText(self.tr("Phase: {phase}").format(phase=phase_label(overview.phase)))
        self.hint_label.setVisible(self.model.rowCount() > 0)
        self._show_sessions_state()
        lines = [due_text(due) for due in overview.due]
        today = date.today()
        lines += [self.tr("{what} by {date} · {due}. {basis}.").format(
            what=deadline_text(d), date=format_date(d.due_on), due=due_words(d.due_on, today), basis=basis_text(d))
            for d in self._deadlines]
        self.due_label.setText("\n".join(lines))
        self.phase_label.setAccessibleDescription(" ".join(lines))

    def _show_sessions_state(self) -> None:
        """The sessions table with its hint, or the empty-state line (also while no client is loaded)."""
        has_rows = self.sessions_model.rowCount() > 0
        self.sessions_view.setVisible(has_rows)
        self.sessions_hint_label.setVisible(has_rows)
        self.no_sessions_label.setVisible(not has_rows)
        _fit_rows(self.sessions_view)

    def _on_visit_activated(self, visit: VisitView) -> None:
        """A visit in progress is continued; a planned one opens to start, move or cancel it; an
        ended or cancelled one opens read-only."""
        if visit.status == "open":
            self.continue_visit_requested.emit(visit)
        elif visit.status == "planned":
            self.planned_visit_requested.emit(visit)
        else:
            self.visit_record_requested.emit(visit)

    def _on_continue_visit_clicked(self) -> None:
        if self._open_visit is not None:
            self.continue_visit_requested.emit(self._open_visit)

    def _selected_id(self) -> uuid.UUID | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.assessment(rows[0].row()).id if rows else None

    def _selected_session_id(self) -> uuid.UUID | None:
        rows = self.sessions_view.selectionModel().selectedRows()
        return self.sessions_model.session(rows[0].row()).id if rows else None

    # -- actions ---------------------------------------------------------------------------

    def _setup_templates(self) -> None:
        if self._context.unlocked:  # the library is in memory: no store work
            self._chooser.set_templates(self._context.workspace.templates.current(), self._context.ui_language)

    def _start_assessment(self, template: Template, *, another: bool = False) -> None:
        client_id = self._client_id
        if client_id is None or self._starting:
            return
        self._starting = True
        self.new_button.setEnabled(False)
        context = self._context

        def started(found: AssessmentView) -> None:
            self._done_starting()
            self.refresh()
            self.new_assessment_started.emit(found.id)

        def draft_open(error: ValidationError) -> None:
            self._done_starting()
            answer_draft_open(self, error, open_draft=self.open_assessment_requested.emit,
                              start_another=lambda: self._start_assessment(template, another=True))

        context.run(lambda: context.workspace.assessments.start(client_id, template.id, None, another=another),
                    parent=self, on_success=started, on_invalid=draft_open,
                    on_failure=lambda _error: self._done_starting())

    def _done_starting(self) -> None:
        self._starting = False
        self.new_button.setEnabled(bool(self._chooser.templates))

    def _on_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_assessment_requested.emit(self.model.data(index, Qt.ItemDataRole.UserRole))

    def _start_session(self) -> None:
        client_id = self._client_id
        if client_id is None or self._starting_session:
            return
        self._starting_session = True
        self.new_session_button.setEnabled(False)
        context = self._context

        def started(found: SessionView) -> None:
            self._done_starting_session()
            self.refresh()
            self.new_session_started.emit(found.id)

        context.run(lambda: context.workspace.decisions.start(client_id), parent=self,
                    on_success=started, on_failure=lambda _error: self._done_starting_session())

    def _done_starting_session(self) -> None:
        self._starting_session = False
        self.new_session_button.setEnabled(True)

    def _on_sessions_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_session_requested.emit(self.sessions_model.data(index, Qt.ItemDataRole.UserRole))
