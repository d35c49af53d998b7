"""Disclosure entries of one client (Client Data Act 703/2023, the Sosmeta structure): what
document or data went to whom, how, on what basis and why, when and by whom — the client has
the right to see them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sopiva_desk.gui.access_log_words import AccessLogWords
from sopiva_desk.gui.dialogs.document_preview import document_name
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.models.read_only_table import ReadOnlyTable
from sopiva_desk.services.documents.queue import KIND_RECORDS

_BASIS = {
    "law": QT_TRANSLATE_NOOP("DisclosureListModel", "Law"),
    "consent": QT_TRANSLATE_NOOP("DisclosureListModel", "Consent"),
}

_METHODS = {
    "paper": QT_TRANSLATE_NOOP("DisclosureListModel", "on paper"),
    "electronic": QT_TRANSLATE_NOOP("DisclosureListModel", "electronically"),
    "phone": QT_TRANSLATE_NOOP("DisclosureListModel", "by phone"),
    "in_person": QT_TRANSLATE_NOOP("DisclosureListModel", "orally in a meeting"),
}


def method_label(method: str) -> str:
    """How the data was handed over, in words ("" when not recorded)."""
    source = _METHODS.get(method)
    return QCoreApplication.translate("DisclosureListModel", source) if source else ""


class DisclosureListModel(ReadOnlyTable):
    """``DisclosureView`` rows, newest first as the service lists them."""

    DATE, DOCUMENT, RECIPIENT, BASIS, PURPOSE, DISCLOSER = range(6)
    CONTEXT = "DisclosureListModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("DisclosureListModel", "Date"),
        QT_TRANSLATE_NOOP("DisclosureListModel", "What was disclosed"),
        QT_TRANSLATE_NOOP("DisclosureListModel", "Recipient"),
        QT_TRANSLATE_NOOP("DisclosureListModel", "Basis"),
        QT_TRANSLATE_NOOP("DisclosureListModel", "Purpose"),
        QT_TRANSLATE_NOOP("DisclosureListModel", "Disclosed by"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: AccessLogWords | None = None

    def set_rows(self, rows: Iterable[Any], words: AccessLogWords | None = None) -> None:
        """``words`` names the record each document was printed from, as the access log does."""
        self._words = words
        super().set_rows(rows)

    def cell(self, found: Any, column: int) -> str:
        if column == self.DATE:
            return format_date(found.disclosed_on)
        if column == self.DOCUMENT:
            return self._what(found)
        if column == self.RECIPIENT:
            organisation = getattr(found, "recipient_organisation", "")
            return f"{found.recipient}, {organisation}" if organisation else str(found.recipient)
        if column == self.BASIS:
            source = _BASIS.get(found.basis)
            basis = QCoreApplication.translate(self.CONTEXT, source) if source else found.basis
            return f"{basis}: {found.basis_detail}" if found.basis_detail else basis
        if column == self.PURPOSE:
            return str(found.purpose)
        if column == self.DISCLOSER:
            return str(found.discloser_name)
        return ""

    def _what(self, found: Any) -> str:
        """The document (and the record it was printed from), what else was disclosed and how."""
        parts = []
        if found.kind:
            document = document_name(found.kind)
            if self._words is not None and found.kind in KIND_RECORDS:
                record = self._words.record(KIND_RECORDS[found.kind], found.record_id)
                document = QCoreApplication.translate("DisclosureListModel", "{document} – {record}").format(
                    document=document, record=record)
            parts.append(f"{document} ({found.document_id})")
        data = " ".join(str(getattr(found, "data", "") or "").split())
        if data:
            parts.append(data)
        how = method_label(getattr(found, "method", ""))
        if how:
            parts.append(how)
        return "; ".join(parts)
