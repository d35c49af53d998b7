"""While locked no window title names a client, windows left open are hidden, and what the app
put on the clipboard is gone; titles, windows and the user's own clipboard come back or stay."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from sopiva_desk.gui.controller import AppController
from sopiva_desk.gui.dialogs.document_preview import open_preview
from sopiva_desk.gui.lock import PrivacyCurtain, is_covered
from tests.gui.test_lock_and_app import app_flow, unlock_via_window  # noqa: F401 - the fixture is used

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
              pytest.mark.qt_log_ignore("This plugin does not support raise")]
TIMEOUT = 15000


def open_client_plan_preview(qtbot: Any, controller: AppController) -> tuple[QDialog, str]:
    main, context = controller.main_window, controller.context
    qtbot.waitUntil(lambda: main.caseload.model.rowCount() == 12, timeout=TIMEOUT)
    context.runner.wait_idle()
    row = main.caseload.model.rows[0]
    name = f"{row.first_names} {row.last_name}"
    plan = context.workspace.plans.start_draft(row.id)
    context.workspace.plans.add_goal(plan.id, {"client_words": "Asun omassa kodissa", "life_domain": "housing"})
    preview = open_preview(main, context, "client_plan", plan.id)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.document is not None, timeout=TIMEOUT)
    assert row.last_name in preview.windowTitle()  # what the lock must not leave in the task bar
    return preview, name


def test_locked_windows_name_no_client_and_come_back_on_unlock(qtbot: Any, app_flow: Any) -> None:  # noqa: F811
    controller, context, _ = app_flow
    unlock_via_window(qtbot, controller)
    preview, name = open_client_plan_preview(qtbot, controller)
    last_name = name.split()[-1]
    preview_title = preview.windowTitle()
    # A dialog waiting for an answer (modal as exec() makes it) and a free-standing window.
    asking = QDialog(controller.main_window, windowTitle=f"Poista {name}?")
    asking.setWindowModality(Qt.WindowModality.ApplicationModal)
    answer = QLineEdit("kirjoitettu", asking)
    asking.show()
    loose = QWidget(None, Qt.WindowType.Window, windowTitle=f"Muistiinpano – {name}")
    qtbot.addWidget(loose)
    loose.show()
    qtbot.waitExposed(loose)

    controller.lock()

    for window in QApplication.topLevelWidgets():
        assert last_name not in window.windowTitle(), window
        if window.isVisible() and not isinstance(window, PrivacyCurtain) and window is not controller.unlock_window:
            assert is_covered(window), window
    assert not preview.isVisible() and not loose.isVisible()
    assert asking.isVisible() and answer.text() == "kirjoitettu"  # covered, not cancelled
    # A title set while locked (a preview finishing in the background) is not shown either.
    preview.setWindowTitle(preview_title)
    assert last_name not in preview.windowTitle()
    qtbot.waitUntil(lambda: not context.unlocked, timeout=TIMEOUT)

    unlock_via_window(qtbot, controller)
    assert preview.isVisible() and preview.windowTitle() == preview_title
    assert loose.isVisible() and loose.windowTitle() == f"Muistiinpano – {name}"
    assert asking.windowTitle() == f"Poista {name}?" and answer.text() == "kirjoitettu"
    assert controller.main_window.windowTitle() == "Sopiva Desk — Testi Ohjaaja"
    asking.close()
    preview.close()


def test_lock_clears_client_data_the_app_copied(qtbot: Any, app_flow: Any) -> None:  # noqa: F811
    controller, context, _ = app_flow
    unlock_via_window(qtbot, controller)
    main = controller.main_window
    qtbot.waitUntil(lambda: main.caseload.model.rowCount() == 12, timeout=TIMEOUT)
    main.activateWindow()
    search = main.caseload.findChild(QLineEdit, "searchEdit")
    search.setFocus()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None, timeout=TIMEOUT)
    row = main.caseload.model.rows[0]
    search.setText(row.identifier)
    search.selectAll()
    search.copy()  # Ctrl+C in the app
    assert QGuiApplication.clipboard().text() == row.identifier
    controller.lock()
    assert QGuiApplication.clipboard().text() == ""
    qtbot.waitUntil(lambda: not context.unlocked, timeout=TIMEOUT)


@pytest.fixture
def copied_elsewhere(qapp: Any) -> str:
    """Text the user copied in another program before the app started."""
    text = "osoite muualta kopioitu"
    QGuiApplication.clipboard().setText(text)
    return text


def test_lock_leaves_what_the_user_copied_elsewhere(qtbot: Any, copied_elsewhere: str,
                                                    app_flow: Any) -> None:  # noqa: F811
    controller, context, _ = app_flow
    unlock_via_window(qtbot, controller)
    controller.lock()
    assert QGuiApplication.clipboard().text() == copied_elsewhere
    qtbot.waitUntil(lambda: not context.unlocked, timeout=TIMEOUT)
    QGuiApplication.clipboard().clear()


def test_where_the_platform_reports_the_owner_the_guard_asks_it(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """X11 and Windows say who owns the clipboard; offscreen Qt never does, so the answer is
    taken from it as those platforms would give it (the crash this caught: a private Qt call)."""
    from sopiva_desk.gui import lock_privacy

    monkeypatch.setattr(lock_privacy, "_reports_owner", lambda: True)
    guard = lock_privacy.ClipboardGuard()
    QGuiApplication.clipboard().setText("Stina Holmström")  # offscreen: never "owned", so not ours
    assert not guard.holds_ours()
    assert guard.clear_ours() == []
    assert QGuiApplication.clipboard().text() == "Stina Holmström"
    QGuiApplication.clipboard().clear()
