"""The section navigator: each section of an assessment or a plan with its state.

A state ("done", "started", "empty" or "invalid") is shown three ways at once, so it never
depends on colour alone: a mark before the title, a colour, and words in the tool tip and the
accessible description. ``legend_text()`` explains the marks under the list.

``NavigatorDelegate`` draws a row as picture, mark and title, the title wrapped at word
boundaries in the column after the mark (a word longer than the column, which a long Finnish
compound can be, is broken rather than cut), and makes the row as tall as its lines: the
navigator is narrow, and the "what is missing" panel takes height from it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPixmap, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from sopiva_desk.gui.pictograms import pictogram_pixmap
from sopiva_desk.gui.widgets.autosave import ERROR_COLOR
from sopiva_desk.gui.widgets.template_fields import HINT_COLOR

CONTEXT = "AssessmentPage"  # the strings were translated with the page; they keep its context
STATE_MARKS = {"done": "✓", "started": "◐", "empty": "○", "invalid": "⚠"}
STATE_COLORS = {"done": "#1b5e20", "started": "#7a4a00", "empty": HINT_COLOR, "invalid": ERROR_COLOR}
_STATE_TEXTS = {
    "done": QT_TRANSLATE_NOOP("AssessmentPage", "Done: every answer the section needs is given"),
    "started": QT_TRANSLATE_NOOP("AssessmentPage", "Started: answers the section needs are missing"),
    "empty": QT_TRANSLATE_NOOP("AssessmentPage", "Not started"),
    "invalid": QT_TRANSLATE_NOOP("AssessmentPage", "Check: an answer was not accepted"),
}
_LEGEND_NAMES = (
    ("done", QT_TRANSLATE_NOOP("AssessmentPage", "done")),
    ("started", QT_TRANSLATE_NOOP("AssessmentPage", "started")),
    ("empty", QT_TRANSLATE_NOOP("AssessmentPage", "not started")),
    ("invalid", QT_TRANSLATE_NOOP("AssessmentPage", "check")),
)
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2


def state_text(state: str) -> str:
    """A section state in words, e.g. for the tool tip."""
    return QCoreApplication.translate(CONTEXT, _STATE_TEXTS[state])


NAVIGATOR_ICON_PX = 22


def legend_text() -> str:
    """Every mark with its short name, for the line under the navigator.

    No-break spaces keep each mark with its words, so a narrow column wraps between entries only.
    """
    nbsp = "\u00a0"
    return "   ".join(f"{STATE_MARKS[state]}{nbsp}{QCoreApplication.translate(CONTEXT, name).replace(' ', nbsp)}"
                       for state, name in _LEGEND_NAMES)


class SectionNavigatorModel(QAbstractListModel):
    """The sections of the open assessment, each with its state as a mark, a colour and words."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._titles: list[str] = []
        self._states: list[str] = []
        self._icons: list[QPixmap] = []

    def set_sections(self, titles: list[str], states: list[str],
                     pictograms: list[str | None] | None = None) -> None:
        """``pictograms`` are the sections' OpenMoji code points (None where a section has none)."""
        self.beginResetModel()
        self._titles, self._states = list(titles), list(states)
        codes = list(pictograms) if pictograms is not None else []
        # Drawn once here: the view asks for decorations hundreds of times while laying out.
        # Every row gets a picture of the same size (blank where none) so the titles line up.
        self._icons = ([pictogram_pixmap(code, NAVIGATOR_ICON_PX) for code in codes]
                       if any(codes) else [])
        self.endResetModel()

    def set_states(self, states: list[str]) -> None:
        for row, state in enumerate(states[:len(self._states)]):
            if self._states[row] != state:
                self._states[row] = state
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)

    def state(self, row: int) -> str:
        return self._states[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._titles)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        title, state = self._titles[index.row()], self._states[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{STATE_MARKS[state]}  {title}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(STATE_COLORS[state])
        if role == Qt.ItemDataRole.DecorationRole and self._icons:
            return self._icons[index.row()]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return state_text(state)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return title
        if role == STATE_ROLE:
            return state
        if role == TITLE_ROLE:
            return title
        return None


_PAD_X, _PAD_Y, _GAP = 4, 4, 6  # around a row, and between its picture, mark and title


def wrap_lines(text: str, font: QFont, width: float) -> list[str]:
    """``text`` in lines no wider than ``width``: broken at spaces, and inside a word only when
    the word alone is wider than ``width``."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()].rstrip())
    layout.endLayout()
    return lines


class NavigatorDelegate(QStyledItemDelegate):
    """Picture, state mark and the title wrapped beside them, as tall as the lines need."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _columns(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                 width: int) -> tuple[int, float, list[str]]:
        """(picture width, title x, title lines) for a row ``width`` wide."""
        picture = self._view.iconSize().width() if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
        title_x, lines = self.title_layout(index, option.font, width)
        return picture, title_x, lines

    def title_layout(self, index: QModelIndex | QPersistentModelIndex, font: QFont,
                     width: int) -> tuple[float, list[str]]:
        """Where the title starts in a row ``width`` wide, and its lines."""
        picture = self._view.iconSize().width() if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
        mark = QFontMetricsF(font).horizontalAdvance("⚠")  # the widest mark: titles line up whatever the state
        title_x = _PAD_X + (picture + _GAP if picture else 0) + mark + _GAP
        return title_x, wrap_lines(str(index.data(TITLE_ROLE) or ""), font, max(width - title_x - _PAD_X, 20.0))

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        self.initStyleOption(option, index)
        width = self._view.viewport().width()
        picture, _x, lines = self._columns(option, index, width)
        text_height = QFontMetricsF(option.font).lineSpacing() * max(len(lines), 1)
        return QSize(width, int(max(text_height, picture) + 2 * _PAD_Y + 0.999))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget is not None else QApplication.style()
        text, option.text = option.text, ""
        option.icon = type(option.icon)()  # background, selection and focus only; the rest is drawn here
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = text
        rect = option.rect
        picture, title_x, lines = self._columns(option, index, rect.width())
        painter.save()
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(pixmap, QPixmap) and picture:
            painter.drawPixmap(rect.left() + _PAD_X, rect.top() + _PAD_Y, pixmap)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.highlightedText().color() if selected else index.data(Qt.ItemDataRole.ForegroundRole)
        painter.setPen(colour if isinstance(colour, QColor) else option.palette.text().color())
        painter.setFont(option.font)
        metrics = QFontMetricsF(option.font)
        top = rect.top() + _PAD_Y + metrics.ascent()
        state = index.data(STATE_ROLE)
        painter.drawText(QPointF(rect.left() + _PAD_X + (picture + _GAP if picture else 0), top),
                         STATE_MARKS.get(str(state), ""))
        for number, line in enumerate(lines):
            painter.drawText(QPointF(rect.left() + title_x, top + number * metrics.lineSpacing()), line)
        painter.restore()


def set_up_navigator(view: QListView, width: int) -> None:
    """The look shared by the assessment's and the plan's navigators: ``width`` wide, rows as tall
    as their wrapped titles, never scrolled sideways."""
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setIconSize(QSize(NAVIGATOR_ICON_PX, NAVIGATOR_ICON_PX))
    view.setItemDelegate(NavigatorDelegate(view))
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)  # rows are measured again when the width changes
    view.setFixedWidth(width)
