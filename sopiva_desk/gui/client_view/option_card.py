"""One option card of the client view: a pictogram and a short title, big enough to point at.

A card is a *tile* (pictogram above the title) while it waits to be sorted and *compact*
(pictogram beside the title) in a column. It can be dragged (a ``QDrag`` whose mime data
carries only the option id, in a private type no other program reads), tapped to select
it, and focused with the keyboard (a thick ring). The sorting board decides what a tap or
a key does; the card only reports them.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QFocusEvent,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QScrollArea, QSizePolicy, QWidget

from sopiva_desk.gui.client_view import palette
from sopiva_desk.gui.client_view.content import OptionCard
from sopiva_desk.gui.pictograms import pictogram_pixmap

MIME_TYPE = "application/x-sopiva-client-view-option"
SOFT_HYPHEN = "\u00ad"

RING = 7  # room for the focus ring around the card face
INNER = 14  # padding inside the card face
COMPACT_INNER = 8  # above and below the pictogram of a compact card
TILE_GAP = 8  # between the pictogram and the title of a tile
TILE_MIN_WIDTH = 260
TILE_MAX_WIDTH = 400
_QWIDGETSIZE_MAX = 16777215
_VOWELS = set("aeiouyäöåAEIOUYÄÖÅ")


def option_id_from_mime(mime: QMimeData | None) -> str | None:
    """The option id a drag carries, or None when it is not one of our cards."""
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return None
    try:
        return bytes(mime.data(MIME_TYPE).data()).decode("utf-8") or None
    except UnicodeDecodeError:
        return None


def _break_word(word: str, metrics: QFontMetrics, width: int) -> str:
    """Soft hyphens into a word too wide for ``width``, at a Finnish syllable start if one is near."""
    hyphen = metrics.horizontalAdvance("-")
    pieces: list[str] = []
    rest = word
    while len(rest) > 1 and metrics.horizontalAdvance(rest) > width:
        cut = 1
        while cut + 1 < len(rest) and metrics.horizontalAdvance(rest[:cut + 1]) + hyphen <= width:
            cut += 1
        # A syllable starts at a consonant followed by a vowel ("asu-mis-pal-ve-lu"); keep ≥ 2 letters.
        for i in range(cut, max(2, cut // 2) - 1, -1):
            if i + 1 < len(rest) and rest[i].isalpha() and rest[i] not in _VOWELS and rest[i + 1] in _VOWELS:
                cut = i
                break
        pieces.append(rest[:cut])
        rest = rest[cut:]
    pieces.append(rest)
    return SOFT_HYPHEN.join(pieces)


def fit_text(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` with soft hyphens in any word wider than ``width``, so that nothing is cut off."""
    if width <= 0:
        return text
    return " ".join(word if metrics.horizontalAdvance(word) <= width else _break_word(word, metrics, width)
                    for word in text.split(" "))


def longest_word_width(text: str, metrics: QFontMetrics) -> int:
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0)


