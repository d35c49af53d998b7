"""What "fits a 1366×768 laptop" and "one Alt+letter per control" mean, as checks on a shown window.

- ``AVAILABLE``: the part of a 1366×768 screen a window may use under a 40 px taskbar
  (Windows 10 and 11 at 100 %; GNOME's top bar is smaller). The tests' offscreen screen is
  exactly this (tests/data/offscreen-screen.json), as the platform has no taskbar of its own.
- ``DECORATION``: the title bar and borders a window system draws around a window; the
  offscreen platform draws none, so they are added here.

A window fits when it opens, frame included, within its screen's available area; when it can be
made as small as ``AVAILABLE`` with its frame; and when, at that size, every button can be
reached: inside the window and every widget around it, or inside a scroll area that scrolls to it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenuBar,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QWidget,
)

AVAILABLE = QSize(1366, 728)
DECORATION = QMargins(1, 31, 1, 1)
SCROLL_VIEW_MIN = 24  # a scroll area smaller than this shows nothing usable


def describe(widget: QWidget) -> str:
    name = widget.objectName()
    text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
    return f"{type(widget).__name__}{f' #{name}' if name else ''}{f' “{text}”' if text else ''}"


def with_frame(window: QWidget) -> QSize:
    return window.size() if window.isFullScreen() else window.size().grownBy(DECORATION)


def minimum_size(window: QWidget) -> QSize:
    return window.minimumSize().expandedTo(window.minimumSizeHint())


def settle() -> None:
    for _ in range(3):  # layouts post their work: a few rounds let nested ones finish
        QApplication.processEvents()


def size_problems(window: QWidget) -> list[str]:
    """The window's own size on its screen, and the smallest it can be made, against a laptop."""
    problems = []
    screen = window.screen().availableGeometry().size()
    own = with_frame(window)
    if own.width() > screen.width() or own.height() > screen.height():
        problems.append(f"opens at {own.width()}×{own.height()} with its frame on a "
                        f"{screen.width()}×{screen.height()} screen")
    if window.isFullScreen():
        return problems
    smallest = minimum_size(window).grownBy(DECORATION)
    if smallest.width() > AVAILABLE.width() or smallest.height() > AVAILABLE.height():
        problems.append(f"cannot be made smaller than {smallest.width()}×{smallest.height()} with its frame; "
                        f"a 1366×768 laptop has {AVAILABLE.width()}×{AVAILABLE.height()}")
    return problems


def fit_to_laptop(window: QWidget) -> None:
    """Make the window no bigger than a 1366×768 laptop leaves it (as that screen would)."""
    if window.isFullScreen():
        return
    room = AVAILABLE.shrunkBy(DECORATION)
    if window.width() > room.width() or window.height() > room.height():
        window.resize(window.size().boundedTo(room).expandedTo(minimum_size(window)))
        settle()


def _scroll_area_of(viewport: QWidget) -> QAbstractScrollArea | None:
    area = viewport.parentWidget()
    return area if isinstance(area, QAbstractScrollArea) and area.viewport() is viewport else None


def reach_problem(widget: QWidget, window: QWidget) -> str | None:
    """Why ``widget`` cannot be seen whole in ``window`` (None when it can)."""
    hint = widget.minimumSizeHint().boundedTo(widget.maximumSize())  # a fixed size is a choice, not a squeeze
    if hint.isValid() and (widget.width() < hint.width() - 1 or widget.height() < hint.height() - 1):
        return f"is squeezed to {widget.width()}×{widget.height()} (needs {hint.width()}×{hint.height()})"
    rect = QRect(QPoint(0, 0), widget.size())
    child = widget
    parent = widget.parentWidget()
    while parent is not None and child is not window:
        rect = rect.translated(child.pos())
        area = _scroll_area_of(parent)
        if area is not None:  # scrolled into view on demand: the area itself must be usable
            if parent.height() < min(widget.height(), SCROLL_VIEW_MIN) or parent.width() < SCROLL_VIEW_MIN:
                return f"is in a scroll area only {parent.width()}×{parent.height()} big"
            sideways = area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if not sideways and (rect.left() < -1 or rect.right() > parent.width() + 1):
                return (f"is cut at the side of {describe(area)}, which does not scroll sideways "
                        f"({_box(rect)} in {_box(parent.rect())})")
            child, rect = area, QRect(QPoint(0, 0), area.size())
            parent = area.parentWidget()
            continue
        if not parent.rect().adjusted(-1, -1, 1, 1).contains(rect):
            return f"lies outside {describe(parent)} ({_box(rect)} in {_box(parent.rect())})"
        child, parent = parent, parent.parentWidget()
    return None


def _box(rect: QRect) -> str:
    return f"{rect.width()}×{rect.height()} at {rect.x()},{rect.y()}"


def _own_visible(window: QWidget, kind: type[QWidget]) -> Iterator[QWidget]:
    for widget in window.findChildren(kind):
        if widget.window() is window and widget.isVisibleTo(window):
            yield widget


def button_problems(window: QWidget) -> list[str]:
    problems = []
    for button in _own_visible(window, QAbstractButton):
        if isinstance(button.parentWidget(), QTabBar):
            continue  # the tab bar's own scroll arrows
        why = reach_problem(button, window)
        if why:
            problems.append(f"{describe(button)} {why}")
    return problems


def tab_states(window: QWidget) -> Iterator[str]:
    """Yield once as the window is, then once with each other tab of each visible tab widget
    shown, and each other section of each form that shows one section at a time (a
    ``show_section(index)`` method beside its ``stack``: the assessment and plan forms)."""
    yield ""
    for tabs in window.findChildren(QTabWidget):
        if tabs.window() is not window or not tabs.isVisibleTo(window):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            if index == current or not tabs.isTabVisible(index):
                continue
            tabs.setCurrentIndex(index)
            settle()
            yield f"tab “{tabs.tabText(index).replace('&', '')}”"
        tabs.setCurrentIndex(current)
        settle()
    for form in window.findChildren(QWidget):
        stack = getattr(form, "stack", None)
        if (form.window() is not window or not form.isVisibleTo(window) or not isinstance(stack, QStackedWidget)
                or not callable(getattr(form, "show_section", None))):
            continue
        current = stack.currentIndex()
        for index in range(stack.count()):
            if index != current:
                form.show_section(index)
                settle()
                yield f"section {index + 1}"
        form.show_section(current)
        settle()


def mnemonic(text: str) -> str | None:
    """The Alt+ key Qt takes from ``text`` (``&&`` is a literal ampersand; in rich text an
    entity's "&" counts too, as it does for Qt)."""
    key = QKeySequence.mnemonic(text).toString()
    return key.removeprefix("Alt+").casefold() or None


def mnemonic_clashes(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter → the controls of ``window`` that use it, where more than one does."""
    users: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: str) -> None:
        key = mnemonic(text)
        if key:
            users[key].append(what)

    for widget in _own_visible(window, QWidget):
        if isinstance(widget, QAbstractButton):
            add(widget.text(), describe(widget))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), describe(widget))
        elif isinstance(widget, QGroupBox):
            add(widget.title(), f"group “{widget.title()}”")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index), f"tab “{widget.tabText(index)}”")
    if isinstance(window, QMainWindow):
        bar = window.menuBar()
        if isinstance(bar, QMenuBar):
            for action in bar.actions():
                add(action.text(), f"menu “{action.text()}”")
    return {key: found for key, found in users.items() if len(found) > 1}
