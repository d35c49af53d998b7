"""The start/lock screen: names only before unlock, unlock off the GUI thread, friendly failures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QWidget

from sopiva_desk.gui import prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.messages import message
from sopiva_desk.gui.tasks import ImmediateTaskRunner, TaskRunner
from sopiva_desk.gui.unlock_window import UnlockWindow
from sopiva_desk.services.errors import WrongPassphraseError
from sopiva_desk.services.profiles import ProfileService, ProfileSummary
from sopiva_desk.services.workspace import Workspace
from tests.conftest import DEMO_PASSPHRASE as PASSPHRASE
from tests.conftest import FAST_KDF

OTHER_PASSPHRASE = "otter violin marsh lantern"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, title, text: shown.append((title, text)))
    return shown


@pytest.fixture
def runner(qapp: object) -> Iterator[ImmediateTaskRunner]:
    task_runner = ImmediateTaskRunner()
    yield task_runner
    task_runner.shutdown()


@pytest.fixture
def context(profile_service: ProfileService, runner: ImmediateTaskRunner) -> AppContext:
    return AppContext(profile_service, runner)


@pytest.fixture
def profile(profile_service: ProfileService) -> ProfileSummary:
    return profile_service.create_profile("Testi Ohjaaja", PASSPHRASE, PASSPHRASE)


def make_window(qtbot, context: AppContext, **kwargs: object) -> UnlockWindow:
    window = UnlockWindow(context, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def type_and_unlock(qtbot, window: UnlockWindow, passphrase: str) -> None:
    edit = window.ui.passphraseEdit
    edit.clear()
    qtbot.keyClicks(edit, passphrase)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_before_unlock_only_profile_names_are_shown(qtbot, profile_service, context) -> None:
    first = profile_service.create_profile("Bertta Ohjaaja", PASSPHRASE, PASSPHRASE)
    second = profile_service.create_profile("Aino Virtanen", PASSPHRASE, PASSPHRASE)
    window = make_window(qtbot, context)

    combo = window.ui.profileCombo
    assert not combo.isHidden() and combo.isEnabled()
    assert [combo.itemText(i) for i in range(combo.count())] == ["Aino Virtanen", "Bertta Ohjaaja"]
    assert {combo.itemData(i) for i in range(combo.count())} == {first.profile_id, second.profile_id}
    # No lists or tables of client data exist on this screen, and no id is shown anywhere.
    views = [v for v in window.findChildren(QAbstractItemView) if v is not combo.view()]
    assert views == []
    assert [e.objectName() for e in window.findChildren(QLineEdit)] == ["passphraseEdit"]
    texts = " ".join(label.text() for label in window.findChildren(QLabel))
    assert first.profile_id not in texts and second.profile_id not in texts
    assert window.ui.passphraseEdit.echoMode() == QLineEdit.EchoMode.Password
    assert window.ui.titleLabel.text() == "Sopiva Desk"
    assert not window.ui.createProfileButton.isHidden()
    assert window.ui.errorLabel.isHidden()


def test_single_profile_hides_the_chooser_and_names_the_profile(qtbot, profile, context) -> None:
    window = make_window(qtbot, context)

    assert window.ui.profileCombo.isHidden()
    assert window.selected_profile_id() == profile.profile_id
    assert "Testi Ohjaaja" in window.ui.profileNameLabel.text()
    assert window.focusWidget() is window.ui.passphraseEdit


def test_correct_passphrase_emits_the_workspace(qtbot, profile, context, dialogs) -> None:
    window = make_window(qtbot, context)

    with qtbot.waitSignal(window.unlocked) as blocker:
        type_and_unlock(qtbot, window, PASSPHRASE)

    workspace = blocker.args[0]
    try:
        assert isinstance(workspace, Workspace)
        assert workspace.profile == profile
        assert window.ui.passphraseEdit.text() == ""
        assert window.ui.passphraseEdit.isEnabled() and window.ui.unlockButton.isEnabled()
        assert window.ui.unlockButton.text() == "Unlock"
        assert window.ui.errorLabel.isHidden()
        assert dialogs == []
    finally:
        workspace.close()


def test_unlock_button_unlocks_the_chosen_profile(qtbot, profile_service, context) -> None:
    profile_service.create_profile("Aino Virtanen", PASSPHRASE, PASSPHRASE)
    other = profile_service.create_profile("Bertta Ohjaaja", OTHER_PASSPHRASE, OTHER_PASSPHRASE)
    window = make_window(qtbot, context)
    assert window.select_profile(other.profile_id)
    qtbot.keyClicks(window.ui.passphraseEdit, OTHER_PASSPHRASE)

    with qtbot.waitSignal(window.unlocked) as blocker:
        qtbot.mouseClick(window.ui.unlockButton, Qt.MouseButton.LeftButton)

    workspace = blocker.args[0]
    assert workspace.profile.profile_id == other.profile_id
    workspace.close()


def test_wrong_passphrase_shows_the_message_and_keeps_the_text(qtbot, profile, context, dialogs) -> None:
    window = make_window(qtbot, context)

    with qtbot.assertNotEmitted(window.unlocked):
        type_and_unlock(qtbot, window, "kettle lake autumn rain")

    edit = window.ui.passphraseEdit
    assert window.isVisible()
    assert window.ui.errorLabel.text() == message("unlock.wrong_passphrase")
    assert not window.ui.errorLabel.isHidden()
    assert edit.text() == "kettle lake autumn rain"
    assert edit.selectedText() == "kettle lake autumn rain"
    assert window.focusWidget() is edit
    assert edit.accessibleDescription() == message("unlock.wrong_passphrase")
    assert window.ui.unlockButton.isEnabled()
    assert dialogs == []

    qtbot.keyClicks(edit, "x")  # typing again starts a new try and clears the old message
    assert window.ui.errorLabel.isHidden()


def test_empty_passphrase_asks_for_one_without_trying(qtbot, profile, context, profile_service) -> None:
    window = make_window(qtbot, context)

    with qtbot.assertNotEmitted(window.unlocked):
        qtbot.keyClick(window.ui.passphraseEdit, Qt.Key.Key_Return)

    assert window.ui.errorLabel.text() == message("passphrase.empty")
    assert profile_service.seconds_until_next_attempt(profile.profile_id) == 0


def test_third_wrong_attempt_starts_a_countdown(qtbot, data_dir: Path) -> None:
    clock = FakeClock()
    service = ProfileService(data_dir, clock=clock, kdf=FAST_KDF)
    profile = service.create_profile("Testi Ohjaaja", PASSPHRASE, PASSPHRASE)
    runner = ImmediateTaskRunner()
    window = make_window(qtbot, AppContext(service, runner))
    button = window.ui.unlockButton

    for _ in range(3):
        assert button.isEnabled()
        type_and_unlock(qtbot, window, "wrong guess number")

    # The 4th attempt must wait: the button is off and the label counts down.
    assert not button.isEnabled()
    assert message("unlock.wrong_passphrase") in window.ui.errorLabel.text()
    assert message("unlock.throttled", {"seconds": 5}) in window.ui.errorLabel.text()
    with qtbot.assertNotEmitted(window.unlocked):
        type_and_unlock(qtbot, window, PASSPHRASE)  # Enter is ignored while throttled
    assert service.seconds_until_next_attempt(profile.profile_id) == 5

    clock.now += 2
    qtbot.waitUntil(lambda: message("unlock.throttled", {"seconds": 3}) in window.ui.errorLabel.text(),
                    timeout=3000)
    clock.now += 3
    qtbot.waitUntil(button.isEnabled, timeout=3000)
    assert window.ui.errorLabel.isHidden()

    with qtbot.waitSignal(window.unlocked) as blocker:
        type_and_unlock(qtbot, window, PASSPHRASE)
    blocker.args[0].close()
    runner.shutdown()


def test_throttled_error_from_the_service_disables_unlock(qtbot, data_dir: Path) -> None:
    clock = FakeClock()
    service = ProfileService(data_dir, clock=clock, kdf=FAST_KDF)
    profile = service.create_profile("Testi Ohjaaja", PASSPHRASE, PASSPHRASE)
    runner = ImmediateTaskRunner()
    window = make_window(qtbot, AppContext(service, runner))
    for _ in range(3):  # wrong attempts made after the window was shown (e.g. by another window)
        with pytest.raises(WrongPassphraseError):
            service.unlock(profile.profile_id, "wrong guess number")
    clock.now += 1

    with qtbot.assertNotEmitted(window.unlocked):
        type_and_unlock(qtbot, window, PASSPHRASE)  # the 4th attempt

    assert window.ui.errorLabel.text() == message("unlock.throttled", {"seconds": 4})
    assert not window.ui.unlockButton.isEnabled()
    assert window.ui.passphraseEdit.text() == PASSPHRASE
    runner.shutdown()


def test_a_profile_still_throttled_at_start_shows_the_wait(qtbot, data_dir: Path) -> None:
    clock = FakeClock()
    service = ProfileService(data_dir, clock=clock, kdf=FAST_KDF)
    profile = service.create_profile("Testi Ohjaaja", PASSPHRASE, PASSPHRASE)
    for _ in range(4):
        clock.now += 60  # each wrong attempt made after the previous wait had passed
        with pytest.raises(WrongPassphraseError):
            service.unlock(profile.profile_id, "wrong guess number")
    runner = ImmediateTaskRunner()
    window = make_window(qtbot, AppContext(service, runner))

    assert not window.ui.unlockButton.isEnabled()
    assert window.ui.errorLabel.text() == message("unlock.throttled", {"seconds": 10})
    runner.shutdown()


def test_damaged_store_is_reported_and_left_untouched(qtbot, profile, context, data_dir, dialogs) -> None:
    store = data_dir / "profiles" / profile.profile_id / "store.db"
    original = store.read_bytes()
    damaged = b"\xa5" * 4096 + original[4096:]
    store.write_bytes(damaged)
    window = make_window(qtbot, context)

    with qtbot.assertNotEmitted(window.unlocked):
        type_and_unlock(qtbot, window, PASSPHRASE)

    assert window.ui.errorLabel.text() == message("store.damaged")
    assert store.read_bytes() == damaged
    assert window.ui.passphraseEdit.isEnabled() and window.ui.unlockButton.isEnabled()
    assert dialogs == []


def test_missing_store_is_reported(qtbot, profile, context, data_dir, dialogs) -> None:
    (data_dir / "profiles" / profile.profile_id / "store.db").unlink()
    window = make_window(qtbot, context)

    type_and_unlock(qtbot, window, PASSPHRASE)

    assert window.ui.errorLabel.text() == message("store.missing")
    assert not (data_dir / "profiles" / profile.profile_id / "store.db").exists()
    assert dialogs == []


def test_a_bug_during_unlock_gets_a_crash_dialog(qtbot, profile, context, monkeypatch, dialogs) -> None:
    def broken(_profile_id: str, _passphrase: str) -> Workspace:
        raise RuntimeError("a bug")

    monkeypatch.setattr(context.profiles, "unlock", broken)
    window = make_window(qtbot, context)

    type_and_unlock(qtbot, window, PASSPHRASE)

    assert [title for title, _text in dialogs] == ["Unexpected error"]
    assert window.ui.passphraseEdit.isEnabled() and window.ui.unlockButton.isEnabled()


def test_locked_mode_fixes_the_profile_and_hides_create(qtbot, profile_service, context) -> None:
    profile_service.create_profile("Aino Virtanen", PASSPHRASE, PASSPHRASE)
    locked = profile_service.create_profile("Bertta Ohjaaja", PASSPHRASE, PASSPHRASE)
    window = make_window(qtbot, context, locked_profile_id=locked.profile_id)

    assert window.ui.createProfileButton.isHidden()
    assert window.ui.profileCombo.isHidden()
    assert window.ui.titleLabel.text() == "Sopiva Desk is locked"
    assert window.windowTitle() == "Sopiva Desk is locked"
    assert "Unsaved work was saved before locking" in window.ui.hintLabel.text()
    assert "Bertta Ohjaaja" in window.ui.profileNameLabel.text()
    assert not window.select_profile("someone else")

    with qtbot.waitSignal(window.unlocked) as blocker:
        type_and_unlock(qtbot, window, PASSPHRASE)
    assert blocker.args[0].profile.profile_id == locked.profile_id
    blocker.args[0].close()


def test_create_profile_link_and_reload(qtbot, profile, profile_service, context) -> None:
    window = make_window(qtbot, context)

    with qtbot.waitSignal(window.create_profile_requested):
        qtbot.mouseClick(window.ui.createProfileButton, Qt.MouseButton.LeftButton)

    new = profile_service.create_profile("Aino Virtanen", PASSPHRASE, PASSPHRASE)
    assert window.select_profile(new.profile_id)  # not listed yet: select_profile reloads
    assert window.selected_profile_id() == new.profile_id
    assert not window.ui.profileCombo.isHidden()
    window.reload_profiles()
    assert window.selected_profile_id() == new.profile_id
    assert window.ui.profileCombo.count() == 2


def test_no_profiles_offers_only_creation(qtbot, context) -> None:
    window = make_window(qtbot, context)

    assert window.selected_profile_id() is None
    assert window.ui.passphraseEdit.isHidden() and window.ui.unlockButton.isHidden()
    assert not window.ui.createProfileButton.isHidden()


def tab_order(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits, starting from the first in the focus chain."""
    order: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window and widget not in order:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(window):
            order.append(widget)
        widget = widget.nextInFocusChain()
    return order


