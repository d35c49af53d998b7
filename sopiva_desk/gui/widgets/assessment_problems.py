"""What stops an assessment's completion: the list of fields missing or not accepted, each a
link to its field, and the list view that lays them out like words in a paragraph."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QResizeEvent
from PySide6.QtWidgets import QListView, QSizePolicy, QWidget

from sopiva_desk.gui.widgets.template_form import ACCENT_COLOR

KEY_ROLE = Qt.ItemDataRole.UserRole + 2


class ProblemListModel(QAbstractListModel):
    """Fields that stop completion (missing or not accepted), shown as links to the field."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, str]] = []

    def set_items(self, items: list[tuple[str, str]]) -> None:
        """``items`` are (field key, text to show) pairs, in the order to show them."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def key(self, row: int) -> str:
        return self._items[row][0]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key, text = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            # a literal context, so that lupdate finds the string; it keeps the page's context
            return QCoreApplication.translate("AssessmentPage", "Go to this field")
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(ACCENT_COLOR)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setUnderline(True)
            return font
        if role == KEY_ROLE:
            return key
        return None


class FlowListView(QListView):
    """Items flow like words in a paragraph; the view is as tall as its rows, up to ``MAX_HEIGHT``."""

    MAX_HEIGHT = 124

    def __init__(self, parent: QWidget | None = None, objectName: str = "") -> None:  # noqa: N803 - Qt style
        super().__init__(parent, objectName=objectName)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(3)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_pending = False

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt API
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._schedule_fit)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._schedule_fit()

    def _schedule_fit(self) -> None:
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit)

    def _fit(self) -> None:
        self._fit_pending = False
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        height = 0
        if rows:
            self.doItemsLayout()
            last = self.visualRect(model.index(rows - 1, 0))
            height = last.bottom() + self.verticalOffset() + 2 * self.spacing() + 2 * self.frameWidth() + 1
        height = min(height, self.MAX_HEIGHT)
        if height != self.height():
            self.setFixedHeight(height)
