"""The organisation view of personal budgets: every HB client's budget in force, totals across
clients, and "Export CSV…" (docs/admin.md, "Organisation view and CSV export").

Keys: Ctrl+F goes to the name filter, Enter or a double-click opens the row's budget, "Open
client file" (Ctrl+O) the client's file; Esc or Alt+Left goes back. Loading and the export run
on the store lane, never on the GUI thread. Long column titles are broken onto two lines
rather than cut.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.money import format_cents
from sopiva_desk.gui import errors, prompts
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.models.organisation_model import (
    OVER_MARK,
    Column,
    OrganisationModel,
    OrganisationProxy,
    format_change,
    signed_cents,
    state_name,
)
from sopiva_desk.gui.widgets.page_parts import HINT_COLOR, add_back_shortcuts, build_page_header, make_read_only_list
from sopiva_desk.services.errors import KnownError
from sopiva_desk.services.organisation import (
    CSV_COLUMNS,
    CsvText,
    ExportDiskFullError,
    ExportError,
    OrganisationOverview,
    OrganisationService,
)

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Sample texts that size the columns, so widths follow the font size the user chose.
_COLUMN_SAMPLES = {
    Column.NAME: "Hämäläinen-Kärkkäinen Aino Maria", Column.STATE: "Indicative__",
    Column.PERIOD: "30.12.2026–29.12.2027",
    # One client's budget for a year stays under a million (24/7 assistance is about 300 000 €).
    Column.REFERENCE: "999 999,00 €_", Column.ALLOCATION: "999 999,00 €_", Column.DIFFERENCE: "▲ +99 999,00 €_",
    Column.REALISED: "999 999,00 €_", Column.EXPECTED: "999 999,00 €_", Column.USE: "100 %",
    Column.ATTAINMENT: "+0,00",
}


class OrganisationPage(QWidget):
    """Signals:
        back_requested(): the user wants to go back.
        budget_activated(object): the UUID of the budget opened from the table (double-click, Enter).
        client_activated(object): the UUID of the client whose file is opened ("Open client file").
        status_message(str): a short message for the window's status bar (e.g. after an export).
    """

    back_requested = Signal()
    budget_activated = Signal(object)
    client_activated = Signal(object)
    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("organisationPage")
        self._context = context
        self._today = today
        self._generation = 0  # bumped by clear(): answers to older requests are dropped
        self._busy = 0
        self._overview: OrganisationOverview | None = None

        self.model = OrganisationModel(context.ui_language, self)
        self.proxy = OrganisationProxy(self)
        self.proxy.setSourceModel(self.model)

        self.export_button = QPushButton(self.tr("Export CSV…"), self, objectName="exportButton")
        self.export_button.setToolTip(self.tr("Save the table as a CSV file for a spreadsheet. The file holds "
                                              "client data: keep it safe."))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        header, self.title_label, self.date_label = build_page_header(
            self, back_text=self.tr("← Back"), back_tip=self.tr("Back (Alt+Left or Esc)"), on_back=self._go_back,
            title_name="organisationTitle", subline_name="organisationDate", side=self.export_button)
        self.title_label.setText(self.tr("Personal budgets in the organisation"))

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self._build_summary())
        layout.addLayout(self._build_filter_row())
        self.view = QTableView(self, objectName="organisationView")
        self._setup_view()
        layout.addWidget(self.view, 1)
        self.status_label = QLabel(self, objectName="statusLabel", wordWrap=True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)

        add_back_shortcuts(self, self._go_back)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.filter_edit.setFocus)
        self.view.installEventFilter(self)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        context.workspace_changed.connect(self._on_context_workspace_changed)
        self.setAccessibleName(self.tr("Personal budgets in the organisation"))
        self.setFocusProxy(self.filter_edit)
        self.clear()

    # -- building --------------------------------------------------------------------------

    def _build_summary(self) -> QFrame:
        """Figures across all HB clients: a caption over each value, in one strip."""
        strip = QFrame(self, objectName="summaryStrip")
        strip.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(strip)
        grid.setHorizontalSpacing(28)
        self.summary: dict[str, QLabel] = {}
        captions = (("clients", self.tr("Clients with a personal budget")), ("reference", self.tr("Reference cost")),
                    ("allocation", self.tr("Allocation")), ("difference", self.tr("Difference")),
                    ("realised", self.tr("Realised / expected by now")),
                    ("cost_neutral", self.tr("Cost-neutral budgets")),
                    ("attainment", self.tr("Goal attainment change, mean")))
        for column, (key, caption) in enumerate(captions):
            title = QLabel(caption, strip, wordWrap=True)  # Finnish captions take two lines
            title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            title.setStyleSheet(f"color: {HINT_COLOR};")
            value = QLabel(strip, objectName=f"summary_{key}")
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.25)
            font.setBold(True)
            value.setFont(font)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleDescription(caption)
            grid.addWidget(title, 0, column)
            grid.addWidget(value, 1, column)
            self.summary[key] = value
        grid.setColumnStretch(len(captions), 1)
        return strip

    def _build_filter_row(self) -> QHBoxLayout:
        self.filter_edit = QLineEdit(self, objectName="filterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name"))
        self.filter_edit.setAccessibleName(self.tr("Filter clients by name"))
        self.filter_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 40)
        self.count_label = QLabel(self, objectName="countLabel")
        self.busy_bar = QProgressBar(self, objectName="busyBar")
        self.busy_bar.setRange(0, 0)  # no known end: a moving bar while the store lane works
        self.busy_bar.setMaximumWidth(140)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.hide()
        self.open_budget_button = QPushButton(self.tr("Open budget"), self, objectName="openBudgetButton")
        self.open_budget_button.setToolTip(self.tr("Open the chosen client's budget (Enter or double-click)"))
        self.open_budget_button.clicked.connect(lambda: self._activate(self.view.currentIndex()))
        self.open_client_button = QPushButton(self.tr("Open client file"), self, objectName="openClientButton")
        self.open_client_button.setToolTip(self.tr("Open the chosen client's file (Ctrl+O)"))
        self.open_client_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_client_button.clicked.connect(self._on_open_client_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.filter_edit)
        row.addSpacing(12)
        row.addWidget(self.count_label)
        row.addStretch(1)
        row.addWidget(self.busy_bar)
        row.addWidget(self.open_budget_button)
        row.addWidget(self.open_client_button)
        return row

    def _setup_view(self) -> None:
        view = self.view
        view.setModel(self.proxy)
        make_read_only_list(view, name=self.tr("Personal budgets by client"))
        view.setCornerButtonEnabled(False)
        vertical = view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Qt elides a two-line title as if it were one long line ("Odotettu tähän\nm…"): the titles
        # are broken onto lines that fit their columns instead (``_fit_columns``), so nothing is elided.
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.setHighlightSections(False)
        self._fit_columns()
        view.setSortingEnabled(True)
        view.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)

    def _fit_columns(self) -> None:
        """Wide enough for the sample value. A title wider than that is broken onto two lines
        (never cut: "Käyttö budjetoi…" told nothing), and the column widens to its longer line,
        so the name column keeps its room at 1366 px."""
        cells, titles = self.fontMetrics(), self.view.horizontalHeader().fontMetrics()
        room = 32  # the sort arrow and the section's margins
        lines: dict[int, str] = {}
        for column, title in enumerate(self.model.column_titles()):
            width = cells.horizontalAdvance(_COLUMN_SAMPLES.get(Column(column), "")) + 16
            if titles.horizontalAdvance(title) + room > width:
                text = two_lines(title, titles.horizontalAdvance)
                if text != title:
                    lines[column] = text
                width = max([width] + [titles.horizontalAdvance(line) + room for line in text.split("\n")])
            self.view.setColumnWidth(column, width)
        self.model.set_header_lines(lines)

    # -- public ----------------------------------------------------------------------------

    @property
    def overview(self) -> OrganisationOverview | None:
        return self._overview

    def refresh(self) -> None:
        """Load the overview on the store lane, then show it."""
        context, today, generation = self._context, self._today(), self._generation

        def work() -> OrganisationOverview:
            workspace = context.workspace
            return OrganisationService(workspace.db, workspace.actor, workspace.budgets).overview(today)

        self._set_busy(+1)
        self._update_count()
        context.run(work, parent=self, on_success=lambda found: self._on_loaded(generation, found),
                    on_failure=lambda _error: self._on_task_ended(generation))

    def flush(self) -> None:
        """Nothing is edited here, so nothing waits to be saved."""

    def clear(self) -> None:
        """Forget every figure (the app locks); answers on their way are dropped."""
        self._generation += 1
        self._busy = 0
        self._overview = None
        self.model.set_rows([])
        self.filter_edit.clear()
        self.status_label.clear()
        self.date_label.clear()
        for value in self.summary.values():
            value.setText("—")
        self._update_busy()
        self._update_count()
        self._update_row_buttons()

    # -- loading ---------------------------------------------------------------------------

    def _on_loaded(self, generation: int, overview: OrganisationOverview) -> None:
        if generation != self._generation:
            return
        self._overview = overview
        self._set_busy(-1)
        self.model.set_rows(overview.rows)
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))  # Enter opens the first budget at once
        self._show_totals(overview)
        self._update_count()
        self._update_row_buttons()

    def _on_task_ended(self, generation: int) -> None:
        if generation == self._generation:
            self._set_busy(-1)  # the error itself was shown by context.run

    def _show_totals(self, overview: OrganisationOverview) -> None:
        language, totals = self.model.language, overview.totals
        self.date_label.setText(self.tr("Budgets in force on {date}").format(date=format_date(overview.today)))
        self.summary["clients"].setText(str(totals.clients))
        self.summary["reference"].setText(format_cents(totals.reference_cents, language))
        self.summary["allocation"].setText(format_cents(totals.allocation_cents, language))
        difference = signed_cents(totals.difference_cents, language)
        over = totals.difference_cents > 0
        self.summary["difference"].setText(f"{OVER_MARK} {difference}" if over else difference)
        self.summary["difference"].setToolTip(self.tr("Over the reference cost in total") if over
                                              else self.tr("Within the reference cost in total"))
        self.summary["realised"].setText(f"{format_cents(totals.realised_cents, language)} / "
                                         f"{format_cents(totals.expected_cents, language)}")
        if totals.no_allocation:
            self.summary["cost_neutral"].setText(self.tr("{neutral} of {clients} ({over} over, {empty} empty)").format(
                neutral=totals.cost_neutral, clients=totals.clients, over=totals.over_reference,
                empty=totals.no_allocation))
            self.summary["cost_neutral"].setToolTip(self.tr("Empty: nothing allocated yet, so neither "
                                                            "cost-neutral nor over"))
        else:
            self.summary["cost_neutral"].setText(self.tr("{neutral} of {clients} ({over} over)").format(
                neutral=totals.cost_neutral, clients=totals.clients, over=totals.over_reference))
            self.summary["cost_neutral"].setToolTip("")
        self.summary["attainment"].setText(format_change(totals.mean_attainment_change, language))
        self.summary["attainment"].setToolTip(
            self.tr("No reviews yet") if totals.mean_attainment_change is None
            else self.tr("Mean over {count} clients with reviews").format(count=totals.with_attainment))

    def _set_busy(self, step: int) -> None:
        self._busy = max(0, self._busy + step)
        self._update_busy()

    def _update_busy(self) -> None:
        busy = self._busy > 0
        self.busy_bar.setVisible(busy)
        self.export_button.setEnabled(not busy and self._overview is not None)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if self._overview is None:
            self.count_label.setText(self.tr("Loading…") if self._busy else "")
        elif shown == total:
            self.count_label.setText(self.tr("{count} clients").format(count=total))
        else:
            self.count_label.setText(self.tr("{shown} of {count} clients").format(shown=shown, count=total))

    # -- export ----------------------------------------------------------------------------

    def csv_text(self) -> CsvText:
        """The export's words in the UI language (the service writes them as given)."""
        titles = dict(zip(("client", "state"), self.model.column_titles(), strict=False))
        headers = {
            **titles, "period_start": self.tr("Period start"), "period_end": self.tr("Period end"),
            "reference": self.tr("Reference cost (€)"), "allocation": self.tr("Allocation (€)"),
            "difference": self.tr("Difference (€)"), "cost_neutral": self.tr("Cost-neutral"),
            "realised": self.tr("Realised (€)"), "expected": self.tr("Expected by now (€)"),
            "use_percent": self.tr("Use of allocation (%)"), "attainment_change": self.tr("Goal attainment change"),
        }
        assert set(headers) == set(CSV_COLUMNS)
        return CsvText(headers=headers, states={s: state_name(s) for s in ("indicative", "decided", "closed")},
                       yes=self.tr("yes"), no=self.tr("no"))

    def default_export_name(self) -> str:
        return self.tr("pb-overview-{date}.csv").format(date=self._today().isoformat())

    def _on_export_button_clicked(self) -> None:
        chosen = prompts.choose_save_path(self, self.tr("Export personal budgets as CSV"),
                                          self.default_export_name(), self.tr("CSV files (*.csv)"))
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, path: Path) -> None:
        """Write the CSV on the store lane; a status message with the count when done."""
        if path.suffix.casefold() != ".csv":
            path = path.with_name(path.name + ".csv")
        context, today, text, generation = self._context, self._today(), self.csv_text(), self._generation

        def work() -> int:
            workspace = context.workspace
            return OrganisationService(workspace.db, workspace.actor, workspace.budgets).export_csv(today, path, text)

        self._set_busy(+1)
        self.status_label.clear()
        context.run(work, parent=self, quiet=True,
                    on_success=lambda count: self._on_exported(generation, path, count),
                    on_failure=lambda error: self._on_export_failed(generation, error))

    def _on_exported(self, generation: int, path: Path, count: int) -> None:
        if generation != self._generation:
            return
        self._set_busy(-1)
        message = self.tr("CSV saved: {file}. Client rows: {count}.").format(file=path.name, count=count)
        self.status_label.setText(message)
        self.status_label.setToolTip(str(path))
        self.status_message.emit(message)

    def _on_export_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._set_busy(-1)
        title = self.tr("CSV not saved")
        if isinstance(error, ExportDiskFullError):
            prompts.show_error(self, title, self.tr("The disk is full, so the CSV file was not saved. "
                                                    "Free some space or choose another place and try again."))
        elif isinstance(error, ExportError):
            prompts.show_error(self, title, self.tr("The CSV file could not be saved there. Check that the "
                                                    "folder exists and you may write to it, or choose another "
                                                    "place."))
        elif isinstance(error, KnownError):
            errors.report(self, error)  # a store problem: the usual friendly message

    # -- events ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _ENTER_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self._activate(self.view.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.model.set_language(self._context.ui_language)
            self._fit_columns()
            if self._overview is not None:
                self._show_totals(self._overview)
            self._update_count()
        super().changeEvent(event)

    def _activate(self, index: QModelIndex) -> None:
        budget_id = self.proxy.budget_id(index)
        if budget_id is not None:
            self.budget_activated.emit(budget_id)

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        self._activate(index)

    def _on_open_client_button_clicked(self) -> None:
        client_id = self.proxy.client_id(self.view.currentIndex())
        if client_id is not None:
            self.client_activated.emit(client_id)

    def _on_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_row_buttons()

    def _update_row_buttons(self) -> None:
        chosen = self.proxy.client_id(self.view.currentIndex()) is not None
        self.open_budget_button.setEnabled(chosen)
        self.open_client_button.setEnabled(chosen)

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.set_name_filter(text)
        self._update_count()

    def _on_context_workspace_changed(self, workspace: object) -> None:
        if workspace is None:
            self.clear()

    def _go_back(self) -> None:
        self.back_requested.emit()

    def client_ids(self) -> list[uuid.UUID]:
        """The clients in the table's current order and filter (for tests and keyboard users)."""
        return [cid for row in range(self.proxy.rowCount())
                if (cid := self.proxy.client_id(self.proxy.index(row, 0))) is not None]


def two_lines(title: str, width: Callable[[str], int]) -> str:
    """``title`` broken at the space that makes its longer line shortest (one line when it has no space)."""
    words = title.split(" ")
    if len(words) < 2:
        return title
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    first, second = min(splits, key=lambda pair: max(width(pair[0]), width(pair[1])))
    return f"{first}\n{second}"
