"""One option card of the client view: a pictogram and a short title, big enough to point at.

A card is a *tile* (pictogram above the title) or *compact* (pictogram beside the title). In a
column it is always compact; on the tray it is a tile when the screen has room for them, compact
otherwise (the sorting board decides, see ``SortingBoard``). It can be dragged (a ``QDrag``
whose mime data carries only the option id, in a private type no other program reads), tapped
to select it, and focused with the keyboard (a thick ring). The sorting board decides what a
tap or a key does; the card only reports them.

Titles wrap at spaces. A word is hyphenated (a soft hyphen, at a Finnish syllable start) only
when it is wider than the line, or when that saves a line a card does not have room for; see
``fit_text``.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QPoint, QRect, QRectF, QSize, Qt, Signal
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
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QSizePolicy, QWidget

from sopiva_desk.gui.client_view import palette
from sopiva_desk.gui.client_view.content import OptionCard
from sopiva_desk.gui.pictograms import pictogram_pixmap

MIME_TYPE = "application/x-sopiva-client-view-option"
SOFT_HYPHEN = "\u00ad"

RING = 7  # room for the focus ring around the card face
INNER = 14  # padding inside the face of a tile
TILE_GAP = 8  # between the pictogram and the title of a tile
COMPACT_INNER = 4  # above and below the pictogram or the title of a compact card
COMPACT_SIDE = 12  # left and right inside a compact card, and between its pictogram and title
TILE_MIN_WIDTH = 260
TILE_MAX_WIDTH = 400
HINT_WIDTH = 400  # the width a compact card asks for; its layout gives it another
MAX_LINES = 2  # a title should take no more; a word is hyphenated sooner than a third line
EAGER_LETTERS = 6  # ... but only a word at least this long
_QWIDGETSIZE_MAX = 16777215
_VOWELS = set("aeiouyäöåAEIOUYÄÖÅ")
_WRAP = int(Qt.TextFlag.TextWordWrap)


def option_id_from_mime(mime: QMimeData | None) -> str | None:
    """The option id a drag carries, or None when it is not one of our cards."""
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return None
    try:
        return bytes(mime.data(MIME_TYPE).data()).decode("utf-8") or None
    except UnicodeDecodeError:
        return None


# Line breaking ---------------------------------------------------------------------------------

def _syllable_cuts(atom: str) -> list[int]:
    """Where ``atom`` may be hyphenated: before a consonant that a vowel follows ("verk-ko-pan-kis-sa"),
    keeping at least two letters on each side. Longest first piece first, but a last piece of only
    two letters ("Päivätoimin-ta") comes last."""
    cuts = [i for i in range(len(atom) - 2, 1, -1)
            if atom[i].isalpha() and atom[i] not in _VOWELS and atom[i + 1] in _VOWELS and atom[i - 1].isalpha()]
    return sorted(cuts, key=lambda i: len(atom) - i < 3)


def _atoms(word: str) -> list[str]:
    """A word in the pieces a line may end after without a hyphen: "E-laskut" → "E-", "laskut"."""
    atoms: list[str] = []
    start = 0
    for i, char in enumerate(word):
        if char == "-" and 0 < i < len(word) - 1 and word[i + 1].isalpha():
            atoms.append(word[start:i + 1])
            start = i + 1
    atoms.append(word[start:])
    return atoms


def _plan(text: str, metrics: QFontMetrics, width: int, eager: bool) -> tuple[int, list[list[int]]]:
    """Break ``text`` into lines greedily, as Qt will; (line count, the hyphenation cuts of each word).

    A word moves to the next line whole unless it is wider than a line; then its first syllables
    fill the line it starts on. ``eager`` hyphenates any word of ``EAGER_LETTERS`` or more that
    way, to save lines.
    """
    def fits(line: str) -> bool:
        return metrics.horizontalAdvance(line) <= width

    words = text.split(" ")
    cuts: list[list[int]] = [[] for _ in words]
    lines = 0
    line = ""
    for index, word in enumerate(words):
        offset = 0
        atoms = _atoms(word)
        while atoms:
            atom = atoms[0]
            joiner = " " if line and offset == 0 else ""
            if fits(line + joiner + atom) or (not line and len(atom) <= 1):  # (a letter wider than a line: as it is)
                line += joiner + atom
                offset += len(atom)
                atoms.pop(0)
                continue
            if line and (not fits(atom) or (eager and sum(c.isalpha() for c in atom) >= EAGER_LETTERS)):
                cut = next((i for i in _syllable_cuts(atom) if fits(line + joiner + atom[:i] + "-")), 0)
                if cut:  # the first syllables fill this line
                    cuts[index].append(offset + cut)
                    atoms[0] = atom[cut:]
                    offset += cut
                    lines, line = lines + 1, ""
                    continue
            if line:  # to the next line, whole
                lines, line = lines + 1, ""
                continue
            # A word wider than an empty line: as many letters as fit, at a syllable if one is near.
            most = max((i for i in range(1, len(atom)) if fits(atom[:i] + "-")), default=1)
            cut = next((i for i in _syllable_cuts(atom) if most // 2 <= i <= most), most)
            cuts[index].append(offset + cut)
            atoms[0] = atom[cut:]
            offset += cut
            lines += 1
    return lines + (1 if line else 0), cuts


def fit_text(text: str, metrics: QFontMetrics, width: int, max_lines: int = MAX_LINES) -> str:
    """``text`` with soft hyphens where it should break inside a word, so that nothing is cut off.

    Words wrap whole where they can; a word wider than ``width`` is hyphenated, and so is a long
    word at a line's end when that keeps the text within ``max_lines``.
    """
    if width <= 0 or not text:
        return text
    width = max(1, width - 2)  # Qt's own layout of the line may round a pixel or two the other way
    lines, cuts = _plan(text, metrics, width, eager=False)
    if lines > max_lines:
        eager_lines, eager_cuts = _plan(text, metrics, width, eager=True)
        if eager_lines < lines:
            cuts = eager_cuts
    words = text.split(" ")
    return " ".join(SOFT_HYPHEN.join(word[a:b] for a, b in zip([0, *at], [*at, len(word)], strict=True))
                    for word, at in zip(words, cuts, strict=True))


def text_height(text: str, metrics: QFontMetrics, width: int) -> int:
    """The height Qt needs to show ``text`` (already fitted) wrapped at ``width``."""
    return max(metrics.lineSpacing(), metrics.boundingRect(0, 0, max(1, width), 100_000, _WRAP, text).height())


def line_count(text: str, metrics: QFontMetrics, width: int) -> int:
    return max(1, round(text_height(text, metrics, width) / metrics.lineSpacing()))


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
        self._fixed = False
        self._press_pos: QPoint | None = None
        self._dragging = False

        self._picture = QLabel(self)
        self._picture.setAlignment(Qt.AlignmentFlag.AlignCenter)  # decorative: the card's name says it
        self._title = QLabel(self)
        self._title.setFont(palette.font(palette.CARD_TITLE_PT, bold=True))
        self._title.setWordWrap(True)
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._metrics = QFontMetrics(self._title.font())
        self._fitted: dict[int, str] = {}  # text width → the title with its soft hyphens
        self._tile_width: int | None = None
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

    # Look and size ------------------------------------------------------------------------
    def is_compact(self) -> bool:
        return bool(self._compact)

    def set_compact(self, compact: bool) -> None:
        """Compact (pictogram beside the title) or a tile (pictogram above it).

        A tile takes its own size (``tile_width`` × ``tile_height``) until ``set_fixed_size``
        gives it another; a compact card follows its layout, as tall as its title needs
        (``compact_height``), until ``set_fixed_size``.
        """
        if compact == self._compact:
            return
        self._compact = compact
        size = palette.COMPACT_PICTOGRAM_PX if compact else palette.TILE_PICTOGRAM_PX
        self._picture.setFixedSize(size, size)
        self._picture.setPixmap(pictogram_pixmap(self.option.pictogram, size, self.devicePixelRatioF()))
        if compact:
            self._title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.release_size()
        else:
            self._title.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            width = self.tile_width()
            self.set_fixed_size(width, self.tile_height(width))
        self._place()

    def set_fixed_size(self, width: int, height: int) -> None:
        """The tray gives its cards one size, so that the rows look even."""
        if self._fixed and self.minimumSize() == self.maximumSize() == QSize(width, height):
            return
        self._fixed = True
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(width, height)
        self.updateGeometry()
        self._place()

    def release_size(self) -> None:
        """Let the layout decide the width; the height follows the title (compact cards in a column)."""
        if not self._fixed and self._compact:
            return
        self._fixed = False
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(0, 0)
        self.setMaximumSize(_QWIDGETSIZE_MAX, _QWIDGETSIZE_MAX)
        self.updateGeometry()

    def tile_width(self) -> int:
        """The narrowest tile width (within bounds) at which every word of the title fits whole
        and it takes at most two lines; the widest tile when there is none."""
        if self._tile_width is None:
            longest = longest_word_width(self.option.title, self._metrics)
            self._tile_width = next((width for width in range(TILE_MIN_WIDTH, TILE_MAX_WIDTH, 10)
                                     if longest <= self._tile_text_width(width)
                                     and self._lines(self._tile_text_width(width)) <= MAX_LINES), TILE_MAX_WIDTH)
        return self._tile_width

    def tile_height(self, width: int) -> int:
        return (2 * (RING + INNER) + palette.TILE_PICTOGRAM_PX + TILE_GAP
                + self._text_height(self._tile_text_width(width)))

    def compact_height(self, width: int) -> int:
        """The height of a compact card ``width`` wide: its pictogram, or its title's lines."""
        text = self._text_height(self._compact_text_width(width))
        return 2 * (RING + COMPACT_INNER) + max(palette.COMPACT_PICTOGRAM_PX, text)

    def compact_lines(self, width: int) -> int:
        return self._lines(self._compact_text_width(width))

    def compact_hyphens(self, width: int) -> int:
        """How many words the title breaks in a compact card ``width`` wide."""
        return self._fit(self._compact_text_width(width)).count(SOFT_HYPHEN)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return bool(self._compact) and not self._fixed

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self.compact_height(width) if self._compact else self.tile_height(width)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        # Not the current width: a layout caches hints, and heightForWidth gives the real height.
        return self.size() if self._fixed else QSize(HINT_WIDTH, self.heightForWidth(HINT_WIDTH))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.size() if self._fixed else QSize(0, 2 * (RING + COMPACT_INNER) + palette.COMPACT_PICTOGRAM_PX)

    def _tile_text_width(self, card_width: int) -> int:
        return card_width - 2 * (RING + INNER)

    def _compact_text_width(self, card_width: int) -> int:
        return card_width - 2 * RING - 3 * COMPACT_SIDE - palette.COMPACT_PICTOGRAM_PX

    def _fit(self, text_width: int) -> str:
        fitted = self._fitted.get(text_width)
        if fitted is None:
            if len(self._fitted) > 64:  # a window being resized by hand
                self._fitted.clear()
            fitted = self._fitted[text_width] = fit_text(self.option.title, self._metrics, text_width)
        return fitted

    def _text_height(self, text_width: int) -> int:
        return text_height(self._fit(text_width), self._metrics, text_width)

    def _lines(self, text_width: int) -> int:
        return line_count(self._fit(text_width), self._metrics, text_width)

    def _place(self) -> None:
        """Put the pictogram and the title where the look wants them."""
        width, height = self.width(), self.height()
        side = palette.COMPACT_PICTOGRAM_PX if self._compact else palette.TILE_PICTOGRAM_PX
        if self._compact:
            left = RING + COMPACT_SIDE
            self._picture.move(left, (height - side) // 2)
            text_left = left + side + COMPACT_SIDE
            text_width = self._compact_text_width(width)
            text_top = RING + COMPACT_INNER
            text = QRect(text_left, text_top, max(1, text_width), max(1, height - 2 * text_top))
        else:
            self._picture.move((width - side) // 2, RING + INNER)
            text_width = self._tile_text_width(width)
            top = RING + INNER + side + TILE_GAP
            text = QRect(RING + INNER, top, max(1, text_width), max(1, height - top - RING - INNER))
        fitted = self._fit(max(1, text_width))
        if fitted != self._title.text():
            self._title.setText(fitted)
        self._title.setGeometry(text)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._place()

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
