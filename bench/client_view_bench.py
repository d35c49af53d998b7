"""The client view with twelve option cards at 1366 × 768: showing new content (the cards made,
sized and laid out) and painting the window, as after every saved move (offscreen)."""

from __future__ import annotations

import time
from typing import Any

from bench.stats import summary_ms

TITLES = ("Oma koti", "Ryhmäkoti", "Asun vanhempien kanssa", "Tukiasunto", "Päivätoimintakeskus",
          "Asumispalveluyksikkö", "Kauppa", "Bussi", "Taksi", "Ruoka", "Pankki", "Henkilökohtainen avustaja")
CODES = ("1F3E0", "1F3D8", "1F46A", "1F3E1", None, "1F3E5", "1F6D2", "1F68C", "1F695", "1F37D", "1F3E6", "1F9D1")


def run(repeats: int = 15) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from sopiva_desk.gui.client_view import ClientViewContent, ClientViewWindow, OptionCard

    app = QApplication.instance() or QApplication([])
    reactions = (None, "good", None, "not_good", None, "unsure")
    content = ClientViewContent("Mitä haluat tehdä?", [
        OptionCard(f"o{n}", title, "", code, reactions[n % len(reactions)])  # type: ignore[arg-type]
        for n, (title, code) in enumerate(zip(TITLES, CODES, strict=True))])
    window = ClientViewWindow()
    window.resize(1366, 768)
    window.show()
    window.set_content(content)  # warms the pictogram cache
    window.grab()
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        window.set_content(content)
        app.processEvents()
        window.grab()
        samples.append(time.perf_counter() - started)
    window.force_close()
    window.deleteLater()
    return summary_ms(samples)
