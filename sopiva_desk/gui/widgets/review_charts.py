"""Simple charts of a client's plan reviews over time, painted with QPainter.

One panel for "How are things?" (the five faces as markers) and one per goal with the
client's and the professional's attainment ratings. Reviews are one step apart on the time
axis, labelled with their dates (d.m.yyyy). The two raters differ by line (solid / dashed),
marker (filled circle / hollow square) and the legend's words, never by colour alone. The
whole content is also in ``description()`` (the accessible description).

Also the picture of an attainment step (``paint_steps``), which the review dialog draws on
its big buttons: a staircase of four steps to a flag, filled up to the rating.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from sopiva_desk.domain import reviews as rules
from sopiva_desk.gui.client_view.texts import WELLBEING_FACES
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.pictograms import paint_pictogram

_t = QCoreApplication.translate  # lupdate knows the alias (Makefile: -tr-function-alias)

TEXT = "#1a1c1e"
GRID = "#c9cdd2"
AXIS = "#59636e"
PANEL = "#ffffff"
CLIENT_COLOR = "#0b3f91"  # solid line, filled circles
PROFESSIONAL_COLOR = "#8c4a00"  # dashed line, hollow squares
STEP_FILL = "#0b3f91"
STEP_EMPTY = "#ffffff"

_MARGIN = 12
_GAP = 16
_TITLE_H = 48
_PLOT_H = 150
_XLABEL_H = 24
_PANEL_H = _TITLE_H + _PLOT_H + _XLABEL_H + 16
_LEGEND_H = 74  # the raters, then the scale's words on up to two lines (narrow, or Finnish)
_TWO_COLUMNS_FROM = 760


def attainment_words() -> dict[int, str]:
    """The words of the goal-attainment scale, 1 … 5 (docs/budget.md, "Reviews")."""
    return {
        1: _t("Reviews", "Not yet"),
        2: _t("Reviews", "A little"),
        3: _t("Reviews", "Halfway"),
        4: _t("Reviews", "Almost"),
        5: _t("Reviews", "Reached"),
    }


def wellbeing_words() -> dict[int, str]:
    return {value: QCoreApplication.translate("ClientView", word) for value, _, word in WELLBEING_FACES}


def paint_steps(painter: QPainter, rect: QRectF, value: int, *, outline: str = TEXT) -> None:
    """The rating's picture: four steps up to a flag. "Not yet" (1) has no step filled, each
    higher rating one more, and "reached" (5) every step and the flag."""
    steps = len(rules.ATTAINMENT_STEPS) - 1
    size = min(rect.width(), rect.height())
    box = QRectF(rect.center().x() - size / 2, rect.center().y() - size / 2, size, size)
    flag_h = size * 0.3
    stair_top = box.top() + flag_h
    width = box.width() / steps
    height = (box.bottom() - stair_top) / steps
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for step in range(1, steps + 1):
        top = box.bottom() - step * height
        column = QRectF(box.left() + (step - 1) * width, top, width, step * height)
        painter.setPen(QPen(QColor(outline), max(1.0, size / 40)))
        painter.setBrush(QColor(STEP_FILL if step < value else STEP_EMPTY))
        painter.drawRect(column)
    pole_x = box.right() - width / 2
    pole_bottom = box.bottom() - steps * height
    painter.setPen(QPen(QColor(outline), max(1.5, size / 30)))
    painter.drawLine(QPointF(pole_x, pole_bottom), QPointF(pole_x, box.top()))
    pennant = QPolygonF([QPointF(pole_x, box.top()), QPointF(pole_x - width * 0.8, box.top() + flag_h * 0.3),
                         QPointF(pole_x, box.top() + flag_h * 0.6)])
    painter.setBrush(QColor(STEP_FILL if value >= len(rules.ATTAINMENT_STEPS) else STEP_EMPTY))
    painter.drawPolygon(pennant)
    painter.restore()


def _marker(painter: QPainter, point: QPointF, rater: str, size: float = 12.0) -> None:
    if rater == "client":
        painter.setPen(QPen(QColor(CLIENT_COLOR), 1.5))
        painter.setBrush(QColor(CLIENT_COLOR))
        painter.drawEllipse(point, size * 0.38, size * 0.38)
    else:
        painter.setPen(QPen(QColor(PROFESSIONAL_COLOR), 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(point.x() - size / 2, point.y() - size / 2, size, size))


def _line_pen(rater: str) -> QPen:
    if rater == "client":
        return QPen(QColor(CLIENT_COLOR), 3.0, Qt.PenStyle.SolidLine)
    pen = QPen(QColor(PROFESSIONAL_COLOR), 2.5, Qt.PenStyle.DashLine)
    pen.setDashPattern([4.0, 3.0])
    return pen


def scale_legend(words: dict[int, str]) -> str:
    """"1 Not yet · 2 A little · …" where a line may break only between steps: no-break spaces
    keep each number with its words, so a narrow chart never shows "5" at a line's end and
    "Reached" below it."""
    nbsp = "\u00a0"
    return f"{nbsp} · ".join(f"{value}{nbsp}{word.replace(' ', nbsp)}" for value, word in words.items())


class ReviewCharts(QWidget):
    """Ratings and "How are things?" over the completed reviews given to ``set_reviews``.

    Give it ``ReviewService.for_client(...)`` (any order; drafts are left out) or domain
    ``Review`` values. It grows in height with the number of goals (``heightForWidth``), so
    place it in a scroll area.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewCharts")
        self.setAccessibleName(self.tr("Review charts"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach the description
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.goals: list[rules.GoalSeries] = []
        self.wellbeing: list[tuple[date, int]] = []
        self.dates: list[date] = []
        self._update_description()

    # -- data ------------------------------------------------------------------------------

    def set_reviews(self, reviews: Iterable[Any]) -> None:
        """Show ``reviews``: ``ReviewView``s (their ``.review``) or domain ``Review``s."""
        domain = [getattr(item, "review", item) for item in reviews]
        ordered = rules.in_order(domain)
        self.goals = rules.goal_series(ordered)
        self.wellbeing = rules.wellbeing_series(ordered)
        self.dates = [r.review_date for r in ordered if r.review_date is not None]
        self._update_description()
        self.updateGeometry()
        self.update()

    def is_empty(self) -> bool:
        return not self.dates

    def empty_text(self) -> str:
        return self.tr("No completed reviews yet. After the first review is completed, the client's and "
                       "your ratings of each goal are shown here over time.")

    def description(self) -> str:
        """Everything the charts show, as text."""
        if self.is_empty():
            return self.empty_text()
        dash = "–"
        lines = [self.tr("Reviews on {dates}. Goal attainment from 1 (not yet) to 5 (reached).").format(
            dates=", ".join(format_date(d) for d in self.dates))]
        faces = wellbeing_words()
        if self.wellbeing:
            answers = "; ".join(self.tr("{value} ({word}) on {date}").format(
                value=value, word=faces[value], date=format_date(day)) for day, value in self.wellbeing)
            lines.append(self.tr("How are things? {answers}.").format(answers=answers))
        for series in self.goals:
            def values(rater: str, series: rules.GoalSeries = series) -> str:
                return ", ".join(dash if getattr(p, rater) is None else str(getattr(p, rater))
                                 for p in series.points)

            lines.append(self.tr("Goal “{goal}”: the client {client}; the professional {professional} "
                                 "(reviews on {dates}).").format(
                goal=series.client_words or self.tr("(no words)"), client=values("client"),
                professional=values("professional"), dates=", ".join(format_date(p.day) for p in series.points)))
        return "\n".join(lines)

    def _update_description(self) -> None:
        text = self.description()
        self.setAccessibleDescription(text)
        self.setToolTip(text if not self.is_empty() else "")

    # -- geometry --------------------------------------------------------------------------

    def _columns(self, width: int) -> int:
        return 2 if width >= _TWO_COLUMNS_FROM else 1

    def _panel_count(self) -> int:
        return len(self.goals) + 1  # "How are things?" first

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        if self.is_empty():
            return QFontMetrics(self.font()).lineSpacing() * 4 + 2 * _MARGIN
        rows = -(-self._panel_count() // self._columns(width))
        return _MARGIN * 2 + _LEGEND_H + rows * _PANEL_H + (rows - 1) * _GAP

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(900, self.heightForWidth(900))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(360, self.heightForWidth(360))

    def _panels(self) -> list[QRectF]:
        columns = self._columns(self.width())
        inner = self.width() - 2 * _MARGIN
        width = (inner - (columns - 1) * _GAP) / columns
        top = _MARGIN + _LEGEND_H
        return [QRectF(_MARGIN + (i % columns) * (width + _GAP), top + (i // columns) * (_PANEL_H + _GAP),
                       width, _PANEL_H) for i in range(self._panel_count())]

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(TEXT))
        if self.is_empty():
            painter.drawText(QRectF(self.rect()).adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                             self.empty_text())
            painter.end()
            return
        self._paint_legend(painter, QRectF(_MARGIN, _MARGIN, self.width() - 2 * _MARGIN, _LEGEND_H))
        panels = self._panels()
        self._paint_wellbeing(painter, panels[0])
        for series, rect in zip(self.goals, panels[1:], strict=True):
            self._paint_goal(painter, series, rect)
        painter.end()

    def _bold(self, scale: float = 1.0) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * scale)
        return font

    def _paint_legend(self, painter: QPainter, rect: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        x, y = rect.left(), rect.top() + metrics.ascent()
        for rater, label in (("client", self.tr("The client")), ("professional", self.tr("The professional"))):
            painter.setPen(_line_pen(rater))
            painter.drawLine(QPointF(x, y - 4), QPointF(x + 36, y - 4))
            _marker(painter, QPointF(x + 18, y - 4), rater)
            painter.setPen(QColor(TEXT))
            painter.drawText(QPointF(x + 44, y), label)
            x += 44 + metrics.horizontalAdvance(label) + 28
        scale = scale_legend(attainment_words())
        painter.setPen(QColor(TEXT))
        painter.drawText(QRectF(rect.left(), y + 8, rect.width(), 2 * metrics.lineSpacing() + 4),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                         self.tr("Goal attainment: {scale}").format(scale=scale))

    def _frame(self, painter: QPainter, rect: QRectF, title: str, pictogram: str | None) -> QRectF:
        """The panel, its title (with a pictogram) and the plot area inside it."""
        painter.setPen(QPen(QColor(GRID), 1.0))
        painter.setBrush(QColor(PANEL))
        painter.drawRoundedRect(rect, 8, 8)
        left = rect.left() + 10
        if pictogram:
            paint_pictogram(painter, QRectF(left, rect.top() + 8, 32, 32), pictogram)
            left += 40
        painter.setPen(QColor(TEXT))
        painter.setFont(self._bold())
        metrics = QFontMetrics(painter.font())
        title_rect = QRectF(left, rect.top() + 6, rect.right() - left - 10, _TITLE_H - 8)
        elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(title_rect.width()) * 2 - 20)
        painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                                         | Qt.TextFlag.TextWordWrap), elided)
        painter.setFont(self.font())
        return QRectF(rect.left() + 48, rect.top() + _TITLE_H + 10, rect.width() - 72, _PLOT_H - 20)

    def _axes(self, painter: QPainter, plot: QRectF, days: Sequence[date], labels: dict[int, str] | None) -> None:
        metrics = QFontMetrics(self.font())
        for value in rules.ATTAINMENT_STEPS:
            y = self._y(plot, value)
            painter.setPen(QPen(QColor(GRID), 1.0, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            if labels is None:
                painter.setPen(QColor(TEXT))
                painter.drawText(QRectF(plot.left() - 36, y - 10, 28, 20),
                                 int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(value))
        painter.setPen(QPen(QColor(AXIS), 1.5))
        painter.drawLine(QPointF(plot.left(), plot.bottom() + 6), QPointF(plot.right(), plot.bottom() + 6))
        painter.setPen(QColor(TEXT))
        step = max(1, -(-len(days) * (metrics.horizontalAdvance("30.12.2026") + 12) // max(1, int(plot.width()))))
        for index, day in enumerate(days):
            if index % step and index != len(days) - 1:
                continue  # too many reviews for every date: every other (the last always)
            x = self._x(plot, index, len(days))
            painter.drawText(QRectF(x - 50, plot.bottom() + 10, 100, _XLABEL_H),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), format_date(day))

    @staticmethod
    def _x(plot: QRectF, index: int, count: int) -> float:
        if count <= 1:
            return plot.center().x()
        return plot.left() + 24 + index * (plot.width() - 48) / (count - 1)

    def _at(self, plot: QRectF, day: date) -> float:
        """Where a review's day is on the time axis (one step per review, as in the labels)."""
        return self._x(plot, self.dates.index(day), len(self.dates))

    @staticmethod
    def _y(plot: QRectF, value: float) -> float:
        return plot.bottom() - (value - 1) * plot.height() / 4

    def _paint_goal(self, painter: QPainter, series: rules.GoalSeries, rect: QRectF) -> None:
        plot = self._frame(painter, rect, series.client_words or self.tr("(no words)"), series.pictogram)
        self._axes(painter, plot, self.dates, None)
        for rater in rules.RATERS:
            points = [(self._at(plot, p.day), getattr(p, rater)) for p in series.points]
            painter.setPen(_line_pen(rater))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for (x1, v1), (x2, v2) in zip(points, points[1:], strict=False):
                if v1 is not None and v2 is not None:  # a rating not given breaks the line
                    painter.drawLine(QPointF(x1, self._y(plot, v1)), QPointF(x2, self._y(plot, v2)))
            for x, value in points:
                if value is not None:
                    _marker(painter, QPointF(x, self._y(plot, value)), rater, 14.0 if rater == "professional" else 12.0)

    def _paint_wellbeing(self, painter: QPainter, rect: QRectF) -> None:
        plot = self._frame(painter, rect, self.tr("How are things?"), None)
        faces: dict[int, str] = {value: hexcode for value, hexcode, _ in WELLBEING_FACES}
        self._axes(painter, plot, self.dates, faces)
        for value, hexcode in faces.items():
            y = self._y(plot, value)
            paint_pictogram(painter, QRectF(plot.left() - 34, y - 11, 22, 22), hexcode)
        if not self.wellbeing:
            painter.setPen(QColor(TEXT))
            painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), self.tr("Not answered yet"))
            return
        answers = dict(self.wellbeing)
        path = QPainterPath()
        previous: int | None = None
        for day in self.dates:  # a review without an answer breaks the line
            value = answers.get(day)
            if value is not None:
                point = QPointF(self._at(plot, day), self._y(plot, value))
                path.lineTo(point) if previous is not None else path.moveTo(point)
            previous = value
        painter.setPen(_line_pen("client"))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        for day, value in self.wellbeing:
            point = QPointF(self._at(plot, day), self._y(plot, value))
            painter.setPen(QPen(QColor(CLIENT_COLOR), 2.0))
            painter.setBrush(QColor(PANEL))
            painter.drawEllipse(point, 15, 15)
            paint_pictogram(painter, QRectF(point.x() - 13, point.y() - 13, 26, 26), faces[value])
