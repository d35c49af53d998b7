"""The Today page: sections of the counsellor's work, words and icons for what is due, keyboard use,
and (through the main window) every row opening the right place."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from sopiva_desk.domain.deadlines import Deadline, DeadlineKind, LegalBasis
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.main_window import MainWindow
from sopiva_desk.gui.models.today_model import ROW_ROLE, TodayModel, TodayRow, due_words
from sopiva_desk.gui.pages.today import TodayPage
from sopiva_desk.gui.tasks import ImmediateTaskRunner
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.today import ClientRef, DeadlineItem, TodayOverview
from sopiva_desk.services.workspace import Workspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TODAY = date.today()
TEMPLATE = "vammaispalvelut-pta"


@pytest.fixture
def context(profile_service: ProfileService, workspace: Workspace) -> AppContext:
    context = AppContext(profile_service, ImmediateTaskRunner(), ui_language="en")
    context.set_workspace(workspace)
    return context


@pytest.fixture
def page(qtbot: Any, context: AppContext, dialogs: list[str]) -> Iterator[TodayPage]:
    page = TodayPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    yield page
    assert dialogs == []


def own_client(workspace: Workspace, last: str, born: date = date(1980, 1, 1)) -> uuid.UUID:
    return workspace.clients.create_client({"first_names": "Aino", "last_name": last, "municipality_code": "491",
                                            "temporary_id": f"TMP-{uuid.uuid4().hex[:8].upper()}",
                                            "birth_date": born, "street_address": "Kirkkotie 5"})


def test_an_empty_day_says_nothing_is_due_in_every_section(page: TodayPage, workspace: Workspace) -> None:
    own_client(workspace, "Virtanen")
    page.reload()
    assert page.status_label.text() == "Nothing due: no visits, drafts, reviews or deadlines this week."
    assert page.subline.text().endswith("· Testi Ohjaaja · 1 own clients (closed ones left out)")
    model = page.model
    assert [model.item(r, 0).text() for r in range(model.rowCount())] == [  # the dated ones first
        "Visits today", "Visits in the next 6 days", "Statutory deadlines", "Plan reviews due",
        "Follow-ups of decision-making", "Drafts and unfinished work"]
    assert model.rows_of("visitsToday") == [("No visits today.", "", "", "")]
    assert model.rows_of("deadlines") == [("No statutory deadlines open.", "", "", "")]
    assert page.rows() == [] and not page.open_button.isEnabled() and not page.start_button.isEnabled()


def test_a_counsellor_without_own_clients_is_told_where_the_clients_are(page: TodayPage,
                                                                        workspace: Workspace) -> None:
    workspace.clients.create_client({"first_names": "Muu", "last_name": "Asiakas", "municipality_code": "491",
                                     "temporary_id": "TMP-MUU-0001", "own_worker": "Sanna Laitinen"})
    page.reload()
    assert page.status_label.text().startswith("You have no clients of your own yet")
    with_signal = []
    page.caseload_requested.connect(lambda: with_signal.append(True))
    page.clients_button.click()
    assert with_signal == [True]


def test_sections_list_visits_drafts_and_deadlines_in_words(qtbot: Any, page: TodayPage,
                                                            workspace: Workspace) -> None:
    mine = own_client(workspace, "Virtanen")
    older = own_client(workspace, "Korhonen", born=date(1940, 2, 2))
    planned = workspace.visits.plan_visit(mine, TODAY, "23.58", "home_visit", "Kirkkotie 5", "Ota kuvakortit")
    coming = workspace.visits.plan_visit(mine, TODAY + timedelta(days=2), "9.15", "office", "Toimisto")
    draft = workspace.assessments.start(older, TEMPLATE)
    workspace.assessments.answer(draft.id, "initiation.date", (TODAY - timedelta(days=1)).isoformat())
    page.reload()
    model = page.model
    assert model.item(0, 0).text() == "Visits today (1)"
    assert model.rows_of("visitsToday") == [("23.58", "Virtanen, Aino", "Home visit · Planned",
                                            "Kirkkotie 5 · Ota kuvakortit")]
    (when, client, what, place) = model.rows_of("visitsComing")[0]
    assert when.endswith(f"{(TODAY + timedelta(days=2)).day}.{(TODAY + timedelta(days=2)).month}."
                         f"{(TODAY + timedelta(days=2)).year} 9.15")
    assert (client, what, place) == ("Virtanen, Aino", "Office visit · Planned", "Toimisto")
    assert model.rows_of("drafts")[0][1:3] == ("Korhonen, Aino", "Needs assessment draft")
    (deadline,) = model.rows_of("deadlines")
    assert deadline[2] == "The assessment must start"
    assert "days left" in deadline[0] or "Due today" in deadline[0] or "1 day left" in deadline[0]
    assert deadline[3].startswith("Social Welfare Act 1301/2014 § 36: by the 7th working day for a client over 75.")
    assert page.status_label.isHidden()
    # keyboard: the first row is current; Enter opens it; Start visit starts a planned one
    rows = page.rows()
    assert [r.kind for r in rows] == ["visit", "visit", "deadline", "draft"]
    assert rows[0].visit is not None and rows[0].visit.id == planned.id
    page.view.setFocus()
    assert page.start_button.isEnabled()
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened.args[0] == rows[0]
    with qtbot.waitSignal(page.start_visit_requested) as started:
        page.start_button.click()
    assert started.args[0].visit.id == planned.id
    assert page.select(rows[1]) and rows[1].visit.id == coming.id and page.start_button.isEnabled()
    assert page.select(rows[3]) and not page.start_button.isEnabled()  # a draft is opened, not started


def test_due_words_and_icons_never_rely_on_colour_alone(qapp: Any) -> None:
    today = date(2026, 12, 7)
    assert [due_words(today + timedelta(days=n), today) for n in (5, 1, 0, -1, -4)] == [
        "5 days left", "1 day left", "Due today", "Overdue by 1 day", "Overdue by 4 days"]
    ref = ClientRef(uuid.uuid4(), "Korhonen, Aino", "Aino Korhonen")
    deadlines = tuple(DeadlineItem(ref, uuid.uuid4(), Deadline(DeadlineKind.APPLICATION_DECISION,
                                                              LegalBasis.APPLICATION, today - timedelta(days=90),
                                                              today + timedelta(days=n))) for n in (-3, 1, 20))
    model = TodayModel()
    model.set_overview(TodayOverview(today, "Testi", 1, (), (), (), (), (), deadlines))
    section = model.section("deadlines")
    assert section is not None and section.text() == "Statutory deadlines (3)"
    cells = [section.child(r, 0) for r in range(3)]
    assert [c.text() for c in cells] == ["4.12.2026 · Overdue by 3 days", "8.12.2026 · 1 day left",
                                         "27.12.2026 · 20 days left"]
    assert not cells[0].icon().isNull() and not cells[1].icon().isNull() and cells[2].icon().isNull()
    assert model.rows_of("deadlines")[0][3] == ("Disability Services Act 675/2023: a decision within 3 months "
                                                "of the application. Counted from 8.9.2026.")
    assert isinstance(cells[0].data(ROW_ROLE), TodayRow)


def test_the_model_passes_the_model_tester(qtmodeltester: Any, workspace: Workspace) -> None:
    mine = own_client(workspace, "Virtanen")
    workspace.visits.plan_visit(mine, TODAY, "23.59", "phone")
    workspace.assessments.start(mine, TEMPLATE)
    model = TodayModel()
    model.set_overview(workspace.today.overview())
    qtmodeltester.check(model)


def test_a_lock_forgets_the_list_and_drops_answers_on_their_way(page: TodayPage, workspace: Workspace) -> None:
    mine = own_client(workspace, "Virtanen")
    workspace.visits.plan_visit(mine, TODAY, "23.59", "phone")
    page.reload()
    assert len(page.rows()) == 1
    page._context.set_workspace(None)  # noqa: SLF001 - the lock
    assert page.rows() == [] and page.model.overview is None


# -- through the main window ---------------------------------------------------------------------


@pytest.fixture
def window(qtbot: Any, context: AppContext, dialogs: list[str]) -> Iterator[MainWindow]:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.flush()
    assert dialogs == []


def menu_shortcuts(window: MainWindow) -> dict[str, str]:
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    return {a.text(): a.shortcut().toString() for a in view.actions() if not a.isSeparator()}


def test_today_is_the_first_page_with_its_shortcut(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.today
    assert window.focusWidget() is window.today.view  # keys go to the list shown, not to the caseload behind it
    assert menu_shortcuts(window) == {"&Today": "Ctrl+1", "&Caseload": "Ctrl+4",
                                      "Personal &budgets overview": "Ctrl+2", "&Print queue": "Ctrl+3"}
    sync = next(a.menu() for a in window.menuBar().actions() if a.menu() and a.menu().objectName() == "syncMenu")
    assert [a.objectName() for a in sync.actions() if not a.isSeparator()] == [
        window.sync.sync_action.objectName(), "conflictsAction", "purgeAction", window.sync.enrol_action.objectName()]


def test_the_status_bars_conflict_count_opens_the_conflict_screen(qtbot, window: MainWindow) -> None:
    qtbot.mouseClick(window.sync.status_bar.conflicts, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.conflicts
    assert QKeySequence("Ctrl+1").toString() == "Ctrl+1"
    window.show_caseload()
    assert window.focusWidget() is window.caseload.search_edit
    window.show_today()
    assert window.stack.currentWidget() is window.today and window.focusWidget() is window.today.view


def test_rows_open_the_right_place_and_back_leads_to_today(qtbot: Any, window: MainWindow,
                                                          workspace: Workspace) -> None:
    mine = own_client(workspace, "Virtanen", born=date(1940, 2, 2))
    assessment = workspace.assessments.start(mine, TEMPLATE)
    workspace.assessments.answer(assessment.id, "initiation.date", TODAY.isoformat())
    window.today.reload()
    deadline = next(r for r in window.today.rows() if r.kind == "deadline")
    window.today.open_requested.emit(deadline)
    assert window.stack.currentWidget() is window.assessment
    qtbot.waitUntil(lambda: window.client_file.client_id == mine)
    assert window.client_file.tabs.currentWidget() is window.client_file.assessments_tab
    window.assessment.back_requested.emit()
    assert window.stack.currentWidget() is window.client_file
    assert window.client_file.findChild(type(window.today.open_button), "backButton").text() == "← Today"
    window.client_file.back_requested.emit()
    assert window.stack.currentWidget() is window.today


def test_start_visit_on_today_opens_the_visit_at_once(qtbot: Any, window: MainWindow, workspace: Workspace) -> None:
    mine = own_client(workspace, "Virtanen")
    planned = workspace.visits.plan_visit(mine, TODAY, "23.59", "home_visit", "Kirkkotie 5", "Muista kortit")
    window.today.reload()
    (row,) = window.today.rows()
    assert window.today.select(row)
    window.today.start_button.click()
    assert window.stack.currentWidget() is window.visit
    assert window.visit.visit is not None and window.visit.visit.id == planned.id
    assert window.visit.visit.status == "open" and window.visit.notes_edit.toPlainText() == "Muista kortit"
    assert window.visit.name_label.text() == "Aino Virtanen"
