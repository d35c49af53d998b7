"""Pieces every page shares: the header (back button, big title, sub-line, save state), the
back shortcuts, bold captions, going to a field, the set-up of read-only record lists, a scroll
area that scrolls only up and down, and sizing a window to its screen."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QMargins, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.gui.models.record_list_model import VersionedRecordListModel
from sopiva_desk.gui.widgets.sync_state_label import SyncStateLabel

HINT_COLOR = "#555b61"  # 6.6:1 on the window colour
# What the window system adds around a window (title bar, borders) before it is shown and its
# frame is known: a little more than Windows 10/11 and GNOME draw at 100 %.
FRAME_ALLOWANCE = QMargins(4, 36, 4, 4)


class VerticalScrollArea(QScrollArea):
    """Scrolls up and down only, and asks the layout around it for the width its content needs.

    A plain ``QScrollArea`` tells its layout it can be very narrow; with sideways scrolling off,
    what does not fit is then cut at the right edge (a Remove button at 125 % text, issue 11).
    """

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:  # noqa: N803 - Qt style
        super().__init__(parent, objectName=objectName)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        margins = self.contentsMargins()
        width = (content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                 + margins.left() + margins.right())
        return QSize(max(hint.width(), width), hint.height())


def fit_to_screen(window: QWidget, preferred: QSize) -> None:
    """Give ``window`` its ``preferred`` size, smaller where its screen's free area (less the
    taskbar and the window's frame) is smaller: on a 1366×768 laptop the bottom row of buttons
    must not end up under the taskbar or off the screen."""
    room = window.screen().availableGeometry().size().shrunkBy(FRAME_ALLOWANCE)
    window.resize(preferred.boundedTo(room))


def build_page_header(page: QWidget, *, back_text: str, back_tip: str, on_back: Callable[[], None],
                      title_name: str, subline_name: str, side: QWidget) -> tuple[QVBoxLayout, QLabel, QLabel]:
    """Back button over a bold title with a sub-line, ``side`` (e.g. the save state) on the right."""
    back = QPushButton(back_text, page, objectName="backButton", flat=True)
    back.setToolTip(back_tip)
    back.clicked.connect(on_back)
    title = QLabel(page, objectName=title_name)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.7)
    font.setBold(True)
    title.setFont(font)
    title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    subline = QLabel(page, objectName=subline_name)
    subline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    names = QVBoxLayout()
    names.setSpacing(2)
    names.addWidget(title)
    names.addWidget(subline)
    row = QHBoxLayout()
    row.addLayout(names, 1)
    row.addWidget(side, 0, Qt.AlignmentFlag.AlignVCenter)
    header = QVBoxLayout()
    header.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
    header.addLayout(row)
    return header, title, subline


@dataclass(frozen=True)
class RecordHeader:
    """The header of a record page (an assessment, a decision-making session)."""

    layout: QVBoxLayout
    back_button: QPushButton
    client_label: QLabel  # whom the record is about, as big as on the client file and visit pages
    title_label: QLabel
    status_label: QLabel
    reason_label: QLabel  # the reason for an amended version
    sync_label: SyncStateLabel  # where the record stands with the central server (hidden if it does not sync)
    buttons: tuple[QPushButton, ...] = ()

    def chain_tabs(self, *below: QWidget) -> None:
        """Tab goes Back, the buttons as they stand, then ``below`` (e.g. the missing list, the
        locked notice, the form) in that order, whatever order they were created in."""
        chain_tab_order(self.back_button, *self.buttons, *below)


def build_record_header(page: QWidget, *, on_back: Callable[[], None], title_name: str, status_name: str,
                        side: QWidget | QLayout, buttons: Sequence[QPushButton]) -> RecordHeader:
    """Back over the client's name, the record's title, status and amendment reason; ``side``
    (the save state) and ``buttons`` on the right."""
    back = QPushButton(QCoreApplication.translate("PageParts", "← Back"), page, objectName="backButton", flat=True)
    back.setToolTip(QCoreApplication.translate("PageParts", "Back (Alt+Left or Esc)"))
    back.clicked.connect(on_back)
    client = bold_label("", page, "clientName", scale=1.7)
    title = bold_label("", page, title_name, scale=1.15)
    title.setWordWrap(True)
    status = QLabel(page, objectName=status_name)
    reason = QLabel(page, objectName="amendReason", wordWrap=True)
    reason.setStyleSheet(f"color: {HINT_COLOR};")
    for label in (client, status, reason):
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    sync = SyncStateLabel(page)
    status_row = QHBoxLayout()
    status_row.addWidget(status)
    status_row.addSpacing(16)
    status_row.addWidget(sync)
    status_row.addStretch(1)
    titles = QVBoxLayout()
    titles.setSpacing(2)
    titles.addWidget(client)
    titles.addWidget(title)
    titles.addLayout(status_row)
    titles.addWidget(reason)
    row = QHBoxLayout()
    row.addLayout(titles, 1)
    if isinstance(side, QLayout):
        row.addLayout(side)
    else:
        row.addWidget(side, 0, Qt.AlignmentFlag.AlignVCenter)
    row.addSpacing(12)
    for button in buttons:
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
    header = QVBoxLayout()
    header.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
    header.addLayout(row)
    return RecordHeader(header, back, client, title, status, reason, sync, tuple(buttons))


def chain_tab_order(*widgets: QWidget) -> None:
    """Tab visits ``widgets`` (each with what is inside it) in this order."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def add_back_shortcuts(page: QWidget, on_back: Callable[[], None]) -> None:
    """Esc and Alt+Left go back from anywhere inside ``page``."""
    for key in ("Escape", "Alt+Left"):
        shortcut = QShortcut(QKeySequence(key), page)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(on_back)


