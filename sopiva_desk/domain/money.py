"""Money, quantities and units for plans and personal budgets (docs/budget.md).

Money is an ``int`` of euro cents, never a float. Quantities (7,5 hours, 12 days) are
``Decimal`` with at most two decimals. One rounding rule turns a quantity × unit price into
cents: ROUND_HALF_UP to the whole cent **per line**; every total is a sum of rounded lines,
so the printed lines always add up to the printed total.

Parsing takes what a Finnish user types ("1 234,50", "1234.5", "12 €") and returns the
value, or raises ``InvalidInput`` carrying an ``Issue`` with a message key. Formatting gives
the Finnish form, "1 234,50 €" with a no-break space between thousands and before the euro
sign. Finland-Swedish (CLDR sv-FI) and Finland-English (en-FI) write amounts the same way;
only the minus sign differs (U+2212 in fi and sv, "-" in en). The ``language`` parameter is
there so a later locale can differ without changing callers.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from sopiva_desk.domain.issues import Issue

LANGUAGES = ("fi", "sv", "en")
NBSP = "\u00a0"
MINUS = "\u2212"  # CLDR minus sign for fi and sv

# Units a service is counted in. None of them is money: there is no cash or direct-payment unit.
UNITS = ("hour", "day", "month", "trip", "piece")

MONEY_MAX_CENTS = 10_000_000 * 100  # 10 000 000 €: above any one client's yearly services
QUANTITY_MAX = Decimal(100_000)  # hours in a two-year budget are at most 17 544
QUANTITY_DECIMALS = 2
MONEY_DECIMALS = 2

_SPACES = " \u00a0\u202f\u2009"  # space, no-break, narrow no-break, thin
_NUMBER = re.compile(r"^(?P<int>\d{1,3}(?:[" + _SPACES + r"]\d{3})+|\d*)(?:[.,](?P<dec>\d+))?$", re.ASCII)
_CURRENCY = re.compile(r"^(?:€\s*)?(?P<body>.*?)(?:\s*(?:€|eur|euro|euroa|e))?$", re.IGNORECASE | re.DOTALL)
_MINUSES = ("-", MINUS, "\u2013")
_INPUT_MAX = 40
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # tabs and line breaks are allowed
_ONE = Decimal(1)
_HUNDREDTH = Decimal("0.01")


class InvalidInput(ValueError):
    """A value breaks a rule; ``issue`` says which (field and message key)."""

    def __init__(self, issue: Issue) -> None:
        super().__init__(f"{issue.field}: {issue.key}")
        self.issue = issue


class Cents(int):
    """An amount in cents that shows itself in the Finnish form inside messages.

    Issue parameters carry money as ``Cents`` so ``"{max}".format(max=Cents(123450))`` gives
    "1 234,50 €" with no special code in the GUI. It is an ``int`` in every other way
    (arithmetic returns plain ``int``; JSON writes the number of cents).
    """

    __slots__ = ()

    def __str__(self) -> str:
        return format_cents(int(self))

    def __format__(self, spec: str) -> str:
        return format_cents(int(self)) if not spec else int(self).__format__(spec)

    def __repr__(self) -> str:
        return f"Cents({int(self)})"


# -- parsing -------------------------------------------------------------------------------


def _split_number(text: str) -> tuple[bool, str, str] | None:
    """(negative, integer digits, decimal digits) of a typed number, or ``None`` if it is not one."""
    negative = text.startswith(_MINUSES)
    if negative:
        text = text[1:].lstrip()
    match = _NUMBER.match(text)
    if not match or not (match["int"] or match["dec"]):
        return None
    digits = "".join(ch for ch in match["int"] if ch.isdigit())
    return negative, digits or "0", match["dec"] or ""


def _check_type(field: str, raw: Any) -> None:
    if isinstance(raw, float | bool) or not isinstance(raw, str | int | Decimal):
        # A float has already lost the exact value: callers must pass text, int or Decimal.
        raise TypeError(f"{field}: expected str, int or Decimal, got {type(raw).__name__}")


def parse_cents(raw: str | int | Decimal | None, field: str = "amount") -> int | None:
    """Cents from typed euros ("1 234,50", "1234.5", "12 €"); ``None`` when empty.

    An ``int`` is taken as cents already, a ``Decimal`` as euros. Raises ``InvalidInput`` with
    ``money.format``, ``number.decimals``, ``money.negative`` or ``money.too_large``.
    """
    if raw is None:
        return None
    _check_type(field, raw)
    if isinstance(raw, int):
        return check_cents(field, raw)
    if isinstance(raw, Decimal):
        if not raw.is_finite():
            raise InvalidInput(Issue(field, "money.format"))
        try:
            exact = raw == raw.quantize(_HUNDREDTH)
        except InvalidOperation:  # far too many digits to quantize
            raise InvalidInput(Issue(field, "money.too_large", {"max": Cents(MONEY_MAX_CENTS)})) from None
        if not exact:
            raise InvalidInput(Issue(field, "number.decimals", {"decimals": MONEY_DECIMALS}))
        return check_cents(field, int(raw.scaleb(2)))
    text = raw.strip()
    if not text:
        return None
    if len(text) > _INPUT_MAX:
        raise InvalidInput(Issue(field, "money.format"))
    match = _CURRENCY.match(text)
    parts = _split_number(match["body"].strip()) if match else None
    if parts is None:
        raise InvalidInput(Issue(field, "money.format"))
    negative, whole, decimals = parts
    if len(decimals) > MONEY_DECIMALS:
        raise InvalidInput(Issue(field, "number.decimals", {"decimals": MONEY_DECIMALS}))
    cents = int(whole) * 100 + int(decimals.ljust(2, "0"))
    return check_cents(field, -cents if negative else cents)


def check_cents(field: str, cents: Any) -> int:
    """``cents`` if it is a whole, non-negative amount within ``MONEY_MAX_CENTS``."""
    if isinstance(cents, bool) or not isinstance(cents, int):
        raise TypeError(f"{field}: cents must be an int, got {type(cents).__name__}")
    if cents < 0:
        raise InvalidInput(Issue(field, "money.negative"))
    if cents > MONEY_MAX_CENTS:
        raise InvalidInput(Issue(field, "money.too_large", {"max": Cents(MONEY_MAX_CENTS)}))
    return int(cents)


def parse_quantity(raw: str | int | Decimal | None, field: str = "quantity") -> Decimal | None:
    """A quantity from "7,5", "1 200" or "12.25"; ``None`` when empty.

    Raises ``InvalidInput`` with ``number.format``, ``number.decimals``, ``quantity.negative``
    or ``quantity.too_large``.
    """
    if raw is None:
        return None
    _check_type(field, raw)
    if isinstance(raw, int | Decimal):
        return check_quantity(field, raw)
    text = raw.strip()
    if not text:
        return None
    parts = _split_number(text) if len(text) <= _INPUT_MAX else None
    if parts is None:
        raise InvalidInput(Issue(field, "number.format"))
    negative, whole, decimals = parts
    value = Decimal(f"{'-' if negative else ''}{whole}.{decimals or '0'}")
    return check_quantity(field, value)


def check_quantity(field: str, value: Any) -> Decimal:
    """The canonical ``Decimal`` ("7.5", "12") if ``value`` is a sane quantity."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise TypeError(f"{field}: a quantity must be a Decimal or int, got {type(value).__name__}")
    quantity = Decimal(value)
    if not quantity.is_finite():
        raise InvalidInput(Issue(field, "number.format"))
    try:
        exact = quantity == quantity.quantize(_HUNDREDTH)
    except InvalidOperation:  # far too many digits to quantize
        raise InvalidInput(Issue(field, "quantity.too_large", {"max": int(QUANTITY_MAX)})) from None
    if not exact:
        raise InvalidInput(Issue(field, "number.decimals", {"decimals": QUANTITY_DECIMALS}))
    if quantity < 0:
        raise InvalidInput(Issue(field, "quantity.negative"))
    if quantity > QUANTITY_MAX:
        raise InvalidInput(Issue(field, "quantity.too_large", {"max": int(QUANTITY_MAX)}))
    return _canonical(quantity)


