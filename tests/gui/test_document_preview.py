"""The document preview against a real store: pages rendered from memory, zoom, the document
language, export with and without a password (atomic, logged), printing painted page by page,
the office print queue, disclosures, and nothing left in the temp directory."""

from __future__ import annotations

import io
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs import document_preview
from sopiva_desk.gui.dialogs.document_preview import (
    FIT_PAGE,
    FIT_WIDTH,
    DocumentPreviewDialog,
    ExportOptionsDialog,
    default_file_name,
)
from sopiva_desk.gui.tasks import ImmediateTaskRunner, TaskRunner
from sopiva_desk.gui.widgets.pdf_pages import KEEP_AROUND, PagesView, page_sizes, paint_page, render_pages
from sopiva_desk.services.documents import base as documents_base
from sopiva_desk.services.documents import service as documents_service
from sopiva_desk.services.documents.export import check_password
from sopiva_desk.services.documents.layout import DocumentMeta, Styles, para
from sopiva_desk.services.documents.organisation import demo_organisation
from sopiva_desk.services.documents.texts import Texts
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import AccessLogEntry

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
              pytest.mark.qt_log_ignore("This plugin does not support raise")]

TIMEOUT = 10000


@pytest.fixture
def plan_id(workspace: Workspace, client_values: dict[str, object]) -> uuid.UUID:
    client_id = workspace.clients.create_client(client_values)
    plan = workspace.plans.start_draft(client_id)
    workspace.plans.add_goal(plan.id, {"client_words": "Asun omassa kodissa", "life_domain": "housing"})
    return plan.id


def open_dialog(qtbot: Any, context: AppContext, kind: str, record_id: uuid.UUID,
                **options: Any) -> DocumentPreviewDialog:
    dialog = DocumentPreviewDialog(context, kind, record_id, None, **options)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: 0 in dialog.pages.rendered_pages(), timeout=TIMEOUT)
    return dialog


def log_actions(workspace: Workspace, record_type: str) -> list[str]:
    with workspace.db.read() as session:
        return [e.action for e in session.scalars(select(AccessLogEntry).where(
            AccessLogEntry.record_type == record_type).order_by(AccessLogEntry.seq))]


@pytest.fixture
def dialog(qtbot: Any, context: AppContext, plan_id: uuid.UUID, runner: TaskRunner) -> Iterator[DocumentPreviewDialog]:
    dialog = open_dialog(qtbot, context, "client_plan", plan_id)
    yield dialog
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    dialog.reject()


def test_the_preview_shows_the_pages_from_memory_in_the_clients_language(
        dialog: DocumentPreviewDialog, workspace: Workspace) -> None:
    document = dialog.document
    assert document is not None and document.language == "fi" and document.pdf.startswith(b"%PDF")
    assert dialog.pages.page_count == document.pages == len(PdfReader_of(document.pdf).pages)
    assert dialog.pages_label.text() == (f"{document.pages} pages" if document.pages > 1 else "1 page")
    first = dialog.pages.labels[0]
    assert first.pixmap() is not None and not first.pixmap().isNull()
    assert dialog.language_combo.currentData() == "fi"
    assert dialog.print_button.isEnabled() and dialog.export_button.isEnabled()
    assert log_actions(workspace, "client_plan")[-1] == "view"  # gathering is logged as a view


def PdfReader_of(pdf: bytes) -> PdfReader:  # noqa: N802 - reads like the class
    import io

    return PdfReader(io.BytesIO(pdf))


