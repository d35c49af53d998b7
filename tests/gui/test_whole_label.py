"""The status bar's signed-in name: whole, or out of the way, never cut."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from sopiva_desk.gui.widgets.whole_label import WholeOrNothingLabel


def test_the_label_gives_up_its_room_whole_and_keeps_its_text_in_the_tooltip(qtbot: Any) -> None:
    bar = QWidget()
    qtbot.addWidget(bar)
    row = QHBoxLayout(bar)
    wide = QLabel("Käyttötarkoitus: Päätöksenteon valmistelu ja asiakastyön suunnittelu")
    name = WholeOrNothingLabel(bar)
    name.setText("Kirjautunut: Eeva Esimerkki (demo)")
    row.addWidget(wide)
    row.addWidget(name)
    needed = wide.sizeHint().width() + QLabel(name.text()).sizeHint().width() + 40
    bar.resize(needed, 30)
    bar.show()
    qtbot.waitUntil(lambda: name.fits())
    assert name.toolTip() == "Kirjautunut: Eeva Esimerkki (demo)"

    bar.resize(wide.sizeHint().width() + 40, 30)  # too short for both: the bar does not grow
    qtbot.waitUntil(lambda: not name.fits())
    assert bar.minimumSizeHint().width() < needed - 100 and wide.width() >= wide.sizeHint().width()
