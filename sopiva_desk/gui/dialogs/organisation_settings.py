"""Settings → Organisation: the letterhead every document prints (services/letterhead.py).

Name, unit and address in Finnish and Swedish, phone, e-mail, web address, the organisation
OID and a logo. It is kept in the data folder and shared by every profile on this computer.
An administrator who set it with ``sopiva-desk admin letterhead set --lock`` sees it here
read-only, like everyone else. The values are saved with the dialog's OK; a problem is shown
next to its field and nothing typed is lost.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.domain.letterhead import LIMITS, Logo
from sopiva_desk.gui import prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.messages import issue_text
from sopiva_desk.gui.widgets.feedback import announce, error_label
from sopiva_desk.gui.widgets.page_parts import bold_label
from sopiva_desk.services.letterhead import KEEP, LOGO_MAX_BYTES, LetterheadState, check_logo

LOGO_BOX = (200, 64)  # the preview, in pixels



def logo_pixmap(logo: Logo, width: int, height: int) -> QPixmap:
    """The logo scaled into ``width`` × ``height``, keeping its proportions."""
    if logo.kind == "svg":
        renderer = QSvgRenderer(QByteArray(logo.data))
        size = renderer.defaultSize()
        scale = min(width / max(size.width(), 1), height / max(size.height(), 1))
        image = QImage(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
        painter.end()
        return QPixmap.fromImage(image)
    pixmap = QPixmap()
    pixmap.loadFromData(logo.data)
    return pixmap.scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)


class OrganisationTab(QWidget):
    """The letterhead's fields; ``values()`` and ``logo_change()`` for the dialog to save."""

    WORDED = (("name", QT_TRANSLATE_NOOP("OrganisationTab", "&Name of the organisation")),
              ("unit", QT_TRANSLATE_NOOP("OrganisationTab", "&Unit")),
              ("address", QT_TRANSLATE_NOOP("OrganisationTab", "&Postal address")))

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisationTab")
        self._context = context
        self._logo: Logo | None = None
        self._logo_change: Any = KEEP  # KEEP, None (remove) or the new file's bytes
        self._loaded: dict[str, str] = {}
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The organisation printed at the top of every document, with its contact details "
                               "at the foot of each page. It is shared by every profile on this computer."),
                       self, wordWrap=True)
        layout.addWidget(intro)
        self.note = QLabel(self, objectName="organisationNote", wordWrap=True)
        self.note.setStyleSheet("font-weight: bold;")
        self.note.hide()
        layout.addWidget(self.note)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(bold_label(self.tr("In Finnish"), self), 0, 1)
        grid.addWidget(bold_label(self.tr("In Swedish"), self), 0, 2)
        row = 1
        for name, caption in self.WORDED:
            label = QLabel(self.tr(caption), self)
            grid.addWidget(label, row, 0)
            for column, language in enumerate(("fi", "sv"), start=1):
                key = f"{name}_{language}"
                edit = self._edit(key, LIMITS[name])
                grid.addWidget(edit, row, column)
                grid.addWidget(self.errors[key], row + 1, column)
            label.setBuddy(self.edits[f"{name}_fi"])
            row += 2
        self.edits["name_fi"].setAccessibleDescription(self.tr("Required. Swedish may be left empty: the Finnish "
                                                               "name is printed then."))
        for key, caption, example in (
                ("phone", self.tr("P&hone"), "+358 15 123 4567"),
                ("email", self.tr("&E-mail"), "kirjaamo@hyvinvointialue.fi"),
                ("web", self.tr("&Web address"), "www.hyvinvointialue.fi"),
                ("oid", self.tr("Organisation &OID"), "1.2.246.10.12345678")):
            label = QLabel(caption, self)
            edit = self._edit(key, LIMITS[key])
            edit.setPlaceholderText(self.tr("e.g. {example}").format(example=example))
            label.setBuddy(edit)
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1, 1, 2)
            grid.addWidget(self.errors[key], row + 1, 1, 1, 2)
            row += 2
        self.edits["oid"].setAccessibleDescription(self.tr(
            "The organisation's identifier in the social and health care organisation register, "
            "numbers separated by dots."))
        logo_caption = QLabel(self.tr("Logo"), self)
        grid.addWidget(logo_caption, row, 0, Qt.AlignmentFlag.AlignTop)
        self.logo_preview = QLabel(self, objectName="logoPreview")
        self.logo_preview.setFixedSize(*LOGO_BOX)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.logo_preview.setAccessibleName(self.tr("Logo"))
        grid.addWidget(self.logo_preview, row, 1)
        buttons = QVBoxLayout()
        self.choose_logo_button = QPushButton(self.tr("&Choose logo…"), self, objectName="chooseLogoButton")
        self.choose_logo_button.clicked.connect(self._on_choose_logo_clicked)
        self.remove_logo_button = QPushButton(self.tr("&Remove logo"), self, objectName="removeLogoButton")
        self.remove_logo_button.clicked.connect(self._on_remove_logo_clicked)
        buttons.addWidget(self.choose_logo_button)
        buttons.addWidget(self.remove_logo_button)
        buttons.addStretch(1)
        row_buttons = QHBoxLayout()
        row_buttons.addLayout(buttons)
        row_buttons.addStretch(1)
        grid.addLayout(row_buttons, row, 2)
        layout.addLayout(grid)
        hint = QLabel(self.tr("PNG or SVG, at most {max_kb} KB. It is printed about 12 mm high.").format(
            max_kb=LOGO_MAX_BYTES // 1024), self, wordWrap=True)
        layout.addWidget(hint)
        self.errors["logo"] = error_label(self, "logoError")
        layout.addWidget(self.errors["logo"])
        self.general_error = error_label(self, "organisationGeneralError")
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        self._show_logo()
        self._set_editable(False)  # until the saved letterhead has been read
        self._context.run(self._read, parent=self, on_success=self.set_state)

    def _edit(self, key: str, limit: int) -> QLineEdit:
        edit = QLineEdit(self, objectName=f"{key}Edit")
        edit.setMaxLength(limit)
        self.edits[key] = edit
        self.errors[key] = error_label(self, f"{key}Error")
        return edit

    def _read(self) -> tuple[LetterheadState | None, bool]:
        workspace = self._context.workspace
        state = workspace.letterhead.current() if workspace.letterhead is not None else None
        return state, workspace.demo

    # -- state --------------------------------------------------------------------------------

    def set_state(self, found: tuple[LetterheadState | None, bool]) -> None:
        state, demo = found
        notes = []
        if state is None:
            notes.append(self.tr("The organisation cannot be set for this profile."))
        elif state.locked:
            notes.append(self.tr("Set by your administrator: shown here for information. It is changed with "
                                 "the administrator's tools (sopiva-desk admin letterhead)."))
        elif state.unreadable:
            notes.append(self.tr("The saved details could not be read. Enter them again and press OK."))
        if demo:
            notes.append(self.tr("This is the demo profile: its documents always carry the demo header, so they "
                                 "cannot pass for real ones. What you set here is printed by the other profiles "
                                 "on this computer."))
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))
        values = state.letterhead.values() if state is not None and state.letterhead is not None else {}
        for key, edit in self.edits.items():
            edit.setText(values.get(key, ""))
        self._loaded = self.values()
        self._logo = state.logo if state is not None else None
        self._logo_change = KEEP
        self._show_logo()
        self._set_editable(state is not None and not state.locked)

    def _set_editable(self, editable: bool) -> None:
        self.editable = editable
        for edit in self.edits.values():
            edit.setReadOnly(not editable)
        self.choose_logo_button.setEnabled(editable)
        self.remove_logo_button.setEnabled(editable and self._logo is not None)

    def _show_logo(self) -> None:
        if self._logo is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        else:
            self.logo_preview.setPixmap(logo_pixmap(self._logo, *LOGO_BOX))
        self.remove_logo_button.setEnabled(getattr(self, "editable", False) and self._logo is not None)

    # -- what the dialog saves ----------------------------------------------------------------

    def values(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.edits.items()}

    def logo_change(self) -> Any:
        """``KEEP``, ``None`` (remove the logo) or the chosen file's bytes."""
        return self._logo_change

    def changed(self) -> bool:
        return self.editable and (self.values() != self._loaded or self._logo_change is not KEEP)

    def show_issues(self, issues: list[Issue]) -> None:
        """Each problem next to its field; the first field with one gets the focus."""
        for label in (*self.errors.values(), self.general_error):
            label.clear()
            label.hide()
        for issue in issues:
            label = self.errors.get(issue.field, self.general_error)
            label.setText("\n".join(filter(None, (label.text(), issue_text(issue)))))
            label.show()
        first = next((self.edits[i.field] for i in issues if i.field in self.edits), None)
        if first is not None:
            first.setFocus()
        if issues:
            announce(self, issue_text(issues[0]))

    def saved(self) -> None:
        self._loaded = self.values()
        self._logo_change = KEEP

    # -- logo -----------------------------------------------------------------------------------

    def _on_choose_logo_clicked(self) -> None:
        chosen = prompts.choose_file(self, self.tr("Choose the organisation's logo"),
                                     self.tr("Pictures (*.png *.svg)"))
        if not chosen:
            return
        path = Path(chosen)

        def read() -> tuple[Logo, bytes]:
            try:
                if path.stat().st_size > LOGO_MAX_BYTES:  # not read whole: it is refused anyway
                    raise ValidationError([Issue("logo", "letterhead.logo_too_large",
                                                 {"max_kb": LOGO_MAX_BYTES // 1024})])
                data = path.read_bytes()
            except OSError:
                raise ValidationError([Issue("logo", "letterhead.logo_unreadable")]) from None
            return check_logo(data), data

        def chosen_logo(found: tuple[Logo, bytes]) -> None:
            self._logo, self._logo_change = found[0], found[1]
            self.show_issues([])
            self._show_logo()

        self._context.run(read, parent=self, on_success=chosen_logo,
                          on_invalid=lambda error: self.show_issues(error.issues))

    def _on_remove_logo_clicked(self) -> None:
        self._logo, self._logo_change = None, None
        self._show_logo()
