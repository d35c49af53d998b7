"""The client view of supported decision-making: sorting by keyboard, drag and drop and taps;
the picture scale; the deliberate way out; big type, high contrast, and nothing it was not given."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QMenuBar, QStatusBar, QWidget

from sopiva_desk.gui.client_view import (
    MIME_TYPE,
    ClientViewContent,
    ClientViewWindow,
    OptionCard,
    WellbeingScale,
    option_card,
    palette,
)
from sopiva_desk.gui.client_view.option_card import SOFT_HYPHEN, fit_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HOLD_MS = 150
HETU = re.compile(r"\d{6}[-+A-Y]\d{3}[0-9A-Y]")


def sample() -> ClientViewContent:
    return ClientViewContent("Missä haluat asua?", [
        OptionCard("home", "Oma koti", "Asut omassa asunnossa. Apu tulee kotiin.", "1F3E0", "good"),
        OptionCard("group", "Ryhmäkoti", "Asut talossa, jossa asuu muitakin.", "1F3D8", "unsure"),
        OptionCard("parents", "Asun vanhempien kanssa", "Asut kotona äidin ja isän kanssa.", "1F46A"),
        OptionCard("supported", "Tukiasunto", "Oma pieni asunto. Ohjaaja käy usein.", None),
    ])


def many() -> ClientViewContent:
    titles = ["Oma koti", "Ryhmäkoti", "Asun vanhempien kanssa", "Tukiasunto", "Päivätoiminta",
              "Asumispalveluyksikkö", "Kauppa", "Bussi", "Taksi", "Ruoka", "Pankki", "Kävely"]
    codes = ["1F3E0", "1F3D8", "1F46A", "1F3E1", "1F3EB", "1F3E5", "1F6D2", "1F68C", "1F695", "1F37D", "1F3E6",
             "1F6B6"]
    reactions = [None, "good", None, "not_good", None, "unsure"]
    return ClientViewContent("Mitä haluat tehdä?", [
        OptionCard(f"o{i}", title, "", code, reactions[i % len(reactions)])  # type: ignore[arg-type]
        for i, (title, code) in enumerate(zip(titles, codes, strict=True))])


LONG_TOPIC = "Puhutaan rahasta: laskuista ja omista käyttörahoista."  # two lines at 1366 px


def money(*reactions: str | None) -> ClientViewContent:
    """The demo that looked cramped on a laptop: a long topic, and a title that needs three lines
    in a column unless it is hyphenated with care ("Itse verkkopan-kissa")."""
    options = [("help", "Läheinen auttaa", "Äiti tai sisko maksaa laskut kanssasi.", "1F46A"),
               ("ebill", "E-laskut ja suoramaksu", "Laskut maksetaan itsestään tililtä.", "1F9FE"),
               ("bank", "Itse verkkopankissa", "Maksat laskut itse tietokoneella.", "1F3E6"),
               ("guardian", "Edunvalvoja maksaa", "Edunvalvoja hoitaa laskut.", "1F3DB"),
               ("service", "Pankin asiakaspalvelu", "Käyt pankissa, ja virkailija auttaa.", "1F3E6"),
               ("cash", "Käteisellä kaupassa", "Maksat kaupassa seteleillä.", "1F6D2")]
    return ClientViewContent(LONG_TOPIC, [
        OptionCard(i, title, plain, code, reaction)  # type: ignore[arg-type]
        for (i, title, plain, code), reaction in zip(options, reactions, strict=False)])


class FakeClock:
    """The hold's clock, moved on by the test: a busy machine cannot finish or outlast a hold by itself."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def advance(self, ms: float) -> None:
        self.now += ms


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def view(qtbot, clock: FakeClock) -> Iterator[ClientViewWindow]:  # type: ignore[no-untyped-def]
    window = ClientViewWindow(hold_ms=HOLD_MS, clock=clock)
    qtbot.addWidget(window, before_close_func=lambda w: w.force_close())
    window.set_content(sample())
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    yield window


def all_texts(root: QWidget) -> list[str]:
    """Every text a person or a screen reader could get from the window."""
    texts = [root.windowTitle(), root.toolTip(), root.accessibleName(), root.accessibleDescription()]
    for widget in root.findChildren(QWidget):
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.statusTip(),
                  widget.whatsThis(), widget.windowTitle()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text().replace(SOFT_HYPHEN, ""))
    return [text for text in texts if text]


