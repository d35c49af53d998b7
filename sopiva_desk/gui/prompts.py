"""Every message box and file picker goes through here, so tests patch one place."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDir, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

# The folder the user last saved to, for this session only: it is never written anywhere
# (a folder name can hold a client's name), so each start begins in the documents folder.
_last_folder: Path | None = None


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, *, yes: str, no: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes_button


def choose_printer(parent: QWidget | None, printer: QPrinter, pages: int) -> bool:
    """The system's print dialog for a document of ``pages`` pages; True when the user prints."""
    from PySide6.QtPrintSupport import QPrintDialog  # not on the unlock window's path (start-up time)

    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, pages)
    return dialog.exec() == QDialog.DialogCode.Accepted


def show_about(parent: QWidget | None, title: str, html: str) -> None:
    QMessageBox.about(parent, title, html)


def _file_dialog(parent: QWidget | None, title: str, name_filter: str, mode: QFileDialog.AcceptMode) -> QFileDialog:
    """Qt's file dialog in the UI language, starting in ``save_folder()``.

    Qt's Finnish translation leaves "Look in:" and "Files of type:" in English, so the labels
    are set here.
    """
    dialog = QFileDialog(parent, title, str(save_folder()), name_filter)
    dialog.setObjectName("saveFileDialog" if mode == QFileDialog.AcceptMode.AcceptSave else "openFileDialog")
    dialog.setAcceptMode(mode)
    saving = mode == QFileDialog.AcceptMode.AcceptSave
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if saving else QFileDialog.FileMode.ExistingFile)
    accept = QCoreApplication.translate("Prompts", "&Save") if saving else QCoreApplication.translate("Prompts",
                                                                                                      "&Open")
    for label, text in ((QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("Prompts", "Look &in:")),
                        (QFileDialog.DialogLabel.FileName, QCoreApplication.translate("Prompts", "File &name:")),
                        (QFileDialog.DialogLabel.FileType, QCoreApplication.translate("Prompts", "Files of &type:")),
                        (QFileDialog.DialogLabel.Accept, accept),
                        (QFileDialog.DialogLabel.Reject, QCoreApplication.translate("Prompts", "Cancel"))):
        dialog.setLabelText(label, text)
    return dialog


def choose_file(parent: QWidget | None, title: str, filters: str) -> str:
    """A file to open, or "" if the user cancelled."""
    dialog = _file_dialog(parent, title, filters, QFileDialog.AcceptMode.AcceptOpen)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]


def save_folder() -> Path:
    """Where a file dialog starts: the folder last saved to in this session, else the user's
    documents folder (else the home folder), never the program's own."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path(QDir.homePath())


def choose_save_path(parent: QWidget | None, title: str, file_name: str, name_filter: str) -> str:
    """Ask where to save ``file_name``; the chosen path, or "" when the user cancelled."""
    global _last_folder
    dialog = _file_dialog(parent, title, name_filter, QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(file_name)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    chosen = dialog.selectedFiles()[0]
    _last_folder = Path(chosen).parent
    return chosen


def choose(parent: QWidget | None, title: str, text: str, choices: list[str], *, default: int = 0) -> int | None:
    """A question with several answers; the index of the one chosen, ``None`` for Cancel or Esc.

    ``choices`` become buttons in the order given; ``default`` is the one Return presses.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("choiceDialog")
    buttons = [box.addButton(choice, QMessageBox.ButtonRole.ActionRole) for choice in choices]
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(buttons[default])
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None  # type: ignore[arg-type]


def choose_folder(parent: QWidget | None, title: str) -> str:
    """A folder (for automatic backups), or "" if the user cancelled."""
    dialog = QFileDialog(parent, title, str(save_folder()))
    dialog.setObjectName("folderDialog")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("Prompts", "Look &in:"))
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, QCoreApplication.translate("Prompts", "&Choose"))
    dialog.setLabelText(QFileDialog.DialogLabel.Reject, QCoreApplication.translate("Prompts", "Cancel"))
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]
