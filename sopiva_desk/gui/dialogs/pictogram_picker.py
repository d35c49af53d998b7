"""Choosing a pictogram (an OpenMoji hexcode) for an option card, a plan goal or a template.

``PictogramPickerDialog`` shows the curated catalogue (docs/pictograms.md) as a grid that is
searched with the words of the UI language (the domain falls back to the other languages) and
filtered by category. ``PictogramButton`` is the small button forms put beside a field: it
shows the current pictogram, opens the picker and emits ``changed``.

    button = PictogramButton(context.ui_language, accessible_name=self.tr("Pictogram of the goal"))
    button.set_hexcode(goal.pictogram)
    button.changed.connect(lambda hexcode: save(goal.id, hexcode))

Pictures are drawn lazily: the model asks ``gui.pictograms.pictogram_pixmap`` (which caches)
only for the items the view paints, so the dialog opens fast.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QKeyEvent, QPainter, QPalette, QPen, QPixmap, QTextLayout
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.pictograms import Pictogram, normalize_hexcode, search
from sopiva_desk.gui.pictograms import pictogram_icon, pictogram_pixmap
from sopiva_desk.gui.widgets.feedback import announce
from sopiva_desk.services.pictograms import PictogramLibrary, attribution, default_library

Index = QModelIndex | QPersistentModelIndex

PICTURE_SIZE = 64  # logical px of a pictogram in the grid
LABEL_LINES = 2  # lines of label under each pictogram; longer labels are elided (full text in the tooltip)
_ALL = ""  # the category combo's data for "all categories"


class PictogramListModel(QAbstractListModel):
    """The pictograms the picker shows, in the order given (search rank or catalogue order).

    Display, tooltip and accessible text are the label in ``language``; the decoration is the
    picture, rendered only when a view asks for it.
    """

    HexcodeRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, language: str, library: PictogramLibrary | None = None,
                 picture_size: int = PICTURE_SIZE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._library = library if library is not None else default_library()
        self._categories = {c.id: c.label(language) for c in self._library.categories()}
        self._picture_size = picture_size
        self._dpr: float | None = None  # None: the application's
        self._items: list[Pictogram] = []

    @property
    def picture_size(self) -> int:
        return self._picture_size

    def set_pictograms(self, pictograms: Sequence[Pictogram]) -> None:
        self.beginResetModel()
        self._items = list(pictograms)
        self.endResetModel()

    def set_device_pixel_ratio(self, dpr: float | None) -> None:
        """Render for a screen with this scale (the view's ``devicePixelRatioF()``)."""
        if dpr != self._dpr:
            self._dpr = dpr
            if self._items:
                self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1),
                                      [Qt.ItemDataRole.DecorationRole])

    def pictogram(self, row: int) -> Pictogram | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def pictograms(self) -> list[Pictogram]:
        return list(self._items)

    def row_of(self, hexcode: str | None) -> int:
        """The row of ``hexcode`` (any case), or -1."""
        code = normalize_hexcode(hexcode) if hexcode else None
        return next((row for row, p in enumerate(self._items) if p.hexcode == code), -1) if code else -1

    # -- Qt API ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        pictogram = self.pictogram(index.row())
        if pictogram is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return pictogram.label(self._language)
        if role == Qt.ItemDataRole.DecorationRole:
            return pictogram_pixmap(pictogram.hexcode, self._picture_size, self._dpr)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._categories.get(pictogram.category, "")
        if role == self.HexcodeRole:
            return pictogram.hexcode
        if role == self.IdRole:
            return pictogram.id
        return None


