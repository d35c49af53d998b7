"""The office print queue and disclosure entries against a real SQLCipher store: queue once per
document and language, printed with who and when, cancel, refusals as message keys, the export
of a rendered document (atomic, optionally AES-256 encrypted, logged), and access logging."""

from __future__ import annotations

import io
import uuid
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.documents.disclosures import DisclosureService
from sopiva_desk.services.documents.export import (
    DocumentExportDeniedError,
    DocumentExportDiskFullError,
    export_pdf,
)
from sopiva_desk.services.documents.queue import PrintQueueService
from sopiva_desk.services.documents.service import RenderedDocument
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import AccessLogEntry

TODAY = date(2026, 11, 22)


@pytest.fixture
def client_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    return workspace.clients.create_client(client_values)


@pytest.fixture
def plan_id(workspace: Workspace, client_id: uuid.UUID) -> uuid.UUID:
    return workspace.plans.start_draft(client_id).id


def log_of(workspace: Workspace, record_type: str) -> list[AccessLogEntry]:
    with workspace.db.read() as session:
        return list(session.scalars(select(AccessLogEntry).where(AccessLogEntry.record_type == record_type)
                                    .order_by(AccessLogEntry.seq)).all())


def test_a_document_is_queued_once_per_language_and_printed_with_who_and_when(
        workspace: Workspace, plan_id: uuid.UUID, client_id: uuid.UUID) -> None:
    queue = workspace.print_queue
    job = queue.queue("client_plan", plan_id)
    assert (job.language, job.status, job.client_name, job.requested_by_name) == (
        "fi", "queued", "Aino Maria Virtanen", "Testi Ohjaaja")
    assert queue.queue("client_plan", plan_id, "fi").id == job.id  # already waiting: not twice
    swedish = queue.queue("plain_plan", plan_id, "sv")
    assert [j.id for j in queue.pending()] == [job.id, swedish.id]
    office = PrintQueueService(workspace.db, Actor("office-1", "Toimisto Tulostaja"))
    printed = office.mark_printed(job.id)
    assert (printed.status, printed.printed_by_name) == ("printed", "Toimisto Tulostaja")
    assert printed.printed_at is not None and printed.revision == 2
    assert [j.id for j in queue.pending()] == [swedish.id]
    assert [j.id for j in queue.printed()] == [job.id]
    with pytest.raises(ValidationError) as refused:
        queue.cancel(job.id)
    assert [(i.field, i.key) for i in refused.value.issues] == [("status", "print_queue.not_queued")]
    assert queue.cancel(swedish.id).status == "cancelled"
    assert queue.pending() == []
    assert queue.queue("client_plan", plan_id).id != job.id  # printed once, can be queued again
    entries = log_of(workspace, "print_job")
    assert [e.action for e in entries] == ["create", "create", "update", "update", "create"]
    assert all(e.client_id == client_id for e in entries)
    assert "document/client_plan" in entries[0].fields and "printed_by" in entries[2].fields


def test_queue_refuses_unknown_kinds_languages_and_records(workspace: Workspace, plan_id: uuid.UUID) -> None:
    queue = workspace.print_queue
    with pytest.raises(ValidationError):
        queue.queue("love_letter", plan_id)
    with pytest.raises(ValidationError):
        queue.queue("client_plan", plan_id, "en")
    with pytest.raises(RecordGoneError):
        queue.queue("budget_statement", plan_id)  # a plan's id is no budget
    with pytest.raises(RecordGoneError):
        queue.mark_printed(uuid.uuid4())


