"""Help › Check the access log: intact, a crash's note, and every tamper of the tamper suite named
at the right entry in words; after unlock a break shows in the status bar and opens the dialog once."""

from __future__ import annotations

from typing import Any

import pytest

from sopiva_desk.gui import i18n
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.access_log_check import AccessLogCheckDialog
from sopiva_desk.gui.main_window import MainWindow
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store import access_head
from tests.helpers import log_tamper
from tests.helpers.log_tamper import TAMPERS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
TIMEOUT = 10000


@pytest.fixture(autouse=True)
def english(qapp: Any) -> None:
    i18n.install("en")


def checked(qtbot: Any, context: AppContext) -> AccessLogCheckDialog:
    dialog = AccessLogCheckDialog(context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=TIMEOUT)
    return dialog


def test_an_intact_log_says_so_with_how_far_it_is_signed(qtbot: Any, context: AppContext,
                                                          workspace: Workspace) -> None:
    log = log_tamper.write_log(workspace)
    dialog = checked(qtbot, context)
    assert dialog.verdict.text() == "The access log is intact."
    assert f"Entries checked: {log.newest}." in dialog.summary.text()
    assert f"Signed on this computer up to entry No. {log.newest}." in dialog.summary.text()
    assert "Not yet confirmed by the central records" in dialog.summary.text()
    assert not dialog.first_entry.isVisibleTo(dialog) and not dialog.findings.isVisibleTo(dialog)


@pytest.mark.parametrize("name", list(TAMPERS))
def test_the_screen_names_the_first_broken_entry_in_words(name: str, qtbot: Any, context: AppContext,
                                                          workspace: Workspace) -> None:
    log = log_tamper.write_log(workspace)
    _key, seq = TAMPERS[name](workspace, log)
    dialog = checked(qtbot, context)
    assert dialog.verdict.text() == "The access log has been tampered with."
    assert dialog.first_entry.isVisibleTo(dialog)
    named = dialog.first_entry.text()
    assert named.startswith(f"No. {seq} · ")
    entry = dialog.result.first_break.entry  # type: ignore[union-attr]
    assert entry is not None and entry.user_name in named  # who, as the entry now reads
    assert dialog.first_reason.text()


def test_check_again_sees_what_changed_since(qtbot: Any, context: AppContext, workspace: Workspace) -> None:
    log = log_tamper.write_log(workspace)
    dialog = checked(qtbot, context)
    log_tamper.edit_user_and_action(workspace, log)
    first = dialog.result
    dialog.again_button.click()
    qtbot.waitUntil(lambda: dialog.result is not first, timeout=TIMEOUT)
    assert "Joku Muu" in dialog.first_entry.text() and "changed after it was written" in dialog.first_reason.text()


def test_a_break_found_after_unlock_shows_in_the_status_bar_and_opens_the_dialog_once(
        qtbot: Any, context: AppContext, workspace: Workspace) -> None:
    log = log_tamper.write_log(workspace)
    log_tamper.delete_entry(workspace, log)
    window = MainWindow(context)
    qtbot.addWidget(window)
    control = window.access_log_check
    control.check_in_background()
    qtbot.waitUntil(lambda: control.dialog is not None and control.dialog.result is not None, timeout=TIMEOUT)
    assert control.warning_button.isVisibleTo(window)
    assert control.dialog.first_entry.text().startswith("No. 4 · ")
    assert "Entry No. 3 before this one has been deleted." in control.dialog.first_reason.text()
    first_dialog = control.dialog
    control.check_in_background()  # again (e.g. a later check): the status bar says it, no second dialog
    qtbot.waitUntil(lambda: control.last is not first_dialog.result, timeout=TIMEOUT)
    assert control.dialog is first_dialog


def test_an_intact_log_after_unlock_shows_nothing(qtbot: Any, context: AppContext, workspace: Workspace) -> None:
    log_tamper.write_log(workspace)
    window = MainWindow(context)
    qtbot.addWidget(window)
    control = window.access_log_check
    control.check_in_background()
    qtbot.waitUntil(lambda: control.last is not None, timeout=TIMEOUT)
    assert control.dialog is None and not control.warning_button.isVisibleTo(window)
    assert control.action in window.menuBar().actions()[-1].menu().actions()  # Help › Check the access log…


def test_entries_a_crash_left_unsigned_are_a_note_not_a_break(qtbot: Any, context: AppContext,
                                                               workspace: Workspace) -> None:
    log = log_tamper.write_log(workspace)
    access_head.head_files.flush(log.folder)
    old_head = (log.folder / "access_log_head.json").read_bytes()
    workspace.clients.open_client(log.clients[0])
    access_head.head_files.flush(log.folder)
    (log.folder / "access_log_head.json").write_bytes(old_head)  # the app died before writing the new one
    dialog = checked(qtbot, context)
    assert dialog.verdict.text() == "The access log is intact, with a note."
    assert not dialog.first_entry.isVisibleTo(dialog)
    assert "Newest entries not yet signed: 1 " in dialog.findings.item(0).text()
