"""The office print queue: documents marked "to print at the office" on the road, with who
marked them and when; Preview…, Print…, Mark printed and Remove. "Printed" lists what was
printed, by whom and when.

A queued document is rendered again from its record when previewed or printed (in the
language it was marked in); printing it from here marks it printed. Keys: Enter previews,
Esc or Alt+Left goes back, F5 reloads.

On an office print station (``set_station``) the page is the window's home: no way back, the
jobs are those counsellors of the unit marked, and each document is made from the version the
job names (the snapshot the station pulled); once printed, the station keeps only who printed
what and when, so a printed job cannot be previewed there.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.gui import prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.document_preview import DocumentPreviewDialog, document_name, language_name, open_preview
from sopiva_desk.gui.models.read_only_table import ReadOnlyTable
from sopiva_desk.gui.models.record_list_model import format_date_time
from sopiva_desk.gui.widgets.page_parts import HINT_COLOR, add_back_shortcuts, build_page_header, make_read_only_list
from sopiva_desk.services.documents.queue import PrintJobView

Index = QModelIndex | QPersistentModelIndex
QUEUED, PRINTED = "queued", "printed"
_COLUMN_SAMPLES = {0: "Hämäläinen-Kärkkäinen Aino Maria", 2: "Swedish__", 3: "Hämäläinen Aino Maria",
                   4: "22.12.2026 15.26", 5: "Hämäläinen Aino Maria", 6: "22.12.2026 15.26"}


class PrintQueueModel(ReadOnlyTable):
    """Print jobs: Client, Document, Language, Marked by, Marked, Printed by, Printed.
    ``Qt.UserRole`` of any cell is the ``PrintJobView``; ``Qt.UserRole + 1`` sorts."""

    CLIENT, DOCUMENT, LANGUAGE, MARKED_BY, MARKED_AT, PRINTED_BY, PRINTED_AT = range(7)
    CONTEXT = "PrintQueueModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("PrintQueueModel", "Client"),
        QT_TRANSLATE_NOOP("PrintQueueModel", "Document"),
        QT_TRANSLATE_NOOP("PrintQueueModel", "Language"),
        QT_TRANSLATE_NOOP("PrintQueueModel", "Marked by"),
        QT_TRANSLATE_NOOP("PrintQueueModel", "Marked"),
        QT_TRANSLATE_NOOP("PrintQueueModel", "Printed by"),
        QT_TRANSLATE_NOOP("PrintQueueModel", "Printed"),
    )
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1

    def cell(self, job: PrintJobView, column: int) -> str:
        return {
            self.CLIENT: job.client_name, self.DOCUMENT: document_name(job.kind),
            self.LANGUAGE: language_name(job.language), self.MARKED_BY: job.requested_by_name,
            self.MARKED_AT: format_date_time(job.requested_at), self.PRINTED_BY: job.printed_by_name or "",
            self.PRINTED_AT: format_date_time(job.printed_at),
        }.get(column, "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.UserRole, self.SORT_ROLE) or not index.isValid() \
                or not 0 <= index.row() < self.rowCount():
            return super().data(index, role)
        job, column = self.record(index.row()), index.column()
        if role == Qt.ItemDataRole.UserRole:
            return job  # the whole job, not only its id: the page acts on it
        if column == self.MARKED_AT:
            return job.requested_at.isoformat()
        if column == self.PRINTED_AT:
            return job.printed_at.isoformat() if job.printed_at else ""
        return self.cell(job, column).casefold()


class PrintQueuePage(QWidget):
    """Signals:
        back_requested(): the user wants to go back.
        status_message(str): a short message for the window's status bar.
    """

    back_requested = Signal()
    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printQueuePage")
        self._context = context
        self._generation = 0
        self._station = False
        self._rows: dict[str, list[PrintJobView]] = {QUEUED: [], PRINTED: []}
        self.model = PrintQueueModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(PrintQueueModel.SORT_ROLE)

        self.refresh_button = QPushButton(self.tr("Refresh"), self, objectName="refreshButton")
        self.refresh_button.setToolTip(self.tr("Read the queue again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        header, self.title_label, self.subline_label = build_page_header(
            self, back_text=self.tr("← Back"), back_tip=self.tr("Back (Alt+Left or Esc)"), on_back=self._go_back,
            title_name="printQueueTitle", subline_name="printQueueSubline", side=self.refresh_button)
        self.title_label.setText(self.tr("Print queue"))
        self.subline_label.setText(self.tr("Documents marked for printing at the office"))
        self.back_button = self.findChild(QPushButton, "backButton")

        self.queued_radio = QRadioButton(self, objectName="queuedRadio", checked=True)
        self.printed_radio = QRadioButton(self, objectName="printedRadio")
        self._filter = QButtonGroup(self)
        self._filter.addButton(self.queued_radio)
        self._filter.addButton(self.printed_radio)
        self.queued_radio.toggled.connect(self._on_filter_toggled)
        filters = QHBoxLayout()
        filters.addWidget(self.queued_radio)
        filters.addWidget(self.printed_radio)
        filters.addStretch(1)

        self.view = QTableView(self, objectName="printQueueView")
        make_read_only_list(self.view, name=self.tr("Print queue"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(PrintQueueModel.MARKED_AT, Qt.SortOrder.AscendingOrder)
        header_view = self.view.horizontalHeader()
        header_view.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        metrics = self.view.fontMetrics()
        for column, sample in _COLUMN_SAMPLES.items():  # widths follow the font size the user chose
            header_view.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header_view.setSectionResizeMode(PrintQueueModel.DOCUMENT, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(lambda _index: self.preview())
        self.view.installEventFilter(self)
        self.empty_label = QLabel(self, objectName="emptyLabel", wordWrap=True)
        self.empty_label.setStyleSheet(f"color: {HINT_COLOR};")

        self.preview_button = QPushButton(self.tr("Preview…"), self, objectName="previewButton")
        self.print_button = QPushButton(self.tr("Print…"), self, objectName="printButton")
        self.printed_button = QPushButton(self.tr("Mark printed"), self, objectName="markPrintedButton")
        self.printed_button.setToolTip(self.tr("The document was printed some other way: take it off the queue as "
                                               "printed by you"))
        self.remove_button = QPushButton(self.tr("Remove"), self, objectName="removeButton")
        self.remove_button.setToolTip(self.tr("Take the document off the queue without printing it"))
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(lambda: self.preview(print_now=True))
        self.printed_button.clicked.connect(self.mark_printed)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.printed_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        add_back_shortcuts(self, self._go_back)
        reload = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        reload.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        reload.activated.connect(self.refresh)
        context.workspace_changed.connect(self._on_context_workspace_changed)
        self.setAccessibleName(self.tr("Print queue"))
        self._show()

    # -- public ----------------------------------------------------------------------------

    @property
    def showing(self) -> str:
        return QUEUED if self.queued_radio.isChecked() else PRINTED

    @property
    def station(self) -> bool:
        return self._station

    def set_station(self, station: bool) -> None:
        """Show the queue as an office print station's home page (or as a counsellor's)."""
        self._station = station
        self.back_button.setVisible(not station)
        self.subline_label.setText(
            self.tr("Documents counsellors of your unit marked for printing. Each prints as it was when "
                    "it was marked.") if station else self.tr("Documents marked for printing at the office"))
        self._show()

    def show_printed(self, printed: bool) -> None:
        (self.printed_radio if printed else self.queued_radio).setChecked(True)

    def jobs(self) -> list[PrintJobView]:
        """The jobs listed, in the table's order."""
        return [self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(self.proxy.rowCount())]

    def select(self, row: int) -> None:
        self.view.selectRow(row)

    def selected(self) -> PrintJobView | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None

    def refresh(self) -> None:
        """Read the waiting and the printed jobs again (store lane)."""
        if not self._context.unlocked:
            return
        self._generation += 1
        generation, context = self._generation, self._context

        def load() -> dict[str, list[PrintJobView]]:
            waiting, printed = context.workspace.print_queue.listing()  # one listing in the access log
            return {QUEUED: waiting, PRINTED: printed}

        context.run(load, parent=self, on_success=lambda rows: self._on_loaded(generation, rows))

    def clear(self) -> None:
        self._generation += 1
        self._rows = {QUEUED: [], PRINTED: []}
        self._show()

    def preview(self, *, print_now: bool = False) -> DocumentPreviewDialog | None:
        job = self.selected()
        if job is None:
            return None
        queued = job.status == QUEUED
        if self._station and not job.from_snapshot:
            return None  # printed here already: the station no longer holds the document's data
        dialog = open_preview(self, self._context, job.kind, job.record_id, language=job.language,
                              job_id=job.id if queued else None, print_when_ready=print_now and queued,
                              station=self._station)
        if dialog is not None:
            dialog.printed.connect(lambda _document: self.refresh())
        return dialog

    def mark_printed(self) -> None:
        job = self.selected()
        if job is None or job.status != QUEUED:
            return
        context = self._context
        context.run(lambda: context.workspace.print_queue.mark_printed(job.id), parent=self,
                    on_success=lambda _view: self._changed(self.tr("Marked as printed.")),
                    on_failure=lambda _error: self.refresh())

    def remove(self) -> None:
        job = self.selected()
        if job is None or job.status != QUEUED:
            return
        if not prompts.confirm(self, self.tr("Remove from the print queue"),
                               self.tr("Take “{document}” of {client} off the print queue without printing it?")
                               .format(document=document_name(job.kind), client=job.client_name),
                               yes=self.tr("Remove"), no=self.tr("Keep")):
            return
        context = self._context
        context.run(lambda: context.workspace.print_queue.cancel(job.id), parent=self,
                    on_success=lambda _view: self._changed(self.tr("Removed from the print queue.")),
                    on_failure=lambda _error: self.refresh())

    # -- showing ---------------------------------------------------------------------------

    def _on_loaded(self, generation: int, rows: dict[str, list[PrintJobView]]) -> None:
        if generation == self._generation:
            self._rows = rows
            self._show()

    def _changed(self, message: str) -> None:
        self.status_message.emit(message)
        self.refresh()

    def _show(self) -> None:
        showing = self.showing
        self.queued_radio.setText(self.tr("To print ({count})").format(count=len(self._rows[QUEUED])))
        self.printed_radio.setText(self.tr("Printed"))
        self.model.set_rows(self._rows[showing])
        for column in (PrintQueueModel.PRINTED_BY, PrintQueueModel.PRINTED_AT):
            self.view.setColumnHidden(column, showing == QUEUED)
        self.view.sortByColumn(PrintQueueModel.MARKED_AT if showing == QUEUED else PrintQueueModel.PRINTED_AT,
                               Qt.SortOrder.AscendingOrder if showing == QUEUED else Qt.SortOrder.DescendingOrder)
        empty = not self._rows[showing]
        if showing == PRINTED:
            self.empty_label.setText(self.tr("Nothing printed yet."))
        elif self._station:
            self.empty_label.setText(self.tr("Nothing to print. Documents the counsellors of your unit mark for "
                                             "printing at the office appear here when you sync."))
        else:
            self.empty_label.setText(self.tr("Nothing to print. Documents marked for printing at the office "
                                             "appear here."))
        self.empty_label.setVisible(empty)
        if not empty:
            self.view.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        job = self.selected()
        queued = job is not None and job.status == QUEUED
        self.preview_button.setEnabled(job is not None and (not self._station or job.from_snapshot))
        for button in (self.print_button, self.printed_button, self.remove_button):
            button.setEnabled(queued)
            button.setVisible(self.showing == QUEUED)

    # -- events ----------------------------------------------------------------------------

    def _on_filter_toggled(self, _checked: bool) -> None:
        self._show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.preview()
                return True
        return super().eventFilter(watched, event)

    def _on_context_workspace_changed(self, workspace: object) -> None:
        if workspace is None:
            self.clear()

    def _go_back(self) -> None:
        if not self._station:  # the station's home: nothing to go back to
            self.back_requested.emit()
