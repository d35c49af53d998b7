"""Finnish date formatting and parsing shared by every page (d.m.yyyy, as Finns write dates)."""

from __future__ import annotations

import re
from datetime import date

_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def format_date(value: date | None) -> str:
    """``date(2003, 2, 1)`` -> ``1.2.2003``; ``None`` -> ``""``."""
    return f"{value.day}.{value.month}.{value.year}" if value else ""


def parse_date(text: str) -> date | str | None:
    """A typed ``d.m.yyyy`` date; empty -> ``None``; anything else is returned as typed so the
    domain rules can explain what is wrong with it."""
    text = text.strip()
    match = _DATE.match(text)
    if not match:
        return text or None
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return text


def age_on(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
