"""The client view: a full-screen window of its own that the counsellor turns towards the client.

It shows only what it is given (``ClientViewContent``: a topic and option cards) and has no
menus, no status bar and no way into other data. The professional side switches its mode
(``show_sorting`` / ``show_wellbeing``) and keeps the main window behind it.

Leaving takes a deliberate action: press and hold the small door in the top right corner for
two seconds, or hold down Esc for two seconds. Close requests (Alt+F4, the window manager)
are ignored; the app lock uses ``force_close()``, which also wipes the client's data.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from sopiva_desk.gui.client_view import palette
from sopiva_desk.gui.client_view.content import ClientViewContent
from sopiva_desk.gui.client_view.leave import HOLD_MS, Clock, HoldToLeaveButton, monotonic_ms
from sopiva_desk.gui.client_view.sorting import SortingBoard
from sopiva_desk.gui.client_view.texts import translate
from sopiva_desk.gui.client_view.wellbeing import WellbeingScale

MARGIN = 32
CORNER_GAP = 14
ESCAPE_RELEASE_MS = 90  # longer than the gap between key repeats (25–40 per second)
COVER_CHECK_MS = 150  # after this, a window manager has made the window full screen if there is one


class WellbeingPage(QWidget):
    """The question and the picture scale, centred."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientViewWellbeing")
        self.question = QLabel(translate(QT_TRANSLATE_NOOP("ClientView", "How are things?")), self)
        self.question.setObjectName("clientViewQuestion")
        self.question.setFont(palette.font(palette.TITLE_PT, bold=True))
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question.setWordWrap(True)
        self.scale = WellbeingScale(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(48)
        layout.addStretch(2)
        layout.addWidget(self.question)
        layout.addWidget(self.scale)
        layout.addStretch(3)


class ClientViewWindow(QWidget):
    """The client's full-screen view for supported decision-making (Disability Services Act §15).

    Signals:
        reaction_changed(str, object): the client moved a card (option id; "good", "unsure",
            "not_good", or None when it went back to the unsorted cards).
        wellbeing_chosen(int): the client chose a face on the wellbeing scale (1–5).
        leave_requested(): the counsellor held the corner control or Esc; the window has hidden itself.
    """

    reaction_changed = Signal(str, object)
    wellbeing_chosen = Signal(int)
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None, hold_ms: int = HOLD_MS, clock: Clock = monotonic_ms) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("clientViewWindow")
        self.setWindowTitle(translate(QT_TRANSLATE_NOOP("ClientView", "Client view")))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFont(palette.font(palette.BODY_PT))
        self.setAutoFillBackground(True)
        colours = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
            colours.setColor(group, QPalette.ColorRole.Window, QColor(palette.BACKGROUND))
            colours.setColor(group, QPalette.ColorRole.WindowText, QColor(palette.TEXT))
            colours.setColor(group, QPalette.ColorRole.Text, QColor(palette.TEXT))
            colours.setColor(group, QPalette.ColorRole.ButtonText, QColor(palette.TEXT))
            colours.setColor(group, QPalette.ColorRole.ToolTipBase, QColor(palette.CARD))
            colours.setColor(group, QPalette.ColorRole.ToolTipText, QColor(palette.TEXT))
        self.setPalette(colours)
        self._may_close = False

        self.board = SortingBoard(self)
        self.board.reaction_changed.connect(self.reaction_changed)
        self.wellbeing_page = WellbeingPage(self)
        self.wellbeing = self.wellbeing_page.scale
        self.wellbeing.value_chosen.connect(self.wellbeing_chosen)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.board)
        self._stack.addWidget(self.wellbeing_page)
        layout = QVBoxLayout(self)
        # The board keeps its topic clear of the corner control (sorting.TOPIC_CLEARANCE).
        layout.setContentsMargins(MARGIN, MARGIN - 12, MARGIN, MARGIN - 8)
        # The screen decides the size; the board fits itself into it (a long topic measured while
        # the window was still small must not hold the window taller than the screen).
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self._stack)
        self._escape_down = False  # Esc is held: leaving waits for its release
        self._leave_on_release = False
        # Some X servers (Xvfb, some remote desktops) send each key repeat as a release and a
        # press that Qt cannot tell from real ones: a release counts once no press follows soon.
        self._escape_release = QTimer(self, singleShot=True, interval=ESCAPE_RELEASE_MS)
        self._escape_release.timeout.connect(self._on_escape_released)
        self.leave_control = HoldToLeaveButton(hold_ms, self, clock)
        self.leave_control.held.connect(self._on_leave_control_held)
        self.leave_control.raise_()  # created last, it stays above the pages (but under the lock's curtain)
        self._place_leave_control()

    # Showing ------------------------------------------------------------------------------------
    def present(self) -> None:
        """Show full screen in front of the main window, with the focus on the first card.

        Without a window manager (a kiosk, some remote desktops) the full-screen state alone
        leaves the window small and the counsellor's form would show around it: a moment later
        the window is made to cover the screen itself if it does not yet.
        """
        self.showFullScreen()
        QTimer.singleShot(COVER_CHECK_MS, self._cover_screen)
        self.raise_()
        self.activateWindow()
        self._focus_current()

    def _cover_screen(self) -> None:
        if self.isVisible() and self.geometry() != self.screen().geometry():
            self.setGeometry(self.screen().geometry())

    @property
    def mode(self) -> str:
        return "wellbeing" if self._stack.currentWidget() is self.wellbeing_page else "sorting"

    def show_sorting(self) -> None:
        self._stack.setCurrentWidget(self.board)
        self._focus_current()

    def show_wellbeing(self, current: int | None = None) -> None:
        self.wellbeing.set_value(current)
        self._stack.setCurrentWidget(self.wellbeing_page)
        self._focus_current()

    def _focus_current(self) -> None:
        if self.mode == "wellbeing":
            self.wellbeing.focus_scale()
            return
        focus = self.focusWidget()
        if focus is None or not self.board.isAncestorOf(focus):
            first = self.board.first_card()
            (first or self).setFocus(Qt.FocusReason.OtherFocusReason)

    # Content ------------------------------------------------------------------------------------
    def set_content(self, content: ClientViewContent) -> None:
        self.board.set_content(content)
        if self.isVisible() and self.mode == "sorting":
            self._focus_current()

    def set_reaction(self, option_id: str, reaction: str | None) -> None:
        """The counsellor changed a reaction on their side; no signal is emitted."""
        self.board.set_reaction(option_id, reaction)

    def clear(self) -> None:
        """Wipe all client data from the widgets (e.g. when the app locks)."""
        self.board.clear()
        self.wellbeing.clear()

    # Leaving ------------------------------------------------------------------------------------
    def force_close(self) -> None:
        """Close at once and wipe the client's data: for the app lock (idle time, Ctrl+L)."""
        self.leave_control.cancel_hold()
        self.clear()
        self._close_now()

    def _close_now(self) -> None:
        self._may_close = True
        try:
            self.close()
        finally:
            self._may_close = False
        self.hide()

    def _on_leave_control_held(self) -> None:
        if self._escape_down:
            # Leave when Esc comes up: its key repeats would otherwise reach the counsellor's
            # window and press Back there (seen under X11: two pages back).
            self._leave_on_release = True
            return
        self._leave()

    def _leave(self) -> None:
        self._leave_on_release = False
        self._close_now()
        self.leave_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self._may_close:
            event.accept()
        else:
            event.ignore()  # Alt+F4 and the like: leaving takes the deliberate hold

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            if self._escape_release.isActive():
                self._escape_release.stop()  # a key repeat the platform did not mark as one
            elif not event.isAutoRepeat():
                self._escape_down = True
                self.board.deselect()
                self.leave_control.start_hold()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            if not event.isAutoRepeat():
                self._escape_release.start()  # a press right after it means the key is still held
            event.accept()
            return
        super().keyReleaseEvent(event)

    def _on_escape_released(self) -> None:
        self._escape_down = False
        if self._leave_on_release:
            self._leave()
        else:
            self.leave_control.cancel_hold()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.leave_control.cancel_hold()  # the Esc release would go to another window
            self._escape_release.stop()
            self._escape_down = self._leave_on_release = False
        super().changeEvent(event)

    # Layout -------------------------------------------------------------------------------------
    def _place_leave_control(self) -> None:
        self.leave_control.move(self.width() - self.leave_control.width() - CORNER_GAP, CORNER_GAP)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._place_leave_control()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._place_leave_control()


