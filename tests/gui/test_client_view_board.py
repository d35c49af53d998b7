"""The sorting board's look: the picture leads on every card, words are never broken, a card without
a pictogram shows a placeholder, one card size that holds while the client sorts, and nothing cut
off on a laptop screen or a big one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage
from PySide6.QtWidgets import QLabel

from sopiva_desk.gui.client_view import ClientViewContent, ClientViewWindow, OptionCard, palette
from sopiva_desk.gui.client_view.option_card import (
    PICTURE_SHARE,
    fit_title,
    placeholder_letter,
    title_font,
)
from tests.gui.client_view_support import (
    LONG_TOPIC,
    assert_nothing_is_clipped,
    assert_words_whole,
    drop,
    long_words,
    many,
    money,
    open_view,
    resize,
    settle,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SIZES = [(1366, 768), (1920, 1080)]
LONG = ("Asumisyksikkö", "Päivätoimintakeskus", "Henkilökohtainen avustaja")


@pytest.fixture
def view(qtbot) -> ClientViewWindow:  # type: ignore[no-untyped-def]
    return open_view(qtbot, content=long_words())


def colours_in(image: QImage, rect: QRect) -> set[str]:
    return {image.pixelColor(x, y).name() for x in range(rect.left(), rect.right(), 3)
            for y in range(rect.top(), rect.bottom(), 3)}


# The card --------------------------------------------------------------------------------------

@pytest.mark.parametrize("size", SIZES)
def test_the_picture_leads_and_the_words_are_whole(qtbot, view: ClientViewWindow,  # type: ignore[no-untyped-def]
                                                   size: tuple[int, int]) -> None:
    resize(qtbot, view, size)
    board = view.board
    width, _height = board.card_size()
    assert width >= (180 if size == (1366, 768) else 240)  # three options: big cards on a laptop too
    for option_id in ("unit", "centre", "assistant"):
        card = board.card(option_id)
        picture = card.picture_rect()
        words = card.title_label.geometry()
        assert picture.width() == picture.height() == round(PICTURE_SHARE * card.width())  # large, from the card
        assert abs(picture.center().x() - card.rect().center().x()) <= 1  # centred ...
        assert picture.bottom() < words.top()  # ... above the words
        assert card.title_label.alignment() & Qt.AlignmentFlag.AlignHCenter
        assert card.title_label.text() == card.option.title  # no hyphen, no soft hyphen: never broken
        assert_words_whole(card.title_label)
    assert_nothing_is_clipped(view, size)


def test_a_card_without_a_pictogram_shows_a_placeholder(qtbot, view: ClientViewWindow) -> None:  # type: ignore[no-untyped-def]
    with_picture, without = view.board.card("unit"), view.board.card("centre")
    assert not without.has_pictogram() and placeholder_letter(without.option.title) == "P"
    image = without.grab().toImage()
    inside = colours_in(image, without.picture_rect())
    assert QColor(palette.PLACEHOLDER).name() in inside  # the soft frame's ground ...
    assert QColor(palette.PLACEHOLDER_LETTER).name() in inside  # ... and its letter: no empty gap
    assert QColor(palette.CARD).name() not in colours_in(image, without.picture_rect().adjusted(30, 30, -30, -30))
    drawn = colours_in(with_picture.grab().toImage(), with_picture.picture_rect())
    assert len(drawn) > 3 and QColor(palette.PLACEHOLDER).name() not in drawn  # a real pictogram, no frame
    assert placeholder_letter("  3 vaihtoehtoa") == "3" and placeholder_letter("!") == ""
    assert palette.contrast_ratio(palette.PLACEHOLDER_BORDER, palette.CARD) >= 3.0
    assert palette.contrast_ratio(palette.PLACEHOLDER_LETTER, palette.PLACEHOLDER) >= 7.0


@pytest.mark.parametrize("title", LONG)
def test_long_words_shrink_to_fit_whole_and_are_never_broken(qapp, title: str) -> None:  # type: ignore[no-untyped-def]
    sizes = []
    for width in range(100, 601, 25):
        size, height = fit_title(title, width)
        metrics = QFontMetrics(title_font(size))
        assert all(metrics.horizontalAdvance(word) <= width for word in title.split()), (title, width, size)
        assert height >= metrics.lineSpacing()
        sizes.append(size)
    assert sizes == sorted(sizes)  # a wider card never gets smaller words
    assert sizes[-1] == palette.CARD_TITLE_PT  # with room, the full size
    word = max(title.split(), key=len)
    narrow = QFontMetrics(title_font(palette.CARD_TITLE_PT)).horizontalAdvance(word) - 40
    assert fit_title(title, narrow)[0] < palette.CARD_TITLE_PT  # no room at full size: smaller, still whole


def test_short_words_keep_the_full_size(qapp) -> None:  # type: ignore[no-untyped-def]
    assert fit_title("Oma koti", 200)[0] == palette.CARD_TITLE_PT
    assert fit_title("Ryhmäkoti", 240)[0] == palette.CARD_TITLE_PT


# The board -------------------------------------------------------------------------------------

def test_the_cards_keep_one_size_while_the_client_sorts(qtbot, view: ClientViewWindow) -> None:  # type: ignore[no-untyped-def]
    board = view.board
    size = board.card_size()
    for option_id in ("unit", "centre", "assistant"):  # all three into one column, one at a time
        board.move(option_id, "good")
        settle()
        assert board.card_size() == size
        assert {card.size().toTuple() for card in (board.card(i) for i in ("unit", "centre", "assistant"))} == {size}
        assert_nothing_is_clipped(view, (1366, 768))


@pytest.mark.parametrize("size", SIZES)
def test_twelve_cards_nothing_is_cut_off(qtbot, view: ClientViewWindow, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    view.set_content(many())
    resize(qtbot, view, size)
    cards = [view.board.card(f"o{i}") for i in range(12)]
    assert len({card.size().toTuple() for card in cards}) == 1
    for card in cards:
        assert_words_whole(card.title_label)
        assert card.title_label.text() == card.option.title
    widths = [view.board.zone(reaction).width() for reaction in ("good", "unsure", "not_good")]
    assert max(widths) - min(widths) <= 1  # equal columns (to the pixel left over by rounding)
    assert_nothing_is_clipped(view, size)


@pytest.mark.parametrize("size", SIZES)
def test_a_long_topic_and_its_cards_fit_on_a_laptop_screen(qtbot, view: ClientViewWindow,  # type: ignore[no-untyped-def]
                                                             size: tuple[int, int]) -> None:
    board = view.board
    view.set_content(money(None, "good", "unsure"))
    resize(qtbot, view, size)
    board.card("help").setFocus()  # its plain sentence shows under the topic
    settle()
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
    assert board.card("bank").title_label.text() == "Itse verkkopankissa"  # whole words, no hyphen


ROOMY = ("good", "good", "good")
FULL_COLUMNS = ("good", "good", "good", "unsure", "unsure", "unsure")
CROWDED = [("good", "good", "good", None, None, None), ("not_good", "unsure", "not_good", "good", "not_good", None)]


@pytest.mark.parametrize(("size", "reactions"), [
    *[(size, reactions) for size in SIZES for reactions in (ROOMY, FULL_COLUMNS)],
    *[((1920, 1080), reactions) for reactions in CROWDED],
])
def test_three_cards_in_a_column_need_no_scrolling(qtbot, view: ClientViewWindow,  # type: ignore[no-untyped-def]
                                                   size: tuple[int, int], reactions: tuple[str | None, ...]) -> None:
    view.set_content(money(*reactions))
    resize(qtbot, view, size)
    view.board.card("help").setFocus()
    settle()
    assert_nothing_is_clipped(view, size)


@pytest.mark.parametrize("reactions", CROWDED)
def test_a_crowded_laptop_board_scrolls_a_column_and_every_card_stays_reachable(
        qtbot, view: ClientViewWindow, reactions: tuple[str | None, ...]) -> None:  # type: ignore[no-untyped-def]
    """Six options with long words under a two-line topic, three in one column and more to sort:
    on 1366 × 768 the pictures stay big enough to lead, so the full column scrolls instead."""
    board = view.board
    view.set_content(money(*reactions))
    resize(qtbot, view, (1366, 768))
    full = next(zone for zone in board.columns.values() if len(zone.cards) == 3)
    assert full.scroll.verticalScrollBar().isVisible()  # it shows that there is more
    assert board.card_size()[0] >= 130
    for card in full.cards:
        card.setFocus()
        settle()
        viewport = full.scroll.viewport()
        where = card.geometry().translated(card.parentWidget().mapTo(viewport, QPoint(0, 0)))
        assert viewport.rect().contains(where), card.option_id  # the keyboard brings it into view
        assert_words_whole(card.title_label)


def test_the_tray_shrinks_as_the_cards_are_sorted(qtbot, view: ClientViewWindow) -> None:  # type: ignore[no-untyped-def]
    board = view.board
    view.set_content(money(None, None, None, None, None, None))
    settle()
    heights = [board.tray.height()]
    columns = [board.zone("good").height()]
    note = board.done_note
    assert not note.isVisible()
    for option_id, reaction in [("help", "good"), ("ebill", "good"), ("bank", "unsure"),
                                ("guardian", "unsure"), ("service", "not_good"), ("cash", "not_good")]:
        board.move(option_id, reaction)
        settle()
        heights.append(board.tray.height())
        columns.append(board.zone("good").height())
        assert_nothing_is_clipped(view, (1366, 768))
    assert heights[0] >= heights[3] > heights[6]  # a row of cards, then the slim strip
    assert columns == sorted(columns) and columns[6] > columns[0]  # the columns take what the tray gives up
    assert note.isVisible() and note.text() == "All cards are sorted."
    assert heights[6] <= note.sizeHint().height() + 30
    assert note.font().pointSizeF() >= palette.BODY_PT

    # The slim strip still takes a card back, by a drop or a tap.
    with qtbot.waitSignal(view.reaction_changed, timeout=500) as signal:
        assert drop(board.zone(None), board.card("bank").mime_data()) == (True, True)
    assert signal.args == ["bank", None]
    assert board.tray.height() > heights[6] and not note.isVisible()


def test_short_topics_keep_the_big_title(qtbot, view: ClientViewWindow) -> None:  # type: ignore[no-untyped-def]
    topic = view.findChild(QLabel, "clientViewTopic")
    assert topic.font().pointSize() == palette.TITLE_PT  # "Missä haluat asua?"
    view.set_content(money(None))
    assert palette.HEADING_PT <= topic.font().pointSize() < palette.TITLE_PT


def test_content_without_pictograms_at_all(qtbot, view: ClientViewWindow) -> None:  # type: ignore[no-untyped-def]
    view.set_content(ClientViewContent("Mitä syödään?", [OptionCard("a", "Puuro"), OptionCard("b", "Leipä")]))
    settle()
    for option_id in ("a", "b"):
        card = view.board.card(option_id)
        assert not card.has_pictogram() and card.picture_rect().height() > 100
    assert_nothing_is_clipped(view, (1366, 768))
