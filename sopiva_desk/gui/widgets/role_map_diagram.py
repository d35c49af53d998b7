"""The role map (roolikartta) as a picture, and the role vocabulary the table shares with it.

The picture has the client in the centre and everyone else grouped by role around an ellipse
that fills the widget, each on a card with the role written in a coloured band (colour is
never the only cue), their name and their first task. Every role colour keeps at least 4.5:1
contrast with the white text on it. The picture is not accessible on its own, so the widget's
accessible description lists every person with their role; the table beside it is the full,
editable equivalent.

Shared with the table (``role_map``): the roles' labels and colours, and ``missing_people``,
the people the role-map rules say are missing, offered there as one-click additions.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from sopiva_desk.domain.money import same_name
from sopiva_desk.domain.plans import NAMED_PROVIDER_KINDS, ROLES, TASK_MAX, Plan, RoleEntry

_t = QCoreApplication.translate  # lupdate knows the alias (Makefile: -tr-function-alias)

# White text on each colour is at least 6:1 (WCAG AA asks 4.5:1).
ROLE_COLORS: dict[str, str] = {
    "client": "#1a5fb4",
    "close_person": "#a1401a",
    "own_worker": "#2b6a2f",
    "hb_coordinator": "#6a3d9a",
    "hb_assistant": "#8e3a6b",
    "supporter": "#0b6b6b",
    "provider": "#7a4f0a",
    "decision_maker": "#3d4a5c",
    "other": "#5b6168",
}
NO_ROLE_COLOR = "#5b6168"
TEXT_COLOR = "#1d1f21"  # 16:1 on white
TASK_COLOR = "#3c4043"  # 10:1 on white
LINK_COLOR = "#9aa0a6"
BACKGROUND = "#f6f7f9"
BORDER = "#c4c8cc"
CARD_WIDTHS = (210.0, 185.0, 160.0, 135.0, 110.0, 90.0)  # tried widest first
CARD_GAP = 10.0  # px kept between neighbouring cards
PROVIDER_ROLES = {"close_person": "close_person"}  # other named provider kinds are service providers


def role_labels() -> dict[str, str]:
    """The roles of ``plans.ROLES`` as the user reads them."""
    return {
        "client": _t("RoleMap", "Client"),
        "close_person": _t("RoleMap", "Close person"),
        "own_worker": _t("RoleMap", "Own worker"),
        "hb_coordinator": _t("RoleMap", "HB coordinator"),
        "hb_assistant": _t("RoleMap", "HB assistant"),
        "supporter": _t("RoleMap", "Supporter"),
        "provider": _t("RoleMap", "Service provider"),
        "decision_maker": _t("RoleMap", "Decision maker"),
        "other": _t("RoleMap", "Other"),
    }


def role_label(role: str | None) -> str:
    return role_labels().get(role or "", _t("RoleMap", "Role not chosen"))


def person_name(entry: RoleEntry) -> str:
    return entry.name or _t("RoleMap", "(no name yet)")


# -- who the rules say is missing (the section's one-click suggestions) -------------------------


@dataclass(frozen=True)
class Suggestion:
    """A person the role-map rules say is missing, and what one click adds."""

    text: str  # the button's text
    fields: dict[str, Any]
    focus_key: str  # the cell to continue in after adding


def missing_people(plan: Plan, *, client_name: str, own_worker_name: str) -> list[Suggestion]:
    entries = plan.role_map
    found: list[Suggestion] = []
    if not any(e.role == "client" for e in entries):
        text = (_t("RoleMap", "Add the client: {name}").format(name=client_name) if client_name
                else _t("RoleMap", "Add the client"))
        found.append(Suggestion(text, {"role": "client", "name": client_name or None},
                                "relation" if client_name else "name"))
    if not any(e.role == "own_worker" for e in entries):
        text = (_t("RoleMap", "Add the own worker: {name}").format(name=own_worker_name) if own_worker_name
                else _t("RoleMap", "Add the own worker"))
        found.append(Suggestion(text, {"role": "own_worker", "name": own_worker_name or None},
                                "tasks" if own_worker_name else "name"))
    providers: dict[str, tuple[str, str, list[str]]] = {}  # folded name -> name, role, tasks
    for support in plan.supports():
        name = support.provider_name
        if (support.provider_kind not in NAMED_PROVIDER_KINDS or not name
                or any(same_name(name, e.name) for e in entries)):
            continue
        key = " ".join(name.casefold().split())
        role = PROVIDER_ROLES.get(support.provider_kind or "", "provider")
        _, _, tasks = providers.setdefault(key, (name, role, []))
        # The support itself is the provider's first task; the worker can reword it.
        task = " ".join((support.description or "").split())
        if task and len(task) <= TASK_MAX and task not in tasks:
            tasks.append(task)
    for name, role, tasks in providers.values():
        text = _t("RoleMap", "Add {name} ({role})").format(name=name, role=role_label(role))
        found.append(Suggestion(text, {"name": name, "role": role, "tasks": tasks}, "tasks"))
    return found



def _role_order(entry: RoleEntry) -> int:
    return ROLES.index(entry.role) if entry.role in ROLES else len(ROLES)


@dataclass(frozen=True)
class _Card:
    entry: RoleEntry
    rect: QRectF


@dataclass(frozen=True)
class _Layout:
    cards: list[_Card]
    compact: bool  # name and role only, no task line
    size: QSizeF  # of every card


class RoleMapDiagram(QWidget):
    """Paints the people of a role map; ``set_people`` replaces them and repaints."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roleMapDiagram")
        self.setAccessibleName(self.tr("Role map diagram"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._people: tuple[RoleEntry, ...] = ()
        self._update_description()

    # -- data ------------------------------------------------------------------------------

    def set_people(self, people: Sequence[RoleEntry]) -> None:
        people = tuple(people)
        if people != self._people:
            self._people = people
            self._update_description()
            self.update()

    def people(self) -> tuple[RoleEntry, ...]:
        return self._people

    def _update_description(self) -> None:
        if not self._people:
            text = self.tr("No one is in the role map yet.")
        else:
            parts = []
            for entry in self._ordered():
                part = self.tr("{name}, {role}").format(name=person_name(entry), role=role_label(entry.role))
                if entry.relation:
                    part = self.tr("{person} ({relation})").format(person=part, relation=entry.relation)
                parts.append(part)
            text = self.tr("People in the role map: {people}.").format(people="; ".join(parts))
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def _ordered(self) -> list[RoleEntry]:
        return sorted(self._people, key=_role_order)  # stable: same-role people keep their order

    # -- geometry --------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(520, 440)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(320, 280)

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        base = QFont(self.font())
        name = QFont(base)
        name.setBold(True)
        chip = QFont(base)
        chip.setBold(True)
        chip.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
        return base, name, chip

    def _card_height(self, compact: bool) -> float:
        base, name, chip = self._fonts()
        lines = QFontMetrics(chip).height() + 6 + QFontMetrics(name).height()
        return lines + 10.0 + (0 if compact else QFontMetrics(base).height())

    def layout_cards(self) -> _Layout:
        """Where each card goes at the current size: the client in the centre, the others on an
        ellipse, evenly spaced in card units so that neighbours do not overlap. The widest cards
        that fit are used; with too many people the task line is dropped (compact cards)."""
        ordered = self._ordered()
        client = next((e for e in ordered if e.role == "client"), None)
        others = [e for e in ordered if e is not client]
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        centre = area.center()
        # Half a free slot between role groups keeps each group together.
        offsets, slot = [], 0.0
        for index, entry in enumerate(others):
            if index and _role_order(entry) != _role_order(others[index - 1]):
                slot += 0.5
            offsets.append(slot)
            slot += 1
        wraps = len(others) > 1 and _role_order(others[0]) != _role_order(others[-1])
        slots = slot + (0.5 if wraps else 0.0)
        tries = [(compact, width) for compact in (False, True) for width in CARD_WIDTHS]
        for number, (compact, width) in enumerate(tries):
            width = min(width, area.width())
            size = QSizeF(width, self._card_height(compact))
            unit_x, unit_y = width + CARD_GAP, size.height() + CARD_GAP
            points = _on_ellipse((area.width() - width) / 2 / unit_x, (area.height() - size.height()) / 2 / unit_y,
                                 [offset / slots for offset in offsets])
            if number == len(tries) - 1 or _apart(points, around_centre=client is not None):
                break
        cards = [] if client is None else [_Card(client, _centred(centre, size))]
        for entry, (u, v) in zip(others, points, strict=True):
            cards.append(_Card(entry, _centred(QPointF(centre.x() + u * unit_x, centre.y() + v * unit_y), size)))
        return _Layout(cards, compact, size)

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(BORDER), 1))
        painter.setBrush(QColor(BACKGROUND))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        layout = self.layout_cards()
        cards = layout.cards
        if not cards:
            self._paint_message(painter, self.tr("No one is in the role map yet."))
            return
        has_client = cards[0].entry.role == "client"
        centre = QRectF(self.rect()).center()
        painter.setPen(QPen(QColor(LINK_COLOR), 1.5))
        for card in cards[1 if has_client else 0:]:
            painter.drawLine(centre, card.rect.center())
        if not has_client:
            self._paint_missing_client(painter, _centred(centre, layout.size))
        for card in cards:
            self._paint_card(painter, card, compact=layout.compact)
        painter.end()

    def _paint_message(self, painter: QPainter, text: str) -> None:
        painter.setPen(QColor(TASK_COLOR))
        painter.drawText(QRectF(self.rect()).adjusted(16, 16, -16, -16),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
        painter.end()

    def _paint_missing_client(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(QPen(QColor(NO_ROLE_COLOR), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(QColor(TASK_COLOR))
        painter.drawText(rect.adjusted(6, 4, -6, -4), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                         self.tr("The client is not in the role map yet"))

    def _paint_card(self, painter: QPainter, card: _Card, *, compact: bool) -> None:
        base, name_font, chip_font = self._fonts()
        entry, rect = card.entry, card.rect
        colour = QColor(ROLE_COLORS.get(entry.role or "", NO_ROLE_COLOR))
        painter.setPen(QPen(colour, 2 if entry.role == "client" else 1.5))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(rect, 6, 6)
        inner = rect.adjusted(6, 4, -6, -4)
        width = int(inner.width())

        chip_metrics = QFontMetrics(chip_font)
        chip_text = chip_metrics.elidedText(role_label(entry.role), Qt.TextElideMode.ElideRight, width - 8)
        chip = QRectF(inner.left(), inner.top(), min(inner.width(), chip_metrics.horizontalAdvance(chip_text) + 10),
                      chip_metrics.height() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(chip, 4, 4)
        painter.setFont(chip_font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, chip_text)

        top = chip.bottom() + 2
        name_metrics = QFontMetrics(name_font)
        painter.setFont(name_font)
        painter.setPen(QColor(TEXT_COLOR))
        painter.drawText(QRectF(inner.left(), top, inner.width(), name_metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         name_metrics.elidedText(person_name(entry), Qt.TextElideMode.ElideRight, width))
        if compact or not entry.tasks:
            return
        top += name_metrics.height()
        task_metrics = QFontMetrics(base)
        more = self.tr(" (+{count})").format(count=len(entry.tasks) - 1) if len(entry.tasks) > 1 else ""
        task = task_metrics.elidedText(entry.tasks[0], Qt.TextElideMode.ElideRight,
                                       width - task_metrics.horizontalAdvance(more))
        painter.setFont(base)
        painter.setPen(QColor(TASK_COLOR))
        painter.drawText(QRectF(inner.left(), top, inner.width(), task_metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, task + more)


def _centred(point: QPointF, size: QSizeF) -> QRectF:
    return QRectF(point.x() - size.width() / 2, point.y() - size.height() / 2, size.width(), size.height())


def _on_ellipse(radius_x: float, radius_y: float, fractions: Sequence[float]) -> list[tuple[float, float]]:
    """Points at ``fractions`` of the ellipse's length, clockwise from the top."""
    steps = 720
    points = [(radius_x * math.cos(-math.pi / 2 + 2 * math.pi * i / steps),
               radius_y * math.sin(-math.pi / 2 + 2 * math.pi * i / steps)) for i in range(steps + 1)]
    lengths = [0.0]
    for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
        lengths.append(lengths[-1] + math.hypot(x2 - x1, y2 - y1))
    found = []
    for fraction in fractions:
        index = min(bisect.bisect_left(lengths, fraction * lengths[-1]), steps)
        found.append(points[index])
    return found


def _apart(points: Sequence[tuple[float, float]], *, around_centre: bool) -> bool:
    """No two cards overlap (in card units: at least one card apart on either axis)."""
    def clear(a: tuple[float, float], b: tuple[float, float]) -> bool:
        return max(abs(a[0] - b[0]), abs(a[1] - b[1])) >= 1.0

    if around_centre and not all(clear(point, (0.0, 0.0)) for point in points):
        return False
    return all(clear(a, b) for index, a in enumerate(points) for b in points[index + 1:])