def test_tab_order_and_buddies(qtbot, profile_service, context) -> None:
    profile_service.create_profile("Aino Virtanen", PASSPHRASE, PASSPHRASE)
    profile_service.create_profile("Bertta Ohjaaja", PASSPHRASE, PASSPHRASE)
    window = make_window(qtbot, context)
    ui = window.ui

    assert ui.profileLabel.buddy() is ui.profileCombo
    assert ui.passphraseLabel.buddy() is ui.passphraseEdit
    expected = [ui.profileCombo, ui.passphraseEdit, ui.unlockButton, ui.createProfileButton]
    assert tab_order(window)[:4] == expected
    for widget in (ui.profileCombo, ui.passphraseEdit, ui.unlockButton, ui.createProfileButton):
        assert widget.accessibleName()


def test_unlock_runs_in_the_background(qtbot, profile, profile_service) -> None:
    runner = TaskRunner()
    context = AppContext(profile_service, runner)
    window = make_window(qtbot, context)
    qtbot.keyClicks(window.ui.passphraseEdit, PASSPHRASE)

    with qtbot.waitSignal(window.unlocked, timeout=10000) as blocker:
        qtbot.keyClick(window.ui.passphraseEdit, Qt.Key.Key_Return)
        # The GUI thread is free while the key is derived: the window shows it is busy.
        assert window.ui.unlockButton.text() == "Opening…"
        assert not window.ui.passphraseEdit.isEnabled()
        assert not window.ui.unlockButton.isEnabled()
        assert not window.ui.createProfileButton.isEnabled()

    workspace = blocker.args[0]
    try:
        assert isinstance(workspace, Workspace)
        assert window.ui.unlockButton.text() == "Unlock"
        assert window.ui.passphraseEdit.isEnabled() and window.ui.passphraseEdit.text() == ""
    finally:
        workspace.close()
        runner.shutdown()


