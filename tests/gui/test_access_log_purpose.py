"""The purpose of use in the window and the listings the pages log, end to end through the real
app (unlock, status bar, caseload, client file) against a real encrypted store."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from sqlalchemy import func, select

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.pages.caseload import CaseloadPage
from sopiva_desk.gui.pages.client_file import ClientFilePage
from sopiva_desk.gui.tasks import TaskRunner
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import AccessListingMember, AccessLogEntry
from tests.gui.test_lock_and_app import app_flow, unlock_via_window  # noqa: F401 - the app fixture

TIMEOUT = 10000


def logged(workspace: Workspace, record_type: str) -> list[AccessLogEntry]:
    with workspace.db.read() as session:
        return list(session.scalars(select(AccessLogEntry).where(AccessLogEntry.record_type == record_type)
                                    .order_by(AccessLogEntry.seq)).all())


def member_rows(workspace: Workspace) -> int:
    with workspace.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(AccessListingMember)) or 0)


def choose(combo: QComboBox, text: str) -> None:
    """Pick an item by its text as a user does (the combo's ``activated`` signal)."""
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_the_purpose_chosen_in_the_status_bar_is_in_every_later_entry(qtbot: Any, app_flow: Any) -> None:  # noqa: F811
    controller, context, _ = app_flow
    unlock_via_window(qtbot, controller)
    main = controller.main_window
    selector = main.purpose_selector
    assert selector.isVisible() and selector.combo.currentText() == "Client work"
    assert "Client Data Act" in selector.combo.toolTip()
    choose(selector.combo, "Decision preparation")
    assert context.workspace.purpose == "decision_preparation"

    main.show_caseload()
    qtbot.waitUntil(lambda: main.caseload.model.rowCount() == 12, timeout=TIMEOUT)
    # Logged once the list has painted on screen (a list switched away from unseen is not listed).
    qtbot.waitUntil(lambda: len(logged(context.workspace, "caseload")) == 1, timeout=TIMEOUT)
    client_id = main.caseload.model.rows[0].id
    main.caseload.client_activated.emit(client_id)
    street = main.client_file.findChild(QLineEdit, "streetAddressEdit")
    qtbot.waitUntil(lambda: street.text() != "", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=TIMEOUT)

    entries = context.workspace.access_log.for_client(client_id)
    opened = [e for e in entries if (e.action, e.record_type) == ("view", "client")]
    listed = [e for e in entries if e.listing and e.record_type == "caseload"]
    assert opened and {e.purpose for e in opened} == {"decision_preparation"}
    assert len(listed) == 1 and listed[0].purpose == "decision_preparation"

    controller.lock()
    qtbot.waitUntil(lambda: not selector.isEnabled(), timeout=TIMEOUT)  # locked: nothing to choose
    unlock_via_window(qtbot, controller)
    assert context.workspace.purpose == "client_work"  # every unlock starts at client work
    assert selector.isEnabled() and selector.combo.currentText() == "Client work"


def test_the_caseload_logs_one_listing_each_time_it_is_shown(qtbot: Any, context: AppContext,
                                                             workspace: Workspace, runner: TaskRunner,
                                                             client_values: dict[str, object]) -> None:
    ids = {workspace.clients.create_client({**client_values, "hetu": None, "last_name": name,
                                            "temporary_id": f"TMP-{uuid.uuid4().hex[:8].upper()}"})
           for name in ("Aalto", "Berg", "Cederberg")}
    page = CaseloadPage(context)
    qtbot.addWidget(page)
    page.reload()  # as at unlock: read while the page is not in view
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=TIMEOUT)
    runner.wait_idle()
    assert logged(workspace, "caseload") == []  # read, not yet shown

    page.show()
    qtbot.waitUntil(lambda: len(logged(workspace, "caseload")) == 1, timeout=TIMEOUT)
    page.show_all_clients()
    for text in ("Aa", "Berg", ""):  # searching, filtering and switching show the same rows
        page.search_edit.setText(text)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    (entry,) = logged(workspace, "caseload")
    assert (entry.action, entry.client_id, entry.purpose) == ("list", None, "client_work")
    assert member_rows(workspace) == 3

    with qtbot.waitSignal(page.model.modelReset, timeout=TIMEOUT):
        page.reload()  # the same clients read again while in view (after a sync, say)
    page.view.viewport().repaint()  # painted: a listing would be queued now
    QApplication.processEvents()
    runner.wait_idle()
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    assert len(logged(workspace, "caseload")) == 1  # nothing new was shown: no second listing

    page.hide()
    page.show()  # back from a client file: the list is in view again
    qtbot.waitUntil(lambda: len(logged(workspace, "caseload")) == 2, timeout=TIMEOUT)
    assert member_rows(workspace) == 3  # the same clients: kept once
    for client_id in ids:
        assert len([e for e in workspace.access_log.for_client(client_id) if e.listing]) == 2


def test_the_access_log_tab_shows_purpose_and_listings_and_is_itself_logged(
        qtbot: Any, context: AppContext, workspace: Workspace, runner: TaskRunner,
        client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    workspace.set_purpose("follow_up")
    workspace.print_queue.queue("client_plan", workspace.plans.start_draft(client_id).id)
    workspace.print_queue.listing()
    page = ClientFilePage(context)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.open_client(client_id)
    qtbot.waitUntil(lambda: page.client_id == client_id and page.tabs.isEnabled(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: len(logged(workspace, "plans_and_budgets")) == 1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: len(logged(workspace, "case_work")) == 1, timeout=TIMEOUT)
    page.assessments_tab.refresh()  # read again after a change: not a new listing
    page.plan_tab.refresh()
    runner.wait_idle()
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    assert len(logged(workspace, "case_work")) == len(logged(workspace, "plans_and_budgets")) == 1

    page.tabs.setCurrentIndex(page.tabs.indexOf(page.log_view.parentWidget()))
    model = page.log_view.model()
    qtbot.waitUntil(lambda: len(logged(workspace, "access_log")) == 1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=TIMEOUT)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["When", "Who", "Purpose", "Action", "Record", "Details"]
    rows = [tuple(model.index(r, c).data() for c in range(1, 6)) for r in range(model.rowCount())]
    assert ("Testi Ohjaaja", "Follow-up", "Listed", "Print queue", "appeared in the list") in rows
    assert ("Testi Ohjaaja", "Follow-up", "Listed", "Plans, budgets and reviews", "") in rows
    assert ("Testi Ohjaaja", "Follow-up", "Viewed", "Client file", "") in rows
    assert logged(workspace, "access_log")[0].purpose == "follow_up"
