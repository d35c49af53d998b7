"""Money as integer cents, quantities as Decimal: parsing what Finns type, formatting, the one rounding rule."""

from __future__ import annotations

import json
import random
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest

from sopiva_desk.domain.money import (
    MONEY_MAX_CENTS,
    NBSP,
    QUANTITY_MAX,
    UNITS,
    Cents,
    InvalidInput,
    check_cents,
    clean_text,
    format_cents,
    format_quantity,
    line_cents,
    parse_cents,
    parse_quantity,
    same_name,
    share_of,
)


def money_issue(raw: Any) -> tuple[str, dict[str, Any]]:
    with pytest.raises(InvalidInput) as caught:
        parse_cents(raw, "unit_price")
    assert caught.value.issue.field == "unit_price"
    return caught.value.issue.key, caught.value.issue.params


def quantity_issue(raw: Any) -> str:
    with pytest.raises(InvalidInput) as caught:
        parse_quantity(raw)
    return caught.value.issue.key


@pytest.mark.parametrize(("typed", "cents"), [
    ("1 234,50", 123450),
    (f"1{NBSP}234,50", 123450),
    ("1\u202f234,50 €", 123450),  # narrow no-break space, as some keyboards paste
    ("1234.5", 123450),
    ("1234,5", 123450),
    ("12 €", 1200),
    ("12€", 1200),
    ("€ 12", 1200),
    ("12 EUR", 1200),
    ("12 e", 1200),
    ("12 euroa", 1200),
    ("0,05", 5),
    (",5", 50),
    ("0", 0),
    ("  7 ", 700),
    ("007,10", 710),
    ("1 234 567,89", 123456789),
    ("10 000 000", MONEY_MAX_CENTS),
])
def test_parses_what_finns_type(typed: str, cents: int) -> None:
    assert parse_cents(typed) == cents


@pytest.mark.parametrize("empty", [None, "", "   "])
def test_empty_input_is_no_value(empty: str | None) -> None:
    assert parse_cents(empty) is None
    assert parse_quantity(empty) is None


@pytest.mark.parametrize("typed", ["abc", "12 34", "1 23,00", "1.234,50", "1,234.50", "12,", "1e5", "€", "12 USD",
                                   "١٢", "１２", "12-", "--5", "1 2345", "9" * 41, "5 € €"])
def test_garbage_is_refused_as_format(typed: str) -> None:
    assert money_issue(typed) == ("money.format", {})


def test_more_than_two_decimals_is_refused() -> None:
    assert money_issue("1,234") == ("number.decimals", {"decimals": 2})
    assert money_issue("0.001") == ("number.decimals", {"decimals": 2})
    assert money_issue(Decimal("1.005")) == ("number.decimals", {"decimals": 2})


@pytest.mark.parametrize("typed", ["-5", "−5 €", "– 12,50", "-0,01", -1, Decimal("-3")])
def test_negative_amounts_are_refused(typed: Any) -> None:
    assert money_issue(typed)[0] == "money.negative"


def test_too_large_amounts_are_refused_with_the_limit_in_finnish_form() -> None:
    key, params = money_issue("10 000 000,01")
    assert key == "money.too_large"
    assert params["max"] == MONEY_MAX_CENTS
    assert "{max}".format(**params) == f"10{NBSP}000{NBSP}000,00{NBSP}€"
    assert money_issue(MONEY_MAX_CENTS + 1)[0] == "money.too_large"
    assert money_issue(Decimal("1E+30"))[0] == "money.too_large"


def test_ints_are_cents_and_decimals_are_euros() -> None:
    assert parse_cents(1250) == 1250
    assert parse_cents(Decimal("12.5")) == 1250
    assert parse_cents(Decimal("12.50")) == 1250


@pytest.mark.parametrize("bad", [12.5, True, [1], b"12"])
def test_floats_and_other_types_never_become_money(bad: Any) -> None:
    with pytest.raises(TypeError):
        parse_cents(bad)
    with pytest.raises(TypeError):
        parse_quantity(bad)
    with pytest.raises(TypeError):
        check_cents("x", bad)


def test_formats_in_the_finnish_form_with_no_break_spaces() -> None:
    assert format_cents(123450) == f"1{NBSP}234,50{NBSP}€"
    assert format_cents(0) == f"0,00{NBSP}€"
    assert format_cents(5) == f"0,05{NBSP}€"
    assert format_cents(100) == f"1,00{NBSP}€"
    assert format_cents(99999) == f"999,99{NBSP}€"
    assert format_cents(100_000_000) == f"1{NBSP}000{NBSP}000,00{NBSP}€"
    assert format_cents(123450, symbol=False) == f"1{NBSP}234,50"
    assert " " not in format_cents(123456789)  # never a breakable space inside an amount


def test_swedish_and_english_in_finland_write_amounts_the_same_way_but_the_minus() -> None:
    for cents in (0, 5, 123450, MONEY_MAX_CENTS):
        assert format_cents(cents, "sv") == format_cents(cents, "fi") == format_cents(cents, "en")
    assert format_cents(-1200000, "fi") == f"\u221212{NBSP}000,00{NBSP}€"
    assert format_cents(-1200000, "sv") == format_cents(-1200000, "fi")
    assert format_cents(-1200000, "en") == f"-12{NBSP}000,00{NBSP}€"
    with pytest.raises(ValueError):
        format_cents(1, "de")


def test_formatted_amounts_parse_back_to_the_same_cents() -> None:
    rng = random.Random(5)
    for cents in [0, 1, 99, 100, 1000, 99999, 100000, MONEY_MAX_CENTS] + [rng.randrange(MONEY_MAX_CENTS)
                                                                         for _ in range(500)]:
        for language in ("fi", "sv", "en"):
            assert parse_cents(format_cents(cents, language)) == cents
            assert parse_cents(format_cents(cents, language, symbol=False)) == cents


