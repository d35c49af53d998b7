"""What stops a record's completion (an assessment, a decision-making session, a plan): the panel
with the fields missing or not accepted, each a link to its field, laid out like words in a paragraph.

The pages share it: Complete (or Agree) shows it with ``show_items``; while it is shown, each
saved edit calls ``refresh``, so a filled field drops off the list and, when nothing is left,
the panel says the record can be completed now.
"""

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
    Signal,
)
from PySide6.QtGui import QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.gui.widgets.feedback import announce
from sopiva_desk.gui.widgets.template_fields import ACCENT_COLOR

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


class MissingPanel(QFrame):
    """A calm yellow panel: a heading, the fields as links and a Hide button.

    ``heading`` is shown above the links, ``done_text`` in its place when none is left.

    Signals:
        field_chosen(str): the key of the field the user clicked or pressed Enter on.
    """

    field_chosen = Signal(str)

    def __init__(self, list_name: str, parent: QWidget | None = None, *, heading: str = "",
                 done_text: str = "") -> None:
        super().__init__(parent, objectName="missingPanel")
        self.setStyleSheet("QFrame#missingPanel { background: #fff8e1; border: 1px solid #c79100; "
                           "border-radius: 4px; }")
        self.heading_text = heading
        self.done_text = done_text
        self.heading = QLabel(heading, self, objectName="missingHeading", wordWrap=True)
        self.heading.setStyleSheet("QLabel { color: #3e2c00; font-weight: bold; }")
        hide = QPushButton(self.tr("Hide"), self, objectName="hideMissingButton", flat=True)
        hide.clicked.connect(self.hide)
        self.model = ProblemListModel(self)
        self.list_view = FlowListView(self, objectName="missingList")
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName(list_name)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setFrameShape(QFrame.Shape.NoFrame)
        self.list_view.setStyleSheet("QListView { background: transparent; }")
        self.list_view.setCursor(Qt.CursorShape.PointingHandCursor)
        self.list_view.clicked.connect(self._on_list_view_clicked)
        self.list_view.activated.connect(self._on_list_view_clicked)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(hide, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.list_view)

    def keys(self) -> list[str]:
        return [self.model.key(row) for row in range(self.model.rowCount())]

    def show_items(self, items: list[tuple[str, str]], *, heading: str | None = None, focus: bool = False) -> None:
        """Show the panel listing ``items`` ((field key, text) pairs); ``focus`` puts the keyboard
        on the first link and has a screen reader read the heading."""
        self._set_items(items, heading)
        self.show()
        if focus and items:
            self.list_view.setCurrentIndex(self.model.index(0, 0))
            self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
            announce(self.list_view, self.heading.text())

    def refresh(self, items: list[tuple[str, str]], *, heading: str | None = None) -> None:
        """The record changed: list what is still missing (only while the panel is shown)."""
        if self.isHidden():
            return
        had_none = self.model.rowCount() == 0
        self._set_items(items, heading)
        if not items and not had_none:
            announce(self, self.heading.text())

    def _set_items(self, items: list[tuple[str, str]], heading: str | None) -> None:
        view = self.list_view
        row = view.currentIndex().row() if view.hasFocus() else -1
        self.model.set_items(items)
        if row >= 0 and items:  # the keyboard stays where it was in the list
            view.setCurrentIndex(self.model.index(min(row, len(items) - 1), 0))
        self.heading.setText(heading if heading is not None else self.heading_text if items else self.done_text)
        view.setVisible(bool(items))

    def _on_list_view_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.field_chosen.emit(self.model.key(index.row()))
