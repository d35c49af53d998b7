"""How to open each window of ``window_catalogue.discover()`` with realistic content.

Each builder yields ``(state, window)``: the window to check, in each state worth checking.
Keys are ``module.Class`` below ``sopiva_desk.gui``. See ``window_catalogue`` for the rules.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

from PySide6.QtWidgets import QWizard

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.gui.dialogs.access_log_check import AccessLogCheckDialog
from sopiva_desk.gui.dialogs.access_report import AccessReportDialog
from sopiva_desk.gui.dialogs.amend_assessment import AmendAssessmentDialog
from sopiva_desk.gui.dialogs.assessment_history import AssessmentHistoryDialog
from sopiva_desk.gui.dialogs.budget_commitment import AddCommitmentDialog, RecordUseDialog
from sopiva_desk.gui.dialogs.budget_form import DecideBudgetDialog, ReasonDialog
from sopiva_desk.gui.dialogs.budget_history import BudgetHistoryDialog
from sopiva_desk.gui.dialogs.close_person import AddClosePersonDialog
from sopiva_desk.gui.dialogs.create_budget import CreateBudgetDialog
from sopiva_desk.gui.dialogs.disclosure import DisclosureDialog
from sopiva_desk.gui.dialogs.document_preview import DocumentPreviewDialog, open_preview
from sopiva_desk.gui.dialogs.enrol import EnrolDialog
from sopiva_desk.gui.dialogs.export_options import ExportOptionsDialog
from sopiva_desk.gui.dialogs.first_run import FirstRunWizard
from sopiva_desk.gui.dialogs.pictogram_picker import PictogramPickerDialog
from sopiva_desk.gui.dialogs.plan_history import PlanHistoryDialog
from sopiva_desk.gui.dialogs.plan_visit import CancelVisitDialog, PlanVisitDialog
from sopiva_desk.gui.dialogs.purge_cases import PurgeCasesDialog
from sopiva_desk.gui.dialogs.refused_changes import RefusedChangesDialog
from sopiva_desk.gui.dialogs.review_dialog import ReviewDialog
from sopiva_desk.gui.dialogs.session_history import SessionHistoryDialog
from sopiva_desk.gui.dialogs.settings import SettingsDialog
from sopiva_desk.gui.dialogs.start_visit import StartVisitDialog
from sopiva_desk.gui.dialogs.store_damage import StoreDamageDialog
from sopiva_desk.gui.dialogs.templates_dialog import TemplatesDialog
from sopiva_desk.gui.dialogs.visit_summary import VisitSummaryDialog
from sopiva_desk.gui.unlock_window import UnlockWindow
from sopiva_desk.gui.widgets.plan_agree import AgreePlanDialog
from sopiva_desk.services import access_log_check as log_check
from sopiva_desk.services.backup import BackupSettings, automatic_file_name
from sopiva_desk.services.backup_restore import RestoreResult
from sopiva_desk.services.integrity import DamageReport
from sopiva_desk.services.profiles import ProfileSummary
from sopiva_desk.services.sync import errors as sync_errors
from sopiva_desk.services.sync.certificates import ServerCertificate
from sopiva_desk.services.sync.enrolment import Enrolment
from sopiva_desk.services.sync.purge import ClosedCase, KeptReason, PurgeReview
from sopiva_desk.services.sync.status import RejectedChange
from tests.gui.window_catalogue import TODAY, Builder, Look, State, click, newest, shown


def _page(look: Look, page: object) -> State:
    window = look.main_window
    window.stack.setCurrentWidget(page)
    return type(page).__name__, shown(window)


# -- pages (in the main window) ------------------------------------------------------------


def main_window(look: Look) -> Iterator[State]:
    look.main_window.caseload.reload()
    yield _page(look, look.main_window.caseload)


def today(look: Look) -> Iterator[State]:
    look.main_window.show_today()
    yield _page(look, look.main_window.today)


def client_file(look: Look) -> Iterator[State]:
    window = look.main_window
    for number, client_id in enumerate([look.desk.client_id, *look.desk.other_clients]):
        window.caseload.client_activated.emit(client_id)
        state, shown_window = _page(look, window.client_file)  # the checks visit every tab
        yield f"{state} of client {number + 1}", shown_window


def visit(look: Look) -> Iterator[State]:
    client_id, name = look.desk.open_visit_client
    look.main_window.visit.open_visit(look.desk.open_visit.id, client_id, name)
    yield _page(look, look.main_window.visit)


def assessment(look: Look) -> Iterator[State]:
    page = look.main_window.assessment
    page.open_assessment(look.desk.assessment_id)
    yield _page(look, page)
    page.open_assessment(look.desk.draft_assessment_id)
    state, window = _page(look, page)
    click(page.complete_button)  # a draft: the list of what is missing opens beside the navigator
    yield f"{state} with what is missing", window


def decision_session(look: Look) -> Iterator[State]:
    look.main_window.decision_session.open_session(look.desk.session_id)
    yield _page(look, look.main_window.decision_session)


def plan(look: Look) -> Iterator[State]:
    page = look.main_window.plan
    page.open_plan(look.desk.plan_id)
    state, window = _page(look, page)
    yield f"{state} agreed", window
    plans = look.desk.workspace.plans
    drafts = [p for c in look.desk.other_clients for p in plans.for_client(c) if p.status == "draft"]
    page.open_plan(drafts[0].id)  # editable: every add button shows
    yield f"{state} draft", window


def agree_plan(look: Look) -> Iterator[State]:
    """The plan page opens it once nothing is missing; the page's refusal shows under the date."""
    dialog = AgreePlanDialog(TODAY, look.main_window.plan)
    yield "", shown(dialog)
    dialog.date_edit.setText("31.2.2026")
    dialog.agree_button.click()  # the date is read by the dialog itself: its message shows
    yield "with messages", dialog
    dialog.reject()


