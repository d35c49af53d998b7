"""Plan documents as PDFs (docs/documents.md): official and plain-language client plans, the
supported decision-making record, the needs assessment summary and the budget statement."""

from sopiva_desk.services.documents.base import KINDS
from sopiva_desk.services.documents.service import DocumentService, RenderedDocument

__all__ = ["KINDS", "DocumentService", "RenderedDocument"]
