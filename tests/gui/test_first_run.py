"""First-run wizard: messages next to their fields, Finish only when the domain agrees."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QWizard

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.gui import prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.first_run import FirstRunWizard
from sopiva_desk.gui.messages import message
from sopiva_desk.gui.tasks import ImmediateTaskRunner, TaskRunner
from sopiva_desk.services.errors import DiskFullError
from sopiva_desk.services.profiles import ProfileService, ProfileSummary

GOOD = "otter violin marsh lantern"


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, title, text: shown.append((title, text)))
    return shown


@pytest.fixture
def context(qapp: object, profile_service: ProfileService) -> Iterator[AppContext]:
    runner = ImmediateTaskRunner()
    yield AppContext(profile_service, runner)
    runner.shutdown()


def open_wizard(qtbot, context: AppContext) -> FirstRunWizard:
    wizard = FirstRunWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def to_profile_page(qtbot, wizard: FirstRunWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.profile_page


def field(wizard: FirstRunWizard, name: str) -> QLineEdit:
    edit = wizard.findChild(QLineEdit, name)
    assert edit is not None
    return edit


def error(wizard: FirstRunWizard, name: str) -> QLabel:
    label = wizard.findChild(QLabel, name)
    assert label is not None
    return label


def fill(qtbot, wizard: FirstRunWizard, name: str, passphrase: str, repeat: str) -> None:
    qtbot.keyClicks(field(wizard, "displayNameEdit"), name)
    qtbot.keyClicks(field(wizard, "passphraseEdit"), passphrase)
    qtbot.keyClicks(field(wizard, "repeatEdit"), repeat)
    wait_for_rating(qtbot, wizard)


def wait_for_rating(qtbot, wizard: FirstRunWizard) -> None:
    """The meter rates the passphrase once typing pauses."""
    qtbot.waitUntil(lambda: not wizard.profile_page.rating_pending, timeout=5000)


def finish(wizard: FirstRunWizard):
    return wizard.button(QWizard.WizardButton.FinishButton)


def test_welcome_page_explains_encryption_and_recovery(qtbot, context) -> None:
    wizard = open_wizard(qtbot, context)

    assert wizard.currentPage() is wizard.welcome_page
    text = " ".join(label.text() for label in wizard.welcome_page.findChildren(QLabel))
    assert "encrypted" in text
    assert "cannot show your passphrase or reset it" in text
    assert "recovery key" in text
    to_profile_page(qtbot, wizard)
    assert wizard.profile_page.display_name_edit.hasFocus() or \
        wizard.focusWidget() is wizard.profile_page.display_name_edit


def test_weak_passphrase_shows_message_next_to_the_field(qtbot, context) -> None:
    wizard = open_wizard(qtbot, context)
    to_profile_page(qtbot, wizard)

    fill(qtbot, wizard, "Testi Ohjaaja", "password123", "password123")

    passphrase_error = error(wizard, "passphraseError")
    assert not passphrase_error.isHidden()
    assert passphrase_error.text() == "\n".join([message("passphrase.too_short"), message("passphrase.weak")])
    assert error(wizard, "repeatError").isHidden()
    assert error(wizard, "displayNameError").isHidden()
    assert not finish(wizard).isEnabled()
    assert field(wizard, "passphraseEdit").text() == "password123"
    bar = wizard.findChild(QProgressBar, "strengthBar")
    assert bar.minimum() == 0 and bar.maximum() == 4
    assert bar.value() <= 1
    assert wizard.profile_page.strength_label.text() in {"Very weak", "Weak"}


def test_passphrase_containing_the_name_is_weak(qtbot, context) -> None:
    wizard = open_wizard(qtbot, context)
    to_profile_page(qtbot, wizard)

    fill(qtbot, wizard, "Riikka Korhonen", "riikka korhonen", "riikka korhonen")

    assert error(wizard, "passphraseError").text() == message("passphrase.weak")
    assert not finish(wizard).isEnabled()


def test_mismatch_shows_message_next_to_the_repeat_field(qtbot, context) -> None:
    wizard = open_wizard(qtbot, context)
    to_profile_page(qtbot, wizard)

    fill(qtbot, wizard, "Testi Ohjaaja", GOOD, "otter violin marsh lanterm")

    assert error(wizard, "repeatError").text() == message("passphrase.mismatch")
    assert not error(wizard, "repeatError").isHidden()
    assert error(wizard, "passphraseError").isHidden()
    assert not finish(wizard).isEnabled()
    # Nothing typed is thrown away.
    assert field(wizard, "displayNameEdit").text() == "Testi Ohjaaja"
    assert field(wizard, "passphraseEdit").text() == GOOD
    assert field(wizard, "repeatEdit").text() == "otter violin marsh lanterm"

    qtbot.keyClick(field(wizard, "repeatEdit"), Qt.Key.Key_Backspace)
    qtbot.keyClicks(field(wizard, "repeatEdit"), "n")
    assert error(wizard, "repeatError").isHidden()
    assert finish(wizard).isEnabled()


def test_repeat_in_progress_is_not_yet_a_mismatch(qtbot, context) -> None:
    wizard = open_wizard(qtbot, context)
    to_profile_page(qtbot, wizard)

    fill(qtbot, wizard, "Testi Ohjaaja", GOOD, "otter vio")

    assert error(wizard, "repeatError").isHidden()
    assert not finish(wizard).isEnabled()


def test_name_is_required(qtbot, context) -> None:
    wizard = open_wizard(qtbot, context)
    to_profile_page(qtbot, wizard)
    name = field(wizard, "displayNameEdit")

    qtbot.keyClicks(name, "A")
    qtbot.keyClick(name, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field(wizard, "passphraseEdit"), GOOD)
    qtbot.keyClicks(field(wizard, "repeatEdit"), GOOD)

    assert error(wizard, "displayNameError").text() == message("field.required")
    assert not finish(wizard).isEnabled()


def test_strong_passphrase_fills_the_meter(qtbot, context) -> None:
    wizard = open_wizard(qtbot, context)
    to_profile_page(qtbot, wizard)

    fill(qtbot, wizard, "Testi Ohjaaja", GOOD, GOOD)

    assert wizard.findChild(QProgressBar, "strengthBar").value() >= 3
    assert wizard.profile_page.strength_label.text() in {"Strong", "Very strong"}
    assert error(wizard, "passphraseError").isHidden()
    assert finish(wizard).isEnabled()


def test_good_passphrase_creates_the_profile(qtbot, context, dialogs) -> None:
    wizard = open_wizard(qtbot, context)
    to_profile_page(qtbot, wizard)
    fill(qtbot, wizard, "  Testi   Ohjaaja ", GOOD, GOOD)

    with qtbot.waitSignal(wizard.accepted):
        qtbot.mouseClick(finish(wizard), Qt.MouseButton.LeftButton)

    created = wizard.created_profile
    assert isinstance(created, ProfileSummary)
    assert created.display_name == "Testi Ohjaaja"
    assert created in context.profiles.profiles()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert field(wizard, "passphraseEdit").text() == ""
    assert dialogs == []
    workspace = context.profiles.unlock(created.profile_id, GOOD)
    workspace.close()


def test_validation_error_from_the_service_stays_on_the_page(qtbot, context, monkeypatch, dialogs) -> None:
    def refuse(_name: str, _passphrase: str, _repeated: str) -> ProfileSummary:
        raise ValidationError([Issue("display_name", "field.too_long", {"max": 60})])

    monkeypatch.setattr(context.profiles, "create_profile", refuse)
    wizard = open_wizard(qtbot, context)
    to_profile_page(qtbot, wizard)
    fill(qtbot, wizard, "Testi Ohjaaja", GOOD, GOOD)

    with qtbot.assertNotEmitted(wizard.accepted):
        qtbot.mouseClick(finish(wizard), Qt.MouseButton.LeftButton)

    assert wizard.isVisible() and wizard.currentPage() is wizard.profile_page
    assert error(wizard, "displayNameError").text() == message("field.too_long", {"max": 60})
    assert field(wizard, "displayNameEdit").text() == "Testi Ohjaaja"
    assert field(wizard, "passphraseEdit").text() == GOOD
    assert field(wizard, "displayNameEdit").isEnabled()
    assert wizard.created_profile is None
    assert dialogs == []

    qtbot.keyClicks(field(wizard, "displayNameEdit"), "x")  # editing the field clears its message
    assert error(wizard, "displayNameError").isHidden()


def test_known_error_gets_a_dialog_and_keeps_the_entries(qtbot, context, monkeypatch, dialogs) -> None:
    def disk_full(_name: str, _passphrase: str, _repeated: str) -> ProfileSummary:
        raise DiskFullError()

    monkeypatch.setattr(context.profiles, "create_profile", disk_full)
    wizard = open_wizard(qtbot, context)
    to_profile_page(qtbot, wizard)
    fill(qtbot, wizard, "Testi Ohjaaja", GOOD, GOOD)

    qtbot.mouseClick(finish(wizard), Qt.MouseButton.LeftButton)

    assert dialogs == [("Sopiva Desk", message("disk.full"))]
    assert wizard.isVisible() and wizard.created_profile is None
    assert field(wizard, "passphraseEdit").text() == GOOD
    assert finish(wizard).isEnabled()
    assert wizard.button(QWizard.WizardButton.CancelButton).isEnabled()


def test_fields_are_labelled_for_assistive_technology(qtbot, context) -> None:
    wizard = open_wizard(qtbot, context)
    page = wizard.profile_page

    assert page.display_name_label.buddy() is page.display_name_edit
    assert page.passphrase_label.buddy() is page.passphrase_edit
    assert page.repeat_label.buddy() is page.repeat_edit
    for edit in (page.display_name_edit, page.passphrase_edit, page.repeat_edit, page.strength_bar):
        assert edit.accessibleName()
    assert page.passphrase_edit.echoMode() == QLineEdit.EchoMode.Password
    assert page.repeat_edit.echoMode() == QLineEdit.EchoMode.Password
    page.show_check.setChecked(True)
    assert page.passphrase_edit.echoMode() == QLineEdit.EchoMode.Normal


def test_profile_is_created_in_the_background(qtbot, profile_service, dialogs) -> None:
    runner = TaskRunner()
    context = AppContext(profile_service, runner)
    try:
        wizard = open_wizard(qtbot, context)
        to_profile_page(qtbot, wizard)
        fill(qtbot, wizard, "Testi Ohjaaja", GOOD, GOOD)
        qtbot.waitUntil(finish(wizard).isEnabled, timeout=10000)  # rated on the general lane

        with qtbot.waitSignal(wizard.accepted, timeout=10000):
            qtbot.mouseClick(finish(wizard), Qt.MouseButton.LeftButton)
            assert not finish(wizard).isEnabled()
            assert not field(wizard, "passphraseEdit").isEnabled()
            assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
            wizard.reject()  # Esc or the close button while the profile is written: ignored
            assert wizard.isVisible()

        assert wizard.created_profile in profile_service.profiles()
        assert dialogs == []
    finally:
        runner.shutdown()


def test_long_passphrase_is_capped_before_the_strength_check(qtbot, context) -> None:
    wizard = open_wizard(qtbot, context)
    to_profile_page(qtbot, wizard)
    long_text = "otter violin marsh lantern " * 4  # 108 characters; zxcvbn refuses more than 72

    fill(qtbot, wizard, "Testi Ohjaaja", long_text, long_text)

    assert len(field(wizard, "passphraseEdit").text()) == 72
    assert finish(wizard).isEnabled()


def test_back_and_cancel(qtbot, context) -> None:
    wizard = open_wizard(qtbot, context)
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    to_profile_page(qtbot, wizard)
    assert wizard.button(QWizard.WizardButton.BackButton).isVisible()

    with qtbot.waitSignal(wizard.rejected):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert wizard.created_profile is None
    assert context.profiles.profiles() == []


def test_the_demo_setup_window_says_which_step_is_running(qtbot: Any) -> None:
    """The first `make run` creates the demo in the background; the window names each step."""
    from sopiva_desk.gui.demo_setup import DemoSetupWindow
    from sopiva_desk.services import demo

    window = DemoSetupWindow()
    qtbot.addWidget(window)
    window.show()
    texts = []
    for step in demo.SETUP_STEPS:
        window.step_reached.emit(step)
        texts.append(window.step_label.text())
        assert window.progress.value() == demo.SETUP_STEPS.index(step)
    assert len(set(texts)) == len(demo.SETUP_STEPS) and all(texts)
    assert window.screen().availableGeometry().contains(window.frameGeometry())