def _label_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """``text`` wrapped at words into at most ``max_lines`` lines of ``width`` px; the last elided."""
    metrics = QFontMetrics(font)
    layout = QTextLayout(text, font)
    option = layout.textOption()
    option.setWrapMode(option.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start = line.textStart()
        if len(lines) == max_lines - 1:
            lines.append(metrics.elidedText(text[start:].strip(), Qt.TextElideMode.ElideRight, width))
            break
        lines.append(text[start:start + line.textLength()].strip())
    layout.endLayout()
    return lines


class PictogramDelegate(QStyledItemDelegate):
    """A pictogram with its label under it, centred in a fixed cell; the chosen one framed."""

    PADDING = 6

    def __init__(self, cell: QSize, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cell = cell

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt API
        return QSize(self.cell)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # Not initStyleOption(): it would fetch (and convert) every role; only two are needed here.
        opt = option
        palette: QPalette = opt.palette
        rect = QRect(opt.rect).adjusted(2, 2, -2, -2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        hovered = bool(opt.state & QStyle.StateFlag.State_MouseOver)
        focused = bool(opt.state & QStyle.StateFlag.State_HasFocus)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        if selected or hovered:
            fill = QColor(highlight)
            fill.setAlpha(48 if selected else 20)
            painter.setPen(QPen(highlight, 2) if selected else Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 6, 6)
        if focused and not selected:
            pen = QPen(palette.color(QPalette.ColorRole.Text), 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6)

        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            size = pixmap.deviceIndependentSize().toSize()
            left = rect.left() + (rect.width() - size.width()) // 2
            painter.drawPixmap(left, rect.top() + self.PADDING, pixmap)
            text_top = rect.top() + self.PADDING + size.height() + 4
        else:
            text_top = rect.top() + self.PADDING
        text_width = rect.width() - 2 * self.PADDING
        metrics = QFontMetrics(opt.font)
        painter.setFont(opt.font)
        enabled = bool(opt.state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        painter.setPen(palette.color(group, QPalette.ColorRole.Text))
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        for n, line in enumerate(_label_lines(text, opt.font, text_width, LABEL_LINES)):
            line_rect = QRect(rect.left() + self.PADDING, text_top + n * metrics.lineSpacing(),
                              text_width, metrics.lineSpacing())
            painter.drawText(line_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, line)
        painter.restore()


class PictogramPickerDialog(QDialog):
    """Pick one curated pictogram; ``chosen_hexcode`` holds it after ``accept`` (None: "No pictogram")."""

    def __init__(self, language: str, current: str | None = None, parent: QWidget | None = None, *,
                 library: PictogramLibrary | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pictogramPickerDialog")
        self.setWindowTitle(self.tr("Choose a pictogram"))
        self._language = language
        self._library = library if library is not None else default_library()
        self._chosen: Pictogram | None = None
        self._current = self._library.by_hexcode(current) if current else None

        self.search_edit = QLineEdit(self, objectName="pictogramSearch")
        self.search_edit.setPlaceholderText(self.tr("Search by word, e.g. home, food, bus"))
        self.search_edit.setAccessibleName(self.tr("Search pictograms"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.installEventFilter(self)
        self.category_combo = QComboBox(self, objectName="pictogramCategory")
        self.category_combo.addItem(self.tr("All categories"), _ALL)
        for category in self._library.categories():
            self.category_combo.addItem(category.label(language), category.id)
        self.category_combo.setAccessibleName(self.tr("Category"))
        category_caption = QLabel(self.tr("C&ategory"), self)
        category_caption.setBuddy(self.category_combo)

        self.model = PictogramListModel(language, self._library, PICTURE_SIZE, self)
        self.list_view = QListView(self, objectName="pictogramList")
        self._setup_view(self.list_view)

        self.empty_label = QLabel(self, objectName="pictogramEmpty", wordWrap=True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_font = self.empty_label.font()
        empty_font.setPointSizeF(empty_font.pointSizeF() * 1.15)
        self.empty_label.setFont(empty_font)
        self.all_categories_button = QPushButton(self.tr("Search in all categories"), self,
                                                 objectName="pictogramSearchAll", autoDefault=False)
        empty_page = QFrame(self, objectName="pictogramEmptyPage")  # framed like the grid it stands for
        empty_page.setFrameShape(QFrame.Shape.StyledPanel)
        empty_page.setBackgroundRole(QPalette.ColorRole.Base)
        empty_page.setAutoFillBackground(True)
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.all_categories_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(empty_page)

        credit = attribution()
        self.attribution_label = QLabel(self, objectName="pictogramAttribution")
        self.attribution_label.setTextFormat(Qt.TextFormat.RichText)
        self.attribution_label.setText(self.tr("Pictograms: {source} – {license}").format(
            source=f'<a href="{html.escape(credit.source_url)}">OpenMoji</a>',
            license=f'<a href="{html.escape(credit.license_url)}">{html.escape(credit.license)}</a>'))
        self.attribution_label.setOpenExternalLinks(True)
        small = self.attribution_label.font()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        self.attribution_label.setFont(small)

        self.buttons = QDialogButtonBox(self)
        self.none_button = self.buttons.addButton(self.tr("&No pictogram"), QDialogButtonBox.ButtonRole.ResetRole)
        self.none_button.setObjectName("pictogramNoneButton")
        self.none_button.setToolTip(self.tr("Remove the pictogram"))
        self.choose_button = self.buttons.addButton(self.tr("&Choose"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.choose_button.setObjectName("pictogramChooseButton")
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("pictogramCancelButton")
        self.choose_button.setDefault(True)  # Enter in the search field or the grid chooses
        self.none_button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addSpacing(8)
        top.addWidget(category_caption)
        top.addWidget(self.category_combo)
        bottom = QHBoxLayout()
        bottom.addWidget(self.attribution_label, 0, Qt.AlignmentFlag.AlignBottom)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)

        self.search_edit.textChanged.connect(self._refilter)
        self.category_combo.currentIndexChanged.connect(self._refilter)
        self.all_categories_button.clicked.connect(lambda: self.category_combo.setCurrentIndex(0))
        self.list_view.doubleClicked.connect(self._on_double_clicked)
        self.list_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.choose_button.clicked.connect(self._on_choose)
        self.none_button.clicked.connect(self._on_none)
        self.cancel_button.clicked.connect(self.reject)

        self._refilter()
        if self._current is not None:
            self._select_row(self.model.row_of(self._current.hexcode))
        self._size_to_grid()
        self.search_edit.setFocus()

    def _setup_view(self, view: QListView) -> None:
        metrics = view.fontMetrics()
        words = [w for p in self._library.all() for w in p.label(self._language).split()]
        widest_word = max((metrics.horizontalAdvance(w) for w in words), default=0)
        width = min(max(PICTURE_SIZE + 40, widest_word + 2 * PictogramDelegate.PADDING + 8), PICTURE_SIZE * 2 + 24)
        height = PictogramDelegate.PADDING * 2 + PICTURE_SIZE + 4 + LABEL_LINES * metrics.lineSpacing() + 4
        cell = QSize(width, height)
        view.setModel(self.model)
        view.setItemDelegate(PictogramDelegate(cell, view))
        view.setViewMode(QListView.ViewMode.IconMode)
        view.setMovement(QListView.Movement.Static)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setFlow(QListView.Flow.LeftToRight)
        view.setWrapping(True)
        view.setUniformItemSizes(True)
        view.setGridSize(cell)
        view.setIconSize(QSize(PICTURE_SIZE, PICTURE_SIZE))
        view.setWordWrap(True)
        view.setSpacing(0)
        view.setDragEnabled(False)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.verticalScrollBar().setSingleStep(cell.height() // 4)
        view.setMouseTracking(True)  # hover highlight
        view.setTabKeyNavigation(False)
        view.setAccessibleName(self.tr("Pictograms"))
        view.setAccessibleDescription(self.tr("Arrow keys move, Enter chooses."))

    def _size_to_grid(self) -> None:
        cell = self.list_view.gridSize()
        frame = 2 * self.list_view.frameWidth() + self.list_view.verticalScrollBar().sizeHint().width() + 4
        margins = self.layout().contentsMargins()
        width = cell.width() * 6 + frame + margins.left() + margins.right()
        width = max(width, self.layout().sizeHint().width())
        self.resize(width, cell.height() * 4 + 2 * self.list_view.frameWidth() + 110)

    # -- results ---------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self._language

    @property
    def chosen_hexcode(self) -> str | None:
        """The chosen pictogram's hexcode after ``accept``; None for "No pictogram" (or not accepted)."""
        return self._chosen.hexcode if self._chosen is not None else None

    @property
    def chosen_id(self) -> str | None:
        return self._chosen.id if self._chosen is not None else None

    def selected_pictogram(self) -> Pictogram | None:
        rows = self.list_view.selectionModel().selectedRows()
        return self.model.pictogram(rows[0].row()) if rows else None

    def query(self) -> str:
        return self.search_edit.text()

    def category(self) -> str:
        """The category filter: a category id, or "" for all."""
        return str(self.category_combo.currentData() or _ALL)

    def set_category(self, category_id: str) -> None:
        index = self.category_combo.findData(category_id or _ALL)
        if index >= 0:
            self.category_combo.setCurrentIndex(index)

    # -- filtering -------------------------------------------------------------------------

    def _refilter(self) -> None:
        keep = self.selected_pictogram()
        query, category = self.query(), self.category()
        pool = self._library.in_category(category) if category else self._library.all()
        found = search(pool, query, self._language)
        self.model.set_pictograms(found)
        if found:
            self.stack.setCurrentIndex(0)
            row = self.model.row_of(keep.hexcode) if keep is not None and not query.strip() else -1
            self._select_row(row if row >= 0 else 0)
            announce(self, self.tr("%n pictogram(s)", "", len(found)))
        else:
            if not query.strip():
                message = self.tr("No pictograms to show.")
            elif category:
                message = self.tr("No pictogram found for “{query}” in “{category}”.").format(
                    query=query.strip(), category=self.category_combo.currentText())
            else:
                message = self.tr("No pictogram found for “{query}”.").format(query=query.strip())
            self.empty_label.setText(message)
            self.all_categories_button.setVisible(bool(category) and bool(self._library.search(query, self._language)))
            self.stack.setCurrentIndex(1)
            announce(self, self.empty_label.text())
        self._update_buttons()

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if not index.isValid():
            return
        self.list_view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list_view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _update_buttons(self) -> None:
        self.choose_button.setEnabled(self.selected_pictogram() is not None)

    # -- choosing --------------------------------------------------------------------------

    def _on_choose(self) -> None:
        pictogram = self.selected_pictogram()
        if pictogram is not None:
            self._chosen = pictogram
            self.accept()

    def _on_none(self) -> None:
        self._chosen = None
        self.accept()

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._select_row(index.row())
            self._on_choose()

    def reject(self) -> None:
        self._chosen = None
        super().reject()

    # -- events ----------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.model.set_device_pixel_ratio(self.list_view.devicePixelRatioF())
        current = self.list_view.currentIndex()
        if current.isValid():
            self.list_view.scrollTo(current, QAbstractItemView.ScrollHint.PositionAtCenter)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Down or Page Down in the search field goes into the grid, keeping the selection.
        if (watched is self.search_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
                and self.stack.currentIndex() == 0):
            self.list_view.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.list_view.currentIndex().isValid():
                self._select_row(0)
            return True
        return super().eventFilter(watched, event)


def choose_pictogram(parent: QWidget | None, language: str, current: str | None) -> tuple[bool, str | None]:
    """Open the picker modally: ``(accepted, hexcode)``; hexcode is None for "No pictogram".

    Tests replace this function to avoid the modal loop.
    """
    dialog = PictogramPickerDialog(language, current, parent)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return accepted, dialog.chosen_hexcode if accepted else current
    finally:
        dialog.deleteLater()


class PictogramButton(QToolButton):
    """Shows the current pictogram (or "+ Pictogram") and opens the picker when clicked.

    ``accessible_name`` says what the pictogram is for ("Pictogram of the goal"); the current
    pictogram's label is added to it. A disabled button (a locked record) shows the pictogram
    greyed and cannot be clicked.

    Signals:
        changed(object): the new hexcode, or None when removed; only when the user changed it.
    """

    changed = Signal(object)

    def __init__(self, language: str, hexcode: str | None = None, parent: QWidget | None = None, *,
                 accessible_name: str | None = None, picture_size: int = 32,
                 library: PictogramLibrary | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pictogramButton")
        self._language = language
        self._library = library if library is not None else default_library()
        self._accessible_name = accessible_name
        self._hexcode: str | None = None
        self.setIconSize(QSize(picture_size, picture_size))
        self.setMinimumHeight(picture_size + 8)  # "+ Pictogram" as tall as a pictogram: rows do not jump
        self.setAutoRaise(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clicked.connect(self._on_clicked)
        self.set_hexcode(hexcode)

    @property
    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        self._language = language
        self._refresh()

    def hexcode(self) -> str | None:
        return self._hexcode

    def set_hexcode(self, hexcode: str | None) -> None:
        """Show ``hexcode`` (None: none) without emitting ``changed``."""
        self._hexcode = normalize_hexcode(hexcode) if hexcode else None
        self._refresh()

    def set_accessible_name(self, name: str | None) -> None:
        self._accessible_name = name
        self._refresh()

    def _label(self) -> str | None:
        if self._hexcode is None:
            return None
        pictogram = self._library.by_hexcode(self._hexcode)
        return pictogram.label(self._language) if pictogram is not None else self._hexcode

    def _refresh(self) -> None:
        label = self._label()
        base = self._accessible_name or self.tr("Pictogram")
        if label is None:
            self.setIcon(QIcon())
            self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.setText(self.tr("+ Pictogram"))
            self.setToolTip(self.tr("Choose a pictogram"))
            self.setAccessibleName(self.tr("{name}: no pictogram").format(name=base))
        else:
            self.setIcon(pictogram_icon(self._hexcode))
            self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            self.setText(label)
            self.setToolTip(self.tr("{label} – click to change the pictogram").format(label=label))
            self.setAccessibleName(self.tr("{name}: {label}").format(name=base, label=label))

    def _on_clicked(self) -> None:
        if not self.isEnabled():
            return
        accepted, hexcode = choose_pictogram(self, self._language, self._hexcode)
        new = normalize_hexcode(hexcode) if hexcode else None
        if accepted and new != self._hexcode:
            self.set_hexcode(new)
            self.changed.emit(new)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._refresh()
        super().changeEvent(event)
