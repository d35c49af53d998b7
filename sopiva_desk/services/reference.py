"""Shipped reference lists (municipalities) as plain values."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sopiva_desk.resources import load_json


@dataclass(frozen=True)
class Municipality:
    code: str
    name_fi: str
    name_sv: str
    county: str
    active: bool

    def name(self, language: str) -> str:
        return self.name_sv if language == "sv" else self.name_fi


@cache
def municipalities() -> tuple[Municipality, ...]:
    data = load_json("reference", "municipalities.json")
    return tuple(
        Municipality(m["code"], m["fi"], m["sv"], m["county"], bool(m["active"]))
        for m in data["municipalities"]
    )


@cache
def municipality_by_code() -> dict[str, Municipality]:
    return {m.code: m for m in municipalities()}