def test_zoom_changes_the_size_of_the_pages(qtbot: Any, dialog: DocumentPreviewDialog) -> None:
    dialog.set_zoom(100)
    width_100 = dialog.pages.labels[0].width()
    dialog.zoom_in()
    assert dialog.zoom == 125
    assert dialog.pages.labels[0].width() == pytest.approx(width_100 * 1.25, abs=2)
    dialog.set_zoom(50)
    dialog.zoom_out()
    assert dialog.zoom == 50  # the smallest step
    assert dialog.pages.labels[0].width() == pytest.approx(width_100 / 2, abs=2)
    dialog.set_zoom(FIT_WIDTH)
    room = dialog.pages.available()
    assert dialog.pages.labels[0].width() == pytest.approx(room.width(), abs=2)
    dialog.set_zoom(FIT_PAGE)
    assert dialog.pages.labels[0].height() <= room.height() + 2
    qtbot.waitUntil(lambda: 0 in dialog.pages.rendered_pages(), timeout=TIMEOUT)
    pixmap = dialog.pages.labels[0].pixmap()
    assert pixmap.width() / pixmap.devicePixelRatio() == pytest.approx(dialog.pages.labels[0].width(), abs=2)


def test_ctrl_wheel_and_keys_zoom(qtbot: Any, dialog: DocumentPreviewDialog) -> None:
    dialog.set_zoom(100)
    qtbot.keyClick(dialog, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.zoom == 125
    qtbot.keyClick(dialog, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.zoom == 100
    dialog.pages.zoom_requested.emit(-1)
    assert dialog.zoom == 75


def test_switching_the_language_renders_the_document_again_in_swedish(
        qtbot: Any, dialog: DocumentPreviewDialog) -> None:
    finnish = dialog.document
    assert finnish is not None
    with qtbot.waitSignal(dialog.document_ready, timeout=TIMEOUT) as ready:
        dialog.set_language("sv")
    swedish = ready.args[0]
    assert swedish.language == "sv" and swedish.title != finnish.title
    assert "Sida 1 /" in PdfReader_of(swedish.pdf).pages[0].extract_text()
    assert dialog.language_combo.currentData() == "sv"


def test_export_without_and_with_a_password_writes_an_openable_pdf_and_logs_it(
        qtbot: Any, dialog: DocumentPreviewDialog, workspace: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT) as saved:
        dialog.export_to(out / "suunnitelma")
    plain = saved.args[0]
    assert plain == out / "suunnitelma.pdf"
    assert "Virtanen" in PdfReader(plain).pages[0].extract_text()
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT) as saved:
        dialog.export_to(out / "salattu.pdf", "Kuusi kuusta 6")
    reader = PdfReader(saved.args[0])
    assert reader.is_encrypted and reader.decrypt("Kuusi kuusta 6") != 0
    assert "Virtanen" in reader.pages[0].extract_text()
    assert sorted(p.name for p in out.iterdir()) == ["salattu.pdf", "suunnitelma.pdf"]  # written atomically
    assert log_actions(workspace, "client_plan").count("export") == 2
    assert "PDF saved" in dialog.status_label.text()


def test_export_options_check_the_password(qtbot: Any, profile_service: ProfileService) -> None:
    options = ExportOptionsDialog(AppContext(profile_service, ImmediateTaskRunner()))
    qtbot.addWidget(options)
    assert options.password() is None and options.problem() == ""
    options.protect_check.setChecked(True)
    assert options.problem() == "Enter a password, or export without one."
    options.password_edit.setText("Mustikka kanootti 7 lumi")
    options.repeat_edit.setText("Mustikka kanootti 7 luni")
    assert options.problem() == "" and options.mismatch() == "The passwords do not match."
    options.accept_button.click()
    assert options.result() != ExportOptionsDialog.DialogCode.Accepted
    assert options.repeat_error_label.text() == "The passwords do not match."
    options.repeat_edit.setText("Mustikka kanootti 7 lumi")
    assert not options.repeat_error_label.isVisibleTo(options)  # gone as soon as the field is edited
    options.accept_button.click()
    assert options.result() == ExportOptionsDialog.DialogCode.Accepted
    assert options.password() == "Mustikka kanootti 7 lumi"


@pytest.mark.parametrize("weak", ["salasana1", "password1234", "qwertyuiop12"])
def test_a_weak_export_password_is_refused_with_how_to_make_it_stronger(
        qtbot: Any, profile_service: ProfileService, weak: str) -> None:
    options = ExportOptionsDialog(AppContext(profile_service, ImmediateTaskRunner()))
    qtbot.addWidget(options)
    options.protect_check.setChecked(True)
    options.password_edit.setText(weak)
    options.repeat_edit.setText(weak)
    options.accept_button.click()
    assert options.result() != ExportOptionsDialog.DialogCode.Accepted
    why = options.error_label.text()
    assert "easy to guess" in why and "Add a few more unrelated words" in why
    assert options.meter.word.text() in {"Very weak", "Weak", "Fair"}
    assert options.password_edit.accessibleDescription() == why  # read out next to the field
    with pytest.raises(ValidationError):  # and the export itself refuses it too
        check_password(weak)


def test_the_export_button_asks_options_and_a_place(qtbot: Any, dialog: DocumentPreviewDialog, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    document = dialog.document
    assert document is not None
    suggested: list[str] = []
    monkeypatch.setattr(ExportOptionsDialog, "exec", lambda self: ExportOptionsDialog.DialogCode.Accepted)
    monkeypatch.setattr(document_preview, "choose_export_path",
                        lambda parent, name: suggested.append(name) or str(tmp_path / "valittu.pdf"))
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT):
        dialog.export_button.click()
    assert Path(suggested[0]).name == default_file_name(document)
    assert document.document_id in suggested[0] and "Virtanen" not in suggested[0]  # no client name on disk listings
    assert (tmp_path / "valittu.pdf").exists()


def test_printing_paints_every_page_and_logs_the_print(qtbot: Any, dialog: DocumentPreviewDialog,
                                                       workspace: Workspace, tmp_path: Path) -> None:
    document = dialog.document
    assert document is not None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))  # the test's stand-in for paper
    with qtbot.waitSignal(dialog.printed, timeout=TIMEOUT):
        dialog.print_to(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == document.pages
    assert log_actions(workspace, "client_plan").count("print") == 1
    assert dialog.status_label.text() == "Sent to the printer."


def test_a_page_is_painted_as_large_as_fits_with_its_proportions(plan_id: uuid.UUID, workspace: Workspace) -> None:
    document = workspace.documents.render("client_plan", plan_id)
    [(index, image)] = render_pages(document.pdf, [0], 50 / 72)
    assert index == 0 and image.width() == pytest.approx(595 * 50 / 72, abs=1)
    paper = QImage(400, 400, QImage.Format.Format_RGB32)
    paper.fill(QColor("red"))
    painter = QPainter(paper)
    paint_page(painter, image, QRectF(0, 0, 400, 400))
    painter.end()
    assert paper.pixelColor(200, 200) != QColor("red")  # the page is in the middle
    assert paper.pixelColor(5, 200) == QColor("red")  # A4 is narrower than the square: sides stay empty
    assert paper.pixelColor(200, 1) != QColor("red")  # and the height is filled


def test_mark_for_printing_adds_a_queue_item_and_printing_it_marks_it_printed(
        qtbot: Any, context: AppContext, dialog: DocumentPreviewDialog, workspace: Workspace, plan_id: uuid.UUID,
        tmp_path: Path, runner: TaskRunner) -> None:
    with qtbot.waitSignal(dialog.queued, timeout=TIMEOUT) as queued:
        dialog.queue_button.click()
    job = queued.args[0]
    assert [j.id for j in workspace.print_queue.pending()] == [job.id]
    assert (job.kind, job.record_id, job.language) == ("client_plan", plan_id, "fi")
    office = open_dialog(qtbot, context, job.kind, job.record_id, language=job.language, job_id=job.id)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "office.pdf"))
    with qtbot.waitSignal(office.printed, timeout=TIMEOUT):
        office.print_to(printer)
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    assert workspace.print_queue.pending() == []
    assert [j.printed_by_name for j in workspace.print_queue.printed()] == ["Testi Ohjaaja"]
    office.reject()


