"""Three-point sorting (Talking Mats style): option cards into Good / Not sure / Not good.

Three ways to sort, all through ``SortingBoard.move``, and every move emits
``reaction_changed`` at once (the session record autosaves it):

* drag a card onto a column, or back onto the tray of unsorted cards;
* tap a card (it is selected), then tap a column or the tray;
* keyboard: Tab / Shift+Tab or the arrow keys move between cards; 1 = Good, 2 = Not sure,
  3 = Not good, 0 / Backspace / Delete = back to the tray. After 1, 2 or 3 the keyboard goes
  on to the next unsorted card (from the start again at the end; when none is left, to the
  "All cards are sorted" strip), so that pressing keys sorts the cards one after another;
  after 0 it stays on the card. A screen reader hears where the card went.

Every card has one size (``board_sizes``), in the tray and in the columns.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from sopiva_desk.gui.client_view import board_sizes, palette
from sopiva_desk.gui.client_view.board_sizes import COLUMN_GAP, Room
from sopiva_desk.gui.client_view.content import REACTIONS, ClientViewContent
from sopiva_desk.gui.client_view.option_card import (
    PICTURE_SHARE,
    SMALLER_SHARES,
    OptionCardWidget,
    narrowest_card,
    text_height,
)
from sopiva_desk.gui.client_view.texts import column_name
from sopiva_desk.gui.client_view.zones import DropZone
from sopiva_desk.gui.widgets.feedback import announce

BOARD_SPACING = 12  # between the topic, the plain sentence, the tray and the columns
TOPIC_SIZES = (palette.TITLE_PT, 36, palette.HEADING_PT)  # a long topic gets a smaller size, never under 32 pt
TOPIC_CLEARANCE = 56  # each side of the topic: clear of the corner control
SLIVER = 0.4  # less than this much of a row of cards showing looks like a mistake
_KEY_REACTIONS: dict[int, str | None] = {
    Qt.Key.Key_1: "good", Qt.Key.Key_2: "unsure", Qt.Key.Key_3: "not_good",
    Qt.Key.Key_0: None, Qt.Key.Key_Backspace: None, Qt.Key.Key_Delete: None,
}
_MOVE_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End)


def keyboard_help() -> str:
    return QCoreApplication.translate(
        "ClientView", "Press 1 for Good, 2 for Not sure, 3 for Not good, 0 to put the card back. "
        "The arrow keys move between cards.")


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
        self._card_size = (0, 0)

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

        self.tray = DropZone(None, self._knows, self)
        self.columns = {reaction: DropZone(reaction, self._knows, self) for reaction in REACTIONS}
        self._zones: dict[str | None, DropZone] = {None: self.tray, **self.columns}
        for zone in self._zones.values():
            zone.option_dropped.connect(self._on_zone_option_dropped)
            zone.tapped.connect(self._on_zone_tapped)
        self.done_note = self.tray.empty_note
        assert self.done_note is not None
        self.done_note.installEventFilter(self)

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
        done_focused = self.done_note.hasFocus()
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
            self._zones[option.reaction].insert_card(card)
            self._describe(card)
        self._fix_tab_order()
        self._select(selected if selected in self._cards else None)
        self._fit()
        if focused in self._cards:
            self._cards[focused].setFocus(Qt.FocusReason.OtherFocusReason)
        elif done_focused and self.done_note.isVisible():
            self.done_note.setFocus(Qt.FocusReason.OtherFocusReason)
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
        self._fit()

    def option_ids(self, reaction: str | None) -> list[str]:
        """The ids in a column (or on the tray, None), in reading order."""
        return [card.option_id for card in self._zones[reaction].cards]

    def reaction_of(self, option_id: str) -> str | None:
        return self._where[option_id]

    def card(self, option_id: str) -> OptionCardWidget:
        return self._cards[option_id]

    def card_size(self) -> tuple[int, int]:
        return self._card_size

    def selected_id(self) -> str | None:
        return self._selected

    def zone(self, reaction: str | None) -> DropZone:
        return self._zones[reaction]

    def first_card(self) -> OptionCardWidget | None:
        """Where the keyboard starts: the first unsorted card, or the first card."""
        cards = self.tray.cards or self._reading_order()
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
        if reaction is None:
            index = sum(1 for other in self._order[:self._order.index(option_id)] if self._where[other] is None)
            self.tray.insert_card(card, index)
        else:
            self._zones[reaction].insert_card(card)
        self._describe(card)
        self._fix_tab_order()
        self._fit()
        if self._selected == option_id:
            self._select(None)  # a move puts down a card that was picked up
        if had_focus:
            card.setFocus(Qt.FocusReason.OtherFocusReason)
        card.ensure_visible()
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

    # Sizes ------------------------------------------------------------------------------------
    def _fit(self) -> None:
        """Size the topic, the plain sentence, the cards and the tray for the board's size.

        The topic takes the biggest of ``TOPIC_SIZES`` that puts it on one line (the smallest
        wraps). The plain sentence keeps the height of the longest one, so that moving the focus
        does not shift the board. Every card gets the size ``board_sizes.card_width`` chooses;
        the tray is as tall as its cards (a slim strip when it is empty) and the columns take
        the rest. If the smallest cards do not fit, the tray and the columns share the room and scroll.
        """
        width = self.width()
        if width <= 0:
            return
        above = self._fit_topic(width) + BOARD_SPACING
        if self._has_plain:
            above += self._fit_detail(width) + BOARD_SPACING
        room = Room(width, self.height() - above - BOARD_SPACING,
                    max(zone.header_height() for zone in self.columns.values()), self.tray.empty_height())
        cards = list(self._cards.values())

        def height_at(card_width: int, share: float) -> int:
            return max((card.needed_height(card_width, share) for card in cards), default=0)

        tray = len(self.tray.cards)
        counts = [len(zone.cards) for zone in self.columns.values()]
        narrowest = max((narrowest_card(card.option.title) for card in cards), default=0)
        shares = (PICTURE_SHARE, *SMALLER_SHARES)
        chosen = board_sizes.card_width(room, tray, counts, height_at, shares, narrowest)
        card_width, share = chosen or (board_sizes.smallest_width(room, narrowest), shares[-1])
        size = (card_width, height_at(card_width, share))
        self._card_size = size
        for card in cards:
            card.set_card_size(*size, share)
        tray_need = board_sizes.tray_height(room, tray, size)
        if chosen is None and tray:  # share the room: the tray keeps a row, the columns a header and half a row
            columns_need = max(board_sizes.column_height(room, count, size) for count in counts)
            one_row = board_sizes.tray_height(room, min(tray, board_sizes.per_row(card_width, room.tray_inner)), size)
            columns_floor = board_sizes.column_height(room, 0, (card_width, 0)) + size[1] // 2
            height = int(room.height * tray_need / (tray_need + columns_need))
            height = max(one_row, min(height, room.height - columns_floor))
            step = size[1] + board_sizes.CARD_GAP
            sliver = (height - 2 * board_sizes.ZONE_PADDING + board_sizes.CARD_GAP) % step
            if sliver < SLIVER * size[1]:
                height = max(one_row, height - sliver)
            tray_need = height
        self.tray.setFixedHeight(tray_need)

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

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    # Selection and taps -----------------------------------------------------------------------
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
        if self.move(selected, reaction):
            self._tell_where(self._cards[selected])
        card = self._cards.get(selected)
        if card is not None:
            card.setFocus(Qt.FocusReason.MouseFocusReason)

    def _on_zone_option_dropped(self, option_id: str, reaction: str | None) -> None:
        if self._selected == option_id:
            self._select(None)
        if self.move(option_id, reaction):
            self._tell_where(self._cards[option_id])
        self._cards[option_id].setFocus(Qt.FocusReason.MouseFocusReason)

    # Keyboard --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if isinstance(watched, OptionCardWidget):
                return self._on_card_key(watched, event)
            if watched is self.done_note and event.key() in _MOVE_KEYS:
                cards = self._reading_order()
                if cards:
                    cards[-1 if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_End) else 0].setFocus(
                        Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def _on_card_key(self, card: OptionCardWidget, event: QKeyEvent) -> bool:
        key = event.key()
        if event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
            return False
        if key in _KEY_REACTIONS:
            reaction = _KEY_REACTIONS[key]
            if self.move(card.option_id, reaction) and reaction is not None:
                self._focus_next_unsorted(card.option_id)
            self._tell_where(card)
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

    def _focus_next_unsorted(self, option_id: str) -> None:
        """The keyboard goes on to the next unsorted card after ``option_id`` (in the content's
        order, from the start again), or to the "all sorted" strip when none is left."""
        start = self._order.index(option_id)
        after = self._order[start + 1:] + self._order[:start]
        following = next((other for other in after if self._where[other] is None), None)
        if following is not None:
            self._cards[following].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.done_note.setFocus(Qt.FocusReason.OtherFocusReason)

    def _tell_where(self, card: OptionCardWidget) -> None:
        """Have a screen reader say where the card went (the focus may be on another card by now)."""
        text = QCoreApplication.translate("ClientView", "{title}: {column}.").format(
            title=card.option.title, column=column_name(self._where[card.option_id]))
        if not self.tray.cards:
            text = f"{text} {self.done_note.text()}"
        announce(self, text)

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
        if self.done_note.hasFocus() and cards:
            cards[0 if next else -1].setFocus(Qt.FocusReason.TabFocusReason if next else
                                              Qt.FocusReason.BacktabFocusReason)
            return True
        current = None
        for index, card in enumerate(cards):
            if card.hasFocus():
                current = index
        if current is None:
            return super().focusNextPrevChild(next)
        next_card = cards[(current + (1 if next else -1)) % len(cards)]
        next_card.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True