def _canonical(quantity: Decimal) -> Decimal:
    """One spelling per value: 7.50 → 7.5, 8.00 → 8, 100 stays 100 (never 1E+2)."""
    if quantity == quantity.to_integral_value():
        return quantity.quantize(_ONE)
    return quantity.normalize()


def check_unit(field: str, unit: Any) -> str:
    if unit not in UNITS:
        raise InvalidInput(Issue(field, "field.choice"))
    return str(unit)


# -- arithmetic ----------------------------------------------------------------------------


def line_cents(quantity: Decimal, unit_price_cents: int) -> int:
    """quantity × unit price in cents, ROUND_HALF_UP to the whole cent (the one rounding rule).

    Both are non-negative and the quantity has at most two decimals, so this is exact integer
    arithmetic: hundredths × cents, then half up to whole cents.
    """
    hundredths = int(quantity.scaleb(2))
    if hundredths < 0 or unit_price_cents < 0:
        raise ValueError("quantities and prices are never negative")
    return (hundredths * unit_price_cents + 50) // 100


def share_of(cents: int, numerator: int, denominator: int) -> int:
    """``cents`` × numerator / denominator, ROUND_HALF_UP to the whole cent (non-negative)."""
    if denominator <= 0 or numerator < 0 or cents < 0:
        raise ValueError("share_of takes non-negative values and a positive denominator")
    return (2 * cents * numerator + denominator) // (2 * denominator)