def text_widgets(root: QWidget) -> list[QLabel | QAbstractButton]:
    return [w for w in root.findChildren(QWidget)
            if isinstance(w, QLabel | QAbstractButton) and w.isVisible() and w.text()]


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
    assert card.is_compact() and QApplication.focusWidget() is card  # the focus stays on the moved card
    assert "Good" in card.accessibleName()

    emitted: list[tuple[str, object]] = []
    view.reaction_changed.connect(lambda option_id, reaction: emitted.append((option_id, reaction)))
    qtbot.keyClick(card, Qt.Key.Key_2)
    qtbot.keyClick(card, Qt.Key.Key_3, Qt.KeyboardModifier.KeypadModifier)
    qtbot.keyClick(card, Qt.Key.Key_3)  # already there: nothing to save
    qtbot.keyClick(card, Qt.Key.Key_0)
    assert emitted == [("parents", "unsure"), ("parents", "not_good"), ("parents", None)]
    assert board.option_ids(None) == ["parents", "supported"]  # back in its own place on the tray
    other = board.card("supported")
    assert card.is_compact() == other.is_compact() and card.size() == other.size()  # looks like the tray's cards
    assert QApplication.focusWidget() is card

    qtbot.keyClick(card, Qt.Key.Key_3)
    qtbot.keyClick(card, Qt.Key.Key_Backspace)
    qtbot.keyClick(card, Qt.Key.Key_2)
    qtbot.keyClick(card, Qt.Key.Key_Delete)
    assert emitted[3:] == [("parents", "not_good"), ("parents", None), ("parents", "unsure"), ("parents", None)]


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


