"""The client file's "Assessments" tab: every service-needs assessment over time, the case phase
and what is due (the rule lives in ``domain.case``), with buttons to start a visit or an assessment.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.case import CaseOverview, CasePhase, DueItem
from sopiva_desk.domain.templates import Template
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.start_visit import way_label
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.messages import message
from sopiva_desk.gui.models.assessment_list_model import AssessmentListModel
from sopiva_desk.gui.widgets.page_parts import make_read_only_list
from sopiva_desk.services.assessments import AssessmentView, VisitView

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


# -- the widget -------------------------------------------------------------------------------


class ClientAssessmentsWidget(QWidget):
    """A client's assessments, newest first, with the case phase and what is due.

    Signals:
        open_assessment_requested(object): an assessment's UUID (double-click or Enter).
        start_visit_requested(): the user wants to start a visit with this client.
        continue_visit_requested(object): the ``VisitView`` of an open visit to go back to.
        new_assessment_started(object): the UUID of an assessment just started without a visit.
        loaded(): the list was (re)loaded from the store.
    """

    open_assessment_requested = Signal(object)
    start_visit_requested = Signal()
    continue_visit_requested = Signal(object)
    new_assessment_started = Signal(object)
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientAssessments")
        self._context = context
        self._client_id: uuid.UUID | None = None
        self._starting = False
        self._overview: CaseOverview | None = None
        self.model = AssessmentListModel(self)

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

        self.start_visit_button = QPushButton(self.tr("Start &visit…"), self, objectName="startVisitButton")
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
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(AssessmentListModel.TEMPLATE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((AssessmentListModel.STARTED, 110), (AssessmentListModel.VERSION, 80),
                              (AssessmentListModel.STATUS, 120), (AssessmentListModel.COMPLETED, 110),
                              (AssessmentListModel.VISIT, 200)):
            header.resizeSection(column, width)
        view.activated.connect(self._on_view_activated)  # double-click (or the platform's click) and Enter
        self.hint_label = QLabel(self.tr("Double-click an assessment or press Enter to open it."), self,
                                 objectName="assessmentsHint")
        self.hint_label.setStyleSheet("color: #555b61;")  # 6.6:1 on the window colour

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addWidget(view, 1)
        layout.addWidget(self.hint_label)
        QWidget.setTabOrder(self.continue_visit_button, self.start_visit_button)
        QWidget.setTabOrder(self.start_visit_button, self.new_button)
        QWidget.setTabOrder(self.new_button, view)
        self._show_status()
        self.setEnabled(False)

    # -- public ----------------------------------------------------------------------------

    @property
    def client_id(self) -> uuid.UUID | None:
        return self._client_id

    def load(self, client_id: uuid.UUID) -> None:
        """Read the client's assessments (and their visits) in the background and show them."""
        if client_id != self._client_id:
            self.model.set_assessments([])
        self._client_id = client_id
        self._setup_templates()
        context, language = self._context, self._context.ui_language

        def read() -> tuple[list[AssessmentView], list[VisitView], dict[tuple[str, int], str], CaseOverview]:
            workspace = context.workspace
            found = workspace.assessments.for_client(client_id)
            overview = workspace.case.overview(client_id)
            visits = workspace.visits.visits_for_client(client_id)  # also tells whether one is still open
            titles = {}
            for a in found:
                template = workspace.templates.get(a.template_id, a.template_version)
                if template is not None:
                    titles[template.ref] = template.title.get(language)
            return found, visits, titles, overview

        def show(result: tuple[list[AssessmentView], list[VisitView], dict[tuple[str, int], str],
                               CaseOverview]) -> None:
            if client_id != self._client_id:
                return  # another client was opened meanwhile
            found, visits, titles, self._overview = result
            selected = self._selected_id()
            labels = {v.id: self.tr("{way}, {date}").format(way=way_label(v.way),
                                                           date=format_date(v.starts_at.astimezone().date()))
                      for v in visits}
            self.model.set_assessments(found, titles, labels)
            still_open = [v for v in visits if v.status == "open"]
            self._open_visit = max(still_open, key=lambda v: v.starts_at) if still_open else None
            self.continue_visit_button.setVisible(self._open_visit is not None)
            self._show_status()
            self.setEnabled(True)
            row = self.model.row_of(selected) if selected is not None else -1
            if row >= 0:
                self.view.selectRow(row)
            self.loaded.emit()

        self._context.run(read, parent=self, on_success=show)

    def refresh(self) -> None:
        if self._client_id is not None:
            self.load(self._client_id)

    def clear(self) -> None:
        """Forget the client (the app locks or another client opens)."""
        self._client_id = None
        self._overview = None
        self._open_visit = None
        self.continue_visit_button.hide()
        self.model.set_assessments([])
        self._show_status()
        self.setEnabled(False)

    # -- showing ---------------------------------------------------------------------------

    def _show_status(self) -> None:
        overview = self._overview
        if self._client_id is None or overview is None:
            self.phase_label.clear()
            self.due_label.clear()
            self.hint_label.hide()
            return
        self.phase_label.setText(self.tr("Phase: {phase}").format(phase=phase_label(overview.phase)))
        self.hint_label.setVisible(self.model.rowCount() > 0)
        lines = [due_text(due) for due in overview.due]
        self.due_label.setText("\n".join(lines))
        self.phase_label.setAccessibleDescription(" ".join(lines))

    def _on_continue_visit_clicked(self) -> None:
        if self._open_visit is not None:
            self.continue_visit_requested.emit(self._open_visit)

    def _selected_id(self) -> uuid.UUID | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.assessment(rows[0].row()).id if rows else None

    # -- actions ---------------------------------------------------------------------------

    def _setup_templates(self) -> None:
        if self._context.unlocked:  # the library is in memory: no store work
            self._chooser.set_templates(self._context.workspace.templates.current(), self._context.ui_language)

    def _start_assessment(self, template: Template) -> None:
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

        context.run(lambda: context.workspace.assessments.start(client_id, template.id, None), parent=self,
                    on_success=started, on_failure=lambda _error: self._done_starting())

    def _done_starting(self) -> None:
        self._starting = False
        self.new_button.setEnabled(bool(self._chooser.templates))

    def _on_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_assessment_requested.emit(self.model.data(index, Qt.ItemDataRole.UserRole))