def budget(look: Look) -> Iterator[State]:
    look.main_window.budget.open_budget(look.desk.budget_id)
    yield _page(look, look.main_window.budget)


def organisation(look: Look) -> Iterator[State]:
    look.main_window.show_organisation()
    yield _page(look, look.main_window.organisation)


def print_queue(look: Look) -> Iterator[State]:
    look.main_window.show_print_queue()
    yield _page(look, look.main_window.print_queue)
    look.main_window.set_print_station(True)  # an office user's profile: the station's home page
    state, window = _page(look, look.main_window.print_queue)
    yield f"{state} of the office print station", window
    look.main_window.set_print_station(False)


def conflicts(look: Look) -> Iterator[State]:
    page = look.main_window.conflicts
    look.main_window.show_conflicts()
    _page(look, page)  # the list arrives from the (immediate) runner by a queued signal
    assert len(page.conflicts()) == 3
    for row, name in enumerate(("phone and address", "a long text", "a list")):
        page.select(row)
        state, window = _page(look, page)
        yield f"{state} {name}", window


def unlock_window(look: Look) -> Iterator[State]:
    window = UnlockWindow(look.context)
    yield "start", shown(window)
    locked = UnlockWindow(look.context, locked_profile_id=look.desk.workspace.profile.profile_id)
    yield "locked", shown(locked)
    for each in (window, locked):
        each.close()
        each.deleteLater()


def client_view(look: Look) -> Iterator[State]:
    page = look.main_window.decision_session
    page.open_session(look.desk.session_id)
    _page(look, page)
    click(page.client_view_button)
    assert page.client_window is not None
    yield "sorting", shown(page.client_window)
    page.client_window.show_wellbeing(None)
    yield "how are things", page.client_window
    page.close_client_view()


# -- dialogs -------------------------------------------------------------------------------


def review(look: Look) -> Iterator[State]:
    dialog = ReviewDialog(look.context, look.desk.review_id, look.main_window)
    yield "draft", shown(dialog)
    click(dialog.complete_button)  # refused: every missing rating is listed
    yield "after Complete", dialog
    dialog.close()