def focus_target(widget: QWidget) -> QWidget | None:
    """What takes the keyboard for ``widget``: itself, its focus proxy, or (for a container such
    as a list of rows) its first focusable child in tab order; None if nothing in it can."""

    def takes_focus(candidate: QWidget) -> bool:
        return (bool(candidate.focusPolicy() & Qt.FocusPolicy.TabFocus) and candidate.isEnabled()
                and not candidate.isHidden())

    if widget.focusProxy() is not None:
        widget = widget.focusProxy()
    if takes_focus(widget):
        return widget
    candidate = widget.nextInFocusChain()
    while candidate is not None and candidate is not widget:
        if widget.isAncestorOf(candidate) and takes_focus(candidate) and candidate.isVisibleTo(widget):
            return candidate
        candidate = candidate.nextInFocusChain()
    return None


def go_to_field(widget: QWidget | None, scroll: QScrollArea | None = None) -> bool:
    """Scroll ``widget`` into view (with room for its caption above) and put the keyboard in it.

    Every "what is missing" link ends here, so that each one leads somewhere: False only when
    nothing in ``widget`` can take the focus.
    """
    target = focus_target(widget) if widget is not None else None
    if target is None:
        return False
    if scroll is not None:
        scroll.ensureWidgetVisible(target, 40, 80)
    target.setFocus(Qt.FocusReason.OtherFocusReason)
    return True


def button_row(text: QWidget, button: QWidget) -> QHBoxLayout:
    """A caption or hint taking the room, with a button at its right (top-aligned)."""
    row = QHBoxLayout()
    row.addWidget(text, 1)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return row


def make_read_only_list(view: QTableView, *, name: str, description: str = "") -> None:
    """One row per record, selected whole, no editing; Tab leaves the list and arrows move in it."""
    view.setAccessibleName(name)
    if description:
        view.setAccessibleDescription(description)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()


def bold_label(text: str, parent: QWidget, name: str = "", *, scale: float = 1.0) -> QLabel:
    """A caption or heading: bold, ``scale`` times the normal size."""
    label = QLabel(text, parent, objectName=name)
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def fit_record_columns(view: QTableView, widths: Mapping[int, int], *, hidden: Iterable[int] = (),
                       started_last: bool = False) -> None:
    """Columns of a ``VersionedRecordListModel`` table: what the record is stretches, the rest
    get ``widths``; ``started_last`` moves the start time to the end (a visit's own short list)."""
    for column in hidden:
        view.setColumnHidden(column, True)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(VersionedRecordListModel.SUBJECT, QHeaderView.ResizeMode.Stretch)
    for column, width in widths.items():
        header.resizeSection(column, width)
    if started_last:
        header.moveSection(header.visualIndex(VersionedRecordListModel.STARTED), header.count() - 1)
