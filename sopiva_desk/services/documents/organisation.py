"""The organisation printed in document headers (``resources/reference/organisation.toml``,
an example a county replaces with its own; see the admin guide)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sopiva_desk.resources import resource_path


@dataclass(frozen=True)
class Organisation:
    name: dict[str, str]  # by language (fi, sv)
    unit: dict[str, str]
    address: dict[str, str]
    phone: str
    business_id: str
    example: bool

    def words(self, field: str, language: str) -> str:
        values: dict[str, str] = getattr(self, field)
        return values.get(language) or values.get("fi", "")


def load_organisation(path: Path | None = None) -> Organisation:
    with (path or resource_path("reference", "organisation.toml")).open("rb") as file:
        raw = tomllib.load(file)
    contact = raw.get("contact", {})
    return Organisation(dict(raw["name"]), dict(raw["unit"]), dict(raw.get("address", {})),
                        str(contact.get("phone", "")), str(contact.get("business_id", "")),
                        bool(contact.get("example", False)))


@cache
def shipped_organisation() -> Organisation:
    return load_organisation()