def amend(look: Look) -> Iterator[State]:
    page = look.main_window.assessment
    page.open_assessment(look.desk.assessment_id)
    _page(look, page)
    click(page.amend_button)
    yield "assessment", newest(page, AmendAssessmentDialog)
    plan_page = look.main_window.plan
    plan_page.open_plan(look.desk.plan_id)
    _page(look, plan_page)
    click(plan_page.new_version_button)
    yield "plan", newest(plan_page, AmendAssessmentDialog)


def assessment_history(look: Look) -> Iterator[State]:
    page = look.main_window.assessment
    page.open_assessment(look.desk.assessment_id)
    _page(look, page)
    click(page.history_button)
    yield "", newest(page, AssessmentHistoryDialog)


def plan_history(look: Look) -> Iterator[State]:
    page = look.main_window.plan
    page.open_plan(look.desk.plan_id)
    _page(look, page)
    click(page.history_button)
    yield "", newest(page, PlanHistoryDialog)


def session_history(look: Look) -> Iterator[State]:
    page = look.main_window.decision_session
    page.open_session(look.desk.session_id)
    _page(look, page)
    click(page.history_button)
    yield "", newest(page, SessionHistoryDialog)


def _budget_page(look: Look) -> object:
    page = look.main_window.budget
    page.open_budget(look.desk.budget_id)
    _page(look, page)
    return page


def budget_history(look: Look) -> Iterator[State]:
    page = _budget_page(look)
    click(page.history_button)
    yield "", newest(page, BudgetHistoryDialog)


def add_commitment(look: Look) -> Iterator[State]:
    page = _budget_page(look)
    click(page.follow_up.add_commitment_button)
    dialog = newest(page, AddCommitmentDialog)
    yield "", dialog
    dialog.show_issues(ValidationError([Issue("number", "field.required"), Issue("max_cents", "money.invalid")]))
    yield "with messages", dialog


def record_use(look: Look) -> Iterator[State]:
    page = _budget_page(look)
    click(page.follow_up.record_use_button)
    dialog = newest(page, RecordUseDialog)
    yield "", dialog
    dialog.reject()
    uses = look.desk.workspace.budgets.entries(look.desk.budget_id).uses
    page.follow_up.correct_requested.emit("uses", uses[0].use.id)  # correcting: the reason too
    dialog = newest(page, RecordUseDialog)
    yield "correcting", dialog
    dialog.reject()


def cancel_entry(look: Look) -> Iterator[State]:
    page = _budget_page(look)
    uses = look.desk.workspace.budgets.entries(look.desk.budget_id).uses
    page.follow_up.cancel_requested.emit("uses", uses[0].use.id)
    dialog = newest(page, ReasonDialog)
    yield "use", dialog
    dialog.show_issues(ValidationError([Issue("reason", "field.required")]))
    yield "with messages", dialog
    dialog.reject()


def decide_budget(look: Look) -> Iterator[State]:
    dialog = DecideBudgetDialog(TODAY, look.main_window.budget)  # the desk's budget is decided already
    yield "", shown(dialog)
    dialog.show_issues(ValidationError([Issue("decision_date", "field.required")]))
    yield "with messages", dialog
    dialog.reject()


def create_budget(look: Look) -> Iterator[State]:
    dialog = CreateBudgetDialog(look.context, look.desk.plan_id, look.main_window, today=TODAY)
    yield "", shown(dialog)
    dialog.reject()


def add_close_person(look: Look) -> Iterator[State]:
    window = look.main_window
    window.caseload.client_activated.emit(look.desk.client_id)
    _page(look, window.client_file)
    window.client_file.tabs.setCurrentIndex(0)
    click(window.client_file.add_person_button)
    yield "", newest(window.client_file, AddClosePersonDialog)


def _preview(look: Look) -> DocumentPreviewDialog:
    dialog = open_preview(look.main_window.plan, look.context, "client_plan", look.desk.plan_id)
    assert dialog is not None
    return dialog


