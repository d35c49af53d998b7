"""Settings → Organisation: the letterhead is set with the dialog's OK, problems are shown next to
their fields (the dialog stays open, nothing typed is lost), a logo is checked when chosen, and
a letterhead an administrator locked is shown read-only."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from sopiva_desk.gui import prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.settings import SettingsDialog
from sopiva_desk.gui.tasks import ImmediateTaskRunner
from sopiva_desk.services.letterhead import LetterheadService
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace

VALUES = {"name_fi": "Etelä-Savon hyvinvointialue", "name_sv": "Välfärdsområdet i Södra Savolax",
          "unit_fi": "Vammaispalvelut", "oid": "1.2.246.10.12345678"}


def make_dialog(qtbot: Any, profile_service: ProfileService, workspace: Workspace, data_dir: Path) -> SettingsDialog:
    context = AppContext(profile_service, ImmediateTaskRunner())
    context.set_workspace(workspace)
    dialog = SettingsDialog(context, data_dir, workspace.settings.auto_lock_minutes())
    qtbot.addWidget(dialog)
    return dialog


def png_file(tmp_path: Path) -> Path:
    path = tmp_path / "logo.png"
    buffer = io.BytesIO()
    Image.new("RGB", (120, 40), (31, 95, 139)).save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def test_the_letterhead_is_set_with_ok_and_shown_again(qtbot: Any, profile_service: ProfileService,
                                                       workspace: Workspace, data_dir: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = make_dialog(qtbot, profile_service, workspace, data_dir)
    tab = dialog.organisation
    assert tab.editable and all(edit.text() == "" for edit in tab.edits.values())
    for key, value in VALUES.items():
        tab.edits[key].setText(value)  # (QTest types ASCII only)
    monkeypatch.setattr(prompts, "choose_file", lambda parent, title, filters: str(png_file(tmp_path)))
    tab.choose_logo_button.click()
    assert not tab.logo_preview.pixmap().isNull() and tab.remove_logo_button.isEnabled()
    dialog._on_buttons_accepted()  # noqa: SLF001 - the OK button's slot
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    state = LetterheadService(data_dir).current()
    assert state.letterhead is not None and state.logo is not None and state.logo.kind == "png"
    assert {k: v for k, v in state.letterhead.values().items() if v} == VALUES

    second = make_dialog(qtbot, profile_service, workspace, data_dir)
    again = second.organisation
    assert {k: e.text() for k, e in again.edits.items() if e.text()} == VALUES
    assert not again.logo_preview.pixmap().isNull() and not again.changed()
    again.remove_logo_button.click()
    assert again.changed() and again.logo_preview.text() == "No logo"


def test_problems_are_shown_next_to_the_fields_and_nothing_is_lost(qtbot: Any, profile_service: ProfileService,
                                                                   workspace: Workspace, data_dir: Path) -> None:
    dialog = make_dialog(qtbot, profile_service, workspace, data_dir)
    dialog.tabs.setCurrentIndex(0)
    dialog.auto_lock.setValue(9)
    tab = dialog.organisation
    qtbot.keyClicks(tab.edits["oid"], "1.2.246.010")
    qtbot.keyClicks(tab.edits["email"], "kirjaamo@")
    dialog._on_buttons_accepted()  # noqa: SLF001
    assert dialog.result() != SettingsDialog.DialogCode.Accepted and dialog.tabs.currentWidget() is tab
    assert tab.errors["name_fi"].text() == "This field is required."
    assert tab.errors["oid"].text().startswith("Enter the organisation's OID as numbers separated by dots")
    assert tab.errors["email"].text().startswith("Enter an e-mail address")
    assert tab.errors["web"].isHidden()
    assert (tab.edits["oid"].text(), tab.edits["email"].text()) == ("1.2.246.010", "kirjaamo@")  # as typed
    assert LetterheadService(data_dir).current().letterhead is None
    assert workspace.settings.auto_lock_minutes() == 5  # nothing of the dialog was saved
    tab.edits["name_fi"].setText("Etelä-Savon hyvinvointialue")
    tab.edits["oid"].setText("1.2.246.10.12345678")
    tab.edits["email"].setText("kirjaamo@esavo.fi")
    dialog._on_buttons_accepted()  # noqa: SLF001
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert workspace.settings.auto_lock_minutes() == 9


def test_a_wrong_logo_file_is_refused_next_to_the_logo(qtbot: Any, profile_service: ProfileService,
                                                       workspace: Workspace, data_dir: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = make_dialog(qtbot, profile_service, workspace, data_dir)
    tab = dialog.organisation
    photo = tmp_path / "kuva.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 100)
    monkeypatch.setattr(prompts, "choose_file", lambda parent, title, filters: str(photo))
    tab.choose_logo_button.click()
    assert tab.errors["logo"].text() == "Choose a PNG or SVG picture as the logo."
    assert tab.logo_preview.text() == "No logo" and not tab.changed()
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 600 * 1024)
    tab.choose_logo_button.click()
    assert tab.errors["logo"].text() == "The logo file is too large: at most 512 KB."


def test_a_letterhead_the_administrator_locked_is_read_only(qtbot: Any, profile_service: ProfileService,
                                                            workspace: Workspace, data_dir: Path) -> None:
    LetterheadService(data_dir).save(VALUES, lock=True, admin=True)
    dialog = make_dialog(qtbot, profile_service, workspace, data_dir)
    tab = dialog.organisation
    assert not tab.editable and tab.edits["name_fi"].isReadOnly() and not tab.choose_logo_button.isEnabled()
    assert tab.note.text().startswith("Set by your administrator")
    dialog._on_buttons_accepted()  # noqa: SLF001 - other settings still save
    assert dialog.result() == SettingsDialog.DialogCode.Accepted


def test_the_demo_profile_says_its_documents_carry_the_demo_header(qtbot: Any, profile_service: ProfileService,
                                                                   workspace: Workspace, data_dir: Path) -> None:
    workspace.demo = True
    dialog = make_dialog(qtbot, profile_service, workspace, data_dir)
    tab = dialog.organisation
    assert "demo header" in tab.note.text() and tab.editable
