"""Record a disclosure (merkintä asiakastietojen luovuttamisesta): a document handed to someone
outside the services — to whom, on what basis (a law, or the client's consent), for what
purpose and when (Client Data Act 703/2023).

The caller runs the service when ``submitted`` arrives and calls ``show_issues`` on a refusal:
each reason appears under its field and nothing typed is lost.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from sopiva_desk.gui.dialogs.budget_form import BudgetFormDialog


class DisclosureDialog(BudgetFormDialog):
    """Recipient, basis and its detail, purpose and date of one disclosure of ``document_id``."""

    def __init__(self, title: str, document_id: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record a disclosure"), self.tr("Record disclosure"), parent, explanation=self.tr(
            "Record every time client data is handed to someone outside the services, e.g. another "
            "authority or a service provider. The client may ask to see these entries."))
        self.setObjectName("disclosureDialog")
        self.setMinimumWidth(560)
        document = QLabel(self.tr("{title}, document ID {id}").format(title=title, id=document_id), self,
                          objectName="disclosedDocument", wordWrap=True)
        self.add_field("document", self.tr("Document"), document)
        self.recipient_edit = self.add_line("recipient", self.tr("&Recipient"),
                                            placeholder=self.tr("e.g. Kela, Tampere office"))
        self.basis_combo = self.add_combo("basis", self.tr("&Basis"), [
            (None, self.tr("Choose…")), ("law", self.tr("A law allows or requires it")),
            ("consent", self.tr("The client's consent"))])
        self.detail_edit = self.add_line("basis_detail", self.tr("&Law or consent"))
        self.purpose_edit = QPlainTextEdit(self)
        self.purpose_edit.setTabChangesFocus(True)
        self.purpose_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.add_field("purpose", self.tr("&Purpose"), self.purpose_edit)
        self.date_edit = self.add_date("disclosed_on", self.tr("&Date"), today)
        self.basis_combo.currentIndexChanged.connect(self._on_basis_combo_current_index_changed)
        self._on_basis_combo_current_index_changed()

    def values(self) -> dict[str, Any]:
        values = super().values()
        values.pop("document", None)
        values["purpose"] = self.purpose_edit.toPlainText()
        values["basis_detail"] = self.detail_edit.text()
        return values

    def _on_basis_combo_current_index_changed(self) -> None:
        if self.basis_combo.currentData() == "consent":
            self.detail_edit.setPlaceholderText(self.tr("optional: how the consent was given, e.g. in writing"))
        else:
            self.detail_edit.setPlaceholderText(self.tr("e.g. Client Data Act 703/2023 § 17"))