def drop(zone: QWidget, mime: QMimeData) -> tuple[bool, bool]:
    """Deliver a drag enter and a drop to ``zone`` as Qt would; (enter accepted, drop accepted)."""
    point = QPoint(zone.width() // 2, zone.height() // 2)
    enter = QDragEnterEvent(point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(zone, enter)
    event = QDropEvent(QPointF(point), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    event.ignore()
    QApplication.sendEvent(zone, event)
    return enter.isAccepted(), event.isAccepted()


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


def test_twelve_cards_render_quickly_and_nothing_is_cut_off(qtbot, view: ClientViewWindow) -> None:  # type: ignore[no-untyped-def]
    view.set_content(many())  # warms the pictogram cache
    start = time.perf_counter()
    view.set_content(many())
    view.grab()
    assert time.perf_counter() - start < 0.5
    for size in ((1366, 768), (1920, 1080)):
        view.resize(*size)
        qtbot.waitUntil(lambda size=size: view.size().width() == size[0])
        qtbot.wait(20)  # the layout settles after the resize
        for option_id in [f"o{i}" for i in range(12)]:
            card = view.board.card(option_id)
            label = card.title_label
            metrics = QFontMetrics(label.font())
            width = label.contentsRect().width()
            for word in label.text().replace(SOFT_HYPHEN, "- ").split():
                assert metrics.horizontalAdvance(word) <= width, (size, word)
            assert label.heightForWidth(width) <= label.height() + 1, (size, option_id)
        tray = view.board.zone(None)
        widths = [view.board.zone(reaction).width() for reaction in ("good", "unsure", "not_good")]
        assert max(widths) - min(widths) <= 1  # equal columns (to the pixel left over by rounding)
        assert tray.height() >= max(card.height() for card in tray.cards)


def resize(qtbot, view: ClientViewWindow, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    view.resize(*size)
    qtbot.waitUntil(lambda: view.size().toTuple() == size)
    qtbot.wait(20)  # the layout settles after the resize


def assert_nothing_is_clipped(view: ClientViewWindow, size: tuple[int, int]) -> None:
    """Every card lies wholly in its zone's visible area, no column scrolls, and every title is whole."""
    board = view.board
    for reaction, zone in [(None, board.tray), *board.columns.items()]:
        viewport = zone.scroll.viewport()
        if reaction is not None:
            assert len(zone.cards) > 3 or not zone.scroll.verticalScrollBar().isVisible(), (size, reaction)
        for card in zone.cards:
            where = card.geometry().translated(card.parentWidget().mapTo(viewport, QPoint(0, 0)))
            assert viewport.rect().contains(where), (size, card.option_id, where, viewport.rect())
            label = card.title_label
            assert card.rect().contains(label.geometry()), (size, card.option_id)
            assert label.heightForWidth(label.width()) <= label.height(), (size, card.option_id)
            metrics = QFontMetrics(label.font())
            for word in label.text().replace(SOFT_HYPHEN, "- ").split():
                assert metrics.horizontalAdvance(word) <= label.width(), (size, word)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_a_long_topic_and_its_cards_fit_on_a_laptop_screen(qtbot, view: ClientViewWindow,  # type: ignore[no-untyped-def]
                                                             size: tuple[int, int]) -> None:
    board = view.board
    view.set_content(money(None, "good", "unsure"))
    resize(qtbot, view, size)
    board.card("help").setFocus()  # its plain sentence shows under the topic
    qtbot.wait(20)
    detail = view.findChild(QLabel, "clientViewDetail")
    assert detail.isVisible() and detail.text() == "Äiti tai sisko maksaa laskut kanssasi."
    assert_nothing_is_clipped(view, size)

    topic = view.findChild(QLabel, "clientViewTopic")
    assert topic.text() == LONG_TOPIC  # wrapped, never elided
    metrics = QFontMetrics(topic.font())
    assert 32 <= topic.font().pointSize() <= palette.TITLE_PT
    assert topic.height() <= 2 * metrics.lineSpacing() + 2
    assert topic.heightForWidth(topic.width()) <= topic.height() + 1
    text_area = topic.contentsRect().translated(topic.mapTo(view, QPoint(0, 0)))
    assert not text_area.intersects(view.leave_control.geometry())  # clear of the corner control

    # "Itse verkkopankissa" takes two lines in its column, not three ("Itse / verkkopan- / kissa").
    bank = board.card("bank")
    assert bank.compact_lines(bank.width()) <= 2
    assert bank.title_label.text().replace(SOFT_HYPHEN, "") == "Itse verkkopankissa"


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("reactions", [
    ("good", "good", "good"),
    ("good", "good", "good", None, None, None),
    ("good", "good", "good", "unsure", "unsure", "unsure"),
    ("not_good", "unsure", "not_good", "good", "not_good", None),
])
def test_three_cards_in_a_column_need_no_scrolling(qtbot, view: ClientViewWindow,  # type: ignore[no-untyped-def]
                                                   size: tuple[int, int], reactions: tuple[str | None, ...]) -> None:
    view.set_content(money(*reactions))
    resize(qtbot, view, size)
    view.board.card("help").setFocus()
    qtbot.wait(20)
    assert_nothing_is_clipped(view, size)


def test_the_tray_shrinks_as_the_cards_are_sorted(qtbot, view: ClientViewWindow) -> None:  # type: ignore[no-untyped-def]
    board = view.board
    view.set_content(money(None, None, None, None, None, None))
    qtbot.wait(10)
    heights = [board.tray.height()]
    columns = [board.zone("good").height()]
    note = view.findChild(QLabel, "clientViewAllSorted")
    assert not note.isVisible()
    for option_id, reaction in [("help", "good"), ("ebill", "good"), ("bank", "unsure"),
                                ("guardian", "unsure"), ("service", "not_good"), ("cash", "not_good")]:
        board.move(option_id, reaction)
        qtbot.wait(10)
        heights.append(board.tray.height())
        columns.append(board.zone("good").height())
        assert_nothing_is_clipped(view, (1366, 768))
    assert heights == sorted(heights, reverse=True)  # never grows while cards leave it
    assert heights[0] > heights[3] > heights[6]  # two rows, one row, the slim strip
    assert columns == sorted(columns) and columns[6] > columns[0]  # the columns take what the tray gives up
    assert note.isVisible() and note.text() == "All cards are sorted."
    assert heights[6] <= note.fontMetrics().lineSpacing() + 30
    assert note.font().pointSizeF() >= palette.BODY_PT

    # The slim strip still takes a card back, by a drop or a tap.
    with qtbot.waitSignal(view.reaction_changed, timeout=500) as signal:
        assert drop(board.zone(None), board.card("bank").mime_data()) == (True, True)
    assert signal.args == ["bank", None]
    assert board.tray.height() > heights[6] and not note.isVisible()
    board.move("bank", "unsure")
    qtbot.mouseClick(board.card("cash"), Qt.MouseButton.LeftButton, pos=board.card("cash").rect().center())
    with qtbot.waitSignal(view.reaction_changed, timeout=500) as signal:
        qtbot.mouseClick(board.tray, Qt.MouseButton.LeftButton, pos=note.geometry().center())
    assert signal.args == ["cash", None]


def test_the_tray_shows_tiles_when_the_screen_has_room(qtbot, view: ClientViewWindow) -> None:  # type: ignore[no-untyped-def]
    board = view.board
    view.set_content(money(None, "good", "unsure"))
    resize(qtbot, view, (1920, 1080))
    assert board.tray_shows_tiles() and not board.card("help").is_compact()
    board.move("ebill", None)
    assert not board.card("ebill").is_compact()
    assert board.card("ebill").size() == board.card("help").size()  # the tray's tiles share one size
    resize(qtbot, view, (1366, 768))  # a short screen: compact cards on the tray too, like the columns'
    assert not board.tray_shows_tiles() and board.card("help").is_compact() and board.card("ebill").is_compact()
    assert_nothing_is_clipped(view, (1366, 768))


def test_short_topics_keep_the_big_title(qtbot, view: ClientViewWindow) -> None:  # type: ignore[no-untyped-def]
    topic = view.findChild(QLabel, "clientViewTopic")
    assert topic.font().pointSize() == palette.TITLE_PT  # "Missä haluat asua?"
    view.set_content(money(None))
    assert palette.HEADING_PT <= topic.font().pointSize() < palette.TITLE_PT


def test_words_wrap_at_spaces_and_fill_the_line_when_they_must_break(qapp) -> None:  # type: ignore[no-untyped-def]
    metrics = QFontMetrics(palette.font(palette.CARD_TITLE_PT, bold=True))
    word = metrics.horizontalAdvance("verkkopankissa")
    # Room for the long word on a line of its own: it wraps whole, no hyphen.
    assert fit_text("Itse verkkopankissa", metrics, word + 10) == "Itse verkkopankissa"
    assert fit_text("Käteisellä kaupassa", metrics, word) == "Käteisellä kaupassa"
    # No room: its first syllables fill the first line ("Itse verkko-"), two lines rather than three.
    width = word - 30
    fitted = fit_text("Itse verkkopankissa", metrics, width)
    assert fitted == f"Itse verkko{SOFT_HYPHEN}pankissa"
    assert option_card.line_count(fitted, metrics, width) == 2
    # A short word is never split in two-letter scraps.
    assert all(len(part) > 2 for part in fit_text("Päivätoiminta", metrics, 240).split(SOFT_HYPHEN))


def test_long_words_are_hyphenated_rather_than_cut(qapp) -> None:  # type: ignore[no-untyped-def]
    metrics = QFontMetrics(palette.font(palette.CARD_TITLE_PT, bold=True))
    fitted = fit_text("Asumispalveluyksikkö on", metrics, 200)
    assert fitted.replace(SOFT_HYPHEN, "") == "Asumispalveluyksikkö on"
    assert all(metrics.horizontalAdvance(part) <= 200 for part in re.split(f"[{SOFT_HYPHEN} ]", fitted))
    assert fit_text("Oma koti", metrics, 200) == "Oma koti"


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
    view.set_content(many())
    for mode in ("sorting", "wellbeing"):
        view.show_sorting() if mode == "sorting" else view.show_wellbeing(3)
        widgets = text_widgets(view)
        assert len(widgets) >= (13 if mode == "sorting" else 6)
        for widget in widgets:
            assert widget.font().pointSizeF() >= palette.BODY_PT, (mode, widget.text())
    for card in view.findChildren(option_card.OptionCardWidget):
        assert card.title_label.font().pointSizeF() >= 28
    assert view.findChild(QLabel, "clientViewTopic").font().pointSizeF() > 28


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
