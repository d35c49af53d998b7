"""One option card of the client view: a big picture, and the words under it.

For a person who relies on pictures the picture leads: it fills the top of the card (``PICTURE_SHARE``
of the card's width, square), the words are centred below it. Every card on the board has the
same size (the sorting board chooses it, see ``SortingBoard``), in the tray of unsorted cards and
in the columns alike, as cards on a real mat would.

The words wrap only at spaces; a word is never broken or hyphenated. A word too long for the
card at the full size ("Päivätoimintakeskus") makes that card's words smaller until it fits
whole (``fit_title``). A card without a pictogram shows a neutral placeholder picture in the
same place: a soft frame with the first letter of the words (``docs/pictograms.md`` says why).

A card can be dragged (a ``QDrag`` whose mime data carries only the option id, in a private
type no other program reads), tapped to select it, and focused with the keyboard (a thick
ring). The sorting board decides what a tap or a key does; the card only reports them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QByteArray, QMimeData, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QSizePolicy, QWidget

from sopiva_desk.gui.client_view import palette
from sopiva_desk.gui.client_view.content import OptionCard
from sopiva_desk.gui.pictograms import pictogram_pixmap

MIME_TYPE = "application/x-sopiva-client-view-option"

RING = 6  # room for the focus ring around the card's face
INNER = 8  # inside the face, around the picture and the words
GAP = 6  # between the picture and the words
PICTURE_SHARE = 0.6  # the picture's side, of the card's width ...
SMALLER_SHARES = (0.5, 0.45)  # ... or less, on a crowded board, before a column would have to scroll
MAX_LINES = 3  # the words take at most this many lines while they can stay big enough
READABLE_PT = 10  # the board makes cards wide enough for every word at this size at least
MIN_TITLE_PT = 6  # below that only if a card cannot be made wider (a word longer than a column)
_WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter)


def option_id_from_mime(mime: QMimeData | None) -> str | None:
    """The option id a drag carries, or None when it is not one of our cards."""
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return None
    try:
        return bytes(mime.data(MIME_TYPE).data()).decode("utf-8") or None
    except UnicodeDecodeError:
        return None


# The words -------------------------------------------------------------------------------------

def title_font(point_size: int) -> QFont:
    return palette.font(point_size, bold=True)


def text_height(text: str, metrics: QFontMetrics, width: int) -> int:
    """The height Qt needs to show ``text`` wrapped at spaces within ``width``."""
    return max(metrics.lineSpacing(), metrics.boundingRect(0, 0, max(1, width), 100_000, _WRAP, text).height())


def line_count(text: str, metrics: QFontMetrics, width: int) -> int:
    return max(1, round(text_height(text, metrics, width) / metrics.lineSpacing()))


def longest_word_width(text: str, metrics: QFontMetrics) -> int:
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0)


@lru_cache(maxsize=4096)
def fit_title(title: str, width: int, largest: int = palette.CARD_TITLE_PT) -> tuple[int, int]:
    """(point size, height) of ``title`` in a text area ``width`` wide.

    The biggest size, up to ``largest``, at which every word fits whole and the title takes at
    most ``MAX_LINES`` lines; if no size keeps it to that many lines, the biggest at which every
    word still fits whole. Words wrap at spaces only, so nothing is ever cut or hyphenated.
    """
    room = max(1, width - 2)  # Qt's own layout of a line may round a pixel or two the other way

    def words_fit(size: int) -> bool:
        return longest_word_width(title, QFontMetrics(title_font(size))) <= room

    def fits(size: int) -> bool:
        return words_fit(size) and line_count(title, QFontMetrics(title_font(size)), room) <= MAX_LINES

    size = _largest(fits, largest) or _largest(words_fit, largest) or MIN_TITLE_PT
    return size, text_height(title, QFontMetrics(title_font(size)), room)


def _largest(ok: Callable[[int], bool], largest: int) -> int | None:
    """The biggest size in MIN_TITLE_PT..``largest`` for which ``ok`` holds (it holds for all
    sizes below one that passes), or None."""
    low, high, found = MIN_TITLE_PT, largest, None
    while low <= high:
        middle = (low + high) // 2
        if ok(middle):
            found, low = middle, middle + 1
        else:
            high = middle - 1
    return found


def picture_side(card_width: int, share: float = PICTURE_SHARE) -> int:
    return round(share * card_width)


def text_width(card_width: int) -> int:
    return card_width - 2 * (RING + INNER)


def narrowest_card(title: str) -> int:
    """The card width at which every word of ``title`` still fits at ``READABLE_PT``."""
    return longest_word_width(title, QFontMetrics(title_font(READABLE_PT))) + 2 * (RING + INNER) + 2


def card_height(title: str, card_width: int, share: float = PICTURE_SHARE) -> int:
    """How tall a card ``card_width`` wide must be to show its picture and ``title`` whole."""
    return 2 * (RING + INNER) + picture_side(card_width, share) + GAP + fit_title(title, text_width(card_width))[1]


# The placeholder picture ----------------------------------------------------------------------

def placeholder_letter(title: str) -> str:
    """The first letter (or digit) of the words, upper case; "" when there is none."""
    return next((char.upper() for char in title if char.isalnum()), "")


def paint_placeholder(painter: QPainter, rect: QRectF, letter: str) -> None:
    """A soft rounded frame with the first letter: clearly a card's picture place, and neutral
    (no question mark, no crossed-out picture, which could be read as "not sure" or "no")."""
    inset = max(2.0, rect.width() * 0.04)
    frame = rect.adjusted(inset, inset, -inset, -inset)
    radius = frame.width() * 0.16
    pen = QPen(QColor(palette.PLACEHOLDER_BORDER), max(2.0, rect.width() * 0.025))
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(QColor(palette.PLACEHOLDER))
    painter.drawRoundedRect(frame, radius, radius)
    if letter:
        font = palette.font(10, bold=True)
        font.setPixelSize(max(8, round(frame.height() * 0.5)))
        painter.setFont(font)
        painter.setPen(QColor(palette.PLACEHOLDER_LETTER))
        painter.drawText(frame, int(Qt.AlignmentFlag.AlignCenter), letter)


# The card -------------------------------------------------------------------------------------

class OptionCardWidget(QWidget):
    """A sortable option, sized by the board with ``set_card_size``.

    Signals:
        clicked(str): the card was tapped or clicked (not dragged); carries the option id.
        focused(str): the card got the keyboard focus.
    """

    clicked = Signal(str)
    focused = Signal(str)

    def __init__(self, option: OptionCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.option = option
        self.setObjectName("clientViewCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._selected = False
        self._press_pos: QPoint | None = None
        self._dragging = False
        self._share = PICTURE_SHARE
        self._title = QLabel(option.title, self)
        self._title.setObjectName("clientViewCardWords")
        self._title.setWordWrap(True)
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._title.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._title.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.set_card_size(240, self.needed_height(240))

    @property
    def option_id(self) -> str:
        return self.option.id

    @property
    def title_label(self) -> QLabel:
        return self._title

    def has_pictogram(self) -> bool:
        return bool(self.option.pictogram)

    def mime_data(self) -> QMimeData:
        """What a drag of this card carries: the option id only."""
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(self.option.id.encode("utf-8")))
        return mime

    # Size -----------------------------------------------------------------------------------
    def needed_height(self, width: int, share: float = PICTURE_SHARE) -> int:
        return card_height(self.option.title, width, share)

    def set_card_size(self, width: int, height: int, share: float = PICTURE_SHARE) -> None:
        """The board gives every card one size (and the picture's share of it): the picture and
        the words follow it."""
        self._share = share
        if self.size().toTuple() != (width, height) or self.minimumSize() != self.maximumSize():
            self.setFixedSize(width, height)
        self._place()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.size()  # the board's size for every card (the flow layout reads it)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.size()

    def picture_rect(self) -> QRect:
        side = picture_side(self.width(), self._share)
        return QRect((self.width() - side) // 2, RING + INNER, side, side)

    def _place(self) -> None:
        width = text_width(self.width())
        size, _height = fit_title(self.option.title, width)
        if self._title.font().pointSize() != size:
            self._title.setFont(title_font(size))
        top = self.picture_rect().bottom() + 1 + GAP
        self._title.setGeometry(RING + INNER, top, max(1, width), max(1, self.height() - top - RING - INNER))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._place()

    # Look -----------------------------------------------------------------------------------
    def is_selected(self) -> bool:
        return self._selected

    def set_selected(self, selected: bool) -> None:
        if selected != self._selected:
            self._selected = selected
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        face = QRectF(self.rect()).adjusted(RING, RING, -RING, -RING)
        if self._selected:
            border, width, fill = palette.SELECTED_BORDER, 5.0, palette.SELECTED
        else:
            border, width, fill = palette.CARD_BORDER, 2.0, palette.CARD
        half = width / 2
        painter.setPen(QPen(QColor(border), width))
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(face.adjusted(half, half, -half, -half), 16, 16)
        picture = self.picture_rect()
        if self.has_pictogram():
            painter.drawPixmap(picture.topLeft(),
                               pictogram_pixmap(self.option.pictogram, picture.width(), self.devicePixelRatioF()))
        else:
            paint_placeholder(painter, QRectF(picture), placeholder_letter(self.option.title))
        if self.hasFocus():
            painter.setPen(QPen(QColor(palette.FOCUS), 5.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(2.5, 2.5, -2.5, -2.5), 20, 20)
        painter.end()

    # Input ----------------------------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        self.update()
        self.ensure_visible()
        self.focused.emit(self.option.id)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.update()

    def ensure_visible(self) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(self, 8, 8)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_pos = event.position().toPoint()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._press_pos is None or not (event.buttons() & Qt.MouseButton.LeftButton):
            return
        if (event.position().toPoint() - self._press_pos).manhattanLength() >= QApplication.startDragDistance():
            self._start_drag(self._press_pos)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self._press_pos is not None and not self._dragging:
            self._press_pos = None
            self.clicked.emit(self.option.id)
        event.accept()

    def _start_drag(self, hot_spot: QPoint) -> None:
        self._press_pos = None
        self._dragging = True
        drag = QDrag(self)
        drag.setMimeData(self.mime_data())
        drag.setPixmap(self.grab())
        drag.setHotSpot(hot_spot)
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        try:
            drag.exec(Qt.DropAction.MoveAction)
        finally:
            self._dragging = False
            self.setCursor(Qt.CursorShape.OpenHandCursor)
