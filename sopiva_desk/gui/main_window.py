"""The main window only assembles pages and actions; each feature lives in its own module."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QStackedWidget, QStyle, QWidget

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.gui import prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.access_log_check import AccessLogCheckControl
from sopiva_desk.gui.dialogs.create_budget import CreateBudgetDialog
from sopiva_desk.gui.dialogs.plan_visit import PlanVisitDialog
from sopiva_desk.gui.dialogs.purge_cases import open_purge_dialog
from sopiva_desk.gui.dialogs.start_visit import StartVisitDialog, ask_about_open_visit
from sopiva_desk.gui.dialogs.templates_dialog import TemplatesDialog
from sopiva_desk.gui.dialogs.visit_summary import VisitSummaryDialog
from sopiva_desk.gui.messages import issue_text
from sopiva_desk.gui.models.today_model import TodayRow
from sopiva_desk.gui.pages.assessment import AssessmentPage
from sopiva_desk.gui.pages.budget import BudgetPage
from sopiva_desk.gui.pages.caseload import CaseloadPage
from sopiva_desk.gui.pages.client_file import ClientFilePage
from sopiva_desk.gui.pages.conflicts import ConflictsPage
from sopiva_desk.gui.pages.decision_session import DecisionSessionPage
from sopiva_desk.gui.pages.organisation import OrganisationPage
from sopiva_desk.gui.pages.plan import PlanPage
from sopiva_desk.gui.pages.print_queue import PrintQueuePage
from sopiva_desk.gui.pages.today import TodayPage
from sopiva_desk.gui.pages.visit import VisitPage
from sopiva_desk.gui.sync_control import SyncControl
from sopiva_desk.gui.widgets.purpose_selector import PurposeSelector
from sopiva_desk.gui.widgets.sync_state_label import SyncStateLabel
from sopiva_desk.gui.widgets.whole_label import WholeOrNothingLabel
from sopiva_desk.services.assessments import VisitAlreadyOpen, VisitSummary, VisitView
from sopiva_desk.services.sync.engine import SyncReport
from sopiva_desk.services.sync.enrolment import Enrolment
from sopiva_desk.services.today import DraftKind


class MainWindow(QMainWindow):
    """The Today page (shown first), the caseload, client file and record pages, with the app's menus.

    Signals:
        lock_requested(): the user chose Lock.
        settings_requested(): the user chose Settings.
        about_requested(): the user chose About.
        close_requested(): the window is closing; the controller saves and quits.
    """

    lock_requested = Signal()
    settings_requested = Signal()
    about_requested = Signal()
    close_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("mainWindow")
        self.setMinimumSize(1000, 640)
        self.stack = QStackedWidget(self)
        self.today = TodayPage(context, self.stack)  # the first page after unlock
        self.caseload = CaseloadPage(context, self.stack)
        self.client_file = ClientFilePage(context, self.stack)
        self.visit = VisitPage(context, self.stack)
        self.assessment = AssessmentPage(context, self.stack)
        self.decision_session = DecisionSessionPage(context, self.stack)
        self.plan = PlanPage(context, self.stack)
        self.budget = BudgetPage(context, self.stack)
        self.organisation = OrganisationPage(context, self.stack)
        self.print_queue = PrintQueuePage(context, self.stack)
        self.conflicts = ConflictsPage(context, self.stack)
        for page in (self.today, self.caseload, self.client_file, self.visit, self.assessment, self.decision_session,
                     self.plan, self.budget, self.organisation, self.print_queue, self.conflicts):
            self.stack.addWidget(page)
        self._assessment_return_to: QWidget = self.client_file
        self._session_return_to: QWidget = self.client_file
        self._plan_return_to: QWidget = self.client_file
        self._client_return_to: QWidget = self.caseload
        self.plan_visit_dialog: PlanVisitDialog | None = None
        self.visit_record_dialog: VisitSummaryDialog | None = None
        self._budget_return_to: QWidget = self.client_file
        self.setCentralWidget(self.stack)
        # Who is signed in is also on the Today page: at 125 % text the status bar's sync corner
        # and purpose come first, and the name steps aside whole rather than cut.
        self._profile_label = WholeOrNothingLabel(self)
        # Shown only when template files were left out: whoever can fix them must learn of it.
        self.template_problems_button = QPushButton(self, objectName="templateProblemsButton", flat=True)
        self.template_problems_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.template_problems_button.clicked.connect(self.show_templates)
        self.template_problems_button.hide()
        self.statusBar().addPermanentWidget(self.template_problems_button)
        self.read_only_label = QLabel(self.tr("Read only: the data file is damaged"), self,
                                      objectName="readOnlyLabel")
        self.read_only_label.setStyleSheet("QLabel { color: white; background: #a4262c; padding: 2px 8px; }")
        self.read_only_label.hide()
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.sync = SyncControl(context, self)  # the Sync menu, its button and the status bar's sync corner
        self.sync.enrolled.connect(self._on_enrolled)
        self.sync.sync_finished.connect(self._on_sync_finished)
        self.access_log_check = AccessLogCheckControl(context, self)  # Help menu; a break shows in the status bar
        self._build_menus()
        # Always in view: every access-log entry records the purpose chosen here.
        self.purpose_selector = PurposeSelector(context, self)
        self.statusBar().addPermanentWidget(self.purpose_selector)
        self.statusBar().addPermanentWidget(self._profile_label)
        self.caseload.client_activated.connect(self._on_caseload_client_activated)
        self.caseload.new_client_created.connect(self._on_caseload_client_activated)
        self.client_file.back_requested.connect(self._on_client_file_back_requested)
        self.client_file.client_changed.connect(self.caseload.refresh_client)
        self.client_file.client_deleted.connect(self._on_client_file_client_deleted)
        tab = self.client_file.assessments_tab
        tab.start_visit_requested.connect(self._on_assessments_tab_start_visit_requested)
        tab.continue_visit_requested.connect(self._on_assessments_tab_continue_visit_requested)
        tab.plan_visit_requested.connect(self._on_plan_visit_requested)
        tab.planned_visit_requested.connect(self._on_planned_visit_requested)
        tab.visit_record_requested.connect(self._on_visit_record_requested)
        self.today.open_requested.connect(self._on_today_open_requested)
        self.today.start_visit_requested.connect(self._on_today_start_visit_requested)
        self.today.caseload_requested.connect(self.show_caseload)
        tab.open_assessment_requested.connect(self._on_open_assessment_from_client_file)
        tab.new_assessment_started.connect(self._on_open_assessment_from_client_file)
        self.visit.back_requested.connect(self._on_visit_back_requested)
        self.visit.visit_ended.connect(self._on_visit_back_requested)
        self.visit.open_assessment_requested.connect(self._on_open_assessment_from_visit)
        self.visit.new_assessment_started.connect(self._on_open_assessment_from_visit)
        self.assessment.back_requested.connect(self._on_assessment_back_requested)
        tab.open_session_requested.connect(self._on_open_session_from_client_file)
        tab.new_session_started.connect(self._on_open_session_from_client_file)
        self.visit.open_session_requested.connect(self._on_open_session_from_visit)
        self.visit.new_session_started.connect(self._on_open_session_from_visit)
        self.decision_session.back_requested.connect(self._on_decision_session_back_requested)
        plan_tab = self.client_file.plan_tab
        plan_tab.open_plan_requested.connect(self._on_open_plan_from_client_file)
        plan_tab.new_plan_started.connect(self._on_open_plan_from_client_file)
        self.visit.open_plan_requested.connect(self._on_open_plan_from_visit)
        self.plan.back_requested.connect(self._on_plan_back_requested)
        self.plan.plan_changed.connect(lambda _view: plan_tab.refresh())
        plan_tab.open_budget_requested.connect(self._on_open_budget_requested)
        plan_tab.create_budget_requested.connect(self._on_create_budget_requested)
        self.budget.back_requested.connect(self._on_budget_back_requested)
        self.budget.budget_changed.connect(lambda _view: plan_tab.refresh())
        self.organisation.back_requested.connect(self.show_caseload)
        self.organisation.client_activated.connect(self._on_organisation_client_activated)
        self.organisation.budget_activated.connect(self._on_organisation_budget_activated)
        self.organisation.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.print_queue.back_requested.connect(self.show_caseload)
        self.print_queue.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.conflicts.back_requested.connect(self.show_caseload)
        self.conflicts.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        # A resolution waits in the outbox and the conflict leaves the list: the status bar says so.
        self.conflicts.count_changed.connect(lambda _count: self.sync.refresh())
        self.update_profile()
        self.today.setFocus()  # keys go to the page shown first, not to a page behind it
        self.set_print_station(context.unlocked and context.workspace.print_station)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        lock = QAction(self.tr("&Lock"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))  # also caught app-wide by the idle lock
        lock.triggered.connect(self.lock_requested)
        file_menu.addAction(lock)
        settings = QAction(self.tr("&Settings…"), self)
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.triggered.connect(self.settings_requested)
        file_menu.addAction(settings)
        # The client's own request for their data: offered while a client file is shown.
        self.export_client_action = QAction(self.tr("&Export the client's data…"), self)
        self.export_client_action.setObjectName("exportClientAction")
        self.export_client_action.triggered.connect(self.client_file.export_client_data)
        self.stack.currentChanged.connect(lambda _index: self.export_client_action.setEnabled(
            self.stack.currentWidget() is self.client_file))
        self.export_client_action.setEnabled(False)
        file_menu.addAction(self.export_client_action)
        self.backup_action = QAction(self.tr("&Back up now…"), self)
        self.backup_action.triggered.connect(self.back_up_now)
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        today = QAction(self.tr("&Today"), self)
        today.setShortcut(QKeySequence("Ctrl+1"))
        today.setToolTip(self.tr("Your visits, drafts, reviews and deadlines for today and this week"))
        today.triggered.connect(self.show_today)
        view_menu.addAction(today)
        self._caseload_actions = [today]
        caseload = QAction(self.tr("&Caseload"), self)
        caseload.setShortcut(QKeySequence("Ctrl+4"))
        caseload.triggered.connect(self.show_caseload)
        view_menu.addAction(caseload)
        overview = QAction(self.tr("Personal &budgets overview"), self)
        overview.setShortcut(QKeySequence("Ctrl+2"))
        overview.setToolTip(self.tr("Every client with a personal budget: budgets against reference costs, "
                                    "realised costs and goal attainment"))
        overview.triggered.connect(self.show_organisation)
        view_menu.addAction(overview)
        self._caseload_actions += [caseload, overview]
        print_queue = QAction(self.tr("&Print queue"), self)
        print_queue.setShortcut(QKeySequence("Ctrl+3"))
        print_queue.setToolTip(self.tr("Documents marked for printing at the office, and those printed"))
        print_queue.triggered.connect(self.show_print_queue)
        view_menu.addAction(print_queue)
        sync_menu = self.sync.add_to(self)
        conflicts = QAction(self.tr("Sy&nc conflicts"), self)
        conflicts.setObjectName("conflictsAction")
        conflicts.setToolTip(self.tr("Information changed differently on two devices, for you to decide"))
        conflicts.triggered.connect(self.show_conflicts)
        sync_menu.insertAction(self.sync.enrol_action, conflicts)
        self.purge_action = QAction(self.tr("&Remove synced closed cases…"), self)
        self.purge_action.setObjectName("purgeAction")
        self.purge_action.setToolTip(self.tr("Closed cases that are on the central records server can be removed "
                                             "from this computer"))
        self.purge_action.triggered.connect(lambda: self.show_purge_dialog())
        sync_menu.insertAction(self.sync.enrol_action, self.purge_action)
        sync_menu.insertSeparator(self.sync.enrol_action)
        self.sync.status_bar.conflicts.clicked.connect(self.show_conflicts)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        templates = QAction(self.tr("Assessment &templates…"), self)
        templates.triggered.connect(self.show_templates)
        help_menu.addAction(templates)
        help_menu.addAction(self.access_log_check.action)
        about = QAction(self.tr("&About Sopiva Desk"), self)
        about.triggered.connect(self.about_requested)
        help_menu.addAction(about)

    @property
    def print_station(self) -> bool:
        return self.print_queue.station

    def set_print_station(self, station: bool) -> None:
        """An office print station (a profile enrolled as an office user) has no caseload: it
        opens on the print queue, and Today, the caseload and the budgets overview are not offered."""
        for action in self._caseload_actions:
            action.setVisible(not station)
            action.setEnabled(not station)
        self.print_queue.set_station(station)
        if station:
            self.show_print_queue()
            self.print_queue.view.setFocus()
        elif self.stack.currentWidget() is self.print_queue:
            self.show_today()

    def _on_enrolled(self, enrolment: object) -> None:
        """Enrolled as an office user, this computer becomes a print station at once, not only from
        the next unlock."""
        station = isinstance(enrolment, Enrolment) and enrolment.role == "office"
        if self.context.unlocked:
            self.context.workspace.print_station = station
        self.set_print_station(station)

    def _on_sync_finished(self, result: object) -> None:
        """What a sync pulled (clients assigned or evicted, print jobs and their printed marks)
        shows at once on the page in view; the other pages read theirs when shown."""
        if not isinstance(result, SyncReport) or not self.context.unlocked:
            return
        shown = self.stack.currentWidget()
        if shown is self.print_queue:
            self.print_queue.refresh()
        elif shown is self.conflicts:
            self.conflicts.refresh()
        for label in self.findChildren(SyncStateLabel):  # the record shown, in the header and on its page
            label.refresh()
        self.client_file.after_sync(bool(result.pulled))  # the sync columns of its lists
        if self.print_station:
            return
        if not result.cancelled:
            self.offer_policy_purge()  # only with the setting on and some case it allows
        if result.pulled or result.evicted:
            self.caseload.reload()  # clients came, changed or left
            self.today.reload()
        else:
            self.caseload.refresh_sync_states()

    def update_profile(self) -> None:
        name = self.context.workspace.profile.display_name if self.context.unlocked else ""
        self.setWindowTitle(self.tr("Sopiva Desk — {name}").format(name=name) if name else self.tr("Sopiva Desk"))
        self._profile_label.setText(self.tr("Signed in as {name}").format(name=name) if name else "")
        problems = len(self.context.workspace.templates.problems) if self.context.unlocked else 0
        self.template_problems_button.setText(
            self.tr("Template files left out: {count}").format(count=problems))
        self.template_problems_button.setToolTip(self.tr("Some assessment template files have errors. "
                                                         "Click to see which and why."))
        self.template_problems_button.setVisible(problems > 0)
        self.read_only_label.setVisible(self.context.unlocked and self.context.workspace.integrity.damaged)

    def show_read_only(self) -> None:
        """The profile's data file was found damaged: say so for as long as the window shows it."""
        self.read_only_label.show()

    def show_templates(self) -> None:
        """The templates in use and the files left out (from memory: no store work)."""
        if not self.context.unlocked:
            return
        library = self.context.workspace.templates
        dialog = TemplatesDialog(list(library.templates.values()), library.problems, library.county_folder,
                                 self.context.ui_language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_purge_dialog(self, *, policy: bool = False) -> None:
        """The closed, fully synced cases that may leave this computer, for the counsellor to confirm."""
        self.flush()
        open_purge_dialog(self.context, self, self._on_cases_purged, policy=policy)

    def offer_policy_purge(self) -> None:
        """After a sync: with the setting on, offer the cases it allows (a dialog, never silently)."""
        self.show_purge_dialog(policy=True)

    def _on_cases_purged(self, removed: list[uuid.UUID], listed: int) -> None:
        if self.client_file.client_id in removed:
            self.client_file.clear()
            self.show_caseload()
        for client_id in removed:
            self.caseload.refresh_client(client_id)  # gone from the store: the row goes
        text = self.tr("%n case(s) removed from this computer.", "", len(removed))
        if len(removed) < listed:
            text += " " + self.tr("%n stayed: changed meanwhile.", "", listed - len(removed))
        self.statusBar().showMessage(text, 10000)

    def show_caseload(self) -> None:
        self.flush()
        self.stack.setCurrentWidget(self.caseload)
        self.caseload.setFocus()  # the search

    def show_today(self) -> None:
        """The Today page; it reads its list again when shown."""
        self.flush()
        self.stack.setCurrentWidget(self.today)
        self.today.setFocus()

    def show_organisation(self) -> None:
        if not self.context.unlocked:
            return
        self.flush()
        self.organisation.refresh()
        self.stack.setCurrentWidget(self.organisation)

    def show_print_queue(self) -> None:
        if not self.context.unlocked:
            return
        self.flush()
        self.print_queue.refresh()
        self.stack.setCurrentWidget(self.print_queue)

    def show_conflicts(self) -> None:
        """The conflict screen; it reads the open conflicts again when shown."""
        if not self.context.unlocked:
            return
        self.flush()
        self.conflicts.refresh()
        self.stack.setCurrentWidget(self.conflicts)
        self.conflicts.view.setFocus()

    def _on_caseload_client_activated(self, client_id: uuid.UUID) -> None:
        self._client_return_to = self.caseload
        self.client_file.set_back_label()
        self.client_file.open_client(client_id)
        self.stack.setCurrentWidget(self.client_file)

    def _on_organisation_client_activated(self, client_id: object) -> None:
        self._on_caseload_client_activated(client_id)  # type: ignore[arg-type]
        self._client_return_to = self.organisation
        self.client_file.set_back_label(self.tr("← Personal budgets"),
                                        self.tr("Back to the personal budgets overview (Alt+Left or Esc)"))

    def _on_client_file_back_requested(self) -> None:
        if self._client_return_to is self.organisation:
            self.show_organisation()
            return
        if self._client_return_to is self.today:
            self.show_today()
            return
        self.show_caseload()
        self.caseload.setFocus()

    def _on_client_file_client_deleted(self, client_id: uuid.UUID) -> None:
        self.caseload.refresh_client(client_id)
        self.show_caseload()

    # -- visits and assessments -------------------------------------------------------------

    def _on_assessments_tab_start_visit_requested(self) -> None:
        client_id, name = self.client_file.client_id, self.client_file.client_name
        if client_id is None:
            return
        dialog = StartVisitDialog(self.context, client_id, name, self, address=self.client_file.home_address())
        if dialog.exec() == StartVisitDialog.DialogCode.Accepted and dialog.started_visit is not None:
            self.visit.open_visit(dialog.started_visit, client_id, name)
            self.stack.setCurrentWidget(self.visit)

    def _on_assessments_tab_continue_visit_requested(self, visit: object) -> None:
        client_id, name = self.client_file.client_id, self.client_file.client_name
        if client_id is None or not isinstance(visit, VisitView):
            return
        self.visit.open_visit(visit, client_id, name)
        self.stack.setCurrentWidget(self.visit)

    def _on_plan_visit_requested(self) -> None:
        self._show_plan_visit_dialog(None)

    def _on_planned_visit_requested(self, visit: object) -> None:
        if isinstance(visit, VisitView):
            self._show_plan_visit_dialog(visit)

    def _show_plan_visit_dialog(self, visit: VisitView | None) -> None:
        """Plan a visit with the open client, or move, start or cancel a planned one (window-modal)."""
        client_id, name = self.client_file.client_id, self.client_file.client_name
        if client_id is None:
            return
        dialog = PlanVisitDialog(self.context, client_id, name, self.client_file.home_address(), visit, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result, d=dialog: self._on_plan_visit_finished(d, client_id, name))
        self.plan_visit_dialog = dialog
        dialog.open()

    def _on_plan_visit_finished(self, dialog: PlanVisitDialog, client_id: uuid.UUID, name: str) -> None:
        self.plan_visit_dialog = None
        if dialog.action:
            self.client_file.assessments_tab.refresh()
        if dialog.action == "started" and dialog.result_visit is not None:
            self.visit.open_visit(dialog.result_visit, client_id, name)
            self.stack.setCurrentWidget(self.visit)

    def _on_visit_record_requested(self, visit: object) -> None:
        """An ended or cancelled visit, read-only with what was recorded in it."""
        if not isinstance(visit, VisitView):
            return
        context, language = self.context, self.context.ui_language

        def read() -> tuple[VisitSummary, dict[tuple[str, int], str]]:
            summary = context.workspace.visits.visit_record(visit.id)
            library = context.workspace.templates
            titles = {}
            for found in (*summary.completed, *summary.drafts):
                template = library.get(found.template_id, found.template_version)
                if template is not None:
                    titles[template.ref] = template.title.get(language)
            return summary, titles

        def show(result: tuple[VisitSummary, dict[tuple[str, int], str]]) -> None:
            dialog = VisitSummaryDialog(result[0], result[1], self, record=True)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _result: setattr(self, "visit_record_dialog", None))
            self.visit_record_dialog = dialog
            dialog.open()

        context.run(read, parent=self, on_success=show)

    def _on_visit_back_requested(self, *_: object) -> None:
        self.client_file.assessments_tab.refresh()
        self.stack.setCurrentWidget(self.client_file)

    def _open_assessment(self, assessment_id: object, return_to: QWidget) -> None:
        self._assessment_return_to = return_to
        self.assessment.open_assessment(assessment_id)
        self.stack.setCurrentWidget(self.assessment)

    def _on_open_assessment_from_client_file(self, assessment_id: object) -> None:
        self._open_assessment(assessment_id, self.client_file)

    def _on_open_assessment_from_visit(self, assessment_id: object) -> None:
        self._open_assessment(assessment_id, self.visit)

    def _on_assessment_back_requested(self) -> None:
        if self._assessment_return_to is self.visit:
            self.visit.refresh_assessments()
        else:
            self.client_file.assessments_tab.refresh()
        self.stack.setCurrentWidget(self._assessment_return_to)

    def _open_session(self, session_id: object, return_to: QWidget) -> None:
        self._session_return_to = return_to
        self.decision_session.open_session(session_id)  # type: ignore[arg-type]
        self.stack.setCurrentWidget(self.decision_session)

    def _on_open_session_from_client_file(self, session_id: object) -> None:
        self._open_session(session_id, self.client_file)

    def _on_open_session_from_visit(self, session_id: object) -> None:
        self._open_session(session_id, self.visit)

    def _on_decision_session_back_requested(self) -> None:
        if self._session_return_to is self.visit:
            self.visit.refresh_assessments()  # also the visit's sessions
        else:
            self.client_file.assessments_tab.refresh()
        self.stack.setCurrentWidget(self._session_return_to)

    # -- plans and budgets ----------------------------------------------------------------

    def _open_plan(self, plan_id: object, return_to: QWidget) -> None:
        self._plan_return_to = return_to
        self.plan.open_plan(plan_id)  # type: ignore[arg-type]
        self.stack.setCurrentWidget(self.plan)

    def _on_open_plan_from_client_file(self, plan_id: object) -> None:
        self._open_plan(plan_id, self.client_file)

    def _on_open_plan_from_visit(self, plan_id: object) -> None:
        self._open_plan(plan_id, self.visit)

    def _on_plan_back_requested(self) -> None:
        self.client_file.plan_tab.refresh()
        self.client_file.assessments_tab.refresh()  # the case phase follows the plan
        self.stack.setCurrentWidget(self._plan_return_to)

    def _open_budget(self, budget_id: object, return_to: QWidget) -> None:
        self._budget_return_to = return_to
        self.budget.open_budget(budget_id)  # type: ignore[arg-type]
        self.stack.setCurrentWidget(self.budget)

    def _on_open_budget_requested(self, budget_id: object) -> None:
        self._open_budget(budget_id, self.client_file)

    def _on_organisation_budget_activated(self, budget_id: object) -> None:
        self._open_budget(budget_id, self.organisation)

    def _on_create_budget_requested(self, plan_id: object) -> None:
        tab = self.client_file.plan_tab
        dialog = CreateBudgetDialog(self.context, plan_id, self, budgets=tab.data.budgets)  # type: ignore[arg-type]
        if dialog.exec() == CreateBudgetDialog.DialogCode.Accepted and dialog.created_budget is not None:
            tab.refresh()
            self._on_open_budget_requested(dialog.created_budget.id)

    def _on_budget_back_requested(self) -> None:
        if self._budget_return_to is self.organisation:
            self.show_organisation()  # its figures follow what was recorded in the budget
            return
        self.client_file.plan_tab.refresh()
        self.stack.setCurrentWidget(self.client_file)

    # -- the Today page -------------------------------------------------------------------

    def _open_client_from_today(self, row: TodayRow, tab: QWidget) -> None:
        self._client_return_to = self.today
        self.client_file.set_back_label(self.tr("← Today"), self.tr("Back to the Today page (Alt+Left or Esc)"))
        self.client_file.open_client(row.client_id, tab)  # type: ignore[arg-type]
        self.stack.setCurrentWidget(self.client_file)

    def _on_today_open_requested(self, row: object) -> None:
        """A row of the Today page: the client's file on the right tab, and over it the record the
        row is about (so Back leads to the file, and from there to Today)."""
        if not isinstance(row, TodayRow):
            return
        plan_side = row.kind == "review" or row.draft_kind in (DraftKind.PLAN, DraftKind.BUDGET)
        self._open_client_from_today(row, self.client_file.plan_tab if plan_side else self.client_file.assessments_tab)
        if row.visit is not None and row.visit.status == "open":
            self.visit.open_visit(row.visit, row.client_id, row.full_name)  # type: ignore[arg-type]
            self.stack.setCurrentWidget(self.visit)
        elif row.kind == "deadline" or row.draft_kind == DraftKind.ASSESSMENT:
            self._open_assessment(row.record_id, self.client_file)
        elif row.kind == "follow_up" or row.draft_kind == DraftKind.SESSION:
            self._open_session(row.record_id, self.client_file)
        elif row.draft_kind == DraftKind.PLAN:
            self._open_plan(row.record_id, self.client_file)
        elif row.draft_kind == DraftKind.BUDGET:
            self._on_open_budget_requested(row.record_id)

    def _on_today_start_visit_requested(self, row: object) -> None:
        """Start a planned visit from the Today page: it opens at once, over the client's file."""
        if not isinstance(row, TodayRow) or row.visit is None:
            return
        context, visit_id = self.context, row.visit.id

        def started(visit: VisitView) -> None:
            self._open_client_from_today(row, self.client_file.assessments_tab)
            self.visit.open_visit(visit, row.client_id, row.full_name)  # type: ignore[arg-type]
            self.stack.setCurrentWidget(self.visit)

        def refused(error: ValidationError) -> None:
            if isinstance(error, VisitAlreadyOpen):  # another visit of this client is still open
                choice = ask_about_open_visit(self, error.visit, row.full_name)
                if choice == 0:
                    started(error.visit)
                elif choice == 1:
                    context.run(lambda: context.workspace.visits.start_planned_visit(visit_id, another=True),
                                parent=self, on_success=started, on_invalid=refused)
                return
            prompts.show_error(self, self.tr("Start visit"), "\n".join(issue_text(i) for i in error.issues))
            self.today.reload()

        context.run(lambda: context.workspace.visits.start_planned_visit(visit_id), parent=self,
                    on_success=started, on_invalid=refused)

    def back_up_now(self) -> None:
        """File → Back up now…: an encrypted, checked backup to a chosen file (docs/admin.md)."""
        from sopiva_desk.gui.dialogs.backup_settings import back_up_now  # loads the backup services

        self.flush()  # what is typed goes into the backup
        back_up_now(self.context, self)

    def prepare_for_lock(self) -> None:
        """Save what is typed and close the client view: only the lock screen may show now."""
        self.flush()
        self.decision_session.close_client_view()
        self.sync.prepare_for_lock()  # a running sync stops at its next batch or page

    def flush(self) -> None:
        """Send every edit still waiting for its debounce, on every page."""
        self.client_file.flush()
        self.visit.flush()
        self.assessment.flush()
        self.decision_session.flush()
        self.plan.flush()
        self.budget.flush()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.flush()
        self.sync.prepare_for_lock()  # quitting waits for the sync lane: let it stop soon
        self.decision_session.close_client_view()
        self.close_requested.emit()
        event.accept()
