"""Statutory deadlines and the Finnish working-day calendar they are counted in."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from sopiva_desk.domain.deadlines import (
    Deadline,
    DeadlineKind,
    InitiationFacts,
    LegalBasis,
    add_months,
    add_working_days,
    birthday,
    days_left,
    days_off,
    easter_sunday,
    is_working_day,
    next_working_day,
    open_deadlines,
    statutory_deadlines,
)


@pytest.mark.parametrize(("year", "easter"), [
    (1818, date(1818, 3, 22)), (2000, date(2000, 4, 23)), (2019, date(2019, 4, 21)), (2024, date(2024, 3, 31)),
    (2025, date(2025, 4, 20)), (2026, date(2026, 4, 5)), (2027, date(2027, 3, 28)), (2038, date(2038, 4, 25)),
])
def test_easter_sunday(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


def test_days_off_in_2026_match_the_finnish_calendar() -> None:
    named = {name: day for day, name in days_off(2026).items()}
    assert named == {
        "new_year": date(2026, 1, 1), "epiphany": date(2026, 1, 6), "good_friday": date(2026, 4, 3),
        "easter_sunday": date(2026, 4, 5), "easter_monday": date(2026, 4, 6), "may_day": date(2026, 5, 1),
        "ascension_day": date(2026, 5, 14), "whitsunday": date(2026, 5, 24), "midsummer_eve": date(2026, 6, 19),
        "midsummer_day": date(2026, 6, 20), "all_saints_day": date(2026, 10, 31),
        "independence_day": date(2026, 12, 6), "christmas_eve": date(2026, 12, 24),
        "christmas_day": date(2026, 12, 25), "st_stephens_day": date(2026, 12, 26),
    }


def test_midsummer_and_all_saints_move_with_the_weekday() -> None:
    named = {name: day for day, name in days_off(2027).items()}
    assert named["midsummer_eve"] == date(2027, 6, 25)  # the last possible Friday
    assert named["all_saints_day"] == date(2027, 11, 6)  # the last possible Saturday
    assert named["ascension_day"] == date(2027, 5, 6) and named["good_friday"] == date(2027, 3, 26)


def test_working_days_skip_weekends_and_days_off() -> None:
    assert is_working_day(date(2026, 12, 7))  # Monday
    assert not is_working_day(date(2026, 12, 5))  # Saturday
    assert not is_working_day(date(2026, 12, 24))  # Christmas Eve, a Thursday
    assert not is_working_day(date(2026, 6, 19))  # Midsummer Eve, a Friday
    assert not is_working_day(date(2026, 5, 14))  # Ascension Day, a Thursday


def test_the_seventh_working_day_after_contact() -> None:
    # Contact on Monday 7.12.2026: Tue–Fri (4), Mon 14., Tue 15., Wed 16. -> the 7th working day.
    assert add_working_days(date(2026, 12, 7), 7) == date(2026, 12, 16)
    # Over Christmas and New Year: 22., 23., 28.–31. (6), then 1.1. is off: Monday 4.1.2027.
    assert add_working_days(date(2026, 12, 21), 7) == date(2027, 1, 4)
    # Over Easter 2027 (Good Friday 26.3., Easter Monday 29.3.).
    assert add_working_days(date(2027, 3, 24), 7) == date(2027, 4, 6)
    # Contact on a Saturday: the count starts on Monday.
    assert add_working_days(date(2026, 12, 5), 1) == date(2026, 12, 7)


def test_months_keep_the_day_number_or_take_the_last_day() -> None:
    assert add_months(date(2026, 12, 7), 3) == date(2027, 3, 7)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2027, 11, 30), 3) == date(2028, 2, 29)  # a leap year
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)


def test_a_deadline_on_a_day_off_moves_to_the_next_working_day() -> None:
    assert next_working_day(date(2027, 3, 7)) == date(2027, 3, 8)  # Sunday -> Monday
    assert next_working_day(date(2026, 12, 24)) == date(2026, 12, 28)  # Christmas Eve -> Monday
    assert next_working_day(date(2026, 12, 7)) == date(2026, 12, 7)


def test_birthdays_of_a_leap_day_child() -> None:
    assert birthday(date(1952, 2, 29), 75) == date(2027, 2, 28)
    assert birthday(date(1952, 2, 29), 76) == date(2028, 2, 29)


def test_a_client_over_75_must_be_assessed_by_the_seventh_working_day() -> None:
    facts = InitiationFacts(date(2026, 12, 7), "phone", birth_date=date(1950, 3, 1))
    assert statutory_deadlines(facts) == [
        Deadline(DeadlineKind.ASSESSMENT_START, LegalBasis.OVER_75, date(2026, 12, 7), date(2026, 12, 16))]
    started = InitiationFacts(date(2026, 12, 7), "phone", birth_date=date(1950, 3, 1), started_on=date(2026, 12, 9))
    assert statutory_deadlines(started)[0].met_on == date(2026, 12, 9)
    assert open_deadlines(started) == []


def test_turning_75_counts_from_the_day_after_the_birthday() -> None:
    on_birthday = InitiationFacts(date(2026, 12, 7), birth_date=date(1951, 12, 7))
    day_after = InitiationFacts(date(2026, 12, 8), birth_date=date(1951, 12, 7))
    assert statutory_deadlines(on_birthday) == []  # exactly 75, not over 75
    assert [d.basis for d in statutory_deadlines(day_after)] == [LegalBasis.OVER_75]


def test_younger_adults_and_unknown_ages_get_no_start_deadline() -> None:
    assert statutory_deadlines(InitiationFacts(date(2026, 12, 7), "phone", birth_date=date(1980, 1, 1))) == []
    assert statutory_deadlines(InitiationFacts(date(2026, 12, 7), "phone")) == []


def test_a_child_needing_special_support_has_a_start_and_a_completion_deadline() -> None:
    facts = InitiationFacts(date(2026, 12, 7), "own_contact", birth_date=date(2015, 5, 1), special_support=True)
    assert statutory_deadlines(facts) == [
        Deadline(DeadlineKind.ASSESSMENT_START, LegalBasis.CHILD_SPECIAL_SUPPORT, date(2026, 12, 7),
                 date(2026, 12, 16)),
        Deadline(DeadlineKind.ASSESSMENT_COMPLETE, LegalBasis.CHILD_SPECIAL_SUPPORT, date(2026, 12, 7),
                 date(2027, 3, 8)),  # 7.3.2027 is a Sunday
    ]
    no_special = InitiationFacts(date(2026, 12, 7), birth_date=date(2015, 5, 1), special_support=False)
    unanswered = InitiationFacts(date(2026, 12, 7), birth_date=date(2015, 5, 1))
    adult = InitiationFacts(date(2026, 12, 7), birth_date=date(2008, 12, 7), special_support=True)  # turned 18
    assert statutory_deadlines(no_special) == statutory_deadlines(unanswered) == statutory_deadlines(adult) == []
    done = InitiationFacts(date(2026, 12, 7), birth_date=date(2015, 5, 1), special_support=True,
                           started_on=date(2026, 12, 10), completed_on=date(2027, 2, 1))
    assert open_deadlines(done) == []


def test_an_application_must_be_decided_within_three_months() -> None:
    facts = InitiationFacts(date(2026, 9, 24), "application", birth_date=date(1990, 1, 1))
    (deadline,) = statutory_deadlines(facts)
    assert (deadline.kind, deadline.basis, deadline.due_on) == (
        DeadlineKind.APPLICATION_DECISION, LegalBasis.APPLICATION, date(2026, 12, 24) + timedelta(days=4))
    assert deadline.open
    decided = InitiationFacts(date(2026, 9, 24), "application", decided_on=date(2026, 11, 2))
    assert open_deadlines(decided) == []
    decided_before = InitiationFacts(date(2026, 9, 24), "application", decided_on=date(2026, 1, 2))
    assert len(open_deadlines(decided_before)) == 1  # an older decision is not this application's


def test_other_initiation_methods_have_no_decision_deadline() -> None:
    for method in ("phone", "own_contact", "concern", "referral", "other", None):
        assert statutory_deadlines(InitiationFacts(date(2026, 9, 24), method)) == []


def test_deadlines_come_earliest_first() -> None:
    facts = InitiationFacts(date(2026, 12, 7), "application", birth_date=date(1940, 1, 1))
    assert [d.kind for d in statutory_deadlines(facts)] == [DeadlineKind.ASSESSMENT_START,
                                                             DeadlineKind.APPLICATION_DECISION]


def test_days_left() -> None:
    today = date(2026, 12, 7)
    assert days_left(date(2026, 12, 10), today) == 3
    assert days_left(today, today) == 0
    assert days_left(date(2026, 12, 1), today) == -6