def test_a_disclosure_is_recorded_from_the_preview_and_a_refusal_keeps_the_values(
        qtbot: Any, dialog: DocumentPreviewDialog, workspace: Workspace) -> None:
    dialog.disclosure_button.click()
    form = dialog.disclosure_dialog
    assert form is not None
    form.recipient_edit.setText("Kela")
    form.basis_combo.setCurrentIndex(form.basis_combo.findData("law"))
    form.purpose_edit.setPlainText("Asumistuen hakeminen")
    form.accept_button.click()
    qtbot.waitUntil(lambda: form.errors["basis_detail"].text() != "", timeout=TIMEOUT)  # its line is always there
    assert "Name the law" in form.errors["basis_detail"].text()
    assert form.recipient_edit.text() == "Kela" and form.purpose_edit.toPlainText() == "Asumistuen hakeminen"
    form.detail_edit.setText("Asiakastietolaki 703/2023 17 §")
    with qtbot.waitSignal(dialog.disclosed, timeout=TIMEOUT) as disclosed:
        form.accept_button.click()
    view = disclosed.args[0]
    document = dialog.document
    assert document is not None and view.document_id == document.document_id
    assert [d.recipient for d in workspace.disclosures.for_client(view.client_id)] == ["Kela"]


def test_closing_drops_the_document(qtbot: Any, context: AppContext, plan_id: uuid.UUID, runner: TaskRunner) -> None:
    dialog = open_dialog(qtbot, context, "client_plan", plan_id)
    dialog.reject()
    assert dialog.document is None and dialog.pages.labels == []
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)


