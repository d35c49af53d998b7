"""The places a card can lie on the sorting board: the tray of unsorted cards and the three columns.

Cards flow in rows in each place (``FlowLayout``). A place takes a card by drag and drop or by
a tap (once a card is picked up). The tray, when every card is sorted, is a slim strip saying so;
that strip is also where the keyboard goes after the last card is sorted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from sopiva_desk.gui.client_view import palette
from sopiva_desk.gui.client_view.board_sizes import CARD_GAP, HEADER_GAP, SCROLL_BAR, ZONE_PADDING
from sopiva_desk.gui.client_view.option_card import OptionCardWidget, option_id_from_mime
from sopiva_desk.gui.client_view.texts import COLUMN_PICTOGRAMS, column_name, translate
from sopiva_desk.gui.pictograms import pictogram_pixmap
from sopiva_desk.gui.widgets.flow_layout import FlowLayout

ALL_SORTED = QT_TRANSLATE_NOOP("ClientView", "All cards are sorted.")
SCROLL_BAR_STYLE = f"""
QScrollBar:vertical {{ width: {SCROLL_BAR}px; background: transparent; margin: 0; }}
QScrollBar::handle:vertical {{ background: {palette.TRAY_BORDER}; border-radius: 11px; min-height: 56px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: transparent; }}
"""
_DONE_STYLE = (f"QLabel {{ border: 5px solid transparent; border-radius: 14px; padding: 2px 12px; }}"
               f"QLabel:focus {{ border-color: {palette.FOCUS}; }}")


def back_to_cards_help() -> str:
    return QCoreApplication.translate("ClientView", "The arrow keys or Tab go back to the cards.")


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
            self.empty_note.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # a tap is the tray's
            self.empty_note.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the keyboard's place once all are sorted
            self.empty_note.setStyleSheet(_DONE_STYLE)
            self.empty_note.setAccessibleName(translate(ALL_SORTED))
            self.empty_note.setAccessibleDescription(back_to_cards_help())
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
        self._layout = FlowLayout(self.body, spacing=CARD_GAP)
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
        """The height of the tray with no cards: one line of words in its focus frame."""
        if self.empty_note is None:
            return 2 * ZONE_PADDING
        return self.empty_note.sizeHint().height() + 2 * ZONE_PADDING

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