def document_preview(look: Look) -> Iterator[State]:
    dialog = _preview(look)
    yield "", shown(dialog)
    dialog.reject()


def disclosure(look: Look) -> Iterator[State]:
    preview = _preview(look)
    shown(preview)
    click(preview.disclosure_button)
    yield "", newest(preview, DisclosureDialog)
    preview.reject()
    page = _client_access_log(look)
    click(page.record_disclosure_button)
    yield "of data without a document", newest(page, DisclosureDialog)


def _client_access_log(look: Look) -> object:
    window = look.main_window
    window.caseload.client_activated.emit(look.desk.client_id)
    page = window.client_file
    window.stack.setCurrentWidget(page)
    page.tabs.setCurrentWidget(page.log_view.parentWidget())
    shown(window)
    return page


def access_report(look: Look) -> Iterator[State]:
    page = _client_access_log(look)
    click(page.report_button)
    dialog = newest(page, AccessReportDialog)
    yield "", dialog
    dialog.reject()


def export_options(look: Look) -> Iterator[State]:
    preview = _preview(look)
    dialog = ExportOptionsDialog(look.context, shown(preview))  # the preview opens it with exec()
    yield "", shown(dialog)
    dialog.protect_check.setChecked(True)
    dialog.password_edit.setText("salasana1")
    dialog.repeat_edit.setText("salasana2")
    dialog.buttons.accepted.emit()
    yield "refused", dialog
    dialog.reject()
    preview.reject()


def first_run(look: Look) -> Iterator[State]:
    wizard = FirstRunWizard(look.context)
    yield "welcome", shown(wizard)
    wizard.next()
    page = wizard.profile_page
    page.show_issues([Issue("display_name", "field.required"), Issue("passphrase", "passphrase.too_short"),
                      Issue("passphrase", "passphrase.weak"), Issue("repeat", "passphrase.mismatch")])
    yield "profile with messages", wizard
    wizard.button(QWizard.WizardButton.CancelButton).click()
    wizard.deleteLater()


def new_client(look: Look) -> Iterator[State]:
    dialog = look.main_window.caseload.open_new_client_dialog()
    yield "", shown(dialog)
    dialog.reject()


def pictogram_picker(look: Look) -> Iterator[State]:
    dialog = PictogramPickerDialog(look.language, None, look.main_window)  # choose_pictogram() execs it
    yield "", shown(dialog)
    dialog.reject()


def settings(look: Look) -> Iterator[State]:
    backups = look.desk.workspace.backups
    last = BackupSettings(str(look.desk.data_dir / "Varmuuskopiot USB-muistitikulla"), 7, 1,
                          datetime(2026, 3, 2, 16, 5, tzinfo=UTC),
                          str(look.desk.data_dir / "Varmuuskopiot USB-muistitikulla" /
                              automatic_file_name(look.desk.workspace.profile.profile_id, datetime.now(UTC))),
                          "backup.folder_missing")  # the longest status: a path and why the last one failed
    dialog = SettingsDialog(look.context, look.desk.data_dir, 5, look.main_window, backups=backups.settings())
    yield "", shown(dialog)
    dialog.old_pass.setText("väärä")
    dialog.new_pass.setText("lyhyt")
    dialog.repeat_pass.setText("lyhyt2")
    click(dialog.change_button)
    yield "passphrase refused", dialog
    dialog.reject()
    dialog = SettingsDialog(look.context, look.desk.data_dir, 5, look.main_window, backups=last)
    dialog.tabs.setCurrentWidget(dialog.backups)
    dialog.backups.show_issues([Issue("backup_folder", "backup.folder_missing")])
    yield "backups, the last one failed", shown(dialog)
    dialog.tabs.setCurrentWidget(dialog.security)
    dialog.security.passphrase.setText("väärä")
    click(dialog.security.button)
    yield "security, passphrase refused", dialog
    dialog.reject()


