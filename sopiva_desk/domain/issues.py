"""Validation results as message keys, so the GUI can translate them.

The domain never builds user-visible text. An ``Issue`` names the field it belongs to, a
stable message key and the parameters the translated message needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Issue:
    """One problem with one field: ``key`` is looked up in the GUI's message catalogue."""

    field: str
    key: str
    params: dict[str, Any] = field(default_factory=dict)


class ValidationError(Exception):
    """Raised by services when input breaks a domain rule; carries every issue found."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__(", ".join(f"{i.field}: {i.key}" for i in issues))
        self.issues = issues


class Day(date):
    """A date that shows itself as ``d.m.yyyy`` inside messages (as Finnish and Swedish write it).

    Issue parameters carry days as ``Day`` so ``"{end}".format(end=Day.of(d))`` reads "30.11.2027"
    with no special code in the GUI; it is a ``date`` in every other way.
    """

    @classmethod
    def of(cls, day: date) -> Day:
        return cls(day.year, day.month, day.day)

    def __str__(self) -> str:
        return f"{self.day}.{self.month}.{self.year}"

    def __format__(self, spec: str) -> str:
        return str(self) if not spec else super().__format__(spec)