class OptionCardWidget(QWidget):
    """A sortable option.

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
        self._selected = False
        self._compact: bool | None = None
        self._press_pos: QPoint | None = None
        self._dragging = False

        self._picture = QLabel(self)
        self._picture.setAlignment(Qt.AlignmentFlag.AlignCenter)  # decorative: the card's name says it
        self._title = QLabel(self)
        self._title.setFont(palette.font(palette.CARD_TITLE_PT, bold=True))
        self._title.setWordWrap(True)
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._metrics = QFontMetrics(self._title.font())
        self._layout = QGridLayout(self)
        self.set_compact(False)

    @property
    def option_id(self) -> str:
        return self.option.id

    @property
    def title_label(self) -> QLabel:
        return self._title

    def mime_data(self) -> QMimeData:
        """What a drag of this card carries: the option id only."""
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(self.option.id.encode("utf-8")))
        return mime

    # Look ---------------------------------------------------------------------------------
    def is_compact(self) -> bool:
        return bool(self._compact)

    def set_compact(self, compact: bool) -> None:
        """Compact (in a column: pictogram beside the title) or a tile (pictogram above it)."""
        if compact == self._compact:
            return
        self._compact = compact
        self._layout.removeWidget(self._picture)
        self._layout.removeWidget(self._title)
        size = palette.COMPACT_PICTOGRAM_PX if compact else palette.TILE_PICTOGRAM_PX
        self._picture.setFixedSize(size, size)
        self._picture.setPixmap(pictogram_pixmap(self.option.pictogram, size, self.devicePixelRatioF()))
        self._layout.setSpacing(INNER if compact else TILE_GAP)
        vertical = RING + (COMPACT_INNER if compact else INNER)
        self._layout.setContentsMargins(RING + INNER, vertical, RING + INNER, vertical)
        if compact:
            self._layout.addWidget(self._picture, 0, 0, Qt.AlignmentFlag.AlignVCenter)
            self._layout.addWidget(self._title, 0, 1)
            self._layout.setColumnStretch(1, 1)
            self._title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.setMinimumSize(0, 0)
            self.setMaximumSize(_QWIDGETSIZE_MAX, _QWIDGETSIZE_MAX)
            self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        else:
            self._layout.setColumnStretch(1, 0)
            self._layout.addWidget(self._picture, 0, 0, Qt.AlignmentFlag.AlignHCenter)
            self._layout.addWidget(self._title, 1, 0)
            self._title.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            width = self.tile_width()
            self.set_tile_size(width, self.tile_height(width))
        self._refit()
        self.updateGeometry()

    def tile_width(self) -> int:
        """The narrowest tile width (within bounds) at which the title takes at most two lines."""
        for width in range(TILE_MIN_WIDTH, TILE_MAX_WIDTH, 10):
            text_width = self._text_width(width)
            if longest_word_width(self.option.title, self._metrics) <= text_width and self._lines(width) <= 2:
                return width
        return TILE_MAX_WIDTH

    def _lines(self, width: int) -> int:
        text_width = self._text_width(width)
        text = fit_text(self.option.title, self._metrics, text_width)
        height = self._metrics.boundingRect(0, 0, text_width, 10_000, int(Qt.TextFlag.TextWordWrap), text).height()
        return max(1, round(height / self._metrics.lineSpacing()))

    def tile_height(self, width: int) -> int:
        text_width = self._text_width(width)
        fitted = fit_text(self.option.title, self._metrics, text_width)
        if fitted != self._title.text():
            self._title.setText(fitted)
        text = max(self._title.heightForWidth(text_width), self._lines(width) * self._metrics.lineSpacing())
        return 2 * (RING + INNER) + palette.TILE_PICTOGRAM_PX + TILE_GAP + text

    def set_tile_size(self, width: int, height: int) -> None:
        """Tiles on the tray share one size, so that the rows look even."""
        if not self._compact:
            self.setFixedSize(width, height)
            self._refit()

    def _text_width(self, card_width: int) -> int:
        width = card_width - 2 * (RING + INNER)
        if self._compact:
            width -= palette.COMPACT_PICTOGRAM_PX + INNER
        return width

    def _refit(self) -> None:
        text = fit_text(self.option.title, self._metrics, self._text_width(self.width()))
        if text != self._title.text():
            self._title.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._refit()

    def is_selected(self) -> bool:
        return self._selected

    def set_selected(self, selected: bool) -> None:
        if selected != self._selected:
            self._selected = selected
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        face = QRectF(self.rect()).adjusted(RING, RING, -RING, -RING)
        if self._selected:
            border, width, fill = palette.SELECTED_BORDER, 5.0, palette.SELECTED
        else:
            border, width, fill = palette.CARD_BORDER, 2.0, palette.CARD
        half = width / 2
        painter.setPen(QPen(QColor(border), width))
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(face.adjusted(half, half, -half, -half), 16, 16)
        if self.hasFocus():
            painter.setPen(QPen(QColor(palette.FOCUS), 5.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(2.5, 2.5, -2.5, -2.5), 21, 21)
        painter.end()

    # Input --------------------------------------------------------------------------------
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