def restore_backup(look: Look) -> Iterator[State]:
    """Opened from the unlock window; a real backup of the desk chosen, a wrong passphrase, then
    restored as a profile of a sync user (the longest outcome: enrol again, no recovery key)."""
    window = UnlockWindow(look.context)
    shown(window)
    window.show_restore_dialog()
    dialog = window.restore_dialog
    yield "nothing chosen", shown(dialog)
    target = look.desk.data_dir / f"backup-{look.language}-{round(look.scale * 100)}.sopiva-backup"
    if not target.exists():
        look.desk.workspace.backups.back_up_to(target)
    dialog.choose(target)
    dialog.passphrase.setText("väärä tunnuslause")
    click(dialog.restore_button)
    yield "wrong passphrase", dialog
    dialog._on_restored(RestoreResult(ProfileSummary("x", "Eeva Esimerkki (demo) (palautettu)"),  # noqa: SLF001
                                      datetime.now(UTC), was_enrolled=True, has_recovery=False))
    yield "restored", dialog
    dialog.reject()
    window.close()
    window.deleteLater()


def purge_cases(look: Look) -> Iterator[State]:
    """The demo's clients as closed cases, some going and one staying for each reason (the longest
    texts), as offered after a sync with the setting on."""
    rows = look.desk.workspace.clients.caseload()
    reasons = [KeptReason.DRAFT, KeptReason.CHANGED_SINCE_SYNC, KeptReason.NEVER_SYNCED, KeptReason.TOO_RECENT]
    closed = datetime(2026, 1, 15, 10, 30, tzinfo=UTC)
    cases = [ClosedCase(row.id, f"{row.last_name}, {row.first_names}", closed) for row in rows[:12]]
    review = PurgeReview(tuple(cases[:8]), tuple(ClosedCase(case.client_id, case.name, case.closed_at, reason)
                                                  for case, reason in zip(cases[8:], reasons, strict=True)),
                         datetime(2026, 3, 2, 14, 5, tzinfo=UTC), 90)
    dialog = PurgeCasesDialog(look.context, review, look.main_window, policy=True)
    yield "", shown(dialog)
    dialog.reject()
    dialog.deleteLater()


def access_log_check(look: Look) -> Iterator[State]:
    """The demo's log checked (intact), then as a tampered log reads: the longest texts, the first
    broken entry named with a client, and the list of everything found."""
    intact = look.desk.workspace.check_access_log()
    dialog = AccessLogCheckDialog(look.context, look.main_window, intact)
    yield "intact", shown(dialog)
    at = datetime(2026, 2, 27, 14, 5, tzinfo=UTC)
    edited = log_check.EntrySummary(212, at, "Joku Muu", "update", "client_plan", "client_work", look.desk.client_name)
    later = log_check.EntrySummary(1480, at, "Demo Ohjaaja", "view", "personal_budget", "follow_up",
                                   look.desk.client_name)
    listing = log_check.EntrySummary(1502, at, "Demo Ohjaaja", "view", "caseload", "client_work")
    broken = log_check.LogCheck(1510, [
        log_check.Finding(log_check.EDITED, 212, edited),
        log_check.Finding(log_check.COUNTERSIGN_MISMATCH, 1480, later),
        log_check.Finding(log_check.LISTING_CHANGED, 1502, listing),
        log_check.Finding(log_check.TRUNCATED, 1508, None, {"signed": 1510, "newest": 1508}),
    ], 1508, 1510, 1480)
    dialog.show_result(broken)
    yield "broken", dialog
    dialog.reject()
    dialog.deleteLater()


def _planned_visit(look: Look) -> object:
    """A visit planned for tomorrow with the desk's client (made once, then reused)."""
    visits = look.desk.workspace.visits
    planned = [v for v in visits.visits_for_client(look.desk.client_id) if v.status == "planned"]
    return planned[0] if planned else visits.plan_visit(
        look.desk.client_id, date.today() + timedelta(days=1), "9.30", "home_visit", "Kirkkotie 4, Mikkeli",
        "Ota mukaan kuvakansio ja edellisen suunnitelman selkoversio.")


