"""Settings: auto-lock time is stored in the profile, the language in config.json, passphrase change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

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
    assert "do not match" in dialog.errors["repeat"].text()
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


def _no_overlap(widgets: list[QWidget]) -> bool:
    boxes = [w.geometry() for w in widgets if w.isVisible()]
    return not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


def test_a_refused_change_says_why_next_to_each_field_and_the_dialog_keeps_its_size(
        qtbot, profile_service, workspace, data_dir, no_blocking_dialogs) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, profile_service, workspace, data_dir)
    dialog.show()
    qtbot.waitExposed(dialog)
    size = dialog.size()
    dialog.old_pass.setText("not the passphrase at all")
    dialog.new_pass.setText("kissa")
    dialog.repeat_pass.setText("koira")
    dialog.change_button.click()
    qtbot.waitUntil(lambda: dialog.errors["passphrase"].isVisible())
    assert "at least 12 characters" in dialog.errors["passphrase"].text()
    assert "easy to guess" in dialog.errors["passphrase"].text()
    assert dialog.errors["repeat"].text() == "The passphrases do not match."
    assert not dialog.errors["old"].isVisible()  # the rules are checked before the passphrase is tried

    dialog.new_pass.setText(NEW)
    dialog.repeat_pass.setText(NEW)
    dialog.change_button.click()
    qtbot.waitUntil(lambda: dialog.errors["old"].isVisible())
    assert "Wrong passphrase" in dialog.errors["old"].text()
    assert no_blocking_dialogs == []  # said next to the field, not in a message box
    assert dialog.size() == size
    grid = dialog.old_pass.parentWidget()
    for label in dialog.errors.values():
        if label.isVisible():  # wrapped in full: as tall as its text needs at its width
            assert label.height() >= label.heightForWidth(label.width())
    assert _no_overlap(list(grid.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)))

    dialog.old_pass.clear()
    assert not dialog.errors["old"].isVisible() and dialog.errors["old"].text() == ""


def test_messages_go_when_their_field_is_edited(qtbot, profile_service, workspace, data_dir) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, profile_service, workspace, data_dir)
    dialog.new_pass.setText("kissa")
    dialog.repeat_pass.setText("koira")
    dialog.change_button.click()
    assert dialog.errors["passphrase"].isVisibleTo(dialog) and dialog.errors["repeat"].isVisibleTo(dialog)
    dialog.repeat_pass.setText("kiss")
    assert not dialog.errors["repeat"].isVisibleTo(dialog)
    assert dialog.errors["passphrase"].isVisibleTo(dialog)  # only the edited field's message goes
    dialog.new_pass.clear()
    assert not dialog.errors["passphrase"].isVisibleTo(dialog)
    assert dialog.meter.word.text() == ""


def test_the_new_passphrase_shows_its_strength_as_it_is_typed(qtbot, profile_service, workspace, data_dir) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, profile_service, workspace, data_dir)
    dialog.new_pass.setText("kissa")
    dialog.rating.rate_now()
    assert dialog.meter.word.text() in {"Very weak", "Weak"}
    dialog.new_pass.setText(NEW)
    dialog.rating.rate_now()
    assert dialog.meter.word.text() in {"Strong", "Very strong"}


def test_the_purge_policy_is_off_by_default_and_saved_in_the_profile(  # type: ignore[no-untyped-def]
        qtbot, profile_service, workspace, data_dir) -> None:
    dialog = make_dialog(qtbot, profile_service, workspace, data_dir)
    combo = dialog.purge_days
    assert combo.currentData() is None and combo.count() == 4
    combo.setCurrentIndex(combo.findData(90))
    dialog._on_buttons_accepted()  # noqa: SLF001 - the OK button's slot
    assert workspace.purge.policy_days() == 90
    again = SettingsDialog(dialog.context, data_dir, 5, purge_days=workspace.purge.policy_days())
    qtbot.addWidget(again)
    assert again.purge_days.currentData() == 90