# -- a long document: a stand-in spec, so the test does not depend on any real document ---------


@dataclass(frozen=True)
class _LongSpec:
    kind: str = "client_plan"
    record_type: str = "client_plan"
    plain: bool = False

    def gather(self, ctx: Any, session: Any, record_id: uuid.UUID, language: str | None) -> documents_base.Source:
        header = documents_base.client_header(session, _client_of(session, record_id))
        meta = DocumentMeta(kind="common", title="Pitkä asiakirja", document_id="TST-1", language=language or "fi",
                            organisation=demo_organisation(), client_name=header.name)
        return documents_base.Source(meta, _client_of(session, record_id), record_id, None)

    def story(self, source: documents_base.Source, styles: Styles, texts: Texts) -> list[Any]:
        return [para(f"Kappale {n}. " + "Tekstiä riittää. " * 60, styles.body) for n in range(90)]


def _client_of(session: Any, record_id: uuid.UUID) -> uuid.UUID:
    from sopiva_desk.services.documents.queue import record_client

    return record_client(session, "client_plan", record_id)


def in_sight(view: PagesView) -> set[int]:
    """The pages the user sees: where a laid-out page meets the viewport."""
    viewport = view.viewport()
    return {index for index, label in enumerate(view.labels)
            if QRect(label.mapTo(viewport, QPoint(0, 0)), label.size()).intersects(viewport.rect())}


def drawn(view: PagesView) -> set[int]:
    """The pages showing their picture (the others are blank sheets)."""
    return {index for index, label in enumerate(view.labels) if not label.pixmap().isNull()}


def around(pages: set[int], distance: int) -> set[int]:
    return {near for page in pages for near in range(page - distance, page + distance + 1)}


