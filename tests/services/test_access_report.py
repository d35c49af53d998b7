"""The client's access report from this laptop's log (Client Data Act 703/2023 §11), against a
real SQLCipher store: what falls in the period and what not, listings that showed the client,
the disclosures of the period, nothing of another client, and the PDF export (atomic, logged for
the client's own request)."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.services.access_report import AccessReportService
from sopiva_desk.services.documents import export
from sopiva_desk.services.documents.disclosures import DisclosureService
from sopiva_desk.services.documents.export import DocumentExportDeniedError
from sopiva_desk.services.errors import StorageIOError
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import AccessLogEntry
from sopiva_desk.store.repositories import access_log as log_repo

START, END = date(2025, 3, 5), date(2025, 3, 31)


class Clock:
    """The time the access log stamps (``store.repositories.access_log.utc_now``)."""

    def __init__(self) -> None:
        self.now = datetime(2025, 3, 1, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[Clock]:
    found = Clock()
    monkeypatch.setattr(log_repo, "utc_now", found)
    yield found


def _log(workspace: Workspace, client_id: uuid.UUID | None, *, action: str = "view", record_type: str = "client",
         clients: list[uuid.UUID] | None = None, purpose: str = "client_work") -> None:
    with workspace.db.transaction() as session:
        log_repo.record(session, user_id="u-2", user_name="Toinen Ohjaaja", purpose=purpose, action=action,
                        record_type=record_type, client_id=client_id, clients=clients)


def _disclose(workspace: Workspace, client_id: uuid.UUID, day: date, recipient: str) -> None:
    DisclosureService(workspace.db, workspace.actor, today=lambda: date(2026, 1, 1)).record_data(client_id, {
        "data": "Kotikäyntien päivämäärät", "recipient": recipient, "recipient_organisation": "Mikkelin kaupunki",
        "method": "phone", "basis": "consent", "basis_detail": "suullinen suostumus", "purpose": "Asumispalvelu",
        "disclosed_on": day})


@pytest.fixture
def two_clients(workspace: Workspace, client_values: dict[str, object], clock: Clock
                ) -> tuple[uuid.UUID, uuid.UUID]:
    """Aino (the client asking) and Bertil, with entries before, in and after the period."""
    aino = workspace.clients.create_client(client_values)  # 1.3.: before the period
    bertil = workspace.clients.create_client({**client_values, "first_names": "Bertil", "last_name": "Berg",
                                              "hetu": "010101-123N", "language": "sv"})
    clock.now = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)
    _log(workspace, aino, purpose="follow_up")  # in
    _log(workspace, None, record_type="caseload", clients=[aino, bertil])  # a listing that showed Aino: in
    _log(workspace, None, record_type="caseload", clients=[bertil])  # a listing without her
    _log(workspace, bertil, action="update")  # Bertil's own
    clock.now = datetime(2025, 4, 20, 12, 0, tzinfo=UTC)
    _log(workspace, aino, action="print")  # after the period
    _disclose(workspace, aino, date(2025, 3, 12), "Kela")  # in
    _disclose(workspace, aino, date(2025, 5, 1), "Verohallinto")  # after
    _disclose(workspace, bertil, date(2025, 3, 12), "Pekka Bertilin")  # Bertil's
    clock.now = datetime(2026, 1, 2, 8, 0, tzinfo=UTC)
    return aino, bertil


def test_the_report_holds_the_period_the_listings_and_the_disclosures_of_this_client_only(
        workspace: Workspace, two_clients: tuple[uuid.UUID, uuid.UUID]) -> None:
    aino, _bertil = two_clients
    report = workspace.access_report.report(aino, START, END)
    data = report.data
    assert data["source"] == "laptop"
    assert data["client"] == {"id": str(aino), "name": "Aino Maria Virtanen", "hetu": "131052-308T"}
    assert data["period"] == {"start": "2025-03-05", "end": "2025-03-31"}
    assert data["made_by"] == "Testi Ohjaaja"
    assert [(e["action"], e["record_type"], e["purpose"], e["listing"], e["who"]) for e in data["entries"]] == [
        ("view", "client", "follow_up", False, "Toinen Ohjaaja"),
        ("view", "caseload", "client_work", True, "Toinen Ohjaaja"),
    ]
    assert all(e["at"].startswith("2025-03-10T09:30:00") for e in data["entries"])
    assert report.listings == [False, True] and len(report.entries) == 2
    assert data["disclosures"] == [{
        "disclosed_on": "2025-03-12", "document_kind": None, "recipient": "Kela", "basis": "consent",
        "basis_detail": "suullinen suostumus", "purpose": "Asumispalvelu", "discloser_name": "Testi Ohjaaja",
        "data": "Kotikäyntien päivämäärät", "recipient_organisation": "Mikkelin kaupunki", "method": "phone",
        "document_id": ""}]
    assert report.client_language == "fi"


def test_a_longer_period_takes_in_what_the_shorter_left_out(
        workspace: Workspace, two_clients: tuple[uuid.UUID, uuid.UUID]) -> None:
    aino, bertil = two_clients
    whole = workspace.access_report.report(aino, date(2025, 1, 1), date(2025, 12, 31)).data
    assert [e["action"] for e in whole["entries"] if e["record_type"] == "client"] == ["create", "view", "print"]
    assert [d["recipient"] for d in whole["disclosures"]] == ["Kela", "Verohallinto"]  # oldest first
    theirs = workspace.access_report.report(bertil, START, END)
    assert [(e["action"], e["listing"]) for e in theirs.data["entries"]] == [
        ("view", True), ("view", True), ("update", False)]
    assert [d["recipient"] for d in theirs.data["disclosures"]] == ["Pekka Bertilin"]
    assert theirs.client_language == "sv"


def test_reading_the_report_is_logged_for_the_clients_own_request(
        workspace: Workspace, two_clients: tuple[uuid.UUID, uuid.UUID]) -> None:
    aino, _bertil = two_clients
    workspace.actor.set_purpose("planning")  # whatever the counsellor works on: the client asked
    workspace.access_report.report(aino, START, END)
    with workspace.db.read() as session:
        last = session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.seq.desc()).limit(1)).one()
    assert (last.action, last.record_type, last.client_id, last.purpose) == (
        "view", "access_report", aino, "client_request")


def test_a_period_that_ends_before_it_starts_is_refused(
        workspace: Workspace, two_clients: tuple[uuid.UUID, uuid.UUID]) -> None:
    with pytest.raises(ValidationError) as refused:
        workspace.access_report.report(two_clients[0], END, START)
    assert [(i.field, i.key) for i in refused.value.issues] == [("start", "report.period_order")]


def test_the_pdf_is_saved_atomically_and_its_export_logged(
        workspace: Workspace, two_clients: tuple[uuid.UUID, uuid.UUID], tmp_path: Path) -> None:
    aino, _bertil = two_clients
    service = workspace.access_report
    report = service.report(aino, START, END)
    pdf = AccessReportService.render(report, "sv")
    folder = tmp_path / "out"
    written = service.export(report, pdf, "sv", folder / "Loggredogörelse")
    assert written == folder / "Loggredogörelse.pdf"
    assert written.read_bytes() == pdf
    assert [p.name for p in folder.iterdir()] == ["Loggredogörelse.pdf"]  # no temporary file left
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Aino Maria Virtanen" in text and "Kela" in text and "Klientens samtycke" in text
    with workspace.db.read() as session:
        last = session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.seq.desc()).limit(1)).one()
    assert (last.action, last.record_type, last.purpose, sorted(last.fields)) == (
        "export", "access_report", "client_request", ["document/access_report", "language/sv"])


def test_a_pdf_that_cannot_be_written_is_neither_left_nor_logged(
        workspace: Workspace, two_clients: tuple[uuid.UUID, uuid.UUID], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    report = workspace.access_report.report(two_clients[0], START, END)

    def denied(path: Path, data: bytes) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(export, "atomic_write_bytes", denied)
    with workspace.db.read() as session:
        before = len(log_repo.all_entries(session))
    with pytest.raises(DocumentExportDeniedError):
        workspace.access_report.export(report, b"%PDF-1.4", "fi", tmp_path / "raportti.pdf")
    with workspace.db.read() as session:
        assert len(log_repo.all_entries(session)) == before


def test_a_pdf_whose_export_cannot_be_logged_is_removed_again(
        workspace: Workspace, two_clients: tuple[uuid.UUID, uuid.UUID], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    report = workspace.access_report.report(two_clients[0], START, END)

    def log_fails(*_args: object, **_kwargs: object) -> None:
        raise OSError("the store went away")

    monkeypatch.setattr(log_repo, "record", log_fails)
    with pytest.raises(StorageIOError):
        workspace.access_report.export(report, b"%PDF-1.4", "fi", tmp_path / "raportti.pdf")
    assert not (tmp_path / "raportti.pdf").exists()
