"""Typed dates: the forms accepted everywhere, and what a refusal says (domain.dates)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from sopiva_desk.domain.dates import DateProblem, read_day


@pytest.mark.parametrize("typed", ["7.12.2026", "07.12.2026", "7.12.2026 ", " 07. 12. 2026", "2026-12-07"])
def test_the_usual_ways_of_writing_a_day_are_accepted(typed: str) -> None:
    assert read_day(typed) == date(2026, 12, 7)


def test_empty_is_no_day_and_a_date_is_itself() -> None:
    assert read_day(None) is None and read_day("") is None and read_day("   ") is None
    assert read_day(date(2026, 2, 28)) == date(2026, 2, 28)
    assert read_day("29.2.2028") == date(2028, 2, 29)  # a leap year


def problem(typed: object) -> tuple[str, dict[str, object]]:
    with pytest.raises(DateProblem) as caught:
        read_day(typed)
    return caught.value.key, caught.value.params


def test_a_day_that_does_not_exist_says_how_many_days_the_month_has() -> None:
    assert problem("31.2.2026") == ("date.no_such_day", {"text": "31.2.2026", "month": 2, "days": 28})
    assert problem("29.2.2026") == ("date.no_such_day", {"text": "29.2.2026", "month": 2, "days": 28})
    assert problem("31.4.2026") == ("date.no_such_day", {"text": "31.4.2026", "month": 4, "days": 30})
    assert problem("32.1.2026")[1]["days"] == 31
    assert problem("0.1.2026")[0] == "date.no_such_day"
    assert problem("7.13.2026") == ("date.no_such_month", {"text": "7.13.2026"})
    assert problem("2026-02-30") == ("date.no_such_day", {"text": "2026-02-30", "month": 2, "days": 28})


@pytest.mark.parametrize("typed", ["7.12.26", "7.12.", "7.12", "7.12.202", "7.12.20261"])
def test_a_year_not_written_in_full_is_asked_for_not_guessed(typed: str) -> None:
    assert problem(typed) == ("date.year_digits", {})


@pytest.mark.parametrize("typed", ["huomenna", "7/12/2026", "7-12-2026", "2026", "1.1.0000", 20261207,
                                   datetime(2026, 12, 7, 9, 30)])
def test_anything_else_asks_for_the_form(typed: object) -> None:
    assert problem(typed) == ("date.format", {})


def test_the_problem_names_its_field() -> None:
    with pytest.raises(DateProblem) as caught:
        read_day("31.2.2026")
    issue = caught.value.issue("initiation.date")
    assert (issue.field, issue.key, issue.params["days"]) == ("initiation.date", "date.no_such_day", 28)
