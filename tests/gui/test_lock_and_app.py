"""The whole app flow: unlock, main window, auto-lock and Ctrl+L (also over a dialog), unlock again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QVBoxLayout

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.controller import AppController
from sopiva_desk.gui.lock import PrivacyCurtain
from sopiva_desk.gui.tasks import TaskRunner
from sopiva_desk.services import demo
from sopiva_desk.services.profiles import ProfileService

PASS = "kettle lake autumn train"


@pytest.fixture
def app_flow(qtbot, profile_service: ProfileService, data_dir: Path):  # type: ignore[no-untyped-def]
    profile = profile_service.create_profile("Testi Ohjaaja", PASS, PASS)
    ws = profile_service.unlock(profile.profile_id, PASS)
    pairs = list(demo.demo_clients(12))
    ws.clients.create_clients([c for c, _ in pairs], close_persons=[p for _, p in pairs])
    ws.close()
    runner = TaskRunner()
    context = AppContext(profile_service, runner)
    controller = AppController(context, data_dir)
    controller.start(profile.profile_id)
    yield controller, context, profile
    if controller.main_window is not None:
        controller.main_window.close()
    for window in QApplication.topLevelWidgets():
        window.close()
    runner.wait_idle()
    if context.unlocked:
        context.workspace.close()
    runner.shutdown()


def unlock_via_window(qtbot, controller: AppController) -> None:  # type: ignore[no-untyped-def]
    window = controller.unlock_window
    assert window is not None
    edit = window.findChild(QLineEdit, "passphraseEdit")
    edit.setText(PASS)
    with qtbot.waitSignal(window.unlocked, timeout=15000):
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_unlock_shows_main_window_with_caseload(qtbot, app_flow) -> None:  # type: ignore[no-untyped-def]
    controller, context, _ = app_flow
    unlock_via_window(qtbot, controller)
    assert controller.main_window is not None and controller.main_window.isVisible()
    qtbot.waitUntil(lambda: controller.main_window.caseload.model.rowCount() == 12, timeout=10000)
    assert context.unlocked


def test_today_is_the_first_page_after_unlock_and_is_read_again_after_a_lock(qtbot, app_flow) -> None:  # type: ignore[no-untyped-def]
    controller, context, _ = app_flow
    unlock_via_window(qtbot, controller)
    main = controller.main_window
    assert main.stack.currentWidget() is main.today
    qtbot.waitUntil(lambda: main.today.model.overview is not None, timeout=10000)
    assert main.today.subline.text().endswith("own clients (closed ones left out)")
    controller.lock()
    # Nothing of the list stays once the store is closed (until then the curtain covers it).
    qtbot.waitUntil(lambda: main.today.model.overview is None, timeout=10000)
    unlock_via_window(qtbot, controller)
    qtbot.waitUntil(lambda: main.today.model.overview is not None, timeout=10000)


def test_ctrl_l_locks_even_over_a_dialog(qtbot, app_flow) -> None:  # type: ignore[no-untyped-def]
    controller, context, profile = app_flow
    unlock_via_window(qtbot, controller)
    main = controller.main_window
    dialog = QDialog(main)
    note = QLineEdit(dialog)
    note.setText("typed before the lock")
    QVBoxLayout(dialog).addWidget(note)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(note, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.locked
    assert main.findChild(PrivacyCurtain) is not None
    # A dialog not waiting for an answer is hidden (out of the task bar) with what was typed in it.
    assert not dialog.isVisible() and note.text() == "typed before the lock"
    qtbot.waitUntil(lambda: not context.unlocked, timeout=10000)  # the store is closed, key wiped
    assert controller.unlock_window is not None and controller.unlock_window.isVisible()
    unlock_via_window(qtbot, controller)
    assert not controller.locked
    qtbot.waitUntil(lambda: main.findChild(PrivacyCurtain) is None, timeout=5000)
    assert dialog.isVisible() and dialog.findChild(PrivacyCurtain) is None
    assert note.text() == "typed before the lock"
    assert context.workspace.profile.profile_id == profile.profile_id
    dialog.close()


def test_idle_time_locks(qtbot, app_flow) -> None:  # type: ignore[no-untyped-def]
    controller, context, _ = app_flow
    unlock_via_window(qtbot, controller)
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=10000)  # the stored setting has arrived
    controller.idle.set_interval_ms(200)
    with qtbot.waitSignal(controller.locked_changed, timeout=5000) as blocker:
        pass
    assert blocker.args == [True]
    qtbot.waitUntil(lambda: not context.unlocked, timeout=10000)


def test_input_restarts_the_idle_timer(qtbot, app_flow) -> None:  # type: ignore[no-untyped-def]
    controller, context, _ = app_flow
    unlock_via_window(qtbot, controller)
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=10000)
    controller.idle.set_interval_ms(600)
    search = controller.main_window.caseload.findChild(QLineEdit, "searchEdit")
    for _ in range(6):
        qtbot.wait(200)
        qtbot.keyClick(search, Qt.Key.Key_A)
    assert not controller.locked


def test_saved_edit_survives_lock(qtbot, app_flow) -> None:  # type: ignore[no-untyped-def]
    controller, context, _ = app_flow
    unlock_via_window(qtbot, controller)
    main = controller.main_window
    qtbot.waitUntil(lambda: main.caseload.model.rowCount() == 12, timeout=10000)
    client_id = main.caseload.model.rows[0].id
    main.caseload.client_activated.emit(client_id)
    page = main.client_file
    street = page.findChild(QLineEdit, "streetAddressEdit")
    qtbot.waitUntil(lambda: street.text() != "", timeout=10000)
    street.setFocus()
    street.selectAll()
    qtbot.keyClicks(street, "Lock Test Road 1")
    controller.lock()  # immediately: the pending debounced save must still land
    qtbot.waitUntil(lambda: not context.unlocked, timeout=10000)
    unlock_via_window(qtbot, controller)
    assert context.workspace.clients.open_client(client_id).values["street_address"] == "Lock Test Road 1"


def test_a_broken_county_template_is_shown_to_the_user(qtbot, app_flow, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    controller, _, _ = app_flow
    county = data_dir / "templates"
    county.mkdir()
    (county / "oma-arvio.toml").write_text('id = "oma"\nversion = "yksi"\n', encoding="utf-8")
    unlock_via_window(qtbot, controller)
    window = controller.main_window
    button = window.template_problems_button
    assert button.isVisibleTo(window) and button.text() == "Template files left out: 1"

    button.click()
    from sopiva_desk.gui.dialogs.templates_dialog import TemplatesDialog

    dialog = window.findChild(TemplatesDialog)
    assert dialog is not None and dialog.isVisible()
    problems = dialog.problems_table
    assert problems.isVisibleTo(dialog) and problems.rowCount() == 1
    assert problems.item(0, 0).text() == "oma-arvio.toml"
    assert problems.item(0, 2).text()  # what is wrong, from the schema check
    assert str(county) in dialog.intro_label.text()
    shipped = [dialog.templates_table.item(r, 1).text() for r in range(dialog.templates_table.rowCount())]
    assert "vammaispalvelut-pta" in shipped  # the good templates are still in use
    dialog.close()


def test_no_template_notice_when_every_file_loads(qtbot, app_flow) -> None:  # type: ignore[no-untyped-def]
    controller, _, _ = app_flow
    unlock_via_window(qtbot, controller)
    assert not controller.main_window.template_problems_button.isVisibleTo(controller.main_window)


def test_an_open_visit_is_continued_from_the_client_file(qtbot, app_flow) -> None:  # type: ignore[no-untyped-def]
    controller, context, _ = app_flow
    unlock_via_window(qtbot, controller)
    window = controller.main_window
    client_id = context.workspace.clients.caseload()[0].id
    visit = context.workspace.visits.start_visit(client_id, "home_visit", "Koti")
    tab = window.client_file.assessments_tab
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        window._on_caseload_client_activated(client_id)  # noqa: SLF001 - as a double-click on the caseload does
    window.client_file.tabs.setCurrentWidget(tab)
    assert tab.continue_visit_button.isVisibleTo(window)
    tab.continue_visit_button.click()
    assert window.stack.currentWidget() is window.visit
    qtbot.waitUntil(lambda: window.visit.visit is not None and window.visit.visit.id == visit.id, timeout=10000)


def test_locking_closes_the_client_view(qtbot, app_flow) -> None:  # type: ignore[no-untyped-def]
    controller, context, _ = app_flow
    unlock_via_window(qtbot, controller)
    window = controller.main_window
    client_id = context.workspace.clients.caseload()[0].id
    session = context.workspace.decisions.start(client_id)
    context.workspace.decisions.add_option(session.id, "Oma koti", "", "1F3E0")
    page = window.decision_session
    with qtbot.waitSignal(page.session_opened, timeout=10000):
        window._on_open_session_from_client_file(session.id)  # noqa: SLF001 - as the client file's list does
    assert window.stack.currentWidget() is page
    page.client_view_button.click()
    client_window = page.client_window
    assert client_window is not None and client_window.isVisible()
    controller.lock()
    assert page.client_window is None and not client_window.isVisible()


def test_reaching_for_a_covered_window_brings_the_unlock_window_back(qtbot, app_flow) -> None:  # type: ignore[no-untyped-def]
    controller, context, _ = app_flow
    unlock_via_window(qtbot, controller)
    main = controller.main_window
    search = main.caseload.findChild(QLineEdit)
    controller.lock()
    lock_window = controller.unlock_window
    passphrase = lock_window.findChild(QLineEdit, "passphraseEdit")
    curtain = main.findChild(PrivacyCurtain)
    assert "Click here or press a key to unlock." in [label.text() for label in curtain.findChildren(QLabel)]

    def minimised_then(reach) -> None:  # type: ignore[no-untyped-def]
        lock_window.showMinimized()
        qtbot.waitUntil(lock_window.isMinimized, timeout=5000)
        passphrase.clearFocus()
        reach()
        qtbot.waitUntil(lambda: not lock_window.isMinimized() and lock_window.isVisible(), timeout=5000)
        assert lock_window.focusWidget() is passphrase

    minimised_then(lambda: qtbot.mouseClick(curtain, Qt.MouseButton.LeftButton))
    minimised_then(lambda: qtbot.keyClick(search, Qt.Key.Key_X))
    assert search.text() == ""  # the key went nowhere under the curtain
    minimised_then(lambda: QApplication.sendEvent(main, QEvent(QEvent.Type.WindowActivate)))  # chosen in the taskbar
    qtbot.waitUntil(lambda: not context.unlocked, timeout=10000)
    unlock_via_window(qtbot, controller)
    assert not controller.locked
    qtbot.waitUntil(lambda: main.findChild(PrivacyCurtain) is None, timeout=5000)