def test_a_long_document_is_prepared_in_the_background_and_rendered_lazily(
        qtbot: Any, context: AppContext, plan_id: uuid.UUID, runner: TaskRunner,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents_base, "spec", lambda kind: _LongSpec())
    monkeypatch.setattr(documents_service, "spec", lambda kind: _LongSpec())
    dialog = DocumentPreviewDialog(context, "client_plan", plan_id, None)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    assert dialog.stack.currentIndex() == 0 and dialog.progress_bar.maximum() == 0  # busy bar while preparing
    assert dialog.progress_label.text() == "Preparing the document…"
    assert not dialog.print_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=TIMEOUT)
    view = dialog.pages
    assert view.page_count > 15
    # At the top the user sees the first page (at fit width a page is taller than the window), drawn;
    # the next one may be drawn ahead, nothing further. Checked again once the runner is idle.
    qtbot.waitUntil(lambda: in_sight(view) == {0} and drawn(view) >= {0}, timeout=TIMEOUT)
    assert drawn(view) <= {0, 1}
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    assert drawn(view) <= {0, 1}

    last = view.page_count - 1
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: last in in_sight(view) and drawn(view) >= in_sight(view), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    assert drawn(view) <= around(in_sight(view), KEEP_AROUND)
    assert 0 not in drawn(view)  # far out of sight: its picture was dropped
    dialog.reject()
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)


def test_pages_are_drawn_by_their_place_in_the_document_not_by_a_layout_still_in_progress(qtbot: Any) -> None:
    """New pages are laid out over several turns of the event loop, all stacked at the top until
    then; on a busy machine the render timer can fire in between. Here the view is not shown yet,
    so nothing is laid out at all when it fires: only the first page and the next are drawn."""
    output = io.BytesIO()
    canvas = Canvas(output, pagesize=A4)
    for number in range(1, 21):
        canvas.drawString(72, 760, f"Sivu {number}")
        canvas.showPage()
    canvas.save()
    pdf = output.getvalue()

    def run_now(work: Any, *, on_success: Any, **_options: Any) -> None:
        on_success(work())

    view = PagesView(run_now)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.set_document(pdf, page_sizes(pdf), 1.0)
    qtbot.waitUntil(lambda: 0 in drawn(view))
    assert drawn(view) == {0, 1}

    view.show()
    qtbot.waitUntil(lambda: in_sight(view) == {0} and view.viewport().height() > 500)
    view.verticalScrollBar().setValue(view.labels[10].y())
    qtbot.waitUntil(lambda: in_sight(view) <= drawn(view) and 10 in in_sight(view))
    assert drawn(view) <= around(in_sight(view), KEEP_AROUND)
    assert not drawn(view) & {0, 1, 2, 3, 4, 5}  # far above now: dropped


def test_previewing_and_exporting_leave_nothing_in_the_temp_directory(
        qtbot: Any, context: AppContext, plan_id: uuid.UUID, runner: TaskRunner, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    temp_root = tmp_path / "tmp"
    temp_root.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp_root))
    monkeypatch.setattr(tempfile, "tempdir", None)
    out = tmp_path / "out"
    out.mkdir()
    dialog = open_dialog(qtbot, context, "client_plan", plan_id)
    dialog.set_language("sv")
    qtbot.waitUntil(lambda: dialog.document is not None and dialog.document.language == "sv", timeout=TIMEOUT)
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT):
        dialog.export_to(out / "plan.pdf", "Mustikka kanootti 7 lumi")
    dialog.set_zoom(200)
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT)
    dialog.reject()
    assert list(temp_root.rglob("*")) == []
    assert [p.name for p in out.iterdir()] == ["plan.pdf"]


def test_pages_rendered_after_the_preview_closed_are_dropped(qtbot: Any) -> None:
    """A render still running when the preview is closed arrives to a deleted view: nothing
    happens (it used to restart the view's deleted timer and fail)."""
    output = io.BytesIO()
    canvas = Canvas(output, pagesize=A4)
    canvas.drawString(72, 760, "Sivu 1")
    canvas.showPage()
    canvas.save()
    pdf = output.getvalue()
    waiting: list[Any] = []

    def run_later(work: Any, *, on_success: Any, **_options: Any) -> None:
        waiting.append((work, on_success))

    view = PagesView(run_later)
    view.resize(800, 600)
    view.set_document(pdf, page_sizes(pdf), 1.0)
    qtbot.waitUntil(lambda: bool(waiting))
    view.deleteLater()
    with qtbot.waitSignal(view.destroyed):
        pass
    work, on_success = waiting[0]
    on_success(work())  # must not raise
