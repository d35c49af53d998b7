"""What the client view tests share: sample content, the window fixture on a fake hold clock,
and the checks that nothing on the board is cut off."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from sopiva_desk.gui.client_view import ClientViewContent, ClientViewWindow, OptionCard

HOLD_MS = 150
LONG_TOPIC = "Puhutaan rahasta: laskuista ja omista käyttörahoista."  # two lines at 1366 px


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


def long_words(*reactions: str | None) -> ClientViewContent:
    """The tester's housing decision: long Finnish words, one option without a pictogram."""
    options = [("unit", "Asumisyksikkö", "Asut muiden kanssa, apu on lähellä.", "1F3D8"),
               ("centre", "Päivätoimintakeskus", "Käyt päivisin keskuksessa.", None),
               ("assistant", "Henkilökohtainen avustaja", "Avustaja tulee kotiin.", "1F9D1")]
    return ClientViewContent("Missä haluat asua?", [
        OptionCard(i, title, plain, code, reaction)  # type: ignore[arg-type]
        for (i, title, plain, code), reaction in zip(options, (*reactions, None, None, None), strict=False)])


def money(*reactions: str | None) -> ClientViewContent:
    """The demo that looked cramped on a laptop: a long topic and six options with long words."""
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


def open_view(qtbot: Any, clock: FakeClock | None = None,
              content: ClientViewContent | None = None) -> ClientViewWindow:
    """The window at 1366 × 768, shown and active, showing ``content`` (``sample()``)."""
    window = ClientViewWindow(hold_ms=HOLD_MS, clock=clock or FakeClock())
    qtbot.addWidget(window, before_close_func=lambda w: w.force_close())
    window.set_content(content or sample())
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    settle()
    return window


def all_texts(root: QWidget) -> list[str]:
    """Every text a person or a screen reader could get from the window."""
    texts = [root.windowTitle(), root.toolTip(), root.accessibleName(), root.accessibleDescription()]
    for widget in root.findChildren(QWidget):
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.statusTip(),
                  widget.whatsThis(), widget.windowTitle()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
    return [text for text in texts if text]


def text_widgets(root: QWidget) -> list[QLabel | QAbstractButton]:
    return [w for w in root.findChildren(QWidget)
            if isinstance(w, QLabel | QAbstractButton) and w.isVisible() and w.text()]


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


def settle() -> None:
    """Run the layouts Qt has queued (no waiting: the posted layout requests are sent now)."""
    for _ in range(4):  # a layout done may ask its parent's again
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def resize(qtbot: Any, view: ClientViewWindow, size: tuple[int, int]) -> None:
    view.resize(*size)
    qtbot.waitUntil(lambda: view.size().toTuple() == size)
    settle()


def assert_words_whole(label: QLabel) -> None:
    """Every word of a card's words fits its line whole, and every line shows."""
    metrics = QFontMetrics(label.font())
    for word in label.text().split():
        assert metrics.horizontalAdvance(word) <= label.width(), (label.text(), word, label.width())
    assert label.heightForWidth(label.width()) <= label.height() + 1, label.text()


def assert_nothing_is_clipped(view: ClientViewWindow, size: tuple[int, int]) -> None:
    """Every card lies wholly in its zone's visible area, no column scrolls, and every card's picture
    and words are whole, the picture above the words."""
    board = view.board
    for reaction, zone in [(None, board.tray), *board.columns.items()]:
        viewport = zone.scroll.viewport()
        if reaction is not None:
            assert not zone.scroll.verticalScrollBar().isVisible(), (size, reaction)
        for card in zone.cards:
            where = card.geometry().translated(card.parentWidget().mapTo(viewport, QPoint(0, 0)))
            assert viewport.rect().contains(where), (size, card.option_id, where, viewport.rect())
            label = card.title_label
            assert card.rect().contains(label.geometry()), (size, card.option_id)
            assert card.picture_rect().bottom() < label.geometry().top(), (size, card.option_id)
            assert_words_whole(label)
