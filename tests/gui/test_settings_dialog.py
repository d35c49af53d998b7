"""Settings: auto-lock time is stored in the profile, the language in config.json, passphrase change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.settings import SettingsDialog
from sopiva_desk.gui.tasks import ImmediateTaskRunner
from sopiva_desk.services.errors import WrongPassphraseError
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.settings import AppConfig
from sopiva_desk.services.workspace import Workspace

NEW = "harbour violin maple seven"


def make_dialog(qtbot, profile_service: ProfileService, workspace: Workspace, data_dir: Path):  # type: ignore[no-untyped-def]
    context = AppContext(profile_service, ImmediateTaskRunner())
    context.set_workspace(workspace)
    dialog = SettingsDialog(context, data_dir, workspace.settings.auto_lock_minutes())
    qtbot.addWidget(dialog)
    return dialog


def test_auto_lock_and_language_are_saved(qtbot, profile_service, workspace, data_dir) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, profile_service, workspace, data_dir)
    assert dialog.auto_lock.value() == 5
    dialog.auto_lock.setValue(12)
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog._on_buttons_accepted()  # noqa: SLF001 - the OK button's slot
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert workspace.settings.auto_lock_minutes() == 12
    assert AppConfig.load(data_dir).language == "sv"
    assert dialog.chosen_auto_lock_minutes == 12


def test_auto_lock_cannot_exceed_policy(qtbot, profile_service, workspace, data_dir) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, profile_service, workspace, data_dir)
    dialog.auto_lock.setValue(60)
    assert dialog.auto_lock.value() == 15


def test_change_passphrase(qtbot, profile_service, workspace, data_dir) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import DEMO_PASSPHRASE  # noqa: PLC0415

    dialog = make_dialog(qtbot, profile_service, workspace, data_dir)
    message = dialog.findChild(QLabel, "passMessage")
    dialog.findChild(QLineEdit, "oldPassEdit").setText(DEMO_PASSPHRASE)
    dialog.findChild(QLineEdit, "newPassEdit").setText(NEW)
    dialog.findChild(QLineEdit, "repeatPassEdit").setText("something else entirely")
    dialog.findChild(QPushButton, "changePassButton").click()
    assert "do not match" in message.text()
    assert dialog.findChild(QLineEdit, "newPassEdit").text() == NEW  # kept as typed
    dialog.findChild(QLineEdit, "repeatPassEdit").setText(NEW)
    dialog.findChild(QPushButton, "changePassButton").click()
    assert "changed" in message.text()
    profile_id = workspace.profile.profile_id
    profile_service.unlock(profile_id, NEW).close()
    try:
        profile_service.unlock(profile_id, DEMO_PASSPHRASE)
    except WrongPassphraseError:
        pass
    else:
        raise AssertionError("the old passphrase still works")
