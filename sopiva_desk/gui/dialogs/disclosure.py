"""Record a disclosure (merkintä asiakastietojen luovuttamisesta, the Sosmeta structure): a
document or other client data handed to someone outside the services — what, to whom, how, on
what basis (a law, or the client's consent), for what purpose and when (Client Data Act 703/2023).

The caller runs the service when ``submitted`` arrives and calls ``show_issues`` on a refusal:
each reason appears under its field and nothing typed is lost.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QWidget

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.budget_form import BudgetFormDialog


class DisclosureDialog(BudgetFormDialog):
    """What was disclosed, to whom (and their organisation), how, on what basis, why and when.

    With a ``document_id`` the dialog records that document (opened from its preview; other papers
    handed over with it may be named too); without one it records data that is not a document
    printed here — information given by phone, a copy of a record — described in words."""

    def __init__(self, title: str, document_id: str | None, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record a disclosure"), self.tr("Record disclosure"), parent, explanation=self.tr(
            "Record every time client data is handed to someone outside the services, e.g. another "
            "authority or a service provider. The client may ask to see these entries."))
        self.setObjectName("disclosureDialog")
        self.setMinimumWidth(600)
        if document_id is not None:
            document = QLabel(self.tr("{title}, document ID {id}").format(title=title, id=document_id), self,
                              objectName="disclosedDocument", wordWrap=True)
            self.add_field("document", self.tr("Document"), document)
        self.data_edit = self._text_box(
            "data", self.tr("&What was disclosed") if document_id is None else self.tr("&Also disclosed"),
            self.tr("e.g. the dates of the home visits, or a copy of the needs assessment") if document_id is None
            else self.tr("optional: other papers or information handed over with the document"), 3)
        self.recipient_edit = self.add_line("recipient", self.tr("&Recipient"),
                                            placeholder=self.tr("a person or an office, e.g. Kela, Mikkeli office"))
        self.organisation_edit = self.add_line("recipient_organisation", self.tr("Recipient's &organisation"),
                                               placeholder=self.tr("optional, e.g. Social Insurance Institution"))
        self.method_combo = self.add_combo("method", self.tr("&How"), [
            ("", self.tr("Not stated")), ("paper", self.tr("On paper")), ("electronic", self.tr("Electronically")),
            ("phone", self.tr("By phone")), ("in_person", self.tr("Orally in a meeting"))])
        self.basis_combo = self.add_combo("basis", self.tr("&Basis"), [
            (None, self.tr("Choose…")), ("law", self.tr("A law allows or requires it")),
            ("consent", self.tr("The client's consent"))])
        self.detail_edit = self.add_line("basis_detail", self.tr("&Law or consent"))
        self.purpose_edit = self._text_box("purpose", self.tr("&Purpose"), "", 3)
        self.date_edit = self.add_date("disclosed_on", self.tr("&Date"), today)
        self.basis_combo.currentIndexChanged.connect(self._on_basis_combo_current_index_changed)
        self._on_basis_combo_current_index_changed()

    def _text_box(self, key: str, caption: str, placeholder: str, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self, placeholderText=placeholder, tabChangesFocus=True)
        edit.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)
        self.add_field(key, caption, edit)
        return edit

    def values(self) -> dict[str, Any]:
        values = super().values()
        values.pop("document", None)
        values["data"] = self.data_edit.toPlainText()
        values["purpose"] = self.purpose_edit.toPlainText()
        values["basis_detail"] = self.detail_edit.text()
        values["recipient_organisation"] = self.organisation_edit.text()
        return values

    def _on_basis_combo_current_index_changed(self) -> None:
        if self.basis_combo.currentData() == "consent":
            self.detail_edit.setPlaceholderText(self.tr("optional: how the consent was given, e.g. in writing"))
        else:
            self.detail_edit.setPlaceholderText(self.tr("e.g. Client Data Act 703/2023 § 17"))


def record_disclosure_button(page: QWidget, context: AppContext, client_id: Callable[[], uuid.UUID | None],
                             on_recorded: Callable[[Any], None]) -> QPushButton:
    """"Record a disclosure…" of data that is not a document printed here, for ``client_id()``."""
    button = QPushButton(QCoreApplication.translate("DisclosureDialog", "Record a disclosure…"), page,
                         objectName="recordDisclosureButton")
    button.setToolTip(QCoreApplication.translate(
        "DisclosureDialog", "Client data given to someone outside the services other than as a document printed "
        "here, e.g. by phone"))
    button.clicked.connect(lambda: record_data_disclosure(page, context, client_id(), on_recorded))
    return button


def record_data_disclosure(parent: QWidget, context: AppContext, client_id: uuid.UUID | None,
                           on_recorded: Callable[[Any], None], today: date | None = None) -> DisclosureDialog | None:
    """Open the dialog for a disclosure of data that is not a document printed here; the
    ``DisclosureView`` goes to ``on_recorded`` once it is stored."""
    if client_id is None or not context.unlocked:
        return None
    dialog = DisclosureDialog("", None, today or date.today(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def submitted(values: dict[str, Any]) -> None:
        def work() -> Any:
            return context.workspace.disclosures.record_data(client_id, values)

        def recorded(view: Any) -> None:
            dialog.accept()
            on_recorded(view)

        context.run(work, parent=dialog, on_success=recorded, on_invalid=dialog.show_issues,
                    on_failure=lambda _error: dialog.set_busy(False))

    dialog.submitted.connect(submitted)
    dialog.open()
    return dialog
