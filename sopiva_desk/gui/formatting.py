"""Finnish date formatting and parsing shared by every page (d.m.yyyy, as Finns write dates).

Which typed forms are days is decided in one place, ``domain.dates.read_day``; the domain
explains a refused one (the message keys ``date.*`` in ``gui/messages.py``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from sopiva_desk.domain.dates import DateProblem, read_day


def date_placeholder() -> str:
    """What an empty date field shows: the form the messages ask for (fi "p.k.vvvv")."""
    return QCoreApplication.translate("Dates", "d.m.yyyy")


def format_date(value: date | None) -> str:
    """``date(2003, 2, 1)`` -> ``1.2.2003``; ``None`` -> ``""``."""
    return f"{value.day}.{value.month}.{value.year}" if value else ""


def parse_date(text: str) -> date | str | None:
    """A typed date (``7.12.2026``, ``07.12.2026`` …, see ``domain.dates``); empty -> ``None``;
    anything else is returned as typed so the domain rules can say what is wrong with it."""
    try:
        return read_day(text)
    except DateProblem:
        return text.strip()


def age_on(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
