"""The caseload page: the counsellor's clients, searched as they type, and "New client".

"My clients" (own worker = the signed-in counsellor) is shown first; "All clients" is one
click away and stays chosen until the app is closed. When the search and filters find
nothing, the list says so in its place, and among my clients offers to search all of them.

Keys: Ctrl+F searches, Down (or Enter with several matches) moves into the list, Enter or
a double-click opens the selected client (Enter with no match among my clients searches all
clients), Up on the first row goes back to the search, Esc in the search clears it, Ctrl+N
adds a client.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.clients import ClientStatus
from sopiva_desk.domain.sync_state import RecordSyncState
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.dialogs.new_client import NewClientDialog
from sopiva_desk.gui.labels import status_label
from sopiva_desk.gui.models.caseload_model import (
    CaseloadFilterProxy,
    CaseloadModel,
    Column,
    PreparedCaseload,
    finnish_key,
    prepare_caseload,
)
from sopiva_desk.gui.pages.caseload_sync import CaseloadSyncStates, sync_filter
from sopiva_desk.gui.sync_state_words import filter_choices as sync_filter_choices
from sopiva_desk.gui.sync_state_words import sync_state_icon
from sopiva_desk.services import reference
from sopiva_desk.services.clients import CaseloadRow
from sopiva_desk.services.listings import CASELOAD

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_NOT_LOADED, _LOADED, _FAILED = "not loaded", "loaded", "failed"
MINE, ALL = "mine", "all"  # which clients the list shows
# Sample texts that size the columns, so widths follow the font size the user chose.
_COLUMN_SAMPLES = {
    Column.NAME: "Hämäläinen-Kärkkäinen, Aino Maria Sofia",
    Column.IDENTIFIER: "TMP-7K3M-Q9XD__",
    Column.BIRTH_DATE: "Birth date____",
    Column.MUNICIPALITY: "Kangasniemi_____",
    Column.STATUS: "Paused_______",
    Column.OWN_WORKER: "Hämäläinen Aino Maria__",
}


def search_delay_ms(rows: int) -> int:
    """How long a search waits for the next key: keys typed faster than a long list can follow are
    taken together. A list that follows every key (measured: up to 20,000 clients) does not wait."""
    return 0 if rows < 20_000 else min(40, rows // 5000)


class CaseloadPage(QWidget):
    """The client list with search and filters.

    Signals:
        client_activated(object): the UUID of the client the user opened (Enter or double-click).
        new_client_created(object): the UUID of a client just added with "New client…".
    """

    client_activated = Signal(object)
    new_client_created = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseloadPage")
        self._context = context
        self._generation = 0  # bumped by clear(): answers to older requests are dropped
        self._state = _NOT_LOADED
        self._scope = MINE  # kept through locks: it is a view setting, not client data
        self._me = context.workspace.actor.user_name if context.unlocked else ""
        self._my_total: int | None = None  # how many of the rows are mine (counted once per change of rows)
        self._listing_due = False  # the list came into view: log it once it has painted (_log_listing)
        self._listed: int | None = None  # hash of the clients last logged since the list came into view
        self._search_timer = QTimer(self)  # the debounce of a long list, see search_delay_ms
        self._search_timer.setSingleShot(True)
        self._search_timer.timeout.connect(self._apply_filter)

        self.model = CaseloadModel(context.ui_language, self)
        self.proxy = CaseloadFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.mine_button = QPushButton(self, objectName="myClientsButton", checkable=True)
        self.all_button = QPushButton(self, objectName="allClientsButton", checkable=True)
        self._scope_group = QButtonGroup(self)
        for button in (self.mine_button, self.all_button):
            self._scope_group.addButton(button)
        self.mine_button.setChecked(True)
        for button in (self.mine_button, self.all_button):  # the chosen one also in bold, not only pressed
            button.setStyleSheet("QPushButton:checked { font-weight: bold; }")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.search_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 45)
        self.municipality_filter = QComboBox(self)
        self.municipality_filter.setObjectName("municipalityFilter")
        self.municipality_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sync_filter = sync_filter(self)  # shown only when the profile syncs
        self.new_client_button = QPushButton(self)
        self.new_client_button.setObjectName("newClientButton")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.view = QTableView(self)
        self.view.setObjectName("caseloadView")
        self._setup_view()
        self._sync = CaseloadSyncStates(context, self.model, self.view, self.sync_filter, self)
        self._sync.refreshed.connect(self._update_count)
        # Drawn over the empty list, so the column headers stay where they are.
        self.empty_panel = QWidget(self.view.viewport(), objectName="emptyPanel")
        self.empty_hint = QLabel(self.empty_panel)
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_hint.setMargin(24)
        self.search_all_button = QPushButton(self.empty_panel, objectName="searchAllButton")
        self.search_all_button.clicked.connect(self.show_all_clients)
        empty_layout = QVBoxLayout(self.empty_panel)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_hint)
        empty_layout.addWidget(self.search_all_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.empty_panel.hide()

        top = QHBoxLayout()
        top.addWidget(self.heading)
        # The count sits by the heading: the filter row needs its room once the sync filter shows
        # (an enrolled laptop at 125 % text would otherwise be wider than the screen).
        top.addSpacing(16)
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.new_client_button)
        filters = QHBoxLayout()
        scope = QHBoxLayout()
        scope.setSpacing(0)  # the two read as one switch
        scope.addWidget(self.mine_button)
        scope.addWidget(self.all_button)
        filters.addLayout(scope)
        filters.addSpacing(8)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.municipality_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.sync_filter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        self.setTabOrder(self.mine_button, self.all_button)
        self.setTabOrder(self.all_button, self.search_edit)
        self.setTabOrder(self.search_edit, self.municipality_filter)
        self.setTabOrder(self.municipality_filter, self.status_filter)
        self.setTabOrder(self.status_filter, self.sync_filter)
        self.setTabOrder(self.sync_filter, self.view)
        self.setTabOrder(self.view, self.new_client_button)
        self.setFocusProxy(self.search_edit)

        self._find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self._find_shortcut.activated.connect(self._on_find_shortcut_activated)
        # Not the button's own shortcut: setText() replaces that with the text's mnemonic.
        self._new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self._new_shortcut.activated.connect(self.new_client_button.animateClick)
        self.search_edit.installEventFilter(self)
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.municipality_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.status_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.sync_filter.currentIndexChanged.connect(self._on_filter_changed)
        self._scope_group.buttonClicked.connect(self._on_scope_clicked)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.new_client_button.clicked.connect(self._on_new_client_button_clicked)
        context.workspace_changed.connect(self._on_context_workspace_changed)

        self._retranslate()
        self._apply_filter()  # "My clients" from the start
        self.search_edit.setFocus()  # where the page starts when it is shown

    def _setup_view(self) -> None:
        view = self.view
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move inside it
        view.setCornerButtonEnabled(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)  # _apply_filter counts rows
        vertical = view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measures 10,000 rows
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicatorShown(True)
        metrics = self.fontMetrics()
        for column, sample in _COLUMN_SAMPLES.items():
            view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        view.setSortingEnabled(True)
        view.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        view.setColumnHidden(Column.SYNC, True)  # until the rows say the profile syncs

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Clients"))
        new = self._new_shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        self.new_client_button.setText(self.tr("&New client…"))
        self.new_client_button.setToolTip(self.tr("Add a client ({shortcut})").format(shortcut=new))
        self.search_edit.setPlaceholderText(self.tr("Search by name, identity code or municipality"))
        self.search_edit.setAccessibleName(self.tr("Search clients"))
        find = self._find_shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        self.search_edit.setToolTip(self.tr(
            "Type any part of a name, identity code, birth date or municipality. "
            "Several words must all match. ({shortcut})").format(shortcut=find))
        self.mine_button.setText(self.tr("&My clients"))
        self.mine_button.setToolTip(self.tr("The clients whose own worker you are"))
        self.all_button.setText(self.tr("&All clients"))
        self.all_button.setToolTip(self.tr("Every client on this computer"))
        self.search_all_button.setText(self.tr("Search all clients"))
        self.municipality_filter.setAccessibleName(self.tr("Municipality filter"))
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.sync_filter.setAccessibleName(self.tr("Sync state filter"))
        self.sync_filter.setToolTip(self.tr("Whether the clients' records are on the central records server"))
        self.view.setAccessibleName(self.tr("Clients"))
        self._fill_filters()
        self._update_count()

    def _fill_filters(self) -> None:
        """(Re)fill the filter lists in the UI language, keeping what is chosen."""
        language = self._context.ui_language
        for combo in (self.municipality_filter, self.status_filter, self.sync_filter):
            combo.blockSignals(True)
        chosen_place = self.municipality_filter.currentData()
        chosen_status = self.status_filter.currentData()
        chosen_sync = self.sync_filter.currentData()
        self.municipality_filter.clear()
        self.municipality_filter.addItem(self.tr("All municipalities"), None)
        active = [m for m in reference.municipalities() if m.active]
        for m in sorted(active, key=lambda m: finnish_key(m.name(language))):
            self.municipality_filter.addItem(m.name(language), m.code)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in ClientStatus:
            self.status_filter.addItem(status_label(status.value), status.value)
        self.sync_filter.clear()
        self.sync_filter.addItem(self.tr("All sync states"), None)
        for text, state in sync_filter_choices():
            self.sync_filter.addItem(sync_state_icon(state) or QIcon(), text, state)
        self.municipality_filter.setCurrentIndex(max(0, self.municipality_filter.findData(chosen_place)))
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(chosen_status)))
        self.sync_filter.setCurrentIndex(max(0, self.sync_filter.findData(chosen_sync)))
        for combo in (self.municipality_filter, self.status_filter, self.sync_filter):
            combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.model.set_language(self._context.ui_language)
            self._retranslate()
        super().changeEvent(event)

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the whole caseload in the background, then show it (keeping the selection)."""
        context = self._context
        if context.unlocked and context.workspace.actor.user_name != self._me:
            self._me = context.workspace.actor.user_name
            self._apply_filter()
        generation = self._generation
        language, column = self.model.language, self.model.sort_column
        descending = self.model.sort_order == Qt.SortOrder.DescendingOrder

        def work() -> PreparedCaseload:  # the store read and the per-row work, off the GUI thread
            columns = context.clients().caseload_columns()
            sync = context.workspace.sync_states.client_states()
            return prepare_caseload(columns, language, column, descending, sync)

        context.run(work, parent=self, on_success=lambda rows: self._on_caseload_loaded(generation, rows),
                    on_failure=lambda _error: self._on_caseload_failed(generation))

    def _on_caseload_loaded(self, generation: int, rows: PreparedCaseload) -> None:
        if generation != self._generation:
            return  # the app locked (clear()) while this was loading
        selected = self.current_client_id()
        self.model.set_rows(rows)
        self._my_total = None
        self._state = _LOADED
        self._sync.show_column()
        self._update_count()
        if selected is not None:
            self.select_client(selected)
        self._listing_due = True  # rows read while the list is in view: a new listing, once painted

    def _on_caseload_failed(self, generation: int) -> None:
        if generation == self._generation and self._state != _LOADED:
            self._state = _FAILED  # the error itself was shown by context.run
            self._update_count()

    def refresh_client(self, client_id: uuid.UUID, *, select: bool = False) -> None:
        """Fetch one client's row and sync state again after a change; drops it if the client is gone."""
        context = self._context
        generation = self._generation

        def work() -> tuple[CaseloadRow | None, RecordSyncState | None]:
            return context.clients().caseload_row(client_id), context.workspace.sync_states.client_state(client_id)

        context.run(work, parent=self,
                    on_success=lambda found: self._on_row_loaded(generation, client_id, *found, select))

    def _on_row_loaded(self, generation: int, client_id: uuid.UUID, row: CaseloadRow | None,
                       state: RecordSyncState | None, select: bool) -> None:
        if generation != self._generation:
            return
        if row is None:
            self.model.remove_row(client_id)
        else:
            self.model.upsert_row(row)
            self.model.set_row_sync_state(client_id.hex, state)
        self._my_total = None
        self._update_count()
        if row is not None and select:
            self.select_client(client_id, reveal=True)

    def refresh_sync_states(self) -> None:
        """Read every client's sync state again (after a sync, or when the list is shown again after
        work elsewhere); the rows stay. See ``caseload_sync``."""
        if self._state == _LOADED:
            self._sync.refresh(self._generation)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh_sync_states()  # records may have changed on other pages since
        self._listing_due = True  # the list comes into view: a new listing, once painted
        self._listed = None

    def _log_listing(self) -> None:
        """One listing of every client the list holds (search and "All clients" show any), queued
        once the list has painted: its work would slow the first paint (services/listings.py)."""
        context, hexes = self._context, self.model.id_hexes()
        if self._state != _LOADED or not self.isVisible() or not context.unlocked or not hexes:
            return
        listed = hash(tuple(hexes))  # not the list itself: 100,000 ids would stay in memory
        if listed == self._listed:
            return  # the same clients read again while in view (a reload): nothing new was shown
        self._listed = listed
        context.run(lambda: context.workspace.listings.record(CASELOAD, [uuid.UUID(hex=h) for h in hexes]),
                    parent=self)

    def clear(self) -> None:
        """Forget every row, the search and the filters (the app locks); answers on their way are dropped."""
        self._generation += 1
        self._sync.forget(self._generation)
        self._state = _NOT_LOADED
        self._listed = None
        self._reset_filters()
        self.model.clear()
        self._my_total = None
        self._update_count()

    def _on_context_workspace_changed(self, workspace: object) -> None:
        if workspace is None:
            self.clear()

    # -- selection -------------------------------------------------------------------------

    def current_client_id(self) -> uuid.UUID | None:
        return self.proxy.client_id(self.view.currentIndex())

    def select_client(self, client_id: uuid.UUID, *, reveal: bool = False) -> bool:
        """Make the client's row current; with ``reveal``, clear the search and filters that hide it."""
        index = self.proxy.index_of(client_id)
        if not index.isValid() and reveal and self.model.row_of(client_id) is not None:
            self._reset_filters()
            index = self.proxy.index_of(client_id)
            if not index.isValid() and self._scope == MINE:  # someone else's client
                self.show_all_clients()
                index = self.proxy.index_of(client_id)
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        return True

    def _focus_view(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        if not self.view.currentIndex().isValid():
            self.view.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(self.view.currentIndex())
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _activate(self, index: QModelIndex) -> None:
        client_id = self.proxy.client_id(index)
        if client_id is not None:
            self.client_activated.emit(client_id)

    # -- searching -------------------------------------------------------------------------

    @property
    def scope(self) -> str:
        """``MINE`` or ``ALL``: whose clients the list shows."""
        return self._scope

    def show_all_clients(self) -> None:
        """Every client, keeping the search and filters (one click from "My clients")."""
        self.all_button.setChecked(True)
        self._set_scope(ALL)

    def show_my_clients(self) -> None:
        self.mine_button.setChecked(True)
        self._set_scope(MINE)

    def _on_scope_clicked(self, button: QPushButton) -> None:
        self._set_scope(MINE if button is self.mine_button else ALL)

    def _set_scope(self, scope: str) -> None:
        if scope != self._scope:
            self._scope = scope
            self._apply_filter()

    @property
    def search_delay_ms(self) -> int:
        """How long a search typed now waits for the next key (0: it is applied at once)."""
        return search_delay_ms(self.model.rowCount())

    @property
    def search_pending(self) -> bool:
        """Whether a search typed is still waiting for its delay before the list follows it."""
        return self._search_timer.isActive()

    def _apply_filter(self) -> None:
        """Show the rows of the search, filters and scope now. The current client stays current if
        still listed, and where it was on screen; otherwise the list shows its top."""
        self._search_timer.stop()
        view = self.view
        current = view.currentIndex()
        on_screen = current.isValid() and view.visualRect(current).intersects(view.viewport().rect())
        offset = current.row() - view.rowAt(0) if on_screen else None
        changed = self.proxy.set_criteria(self.search_edit.text(), self.municipality_filter.currentData(),
                                          self.status_filter.currentData(), self._me if self._scope == MINE else None,
                                          self.sync_filter.currentData())
        if changed:
            view.updateGeometries()  # the scroll range of the new rows now, not at the next event
            current = view.currentIndex()  # moved with its client, or gone
            top = current.row() - offset if current.isValid() and offset is not None else 0
            view.verticalScrollBar().setValue(top)  # ScrollPerItem: the value is the top row
        self._update_count()

    def _reset_filters(self) -> None:
        widgets = (self.search_edit, self.municipality_filter, self.status_filter, self.sync_filter)
        for widget in widgets:
            widget.blockSignals(True)
        self.search_edit.clear()
        for combo in widgets[1:]:
            combo.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self._apply_filter()

    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        mine = self._scope == MINE
        if mine:
            if self._my_total is None:
                self._my_total = self.model.worker_count(self._me)
            total = self._my_total
            text = self.tr("{shown} of your {total} clients")
        else:
            total = self.model.rowCount()
            text = self.tr("{shown} of all {total} clients")
        self.count_label.setText(text.format(shown=shown, total=total))
        self.count_label.setAccessibleName(self.count_label.text())
        widest = self.count_label.fontMetrics().horizontalAdvance(text.format(shown=total, total=total))
        self.count_label.setMinimumWidth(widest)  # the search field keeps its width while typing
        offer_all = False
        if shown:
            hint = ""
        elif self._state == _FAILED:
            hint = self.tr("The client list could not be loaded.")
        elif self._state == _NOT_LOADED:
            hint = self.tr("Loading clients…") if self._context.unlocked else ""
        elif self.model.rowCount() == 0:
            new = self._new_shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
            hint = self.tr("No clients yet.\n\nAdd the first one with “New client…” ({shortcut}).").format(
                shortcut=new)
        elif mine and total == 0:
            hint = self.tr("You are not the own worker of any client yet.")
            offer_all = True
        elif mine:
            search = self.search_edit.text().strip()
            hint = (self.tr("No client matches “{search}” among your clients.\n\nSearch all clients? (Enter)")
                    .format(search=search) if search
                    else self.tr("None of your clients match the filters.\n\nSearch all clients? (Enter)"))
            offer_all = True
        else:
            hint = self.tr("No clients match the search.\n\n"
                           "Check the spelling, or clear the search (Esc) and the filters.")
        self.empty_hint.setText(hint)
        self.search_all_button.setVisible(offer_all)
        self.empty_panel.setVisible(bool(hint))
        self.empty_panel.resize(self.view.viewport().size())

    def _on_search_edit_text_changed(self, _text: str) -> None:
        delay = self.search_delay_ms
        if delay:
            self._search_timer.start(delay)  # restarted by every key typed before it runs out
        else:
            self._apply_filter()

    def _on_filter_changed(self, _index: int) -> None:
        self._apply_filter()

    def _on_find_shortcut_activated(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # -- keys and clicks -------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and self._listing_due and watched is self.view.viewport():
            self._listing_due = False
            QTimer.singleShot(0, self, self._log_listing)  # after this paint
        elif event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self.empty_panel.resize(self.view.viewport().size())
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search_edit:
                return self._search_key(event)
            if watched is self.view:
                return self._view_key(event)
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if self.search_pending and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown, *_ENTER_KEYS):
            self._apply_filter()  # act on the list of what was typed, not on the one before
        if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self._focus_view()
            return True
        if key in _ENTER_KEYS:
            if self.proxy.rowCount() == 1:
                self._activate(self.proxy.index(0, 0))  # one match: open it straight away
            elif self.proxy.rowCount() == 0 and self.search_all_button.isVisibleTo(self):
                self.show_all_clients()  # nothing among mine: look among everyone's
            else:
                self._focus_view()
            return True
        if key == Qt.Key.Key_Escape and self.search_edit.text():
            self.search_edit.clear()
            return True
        return False

    def _view_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        plain = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        no_modifiers = event.modifiers() in plain
        if key in _ENTER_KEYS and no_modifiers:
            self._activate(self.view.currentIndex())
            return True
        if key == Qt.Key.Key_Up and no_modifiers and self.view.currentIndex().row() <= 0:
            self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        self._activate(index)

    # -- new client ------------------------------------------------------------------------

    def open_new_client_dialog(self) -> NewClientDialog:
        """Show the "New client" dialog (window-modal); returns it, e.g. for tests."""
        dialog = NewClientDialog(self._context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.client_created.connect(self._on_dialog_client_created)
        dialog.open()
        return dialog

    def _on_new_client_button_clicked(self) -> None:
        self.open_new_client_dialog()

    def _on_dialog_client_created(self, client_id: uuid.UUID) -> None:
        # Store work runs in order, so this row arrives after any caseload load queued earlier.
        self.refresh_client(client_id, select=True)
        self.new_client_created.emit(client_id)
