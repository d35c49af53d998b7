"""Identity codes: checksum, every century sign (including those added in 2023), derived data."""

from datetime import date

import pytest

from sopiva_desk.domain import hetu

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("code", "birth"),
    [
        ("131052-308T", date(1952, 10, 13)),  # the Digital and Population Data Services Agency example
        ("131052Y308T", date(1952, 10, 13)),  # 2023 signs for the 1900s share the check character
        ("131052X308T", date(1952, 10, 13)),
        ("131052W308T", date(1952, 10, 13)),
        ("131052V308T", date(1952, 10, 13)),
        ("131052U308T", date(1952, 10, 13)),
        ("010594Y9032", date(1994, 5, 1)),
        ("010594Y9021", date(1994, 5, 1)),
        ("020594X903P", date(1994, 5, 2)),
        ("020594X902N", date(1994, 5, 2)),
        ("030594W903B", date(1994, 5, 3)),
        ("030694W9024", date(1994, 6, 3)),
        ("040594V9030", date(1994, 5, 4)),
        ("040594V902Y", date(1994, 5, 4)),
        ("050594U903M", date(1994, 5, 5)),
        ("050594U902L", date(1994, 5, 5)),
        ("010516B903X", date(2016, 5, 1)),
        ("010516B902W", date(2016, 5, 1)),
        ("020516C903K", date(2016, 5, 2)),
        ("020516C902J", date(2016, 5, 2)),
        ("030516D9037", date(2016, 5, 3)),
        ("030516D9026", date(2016, 5, 3)),
        ("010501E9032", date(2001, 5, 1)),
        ("020502E902X", date(2002, 5, 2)),
        ("020503F9037", date(2003, 5, 2)),
        ("020504A902E", date(2004, 5, 2)),
        ("020504B904H", date(2004, 5, 2)),
        ("010185+123B", date(1885, 1, 1)),
    ],
)
def test_valid_codes_parse_with_birth_date(code: str, birth: date) -> None:
    parsed = hetu.parse(code, today=TODAY)
    assert parsed.code == code
    assert parsed.birth_date == birth


def test_individual_number_gives_temporary_flag_and_sex() -> None:
    assert hetu.parse("010594Y9032", today=TODAY).is_temporary
    parsed = hetu.parse("131052-308T", today=TODAY)
    assert not parsed.is_temporary
    assert parsed.sex == "female"


def test_input_is_normalised() -> None:
    assert hetu.parse(" 131052-308t ", today=TODAY).code == "131052-308T"


@pytest.mark.parametrize(
    ("code", "key"),
    [
        ("", "hetu.empty"),
        ("131052-308", "hetu.length"),
        ("131052-308TT", "hetu.length"),
        ("131052G308T", "hetu.century_sign"),
        ("131052Z308T", "hetu.century_sign"),
        ("13105A-308T", "hetu.format"),
        ("310252-308T", "hetu.date"),  # 31 February
        ("290223A0008", "hetu.date"),  # 2023 was not a leap year
        ("131052-001T", "hetu.individual_number"),
        ("131052-308U", "hetu.checksum"),
        ("131052-309T", "hetu.checksum"),
        ("010130A1235", "hetu.future"),
    ],
)
def test_invalid_codes_name_the_reason(code: str, key: str) -> None:
    with pytest.raises(hetu.HetuError) as caught:
        hetu.parse(code, today=TODAY)
    assert caught.value.key == key


def test_leap_day_is_accepted() -> None:
    code = hetu.make(date(2000, 2, 29), 123)
    assert hetu.parse(code, today=TODAY).birth_date == date(2000, 2, 29)


@pytest.mark.parametrize("sign", ["-", "Y", "X", "W", "V", "U"])
def test_make_builds_codes_the_parser_accepts(sign: str) -> None:
    code = hetu.make(date(1975, 7, 14), 456, sign=sign)
    assert hetu.parse(code, today=TODAY).birth_date == date(1975, 7, 14)


def test_check_character_skips_ambiguous_letters() -> None:
    assert set(hetu.CHECK_CHARS).isdisjoint(set("GIOQZ"))
    assert len(hetu.CHECK_CHARS) == 31
