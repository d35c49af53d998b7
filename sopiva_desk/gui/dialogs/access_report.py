"""The client's access report (Client Data Act 703/2023 §11; docs/security.md, "The client's
access report"): for a period, who handled the client's data on this laptop and why, and the
disclosures made — on screen, and as a PDF in Finnish or Swedish made from the same data.

The report is read on the store lane (logged as a view for "the client's own request"), the PDF
is rendered on the GENERAL lane and shown page by page from memory; "Save PDF…" writes it where
the user chooses (atomically) and logs the export. The window title never names the client.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.gui import prompts
from sopiva_desk.gui.access_log_words import AccessLogWords, action_label
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.document_preview import language_name
from sopiva_desk.gui.formatting import date_placeholder, format_date, parse_date
from sopiva_desk.gui.labels import purpose_label
from sopiva_desk.gui.messages import issue_text
from sopiva_desk.gui.models.disclosure_model import DisclosureListModel
from sopiva_desk.gui.models.read_only_table import ReadOnlyTable
from sopiva_desk.gui.tasks import GENERAL
from sopiva_desk.gui.widgets.feedback import error_label
from sopiva_desk.gui.widgets.page_parts import HINT_COLOR, bold_label, fit_to_screen, make_read_only_list
from sopiva_desk.gui.widgets.pdf_pages import PagesView, page_sizes
from sopiva_desk.services.access_log import AccessEntry
from sopiva_desk.services.access_report import AccessReport, AccessReportService

CONTEXT = "AccessReportDialog"
def purpose_words(purpose: str) -> str:
    """The purpose of use in the words the status bar and the access log use."""
    return purpose_label(purpose)


def year_before(today: date) -> date:
    """The same day a year earlier (28 February for 29 February): the period offered first."""
    try:
        return today.replace(year=today.year - 1)
    except ValueError:
        return today.replace(year=today.year - 1, day=28)


class _Row(NamedTuple):
    id: uuid.UUID | None  # the record the entry names (``ReadOnlyTable``'s user role)
    entry: AccessEntry
    what: str


class ReportEntriesModel(ReadOnlyTable):
    """The report's entries, oldest first: when, who, what (in words; the whole text in the
    tooltip where the cell cuts it) and why."""

    WHEN, WHO, WHAT, PURPOSE = range(4)
    CONTEXT = CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("AccessReportDialog", "When"),
        QT_TRANSLATE_NOOP("AccessReportDialog", "Who"),
        QT_TRANSLATE_NOOP("AccessReportDialog", "What"),
        QT_TRANSLATE_NOOP("AccessReportDialog", "Purpose"),
    )

    def set_report(self, report: AccessReport, words: AccessLogWords) -> None:
        rows = []
        for entry, listing in zip(report.entries, report.listings, strict=True):
            described = words.describe(entry)
            what = QCoreApplication.translate("AccessReportDialog", "{action}: {record}").format(
                action=action_label(entry.action), record=described.record)
            if described.details:
                what += f" – {described.details}"
            if listing:
                what += " " + QCoreApplication.translate("AccessReportDialog", "(in a list of several clients)")
            rows.append(_Row(entry.record_id, entry, what))
        self.set_rows(rows)

    def cell(self, found: Any, column: int) -> str:
        entry, what = found.entry, found.what
        if column == self.WHEN:
            at = entry.at.astimezone()
            return f"{format_date(at.date())} {at.hour}.{at.minute:02d}"
        if column == self.WHO:
            return str(entry.user_name)
        if column == self.WHAT:
            return str(what)
        return purpose_words(entry.purpose)


def access_report_button(page: QWidget, context: AppContext,
                         client_id: Callable[[], uuid.UUID | None]) -> QPushButton:
    """"Access report…" for the client ``client_id()`` names (the client file's access log)."""
    button = QPushButton(QCoreApplication.translate("AccessReportDialog", "Access report…"), page,
                         objectName="accessReportButton")
    button.setToolTip(QCoreApplication.translate(
        "AccessReportDialog", "For the client: who handled their data in a period and why, on screen and as a PDF"))
    button.clicked.connect(lambda: open_access_report(page, context, client_id()))
    return button


def open_access_report(parent: QWidget, context: AppContext, client_id: uuid.UUID | None) -> AccessReportDialog | None:
    if client_id is None or not context.unlocked:
        return None
    dialog = AccessReportDialog(context, client_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class AccessReportDialog(QDialog):
    """One client's access report for a period, on screen and as a PDF.

    Signals:
        report_ready(object): the ``AccessReport`` now shown (after each new period).
        pdf_ready(bytes): the PDF of the report in the chosen language, shown on the PDF tab.
        exported(object): the ``Path`` the PDF was saved to.
    """

    report_ready = Signal(object)
    pdf_ready = Signal(bytes)
    exported = Signal(object)

    def __init__(self, context: AppContext, client_id: uuid.UUID, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("accessReportDialog")
        self.setWindowTitle(self.tr("The client's access report"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._context = context
        self._client_id = client_id
        self._report: AccessReport | None = None
        self._pdf: bytes | None = None
        self._generation = 0  # of the report read
        self._render_generation = 0
        self._language_chosen = False  # until the counsellor picks one, the PDF is in the client's language

        layout = QVBoxLayout(self)
        self.client_label = bold_label("", self, "reportClient", scale=1.3)
        layout.addWidget(self.client_label)
        explanation = QLabel(self.tr(
            "Who has viewed, changed, printed or exported this client's data on this computer in the period, and "
            "why, and to whom data was disclosed. The client has the right to get this report. Work done on "
            "other computers is in the report of the central records."), self, wordWrap=True)
        explanation.setStyleSheet(f"color: {HINT_COLOR};")
        layout.addWidget(explanation)
        layout.addLayout(self._build_period(today()))
        self.period_error = error_label(self, "periodError")
        layout.addWidget(self.period_error)
        self.tabs = QTabWidget(self, objectName="reportTabs")
        self.entries_model = ReportEntriesModel(self)
        self.entries_view = self._table(self.entries_model, "reportEntriesView", self.tr("Who handled the data"),
                                        (ReportEntriesModel.WHAT,), wrap=False)
        self.disclosures_model = DisclosureListModel(self)
        self.disclosures_view = self._table(self.disclosures_model, "reportDisclosuresView", self.tr("Disclosures"),
                                            (DisclosureListModel.DOCUMENT, DisclosureListModel.RECIPIENT,
                                             DisclosureListModel.BASIS, DisclosureListModel.PURPOSE), wrap=True)
        self.pages = PagesView(context.run, self)
        self.tabs.addTab(self.entries_view, "")
        self.tabs.addTab(self.disclosures_view, "")
        self.tabs.addTab(self.pages, self.tr("PDF"))
        self.tabs.currentChanged.connect(lambda _index: self._fit_pages())
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._build_actions())
        self._update_tab_titles()
        fit_to_screen(self, QSize(1100, 720))
        self.refresh()

    # -- building --------------------------------------------------------------------------

    def _build_period(self, today: date) -> QHBoxLayout:
        self.start_edit = QLineEdit(format_date(year_before(today)), self, objectName="startEdit",
                                    placeholderText=date_placeholder())
        self.end_edit = QLineEdit(format_date(today), self, objectName="endEdit", placeholderText=date_placeholder())
        start_label = QLabel(self.tr("Period &from"), self)
        start_label.setBuddy(self.start_edit)
        end_label = QLabel(self.tr("&to"), self)
        end_label.setBuddy(self.end_edit)
        for edit in (self.start_edit, self.end_edit):
            edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("00.00.00000") + 24)
            edit.returnPressed.connect(self.refresh)
        self.show_button = QPushButton(self.tr("&Show"), self, objectName="showButton")
        self.show_button.setAutoDefault(False)
        self.show_button.clicked.connect(self.refresh)
        row = QHBoxLayout()
        for widget in (start_label, self.start_edit, end_label, self.end_edit, self.show_button):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _table(self, model: Any, name: str, accessible: str, wide: tuple[int, ...], *, wrap: bool) -> QTableView:
        """A list whose ``wide`` columns share the room left; the others fit their contents, so no
        column is pushed out of sight. ``wrap``: rows grow to show wrapped text (for a few rows;
        hundreds of log entries stay one line each, the whole text in the tooltip)."""
        view = QTableView(self, objectName=name)
        view.setModel(model)
        make_read_only_list(view, name=accessible)
        header = view.horizontalHeader()
        for column in range(model.columnCount()):
            mode = QHeaderView.ResizeMode.Stretch if column in wide else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        if wrap:
            view.setWordWrap(True)
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return view

    def _build_actions(self) -> QHBoxLayout:
        self.status_label = QLabel(self, objectName="statusLabel", wordWrap=True)
        self.status_label.setStyleSheet(f"color: {HINT_COLOR};")
        self.language_combo = QComboBox(self, objectName="languageCombo")
        for language in ("fi", "sv"):
            self.language_combo.addItem(language_name(language), language)
        self.language_combo.setToolTip(self.tr("The language of the PDF. The client's language is chosen first."))
        self.language_combo.activated.connect(self._on_language_combo_activated)
        language_label = QLabel(self.tr("PDF &language"), self)
        language_label.setBuddy(self.language_combo)
        self.save_button = QPushButton(self.tr("Save PDF…"), self, objectName="saveButton", enabled=False)
        self.save_button.setToolTip(self.tr("Save the report as a PDF file to give to the client"))
        self.save_button.clicked.connect(self._on_save_clicked)
        close = QPushButton(self.tr("Close"), self, objectName="closeButton")
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.status_label, 1)
        row.addWidget(language_label)
        row.addWidget(self.language_combo)
        for button in (self.save_button, close):
            button.setAutoDefault(False)
            row.addWidget(button)
        return row

    # -- public ----------------------------------------------------------------------------

    @property
    def report(self) -> AccessReport | None:
        return self._report

    @property
    def pdf(self) -> bytes | None:
        """The PDF shown, ``None`` while it is being made."""
        return self._pdf

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    def set_period(self, start: date, end: date) -> None:
        self.start_edit.setText(format_date(start))
        self.end_edit.setText(format_date(end))
        self.refresh()

    def set_language(self, language: str) -> None:
        """Make the PDF in ``language`` (fi or sv), for this and every later period."""
        self._language_chosen = True
        self.language_combo.setCurrentIndex(self.language_combo.findData(language))
        self._render()

    def refresh(self) -> None:
        """Read the report for the period typed (a date that does not parse is named under it)."""
        start, end = parse_date(self.start_edit.text()), parse_date(self.end_edit.text())
        issues = [Issue(name, "field.required" if value is None else "date.format")
                  for name, value in (("start", start), ("end", end)) if not isinstance(value, date)]
        if issues:
            self._show_issues(ValidationError(issues))
            return
        assert isinstance(start, date) and isinstance(end, date)
        self.period_error.setText("")
        self._generation += 1
        generation, context, client_id = self._generation, self._context, self._client_id
        self.show_button.setEnabled(False)
        self.status_label.setText(self.tr("Reading the log…"))

        def work() -> AccessReport:
            return context.workspace.access_report.report(client_id, start, end)

        context.run(work, parent=self, on_success=lambda report: self._on_report(generation, report),
                    on_invalid=self._show_issues, on_failure=lambda _error: self._on_failed())

    # -- reading and rendering ---------------------------------------------------------------

    def _show_issues(self, error: ValidationError) -> None:
        self.show_button.setEnabled(True)
        self.status_label.clear()
        self.period_error.setText("\n".join(issue_text(issue) for issue in error.issues))
        edit = self.end_edit if all(issue.field == "end" for issue in error.issues) else self.start_edit
        edit.setFocus()

    def _on_failed(self) -> None:
        self.show_button.setEnabled(True)
        self.status_label.clear()

    def _on_report(self, generation: int, report: AccessReport) -> None:
        if generation != self._generation:
            return
        self.show_button.setEnabled(True)
        self._report = report
        client = report.data["client"]
        self.client_label.setText(self.tr("{name}, {identity}").format(name=client["name"], identity=client["hetu"])
                                  if client["hetu"] else client["name"])
        language = self._context.ui_language
        words = AccessLogWords(report.records, language)
        self.entries_model.set_report(report, words)
        self.disclosures_model.set_rows(report.disclosures, words)
        self._update_tab_titles()
        if not self._language_chosen:
            self.language_combo.setCurrentIndex(self.language_combo.findData(report.client_language))
        self.report_ready.emit(report)
        self._render()

    def _update_tab_titles(self) -> None:
        report = self._report
        self.tabs.setTabText(0, self.tr("Who handled the data ({count})").format(
            count=len(report.entries) if report else 0))
        self.tabs.setTabText(1, self.tr("Disclosures ({count})").format(count=len(report.disclosures) if report else 0))

    def _render(self) -> None:
        report = self._report
        if report is None:
            return
        self._render_generation += 1
        generation, language = self._render_generation, self.language
        self._pdf = None
        self.save_button.setEnabled(False)
        self.status_label.setText(self.tr("Preparing the PDF…"))

        def work() -> tuple[bytes, list[tuple[float, float]]]:
            pdf = AccessReportService.render(report, language)
            return pdf, page_sizes(pdf)

        self._context.run(work, parent=self, lane=GENERAL,
                          on_success=lambda built: self._on_rendered(generation, *built),
                          on_failure=lambda _error: self._on_failed())

    def _on_rendered(self, generation: int, pdf: bytes, sizes: list[tuple[float, float]]) -> None:
        if generation != self._render_generation:
            return
        self._pdf = pdf
        self.pages.set_document(pdf, sizes, self._page_scale(sizes))
        self.save_button.setEnabled(True)
        self.status_label.setText(self.tr("1 page") if len(sizes) == 1
                                  else self.tr("{count} pages").format(count=len(sizes)))
        self.pdf_ready.emit(pdf)

    def _on_language_combo_activated(self, index: int) -> None:
        self.set_language(self.language_combo.itemData(index))

    def _page_scale(self, sizes: list[tuple[float, float]]) -> float:
        """Pages as wide as the view (its room is known once the PDF tab has been laid out)."""
        return self.pages.available().width() / max((w for w, _h in sizes), default=595.0)

    def _fit_pages(self) -> None:
        if self._pdf is not None and self.pages.isVisible():
            self.pages.set_scale(self.pages.available().width() / self.pages.largest_page()[0])

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_pages()

    # -- saving ----------------------------------------------------------------------------

    def default_file_name(self) -> str:
        """``Lokiselvitys 2025-12-07–2026-12-07.pdf``: the report and the period, no client name."""
        report = self._report
        period = report.data["period"] if report else {"start": "", "end": ""}
        name = {"fi": "Lokiselvitys", "sv": "Loggredogörelse"}.get(self.language, "Lokiselvitys")
        return f"{name} {period['start']}–{period['end']}.pdf"

    def save_to(self, path: Path | str) -> None:
        """Write the PDF shown at ``path`` and log the export."""
        report, pdf, language = self._report, self._pdf, self.language
        if report is None or pdf is None:
            return
        context = self._context
        self.save_button.setEnabled(False)
        self.status_label.setText(self.tr("Saving the PDF…"))

        def work() -> Path:
            return context.workspace.access_report.export(report, pdf, language, path)

        context.run(work, parent=self, on_success=self._on_saved,
                    on_failure=lambda _error: self._on_save_failed())

    def _on_save_clicked(self) -> None:
        path = prompts.choose_save_path(self, self.tr("Save the access report"), self.default_file_name(),
                                        self.tr("PDF documents (*.pdf)"))
        if path:
            self.save_to(Path(path))

    def _on_saved(self, path: Path) -> None:
        self.save_button.setEnabled(self._pdf is not None)
        self.status_label.setText(self.tr("Saved as {path}").format(path=str(path)))
        self.exported.emit(path)

    def done(self, result: int) -> None:
        """Closing drops the report and its PDF (bytes and page images); answers on their way are ignored."""
        self._generation += 1
        self._render_generation += 1
        self._report = self._pdf = None
        self.pages.clear()
        super().done(result)

    def _on_save_failed(self) -> None:
        self.save_button.setEnabled(self._pdf is not None)
        self.status_label.setText(self.tr("The PDF was not saved."))
