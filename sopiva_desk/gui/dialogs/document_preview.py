"""The preview of a document (docs/documents.md): its pages at a zoom, in Finnish or Swedish,
with Print…, Export PDF…, Mark for printing at the office and Record disclosure….

The document is read on the store lane (logged as a view), rendered on the GENERAL lane while
"Preparing the document…" shows, and its pages are drawn from the PDF bytes in memory
(``widgets/pdf_pages.py``). The bytes live only in this dialog: closing it drops them. Nothing
is written to disk except an export the user asks for. The document's language is the
client's unless the user picks the other one here; the UI language never changes it.

Keys: Ctrl++ / Ctrl+- (or Ctrl+wheel) zoom, Ctrl+0 fits the width, Ctrl+P prints.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.gui import prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.disclosure import DisclosureDialog
from sopiva_desk.gui.dialogs.export_options import ExportOptionsDialog
from sopiva_desk.gui.tasks import GENERAL
from sopiva_desk.gui.widgets.page_parts import HINT_COLOR, bold_label, fit_to_screen
from sopiva_desk.gui.widgets.pdf_pages import PagesView, PrintRun, page_sizes
from sopiva_desk.services.documents.export import export_pdf
from sopiva_desk.services.documents.queue import PrintJobView
from sopiva_desk.services.documents.service import DocumentService, RenderedDocument

ZOOM_STEPS = (50, 75, 100, 125, 150, 200)  # percent
FIT_WIDTH, FIT_PAGE = "width", "page"
# Characters no file name may hold; the double quote comes from chr(34) because a bare one in a
# single-quoted string derails pyside6-lupdate, which then files the strings below under no class.
_UNSAFE_IN_NAMES = re.compile(r"[\\/:*?<>|\x00-\x1f" + chr(34) + "]+")


def document_name(kind: str) -> str:
    """What a document kind is called in the UI language (menus, the print queue)."""
    names = {
        "client_plan": QCoreApplication.translate("Documents", "Client plan (official)"),
        "plain_plan": QCoreApplication.translate("Documents", "Plain-language plan for the client"),
        "decision_record": QCoreApplication.translate("Documents", "Supported decision-making record"),
        "assessment_summary": QCoreApplication.translate("Documents", "Needs assessment summary"),
        "budget_statement": QCoreApplication.translate("Documents", "Personal budget statement"),
    }
    return names.get(kind, kind)


def language_name(language: str) -> str:
    return {"fi": QCoreApplication.translate("Documents", "Finnish"),
            "sv": QCoreApplication.translate("Documents", "Swedish")}.get(language, language)


def default_file_name(document: RenderedDocument) -> str:
    """``Asiakassuunnitelma ASU-3F2A9C1B-2.pdf``: the title and ID, safe as a file name (no client name)."""
    name = _UNSAFE_IN_NAMES.sub(" ", f"{document.title} {document.document_id}")
    return " ".join(name.split()).strip(". ") + ".pdf"


def choose_export_path(parent: QWidget, file_name: str) -> str:
    """Where to save the PDF (``prompts.choose_save_path``: the documents folder at first)."""
    return prompts.choose_save_path(parent, QCoreApplication.translate("DocumentPreviewDialog", "Export PDF"),
                                    file_name,
                                    QCoreApplication.translate("DocumentPreviewDialog", "PDF documents (*.pdf)"))


def documents_button(page: QWidget, context: AppContext, kinds: Sequence[str],
                     record_id: Callable[[], uuid.UUID | None], flush: Callable[[], None] | None = None) -> QPushButton:
    """A "Documents" header button whose menu opens the preview of each of ``kinds`` for the
    record the page shows (``record_id()``; nothing happens while none is open). ``flush``
    sends the page's waiting edits first, so the document shows what was typed."""
    button = QPushButton(QCoreApplication.translate("DocumentPreviewDialog", "Documents"), page,
                         objectName="documentsButton")
    button.setToolTip(QCoreApplication.translate("DocumentPreviewDialog",
                                                 "Preview, print or export this record as a document"))
    menu = QMenu(button)
    for kind in kinds:
        action = menu.addAction(QCoreApplication.translate("DocumentPreviewDialog", "{document}…").format(
            document=document_name(kind)))
        action.setObjectName(f"document_{kind}")
        # A module-level function, not a def nested in this loop: pyside6-lupdate loses track of
        # the classes below after such a def and files their strings under no context.
        action.triggered.connect(partial(_open_from_menu, page, context, kind, record_id, flush))
    menu.aboutToShow.connect(lambda: [a.setEnabled(record_id() is not None) for a in menu.actions()])
    button.setMenu(menu)
    return button


