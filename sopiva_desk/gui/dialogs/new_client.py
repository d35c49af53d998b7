"""The "New client" dialog: the few fields needed to start a client file.

Everything else (address, communication, close persons) is filled in the client file,
which autosaves. Problems are shown next to their field and nothing typed is lost.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from sopiva_desk.domain import clients as rules
from sopiva_desk.domain import hetu
from sopiva_desk.domain.clients import FieldInvalid, Language
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.formatting import date_placeholder, format_date, parse_date
from sopiva_desk.gui.forms.ui_new_client_dialog import Ui_NewClientDialog
from sopiva_desk.gui.labels import language_label
from sopiva_desk.gui.messages import issue_text
from sopiva_desk.gui.models.caseload_model import finnish_key
from sopiva_desk.gui.widgets.autosave import ERROR_COLOR, INVALID_PROPERTY
from sopiva_desk.gui.widgets.feedback import announce, apply_error_style
from sopiva_desk.services import reference

# The fields this dialog edits, in form order (the first one with a problem gets the focus).
FIELDS = (
    "first_names", "last_name", "hetu", "temporary_id", "birth_date", "language", "other_language",
    "municipality_code", "phone",
)
_FINNISH_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")
_INVALID_STYLE = f'*[{INVALID_PROPERTY}="true"] {{ border: 2px solid {ERROR_COLOR}; border-radius: 3px; }}'


class NewClientDialog(QDialog):
    """Creates a client with ``ClientService.create_client`` in the background.

    On success ``created_client_id`` holds the new client's id and the dialog is accepted.

    Signals:
        client_created(object): the new client's UUID, just before the dialog is accepted.
    """

    client_created = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewClientDialog()
        self.ui.setupUi(self)
        self._context = context
        self.created_client_id: uuid.UUID | None = None
        self._busy = False
        ui = self.ui
        ui.birthDateEdit.setPlaceholderText(date_placeholder())
        self._inputs: dict[str, QWidget] = {
            "first_names": ui.firstNamesEdit, "last_name": ui.lastNameEdit, "hetu": ui.hetuEdit,
            "temporary_id": ui.temporaryIdEdit, "birth_date": ui.birthDateEdit,
            "language": ui.languageCombo, "other_language": ui.otherLanguageEdit,
            "municipality_code": ui.municipalityCombo, "phone": ui.phoneEdit,
        }
        self._error_labels: dict[str, QLabel] = {name: getattr(ui, f"{name}Error") for name in FIELDS}
        for label in (*self._error_labels.values(), ui.formError):
            apply_error_style(label)
            label.hide()
        for widget in self._inputs.values():
            widget.setStyleSheet(_INVALID_STYLE)
        ui.hetuInfo.hide()
        self._add_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._fill_combos()
        self._retranslate()
        self._update_rows()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 70)
        self.resize(max(self.width(), self.minimumWidth()), self.sizeHint().height())  # grows with messages

        ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        ui.generateButton.clicked.connect(self._on_generate_button_clicked)
        ui.hetuEdit.textChanged.connect(self._on_hetu_edit_text_changed)
        ui.hetuEdit.editingFinished.connect(self._on_hetu_edit_editing_finished)
        ui.languageCombo.currentIndexChanged.connect(self._on_language_combo_current_index_changed)
        ui.municipalityCombo.currentIndexChanged.connect(
            lambda _: self._show_issues("municipality_code", []))
        for name in ("first_names", "last_name", "temporary_id", "birth_date", "other_language", "phone"):
            # An edited field's old message is stale: drop it (it comes back on Add if still wrong).
            edit = self._inputs[name]
            assert isinstance(edit, QLineEdit)
            edit.textEdited.connect(lambda _text, field=name: self._show_issues(field, []))

    def _fill_combos(self) -> None:
        combo = self.ui.languageCombo
        combo.clear()
        for language in Language:
            combo.addItem(language_label(language.value), language.value)
        combo = self.ui.municipalityCombo
        combo.clear()
        lang = self._context.ui_language
        active = [m for m in reference.municipalities() if m.active]
        for m in sorted(active, key=lambda m: finnish_key(m.name(lang))):
            combo.addItem(m.name(lang), m.code)
        combo.setCurrentIndex(-1)

    def _retranslate(self) -> None:
        self._add_button.setText(self.tr("&Add client"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            for i in range(self.ui.languageCombo.count()):
                self.ui.languageCombo.setItemText(i, language_label(self.ui.languageCombo.itemData(i)))
        super().changeEvent(event)

    # -- values ----------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the user typed, as ``create_client`` takes it."""
        ui = self.ui
        language = ui.languageCombo.currentData() or Language.FINNISH.value
        has_code = bool(ui.hetuEdit.text().strip())
        return {
            "first_names": ui.firstNamesEdit.text(),
            "last_name": ui.lastNameEdit.text(),
            "hetu": ui.hetuEdit.text(),
            "temporary_id": ui.temporaryIdEdit.text(),
            # The code gives the birth date; a date typed before the code was entered is ignored.
            "birth_date": "" if has_code else parse_date(ui.birthDateEdit.text()),
            "language": language,
            "other_language": ui.otherLanguageEdit.text() if language == Language.OTHER else "",
            "municipality_code": ui.municipalityCombo.currentData() or "",
            "phone": ui.phoneEdit.text(),
        }

    def _update_rows(self) -> None:
        form = self.ui.formLayout
        form.setRowVisible(self.ui.birthDateBox, not self.ui.hetuEdit.text().strip())
        form.setRowVisible(self.ui.otherLanguageBox, self.ui.languageCombo.currentData() == Language.OTHER)

    # -- identity code, checked as it is typed ----------------------------------------------

    def _check_hetu(self, *, finished: bool) -> None:
        text = self.ui.hetuEdit.text()
        self._update_rows()
        code = hetu.normalise(text)
        if not code:
            self.ui.hetuInfo.hide()
            self._show_issues("hetu", [])
            return
        try:
            clean = rules.clean_hetu(text)
        except FieldInvalid as err:
            self.ui.hetuInfo.hide()
            # While typing, a code that is merely unfinished is not an error yet.
            early = err.issue.key == "hetu.length" and len(code) < 11 and not finished
            self._show_issues("hetu", [] if early else [err.issue])
            return
        assert clean is not None
        parsed = hetu.parse(clean)
        born = format_date(parsed.birth_date)
        info = self.tr("Birth date {date} (from the identity code)").format(date=born)
        if parsed.is_temporary:
            info += " " + self.tr("This is a temporary identity code.")
        self.ui.hetuInfo.setText(info)
        self.ui.hetuInfo.show()
        self._show_issues("hetu", [])

    def _on_hetu_edit_text_changed(self, _text: str) -> None:
        self._check_hetu(finished=False)

    def _on_hetu_edit_editing_finished(self) -> None:
        self._check_hetu(finished=True)

    def _on_generate_button_clicked(self) -> None:
        self.ui.temporaryIdEdit.setText(rules.new_temporary_id())
        self._show_issues("temporary_id", [])
        if self.ui.hetuError.property("issueKey") == "client.identity_missing":
            self._show_issues("hetu", [])

    def _on_language_combo_current_index_changed(self, _index: int) -> None:
        self._update_rows()
        self._show_issues("language", [])

    # -- saving ----------------------------------------------------------------------------

    def _on_button_box_accepted(self) -> None:
        if self._busy:
            return
        raw = self.values()
        for field in FIELDS:
            self._show_issues(field, [])
        self.ui.formError.hide()
        self._set_busy(True)
        context = self._context
        context.run(lambda: context.clients().create_client(raw), parent=self,
                    on_success=self._on_created, on_invalid=self._on_invalid,
                    on_failure=lambda _error: self._set_busy(False))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._add_button.setEnabled(not busy)

    def _on_created(self, client_id: uuid.UUID) -> None:
        self._set_busy(False)
        self.created_client_id = client_id
        self.client_created.emit(client_id)
        self.accept()

    def _on_invalid(self, error: ValidationError) -> None:
        self._set_busy(False)
        by_field: dict[str, list[Issue]] = {}
        elsewhere: list[Issue] = []
        for issue in error.issues:
            if issue.field in self._error_labels and self._field_visible(issue.field):
                by_field.setdefault(issue.field, []).append(issue)
            else:
                elsewhere.append(issue)
        for field, issues in by_field.items():
            self._show_issues(field, issues)
        if elsewhere:
            self.ui.formError.setText("\n".join(issue_text(i) for i in elsewhere))
            self.ui.formError.show()
        first = next((f for f in FIELDS if f in by_field), None)
        if first is not None:
            self._inputs[first].setFocus()
        announce(self, "\n".join(issue_text(i) for i in error.issues))

    def _field_visible(self, field: str) -> bool:
        rows = {"birth_date": self.ui.birthDateBox, "other_language": self.ui.otherLanguageBox}
        return field not in rows or self.ui.formLayout.isRowVisible(rows[field])

    def _show_issues(self, field: str, issues: list[Issue]) -> None:
        """Show (or, with no issues, hide) the messages under ``field``; its text stays as typed."""
        label = self._error_labels[field]
        text = "\n".join(issue_text(i) for i in issues)
        label.setText(text)
        label.setVisible(bool(text))
        label.setProperty("issueKey", issues[0].key if issues else None)
        widget = self._inputs[field]
        if bool(widget.property(INVALID_PROPERTY)) != bool(issues):
            widget.setProperty(INVALID_PROPERTY, bool(issues))
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        widget.setAccessibleDescription(text)
