"""Three-point sorting (Talking Mats style): option cards into Good / Not sure / Not good.

Three ways to sort, all through ``SortingBoard.move``, and every move emits
``reaction_changed`` at once (the session record autosaves it):

* drag a card onto a column, or back onto the tray of unsorted cards;
* tap a card (it is selected), then tap a column or the tray;
* keyboard: Tab / Shift+Tab or the arrow keys move between cards; 1 = Good, 2 = Not sure,
  3 = Not good, 0 / Backspace / Delete = back to the tray. The focus stays on the card.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.gui.client_view import palette
from sopiva_desk.gui.client_view.content import REACTIONS, ClientViewContent
from sopiva_desk.gui.client_view.flow_layout import FlowLayout
from sopiva_desk.gui.client_view.option_card import (
    COMPACT_INNER,
    RING,
    OptionCardWidget,
    option_id_from_mime,
    text_height,
)
from sopiva_desk.gui.client_view.texts import COLUMN_PICTOGRAMS, column_name, translate
from sopiva_desk.gui.pictograms import pictogram_pixmap
from sopiva_desk.gui.widgets.feedback import announce

ZONE_PADDING = 10  # inside a column or the tray
HEADER_GAP = 6  # between a column's header and its first card
CARD_GAP = 0  # between the cards of a column (their focus-ring margins already part them)
TRAY_GAP = 8
COLUMN_GAP = 16
BOARD_SPACING = 12  # between the topic, the plain sentence, the tray and the columns
TOPIC_SIZES = (palette.TITLE_PT, 36, palette.HEADING_PT)  # a long topic gets a smaller size, never under 32 pt
TOPIC_CLEARANCE = 56  # each side of the topic: clear of the corner control
SLIVER = 0.4  # less than this much of a row of cards showing looks like a mistake
COMPACT_CARD_HEIGHT = palette.COMPACT_PICTOGRAM_PX + 2 * (RING + COMPACT_INNER)
MOST_PER_COLUMN = 3  # the board is laid out so that this many cards fit in a column unscrolled
COMPACT_TRAY_MAX_WIDTH = 620  # compact cards on the tray may be wider than a column's, to save a line
ALL_SORTED = QT_TRANSLATE_NOOP("ClientView", "All cards are sorted.")
SCROLL_BAR_STYLE = f"""
QScrollBar:vertical {{ width: 22px; background: transparent; margin: 0; }}
QScrollBar::handle:vertical {{ background: {palette.TRAY_BORDER}; border-radius: 11px; min-height: 56px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: transparent; }}
"""
_KEY_REACTIONS: dict[int, str | None] = {
    Qt.Key.Key_1: "good", Qt.Key.Key_2: "unsure", Qt.Key.Key_3: "not_good",
    Qt.Key.Key_0: None, Qt.Key.Key_Backspace: None, Qt.Key.Key_Delete: None,
}


def keyboard_help() -> str:
    return QCoreApplication.translate(
        "ClientView", "Press 1 for Good, 2 for Not sure, 3 for Not good, 0 to put the card back. "
        "The arrow keys move between cards.")


class DropZone(QFrame):
    """A column (or the tray of unsorted cards) that takes cards by drag and drop or by a tap.

    Signals:
        option_dropped(str, object): a card was dropped here (option id, this zone's reaction).
        tapped(object): the zone itself was tapped or clicked (this zone's reaction).
    """

    option_dropped = Signal(str, object)
    tapped = Signal(object)

    def __init__(self, reaction: str | None, knows: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reaction = reaction
        self._knows = knows
        self._hovered = False
        self._inviting = False
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self._accessible_name())
        self._cards: list[OptionCardWidget] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(ZONE_PADDING, ZONE_PADDING, ZONE_PADDING, ZONE_PADDING)
        outer.setSpacing(HEADER_GAP)
        self.header: QWidget | None = None
        self.empty_note: QLabel | None = None
        if reaction is not None:
            self.header = self._make_header(reaction)
            outer.addWidget(self.header)
        else:  # the tray, when every card is sorted: a slim strip that still takes a card back
            self.empty_note = QLabel(translate(ALL_SORTED), self)
            self.empty_note.setObjectName("clientViewAllSorted")
            self.empty_note.setFont(palette.font(palette.BODY_PT))
            self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.empty_note.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            outer.addWidget(self.empty_note)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("clientViewScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.viewport().setAutoFillBackground(False)
        self.scroll.verticalScrollBar().setStyleSheet(SCROLL_BAR_STYLE)
        self.body = QWidget()
        self.body.setAutoFillBackground(False)
        if reaction is None:
            self._layout: FlowLayout | QVBoxLayout = FlowLayout(self.body, spacing=TRAY_GAP)
        else:
            self._layout = QVBoxLayout(self.body)
            self._layout.setSpacing(CARD_GAP)
            self._layout.addStretch(1)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.scroll.setWidget(self.body)
        self.body.setAutoFillBackground(False)  # setWidget turned it on; the zone's tint shows through
        outer.addWidget(self.scroll, 1)
        self._show_empty_note()

    def _make_header(self, reaction: str) -> QWidget:
        header = QWidget(self)
        row = QHBoxLayout(header)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        picture = QLabel(header)
        size = palette.HEADER_PICTOGRAM_PX
        picture.setFixedSize(size, size)
        picture.setPixmap(pictogram_pixmap(COLUMN_PICTOGRAMS[reaction], size, self.devicePixelRatioF()))
        word = QLabel(column_name(reaction), header)
        word.setFont(palette.font(palette.HEADING_PT, bold=True))
        word.setObjectName(f"clientViewColumnWord_{reaction}")
        row.addStretch(1)
        row.addWidget(picture)
        row.addWidget(word)
        row.addStretch(1)
        return header

    def _accessible_name(self) -> str:
        if self.reaction is None:
            return QCoreApplication.translate("ClientView", "Cards to sort")
        return QCoreApplication.translate("ClientView", "Column: {name}").format(name=column_name(self.reaction))

    # Cards ----------------------------------------------------------------------------------
    @property
    def cards(self) -> list[OptionCardWidget]:
        return list(self._cards)

    def insert_card(self, card: OptionCardWidget, index: int | None = None) -> None:
        index = len(self._cards) if index is None else max(0, min(index, len(self._cards)))
        self._cards.insert(index, card)
        self._layout.insertWidget(index, card)
        card.show()
        self._show_empty_note()

    def remove_card(self, card: OptionCardWidget) -> None:
        if card in self._cards:
            self._cards.remove(card)
            self._layout.removeWidget(card)
            self._show_empty_note()

    def _show_empty_note(self) -> None:
        if self.empty_note is not None:
            self.empty_note.setVisible(not self._cards)
            self.scroll.setVisible(bool(self._cards))

    def header_height(self) -> int:
        return self.header.sizeHint().height() if self.header is not None else 0

    def empty_height(self) -> int:
        """The height of the tray with no cards: one line of words."""
        if self.empty_note is None:
            return 2 * ZONE_PADDING
        return self.empty_note.fontMetrics().lineSpacing() + 2 * ZONE_PADDING

    # Look -----------------------------------------------------------------------------------
    def set_inviting(self, inviting: bool) -> None:
        """Show that a tap here would place the selected card."""
        if inviting != self._inviting:
            self._inviting = inviting
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        fill, border = palette.COLUMN_COLOURS[self.reaction]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        highlighted = self._hovered or self._inviting
        width = 5.0 if highlighted else 3.0
        pen = QPen(QColor(palette.DROP_HINT if self._hovered else border), width)
        if self._inviting and not self._hovered:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(fill))
        half = width / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 20, 20)
        painter.end()

    # Drag and drop, taps -------------------------------------------------------------------
    def _wanted(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> str | None:
        option_id = option_id_from_mime(event.mimeData())
        return option_id if option_id is not None and self._knows(option_id) else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if self._wanted(event) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self._hovered = True
        self.update()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        if self._wanted(event) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt API
        self._hovered = False
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        self._hovered = False
        self.update()
        option_id = self._wanted(event)
        if option_id is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.option_dropped.emit(option_id, self.reaction)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        event.accept()  # so that the release comes here too

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.tapped.emit(self.reaction)
        event.accept()


class SortingBoard(QWidget):
    """The topic, the tray of unsorted cards and the three columns.

    Signals:
        reaction_changed(str, object): a card was moved by the client (option id; "good",
            "unsure", "not_good", or None when it went back to the tray).
    """

    reaction_changed = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientViewSorting")
        self.setAccessibleDescription(keyboard_help())
        self._cards: dict[str, OptionCardWidget] = {}
        self._order: list[str] = []  # the content's order: the tray keeps it
        self._where: dict[str, str | None] = {}
        self._selected: str | None = None
        self._has_plain = False

        self._topic = QLabel(self)
        self._topic.setObjectName("clientViewTopic")
        self._topic.setFont(palette.font(palette.TITLE_PT, bold=True))
        self._topic.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._topic.setWordWrap(True)
        self._topic.setTextFormat(Qt.TextFormat.PlainText)
        self._detail = QLabel(self)
        self._detail.setObjectName("clientViewDetail")
        self._detail.setFont(palette.font(palette.BODY_PT))
        self._detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._detail.setWordWrap(True)
        self._detail.setTextFormat(Qt.TextFormat.PlainText)
        self._detail.setFixedHeight(self._detail.fontMetrics().lineSpacing())
        self._tiles = True  # the tray shows tiles (False: compact cards, when the screen is short)

        self.tray = DropZone(None, self._knows, self)
        self.columns = {reaction: DropZone(reaction, self._knows, self) for reaction in REACTIONS}
        self._zones: dict[str | None, DropZone] = {None: self.tray, **self.columns}
        for zone in self._zones.values():
            zone.option_dropped.connect(self._on_zone_option_dropped)
            zone.tapped.connect(self._on_zone_tapped)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(BOARD_SPACING)
        topic_row = QHBoxLayout()  # (the label's own contents margins do not survive a QStackedWidget)
        topic_row.setContentsMargins(TOPIC_CLEARANCE, 0, TOPIC_CLEARANCE, 0)
        topic_row.addWidget(self._topic)
        layout.addLayout(topic_row)
        layout.addWidget(self._detail)
        layout.addWidget(self.tray)
        row = QHBoxLayout()
        row.setSpacing(COLUMN_GAP)
        for zone in self.columns.values():
            zone.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
            row.addWidget(zone, 1)
        layout.addLayout(row, 1)
        self._update_detail()

    # Public API -------------------------------------------------------------------------------
    def set_content(self, content: ClientViewContent) -> None:
        """Show ``content``; the focus and a selection stay on the same option if it is still there."""
        focused = self._focused_id()
        selected = self._selected
        self._remove_cards()
        self._topic.setText(content.topic_plain)
        self._has_plain = any(option.plain.strip() for option in content.options)
        for option in content.options:
            card = OptionCardWidget(option)
            card.clicked.connect(self._on_card_clicked)
            card.focused.connect(self._on_card_focused)
            card.installEventFilter(self)
            self._cards[option.id] = card
            self._order.append(option.id)
            self._where[option.id] = option.reaction
            self._shape(card)
            self._zones[option.reaction].insert_card(card)
            self._describe(card)
        self._fix_tab_order()
        self._select(selected if selected in self._cards else None)
        self._after_change()
        if focused in self._cards:
            self._cards[focused].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._update_detail()

    def set_reaction(self, option_id: str, reaction: str | None) -> None:
        """The counsellor moved a card on their side: move it here without emitting."""
        self.move(option_id, reaction, emit=False)

    def clear(self) -> None:
        """Wipe every client word and picture from the widgets."""
        self._remove_cards()
        self._topic.clear()
        self._has_plain = False
        self._select(None)
        self._after_change()

    def option_ids(self, reaction: str | None) -> list[str]:
        """The ids in a column (or on the tray, None), top to bottom / in reading order."""
        return [card.option_id for card in self._zones[reaction].cards]

    def reaction_of(self, option_id: str) -> str | None:
        return self._where[option_id]

    def card(self, option_id: str) -> OptionCardWidget:
        return self._cards[option_id]

    def selected_id(self) -> str | None:
        return self._selected

    def zone(self, reaction: str | None) -> DropZone:
        return self._zones[reaction]

    def first_card(self) -> OptionCardWidget | None:
        cards = self._reading_order()
        return cards[0] if cards else None

    def deselect(self) -> None:
        self._select(None)

    def move(self, option_id: str, reaction: str | None, emit: bool = True) -> bool:
        """Put a card in a column (None: back on the tray); True if it moved."""
        if reaction is not None and reaction not in REACTIONS:
            raise ValueError(f"unknown reaction {reaction!r}")
        card = self._cards.get(option_id)
        if card is None or self._where[option_id] == reaction:
            return False
        had_focus = card.hasFocus()
        self._zones[self._where[option_id]].remove_card(card)
        self._where[option_id] = reaction
        self._shape(card)
        if reaction is None:
            index = sum(1 for other in self._order[:self._order.index(option_id)] if self._where[other] is None)
            self.tray.insert_card(card, index)
        else:
            self._zones[reaction].insert_card(card)
        self._describe(card)
        self._fix_tab_order()
        self._after_change()
        if self._selected == option_id:
            self._select(None)  # a move puts down a card that was picked up
        if had_focus:
            card.setFocus(Qt.FocusReason.OtherFocusReason)
        card.ensure_visible()
        announce(card, card.accessibleName())
        if emit:
            self.reaction_changed.emit(option_id, reaction)
        return True

    # Internals --------------------------------------------------------------------------------
    def _knows(self, option_id: str) -> bool:
        return option_id in self._cards

    def _remove_cards(self) -> None:
        for zone in self._zones.values():
            for card in zone.cards:
                zone.remove_card(card)
                card.removeEventFilter(self)
                card.setParent(None)  # out of the widget tree at once, not only at deleteLater
                card.deleteLater()
        self._cards.clear()
        self._order.clear()
        self._where.clear()

    def _describe(self, card: OptionCardWidget) -> None:
        name = QCoreApplication.translate("ClientView", "Card: {title}. In column: {column}.")
        card.setAccessibleName(name.format(title=card.option.title, column=column_name(self._where[card.option_id])))
        plain = card.option.plain.strip()
        card.setAccessibleDescription(f"{plain}\n{keyboard_help()}" if plain else keyboard_help())

    def _reading_order(self) -> list[OptionCardWidget]:
        return [card for zone in self._zones.values() for card in zone.cards]

    def _fix_tab_order(self) -> None:
        cards = self._reading_order()
        for first, second in zip(cards, cards[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _after_change(self) -> None:
        self._fit()

    def _shape(self, card: OptionCardWidget) -> None:
        """A card in a column is compact; on the tray it is a tile, or compact on a short screen."""
        in_column = self._where[card.option_id] is not None
        card.set_compact(in_column or not self._tiles)
        if in_column:
            card.release_size()  # the column gives it its width, the title its height

    # Sizes ------------------------------------------------------------------------------------
    def tray_shows_tiles(self) -> bool:
        return self._tiles

    def _fit(self) -> None:
        """Size the topic, the plain sentence, the tray and the columns for the board's size.

        The topic takes the biggest of ``TOPIC_SIZES`` that puts it on one line (the smallest
        wraps). The plain sentence keeps the height of the longest one, so that moving the focus
        does not shift the board. The tray is as tall as its cards (a slim strip when it is
        empty) and the columns take the rest. The tray shows tiles if, however the client sorts
        (``MOST_PER_COLUMN`` cards in a column at most), the columns would not need to scroll;
        otherwise it shows compact cards like the columns'. Only if even that does not fit do
        the tray and the columns share the room, and scroll.
        """
        width = self.width()
        if width <= 0:
            return
        spacing = BOARD_SPACING
        above = self._fit_topic(width) + spacing
        if self._has_plain:
            above += self._fit_detail(width) + spacing
        room = self.height() - above - spacing  # the tray and the columns

        cards = [self._cards[option_id] for option_id in self._order]
        card_width = self._column_card_width(width)
        compact_heights = {card.option_id: card.compact_height(card_width) for card in cards}
        tiles_size = self._uniform_tile_size(cards)
        worst = sorted(compact_heights.values(), reverse=True)

        def worst_case(size: tuple[int, int]) -> int:
            return max(self._tray_height(len(cards) - k, size, width) + self._column_height(worst[:k])
                       for k in range(min(MOST_PER_COLUMN, len(cards)) + 1))

        tiles = not cards or worst_case(tiles_size) <= room
        if tiles != self._tiles:
            self._tiles = tiles
            for card in self.tray.cards:
                self._shape(card)
        size = tiles_size if tiles else self._compact_tray_size(self.tray.cards, card_width, width)
        for card in self.tray.cards:
            card.set_fixed_size(*size)

        tray_need = self._tray_height(len(self.tray.cards), size, width)
        columns_need = max(self._column_height([compact_heights[card.option_id] for card in zone.cards])
                           for zone in self.columns.values())
        if tray_need + columns_need <= room:
            height = tray_need
        else:  # share the room: the tray keeps a row of cards, the columns a card and a half
            one_row = self._tray_height(min(len(self.tray.cards), self._per_row(size, width)), size, width)
            columns_floor = self._column_height([]) + COMPACT_CARD_HEIGHT // 2
            height = int(room * tray_need / (tray_need + columns_need))
            height = max(one_row, min(height, room - columns_floor))
            step = size[1] + TRAY_GAP
            sliver = (height - 2 * ZONE_PADDING + TRAY_GAP) % step
            if self.tray.cards and sliver < SLIVER * size[1]:
                height = max(one_row, height - sliver)
        self.tray.setFixedHeight(height)

    def _fit_topic(self, width: int) -> int:
        text = self._topic.text()
        text_width = max(1, width - 2 * TOPIC_CLEARANCE)
        for point_size in TOPIC_SIZES:
            font = palette.font(point_size, bold=True)
            metrics = QFontMetrics(font)
            if metrics.horizontalAdvance(text) <= text_width:
                break
        if self._topic.font().pointSize() != point_size:
            self._topic.setFont(font)
        height = text_height(text, metrics, text_width)
        self._topic.setFixedHeight(height)
        return height

    def _fit_detail(self, width: int) -> int:
        metrics = self._detail.fontMetrics()
        height = max((text_height(card.option.plain, metrics, width) for card in self._cards.values()),
                     default=metrics.lineSpacing())
        self._detail.setFixedHeight(height)
        return height

    def _column_card_width(self, width: int) -> int:
        column = (width - 2 * COLUMN_GAP) // 3
        return max(1, column - 2 * ZONE_PADDING)

    def _column_height(self, card_heights: list[int]) -> int:
        """What a column needs to show cards this tall unscrolled (an empty one: room for one)."""
        header = max(zone.header_height() for zone in self.columns.values())
        cards = sum(card_heights) + CARD_GAP * max(0, len(card_heights) - 1) if card_heights else COMPACT_CARD_HEIGHT
        return 2 * ZONE_PADDING + header + HEADER_GAP + cards

    def _per_row(self, size: tuple[int, int], width: int) -> int:
        inner = width - 2 * ZONE_PADDING
        return max(1, (inner + TRAY_GAP) // (size[0] + TRAY_GAP))

    def _tray_height(self, count: int, size: tuple[int, int], width: int) -> int:
        """What the tray needs for ``count`` cards of ``size`` (none: the slim strip)."""
        if count <= 0:
            return self.tray.empty_height()
        rows = -(-count // self._per_row(size, width))
        return 2 * ZONE_PADDING + rows * size[1] + (rows - 1) * TRAY_GAP

    def _compact_tray_size(self, cards: list[OptionCardWidget], card_width: int, width: int) -> tuple[int, int]:
        """One size for compact cards on the tray: as wide as a column's, or wider while that
        saves their titles a line or a hyphen (and as many as there are, up to three, fit in a row)."""
        if not cards:
            return (card_width, COMPACT_CARD_HEIGHT)
        in_row = min(len(cards), MOST_PER_COLUMN)
        widest = min(COMPACT_TRAY_MAX_WIDTH, (width - 2 * ZONE_PADDING - (in_row - 1) * TRAY_GAP) // in_row)

        def cost(card_width: int) -> tuple[int, int]:
            return (max(card.compact_height(card_width) for card in cards),
                    sum(card.compact_hyphens(card_width) for card in cards))

        best = cost(max(card_width, widest))
        if best < cost(card_width):
            card_width = next((w for w in range(card_width, widest, 10) if cost(w) == best), widest)
        return (card_width, cost(card_width)[0])

    @staticmethod
    def _uniform_tile_size(cards: list[OptionCardWidget]) -> tuple[int, int]:
        """One tile size for every card, sorted or not, so the tray looks the same all along."""
        if not cards:
            return (0, 0)
        width = max(card.tile_width() for card in cards)
        return (width, max(card.tile_height(width) for card in cards))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    def _focused_id(self) -> str | None:
        for option_id, card in self._cards.items():
            if card.hasFocus():
                return option_id
        return None

    def _select(self, option_id: str | None) -> None:
        self._selected = option_id
        for card_id, card in self._cards.items():
            card.set_selected(card_id == option_id)
        for reaction, zone in self._zones.items():
            zone.set_inviting(option_id is not None and self._where.get(option_id, reaction) != reaction)
        self._update_detail()

    def _update_detail(self) -> None:
        shown = self._selected or self._focused_id()
        self._detail.setVisible(self._has_plain)
        self._detail.setText(self._cards[shown].option.plain if shown in self._cards else "")

    def _on_card_clicked(self, option_id: str) -> None:
        """Tap a card to pick it up, again to put it down; with one picked up, a tap on a card
        in another column counts as a tap on that column (a full column has little free space)."""
        selected = self._selected
        if selected is not None and selected != option_id and self._where[selected] != self._where[option_id]:
            self._on_zone_tapped(self._where[option_id])
            return
        self._select(None if selected == option_id else option_id)

    def _on_card_focused(self, option_id: str) -> None:
        self._update_detail()

    def _on_zone_tapped(self, reaction: str | None) -> None:
        selected = self._selected
        if selected is None:
            return
        self._select(None)
        self.move(selected, reaction)
        card = self._cards.get(selected)
        if card is not None:
            card.setFocus(Qt.FocusReason.MouseFocusReason)

    def _on_zone_option_dropped(self, option_id: str, reaction: str | None) -> None:
        if self._selected == option_id:
            self._select(None)
        self.move(option_id, reaction)
        self._cards[option_id].setFocus(Qt.FocusReason.MouseFocusReason)

    # Keyboard --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, OptionCardWidget):
            assert isinstance(event, QKeyEvent)
            return self._on_card_key(watched, event)
        return False

    def _on_card_key(self, card: OptionCardWidget, event: QKeyEvent) -> bool:
        key = event.key()
        if event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
            return False
        if key in _KEY_REACTIONS:
            self.move(card.option_id, _KEY_REACTIONS[key])
            return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            target = self._neighbour(card, key)
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            cards = self._reading_order()
            cards[0 if key == Qt.Key.Key_Home else -1].setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def _centre(self, card: OptionCardWidget) -> QPoint:
        return card.mapTo(self, card.rect().center())

    def _neighbour(self, card: OptionCardWidget, key: int) -> OptionCardWidget | None:
        """The nearest card in the arrow's direction, on screen."""
        here = self._centre(card)
        best: tuple[float, OptionCardWidget] | None = None
        for other in self._reading_order():
            if other is card:
                continue
            delta = self._centre(other) - here
            along, across = {
                Qt.Key.Key_Right: (delta.x(), delta.y()), Qt.Key.Key_Left: (-delta.x(), delta.y()),
                Qt.Key.Key_Down: (delta.y(), delta.x()), Qt.Key.Key_Up: (-delta.y(), delta.x()),
            }[Qt.Key(key)]
            if along <= 8:
                continue
            score = along + 2.5 * abs(across)
            if best is None or score < best[0]:
                best = (score, other)
        return best[1] if best else None

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt API
        cards = self._reading_order()
        current = None
        for index, card in enumerate(cards):
            if card.hasFocus():
                current = index
        if current is None:
            return super().focusNextPrevChild(next)
        next_card = cards[(current + (1 if next else -1)) % len(cards)]
        next_card.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True
