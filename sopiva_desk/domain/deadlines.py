"""Statutory deadlines counted from the day a matter was initiated (vireilletulopäivä), and the
Finnish calendar of working days they are counted in.

Only deadlines the domain reference (``reference/domain-research.md`` §3) supports, with the
facts the app records (docs/deadlines.md):

- Social Welfare Act 1301/2014 §36(2): for a person over 75 the assessment starts at the latest
  on the 7th working day after the contact. (The same applies to a person on the highest care
  allowance; the app does not record that allowance, so that case is not computed.)
- Social Welfare Act 1301/2014 §36(3): for a child (under 18) needing special support the
  assessment starts by the 7th working day and is completed within 3 months of initiation.
  "Needs special support" is the assessment's own answer (``conclusions.right_to_special_support``).
- Disability Services Act 675/2023: a decision on an application is made within 3 months of the
  application (the THL structure text; the reference names no section).

Counting follows the Act on the calculation of statutory time limits (150/1930): the day of
initiation is not counted, and a deadline that ends on a Saturday, Sunday, public holiday,
Midsummer Eve or Christmas Eve moves to the next working day. Easter and the holidays tied to
it are computed (the Gregorian computus), so no year needs a table.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cache

WORKING_DAYS_TO_START = 7
MONTHS_TO_DECIDE = 3
MONTHS_TO_COMPLETE_FOR_A_CHILD = 3
ELDERLY_AGE = 75
ADULT_AGE = 18
APPLICATION = "application"  # the template's initiation method for a written application


# -- the calendar ------------------------------------------------------------------------------


def easter_sunday(year: int) -> date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _weekday_between(year: int, month: int, first_day: int, weekday: int) -> date:
    """The day of ``weekday`` (Mon=0) within the seven days starting at ``first_day``."""
    start = date(year, month, first_day)
    return start + timedelta(days=(weekday - start.weekday()) % 7)


@cache
def days_off(year: int) -> dict[date, str]:
    """Finland's public holidays of ``year`` plus Midsummer Eve and Christmas Eve (150/1930 §5),
    each with a stable name."""
    easter = easter_sunday(year)
    return {
        date(year, 1, 1): "new_year",
        date(year, 1, 6): "epiphany",
        easter - timedelta(days=2): "good_friday",
        easter: "easter_sunday",
        easter + timedelta(days=1): "easter_monday",
        date(year, 5, 1): "may_day",
        easter + timedelta(days=39): "ascension_day",
        easter + timedelta(days=49): "whitsunday",
        _weekday_between(year, 6, 19, calendar.FRIDAY): "midsummer_eve",
        _weekday_between(year, 6, 20, calendar.SATURDAY): "midsummer_day",
        _weekday_between(year, 10, 31, calendar.SATURDAY): "all_saints_day",
        date(year, 12, 6): "independence_day",
        date(year, 12, 24): "christmas_eve",
        date(year, 12, 25): "christmas_day",
        date(year, 12, 26): "st_stephens_day",
    }


def is_working_day(day: date) -> bool:
    """Monday to Friday, and not a day off (``days_off``)."""
    return day.weekday() < 5 and day not in days_off(day.year)


def add_working_days(start: date, count: int) -> date:
    """The ``count``-th working day after ``start`` (``start`` itself is not counted)."""
    day, found = start, 0
    while found < count:
        day += timedelta(days=1)
        if is_working_day(day):
            found += 1
    return day


def next_working_day(day: date) -> date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def add_months(day: date, months: int) -> date:
    """The day with the same number ``months`` later; the month's last day when it has no such day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def birthday(born: date, age: int) -> date:
    """The day a person born on ``born`` turns ``age`` (29 February: 28 February in common years)."""
    year = born.year + age
    return date(year, born.month, min(born.day, calendar.monthrange(year, born.month)[1]))


# -- the deadlines ---------------------------------------------------------------------------


class DeadlineKind(StrEnum):
    ASSESSMENT_START = "assessment_start"
    ASSESSMENT_COMPLETE = "assessment_complete"
    APPLICATION_DECISION = "application_decision"


class LegalBasis(StrEnum):
    """The provision a deadline comes from (the GUI words each one)."""

    OVER_75 = "shl_36_2_over_75"  # Social Welfare Act 1301/2014 §36(2) 1)
    CHILD_SPECIAL_SUPPORT = "shl_36_3_child"  # Social Welfare Act 1301/2014 §36(3)
    APPLICATION = "vpl_application"  # Disability Services Act 675/2023


@dataclass(frozen=True)
class InitiationFacts:
    """What the app knows of one initiated matter (an assessment and its initiation answers).

    ``started_on`` is the assessment's start date as answered; ``completed_on`` the day it was
    completed; ``special_support`` the answer to "needs special support" (``None``: not answered);
    ``decided_on`` the first decision recorded on or after the initiation (``None``: none yet).
    """

    initiated_on: date
    method: str | None = None
    birth_date: date | None = None
    started_on: date | None = None
    completed_on: date | None = None
    special_support: bool | None = None
    decided_on: date | None = None


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    basis: LegalBasis
    initiated_on: date
    due_on: date
    met_on: date | None = None  # the day it was met; ``None`` while it is still open

    @property
    def open(self) -> bool:
        return self.met_on is None


def statutory_deadlines(facts: InitiationFacts) -> list[Deadline]:
    """Every statutory deadline that applies to the matter, met or not, earliest first."""
    start = facts.initiated_on
    found: list[Deadline] = []
    started = facts.started_on or facts.completed_on  # completing needs a start date: never later
    born = facts.birth_date
    if born is not None and start > birthday(born, ELDERLY_AGE):
        found.append(Deadline(DeadlineKind.ASSESSMENT_START, LegalBasis.OVER_75, start,
                              add_working_days(start, WORKING_DAYS_TO_START), started))
    if born is not None and start < birthday(born, ADULT_AGE) and facts.special_support:
        found.append(Deadline(DeadlineKind.ASSESSMENT_START, LegalBasis.CHILD_SPECIAL_SUPPORT, start,
                              add_working_days(start, WORKING_DAYS_TO_START), started))
        found.append(Deadline(DeadlineKind.ASSESSMENT_COMPLETE, LegalBasis.CHILD_SPECIAL_SUPPORT, start,
                              next_working_day(add_months(start, MONTHS_TO_COMPLETE_FOR_A_CHILD)),
                              facts.completed_on))
    if facts.method == APPLICATION:
        decided = facts.decided_on if facts.decided_on is not None and facts.decided_on >= start else None
        found.append(Deadline(DeadlineKind.APPLICATION_DECISION, LegalBasis.APPLICATION, start,
                              next_working_day(add_months(start, MONTHS_TO_DECIDE)), decided))
    found.sort(key=lambda d: (d.due_on, d.kind))
    return found


def open_deadlines(facts: InitiationFacts) -> list[Deadline]:
    """The deadlines of ``statutory_deadlines`` not met yet."""
    return [d for d in statutory_deadlines(facts) if d.open]


def days_left(due_on: date, today: date) -> int:
    """Calendar days from ``today`` to ``due_on``: 0 on the day, negative when overdue."""
    return (due_on - today).days
