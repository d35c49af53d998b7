"""The section navigator's list model: each section of an assessment with its state.

A state ("done", "started", "empty" or "invalid") is shown three ways at once, so it never
depends on colour alone: a mark before the title, a colour, and words in the tool tip and the
accessible description. ``legend_text()`` explains the marks under the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPixmap

from sopiva_desk.gui.pictograms import pictogram_pixmap
from sopiva_desk.gui.widgets.autosave import ERROR_COLOR
from sopiva_desk.gui.widgets.template_form import HINT_COLOR

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
        return None
