"""How big the cards of the sorting board are: one size for every card, as large as the screen allows.

The board is the tray of unsorted cards over three columns. Cards flow in rows in each (the
``FlowLayout`` rule: as many as fit side by side, rows evened out). The width is the largest,
from ``CARD_MAX_WIDTH`` down to ``CARD_MIN_WIDTH``, at which

* the cards as they lie now fit without scrolling, and
* so would any way of sorting them with at most ``STEADY_PER_COLUMN`` cards in a column,
* and no card is so narrow that a word of its own would have to be smaller than ``READABLE_PT``,

so that the cards keep one size while the client sorts, and shrink only when a column gets
fuller than that. On a crowded board the picture may take a little less of the card
(``option_card.SMALLER_SHARES``) before anything has to scroll; when even the smallest card
does not fit, the tray and the columns share the room and scroll. Pure arithmetic on the
sizes the board measures; no widgets here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

ZONE_PADDING = 10  # inside a column or the tray
HEADER_GAP = 6  # between a column's header and its first card
CARD_GAP = 8  # between cards, across and down
COLUMN_GAP = 16
CARD_MAX_WIDTH = 320
CARD_MIN_WIDTH = 120
STEP = 4
STEADY_PER_COLUMN = 2  # while no column holds more, the cards keep their size
EMPTY_COLUMN_BODY = 90  # an empty column still shows room to drop a card into
SCROLL_BAR = 22  # the width of a zone's scroll bar (zones.SCROLL_BAR_STYLE), kept free: cards planned
# beside each other must stay so when a bar shows for a moment, or the column would grow a row


@dataclass(frozen=True)
class Room:
    """What the board has for the tray and the columns."""

    width: int  # the board's width
    height: int  # for the tray and the columns together (the spacing between them already taken off)
    header: int  # the height of a column's header
    empty_tray: int  # the tray's height with no card on it (a slim strip)

    @property
    def tray_inner(self) -> int:
        return self.width - 2 * ZONE_PADDING - SCROLL_BAR

    @property
    def column_inner(self) -> int:
        return (self.width - 2 * COLUMN_GAP) // 3 - 2 * ZONE_PADDING - SCROLL_BAR


def per_row(card_width: int, inner_width: int) -> int:
    return max(1, (inner_width + CARD_GAP) // (card_width + CARD_GAP))


def rows(count: int, card_width: int, inner_width: int) -> int:
    return -(-count // per_row(card_width, inner_width)) if count > 0 else 0


def tray_height(room: Room, count: int, size: tuple[int, int]) -> int:
    """What the tray needs for ``count`` cards of ``size`` (none: the slim strip)."""
    if count <= 0:
        return room.empty_tray
    lines = rows(count, size[0], room.tray_inner)
    return 2 * ZONE_PADDING + lines * size[1] + (lines - 1) * CARD_GAP


def column_height(room: Room, count: int, size: tuple[int, int]) -> int:
    """What a column needs to show ``count`` cards of ``size`` unscrolled."""
    lines = rows(count, size[0], room.column_inner)
    body = lines * size[1] + (lines - 1) * CARD_GAP if lines else EMPTY_COLUMN_BODY
    return 2 * ZONE_PADDING + room.header + HEADER_GAP + body


def fits(room: Room, tray: int, columns: Sequence[int], size: tuple[int, int]) -> bool:
    need = tray_height(room, tray, size) + max((column_height(room, count, size) for count in columns),
                                               default=column_height(room, 0, size))
    return need <= room.height and size[0] <= room.column_inner


def smallest_width(room: Room, narrowest: int) -> int:
    """The narrowest card allowed: ``CARD_MIN_WIDTH``, or wider where a long word needs it
    (``narrowest``), but never wider than a column."""
    return min(max(CARD_MIN_WIDTH, narrowest), max(1, room.column_inner))


def card_width(room: Room, tray: int, columns: Sequence[int], height_at: Callable[[int, float], int],
               shares: Sequence[float], narrowest: int = CARD_MIN_WIDTH) -> tuple[int, float] | None:
    """(card width, picture share) for the board, or None when not even the smallest card
    (``smallest_width``) with the smallest picture fits. ``height_at(width, share)`` is the
    cards' height; the first of ``shares`` that fits at some width wins (bigger pictures first)."""
    total = tray + sum(columns)
    arrangements = [(tray, list(columns))]
    arrangements += [(total - k, [k]) for k in range(min(STEADY_PER_COLUMN, total) + 1)]
    smallest = smallest_width(room, narrowest)
    for share in shares:
        for width in range(max(smallest, min(CARD_MAX_WIDTH, room.column_inner)), smallest - 1, -STEP):
            size = (width, height_at(width, share))
            if all(fits(room, t, c, size) for t, c in arrangements):
                return width, share
    return None
