"""The letterhead's rules: the Finnish name is required, formats of phone, e-mail, web address
and the organisation OID, limits, and the file's tables read and written back."""

from __future__ import annotations

import pytest

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.domain.letterhead import (
    FIELDS,
    Letterhead,
    clean_letterhead,
    tables_of,
    valid_oid,
    values_from_tables,
)

FULL = {"name_fi": "Etelä-Savon hyvinvointialue", "name_sv": "Välfärdsområdet i Södra Savolax",
        "unit_fi": "Vammaispalvelut", "unit_sv": "Handikappservice", "address_fi": "PL 50, 50101 Mikkeli",
        "address_sv": "PB 50, 50101 S:t Michel", "phone": "+358 15 351 11", "email": "kirjaamo@esavo.fi",
        "web": "https://www.esavo.fi/vammaispalvelut", "oid": "1.2.246.10.12345678"}


def issues_of(values: dict[str, str]) -> list[Issue]:
    with pytest.raises(ValidationError) as caught:
        clean_letterhead(values)
    return caught.value.issues


def test_a_full_letterhead_is_kept_as_written() -> None:
    letterhead = clean_letterhead(FULL)
    assert letterhead.values() == FULL
    assert letterhead.words("name", "sv") == "Välfärdsområdet i Södra Savolax"


def test_only_the_finnish_name_is_required_and_swedish_falls_back_to_it() -> None:
    letterhead = clean_letterhead({"name_fi": "  Etelä-Savon   hyvinvointialue "})
    assert letterhead == Letterhead({"fi": "Etelä-Savon hyvinvointialue"}, {}, {})
    assert letterhead.words("name", "sv") == "Etelä-Savon hyvinvointialue"
    assert issues_of({"name_sv": "Välfärdsområdet"}) == [Issue("name_fi", "field.required")]


@pytest.mark.parametrize(("field", "value", "key"), [
    ("oid", "1.2.246.010", "letterhead.oid_format"),  # a leading zero
    ("oid", "3.1", "letterhead.oid_format"),  # the first arc is 0, 1 or 2
    ("oid", "1.40.3", "letterhead.oid_format"),  # under arc 1 the second arc is at most 39
    ("oid", "1.2.246.", "letterhead.oid_format"),
    ("oid", "1", "letterhead.oid_format"),
    ("oid", "urn:oid:1.2.246", "letterhead.oid_format"),
    ("email", "kirjaamo@", "letterhead.email_format"),
    ("email", "kirjaamo esavo.fi", "letterhead.email_format"),
    ("web", "ei osoite", "letterhead.web_format"),
    ("web", "www", "letterhead.web_format"),
    ("phone", "puhelin", "phone.format"),
    ("unit_fi", "x" * 121, "field.too_long"),
    ("address_sv", "PB 50\x0750101", "field.control_chars"),
])
def test_each_format_has_its_message(field: str, value: str, key: str) -> None:
    (issue,) = issues_of({**FULL, field: value})
    assert (issue.field, issue.key) == (field, key)


def test_every_problem_is_found_at_once() -> None:
    found = issues_of({"name_fi": "", "email": "x@", "oid": "9", "colour": "blue"})
    assert [(i.field, i.key) for i in found] == [
        ("colour", "field.choice"), ("name_fi", "field.required"), ("email", "letterhead.email_format"),
        ("oid", "letterhead.oid_format")]


@pytest.mark.parametrize("oid", ["1.2.246.10.12345678", "1.2.246.10.12345678.10.0", "2.999.1", "0.39", "2.16.840"])
def test_valid_oids(oid: str) -> None:
    assert valid_oid(oid)


def test_line_breaks_become_spaces_in_a_header_line() -> None:
    assert clean_letterhead({**FULL, "address_fi": "PL 50\n50101 Mikkeli"}).address["fi"] == "PL 50 50101 Mikkeli"


def test_the_file_tables_round_trip_and_refuse_unknown_keys() -> None:
    letterhead = clean_letterhead(FULL)
    assert clean_letterhead(values_from_tables(tables_of(letterhead))) == letterhead
    assert set(values_from_tables(tables_of(letterhead))) == set(FIELDS)
    with pytest.raises(ValidationError) as caught:
        values_from_tables({"name": {"fi": "A", "en": "B"}, "adress": {"fi": "x"}, "contact": {"oid": 1.2}})
    assert [(i.field, i.key) for i in caught.value.issues] == [
        ("name.en", "letterhead.unknown_key"), ("adress", "letterhead.unknown_key"),
        ("contact.oid", "letterhead.not_text")]