def test_a_disclosure_is_recorded_with_every_problem_named_and_listed_for_the_client(
        workspace: Workspace, plan_id: uuid.UUID, client_id: uuid.UUID) -> None:
    disclosures = DisclosureService(workspace.db, workspace.actor, today=lambda: TODAY)
    with pytest.raises(ValidationError) as refused:
        disclosures.record("client_plan", plan_id, "ASU-1", {
            "recipient": " ", "basis": "law", "basis_detail": "", "purpose": "", "disclosed_on": "2026-12-01"})
    assert {(i.field, i.key) for i in refused.value.issues} == {
        ("recipient", "field.required"), ("basis_detail", "disclosure.law_missing"), ("purpose", "field.required"),
        ("disclosed_on", "date.future")}
    with pytest.raises(ValidationError) as refused:
        disclosures.record("client_plan", plan_id, "ASU-1", {
            "recipient": "A\x00B", "basis": "rumour", "purpose": "x" * 2001, "disclosed_on": "1/2/2026"})
    assert {(i.field, i.key) for i in refused.value.issues} == {
        ("recipient", "field.control_chars"), ("basis", "field.choice"), ("purpose", "field.too_long"),
        ("disclosed_on", "date.format")}
    first = disclosures.record("client_plan", plan_id, "ASU-1", {
        "recipient": "Kela, Tampereen toimisto", "basis": "consent", "purpose": "Asumistuen hakeminen",
        "disclosed_on": date(2026, 11, 20)})
    second = disclosures.record("plain_plan", plan_id, " ASU-2 ", {
        "recipient": "  Asumispalvelu  Koivukoti ", "basis": "law",
        "basis_detail": "Asiakastietolaki 703/2023 17 §", "purpose": "Palvelun järjestäminen\nkeväällä",
        "disclosed_on": "2026-11-22"})
    assert (second.recipient, second.document_id, second.discloser_name) == (
        "Asumispalvelu Koivukoti", "ASU-2", "Testi Ohjaaja")
    assert second.purpose == "Palvelun järjestäminen\nkeväällä"  # line breaks are kept in the purpose
    assert [d.id for d in disclosures.for_client(client_id)] == [second.id, first.id]
    entries = log_of(workspace, "disclosure")
    assert [e.action for e in entries] == ["create", "create", "view"]
    assert "recipient" in entries[0].fields and all(e.client_id == client_id for e in entries)


def tiny_document(client_id: uuid.UUID, record_id: uuid.UUID) -> RenderedDocument:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.drawString(100, 700, "Salainen suunnitelma")
    canvas.showPage()
    canvas.save()
    return RenderedDocument("client_plan", record_id, client_id, "fi", "Asiakassuunnitelma", "ASU-1234ABCD-1",
                            "Aino Maria Virtanen", buffer.getvalue(), 1)


def test_export_writes_the_pdf_atomically_encrypted_when_asked_and_logs_it(
        workspace: Workspace, plan_id: uuid.UUID, client_id: uuid.UUID, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from sopiva_desk.services.documents import base

    monkeypatch.setattr(base, "spec", lambda kind: type("S", (), {"record_type": "client_plan"})())
    monkeypatch.setattr("sopiva_desk.services.documents.service.spec", base.spec)
    document = tiny_document(client_id, plan_id)
    tmp_path = tmp_path / "out"
    plain = export_pdf(workspace.documents, document, tmp_path / "plan")
    assert plain == tmp_path / "plan.pdf"
    assert "Salainen" in PdfReader(plain).pages[0].extract_text()
    assert plain.stat().st_mode & 0o077 == 0  # owner-only
    locked = export_pdf(workspace.documents, document, tmp_path / "locked.pdf", password="kissa koira 7")
    reader = PdfReader(locked)
    assert reader.is_encrypted and b"Salainen" not in locked.read_bytes()
    assert reader.decrypt("väärä") == 0
    assert reader.decrypt("kissa koira 7") != 0 and "Salainen" in reader.pages[0].extract_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["locked.pdf", "plan.pdf"]  # no temp file left
    entries = log_of(workspace, "client_plan")
    exports = [e for e in entries if e.action == "export"]
    assert len(exports) == 2 and exports[0].fields == ["document/client_plan", "language/fi"]
    with pytest.raises(ValidationError):
        export_pdf(workspace.documents, document, tmp_path / "empty.pdf", password="")
    with pytest.raises(ValidationError) as weak:  # the passphrase rule: long enough and hard to guess
        export_pdf(workspace.documents, document, tmp_path / "weak.pdf", password="salasana1")
    assert [(i.field, i.key) for i in weak.value.issues] == [("password", "passphrase.too_short"),
                                                             ("password", "passphrase.weak")]
    assert not (tmp_path / "weak.pdf").exists()


def test_export_failures_are_friendly_and_leave_nothing(
        workspace: Workspace, plan_id: uuid.UUID, client_id: uuid.UUID, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from sopiva_desk.services.documents import export

    document = tiny_document(client_id, plan_id)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()

    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export, "atomic_write_bytes", full)
    with pytest.raises(DocumentExportDiskFullError):
        export_pdf(workspace.documents, document, tmp_path / "a.pdf")

    def denied(path: Path, data: bytes) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(export, "atomic_write_bytes", denied)
    with pytest.raises(DocumentExportDeniedError):
        export_pdf(workspace.documents, document, tmp_path / "a.pdf")
    monkeypatch.undo()

    def log_fails(document: RenderedDocument, action: str) -> None:
        raise RuntimeError("store gone")

    monkeypatch.setattr(workspace.documents, "record_output", log_fails)
    with pytest.raises(RuntimeError):
        export_pdf(workspace.documents, document, tmp_path / "b.pdf")
    assert list(tmp_path.iterdir()) == []  # an export that is not in the log does not exist
