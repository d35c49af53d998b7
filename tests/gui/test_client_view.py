"""The client view of supported decision-making: sorting by keyboard, drag and drop and taps;
the picture scale; the deliberate way out; big type, high contrast, and nothing it was not given.
How the board and its cards are sized and drawn: ``test_client_view_board.py``."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMenuBar, QStatusBar, QWidget

from sopiva_desk.gui.client_view import (
    MIME_TYPE,
    ClientViewContent,
    ClientViewWindow,
    OptionCard,
    WellbeingScale,
    option_card,
    palette,
    sorting,
)
from tests.gui.client_view_support import HOLD_MS, FakeClock, all_texts, drop, many, open_view, sample, text_widgets

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def view(qtbot, clock: FakeClock) -> ClientViewWindow:  # type: ignore[no-untyped-def]
    return open_view(qtbot, clock)

HETU = re.compile(r"\d{6}[-+A-Y]\d{3}[0-9A-Y]")


# Sorting ------------------------------------------------------------------------------------------

def test_content_is_placed_by_its_reactions(view: ClientViewWindow) -> None:
    board = view.board
    assert board.option_ids(None) == ["parents", "supported"]
    assert board.option_ids("good") == ["home"]
    assert board.option_ids("unsure") == ["group"]
    assert board.option_ids("not_good") == []
    assert view.mode == "sorting"


def test_sorting_with_the_keyboard_only(qtbot, view: ClientViewWindow) -> None:  # type: ignore[no-untyped-def]
    board = view.board
    card = board.card("parents")
    card.setFocus()
    assert QApplication.focusWidget() is card
    with qtbot.waitSignal(view.reaction_changed, timeout=500) as signal:
        qtbot.keyClick(card, Qt.Key.Key_1)
    assert signal.args == ["parents", "good"]
    assert board.option_ids("good") == ["home", "parents"]
    assert "Good" in card.accessibleName()
    assert card.size() == board.card("supported").size()  # the same card, the same size, wherever it lies

    emitted: list[tuple[str, object]] = []
    view.reaction_changed.connect(lambda option_id, reaction: emitted.append((option_id, reaction)))
    qtbot.keyClick(card, Qt.Key.Key_2)
    qtbot.keyClick(card, Qt.Key.Key_3, Qt.KeyboardModifier.KeypadModifier)
    qtbot.keyClick(card, Qt.Key.Key_3)  # already there: nothing to save
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_0)
    assert emitted == [("parents", "unsure"), ("parents", "not_good"), ("parents", None)]
    assert board.option_ids(None) == ["parents", "supported"]  # back in its own place on the tray
    assert QApplication.focusWidget() is card  # put back: the keyboard stays with it

    qtbot.keyClick(card, Qt.Key.Key_3)
    qtbot.keyClick(card, Qt.Key.Key_Backspace)
    qtbot.keyClick(card, Qt.Key.Key_2)
    qtbot.keyClick(card, Qt.Key.Key_Delete)
    assert emitted[3:] == [("parents", "not_good"), ("parents", None), ("parents", "unsure"), ("parents", None)]


def test_after_a_key_sorts_a_card_the_next_unsorted_card_has_the_keyboard(
        qtbot, view: ClientViewWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    monkeypatch.setattr(sorting, "announce", lambda widget, text: said.append(text))
    view.set_content(many())  # unsorted: o0, o2, o4, o6, o8, o10
    board = view.board
    board.card("o4").setFocus()
    qtbot.keyClick(board.card("o4"), Qt.Key.Key_1)
    assert QApplication.focusWidget() is board.card("o6")  # not the card just sorted: a second 1 sorts the next
    assert said[-1] == "Päivätoiminta: Good."  # where it went, for a screen reader
    for key in (Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_1):
        qtbot.keyClick(QApplication.focusWidget(), key)
    assert board.option_ids(None) == ["o0", "o2"]
    assert QApplication.focusWidget() is board.card("o0")  # from the start again
    assert board.reaction_of("o10") == "good" and said[-1] == "Pankki: Good."
    qtbot.keyClick(board.card("o0"), Qt.Key.Key_3)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    assert board.option_ids(None) == []
    done = board.done_note
    assert QApplication.focusWidget() is done and done.isVisible()  # none left: the "all sorted" strip
    assert said[-1] == "Asun vanhempien kanssa: Not sure. All cards are sorted."
    assert done.accessibleName() == "All cards are sorted." and done.accessibleDescription()
    qtbot.keyClick(done, Qt.Key.Key_Right)  # and back to the cards
    assert QApplication.focusWidget() is board.card("o1")
    board.card("o3").setFocus()
    qtbot.keyClick(board.card("o3"), Qt.Key.Key_2)  # re-sorting a sorted card with none unsorted: to the strip
    assert QApplication.focusWidget() is done


def test_tab_and_arrow_keys_move_between_cards(qtbot, view: ClientViewWindow) -> None:  # type: ignore[no-untyped-def]
    board = view.board
    board.card("parents").setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is board.card("supported")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is board.card("home")  # then the columns, left to right
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is board.card("supported")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert QApplication.focusWidget() is board.card("parents")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert QApplication.focusWidget() in (board.card("home"), board.card("group"))
    qtbot.keyClick(board.card("home"), Qt.Key.Key_Right)
    assert QApplication.focusWidget() is board.card("group")
    qtbot.keyClick(board.card("group"), Qt.Key.Key_Up)
    assert QApplication.focusWidget() in (board.card("parents"), board.card("supported"))


class FakeDrag:
    """Stands in for QDrag (whose exec() would wait for a real mouse): records what a drag carries."""

    started: list[FakeDrag] = []

    def __init__(self, source: QWidget) -> None:
        self.source = source
        self.mime: QMimeData | None = None
        FakeDrag.started.append(self)

    def setMimeData(self, mime: QMimeData) -> None:  # noqa: N802 - Qt API
        self.mime = mime

    def setPixmap(self, pixmap: object) -> None:  # noqa: N802 - Qt API
        pass

    def setHotSpot(self, point: object) -> None:  # noqa: N802 - Qt API
        pass

    def exec(self, action: object) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


def test_drag_and_drop_between_any_columns_and_back(qtbot, view: ClientViewWindow,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    board = view.board
    monkeypatch.setattr(option_card, "QDrag", FakeDrag)
    FakeDrag.started.clear()
    card = board.card("supported")
    start = card.rect().center()
    qtbot.mousePress(card, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(card, start + QPoint(40, 40))
    assert len(FakeDrag.started) == 1
    mime = FakeDrag.started[0].mime
    assert mime is not None and mime.formats() == [MIME_TYPE]  # only the id, in our own type: no text to paste
    assert bytes(mime.data(MIME_TYPE).data()) == b"supported"
    qtbot.mouseRelease(card, Qt.MouseButton.LeftButton, pos=start + QPoint(40, 40))
    assert board.selected_id() is None  # a drag is not a tap

    with qtbot.waitSignal(view.reaction_changed, timeout=500) as signal:
        assert drop(board.zone("not_good"), mime) == (True, True)
    assert signal.args == ["supported", "not_good"]
    assert board.option_ids("not_good") == ["supported"]

    emitted: list[tuple[str, object]] = []
    view.reaction_changed.connect(lambda option_id, reaction: emitted.append((option_id, reaction)))
    assert drop(board.zone("good"), board.card("supported").mime_data()) == (True, True)
    assert drop(board.zone("good"), board.card("group").mime_data()) == (True, True)
    assert drop(board.zone(None), board.card("home").mime_data()) == (True, True)
    assert emitted == [("supported", "good"), ("group", "good"), ("home", None)]
    assert board.option_ids("good") == ["supported", "group"]
    assert board.option_ids(None) == ["home", "parents"]

    foreign = QMimeData()
    foreign.setText("home")
    assert drop(board.zone("good"), foreign) == (False, False)
    unknown = QMimeData()
    unknown.setData(MIME_TYPE, b"someone-else")
    assert drop(board.zone("good"), unknown) == (False, False)
    assert len(emitted) == 3


def test_tap_a_card_then_tap_a_column(qtbot, view: ClientViewWindow) -> None:  # type: ignore[no-untyped-def]
    board = view.board
    card = board.card("parents")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=card.rect().center())
    assert board.selected_id() == "parents" and card.is_selected()
    assert view.findChild(QLabel, "clientViewDetail").text() == "Asut kotona äidin ja isän kanssa."
    column = board.zone("not_good")
    with qtbot.waitSignal(view.reaction_changed, timeout=500) as signal:
        qtbot.mouseClick(column, Qt.MouseButton.LeftButton, pos=QPoint(column.width() // 2, column.height() - 30))
    assert signal.args == ["parents", "not_good"]
    assert board.option_ids("not_good") == ["parents"]
    assert board.selected_id() is None and not card.is_selected()

    # Tapping the header of a column works too, and so does putting it back on the tray.
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=card.rect().center())
    header = board.zone("good").header
    assert header is not None
    with qtbot.waitSignal(view.reaction_changed, timeout=500) as signal:
        qtbot.mouseClick(header, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert signal.args == ["parents", "good"]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=card.rect().center())
    tray = board.zone(None)
    with qtbot.waitSignal(view.reaction_changed, timeout=500) as signal:
        qtbot.mouseClick(tray, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert signal.args == ["parents", None]

    # With a card picked up, a tap on a card in another column puts it in that column.
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=card.rect().center())
    other = board.card("group")
    with qtbot.waitSignal(view.reaction_changed, timeout=500) as signal:
        qtbot.mouseClick(other, Qt.MouseButton.LeftButton, pos=other.rect().center())
    assert signal.args == ["parents", "unsure"]
    assert board.selected_id() is None and QApplication.focusWidget() is card
    qtbot.keyClick(card, Qt.Key.Key_0)

    # A second tap on the card lets go of it; a tap on a column without a selection does nothing.
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=card.rect().center())
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=card.rect().center())
    assert board.selected_id() is None
    with qtbot.assertNotEmitted(view.reaction_changed):
        qtbot.mouseClick(column, Qt.MouseButton.LeftButton, pos=QPoint(column.width() // 2, column.height() - 30))


def test_the_counsellor_side_moves_cards_without_a_signal(qtbot, view: ClientViewWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.assertNotEmitted(view.reaction_changed):
        view.set_reaction("parents", "not_good")
        view.set_reaction("home", None)
    assert view.board.option_ids("not_good") == ["parents"]
    assert view.board.option_ids(None) == ["home", "supported"]
    with pytest.raises(ValueError):
        view.set_reaction("home", "maybe")


def test_set_content_keeps_the_focus_on_the_same_option(qtbot, view: ClientViewWindow) -> None:  # type: ignore[no-untyped-def]
    view.board.card("supported").setFocus()
    changed = ClientViewContent("Missä haluat asua?", [
        OptionCard("supported", "Tukiasunto", "", None, "good"), OptionCard("new", "Uusi", "", "1F3E0")])
    view.set_content(changed)
    assert QApplication.focusWidget() is view.board.card("supported")
    assert view.board.option_ids("good") == ["supported"] and view.board.option_ids(None) == ["new"]
    assert "Oma koti" not in all_texts(view)


# Wellbeing ------------------------------------------------------------------------------------------

def test_wellbeing_scale_by_keys_and_clicks(qtbot, view: ClientViewWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.assertNotEmitted(view.wellbeing_chosen):
        view.show_wellbeing(None)
    assert view.mode == "wellbeing" and view.wellbeing.value() is None
    assert not view.board.isVisible()
    scale = view.wellbeing
    with qtbot.waitSignal(view.wellbeing_chosen, timeout=500) as signal:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4)
    assert signal.args == [4]
    assert scale.value() == 4 and scale.buttons[3].isChecked()
    assert sum(button.isChecked() for button in scale.buttons) == 1
    assert view.findChild(QLabel, "wellbeingChoice").text() == "You chose: Good"

    with qtbot.waitSignal(view.wellbeing_chosen, timeout=500) as signal:
        qtbot.mouseClick(scale.buttons[1], Qt.MouseButton.LeftButton)
    assert signal.args == [2] and scale.buttons[1].isChecked() and not scale.buttons[3].isChecked()

    scale.buttons[1].setFocus()
    qtbot.keyClick(scale.buttons[1], Qt.Key.Key_Left)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)  # stops at the end
    assert QApplication.focusWidget() is scale.buttons[0]
    with qtbot.waitSignal(view.wellbeing_chosen, timeout=500) as signal:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert signal.args == [1]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    with qtbot.waitSignal(view.wellbeing_chosen, timeout=500) as signal:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert signal.args == [2]

    with qtbot.assertNotEmitted(view.wellbeing_chosen):
        view.show_wellbeing(5)
    assert scale.buttons[4].isChecked()
    view.show_sorting()
    assert view.mode == "sorting" and view.board.isVisible()


def test_wellbeing_scale_is_a_widget_of_its_own(qtbot) -> None:  # type: ignore[no-untyped-def]
    scale = WellbeingScale()
    qtbot.addWidget(scale)
    scale.resize(1200, 400)
    scale.show()
    with qtbot.waitSignal(scale.value_chosen, timeout=500) as signal:
        scale.choose(3)
    assert signal.args == [3]
    scale.clear()
    assert scale.value() is None and not any(button.isChecked() for button in scale.buttons)
    with pytest.raises(ValueError):
        scale.set_value(6)
    assert len({button.size().toTuple() for button in scale.buttons}) == 1  # all faces the same size


# Leaving --------------------------------------------------------------------------------------------

def test_escape_close_and_clicks_do_not_leave(qtbot, view: ClientViewWindow,  # type: ignore[no-untyped-def]
                                              clock: FakeClock) -> None:
    control = view.leave_control
    with qtbot.assertNotEmitted(view.leave_requested):
        qtbot.keyClick(view.board.card("home"), Qt.Key.Key_Escape)  # a short press
        qtbot.waitUntil(lambda: not control.is_holding())  # its release cancels the hold
        assert view.close() is False
        event = QCloseEvent()
        QApplication.sendEvent(view, event)
        assert not event.isAccepted()
        qtbot.mouseClick(control, Qt.MouseButton.LeftButton)  # a tap, not a hold
        assert not control.is_holding()
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(5, view.height() - 5))
        assert not control.is_holding()
        clock.advance(HOLD_MS * 3)  # however long it then takes, no hold is running to finish
    assert view.isVisible()


def test_holding_escape_leaves(qtbot, view: ClientViewWindow, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    card = view.board.card("home")
    control = view.leave_control
    left: list[bool] = []
    view.leave_requested.connect(lambda: left.append(True))
    qtbot.keyPress(card, Qt.Key.Key_Escape)
    assert control.is_holding()
    clock.advance(HOLD_MS // 3)
    qtbot.keyRelease(card, Qt.Key.Key_Escape)
    qtbot.keyPress(card, Qt.Key.Key_Escape)  # a key repeat sent as release + press: still held
    assert control.is_holding()
    qtbot.keyRelease(card, Qt.Key.Key_Escape)  # let go early: cancelled
    qtbot.waitUntil(lambda: not control.is_holding())
    assert left == [] and control.progress() == 0

    qtbot.keyPress(card, Qt.Key.Key_Escape)
    clock.advance(HOLD_MS)
    qtbot.waitUntil(lambda: not control.is_holding())  # the next tick finds the hold long enough
    assert left == [] and view.isVisible()  # ... but Esc is still down: its repeats must not reach the app
    with qtbot.waitSignal(view.leave_requested):
        qtbot.keyRelease(card, Qt.Key.Key_Escape)
    assert left == [True] and not view.isVisible()
    assert view.board.option_ids("good") == ["home"]  # leaving keeps the content for the next time


def test_holding_the_corner_control_leaves(qtbot, view: ClientViewWindow,  # type: ignore[no-untyped-def]
                                          clock: FakeClock) -> None:
    control = view.leave_control
    assert control.isVisible() and control.geometry().right() > view.width() - 100 and control.y() < 100
    assert "Esc" in control.toolTip() and "Esc" in control.accessibleDescription()
    qtbot.mousePress(control, Qt.MouseButton.LeftButton)
    clock.advance(HOLD_MS // 2)
    qtbot.waitUntil(lambda: control.progress() > 0)  # the ring fills as it is held
    assert 0 < control.progress() < 1
    qtbot.mouseRelease(control, Qt.MouseButton.LeftButton)
    assert control.progress() == 0 and not control.is_holding() and view.isVisible()
    qtbot.mousePress(control, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.leave_requested):
        clock.advance(HOLD_MS)
    assert not view.isVisible()


def test_force_close_for_the_lock_wipes_the_client_data(qtbot, view: ClientViewWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.assertNotEmitted(view.leave_requested):
        view.force_close()
    assert not view.isVisible()
    assert not any("Oma koti" in text or "Missä" in text for text in all_texts(view))
    view.set_content(sample())
    view.show()
    assert view.close() is False  # the next plain close is refused again


# Privacy and readability -----------------------------------------------------------------------------

def test_present_shows_it_full_screen_with_the_focus_on_a_card(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = ClientViewWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.force_close())
    window.set_content(sample())
    window.present()
    qtbot.waitExposed(window)
    assert window.isFullScreen()
    window.showNormal()  # as if no window manager made it full screen
    window.resize(400, 300)
    window._cover_screen()  # noqa: SLF001 - what present() schedules
    assert window.geometry().contains(window.screen().geometry())  # covers the screen even so
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.board.card("parents"))


def test_it_is_a_window_of_its_own_without_menus(view: ClientViewWindow) -> None:
    assert view.isWindow() and view.parent() is None
    assert not view.findChildren(QMenuBar) and not view.findChildren(QStatusBar) and not view.findChildren(QMenu)
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    parent = QWidget()
    try:
        owned = ClientViewWindow(parent)
        assert owned.isWindow()  # even with the main window as parent it is a top-level window
    finally:
        parent.deleteLater()


def test_only_what_it_was_given_is_rendered(qtbot, view: ClientViewWindow) -> None:  # type: ignore[no-untyped-def]
    # The fixed words of the view: everything shown for a minimal content, less that content.
    fixed_words: set[str] = set()
    for reaction in (None, "good", "unsure", "not_good"):
        view.set_content(ClientViewContent("Qqq", [OptionCard("x", "Xxx", "Zzz", None, reaction)]))
        fixed_words |= {word for text in all_texts(view) for word in re.findall(r"\w+", text)}
    view.show_wellbeing(2)
    fixed_words |= {word for text in all_texts(view) for word in re.findall(r"\w+", text)}
    fixed_words -= {"Qqq", "Xxx", "Zzz"}
    view.show_sorting()
    content = sample()
    view.set_content(content)
    given = [content.topic_plain] + [part for o in content.options for part in (o.title, o.plain)]
    allowed = fixed_words | {word for text in given for word in re.findall(r"\w+", text)}
    texts = all_texts(view)
    assert not [text for text in texts if HETU.search(text)]
    unknown = {word for text in texts for word in re.findall(r"\w+", text)} - allowed
    assert not unknown
    assert any("Oma koti" in text for text in texts)

    view.clear()
    leftover = [text for text in all_texts(view) for o in content.options if o.title in text or o.plain in text]
    assert not leftover and not view.findChildren(option_card.OptionCardWidget)
    assert view.findChild(QLabel, "clientViewTopic").text() == ""


def test_type_is_big_everywhere(qtbot, view: ClientViewWindow) -> None:  # type: ignore[no-untyped-def]
    assert view.board.card("home").title_label.font().pointSizeF() == palette.CARD_TITLE_PT  # "Oma koti"
    view.set_content(many())
    for mode in ("sorting", "wellbeing"):
        view.show_sorting() if mode == "sorting" else view.show_wellbeing(3)
        widgets = [w for w in text_widgets(view) if w.objectName() != "clientViewCardWords"]
        assert len(widgets) >= (4 if mode == "sorting" else 6)
        for widget in widgets:
            assert widget.font().pointSizeF() >= palette.BODY_PT, (mode, widget.text())
    for card in view.findChildren(option_card.OptionCardWidget):  # the words: as big as the card allows
        label = card.title_label
        assert label.font().pointSize() == option_card.fit_title(card.option.title, label.width())[0]
    assert view.findChild(QLabel, "clientViewTopic").font().pointSizeF() > palette.CARD_TITLE_PT


def test_colours_meet_wcag_aaa(qapp) -> None:  # type: ignore[no-untyped-def]
    for background in palette.text_backgrounds():
        assert palette.contrast_ratio(palette.TEXT, background) >= 7.0, background
    for background, border in palette.COLUMN_COLOURS.values():
        assert palette.contrast_ratio(border, background) >= 3.0  # non-text contrast of the column edges
    assert palette.contrast_ratio(palette.FOCUS, palette.BACKGROUND) >= 7.0
    assert palette.contrast_ratio(palette.CARD, palette.SELECTED_BORDER) >= 7.0  # the tick on the chosen face


def test_content_rejects_broken_data() -> None:
    with pytest.raises(ValueError):
        OptionCard("a", "A", reaction="maybe")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        ClientViewContent("?", [OptionCard("a", "A"), OptionCard("a", "B")])