def _open_from_menu(page: QWidget, context: AppContext, kind: str, record_id: Callable[[], uuid.UUID | None],
                    flush: Callable[[], None] | None, *_checked: object) -> None:
    if flush is not None:
        flush()
    open_preview(page, context, kind, record_id())


def open_preview(parent: QWidget, context: AppContext, kind: str, record_id: uuid.UUID | None,
                 **options: Any) -> DocumentPreviewDialog | None:
    if record_id is None or not context.unlocked:
        return None
    dialog = DocumentPreviewDialog(context, kind, record_id, parent, **options)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class DocumentPreviewDialog(QDialog):
    """One document, prepared in the background and shown page by page.

    Signals:
        document_ready(object): the ``RenderedDocument`` now shown (after each language change too).
        printed(object): the document went to the printer (the ``RenderedDocument``).
        exported(object): the ``Path`` the PDF was saved to.
        queued(object): the ``PrintJobView`` of "Mark for printing at the office".
        disclosed(object): the ``DisclosureView`` recorded.
    """

    document_ready = Signal(object)
    printed = Signal(object)
    exported = Signal(object)
    queued = Signal(object)
    disclosed = Signal(object)

    def __init__(self, context: AppContext, kind: str, record_id: uuid.UUID, parent: QWidget | None = None,
                 language: str | None = None, *, job_id: uuid.UUID | None = None,
                 print_when_ready: bool = False, station: bool = False,
                 today: Callable[[], date] = date.today) -> None:
        """``job_id``: a queued print job (printing marks it printed; on an office print station
        the document is made from the job's snapshot). ``station``: the station holds no record
        of the client, so recording a disclosure or queueing again is not offered."""
        super().__init__(parent)
        self.setObjectName("documentPreviewDialog")
        self.setWindowTitle(document_name(kind))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._context = context
        self.kind, self.record_id, self.job_id = kind, record_id, job_id
        self._today = today
        self._document: RenderedDocument | None = None
        self._generation = 0
        self._zoom: str | int = FIT_WIDTH
        self._print_when_ready = print_when_ready
        self._station = station
        self.print_run: PrintRun | None = None
        self.disclosure_dialog: DisclosureDialog | None = None

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_top())
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_progress())
        self.pages = PagesView(context.run, self)
        self.pages.zoom_requested.connect(self._on_pages_zoom_requested)
        self.stack.addWidget(self.pages)
        self.failed_label = QLabel(self.tr("The document could not be prepared."), self, objectName="failedLabel",
                                   alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.stack.addWidget(self.failed_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(self._build_actions())
        self.disclosure_button.setVisible(not station)
        self.queue_button.setVisible(not station)
        for keys, slot in (((QKeySequence.StandardKey.ZoomIn, "Ctrl+="), self.zoom_in),
                           ((QKeySequence.StandardKey.ZoomOut,), self.zoom_out),
                           (("Ctrl+0",), lambda: self.set_zoom(FIT_WIDTH)),
                           ((QKeySequence.StandardKey.Print,), self._on_print_clicked)):
            for key in keys:
                QShortcut(QKeySequence(key), self).activated.connect(slot)
        fit_to_screen(self, QSize(980, 720))
        self._prepare(language)

    # -- building --------------------------------------------------------------------------

    def _build_top(self) -> QHBoxLayout:
        self.title_label = bold_label(document_name(self.kind), self, "documentTitle", scale=1.3)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subline_label = QLabel(self, objectName="documentSubline")
        self.subline_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subline_label)
        self.language_combo = QComboBox(self, objectName="languageCombo")
        for language in ("fi", "sv"):
            self.language_combo.addItem(language_name(language), language)
        self.language_combo.setToolTip(self.tr("The language of the document. The client's language is chosen "
                                               "first; the language of the app does not change it."))
        language_label = QLabel(self.tr("Document &language"), self)
        language_label.setBuddy(self.language_combo)
        self.language_combo.activated.connect(self._on_language_combo_activated)
        self.zoom_out_button = QToolButton(self, objectName="zoomOutButton", text="−", autoRaise=True)
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_combo = QComboBox(self, objectName="zoomCombo")
        self.zoom_combo.addItem(self.tr("Fit width"), FIT_WIDTH)
        self.zoom_combo.addItem(self.tr("Fit page"), FIT_PAGE)
        for percent in ZOOM_STEPS:
            self.zoom_combo.addItem(self.tr("{percent} %").format(percent=percent), percent)
        self.zoom_combo.setAccessibleName(self.tr("Zoom"))
        self.zoom_combo.activated.connect(self._on_zoom_combo_activated)
        self.zoom_in_button = QToolButton(self, objectName="zoomInButton", text="+", autoRaise=True)
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.pages_label = QLabel(self, objectName="pageCount")
        row = QHBoxLayout()
        row.addLayout(titles, 1)
        row.addWidget(language_label)
        row.addWidget(self.language_combo)
        row.addSpacing(16)
        row.addWidget(self.zoom_out_button)
        row.addWidget(self.zoom_combo)
        row.addWidget(self.zoom_in_button)
        row.addSpacing(16)
        row.addWidget(self.pages_label)
        return row

    def _build_progress(self) -> QWidget:
        box = QWidget(self, objectName="progressPage")
        self.progress_label = QLabel(self.tr("Preparing the document…"), box, objectName="progressLabel",
                                     alignment=Qt.AlignmentFlag.AlignCenter)
        self.progress_bar = QProgressBar(box, objectName="progressBar", textVisible=False)
        self.progress_bar.setRange(0, 0)  # busy: how long it takes is not known beforehand
        self.progress_bar.setMaximumWidth(360)
        self.progress_bar.setAccessibleName(self.tr("Preparing the document…"))
        column = QVBoxLayout(box)
        column.addStretch(1)
        column.addWidget(self.progress_label)
        column.addWidget(self.progress_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        return box

    def _build_actions(self) -> QHBoxLayout:
        self.status_label = QLabel(self, objectName="statusLabel", wordWrap=True)
        self.status_label.setStyleSheet(f"color: {HINT_COLOR};")
        self.disclosure_button = QPushButton(self.tr("Record disclosure…"), self, objectName="disclosureButton")
        self.disclosure_button.setToolTip(self.tr("Record that this document was handed to someone outside the "
                                                  "services: to whom, on what basis and why"))
        self.queue_button = QPushButton(self.tr("Mark for printing at the office"), self, objectName="queueButton")
        self.queue_button.setToolTip(self.tr("Put the document in the office's print queue, e.g. when you have "
                                             "no printer on the road"))
        self.export_button = QPushButton(self.tr("Export PDF…"), self, objectName="exportButton")
        self.export_button.setToolTip(self.tr("Save the document as a PDF file, optionally with a password"))
        self.print_button = QPushButton(self.tr("Print…"), self, objectName="printButton")
        self.print_button.setToolTip(self.tr("Print the document (Ctrl+P)"))
        self.close_button = QPushButton(self.tr("Close"), self, objectName="closeButton")
        self.disclosure_button.clicked.connect(self._on_disclosure_clicked)
        self.queue_button.clicked.connect(self.mark_for_printing)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.status_label, 1)
        for button in (self.disclosure_button, self.queue_button, self.export_button, self.print_button,
                       self.close_button):
            row.addWidget(button)
            button.setAutoDefault(False)
        self._set_actions_enabled(False)
        return row

    # -- public ----------------------------------------------------------------------------

    @property
    def document(self) -> RenderedDocument | None:
        """The document shown (its PDF bytes), ``None`` while preparing and after closing."""
        return self._document

    @property
    def zoom(self) -> str | int:
        return self._zoom

    def set_language(self, language: str) -> None:
        """Prepare the document again in ``language`` (fi or sv)."""
        index = self.language_combo.findData(language)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)
        if self._document is None or self._document.language != language:
            self._prepare(language)

    def set_zoom(self, zoom: str | int) -> None:
        """``FIT_WIDTH``, ``FIT_PAGE`` or a percentage."""
        self._zoom = zoom
        index = self.zoom_combo.findData(zoom)
        if index >= 0:
            self.zoom_combo.setCurrentIndex(index)
        self._apply_zoom()

    def zoom_in(self) -> None:
        current = self.percent()
        self.set_zoom(next((step for step in ZOOM_STEPS if step > current + 0.5), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        current = self.percent()
        self.set_zoom(next((step for step in reversed(ZOOM_STEPS) if step < current - 0.5), ZOOM_STEPS[0]))

    def percent(self) -> float:
        """The zoom shown now as a percentage of the page's real size."""
        return self._scale_for(self._zoom) * 72 / self._screen_dpi() * 100

    def mark_for_printing(self) -> None:
        """Put the document, in its language, in the office print queue."""
        document = self._document
        if document is None:
            return
        context, kind, record_id, language = self._context, self.kind, self.record_id, document.language
        self.queue_button.setEnabled(False)

        def work() -> PrintJobView:
            return context.workspace.print_queue.queue(kind, record_id, language)

        context.run(work, parent=self, on_success=self._on_queued,
                    on_failure=lambda _error: self.queue_button.setEnabled(self._document is not None))

    def export_to(self, path: Path, password: str | None = None) -> None:
        """Save the PDF at ``path`` (atomically, encrypted with ``password`` when given) and log it."""
        document = self._document
        if document is None:
            return
        context = self._context
        self.export_button.setEnabled(False)
        self.status_label.setText(self.tr("Saving the PDF…"))

        def work() -> Path:
            return export_pdf(context.workspace.documents, document, path, password)

        context.run(work, parent=self, on_success=self._on_exported, on_invalid=self._on_export_refused,
                    on_failure=self._on_export_failed)

    def print_to(self, printer: QPrinter) -> None:
        """Print on a printer the user has set up (the print dialog's), the pages it asks for."""
        document = self._document
        if document is None or (self.print_run is not None and self.print_run.active):
            return
        pages = list(range(document.pages))
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            last = printer.toPage() if printer.toPage() > 0 else document.pages
            pages = [p for p in pages if printer.fromPage() - 1 <= p <= last - 1]
        self.print_run = PrintRun(self._context.run, document.pdf, printer, pages, self)
        self.print_run.progress.connect(self._on_print_run_progress)
        self.print_run.finished.connect(lambda ok: self._on_print_run_finished(document, ok))
        self.print_button.setEnabled(False)
        self.status_label.setText(self.tr("Printing…"))
        self.print_run.start()

    # -- preparing -------------------------------------------------------------------------

    def _prepare(self, language: str | None) -> None:
        self._generation += 1
        generation, context, kind, record_id, job_id = (self._generation, self._context, self.kind, self.record_id,
                                                        self.job_id)
        self._document = None
        self.pages.clear()
        self._set_actions_enabled(False)
        self.language_combo.setEnabled(False)
        self.pages_label.clear()
        self.stack.setCurrentIndex(0)

        def gather() -> Any:
            return context.workspace.documents.gather(kind, record_id, language, job_id)

        def build(source: Any) -> None:
            if generation != self._generation:
                return

            def work() -> tuple[RenderedDocument, list[tuple[float, float]]]:
                document = DocumentService.build(source)
                return document, page_sizes(document.pdf)

            context.run(work, parent=self, lane=GENERAL,
                        on_success=lambda built: self._on_built(generation, *built),
                        on_failure=lambda _error: self._on_failed(generation))

        context.run(gather, parent=self, on_success=build, on_failure=lambda _error: self._on_failed(generation))

    def _on_built(self, generation: int, document: RenderedDocument, sizes: list[tuple[float, float]]) -> None:
        if generation != self._generation:
            return
        self._document = document
        self.title_label.setText(document.title)
        self.subline_label.setText(self.tr("{client} · Document ID {id}").format(
            client=document.client_name, id=document.document_id))
        self.setWindowTitle(self.tr("{document} – {client}").format(document=document.title,
                                                                   client=document.client_name))
        self.language_combo.setCurrentIndex(self.language_combo.findData(document.language))
        self.language_combo.setEnabled(True)
        self.pages_label.setText(self.tr("1 page") if document.pages == 1
                                 else self.tr("{count} pages").format(count=document.pages))
        self.stack.setCurrentWidget(self.pages)
        self.pages.set_document(document.pdf, sizes, self._scale_for(self._zoom))
        self._set_actions_enabled(True)
        self.document_ready.emit(document)
        if self._print_when_ready:
            self._print_when_ready = False
            self._on_print_clicked()

    def _on_failed(self, generation: int) -> None:
        if generation == self._generation:
            self.stack.setCurrentWidget(self.failed_label)
            self.language_combo.setEnabled(True)

    def _set_actions_enabled(self, enabled: bool) -> None:
        for widget in (self.disclosure_button, self.queue_button, self.export_button, self.print_button):
            widget.setEnabled(enabled)

    # -- zoom ------------------------------------------------------------------------------

    def _screen_dpi(self) -> float:
        return float(self.logicalDpiX() or 96)

    def _scale_for(self, zoom: str | int) -> float:
        width, height = self.pages.largest_page()
        room = self.pages.available()
        if zoom == FIT_WIDTH:
            return room.width() / width
        if zoom == FIT_PAGE:
            return min(room.width() / width, room.height() / height)
        return float(zoom) / 100 * self._screen_dpi() / 72

    def _apply_zoom(self) -> None:
        if self._document is not None:
            self.pages.set_scale(self._scale_for(self._zoom))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self._zoom in (FIT_WIDTH, FIT_PAGE):
            self._apply_zoom()

    def _on_zoom_combo_activated(self, index: int) -> None:
        self.set_zoom(self.zoom_combo.itemData(index))

    def _on_pages_zoom_requested(self, step: int) -> None:
        if step > 0:
            self.zoom_in()
        else:
            self.zoom_out()

    def _on_language_combo_activated(self, index: int) -> None:
        self.set_language(self.language_combo.itemData(index))

    # -- actions ---------------------------------------------------------------------------

    def _on_queued(self, job: PrintJobView) -> None:
        self.queue_button.setEnabled(self._document is not None)
        self.status_label.setText(self.tr("Marked for printing at the office ({language}).").format(
            language=language_name(job.language)))
        self.queued.emit(job)

    def _on_export_clicked(self) -> None:
        document = self._document
        if document is None:
            return
        options = ExportOptionsDialog(self._context, self)
        if options.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = choose_export_path(self, default_file_name(document))
        if chosen:
            self.export_to(Path(chosen), options.password())

    def _on_exported(self, path: Path) -> None:
        self.export_button.setEnabled(self._document is not None)
        self.status_label.setText(self.tr("PDF saved: {file}").format(file=path.name))
        self.status_label.setToolTip(str(path))
        self.exported.emit(path)

    def _on_export_refused(self, _error: ValidationError) -> None:
        self._on_export_failed(_error)

    def _on_export_failed(self, _error: BaseException) -> None:
        self.export_button.setEnabled(self._document is not None)
        self.status_label.setText(self.tr("The PDF was not saved."))

    def _on_print_clicked(self) -> None:
        document = self._document
        if document is None or not self.print_button.isEnabled():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"{document.title} {document.document_id}")  # the spooler shows it: no client name
        printer.setFromTo(1, document.pages)
        if prompts.choose_printer(self, printer, document.pages):
            self.print_to(printer)

    def _on_print_run_progress(self, done: int, total: int) -> None:
        self.status_label.setText(self.tr("Printing page {done} of {total}…").format(done=done, total=total))

    def _on_print_run_finished(self, document: RenderedDocument, ok: bool) -> None:
        self.print_button.setEnabled(self._document is not None)
        if not ok:
            self.status_label.setText(self.tr("Printing was cancelled or failed."))
            return
        self.status_label.setText(self.tr("Sent to the printer."))
        context, job_id = self._context, self.job_id

        def work() -> None:
            workspace = context.workspace
            workspace.documents.record_output(document, "print")
            if job_id is not None:
                try:
                    workspace.print_queue.mark_printed(job_id)
                except ValidationError:
                    pass  # printed or removed by someone else meanwhile: the print is logged all the same

        context.run(work, parent=self, on_success=lambda _none: self.printed.emit(document))

    def _on_disclosure_clicked(self) -> None:
        document = self._document
        if document is None:
            return
        dialog = DisclosureDialog(document.title, document.document_id, self._today(), self)
        self.disclosure_dialog = dialog
        context, kind, record_id = self._context, self.kind, self.record_id

        def submitted(values: dict[str, Any]) -> None:
            def work() -> Any:
                return context.workspace.disclosures.record(kind, record_id, document.document_id, values)

            context.run(work, parent=dialog, on_success=lambda view: self._on_disclosed(dialog, view),
                        on_invalid=dialog.show_issues, on_failure=lambda _error: dialog.set_busy(False))

        dialog.submitted.connect(submitted)
        dialog.open()

    def _on_disclosed(self, dialog: DisclosureDialog, view: Any) -> None:
        dialog.accept()
        self.status_label.setText(self.tr("Disclosure to {recipient} recorded.").format(recipient=view.recipient))
        self.disclosed.emit(view)

    # -- closing ---------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing drops the document: the PDF bytes and every page image go with it."""
        if self.print_run is not None and self.print_run.active:
            self.print_run.cancel()
        self._generation += 1  # answers still on their way are dropped
        self._document = None
        self.pages.clear()
        super().done(result)
