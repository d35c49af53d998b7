"""The conflict screen: every sync conflict still open, and for the chosen one, group by group,
the value before both changes, mine and theirs with who changed each and when.

The counsellor picks mine, theirs, both (free text and lists) or merges a text by hand from the
suggested merge, one choice per group, and presses *Resolve*: the record takes the chosen values
(store lane), the conflict leaves the list, and the next sync sends the resolution. Keys: Esc or
Alt+Left goes back, F5 reloads.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.gui.access_log_words import AccessLogWords
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.models.read_only_table import ReadOnlyTable
from sopiva_desk.gui.models.record_list_model import format_date_time
from sopiva_desk.gui.widgets.conflict_group import ConflictGroupBox
from sopiva_desk.gui.widgets.page_parts import HINT_COLOR, add_back_shortcuts, build_page_header, make_read_only_list
from sopiva_desk.protocol.entities import SEPARATOR, entity
from sopiva_desk.services.sync.conflicts import Choice, ConflictView

_COLUMN_SAMPLES = {0: "Hämäläinen-Kärkkäinen Aino Maria", 1: "Päätöksenteon tuki, versio 2__", 3: "22.12.2026 15.26"}


def _words(views: list[ConflictView], language: str) -> AccessLogWords:
    return AccessLogWords({v.record_id: v.facts for v in views if v.facts is not None}, language)


def field_key(entity_name: str, path: str) -> str:
    """The field's key as the access log and the forms name it (an answer by its own key)."""
    column, sep, key = path.partition(SEPARATOR)
    return key if sep and column in entity(entity_name).object_columns else path


