"""Days as people type them, and what to say when a typed day is not one.

The one reading of a typed date for the whole app. Accepted: ``d.m.yyyy`` as Finns write
dates, with or without leading zeros and with spaces around the dots (``7.12.2026``,
``07.12.2026``, ``7. 12. 2026``), and ISO ``yyyy-mm-dd`` (what the store keeps, and what a
pasted date often is). A two-digit year is refused rather than guessed: for a birth date
``7.12.26`` could be 1926 or 2026. A refusal is a message key with what is needed to say
in plain words what is wrong (``31.2.2026`` is not a date: February has 28 days).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime
from typing import Any

from sopiva_desk.domain.issues import Issue

_FINNISH = re.compile(r"^(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d+)$")
_SHORT_YEAR = re.compile(r"^\d{1,2}\s*\.\s*\d{1,2}\s*\.?\s*\d{0,3}$")  # 7.12.26, 7.12., 7.12
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


class DateProblem(ValueError):
    """A typed value that is not a day: ``key`` and ``params`` for the message."""

    def __init__(self, key: str, params: dict[str, Any] | None = None) -> None:
        super().__init__(key)
        self.key = key
        self.params = params or {}

    def issue(self, field: str) -> Issue:
        return Issue(field, self.key, self.params)


def read_day(raw: Any) -> date | None:
    """The day ``raw`` means: a ``date``, or text in an accepted form; ``None`` when empty.

    Raises ``DateProblem``: ``date.format`` (not a date at all), ``date.year_digits`` (the
    year is not written in full), ``date.no_such_month`` or ``date.no_such_day`` (with the
    ``text``, the ``month`` and the ``days`` it has in that year).
    """
    if raw is None:
        return None
    if isinstance(raw, datetime):  # a moment is not a day
        raise DateProblem("date.format")
    if isinstance(raw, date):
        return raw
    if not isinstance(raw, str):
        raise DateProblem("date.format")
    text = raw.strip()
    if not text:
        return None
    finnish, iso = _FINNISH.match(text), _ISO.match(text)
    if finnish:
        day, month, year = (int(part) for part in finnish.groups())
        if len(finnish.group(3)) != 4:
            raise DateProblem("date.year_digits")
    elif iso:
        year, month, day = (int(part) for part in iso.groups())
    elif _SHORT_YEAR.match(text):
        raise DateProblem("date.year_digits")
    else:
        raise DateProblem("date.format")
    if year < 1:
        raise DateProblem("date.format")
    shown = " ".join(text.split())
    if not 1 <= month <= 12:
        raise DateProblem("date.no_such_month", {"text": shown})
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise DateProblem("date.no_such_day", {"text": shown, "month": month, "days": days})
    return date(year, month, day)
