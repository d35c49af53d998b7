"""The retention clock and the rule file (domain/retention.py), without a store."""

from __future__ import annotations

from datetime import date

import pytest

from sopiva_desk.domain.retention import (
    FROM_CLOSING_OR_ENTRY,
    RecordType,
    RetentionRulesError,
    add_years,
    closed_on_after,
    parse_rules,
)
from sopiva_desk.services import retention

TODAY = date(2026, 12, 7)


def test_closing_starts_the_clock_reopening_stops_it_and_closing_again_restarts_it() -> None:
    closed = closed_on_after("active", "closed", None, TODAY)
    assert closed == TODAY
    assert closed_on_after("closed", "closed", date(2020, 1, 1), TODAY) == date(2020, 1, 1)  # no change: kept
    assert closed_on_after("closed", "active", closed, TODAY) is None
    assert closed_on_after("paused", "closed", None, date(2027, 2, 1)) == date(2027, 2, 1)
    assert closed_on_after(None, "new", None, TODAY) is None


def test_years_are_calendar_years_and_a_leap_day_ends_on_the_28th() -> None:
    assert add_years(date(2014, 3, 1), 10) == date(2024, 3, 1)
    assert add_years(date(2024, 2, 29), 10) == date(2034, 2, 28)
    assert add_years(date(2024, 2, 29), 12) == date(2036, 2, 29)


def test_log_types_count_from_the_later_of_closing_and_entry() -> None:
    logs = RecordType("access_log", 12, FROM_CLOSING_OR_ENTRY, ())
    assert logs.ends_on(date(2020, 1, 1), date(2019, 6, 1)) == date(2032, 1, 1)
    assert logs.ends_on(date(2020, 1, 1), date(2021, 6, 1)) == date(2033, 6, 1)
    client = retention.rules().type("client")
    assert client.ends_on(date(2020, 1, 1), date(2021, 6, 1)) == date(2030, 1, 1)  # entry dates do not count


def test_the_shipped_rules_hold_the_law_and_say_they_are_unconfirmed() -> None:
    rules = retention.rules()
    assert {t.key: t.years for t in rules.types} == {
        "client": 10, "visits": 10, "assessments": 10, "decision_records": 10, "plans": 10, "budgets": 10,
        "reviews": 10, "print_jobs": 10, "disclosures": 12, "access_log": 12}
    assert not rules.confirmed
    assert retention.client_record_ends_on(date(2026, 12, 7)) == date(2036, 12, 7)
    assert retention.client_record_ends_on(None) is None
    assert rules.last_end(date(2026, 12, 7)) == date(2038, 12, 7)


@pytest.mark.parametrize(("data", "problem"), [
    ({}, "version"),
    ({"version": 1}, "record_type"),
    ({"version": 1, "record_type": [{"key": "client", "years": "10"}]}, "years must be"),
    ({"version": 1, "record_type": [{"key": "client", "years": 10, "counted_from": "birth"}]}, "counted_from"),
    ({"version": 1, "record_type": [{"key": "client", "years": 10, "entities": ["client"]},
                                    {"key": "visits", "years": 10, "entities": ["client"]}]}, "already covered"),
    ({"version": 1, "record_type": [{"key": "client", "years": 10}, {"key": "client", "years": 5}]}, "twice"),
    ({"version": 1, "confirmed": "yes", "record_type": []}, "confirmed"),
])
def test_a_broken_rule_file_names_its_problem(data: dict[str, object], problem: str) -> None:
    with pytest.raises(RetentionRulesError, match=problem):
        parse_rules(data)