class ConflictListModel(ReadOnlyTable):
    """Open conflicts: Client, Record, Fields, Since. ``Qt.UserRole`` is the ``ConflictView``."""

    CLIENT, RECORD, FIELDS, SINCE = range(4)
    CONTEXT = "ConflictListModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ConflictListModel", "Client"),
        QT_TRANSLATE_NOOP("ConflictListModel", "Record"),
        QT_TRANSLATE_NOOP("ConflictListModel", "Fields"),
        QT_TRANSLATE_NOOP("ConflictListModel", "Since"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.words = AccessLogWords({}, "fi")

    def cell(self, view: ConflictView, column: int) -> str:
        if column == self.CLIENT:
            return view.client_name
        if column == self.RECORD:
            return self.words.record(view.entity, view.record_id)
        if column == self.FIELDS:
            return ", ".join(self.words.field_caption(view.entity, field_key(view.entity, path), view.record_id)
                             for path in view.paths)
        if column == self.SINCE:
            return format_date_time(view.created_at)
        return ""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.UserRole and index.isValid() and 0 <= index.row() < self.rowCount():
            return self.record(index.row())
        return super().data(index, role)


class ConflictsPage(QWidget):
    """Signals:
        back_requested(): the user wants to go back.
        status_message(str): a short message for the window's status bar.
        count_changed(int): how many conflicts are open, after every reading.
    """

    back_requested = Signal()
    status_message = Signal(str)
    count_changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsPage")
        self._context = context
        self._generation = 0
        self._views: list[ConflictView] = []
        self.current: ConflictView | None = None
        self.groups: list[ConflictGroupBox] = []
        # What was chosen and typed for conflicts not yet resolved, kept while another is shown or
        # the list is read again (in memory only), so moving around never loses a hand merge.
        self._typed: dict[uuid.UUID, dict[tuple[str, ...], tuple[str | None, dict[str, str]]]] = {}
        self.model = ConflictListModel(self)

        self.refresh_button = QPushButton(self.tr("Refresh"), self, objectName="refreshButton")
        self.refresh_button.setToolTip(self.tr("Read the conflicts again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        header, self.title_label, self.subline_label = build_page_header(
            self, back_text=self.tr("← Back"), back_tip=self.tr("Back (Alt+Left or Esc)"), on_back=self._go_back,
            title_name="conflictsTitle", subline_name="conflictsSubline", side=self.refresh_button)
        self.title_label.setText(self.tr("Sync conflicts"))
        self.subline_label.setText(self.tr("The same information was changed differently on two devices. "
                                           "Choose what the record keeps; the next sync sends your choice."))
        self.subline_label.setWordWrap(True)

        self.view = QTableView(self, objectName="conflictList")
        make_read_only_list(self.view, name=self.tr("Sync conflicts"))
        self.view.setModel(self.model)
        header_view = self.view.horizontalHeader()
        header_view.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        metrics = self.view.fontMetrics()
        for column, sample in _COLUMN_SAMPLES.items():  # widths follow the font size the user chose
            header_view.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header_view.setSectionResizeMode(ConflictListModel.FIELDS, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.empty_label = QLabel(self, objectName="emptyLabel", wordWrap=True)
        self.empty_label.setStyleSheet(f"color: {HINT_COLOR};")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label.setText(self.tr("No conflicts. When the same information is changed differently on two "
                                         "devices, it appears here for you to decide."))

        self.detail = QWidget(self, objectName="conflictDetail")
        self.detail_title = QLabel(self.detail, objectName="conflictTitle", wordWrap=True)
        font = self.detail_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.detail_title.setFont(font)
        self.detail_sides = QLabel(self.detail, objectName="conflictSides", wordWrap=True)
        self.groups_area = QScrollArea(self.detail, objectName="conflictGroups")
        self.groups_area.setWidgetResizable(True)
        self.resolve_button = QPushButton(self.tr("Resolve"), self.detail, objectName="resolveButton")
        self.resolve_button.setToolTip(self.tr("Save the chosen values in the record; the next sync sends them"))
        self.resolve_button.clicked.connect(self.resolve)
        self.resolve_hint = QLabel(self.detail, objectName="resolveHint", wordWrap=True)
        self.resolve_hint.setStyleSheet(f"color: {HINT_COLOR};")
        buttons = QHBoxLayout()
        buttons.addWidget(self.resolve_button)
        buttons.addWidget(self.resolve_hint, 1)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_sides)
        detail_layout.addWidget(self.groups_area, 1)
        detail_layout.addLayout(buttons)

        list_box = QWidget(self)
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.view, 1)
        list_layout.addWidget(self.empty_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(list_box)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        list_box.setMinimumHeight(metrics.lineSpacing() * 5)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        add_back_shortcuts(self, self._go_back)
        reload = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        reload.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        reload.activated.connect(self.refresh)
        context.workspace_changed.connect(self._on_context_workspace_changed)
        self.setAccessibleName(self.tr("Sync conflicts"))
        self._show_list()

    # -- public ----------------------------------------------------------------------------

    def conflicts(self) -> list[ConflictView]:
        return self.model.records()

    def select(self, row: int) -> None:
        self.view.selectRow(row)

    def refresh(self) -> None:
        """Read the open conflicts again (store lane)."""
        if not self._context.unlocked:
            return
        self._generation += 1
        generation, context = self._generation, self._context
        context.run(lambda: context.workspace.conflicts.open(), parent=self,
                    on_success=lambda views: self._on_loaded(generation, views))

    def clear(self) -> None:
        self._generation += 1
        self._views = []
        self._typed.clear()
        self._show_list()

    def choices(self) -> dict[tuple[str, ...], Choice] | None:
        """One choice per group of the shown conflict; ``None`` while a group has none."""
        chosen = {box.group.paths: box.choice() for box in self.groups}
        if not chosen or any(choice is None for choice in chosen.values()):
            return None
        return chosen  # type: ignore[return-value]

    def resolve(self) -> None:
        view, choices = self.current, self.choices()
        if view is None or choices is None:
            return
        mine = self.tr("[{name}, {time}]").format(name=view.mine.user_name or self.tr("mine"),
                                                  time=format_date_time(view.mine.at))
        theirs = self.tr("[{name}, {time}]").format(name=view.theirs.user_name or self.tr("theirs"),
                                                    time=format_date_time(view.theirs.at))
        context = self._context
        self.resolve_button.setEnabled(False)
        context.run(lambda: context.workspace.conflicts.resolve(view.conflict_id, choices, (mine, theirs)),
                    parent=self, on_success=lambda _view: self._resolved(),
                    on_failure=lambda _error: self.refresh())

    # -- showing ---------------------------------------------------------------------------

    def _on_loaded(self, generation: int, views: list[ConflictView]) -> None:
        if generation == self._generation:
            self._views = views
            self._show_list()
            self.count_changed.emit(len(views))

    def _resolved(self) -> None:
        if self.current is not None:
            self._typed.pop(self.current.conflict_id, None)
            self.groups = []  # resolved: nothing of it to keep
        self.status_message.emit(self.tr("Conflict resolved. The next sync sends your choice."))
        self.refresh()

    def _show_list(self) -> None:
        keep: uuid.UUID | None = self.current.conflict_id if self.current is not None else None
        self.model.words = _words(self._views, self._context.ui_language)
        self.model.set_rows(self._views)
        self.view.setVisible(bool(self._views))
        self.empty_label.setVisible(not self._views)
        self.detail.setVisible(bool(self._views))
        row = next((i for i, v in enumerate(self._views) if v.conflict_id == keep), 0)
        if self._views:
            self.view.selectRow(row)
        self._show_selected()

    def _show_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        view = rows[0].data(Qt.ItemDataRole.UserRole) if rows else None
        if view is self.current and self.groups:
            return
        if self.current is not None and self.groups:
            self._typed[self.current.conflict_id] = {box.group.paths: box.state() for box in self.groups}
        self.current = view
        self.groups = []
        content = QWidget(self.groups_area)
        layout = QVBoxLayout(content)
        if view is not None:
            words = self.model.words
            self.detail_title.setText(self.tr("{record} of {client}").format(
                record=words.record(view.entity, view.record_id), client=view.client_name or self.tr("a client")))
            self.detail_sides.setText(self.tr(
                "Mine: changed by {mine} on {mine_at}. Theirs: changed by {theirs} on {theirs_at}.").format(
                mine=view.mine.user_name or self.tr("unknown"), mine_at=format_date_time(view.mine.at) or "–",
                theirs=view.theirs.user_name or self.tr("unknown"),
                theirs_at=format_date_time(view.theirs.at) or "–"))
            captions = {path: words.field_caption(view.entity, field_key(view.entity, path), view.record_id)
                        for path in view.paths}
            for group in view.groups:
                box = ConflictGroupBox(group, view.entity, captions, self._context.ui_language, content)
                kept = self._typed.get(view.conflict_id, {}).get(group.paths)
                if kept is not None:
                    box.restore(kept)
                box.choice_changed.connect(self._update_resolve)
                layout.addWidget(box)
                self.groups.append(box)
        layout.addStretch(1)
        self.groups_area.setWidget(content)
        self._update_resolve()

    def _update_resolve(self) -> None:
        ready = self.choices() is not None
        self.resolve_button.setEnabled(ready)
        self.resolve_hint.setText(self.tr("The record keeps what you choose; the other values stay in the "
                                          "conflict's record.") if ready else
                                  self.tr("Choose for every group what the record keeps."))

    def _on_context_workspace_changed(self, workspace: object) -> None:
        if workspace is None:
            self.clear()

    def _go_back(self) -> None:
        self.back_requested.emit()
