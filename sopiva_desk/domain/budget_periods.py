"""Budget periods: days, years and months in a period, proration, the share gone by, and
whether two periods overlap (rules in docs/budget.md, "Period and proration")."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from math import floor

from sopiva_desk.domain.money import check_quantity

PERIOD_MAX_YEARS = 2


def period_days(start: date, end: date) -> int:
    """Days in the period, both ends included; 0 when the end is before the start."""
    return max(0, (end - start).days + 1)


def latest_period_end(start: date) -> date:
    """The last allowed end: the day before the same date ``PERIOD_MAX_YEARS`` later."""
    try:
        same_day = start.replace(year=start.year + PERIOD_MAX_YEARS)
    except ValueError:  # 29 February
        same_day = date(start.year + PERIOD_MAX_YEARS, 3, 1)
    return same_day - timedelta(days=1)


def months_touched(start: date, end: date) -> int:
    """Calendar months the period touches (1.1.–31.12. is 12)."""
    return max(0, (end.year - start.year) * 12 + end.month - start.month + 1)


def year_fraction(start: date, end: date) -> Fraction:
    """The period in years, exactly: each calendar year's days over that year's own length.

    1.1.–31.12.2024 is 1 (366/366), 1.7.2025–30.6.2026 is 184/365 + 181/365 = 1.
    """
    total = Fraction(0)
    day = start
    while day <= end:
        last = min(end, date(day.year, 12, 31))
        total += Fraction((last - day).days + 1, 366 if calendar.isleap(day.year) else 365)
        day = last + timedelta(days=1)
    return total


def prorate_yearly(yearly: Decimal, start: date, end: date) -> Decimal:
    """A yearly quantity for the period, by days (``year_fraction``), half up to 2 decimals."""
    value = Fraction(check_quantity("quantity", yearly)) * year_fraction(start, end)
    hundredths = floor(value * 100 + Fraction(1, 2))
    result = Decimal(hundredths).scaleb(-2)
    return result.quantize(Decimal(1)) if hundredths % 100 == 0 else result.normalize()


def quantity_cap(unit: str, start: date, end: date) -> int | None:
    """The most of ``unit`` the period can hold (24 h a day, one day a day, months touched)."""
    days = period_days(start, end)
    if unit == "hour":
        return 24 * days
    if unit == "day":
        return days
    if unit == "month":
        return months_touched(start, end)
    return None  # trips and pieces: only the general QUANTITY_MAX


def elapsed_fraction(start: date, end: date, today: date) -> Fraction:
    """Share of the period gone by at the end of ``today`` (0 before the start, 1 after the end)."""
    days = period_days(start, end)
    if days == 0 or today < start:
        return Fraction(0)
    return Fraction(min(period_days(start, today), days), days)


def overlaps(start: date, end: date, other_start: date, other_end: date) -> bool:
    """Whether two periods (both ends included) share at least one day."""
    return start <= other_end and other_start <= end