def plan_visit(look: Look) -> Iterator[State]:
    window = look.main_window
    window.caseload.client_activated.emit(look.desk.client_id)
    _page(look, window.client_file)
    click(window.client_file.assessments_tab.plan_visit_button)
    dialog = newest(window, PlanVisitDialog)
    yield "new", dialog
    dialog.day_edit.setText("31.2.2027")
    dialog.time_edit.setText("")
    click(dialog.save_button)  # refused: each reason under its field
    yield "with messages", dialog
    dialog.close()
    window.client_file.assessments_tab.planned_visit_requested.emit(_planned_visit(look))
    planned = newest(window, PlanVisitDialog)
    yield "planned", planned
    planned.close()


def cancel_visit(look: Look) -> Iterator[State]:
    window = look.main_window
    window.caseload.client_activated.emit(look.desk.client_id)
    _page(look, window.client_file)
    window.client_file.assessments_tab.planned_visit_requested.emit(_planned_visit(look))
    planned = newest(window, PlanVisitDialog)
    assert planned.cancel_visit_button is not None
    click(planned.cancel_visit_button)
    dialog = newest(planned, CancelVisitDialog)
    yield "", dialog
    dialog.close()
    planned.close()


def start_visit(look: Look) -> Iterator[State]:
    dialog = StartVisitDialog(look.context, look.desk.client_id, look.desk.client_name, look.main_window)
    yield "", shown(dialog)
    dialog.reject()


def templates(look: Look) -> Iterator[State]:
    look.main_window.show_templates()
    yield "", newest(look.main_window, TemplatesDialog)


def visit_summary(look: Look) -> Iterator[State]:
    desk = look.desk
    visit = desk.workspace.visits.start_visit(desk.client_id, "home_visit", "Asiakkaan koti")
    page = look.main_window.visit
    page.open_visit(visit.id, desk.client_id, desk.client_name)
    _page(look, page)
    click(page.end_button)
    yield "", newest(page, VisitSummaryDialog)


def enrol(look: Look) -> Iterator[State]:
    again = Enrolment("https://asiakastiedot.keski-suomi.example.fi", "d1", "u1", "Olli Ohjaaja", "counsellor", False)
    dialog = EnrolDialog(look.context, again, "Ohjaajan-kannettava-0042", look.main_window)
    yield "", shown(dialog)
    dialog.server_edit.setText("https://asiakastiedot.keski-suomi.example.fi")
    dialog.show_failure(sync_errors.OfflineError())
    dialog.show_failure(sync_errors.EnrolmentCodeError())
    dialog.show_invalid(ValidationError([Issue("device_name", "field.too_long", {"max": 100})]))
    dialog.show_failure(sync_errors.ClockSkewError(server_time="2026-03-02T09:00:00+00:00",
                                                   device_time="2026-03-02T09:12:00+00:00"))
    yield "with messages", dialog
    certificate = ServerCertificate(
        pem="", subject="asiakastiedot.keski-suomi.example.fi, Keski-Suomen hyvinvointialue, Jyväskylä, FI",
        issuer="Keski-Suomen hyvinvointialueen tietohallinnon varmenne, Keski-Suomen hyvinvointialue, FI",
        not_before=datetime(2026, 1, 1, tzinfo=UTC), not_after=datetime(2027, 1, 1, tzinfo=UTC),
        sha256="3FA29B10" * 8, self_signed=False, problem="")
    dialog.show_certificate("https://asiakastiedot.keski-suomi.example.fi", certificate)
    yield "certificate", dialog
    dialog.show_certificate("https://asiakastiedot.keski-suomi.example.fi", ServerCertificate(
        **{**certificate.__dict__, "problem": "Hostname mismatch, certificate is not valid for 'records.example.fi'."}))
    yield "certificate with a problem", dialog
    dialog.reject()


