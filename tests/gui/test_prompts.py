"""The save dialog: it starts in the user's documents folder, then where the user last saved in
this session (kept in memory only), and its labels are in the UI language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from sopiva_desk.gui import i18n, prompts

Label = QFileDialog.DialogLabel


class FakeStandardPaths:
    StandardLocation = prompts.QStandardPaths.StandardLocation
    documents = ""

    @classmethod
    def writableLocation(cls, location: Any) -> str:  # noqa: N802 - Qt API
        assert location == cls.StandardLocation.DocumentsLocation
        return cls.documents


class SaveDialogs:
    """Stands in for the user: records each save dialog shown and picks ``answer`` (None cancels)."""

    def __init__(self) -> None:
        self.shown: list[dict[str, Any]] = []
        self.answer: Path | None = None

    def exec(self, dialog: QFileDialog) -> int:
        self.shown.append({"folder": Path(dialog.directory().absolutePath()),
                           "labels": {label: dialog.labelText(label) for label in (Label.LookIn, Label.FileName,
                                                                                   Label.FileType, Label.Accept)}})
        if self.answer is None:
            return QDialog.DialogCode.Rejected
        dialog.selectFile(str(self.answer))
        return QDialog.DialogCode.Accepted


@pytest.fixture
def user(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[SaveDialogs]:
    FakeStandardPaths.documents = str(tmp_path / "Documents")
    (tmp_path / "Documents").mkdir()
    monkeypatch.setattr(prompts, "QStandardPaths", FakeStandardPaths)
    monkeypatch.setattr(prompts, "_last_folder", None)
    dialogs = SaveDialogs()
    monkeypatch.setattr(QFileDialog, "exec", lambda dialog: dialogs.exec(dialog))
    yield dialogs


def test_the_save_dialog_starts_in_documents_then_where_the_user_last_saved(qtbot: Any, tmp_path: Path,
                                                                              user: SaveDialogs) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    user.answer = usb / "Asiakassuunnitelma ASU-1.pdf"
    chosen = prompts.choose_save_path(None, "Export PDF", "Asiakassuunnitelma ASU-1.pdf", "PDF documents (*.pdf)")
    assert Path(chosen) == usb / "Asiakassuunnitelma ASU-1.pdf"
    assert user.shown[0]["folder"] == tmp_path / "Documents"  # not the program's folder
    user.answer = None
    assert prompts.choose_save_path(None, "Export PDF", "x.pdf", "PDF documents (*.pdf)") == ""
    assert user.shown[1]["folder"] == usb  # remembered for the session, in memory


@pytest.mark.parametrize(("language", "look_in", "file_type"), [("fi", "&Sijainti:", "Tiedosto&tyyppi:"),
                                                                ("sv", "&Titta i:", "Filer av &typ:")])
def test_the_save_dialog_speaks_the_ui_language(qtbot: Any, user: SaveDialogs, language: str,
                                                look_in: str, file_type: str) -> None:
    i18n.install(language)
    try:
        prompts.choose_save_path(None, "x", "x.csv", "CSV (*.csv)")
    finally:
        i18n.uninstall()
    labels = user.shown[0]["labels"]
    assert labels[Label.LookIn] == look_in and labels[Label.FileType] == file_type
    assert "Look" not in " ".join(labels.values()) and "Files of" not in " ".join(labels.values())
