"""Client and close-person field rules: clean values or message keys, never text."""

from datetime import date

import pytest

from sopiva_desk.domain import clients as rules
from sopiva_desk.domain.issues import Issue

MUNICIPALITIES = {"491", "623"}
TODAY = date(2026, 11, 22)


def clean(field: str, raw: object) -> object:
    return rules.clean_client_field(field, raw, municipalities=MUNICIPALITIES, today=TODAY)


def issue_of(field: str, raw: object) -> Issue:
    with pytest.raises(rules.FieldInvalid) as caught:
        clean(field, raw)
    return caught.value.issue


def test_names_are_trimmed_and_inner_spaces_collapsed() -> None:
    assert clean("first_names", "  Aino   Maria ") == "Aino Maria"


@pytest.mark.parametrize(("raw", "key"), [("", "field.required"), ("  ", "field.required"),
                                          ("123", "name.no_letters"), ("A" * 101, "field.too_long"),
                                          ("Aino131052-308X", "name.digits"),
                                          ("Ai\x00no", "field.control_chars")])
def test_bad_names(raw: str, key: str) -> None:
    assert issue_of("last_name", raw).key == key


def test_unknown_hetu_is_allowed_as_empty() -> None:
    assert clean("hetu", "") is None
    assert clean("hetu", "131052-308t") == "131052-308T"
    assert issue_of("hetu", "131052-308U") == Issue("hetu", "hetu.checksum")


def test_temporary_id_generated_and_validated() -> None:
    generated = rules.new_temporary_id()
    assert generated.startswith("TMP-")
    assert clean("temporary_id", generated) == generated
    assert clean("temporary_id", " tmp-abc ") == "TMP-ABC"
    assert issue_of("temporary_id", "x!").key == "temporary_id.format"


@pytest.mark.parametrize("raw", ["040 123 4567", "+358 40 123 4567", "(015) 123 456"])
def test_phone_numbers_accepted(raw: str) -> None:
    assert clean("phone", raw) == raw


@pytest.mark.parametrize("raw", ["abc", "12", "+358 40 123 4567 890 12"])
def test_phone_numbers_rejected(raw: str) -> None:
    assert issue_of("phone", raw).key == "phone.format"


def test_municipality_must_come_from_the_reference_list() -> None:
    assert clean("municipality_code", "623") == "623"
    assert issue_of("municipality_code", "999").key == "field.choice"


def test_communication_methods_known_and_ordered() -> None:
    assert clean("communication_methods", ["pictures", "speech"]) == ["speech", "pictures"]
    assert issue_of("communication_methods", ["telepathy"]).key == "field.choice"


def test_birth_date_rules() -> None:
    assert clean("birth_date", "1990-01-31") == date(1990, 1, 31)
    assert issue_of("birth_date", "2030-01-01").key == "date.future"
    assert clean("birth_date", "31.1.1990") == date(1990, 1, 31)  # as typed (domain.dates)
    assert issue_of("birth_date", "31/1/1990").key == "date.format"
    assert issue_of("birth_date", "31.1.90").key == "date.year_digits"  # 1990 or 2090? not guessed


def test_new_client_needs_identity_code_or_temporary_id() -> None:
    values, issues = rules.clean_new_client(
        {"first_names": "Aino", "last_name": "Virtanen", "municipality_code": "491"},
        municipalities=MUNICIPALITIES, today=TODAY,
    )
    assert issues == [Issue("hetu", "client.identity_missing")]


def test_new_client_derives_birth_date_and_defaults() -> None:
    values, issues = rules.clean_new_client(
        {"first_names": "Aino", "last_name": "Virtanen", "hetu": "131052-308T", "municipality_code": "491"},
        municipalities=MUNICIPALITIES, today=TODAY,
    )
    assert issues == []
    assert values["birth_date"] == date(1952, 10, 13)
    assert values["language"] == "fi"
    assert values["status"] == "new"


def test_new_client_reports_every_bad_field_at_once() -> None:
    _, issues = rules.clean_new_client(
        {"first_names": "", "last_name": "1", "hetu": "xx", "municipality_code": "000", "phone": "abc"},
        municipalities=MUNICIPALITIES, today=TODAY,
    )
    assert {i.field for i in issues} == {"first_names", "last_name", "hetu", "municipality_code", "phone"}


def test_close_person_roles() -> None:
    values, issues = rules.clean_new_close_person(
        {"name": "Matti Virtanen", "relation": "isä", "roles": ["supporter", "guardian"]}
    )
    assert issues == []
    assert values["roles"] == ["guardian", "supporter"]
    _, issues = rules.clean_new_close_person({"name": "", "roles": ["boss"]})
    assert {i.field for i in issues} == {"name", "roles"}
