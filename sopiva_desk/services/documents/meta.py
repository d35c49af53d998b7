"""What a document says about itself (title, ID, client, language…) and how it writes a day.

Kept apart from ``layout`` so the services and the GUI can name documents without loading
reportlab: it is imported only when a document is built.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sopiva_desk.services.documents.organisation import Organisation

__all__ = ["DocumentMeta", "format_day"]


def format_day(day: date | None) -> str:
    """Finnish and Swedish both write 3.2.2026."""
    return f"{day.day}.{day.month}.{day.year}" if day is not None else ""


@dataclass(frozen=True)
class DocumentMeta:
    """What the header and footer say, and the PDF's metadata."""

    kind: str
    title: str
    document_id: str
    language: str
    organisation: Organisation
    client_name: str
    client_identity: str = ""  # identity code or temporary id; left out of plain-language documents
    version: int | None = None
    document_date: date | None = None
    printed_on: date = field(default_factory=date.today)
    plain: bool = False
    watermark: str = ""  # e.g. "LUONNOS" across every page of a draft, so no page passes for final
