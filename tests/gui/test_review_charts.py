"""Review charts: empty state, a panel per goal plus "How are things?", a text description, and
the rating pictures."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from sopiva_desk.domain import reviews as rules
from sopiva_desk.gui.widgets.review_charts import ReviewCharts, attainment_words, paint_steps

GOALS = [("g1", "Haluan asua omassa kodissa", "1F3E0"), ("g2", "Käyn työtoiminnassa", "1F4BC"),
         ("g3", "Tapaan ystäviä", None)]
DATA = [(date(2026, 3, 1), [(1, 2), (2, 2), (3, None)], 2), (date(2026, 6, 15), [(2, 2), (3, 2), (3, 3)], 3),
        (date(2026, 9, 1), [(4, 3), (3, 3), (None, 4)], None), (date(2026, 11, 20), [(5, 4), (4, 4), (5, 5)], 5)]


def four_reviews() -> list[rules.Review]:
    reviews = []
    for index, (day, ratings, wellbeing) in enumerate(DATA):
        rows = tuple(rules.GoalRating(goal_id=g, client_words=words, pictogram=picture, client=c, professional=p)
                     for (g, words, picture), (c, p) in zip(GOALS, ratings, strict=True))
        reviews.append(rules.Review(id=f"r{index}", plan_id="p", review_date=day, ratings=rows, wellbeing=wellbeing,
                                    notes="n", state="completed"))
    return reviews


def test_empty_state(qtbot: Any) -> None:
    charts = ReviewCharts()
    qtbot.addWidget(charts)
    assert charts.is_empty()
    assert charts.accessibleDescription().startswith("No completed reviews yet.")
    charts.resize(600, charts.heightForWidth(600))
    assert not charts.grab().isNull()
    draft = replace(four_reviews()[0], state="draft")
    charts.set_reviews([draft])  # drafts are not charted
    assert charts.is_empty()


def test_four_reviews_of_three_goals(qtbot: Any) -> None:
    charts = ReviewCharts()
    qtbot.addWidget(charts)
    reviews = four_reviews()
    charts.set_reviews(reversed(reviews))  # newest first, as the service lists them
    assert [s.goal_id for s in charts.goals] == ["g1", "g2", "g3"]
    assert charts.dates == [d for d, _, _ in DATA]
    text = charts.description()
    assert text.splitlines()[0] == ("Reviews on 1.3.2026, 15.6.2026, 1.9.2026, 20.11.2026. "
                                    "Goal attainment from 1 (not yet) to 5 (reached).")
    assert "How are things? 2 (Bad) on 1.3.2026; 3 (Okay) on 15.6.2026; 5 (Very good) on 20.11.2026." in text
    assert "Goal “Tapaan ystäviä”: the client 3, 3, –, 5; the professional –, 3, 4, 5" in text
    assert charts.accessibleDescription() == text
    # Two columns when wide: "How are things?" and three goals make two rows; one column makes four.
    assert charts.heightForWidth(1000) < charts.heightForWidth(600)
    for width in (1000, 600):
        charts.resize(width, charts.heightForWidth(width))
        image = charts.grab().toImage()
        assert not image.isNull()
        if os.environ.get("REVIEW_SCREENSHOTS"):
            image.save(f"/tmp/review_charts_{width}.png")


def test_service_views_are_accepted(qtbot: Any) -> None:
    class View:  # what ReviewService.for_client returns carries the domain review as ``.review``
        def __init__(self, review: rules.Review) -> None:
            self.review = review

    charts = ReviewCharts()
    qtbot.addWidget(charts)
    charts.set_reviews([View(r) for r in four_reviews()[:1]])
    assert charts.dates == [date(2026, 3, 1)] and not charts.is_empty()
    charts.resize(700, charts.heightForWidth(700))
    assert not charts.grab().isNull()


def test_the_rating_pictures_fill_more_steps_for_higher_ratings(qapp: Any) -> None:
    assert list(attainment_words()) == [1, 2, 3, 4, 5]

    def dark_pixels(value: int) -> int:
        image = QImage(100, 100, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        paint_steps(painter, QRectF(0, 0, 100, 100), value)
        painter.end()
        return sum(1 for x in range(0, 100, 2) for y in range(0, 100, 2) if image.pixelColor(x, y).lightness() < 100)

    counts = [dark_pixels(value) for value in range(1, 6)]
    assert counts == sorted(counts) and len(set(counts)) == 5


def test_the_scale_legend_breaks_only_between_steps(qapp: Any) -> None:
    from sopiva_desk.gui.widgets.review_charts import attainment_words, scale_legend

    legend = scale_legend(attainment_words())
    steps = legend.split(" · ")
    assert len(steps) == 5 and all(" " not in step.strip("\u00a0") for step in steps)
    assert steps[4].replace("\u00a0", " ") == "5 Reached"
