"""Sync → Remove synced closed cases…: the dialog lists exactly who goes and who stays (and why);
Remove evicts those, logs each, and the caseload and status bar follow."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from sopiva_desk.gui import i18n
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.purge_cases import PurgeCasesDialog
from sopiva_desk.gui.main_window import MainWindow
from sopiva_desk.gui.messages import message
from sopiva_desk.services.sync.engine import SyncReport
from sopiva_desk.services.sync.purge import KeptReason
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.change_recorder import applying_pull
from sopiva_desk.store.models import AccessLogEntry, Client
from tests.helpers.sync_state import enrol, pretend_synced

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def english(qapp: Any) -> None:
    """The English texts with their plural forms, whatever an earlier test left installed."""
    i18n.install("en")
TIMEOUT = 5000


def _client(workspace: Workspace, values: dict[str, object], last: str, *, closed: bool) -> uuid.UUID:
    client_id = workspace.clients.create_client(
        {**values, "hetu": None, "temporary_id": f"TMP-{uuid.uuid4().hex[:8].upper()}", "last_name": last})
    if closed:
        workspace.clients.update_client_field(client_id, "status", "closed")
    return client_id


def _cells(table: Any) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def _alive(workspace: Workspace, client_id: uuid.UUID) -> bool:
    with workspace.db.read() as session:
        return bool(session.scalar(select(func.count()).select_from(Client).where(Client.id == client_id)))


def test_the_dialog_lists_who_goes_and_who_stays_and_removes_on_confirmation(
        qtbot: Any, context: AppContext, workspace: Workspace, client_values: dict[str, object]) -> None:
    enrol(workspace)
    gone = _client(workspace, client_values, "Aalto", closed=True)
    stays = _client(workspace, client_values, "Berg", closed=True)
    still_open = _client(workspace, client_values, "Cederberg", closed=False)
    pretend_synced(workspace)
    workspace.clients.update_client_field(stays, "phone", "040 765 4321")  # not yet sent

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.caseload.reload()
    window.caseload.show_all_clients()
    qtbot.waitUntil(lambda: window.caseload.proxy.rowCount() == 3, timeout=TIMEOUT)
    assert window.purge_action.text() == "&Remove synced closed cases…"
    window.purge_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(PurgeCasesDialog) is not None, timeout=TIMEOUT)
    dialog = window.findChild(PurgeCasesDialog)
    qtbot.waitExposed(dialog)
    removable = _cells(dialog.removable_view)
    assert [row[0] for row in removable] == ["Aalto, Aino Maria"]
    assert removable[0][1] and removable[0][2]  # closed on, last synced
    assert _cells(dialog.kept_view) == [["Berg, Aino Maria", removable[0][1], message(KeptReason.PENDING)]]
    assert dialog.remove_button is not None and dialog.remove_button.text() == "Remove 1 case"

    with qtbot.waitSignal(dialog.purged, timeout=TIMEOUT) as purged:
        dialog.remove_button.click()
    assert purged.args == [[gone]]
    assert not _alive(workspace, gone) and _alive(workspace, stays) and _alive(workspace, still_open)
    with workspace.db.read() as session:
        logged = session.scalars(select(AccessLogEntry).where(AccessLogEntry.action == "purge")).all()
        assert [(entry.client_id, entry.record_type) for entry in logged] == [(gone, "client")]
    qtbot.waitUntil(lambda: window.caseload.proxy.rowCount() == 2, timeout=TIMEOUT)
    assert window.statusBar().currentMessage() == "1 case removed from this computer."


def test_cancel_removes_nothing_and_nothing_removable_says_so(
        qtbot: Any, context: AppContext, workspace: Workspace, client_values: dict[str, object]) -> None:
    enrol(workspace)
    closed = _client(workspace, client_values, "Aalto", closed=True)
    pretend_synced(workspace)
    dialog = PurgeCasesDialog(context, workspace.purge.review())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.close_button.click()
    assert _alive(workspace, closed)

    workspace.clients.update_client_field(closed, "phone", "040 765 4321")
    nothing = PurgeCasesDialog(context, workspace.purge.review())
    qtbot.addWidget(nothing)
    assert nothing.remove_button is None and nothing.close_button.text() == "Close"
    assert nothing.intro.text() == "No closed case can be removed from this computer now."


def test_after_a_sync_the_policy_offers_only_when_the_setting_allows(
        qtbot: Any, context: AppContext, workspace: Workspace, client_values: dict[str, object]) -> None:
    enrol(workspace)
    _client(workspace, client_values, "Aalto", closed=True)
    pretend_synced(workspace)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.offer_policy_purge()  # the setting is off: nothing is offered, nothing goes
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=TIMEOUT)
    assert window.findChild(PurgeCasesDialog) is None


def test_a_finished_sync_offers_the_cases_the_setting_allows(
        qtbot: Any, context: AppContext, workspace: Workspace, client_values: dict[str, object]) -> None:
    enrol(workspace)
    client_id = _client(workspace, client_values, "Aalto", closed=True)
    with workspace.db.transaction() as session, applying_pull(session):  # closed 40 days ago on another device
        session.get(Client, client_id).closed_on = date.today() - timedelta(days=40)
        session.flush()  # inside applying_pull: a pulled change, no outbox row
    pretend_synced(workspace)
    workspace.purge.set_policy_days(30)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.sync.sync_finished.emit(SyncReport())
    qtbot.waitUntil(lambda: window.findChild(PurgeCasesDialog) is not None, timeout=TIMEOUT)
    dialog = window.findChild(PurgeCasesDialog)
    assert [row[0] for row in _cells(dialog.removable_view)][0].startswith("Aalto")
    assert _alive(workspace, client_id)  # offered, never removed without the counsellor's word
