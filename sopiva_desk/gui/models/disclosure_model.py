"""Disclosure entries of one client (Client Data Act 703/2023): what document went to whom,
on what basis and why, when and by whom — the client has the right to see them."""

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


class DisclosureListModel(ReadOnlyTable):
    """``DisclosureView`` rows, newest first as the service lists them."""

    DATE, DOCUMENT, RECIPIENT, BASIS, PURPOSE, DISCLOSER = range(6)
    CONTEXT = "DisclosureListModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("DisclosureListModel", "Date"),
        QT_TRANSLATE_NOOP("DisclosureListModel", "Document"),
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
            document = document_name(found.kind)
            if self._words is not None and found.kind in KIND_RECORDS:
                record = self._words.record(KIND_RECORDS[found.kind], found.record_id)
                document = QCoreApplication.translate("DisclosureListModel", "{document} – {record}").format(
                    document=document, record=record)
            return f"{document} ({found.document_id})"
        if column == self.RECIPIENT:
            return str(found.recipient)
        if column == self.BASIS:
            source = _BASIS.get(found.basis)
            basis = QCoreApplication.translate(self.CONTEXT, source) if source else found.basis
            return f"{basis}: {found.basis_detail}" if found.basis_detail else basis
        if column == self.PURPOSE:
            return str(found.purpose)
        if column == self.DISCLOSER:
            return str(found.discloser_name)
        return ""
