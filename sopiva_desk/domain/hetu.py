"""Finnish personal identity codes (henkilötunnus, hetu).

Format ``DDMMYYCZZZQ``: birth date, century sign, individual number and check character.
The check character is ``int(DDMMYYZZZ) mod 31`` mapped into ``CHECK_CHARS``. Since
1.1.2023 the century signs Y X W V U (1900s) and B C D E F (2000s) are valid besides
the original ``+``, ``-`` and ``A`` (Population Register Centre decree 128/2010 as amended).
Individual numbers 900–999 are temporary codes issued by some organisations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"

CENTURY_BY_SIGN: dict[str, int] = {
    "+": 1800,
    "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
    "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000,
}

_SHAPE = re.compile(r"^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$")


class HetuError(ValueError):
    """Why a string is not a valid identity code; ``key`` is a domain message key."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class IdentityCode:
    """A checked identity code with what can be derived from it."""

    code: str
    birth_date: date
    individual_number: int

    @property
    def is_temporary(self) -> bool:
        """Codes with individual numbers 900–999 are temporary, not from the population register."""
        return self.individual_number >= 900

    @property
    def sex(self) -> str:
        """'male' for odd individual numbers, 'female' for even ones (as the register defines them)."""
        return "male" if self.individual_number % 2 else "female"


def normalise(raw: str) -> str:
    """Strip spaces and uppercase, the forms in which people type codes."""
    return "".join(raw.split()).upper()


def check_character(digits: str) -> str:
    """Check character for the nine digits DDMMYYZZZ."""
    return CHECK_CHARS[int(digits) % 31]


def parse(raw: str, *, today: date | None = None) -> IdentityCode:
    """Validate ``raw`` and return the parsed code, or raise ``HetuError`` with a message key."""
    code = normalise(raw)
    if not code:
        raise HetuError("hetu.empty")
    if len(code) != 11:
        raise HetuError("hetu.length")
    match = _SHAPE.match(code)
    if match is None:
        if code[6] not in CENTURY_BY_SIGN:
            raise HetuError("hetu.century_sign")
        raise HetuError("hetu.format")
    dd, mm, yy, sign, individual, check = match.groups()
    try:
        birth = date(CENTURY_BY_SIGN[sign] + int(yy), int(mm), int(dd))
    except ValueError:
        raise HetuError("hetu.date") from None
    number = int(individual)
    if number < 2:
        raise HetuError("hetu.individual_number")
    if check_character(dd + mm + yy + individual) != check:
        raise HetuError("hetu.checksum")
    if birth > (today or date.today()):
        raise HetuError("hetu.future")
    return IdentityCode(code=code, birth_date=birth, individual_number=number)


def make(birth: date, individual_number: int, *, sign: str | None = None) -> str:
    """Build a valid code (used for fictional demo clients and tests)."""
    if sign is None:
        sign = {1800: "+", 1900: "-", 2000: "A"}[birth.year // 100 * 100]
    if CENTURY_BY_SIGN.get(sign) != birth.year // 100 * 100:
        raise ValueError(f"century sign {sign!r} does not match {birth.year}")
    digits = f"{birth:%d%m}{birth.year % 100:02d}{individual_number:03d}"
    return f"{digits[:6]}{sign}{digits[6:]}{check_character(digits)}"