def test_wrong_passphrase_in_the_background(qtbot, profile, profile_service, dialogs) -> None:
    runner = TaskRunner()
    context = AppContext(profile_service, runner)
    window = make_window(qtbot, context)
    try:
        type_and_unlock(qtbot, window, "kettle lake autumn rain")
        qtbot.waitUntil(lambda: window.ui.errorLabel.text() == message("unlock.wrong_passphrase"),
                        timeout=10000)
        assert window.ui.passphraseEdit.isEnabled()
        assert dialogs == []
    finally:
        runner.shutdown()


def test_workspace_is_closed_if_the_window_is_gone_first(qtbot, profile, profile_service) -> None:
    runner = TaskRunner()
    opened: list[Workspace] = []
    real_unlock = profile_service.unlock

    def unlock(profile_id: str, passphrase: str) -> Workspace:
        opened.append(real_unlock(profile_id, passphrase))
        return opened[-1]

    profile_service.unlock = unlock  # type: ignore[method-assign]
    window = UnlockWindow(AppContext(profile_service, runner))
    window.show()
    qtbot.keyClicks(window.ui.passphraseEdit, PASSPHRASE)
    try:
        qtbot.keyClick(window.ui.passphraseEdit, Qt.Key.Key_Return)
        shiboken6.delete(window)
        qtbot.waitUntil(lambda: bool(opened) and opened[0].closed, timeout=10000)
    finally:
        runner.shutdown()
        for workspace in opened:
            workspace.close()
