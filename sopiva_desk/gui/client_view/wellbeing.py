""""How are things?" as a picture scale: five faces from very bad to very good.

``WellbeingScale`` is a widget of its own, so that follow-up reviews can use it too. Choose
by tapping or clicking a face, with the keys 1–5, or with the arrow keys and Enter (or
Space). The chosen face gets a thick frame, a tinted background and a tick, and the words
"You chose: …" appear under the scale, so the choice never depends on colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QPainter, QPaintEvent, QPen, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from sopiva_desk.gui.client_view import palette
from sopiva_desk.gui.client_view.texts import WELLBEING_FACES, translate, wellbeing_word
from sopiva_desk.gui.pictograms import pictogram_pixmap

_PAD = 18
_RING = 7
_TICK = "✓"
_SPACING = 20


class FaceButton(QAbstractButton):
    """One face of the scale: the pictogram with its word underneath."""

    def __init__(self, value: int, hexcode: str, word: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.hexcode = hexcode
        self.setText(word)
        self.setCheckable(True)
        self.setFont(palette.font(palette.CARD_TITLE_PT, bold=True))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(word)
        self.setAccessibleDescription(
            QCoreApplication.translate("ClientView", "Choice {number} of {count}").format(
                number=value, count=len(WELLBEING_FACES)))
        self.toggled.connect(self.update)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            event.ignore()  # the scale moves the focus, and stops at the ends
            return
        super().keyPressEvent(event)

    def natural_width(self) -> int:
        """Wide enough for the face and the word on one line."""
        metrics = QFontMetrics(self.font())
        inner = max(palette.FACE_PICTOGRAM_PX, metrics.horizontalAdvance(self.text()))
        return inner + 2 * (_PAD + _RING) + 6  # a little slack: drawText wraps a word that only just fits

    def height_for(self, width: int) -> int:
        """The height at ``width``; a long word wraps onto a second line."""
        text_width = width - 2 * (_PAD + _RING)
        text = QFontMetrics(self.font()).boundingRect(
            0, 0, max(1, text_width), 10_000, int(Qt.TextFlag.TextWordWrap), self.text()).height()
        return palette.FACE_PICTOGRAM_PX + text + int(2.5 * _PAD) + 2 * _RING

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width = self.natural_width()
        return QSize(width, self.height_for(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.size() if self.width() > 0 and self.height() > 0 else self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        face = QRectF(self.rect()).adjusted(_RING, _RING, -_RING, -_RING)
        if self.isChecked():
            border, width, fill = palette.SELECTED_BORDER, 6.0, palette.WELLBEING_CHOSEN
        else:
            border, width, fill = palette.CARD_BORDER, 2.0, palette.CARD
        half = width / 2
        painter.setPen(QPen(QColor(border), width))
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(face.adjusted(half, half, -half, -half), 22, 22)
        if self.hasFocus():
            painter.setPen(QPen(QColor(palette.FOCUS), 5.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(2.5, 2.5, -2.5, -2.5), 27, 27)
        size = palette.FACE_PICTOGRAM_PX
        left = int(face.center().x() - size / 2)
        top = int(face.top() + _PAD)
        painter.drawPixmap(left, top, pictogram_pixmap(self.hexcode, size, self.devicePixelRatioF()))
        painter.setPen(QColor(palette.TEXT))
        painter.setFont(self.font())
        text_rect = QRectF(face.left() + _PAD, top + size + _PAD / 2, face.width() - 2 * _PAD,
                           face.bottom() - top - size - _PAD / 2)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                        | Qt.TextFlag.TextWordWrap), self.text())
        if self.isChecked():
            badge = QRectF(face.right() - 54, face.top() + 10, 44, 44)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(palette.SELECTED_BORDER))
            painter.drawEllipse(badge)
            painter.setPen(QColor(palette.CARD))
            painter.setFont(palette.font(palette.BODY_PT, bold=True))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, _TICK)
        painter.end()


class WellbeingScale(QWidget):
    """Five faces, very bad (1) … very good (5).

    Signals:
        value_chosen(int): the client chose a face (1–5); emitted on every choice.
    """

    value_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None, show_choice_text: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("wellbeingScale")
        self.setAccessibleName(translate(QT_TRANSLATE_NOOP("ClientView", "How are things?")))
        self.setAccessibleDescription(
            QCoreApplication.translate("ClientView", "Press a number from 1 to 5, or use the arrow keys and Enter."))
        self._value: int | None = None
        self.buttons: list[FaceButton] = []
        row = QHBoxLayout()
        row.setSpacing(_SPACING)
        row.addStretch(1)
        for value, hexcode, word in WELLBEING_FACES:
            button = FaceButton(value, hexcode, translate(word), self)
            button.clicked.connect(lambda _checked=False, v=value: self.choose(v))
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        self._choice = QLabel(self)
        self._choice.setObjectName("wellbeingChoice")
        self._choice.setFont(palette.font(palette.CARD_TITLE_PT, bold=True))
        self._choice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._choice.setMinimumHeight(self._choice.fontMetrics().lineSpacing())
        self._choice.setVisible(show_choice_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(28)
        layout.addLayout(row)
        layout.addWidget(self._choice)
        self._show(None)

    def value(self) -> int | None:
        return self._value

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._size_faces()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._size_faces()

    def _size_faces(self) -> None:
        """Every face as wide as the widest word needs, or as the screen allows; all the same size."""
        count = len(self.buttons)
        room = (self.width() - _SPACING * (count - 1)) // count
        width = max(palette.FACE_PICTOGRAM_PX + 2 * (_PAD + _RING),
                    min(max(button.natural_width() for button in self.buttons), room))
        height = max(button.height_for(width) for button in self.buttons)
        for button in self.buttons:
            button.setFixedSize(width, height)

    def set_value(self, value: int | None) -> None:
        """Show ``value`` as chosen (None: nothing chosen) without emitting ``value_chosen``."""
        if value is not None and not 1 <= value <= len(self.buttons):
            raise ValueError(f"wellbeing must be 1–{len(self.buttons)}, not {value!r}")
        self._show(value)

    def clear(self) -> None:
        self._show(None)

    def choose(self, value: int) -> None:
        """The client's choice: show it and emit ``value_chosen``."""
        self.set_value(value)
        self.value_chosen.emit(value)

    def focus_scale(self) -> None:
        """Put the keyboard focus on the chosen face, or on the middle one."""
        index = (self._value or (len(self.buttons) + 1) // 2) - 1
        self.buttons[index].setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, value: int | None) -> None:
        self._value = value
        for button in self.buttons:
            button.setChecked(button.value == value)
        self._choice.setText(
            QCoreApplication.translate("ClientView", "You chose: {answer}").format(answer=wellbeing_word(value))
            if value is not None else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5 and key - Qt.Key.Key_1 < len(self.buttons):
            value = key - Qt.Key.Key_1 + 1
            self.buttons[value - 1].setFocus(Qt.FocusReason.OtherFocusReason)
            self.choose(value)
            return
        focused = next((i for i, b in enumerate(self.buttons) if b.hasFocus()), None)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
            start = focused if focused is not None else (self._value or 3) - 1 - step
            self.buttons[max(0, min(len(self.buttons) - 1, start + step))].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and focused is not None:
            self.choose(self.buttons[focused].value)
            return
        super().keyPressEvent(event)
