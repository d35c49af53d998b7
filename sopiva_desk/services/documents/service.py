"""Documents as a use case: gather from the store, render to PDF in memory, log what is done.

The GUI runs ``gather`` on the store lane (one read transaction, logged as a view of the
document) and ``build`` on a general worker (reportlab, no store), so a long document never
holds up autosaves. ``record_output`` writes the access-log entry for a print or an export;
the PDF bytes themselves never touch the disk here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sopiva_desk.services.actor import Actor
from sopiva_desk.services.catalogue import Catalogue, shipped_catalogue
from sopiva_desk.services.documents.base import KINDS, GatherContext, Source, spec
from sopiva_desk.services.documents.organisation import Organisation, unconfigured_organisation
from sopiva_desk.services.documents.snapshot import gather_from_snapshot
from sopiva_desk.services.documents.texts import Texts
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.services.templates import TemplateLibrary
from sopiva_desk.store.database import Database
from sopiva_desk.store.repositories import access_log
from sopiva_desk.store.repositories import documents as documents_repo

OUTPUT_ACTIONS = ("print", "export")


@dataclass(frozen=True)
class RenderedDocument:
    kind: str
    record_id: uuid.UUID
    client_id: uuid.UUID
    language: str
    title: str
    document_id: str
    client_name: str
    pdf: bytes
    pages: int


class DocumentService:
    def __init__(self, db: Database, actor: Actor, templates: TemplateLibrary | None = None,
                 catalogue: Catalogue | None = None,
                 organisation: Callable[[], Organisation] = unconfigured_organisation,
                 today: Callable[[], date] = date.today) -> None:
        """``organisation`` gives the letterhead the next document prints (asked for each one, so
        a letterhead set meanwhile applies at once)."""
        self._db = db
        self._actor = actor
        self._templates = templates
        self._catalogue = catalogue
        self._organisation = organisation
        self._today = today

    @property
    def kinds(self) -> tuple[str, ...]:
        return KINDS

    def _context(self) -> GatherContext:
        return GatherContext(self._templates, self._catalogue or shipped_catalogue(), self._organisation(),
                             self._actor, self._today())

    def gather(self, kind: str, record_id: uuid.UUID, language: str | None = None,
               job_id: uuid.UUID | None = None) -> Source:
        """Read what the document needs (``language``: fi or sv; default the client's). For a
        print job whose snapshot this device holds (an office print station), the document is
        made from the snapshot: the version the job names, not the newest."""
        document = spec(kind)
        with storage_errors(), self._db.transaction() as session:
            records = documents_repo.job_snapshot(session, job_id) if job_id is not None else None
            if records:
                source = gather_from_snapshot(self._context(), kind, record_id, records, language)
            else:
                source = document.gather(self._context(), session, record_id, language)
            access_log.record(session, user_id=self._actor.user_id, user_name=self._actor.user_name,
                              purpose=self._actor.purpose, action="view",
                              record_type=document.record_type, client_id=source.client_id, record_id=record_id,
                              fields=(f"document/{kind}",))
            return source

    @staticmethod
    def build(source: Source) -> RenderedDocument:
        """Render the gathered document to PDF bytes (pure: no store, no files)."""
        from sopiva_desk.services.documents.layout import Styles, render_pdf  # reportlab: first build only

        document = spec(source.meta.kind)
        texts = Texts(source.meta.kind, source.meta.language)
        styles = Styles(plain=source.meta.plain)
        rendered = render_pdf(source.meta, document.story(source, styles, texts), texts)
        meta = source.meta
        return RenderedDocument(meta.kind, source.record_id, source.client_id, meta.language, meta.title,
                                meta.document_id, meta.client_name, rendered.pdf, rendered.pages)

    def render(self, kind: str, record_id: uuid.UUID, language: str | None = None,
               job_id: uuid.UUID | None = None) -> RenderedDocument:
        return self.build(self.gather(kind, record_id, language, job_id))

    def record_output(self, document: RenderedDocument, action: str) -> None:
        """The access-log entry for printing or exporting ``document`` (names, never contents)."""
        if action not in OUTPUT_ACTIONS:
            raise ValueError(f"unknown output action {action!r}")
        with storage_errors(), self._db.transaction() as session:
            access_log.record(session, user_id=self._actor.user_id, user_name=self._actor.user_name,
                              purpose=self._actor.purpose, action=action,
                              record_type=spec(document.kind).record_type, client_id=document.client_id,
                              record_id=document.record_id,
                              fields=(f"document/{document.kind}", f"language/{document.language}"))
