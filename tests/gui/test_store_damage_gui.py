"""What the counsellor sees when the data file is damaged: the dialog with the two ways back (the
restore seam for the backup's dialog), the read-only window, refused saves, and the message for
a key file swapped in from another profile (no failed attempt counted)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.controller import AppController
from sopiva_desk.gui.dialogs.store_damage import StoreDamageDialog
from sopiva_desk.gui.tasks import TaskRunner
from sopiva_desk.services import demo
from sopiva_desk.services.profiles import ProfileService, ProfileSummary
from sopiva_desk.store import integrity

PASS = "kettle lake autumn train"


@pytest.fixture
def app_flow(qtbot, profile_service: ProfileService, data_dir: Path  # type: ignore[no-untyped-def]
             ) -> Iterator[tuple[AppController, AppContext, ProfileSummary]]:
    profile = profile_service.create_profile("Testi Ohjaaja", PASS, PASS)
    ws = profile_service.unlock(profile.profile_id, PASS)
    pairs = list(demo.demo_clients(6))
    ws.clients.create_clients([c for c, _ in pairs], close_persons=[p for _, p in pairs])
    ws.close()
    runner = TaskRunner()
    context = AppContext(profile_service, runner, ui_language="en")
    controller = AppController(context, data_dir)
    controller.start(profile.profile_id)
    yield controller, context, profile
    for window in QApplication.topLevelWidgets():
        window.close()
    runner.wait_idle()
    if context.unlocked:
        context.workspace.close()
    runner.shutdown()


def type_passphrase(qtbot, controller: AppController, passphrase: str = PASS) -> None:  # type: ignore[no-untyped-def]
    window = controller.unlock_window
    assert window is not None
    edit = window.findChild(QLineEdit, "passphraseEdit")
    edit.setText(passphrase)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def damage_dialog() -> StoreDamageDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, StoreDamageDialog) and w.isVisible()]
    return found[0] if found else None


def test_damage_found_after_unlock_turns_the_window_read_only_and_offers_the_ways_back(
        qtbot, app_flow, monkeypatch: pytest.MonkeyPatch, no_blocking_dialogs: list[str]) -> None:  # type: ignore[no-untyped-def]
    controller, context, profile = app_flow
    monkeypatch.setattr(integrity, "find_damage", lambda path, key: ["HMAC verification failed for page 7"])
    with qtbot.waitSignal(controller.store_damaged, timeout=15000):
        type_passphrase(qtbot, controller)
    main = controller.main_window
    assert main.findChild(QLabel, "readOnlyLabel").isVisible()
    qtbot.waitUntil(lambda: damage_dialog() is not None, timeout=10000)
    dialog = damage_dialog()
    text = dialog.findChild(QLabel, "storeDamageText").text()
    assert "writes nothing into the file" in text
    assert "never connected to the central records" in text  # not enrolled: only here and in backups
    # A save is refused with a clear message; nothing reaches the file.
    no_blocking_dialogs.clear()
    workspace = context.workspace
    context.run(lambda: workspace.clients.create_client({"first_names": "Uusi", "last_name": "Asiakas",
                                                         "temporary_id": "TMP-1", "municipality_code": "491"}),
                parent=main)
    qtbot.waitUntil(lambda: any("data file of this profile is damaged" in s for s in no_blocking_dialogs),
                    timeout=10000)
    with qtbot.waitSignal(controller.restore_requested, timeout=5000) as asked:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked.args == [profile.profile_id]


def test_a_file_that_cannot_be_opened_offers_the_ways_back_at_unlock(
        qtbot, app_flow, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    controller, context, profile = app_flow
    store = data_dir / "profiles" / profile.profile_id / "store.db"
    store.write_bytes(b"")
    qtbot.waitUntil(lambda: controller.unlock_window is not None)
    type_passphrase(qtbot, controller)
    qtbot.waitUntil(lambda: damage_dialog() is not None, timeout=15000)
    dialog = damage_dialog()
    assert "cannot be opened" in dialog.findChild(QLabel, "storeDamageText").text()
    assert not context.unlocked and store.stat().st_size == 0
    with qtbot.waitSignal(controller.restore_requested, timeout=5000) as asked:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked.args == [profile.profile_id]


def test_a_swapped_key_file_is_named_and_no_attempt_is_counted(
        qtbot, app_flow, profile_service: ProfileService, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    controller, context, profile = app_flow
    other = profile_service.create_profile("Toinen Ohjaaja", "harbour violin maple seven", "harbour violin maple seven")
    folder = data_dir / "profiles" / profile.profile_id
    shutil.copyfile(data_dir / "profiles" / other.profile_id / "profile.json", folder / "profile.json")
    window = controller.unlock_window
    window.reload_profiles()
    window.select_profile(profile.profile_id)
    type_passphrase(qtbot, controller, "harbour violin maple seven")
    error = window.findChild(QLabel, "errorLabel")
    qtbot.waitUntil(lambda: "belongs to another profile" in error.text(), timeout=15000)
    assert "no failed attempt was counted" in error.text()
    assert window.ui.unlockButton.isEnabled()  # no countdown
    assert profile_service.seconds_until_next_attempt(profile.profile_id) == 0
    assert not context.unlocked


def test_setting_up_a_new_profile_closes_the_damaged_one_first(
        qtbot, app_flow, monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    controller, context, profile = app_flow
    monkeypatch.setattr(integrity, "find_damage", lambda path, key: ["HMAC verification failed for page 7"])
    with qtbot.waitSignal(controller.store_damaged, timeout=15000):
        type_passphrase(qtbot, controller)
    qtbot.waitUntil(lambda: damage_dialog() is not None, timeout=10000)
    store = data_dir / "profiles" / profile.profile_id / "store.db"
    before = store.read_bytes()
    qtbot.mouseClick(damage_dialog().new_profile_button, Qt.MouseButton.LeftButton)
    assert not context.unlocked and controller.main_window is None
    assert controller.wizard is not None and controller.wizard.isVisible()
    assert controller.unlock_window is not None and controller.unlock_window.isVisible()
    assert store.read_bytes() == before
