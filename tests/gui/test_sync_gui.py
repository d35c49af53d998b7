"""Sync in the counsellor's hands, against a real ``sopiva-central`` on loopback: enrol in the
dialog (problems next to their field, nothing typed lost), Sync with progress, Cancel mid-sync,
the offline and revoked messages (once), and the status bar's words after a sync and a save."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from sopiva_desk.gui import i18n
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.enrol import EnrolDialog
from sopiva_desk.gui.dialogs.refused_changes import RefusedChangesDialog
from sopiva_desk.gui.main_window import MainWindow
from sopiva_desk.gui.sync_words import refusal_text
from sopiva_desk.services.sync.engine import SyncReport
from sopiva_desk.services.sync.enrolment import EnrolmentService
from sopiva_desk.services.sync.status import rejected_changes, sync_status
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import SyncOutbox
from tests.central.helpers import add_user, enrol
from tests.gui.sync_support import CONTACT, Gate, central  # noqa: F401 - fixture
from tests.sync.conftest import Central, stop_central


@pytest.fixture(autouse=True)
def english(qapp) -> None:  # type: ignore[no-untyped-def]
    """English with its plural forms, whatever an earlier test left installed."""
    i18n.install("en")


@pytest.fixture
def window(qtbot, context: AppContext):  # type: ignore[no-untyped-def]
    main = MainWindow(context)
    qtbot.addWidget(main)
    qtbot.waitUntil(lambda: main.sync.status is not None)
    yield main
    main.sync.prepare_for_lock()
    context.runner.wait_idle()


def _enrol(workspace: Workspace, central: Central) -> None:  # noqa: F811
    user_id = central.add_user("Testi Ohjaaja")
    EnrolmentService(workspace.db).enrol(central.url, central.code(user_id), allow_insecure_loopback=True)


def _outbox(workspace: Workspace) -> list[tuple[str, dict]]:
    with workspace.db.read() as session:
        return [(str(r.mutation_id), r.changed) for r in session.scalars(select(SyncOutbox))]


def _sync(qtbot, window: MainWindow) -> object:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.sync.sync_finished, timeout=60_000) as finished:
        window.sync.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync.sync_action.isEnabled() or window.sync.status.revoked, timeout=10_000)
    return finished.args[0]


def test_enrol_in_the_dialog_then_sync_with_progress(qtbot, window: MainWindow, workspace: Workspace,
                                                     central: Central, client_values: dict,  # noqa: F811
                                                     dialogs: list[str]) -> None:
    sync = window.sync
    assert not sync.sync_action.isEnabled() and sync.status_bar.last_sync.text() == "Not enrolled"
    assert sync.sync_action.shortcut().toString() == "F9"
    workspace.clients.create_client(client_values)
    user_id = central.add_user("Testi Ohjaaja")

    sync.enrol_action.trigger()
    qtbot.waitUntil(lambda: sync.enrol_dialog is not None)
    dialog: EnrolDialog = sync.enrol_dialog  # type: ignore[assignment]
    assert dialog.name_edit.text()  # the computer's name by default
    dialog.server_edit.setText(central.url)  # plain http, without the testing box
    dialog.code_edit.setText("WRONG-CODE")
    dialog.enrol_button.click()
    qtbot.waitUntil(lambda: dialog.errors["server"].isVisibleTo(dialog))
    assert "not a secure address" in dialog.errors["server"].text()
    assert dialog.code_edit.text() == "WRONG-CODE"  # nothing typed is lost

    dialog.loopback_check.setChecked(True)
    dialog.enrol_button.click()
    qtbot.waitUntil(lambda: dialog.errors["code"].isVisibleTo(dialog), timeout=15_000)
    assert "wrong, already used or expired" in dialog.errors["code"].text()
    assert dialog.server_edit.text() == central.url and not dialog.errors["server"].isVisibleTo(dialog)

    dialog.code_edit.setText(central.code(user_id))
    with qtbot.waitSignal(dialog.enrolled, timeout=15_000):
        dialog.enrol_button.click()
    qtbot.waitUntil(lambda: sync.sync_action.isEnabled())
    assert sync.status_bar.last_sync.text() == "Never synced"
    assert sync.status_bar.pending.text() == "1 change waiting"
    assert "F9" in sync.sync_action.toolTip() and "F9" in sync.sync_button.toolTip()
    assert sync_status(workspace.db).support_contact == CONTACT

    steps: list[tuple[str, str]] = []
    sync._relay.step.connect(lambda step: steps.append((step.stage, sync.status_bar.progress_label.text())))
    report = _sync(qtbot, window)
    assert isinstance(report, SyncReport) and report.pushed == 1 and not report.cancelled
    assert ("push", "Sending changes 0/1") in steps and ("push", "Sending changes 1/1") in steps
    assert ("pull", "Receiving page 1") in steps
    assert not sync.status_bar.progress.isVisibleTo(window) and not sync.status_bar.cancel_button.isVisibleTo(window)
    qtbot.waitUntil(lambda: sync.status_bar.last_sync.text() == "Synced just now")
    assert sync.status_bar.pending.text() == "No changes waiting"
    assert sync.status_bar.conflicts.text() == "No conflicts"
    assert "Changes sent: 1," in window.statusBar().currentMessage()
    assert dialogs == []


def test_a_saved_change_shows_as_waiting(qtbot, window: MainWindow, workspace: Workspace, context: AppContext,
                                         client_values: dict) -> None:
    client_id = workspace.clients.create_client(client_values)
    window.sync.refresh()
    qtbot.waitUntil(lambda: window.sync.status_bar.pending.text() == "1 change waiting")
    # A save through the store lane, as the pages make them: the status follows by itself.
    context.run(lambda: context.workspace.clients.update_client_field(client_id, "phone", "040 999 8888"),
                parent=window)
    qtbot.waitUntil(lambda: window.sync.status_bar.pending.text() == "2 changes waiting", timeout=10_000)


def test_cancel_mid_sync_loses_nothing_and_the_next_sync_finishes(qtbot, window: MainWindow, workspace: Workspace,
                                                                  central: Central,  # noqa: F811
                                                                  client_values: dict, dialogs: list[str]) -> None:
    _enrol(workspace, central)
    workspace.clients.create_client(client_values)
    window.sync.refresh()
    qtbot.waitUntil(lambda: window.sync.sync_action.isEnabled())
    gate = Gate("pull")
    window.sync.make_engine = gate.engine
    with qtbot.waitSignal(window.sync.sync_finished, timeout=60_000) as finished:
        window.sync.sync_action.trigger()
        assert not window.sync.sync_action.isEnabled()  # one sync at a time
        qtbot.waitUntil(gate.reached.is_set, timeout=30_000)
        qtbot.waitUntil(lambda: window.sync.status_bar.cancel_button.isVisibleTo(window))
        qtbot.mouseClick(window.sync.status_bar.cancel_button, Qt.MouseButton.LeftButton)
        assert window.sync.status_bar.progress_label.text() == "Cancelling…"
        gate.release()
    report = finished.args[0]
    assert isinstance(report, SyncReport) and report.cancelled and report.pushed == 1
    assert window.statusBar().currentMessage().startswith("Sync cancelled, nothing lost")
    qtbot.waitUntil(lambda: window.sync.status_bar.last_sync.text() == "Never synced")  # not a completed sync
    assert dialogs == []
    window.sync.make_engine = lambda ws: Gate("none").engine(ws)
    report = _sync(qtbot, window)
    assert isinstance(report, SyncReport) and not report.cancelled
    qtbot.waitUntil(lambda: window.sync.status_bar.last_sync.text() == "Synced just now")


def test_offline_says_so_once_and_keeps_every_change(qtbot, window: MainWindow, workspace: Workspace,
                                                     central: Central, client_values: dict,  # noqa: F811
                                                     dialogs: list[str]) -> None:
    _enrol(workspace, central)
    client_id = workspace.clients.create_client(client_values)
    workspace.clients.update_client_field(client_id, "phone", "040 999 8888")
    before = _outbox(workspace)
    stop_central(central)
    window.sync.refresh()
    qtbot.waitUntil(lambda: window.sync.sync_action.isEnabled())
    error = _sync(qtbot, window)
    assert type(error).__name__ == "OfflineError"
    assert dialogs == ["The central records cannot be reached. Check the network connection and try again. "
                       "Your changes are kept on this computer."]
    assert _outbox(workspace) == before or {k for _, c in before for k in c} == {k for _, c in _outbox(workspace)
                                                                                   for k in c}
    assert window.sync.sync_action.isEnabled()  # try again later
    assert window.sync.status_bar.pending.text() in ("1 change waiting", "2 changes waiting")


def test_a_revoked_computer_stops_syncing_and_says_whom_to_contact(qtbot, window: MainWindow, workspace: Workspace,
                                                                   central: Central,  # noqa: F811
                                                                   client_values: dict, dialogs: list[str]) -> None:
    _enrol(workspace, central)
    workspace.clients.create_client(client_values)
    central.admin("device", "revoke", EnrolmentService(workspace.db).current().device_id)  # type: ignore[union-attr]
    window.sync.refresh()
    qtbot.waitUntil(lambda: window.sync.sync_action.isEnabled())
    _sync(qtbot, window)
    assert len(dialogs) == 1 and CONTACT in dialogs[0].replace("\xa0", " ") and "revoked" in dialogs[0]
    qtbot.waitUntil(lambda: window.sync.status_bar.last_sync.text() == "Sync stopped")
    assert not window.sync.sync_action.isEnabled()
    assert CONTACT in window.sync.sync_action.toolTip().replace("\xa0", " ")
    assert window.sync.enrol_action.isEnabled()  # enrolling again with a new code is the way back
    assert len(_outbox(workspace)) == 1


def test_the_windows_menu_has_sync_and_no_other_dialog_opens(qtbot, window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert "S&ync" in titles
    assert window.menuBar().cornerWidget(Qt.Corner.TopRightCorner) is window.sync.sync_button
    assert QApplication.activeModalWidget() is None


def test_a_refused_change_is_listed_with_what_to_do(qtbot, window: MainWindow, workspace: Workspace,
                                                    central: Central, client_values: dict,  # noqa: F811
                                                    dialogs: list[str]) -> None:
    user_id = central.add_user("Testi Ohjaaja")
    EnrolmentService(workspace.db).enrol(central.url, central.code(user_id), allow_insecure_loopback=True)
    client_id = workspace.clients.create_client(client_values)
    window.sync.refresh()
    qtbot.waitUntil(lambda: window.sync.sync_action.isEnabled())
    _sync(qtbot, window)
    central.admin("unassign", str(client_id), "--user", user_id)
    workspace.clients.update_client_field(client_id, "phone", "040 555 5555")
    report = _sync(qtbot, window)
    assert isinstance(report, SyncReport) and len(report.rejected) == 1
    qtbot.waitUntil(lambda: window.sync.refused_dialog is not None)  # shown once, after the sync
    dialog = window.sync.refused_dialog
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "Virtanen, Aino Maria"
    assert dialog.table.item(0, 1).text() == "Client file"
    assert dialog.table.item(0, 3).text().startswith("The client is not assigned to you")
    dialog.reject()
    qtbot.waitUntil(lambda: window.sync.refused_dialog is None)
    assert window.sync.status_bar.refused.text() == "1 change refused"
    assert window.sync.status_bar.pending.text() == "No changes waiting"
    window.sync.status_bar.refused.click()  # the way back to the list
    qtbot.waitUntil(lambda: window.sync.refused_dialog is not None)
    assert dialogs == []


def test_the_same_person_made_on_another_laptop_is_refused_and_held_with_what_to_do(
        qtbot, window: MainWindow, workspace: Workspace, central: Central, client_values: dict,  # noqa: F811
        dialogs: list[str]) -> None:
    user_id = central.add_user("Testi Ohjaaja")
    EnrolmentService(workspace.db).enrol(central.url, central.code(user_id), allow_insecure_loopback=True)
    with httpx.Client(base_url=central.url) as http:  # the counsellor's other laptop got there first
        other = enrol(http, central.database, user_id, "Toinen kone")
        assert other.outcomes(other.create_client(hetu=client_values["hetu"])[1])[0]["outcome"] == "applied"
    workspace.clients.create_client(client_values)
    window.sync.refresh()
    qtbot.waitUntil(lambda: window.sync.sync_action.isEnabled())
    report = _sync(qtbot, window)
    assert isinstance(report, SyncReport) and report.held == 1  # the sync finished
    assert [r["reason"] for r in report.rejected] == ["duplicate_identity_code"]
    qtbot.waitUntil(lambda: window.sync.refused_dialog is not None)
    dialog = window.sync.refused_dialog
    assert dialog.table.item(0, 3).text().startswith("The central records already have a client with this "
                                                     "identity code. Check the code")
    assert dialog.held_note.isVisibleTo(dialog)
    assert dialog.held_note.text().startswith("1 change received from the central records waits on this computer")
    dialog.reject()
    qtbot.waitUntil(lambda: window.sync.refused_dialog is None)
    assert window.sync.status_bar.refused.text() == "1 change refused"
    assert dialogs == []

    i18n.install("fi")
    refused = rejected_changes(workspace.db)
    finnish = RefusedChangesDialog(refused, "fi", window, held=1)
    qtbot.addWidget(finnish)
    assert finnish.table.item(0, 3).text().startswith("Asiakastietojärjestelmässä on jo asiakas, jolla on sama "
                                                      "henkilötunnus.")
    assert finnish.held_note.text().startswith("1 asiakastietojärjestelmästä saapunut muutos odottaa")
    assert refusal_text("duplicate_commitment_number").startswith("Budjetilla on asiakastietojärjestelmässä jo")


def test_enrolled_as_an_office_user_the_window_becomes_a_print_station_at_once(
        qtbot, window: MainWindow, central: Central) -> None:  # noqa: F811
    sync = window.sync
    assert not window.print_station
    user_id = add_user(central.database, "Tiina Toimisto", "office", "Itä")
    sync.enrol_action.trigger()
    qtbot.waitUntil(lambda: sync.enrol_dialog is not None)
    dialog: EnrolDialog = sync.enrol_dialog  # type: ignore[assignment]
    dialog.server_edit.setText(central.url)
    dialog.loopback_check.setChecked(True)
    dialog.code_edit.setText(central.code(user_id))
    with qtbot.waitSignal(sync.enrolled, timeout=15_000):
        dialog.enrol_button.click()
    assert window.print_station and window.stack.currentWidget() is window.print_queue
    assert window.print_queue.station


def test_after_a_sync_the_caseload_says_synced(
        qtbot, window: MainWindow, workspace: Workspace, central: Central,  # noqa: F811
        client_values: dict) -> None:
    from sopiva_desk.gui.models.caseload_model import Column
    _enrol(workspace, central)
    client_id = workspace.clients.create_client(client_values)
    window.show_caseload()
    window.caseload.reload()
    page = window.caseload

    def state() -> str:
        index = page.proxy.index_of(client_id)
        return page.proxy.index(index.row(), Column.SYNC).data() if index.isValid() else ""

    qtbot.waitUntil(lambda: state() == "Local only", timeout=15_000)
    window.sync.refresh()  # enrolled behind the window's back
    qtbot.waitUntil(lambda: window.sync.sync_action.isEnabled(), timeout=15_000)
    _sync(qtbot, window)
    qtbot.waitUntil(lambda: state() == "Synced", timeout=15_000)


def test_an_access_log_the_server_finds_altered_is_said_in_words(qtbot, window: MainWindow, workspace: Workspace,
                                                                 central: Central, client_values: dict,  # noqa: F811
                                                                 dialogs: list[str]) -> None:
    from sqlalchemy import update

    from sopiva_desk.store.models import AccessLogEntry

    _enrol(workspace, central)
    client_id = workspace.clients.create_client(client_values)
    window.sync.refresh()
    qtbot.waitUntil(lambda: window.sync.sync_action.isEnabled())
    first = _sync(qtbot, window)
    assert isinstance(first, SyncReport) and first.log_break is None and dialogs == []
    workspace.clients.update_client_field(client_id, "phone", "040 555 5555")
    with workspace.db.transaction() as session:  # someone with the key edits the newest entry in the store
        newest = session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.seq.desc()).limit(1)).one()
        seq = newest.seq
        session.execute(update(AccessLogEntry).where(AccessLogEntry.seq == seq).values(action="view"))
    report = _sync(qtbot, window)
    assert isinstance(report, SyncReport) and report.log_break is not None
    assert dialogs == [f"The central records found this computer's access log altered at entry {seq}: an entry has "
                       "been changed or its time moved. The administrator has been told. Your own work is kept; "
                       "entries after this point are kept by the central records but not confirmed."]
