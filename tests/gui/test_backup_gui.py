"""Backups as the counsellor meets them: File → Back up now…, Settings → Backups and Security, and
"Restore from a backup…" on the unlock screen and in the first-start wizard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from sopiva_desk.gui import prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.controller import AppController
from sopiva_desk.gui.dialogs.restore_backup import RestoreBackupDialog
from sopiva_desk.gui.dialogs.settings import SettingsDialog
from sopiva_desk.gui.tasks import ImmediateTaskRunner, TaskRunner
from sopiva_desk.gui.unlock_window import UnlockWindow
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from tests.conftest import DEMO_PASSPHRASE


@pytest.fixture
def backup_file(profile_service: ProfileService, tmp_path: Path) -> Path:
    profile = profile_service.create_profile("Eeva Esimerkki", DEMO_PASSPHRASE, DEMO_PASSPHRASE)
    ws = profile_service.unlock(profile.profile_id, DEMO_PASSPHRASE)
    ws.clients.create_client({"first_names": "Aino", "last_name": "Virtanen", "temporary_id": "TMP-1",
                              "municipality_code": "491"})
    target = tmp_path / "eeva.sopiva-backup"
    ws.backups.back_up_to(target)
    ws.close()
    return target


def _immediate(profile_service: ProfileService) -> AppContext:
    return AppContext(profile_service, ImmediateTaskRunner(), ui_language="en")


def test_restore_from_the_unlock_window(qtbot, profile_service: ProfileService, backup_file: Path,  # type: ignore[no-untyped-def]
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    context = _immediate(profile_service)
    window = UnlockWindow(context)
    qtbot.addWidget(window)
    window.show()
    button = window.findChild(QPushButton, "restoreBackupButton")
    assert button.isVisible()
    monkeypatch.setattr(prompts, "choose_file", lambda parent, title, filters: str(backup_file))
    button.click()
    dialog = window.restore_dialog
    assert isinstance(dialog, RestoreBackupDialog) and dialog.isVisible()
    assert not dialog.restore_button.isEnabled()  # nothing chosen yet
    dialog.choose_button.click()
    assert "Backup of Eeva Esimerkki" in dialog.summary.text()
    assert dialog.name.text() == "Eeva Esimerkki (restored)"  # the original is on this computer
    dialog.passphrase.setText("this is not the passphrase")
    dialog.restore_button.click()
    assert "Wrong passphrase" in dialog.passphrase_error.text() and dialog.passphrase_error.isVisible()
    assert len(profile_service.profiles()) == 1
    dialog.passphrase.setText(DEMO_PASSPHRASE)
    with qtbot.waitSignal(dialog.restored):
        dialog.restore_button.click()
    assert not dialog.passphrase_error.isVisible()
    assert "restored as the profile “Eeva Esimerkki (restored)”" in dialog.status.text()
    names = {p.display_name: p.profile_id for p in profile_service.profiles()}
    assert window.selected_profile_id() == names["Eeva Esimerkki (restored)"]
    dialog.restore_button.click()  # "Choose it and close"
    assert not dialog.isVisible()


def test_a_damaged_file_is_refused_next_to_the_file(qtbot, profile_service: ProfileService,  # type: ignore[no-untyped-def]
                                                    backup_file: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sopiva-backup"
    data = backup_file.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    dialog = RestoreBackupDialog(_immediate(profile_service))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose(damaged)
    assert "not a Sopiva Desk backup, or it is damaged" in dialog.file_error.text()
    assert dialog.file_error.isVisible() and not dialog.restore_button.isEnabled()
    dialog.choose(backup_file)  # another try clears it
    assert not dialog.file_error.isVisible() and dialog.restore_button.isEnabled()
    assert len(profile_service.profiles()) == 1


def test_restore_from_the_first_start_wizard(qtbot, profile_service: ProfileService, backup_file: Path,  # type: ignore[no-untyped-def]
                                             data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sopiva_desk.gui.dialogs.first_run import FirstRunWizard
    from tests.conftest import FAST_KDF

    fresh = ProfileService(tmp_path / "new-laptop", kdf=FAST_KDF)  # another computer: no profile yet
    wizard = FirstRunWizard(_immediate(fresh))
    qtbot.addWidget(wizard)
    wizard.show()
    monkeypatch.setattr(prompts, "choose_file", lambda parent, title, filters: str(backup_file))
    wizard.findChild(QPushButton, "wizardRestoreButton").click()
    dialog = wizard.restore_dialog
    dialog.choose_button.click()
    assert dialog.name.text() == "Eeva Esimerkki"  # no profile of that name here
    dialog.passphrase.setText(DEMO_PASSPHRASE)
    dialog.restore_button.click()
    with qtbot.waitSignal(wizard.accepted):
        dialog.restore_button.click()
    assert wizard.created_profile is not None
    assert [p.display_name for p in fresh.profiles()] == ["Eeva Esimerkki"]


def _settings(qtbot, context: AppContext, workspace: Workspace, data_dir: Path) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(context, data_dir, 5, backups=workspace.backups.settings())
    qtbot.addWidget(dialog)
    return dialog


def test_automatic_backups_are_set_in_settings(qtbot, profile_service: ProfileService, workspace: Workspace,  # type: ignore[no-untyped-def]
                                               data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    context = _immediate(profile_service)
    context.set_workspace(workspace)
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog = _settings(qtbot, context, workspace, data_dir)
    tab = dialog.backups
    assert tab.status_label.text() == "No backup of this profile has been made yet."
    monkeypatch.setattr(prompts, "choose_folder", lambda parent, title: "")
    tab.automatic.setChecked(True)  # no folder chosen: stays off
    assert not tab.automatic.isChecked()
    monkeypatch.setattr(prompts, "choose_folder", lambda parent, title: str(usb))
    tab.automatic.setChecked(True)
    assert tab.folder_label.text() == str(usb)
    tab.keep.setValue(3)
    tab.every.setCurrentIndex(tab.every.findData(7))
    dialog._on_buttons_accepted()  # noqa: SLF001 - the OK button's slot
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    saved = workspace.backups.settings()
    assert (saved.folder, saved.keep, saved.every_days) == (str(usb), 3, 7)
    assert workspace.backups.run_if_due() is not None
    dialog = _settings(qtbot, context, workspace, data_dir)
    assert dialog.backups.status_label.text().endswith(f"to {workspace.backups.settings().last_path}")
    assert dialog.backups.automatic.isChecked()


def test_a_folder_gone_is_said_in_settings(qtbot, profile_service: ProfileService, workspace: Workspace,  # type: ignore[no-untyped-def]
                                           data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    context = _immediate(profile_service)
    context.set_workspace(workspace)
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog = _settings(qtbot, context, workspace, data_dir)
    monkeypatch.setattr(prompts, "choose_folder", lambda parent, title: str(usb))
    dialog.backups.automatic.setChecked(True)
    usb.rmdir()  # the drive was pulled out before OK
    dialog._on_buttons_accepted()  # noqa: SLF001
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is dialog.backups
    assert "backup folder cannot be found" in dialog.backups.folder_error.text()


def test_back_up_now_from_the_file_menu(qtbot, profile_service: ProfileService, workspace: Workspace,  # type: ignore[no-untyped-def]
                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sopiva_desk.gui.main_window import MainWindow

    context = _immediate(profile_service)
    context.set_workspace(workspace)
    window = MainWindow(context)
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(prompts, "choose_save_path", lambda parent, title, name, filters: str(tmp_path / "copy"))
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: shown.append(text))
    window.backup_action.trigger()
    target = tmp_path / "copy.sopiva-backup"
    assert target.is_file()
    assert shown and str(target) in shown[0]
    assert workspace.backups.settings().last_path == str(target)


def test_back_up_now_to_a_full_disk_says_so(qtbot, profile_service: ProfileService,  # type: ignore[no-untyped-def]
                                            workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            dialogs: list[str]) -> None:
    import errno

    from sopiva_desk.gui.main_window import MainWindow
    from sopiva_desk.store import backup

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "_create_private", full)
    context = _immediate(profile_service)
    context.set_workspace(workspace)
    window = MainWindow(context)
    qtbot.addWidget(window)
    monkeypatch.setattr(prompts, "choose_save_path", lambda parent, title, name, filters: str(tmp_path / "b"))
    window.backup_action.trigger()
    assert dialogs and "did not fit" in dialogs[0]
    assert workspace.backups.settings().last_error == "backup.disk_full"
    assert list(tmp_path.glob("*.sopiva-backup")) == []


def test_security_tab_checks_the_passphrase_before_asking_for_a_rekey(qtbot, profile_service: ProfileService,  # type: ignore[no-untyped-def]
                                                                        workspace: Workspace, data_dir: Path) -> None:
    context = _immediate(profile_service)
    context.set_workspace(workspace)
    dialog = _settings(qtbot, context, workspace, data_dir)
    tab = dialog.security
    tab.findChild(QLineEdit, "rekeyPassEdit").setText("not the passphrase")
    tab.findChild(QPushButton, "rekeyButton").click()
    assert "Wrong passphrase" in tab.findChild(QLabel, "rekeyPassError").text()
    tab.findChild(QLineEdit, "rekeyPassEdit").setText(DEMO_PASSPHRASE)
    with qtbot.waitSignal(dialog.rekey_requested) as asked:
        tab.findChild(QPushButton, "rekeyButton").click()
    assert asked.args == [DEMO_PASSPHRASE]


def test_rekey_locks_then_reencrypts_and_unlocks_as_before(qtbot, profile_service: ProfileService,  # type: ignore[no-untyped-def]
                                                           data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    profile = profile_service.create_profile("Testi Ohjaaja", DEMO_PASSPHRASE, DEMO_PASSPHRASE)
    runner = TaskRunner()
    context = AppContext(profile_service, runner)
    controller = AppController(context, data_dir)
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: shown.append(text))
    try:
        controller.start(profile.profile_id)
        window = controller.unlock_window
        window.ui.passphraseEdit.setText(DEMO_PASSPHRASE)
        with qtbot.waitSignal(window.unlocked, timeout=15000):
            window.ui.unlockButton.click()
        folder = data_dir / "profiles" / profile.profile_id
        controller.rekey(DEMO_PASSPHRASE)
        assert controller.locked
        qtbot.waitUntil(lambda: bool(shown), timeout=30000)
        assert "now encrypted with a new key" in shown[0]
        assert [p.name for p in folder.glob("store*.db")] != ["store.db"]
        assert len(list((data_dir / "backups").glob("*.sopiva-backup"))) == 1
        lock_window = controller.unlock_window
        lock_window.ui.passphraseEdit.setText(DEMO_PASSPHRASE)
        with qtbot.waitSignal(lock_window.unlocked, timeout=15000):
            lock_window.ui.unlockButton.click()
        assert context.unlocked
        qtbot.waitUntil(lambda: not runner.busy, timeout=15000)  # the auto-lock time read after unlock
    finally:
        if controller.main_window is not None:
            controller.main_window.close()
        for window in QApplication.topLevelWidgets():
            window.close()
        runner.wait_idle()
        if context.unlocked:
            context.workspace.close()
        runner.shutdown()


def test_automatic_backup_on_the_timer_and_its_failure_in_the_status_bar(  # type: ignore[no-untyped-def]
        qtbot, profile_service: ProfileService, workspace: Workspace, tmp_path: Path) -> None:
    from sopiva_desk.gui.backup_schedule import BackupScheduler

    usb = tmp_path / "usb"
    usb.mkdir()
    workspace.backups.set_schedule(str(usb), 3, 1)
    context = _immediate(profile_service)
    context.set_workspace(workspace)
    scheduler = BackupScheduler(context)
    with qtbot.waitSignal(scheduler.made):
        scheduler.check()
    assert len(list(usb.glob("*.sopiva-backup"))) == 1
    with qtbot.assertNotEmitted(scheduler.made):
        scheduler.check()  # not due again within the day
    with workspace.db.transaction() as session:  # the last backup was two days ago
        from sopiva_desk.store.repositories import settings as repo

        repo.put(session, "backup_last_at", "2020-01-01T00:00:00+00:00")
    usb.rename(tmp_path / "elsewhere")  # the drive is not connected
    with qtbot.waitSignal(scheduler.failed) as failed:
        scheduler.check()
    assert failed.args[0].startswith("Automatic backup failed: The backup folder cannot be found")


def test_a_due_backup_is_made_when_the_app_locks(qtbot, profile_service: ProfileService,  # type: ignore[no-untyped-def]
                                                 data_dir: Path, tmp_path: Path) -> None:
    profile = profile_service.create_profile("Testi Ohjaaja", DEMO_PASSPHRASE, DEMO_PASSPHRASE)
    usb = tmp_path / "usb"
    usb.mkdir()
    ws = profile_service.unlock(profile.profile_id, DEMO_PASSPHRASE)
    ws.backups.set_schedule(str(usb), 3, 1)
    ws.close()
    runner = TaskRunner()
    context = AppContext(profile_service, runner)
    controller = AppController(context, data_dir)
    try:
        controller.start(profile.profile_id)
        window = controller.unlock_window
        window.ui.passphraseEdit.setText(DEMO_PASSPHRASE)
        with qtbot.waitSignal(window.unlocked, timeout=15000):
            window.ui.unlockButton.click()
        qtbot.waitUntil(lambda: not runner.busy, timeout=15000)
        assert list(usb.iterdir()) == []  # the timer's first check is a minute away
        controller.lock()
        qtbot.waitUntil(lambda: not context.unlocked, timeout=30000)
        assert len(list(usb.glob("*.sopiva-backup"))) == 1
    finally:
        if controller.main_window is not None:
            controller.main_window.close()
        for each in QApplication.topLevelWidgets():
            each.close()
        runner.wait_idle()
        if context.unlocked:
            context.workspace.close()
        runner.shutdown()
