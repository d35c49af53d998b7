"""The Today page: the first page after unlock. What the counsellor's own clients need today and
in the coming days, as one keyboard-usable list (``TodayModel``): visits, drafts and unfinished
work, plan reviews, follow-ups of decision-making and statutory deadlines.

Keys: arrows move, Enter (or a double-click) opens the selected row in the right place, Alt+S
starts a planned visit now, F5 reads the list again, Ctrl+4 goes to the client list.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.models.today_model import ROW_ROLE, TodayModel, TodayRow
from sopiva_desk.gui.models.visit_list_model import weekday_date
from sopiva_desk.gui.widgets.page_parts import HINT_COLOR, bold_label
from sopiva_desk.services.today import DraftKind, TodayOverview

_NOT_LOADED, _LOADED, _FAILED = "not loaded", "loaded", "failed"
_COLUMN_SAMPLES = {TodayModel.WHEN: "Since 28.12.2026 · Overdue by 12 days____",
                   TodayModel.CLIENT: "Hämäläinen-Kärkkäinen, Aino Maria",
                   TodayModel.WHAT: "Amendment of the needs assessment (version 2)__"}


class TodayPage(QWidget):
    """The counsellor's day.

    Signals:
        open_requested(object): the ``TodayRow`` the user opened (the main window knows where it leads).
        start_visit_requested(object): the ``TodayRow`` of a planned visit to start now.
        caseload_requested(): the user wants the client list.
        loaded(): the list was (re)read from the store.
    """

    open_requested = Signal(object)
    start_visit_requested = Signal(object)
    caseload_requested = Signal()
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self._context = context
        self._generation = 0
        self._state = _NOT_LOADED
        self._pending = False
        self.model = TodayModel(self)

        self.heading = bold_label(self.tr("Today"), self, "pageHeading", scale=1.5)
        self.subline = QLabel(self, objectName="todaySubline")
        self.subline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clients_button = QPushButton(self.tr("All &clients"), self, objectName="clientsButton")
        self.clients_button.setToolTip(self.tr("The client list: search and open any client (Ctrl+4)"))
        self.clients_button.clicked.connect(self.caseload_requested)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self, objectName="refreshButton")
        self.refresh_button.setToolTip(self.tr("Read the list again (F5)"))
        self.refresh_button.clicked.connect(self.reload)
        self.status_label = QLabel(self, objectName="todayStatus", wordWrap=True)
        font = self.status_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.status_label.setFont(font)

        self.view = QTreeView(self, objectName="todayView")
        view = self.view
        view.setModel(self.model)
        view.setAccessibleName(self.tr("Today's work"))
        view.setAccessibleDescription(self.tr("Grouped by kind. Press Enter to open the selected row."))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setRootIsDecorated(False)
        view.setItemsExpandable(False)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = view.header()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.fontMetrics()
        self._column_widths = {column: metrics.horizontalAdvance(sample) + 24
                               for column, sample in _COLUMN_SAMPLES.items()}
        view.activated.connect(self._on_view_activated)
        view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        self.open_button = QPushButton(self.tr("&Open"), self, objectName="todayOpenButton")
        self.open_button.setToolTip(self.tr("Open the selected row (Enter)"))
        self.open_button.clicked.connect(self._open_current)
        self.start_button = QPushButton(self.tr("&Start visit"), self, objectName="todayStartVisitButton")
        self.start_button.setToolTip(self.tr("You have arrived: start the selected planned visit now"))
        self.start_button.clicked.connect(self._start_current)
        self.hint_label = QLabel(self.tr("Enter opens the selected row: a visit, a draft, the plan to review or the "
                                         "assessment the deadline is about."), self,
                                 objectName="todayHint", wordWrap=True)
        self.hint_label.setStyleSheet(f"color: {HINT_COLOR};")

        top = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.heading)
        names.addWidget(self.subline)
        top.addLayout(names, 1)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.clients_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.start_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.hint_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(view, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(view, self.open_button)
        QWidget.setTabOrder(self.open_button, self.start_button)
        QWidget.setTabOrder(self.start_button, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.clients_button)
        self.setFocusProxy(view)

        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.reload)
        context.workspace_changed.connect(self._on_context_workspace_changed)
        self._show()

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the list in the background (one read on the store lane) and show it; a read
        already on its way is not asked for twice."""
        if not self._context.unlocked or self._pending:
            return
        self._pending = True
        context, generation = self._context, self._generation
        context.run(lambda: context.workspace.today.overview(), parent=self,
                    on_success=lambda overview: self._on_loaded(generation, overview),
                    on_failure=lambda _error: self._on_failed(generation))

    def _on_loaded(self, generation: int, overview: TodayOverview) -> None:
        if generation != self._generation:
            return  # locked meanwhile
        self._pending = False
        selected = self._current_row()
        self._state = _LOADED
        self.model.set_overview(overview)
        self._show()
        self._restore(selected)
        self.loaded.emit()

    def _on_failed(self, generation: int) -> None:
        if generation != self._generation:
            return
        self._pending = False
        if self._state != _LOADED:
            self._state = _FAILED
            self._show()

    def clear(self) -> None:
        """Forget everything shown (the app locks); answers on their way are dropped."""
        self._generation += 1
        self._state = _NOT_LOADED
        self._pending = False
        self.model.set_overview(None)
        self._show()

    def _on_context_workspace_changed(self, workspace: object) -> None:
        if workspace is None:
            self.clear()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.reload()  # things may have been done elsewhere since: read again, keeping the place

    # -- showing ---------------------------------------------------------------------------

    def _show(self) -> None:
        overview = self.model.overview
        self.view.expandAll()
        header = self.view.header()
        limit = max(self.view.viewport().width() // 3, 200)
        for column, width in self._column_widths.items():
            # As wide as the longest row (a few dozen rows: cheap), within reason; at least the sample.
            fitted = self.view.sizeHintForColumn(column) if self.model.rowCount() else 0
            header.resizeSection(column, min(max(width, fitted + 12), limit))
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, self.view.rootIndex(), True)  # section headings
            heading = self.model.index(row, 0)
            if self.model.rowCount(heading) == 1 and not self.model.index(0, 0, heading).data(ROW_ROLE):
                self.view.setFirstColumnSpanned(0, heading, True)  # "Nothing …" lines
        if overview is None:
            self.subline.setText("")
            self.status_label.setText({_FAILED: self.tr("The list could not be read."),
                                       _NOT_LOADED: self.tr("Loading…") if self._context.unlocked else ""}
                                      .get(self._state, ""))
        else:
            self.subline.setText(self.tr("{day} · {name} · {count} own clients (closed ones left out)").format(
                day=weekday_date(overview.today), name=overview.worker, count=overview.own_clients))
            if overview.own_clients == 0:
                status = self.tr("You have no clients of your own yet: no client names you as their own worker. "
                                 "All clients are in the client list.")
            elif self.model.is_empty():
                status = self.tr("Nothing due: no visits, drafts, reviews or deadlines this week.")
            else:
                status = ""
            self.status_label.setText(status)
        self.status_label.setVisible(bool(self.status_label.text()))
        self._update_buttons()

    def _restore(self, selected: TodayRow | None) -> None:
        index = self._index_of(selected) if selected is not None else QModelIndex()
        if not index.isValid():
            index = self._first_row()
        if index.isValid():
            self.view.setCurrentIndex(index)

    def _rows(self) -> list[QModelIndex]:
        found = []
        for section in range(self.model.rowCount()):
            heading = self.model.index(section, 0)
            found += [self.model.index(r, 0, heading) for r in range(self.model.rowCount(heading))
                      if isinstance(self.model.index(r, 0, heading).data(ROW_ROLE), TodayRow)]
        return found

    def _first_row(self) -> QModelIndex:
        rows = self._rows()
        return rows[0] if rows else QModelIndex()

    def _index_of(self, wanted: TodayRow) -> QModelIndex:
        return next((index for index in self._rows() if index.data(ROW_ROLE) == wanted), QModelIndex())

    def rows(self) -> list[TodayRow]:
        """Every openable row, top to bottom."""
        return [index.data(ROW_ROLE) for index in self._rows()]

    def select(self, row: TodayRow) -> bool:
        index = self._index_of(row)
        if index.isValid():
            self.view.setCurrentIndex(index)
        return index.isValid()

    def _current_row(self) -> TodayRow | None:
        value = self.view.currentIndex().data(ROW_ROLE)
        return value if isinstance(value, TodayRow) else None

    def _update_buttons(self) -> None:
        row = self._current_row()
        self.open_button.setEnabled(row is not None)
        self.start_button.setEnabled(_startable(row))

    # -- acting ----------------------------------------------------------------------------

    def _on_view_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, TodayRow):
            self.open_requested.emit(row)

    def _open_current(self) -> None:
        row = self._current_row()
        if row is not None:
            self.open_requested.emit(row)

    def _start_current(self) -> None:
        row = self._current_row()
        if _startable(row):
            self.start_visit_requested.emit(row)


def _startable(row: TodayRow | None) -> bool:
    """A planned visit (today's, a coming one, or one whose day passed) can be started now."""
    if row is None or row.visit is None or row.visit.status != "planned":
        return False
    return row.kind == "visit" or row.draft_kind == DraftKind.VISIT_MISSED