def refused_changes(look: Look) -> Iterator[State]:
    desk = look.desk
    made = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    refused = [RejectedChange(entity, desk.client_id, desk.client_id, f"{desk.client_name}", reason, made)
               for entity, reason in (("client", "out_of_scope"), ("client_plan", "purged"),
                                      ("payment_commitment", "invalid"), ("assessment_change", "append_only"),
                                      ("visit", "something_new"), ("client", "duplicate_identity_code"),
                                      ("payment_commitment", "duplicate_commitment_number"))]
    dialog = RefusedChangesDialog(refused, look.language, look.main_window, held=2)
    yield "", shown(dialog)
    dialog.reject()


def store_damage(look: Look) -> Iterator[State]:
    for state, report in (("found while open", DamageReport(True, 1234, 56)),
                          ("never enrolled", DamageReport(False, 12, 3)),
                          ("at unlock", None)):
        dialog = StoreDamageDialog("profile", report, look.main_window)
        yield state, shown(dialog)
        dialog.reject()


BUILDERS: dict[str, Builder] = {
    "main_window.MainWindow": main_window,
    "unlock_window.UnlockWindow": unlock_window,
    "pages.caseload.CaseloadPage": main_window,
    "pages.today.TodayPage": today,
    "pages.client_file.ClientFilePage": client_file,
    "pages.visit.VisitPage": visit,
    "pages.assessment.AssessmentPage": assessment,
    "pages.decision_session.DecisionSessionPage": decision_session,
    "pages.plan.PlanPage": plan,
    "widgets.plan_agree.AgreePlanDialog": agree_plan,
    "pages.budget.BudgetPage": budget,
    "pages.organisation.OrganisationPage": organisation,
    "pages.print_queue.PrintQueuePage": print_queue,
    "pages.conflicts.ConflictsPage": conflicts,
    "client_view.window.ClientViewWindow": client_view,
    "dialogs.review_dialog.ReviewDialog": review,
    "dialogs.amend_assessment.AmendAssessmentDialog": amend,
    "dialogs.assessment_history.AssessmentHistoryDialog": assessment_history,
    "dialogs.plan_history.PlanHistoryDialog": plan_history,
    "dialogs.session_history.SessionHistoryDialog": session_history,
    "dialogs.budget_history.BudgetHistoryDialog": budget_history,
    "dialogs.budget_commitment.AddCommitmentDialog": add_commitment,
    "dialogs.budget_commitment.RecordUseDialog": record_use,
    "dialogs.budget_form.ReasonDialog": cancel_entry,
    "dialogs.budget_form.DecideBudgetDialog": decide_budget,
    "dialogs.create_budget.CreateBudgetDialog": create_budget,
    "dialogs.close_person.AddClosePersonDialog": add_close_person,
    "dialogs.document_preview.DocumentPreviewDialog": document_preview,
    "dialogs.disclosure.DisclosureDialog": disclosure,
    "dialogs.access_report.AccessReportDialog": access_report,
    "dialogs.export_options.ExportOptionsDialog": export_options,
    "dialogs.first_run.FirstRunWizard": first_run,
    "dialogs.new_client.NewClientDialog": new_client,
    "dialogs.pictogram_picker.PictogramPickerDialog": pictogram_picker,
    "dialogs.settings.SettingsDialog": settings,
    "dialogs.restore_backup.RestoreBackupDialog": restore_backup,
    "dialogs.purge_cases.PurgeCasesDialog": purge_cases,
    "dialogs.access_log_check.AccessLogCheckDialog": access_log_check,
    "dialogs.start_visit.StartVisitDialog": start_visit,
    "dialogs.plan_visit.PlanVisitDialog": plan_visit,
    "dialogs.plan_visit.CancelVisitDialog": cancel_visit,
    "dialogs.templates_dialog.TemplatesDialog": templates,
    "dialogs.visit_summary.VisitSummaryDialog": visit_summary,
    "dialogs.enrol.EnrolDialog": enrol,
    "dialogs.refused_changes.RefusedChangesDialog": refused_changes,
    "dialogs.store_damage.StoreDamageDialog": store_damage,
}
