"""A layout that lays its widgets out in rows, wrapping like words, each row centred (the client
view's cards) or from the left (a row of buttons that must not be cut when the text is large)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 16, *, centred: bool = True) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._centred = centred

    # QLayout API -------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:  # noqa: N802 - like QBoxLayout
        self.addChildWidget(widget)
        self._items.insert(max(0, min(index, len(self._items))), QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # ---------------------------------------------------------------------------------------
    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        items = [(item, item.sizeHint()) for item in self._items if not item.isEmpty()]
        rows = self._rows(items, area.width(), len(items))
        if len(rows) > 1 and self._centred:  # even rows: 3 + 3 rather than 5 + 1
            rows = self._rows(items, area.width(), -(-len(items) // len(rows)))
        y = area.y()
        for row in rows:
            if not row:
                continue
            width = sum(hint.width() for _, hint in row) + self._gap * (len(row) - 1)
            height = max(hint.height() for _, hint in row)
            x = area.x() + (max(0, (area.width() - width) // 2) if self._centred else 0)
            for item, hint in row:
                if apply:
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
                x += hint.width() + self._gap
            y += height + self._gap
        used = y - self._gap - area.y() if any(rows) else 0
        return used + margins.top() + margins.bottom()

    def _rows(self, items: list[tuple[QLayoutItem, QSize]], width: int,
              per_row: int) -> list[list[tuple[QLayoutItem, QSize]]]:
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        row_width = 0
        for item, hint in items:
            needed = hint.width() + (self._gap if rows[-1] else 0)
            if rows[-1] and (row_width + needed > width or len(rows[-1]) >= per_row):
                rows.append([])
                row_width, needed = 0, hint.width()
            rows[-1].append((item, hint))
            row_width += needed
        return rows
