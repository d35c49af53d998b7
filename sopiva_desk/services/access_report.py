"""The client's access report from this laptop's records (Client Data Act 703/2023 §11: the
client's right to know who has accessed or received their data, and why). docs/security.md,
"The client's access report".

For a period (whole days in local time) the report holds every access-log entry about the
client — listings that showed the client among others too — and the disclosures made in it.
``report`` gathers it (one read, logged as a view of the report with the purpose "the client's
own request"); its ``data`` is the dict the central server's report shares
(``sopiva_desk/reports/access_report.py``), the rest is for showing it on screen in words.
``render`` makes the PDF in memory; ``export`` writes it where the user chose (atomically) and
logs the export, again for the client's own request.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.protocol.wire import encode_value
from sopiva_desk.services.access_log import AccessEntry, RecordFacts, record_facts
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.documents.disclosures import DisclosureView, disclosure_view
from sopiva_desk.services.documents.export import write_logged
from sopiva_desk.services.documents.queue import KIND_RECORDS
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.services.templates import TemplateLibrary
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import utc_now
from sopiva_desk.store.repositories import access_log as log_repo
from sopiva_desk.store.repositories import clients as client_repo
from sopiva_desk.store.repositories import documents as documents_repo

RECORD_TYPE = "access_report"
PURPOSE = "client_request"  # whatever the counsellor's current purpose: the client asked for it
LANGUAGES = ("fi", "sv")


@dataclass(frozen=True)
class AccessReport:
    """One client's report for a period: ``data`` in the shared shape (what the PDF shows), and
    the same entries and disclosures with the facts that name their records on screen."""

    data: dict[str, Any]
    entries: list[AccessEntry]  # oldest first, as ``data["entries"]``
    listings: list[bool]  # per entry: a listing that showed the client among others
    disclosures: list[DisclosureView]  # oldest first, as ``data["disclosures"]``
    records: dict[uuid.UUID, RecordFacts]
    client_language: str  # the PDF's language unless the counsellor picks the other one


def day_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """The period's first and last days as moments: from the start of ``start`` to the start of
    the day after ``end``, in this computer's time zone."""
    return (datetime.combine(start, time.min).astimezone(),
            datetime.combine(end + timedelta(days=1), time.min).astimezone())


def _entry(entry: Any, listing: bool) -> dict[str, Any]:
    return {"at": encode_value(entry.at), "who": entry.user_name, "device": "", "action": entry.action,
            "record_type": entry.record_type, "fields": list(entry.fields or ()), "purpose": entry.purpose,
            "listing": listing}


def _disclosure(found: DisclosureView) -> dict[str, Any]:
    return {"disclosed_on": found.disclosed_on.isoformat(), "document_kind": found.kind, "recipient": found.recipient,
            "basis": found.basis, "basis_detail": found.basis_detail, "purpose": found.purpose,
            "discloser_name": found.discloser_name, "data": found.data,
            "recipient_organisation": found.recipient_organisation, "method": found.method,
            "document_id": found.document_id}


class AccessReportService:
    def __init__(self, db: Database, actor: Actor, templates: TemplateLibrary | None = None,
                 now: Callable[[], datetime] = utc_now) -> None:
        self._db = db
        self._actor = actor
        self._templates = templates
        self._now = now

    def report(self, client_id: uuid.UUID, start: date, end: date) -> AccessReport:
        """The report for the days ``start``–``end`` (both included). A period that ends before
        it starts is refused (field ``start``, ``report.period_order``)."""
        if end < start:
            raise ValidationError([Issue("start", "report.period_order")])
        since, until = day_bounds(start, end)
        with storage_errors(), self._db.transaction() as session:
            client = client_repo.get_client(session, client_id)
            if client is None:
                raise RecordGoneError()
            found = log_repo.for_client_between(session, client_id, since, until)
            stored = documents_repo.disclosures_for_client(session, client_id)  # newest first
            disclosures = [disclosure_view(d) for d in reversed(stored) if start <= d.disclosed_on <= end]
            entries = [AccessEntry(e.seq, e.at, e.user_name, e.action, e.record_type, tuple(e.fields), e.record_id,
                                   e.purpose) for e, _listing in found]
            refs = [(e.record_type, e.record_id) for e in entries]
            refs += [(KIND_RECORDS[d.kind], d.record_id) for d in disclosures if d.kind in KIND_RECORDS]
            facts = record_facts(session, refs, self._templates)
            data = {
                "source": "laptop",
                "client": {"id": str(client.id), "name": f"{client.first_names} {client.last_name}".strip(),
                           "hetu": client.hetu or client.temporary_id or ""},
                "period": {"start": start.isoformat(), "end": end.isoformat()},
                "made_at": encode_value(self._now()),
                "made_by": self._actor.user_name,
                "entries": [_entry(e, listing) for e, listing in found],
                "disclosures": [_disclosure(d) for d in disclosures],
            }
            self._log(session, "view", client_id, ())
            return AccessReport(data, entries, [listing for _e, listing in found], disclosures, facts,
                                client.language if client.language in LANGUAGES else "fi")

    @staticmethod
    def render(report: AccessReport, language: str) -> bytes:
        """The report as a PDF in ``language`` (pure: in memory, no store)."""
        from sopiva_desk.reports.access_report import render_pdf  # reportlab: first render only

        return render_pdf(report.data, language)

    def export(self, report: AccessReport, pdf: bytes, language: str, path: Path | str) -> Path:
        """Write ``pdf`` (rendered from ``report`` in ``language``) at ``path`` atomically and log
        the export; nothing is left behind when either fails. Returns the path written."""
        client_id = uuid.UUID(report.data["client"]["id"])

        def log() -> None:
            with storage_errors(), self._db.transaction() as session:
                self._log(session, "export", client_id, (f"document/{RECORD_TYPE}", f"language/{language}"))

        return write_logged(path, pdf, log)

    def _log(self, session: Any, action: str, client_id: uuid.UUID, fields: tuple[str, ...]) -> None:
        log_repo.record(session, user_id=self._actor.user_id, user_name=self._actor.user_name, purpose=PURPOSE,
                        action=action, record_type=RECORD_TYPE, client_id=client_id, fields=fields)