def test_cents_show_themselves_in_messages_and_stay_numbers() -> None:
    amount = Cents(123450)
    assert amount == 123450 and isinstance(amount, int)
    assert f"{amount}" == str(amount) == f"1{NBSP}234,50{NBSP}€"
    assert f"{amount:d}" == "123450"
    assert repr(amount) == "Cents(123450)"
    assert json.dumps({"max": amount}) == '{"max": 123450}'
    assert type(amount + 1) is int


@pytest.mark.parametrize(("typed", "value"), [
    ("7,5", Decimal("7.5")),
    ("7,50", Decimal("7.5")),
    ("7.25", Decimal("7.25")),
    ("1 200", Decimal("1200")),
    ("0", Decimal("0")),
    ("0,01", Decimal("0.01")),
    ("100 000", QUANTITY_MAX),
    (12, Decimal("12")),
    (Decimal("1E+2"), Decimal("100")),
    (Decimal("8.00"), Decimal("8")),
])
def test_quantities_parse_to_canonical_decimals(typed: Any, value: Decimal) -> None:
    parsed = parse_quantity(typed)
    assert parsed == value
    assert str(parsed) == str(value)  # one spelling per value: never 7.50 or 1E+2


def test_bad_quantities_are_refused() -> None:
    assert quantity_issue("x") == "number.format"
    assert quantity_issue("7,5 h") == "number.format"
    assert quantity_issue("7,555") == "number.decimals"
    assert quantity_issue("-1") == "quantity.negative"
    assert quantity_issue(Decimal("-0.5")) == "quantity.negative"
    assert quantity_issue("100 000,01") == "quantity.too_large"
    assert quantity_issue(Decimal("1E+40")) == "quantity.too_large"
    assert quantity_issue(Decimal("NaN")) == "number.format"


def test_quantities_format_without_trailing_zeros() -> None:
    assert format_quantity(Decimal("7.50")) == "7,5"
    assert format_quantity(Decimal("8.00")) == "8"
    assert format_quantity(Decimal("0.25")) == "0,25"
    assert format_quantity(Decimal("1200")) == f"1{NBSP}200"
    assert format_quantity(Decimal("100000")) == f"100{NBSP}000"
    assert format_quantity(12, "sv") == "12"
    assert format_quantity(Decimal("-1.5"), "en") == "-1,5"


def test_line_cost_rounds_half_up_to_the_cent() -> None:
    assert line_cents(Decimal("7.5"), 3350) == 25125
    assert line_cents(Decimal("0.5"), 1) == 1  # 0.5 cent → 1 (half up, not to even)
    assert line_cents(Decimal("0.5"), 3) == 2  # 1.5 → 2
    assert line_cents(Decimal("0.25"), 10) == 3  # 2.5 → 3 (banker's rounding would give 2)
    assert line_cents(Decimal("0.01"), 49) == 0  # 0.49 → 0
    assert line_cents(Decimal("0.01"), 50) == 1  # 0.50 → 1
    assert line_cents(Decimal("0"), 3350) == 0
    assert line_cents(QUANTITY_MAX, MONEY_MAX_CENTS) == 100_000 * MONEY_MAX_CENTS  # exact, no overflow


def test_line_cost_equals_decimal_half_up_everywhere() -> None:
    rng = random.Random(7)
    for _ in range(5000):
        quantity = Decimal(rng.randrange(0, 10_000_000)).scaleb(-2)
        price = rng.randrange(0, 500_000)
        expected = (quantity * price).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        assert line_cents(quantity, price) == int(expected)


def test_totals_are_sums_of_rounded_lines() -> None:
    """Three lines of half a cent each are 1 cent each: the total is 3 cents, as printed."""
    lines = [line_cents(Decimal("0.5"), 1) for _ in range(3)]
    assert sum(lines) == 3
    assert int((Decimal("0.5") * 3).quantize(Decimal(1), rounding=ROUND_HALF_UP)) == 2  # not what we do


def test_negative_arithmetic_is_refused() -> None:
    with pytest.raises(ValueError):
        line_cents(Decimal("-1"), 100)
    with pytest.raises(ValueError):
        share_of(-1, 1, 2)
    with pytest.raises(ValueError):
        share_of(1, 1, 0)


def test_share_of_rounds_half_up() -> None:
    assert share_of(100, 1, 2) == 50
    assert share_of(1, 1, 2) == 1  # 0.5 → 1
    assert share_of(100, 1, 3) == 33
    assert share_of(200, 1, 3) == 67
    assert share_of(36500, 181, 365) == 18100


def test_units_have_no_money_unit() -> None:
    assert UNITS == ("hour", "day", "month", "trip", "piece")
    assert not {"cash", "direct_payment", "eur", "euro", "money"} & set(UNITS)


def test_clean_text() -> None:
    assert clean_text("f", None, 10) is None
    assert clean_text("f", "   ", 10) is None
    assert clean_text("f", " a  b\n c ", 20) == "a  b\n c"
    assert clean_text("f", " a  b\n c ", 20, one_line=True) == "a b c"
    for raw, key in (("x" * 11, "field.too_long"), ("a\x00b", "field.control_chars"), (5, "field.choice")):
        with pytest.raises(InvalidInput) as caught:
            clean_text("f", raw, 10)
        assert caught.value.issue.key == key


def test_same_name_ignores_case_and_spacing() -> None:
    assert same_name("Matti  Meikäläinen", "matti meikäläinen")
    assert not same_name("Matti", "Maija")
    assert not same_name(None, "Matti") and not same_name("", "")