# -- formatting ----------------------------------------------------------------------------


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")


def _group(digits: str) -> str:
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return NBSP.join(groups)


def format_cents(cents: int, language: str = "fi", *, symbol: bool = True) -> str:
    """``123450`` → "1 234,50 €" (no-break spaces); ``symbol=False`` leaves out " €"."""
    _check_language(language)
    whole, part = divmod(abs(int(cents)), 100)
    text = f"{_group(str(whole))},{part:02d}"
    if cents < 0:
        text = ("-" if language == "en" else MINUS) + text
    return f"{text}{NBSP}€" if symbol else text


def format_quantity(quantity: Decimal | int, language: str = "fi") -> str:
    """``Decimal("7.50")`` → "7,5"; ``Decimal("1200")`` → "1 200"; no trailing zeros."""
    _check_language(language)
    value = _canonical(Decimal(quantity))
    sign = ("-" if language == "en" else MINUS) if value < 0 else ""
    whole, _, decimals = f"{abs(value):f}".partition(".")
    text = _group(whole) + ("," + decimals if decimals else "")
    return sign + text


# -- short texts beside amounts (descriptions, provider names) -----------------------------


def clean_text(field: str, raw: Any, limit: int, *, one_line: bool = False) -> str | None:
    """Stripped text, ``None`` when empty; ``one_line`` folds inner white space to one space.

    Raises ``InvalidInput`` with ``field.choice`` (not text), ``field.too_long`` or
    ``field.control_chars``.
    """
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise InvalidInput(Issue(field, "field.choice"))
    text = raw.strip()
    if len(text) > limit:
        raise InvalidInput(Issue(field, "field.too_long", {"max": limit}))
    if _CONTROL.search(text):
        raise InvalidInput(Issue(field, "field.control_chars"))
    if one_line:
        text = " ".join(text.split())
    return text or None


def same_name(a: str | None, b: str | None) -> bool:
    """Names compared as people type them: case and runs of white space do not matter."""
    if not a or not b:
        return False
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())
