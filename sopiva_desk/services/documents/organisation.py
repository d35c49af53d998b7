"""The organisation printed in document headers: the letterhead set on this computer
(``services/letterhead.py``), the demo profile's (``resources/reference/demo_letterhead.toml``,
which says it is not a real organisation), or — when none is set — a header that says the
organisation is not configured. Light: no reportlab (``DocumentMeta`` carries it)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sopiva_desk.domain.letterhead import Letterhead, Logo, clean_letterhead, values_from_tables
from sopiva_desk.resources import resource_path

CONFIGURED, DEMO, UNCONFIGURED = "configured", "demo", "unconfigured"


@dataclass(frozen=True)
class Organisation:
    letterhead: Letterhead
    status: str = CONFIGURED  # configured, demo (the demo profile), unconfigured (none set)
    logo: Logo | None = None

    def words(self, field: str, language: str) -> str:
        """The name, unit or address in ``language`` (else in Finnish)."""
        return self.letterhead.words(field, language)

    @property
    def phone(self) -> str:
        return self.letterhead.phone

    def contacts(self, language: str) -> list[str]:
        """The address, phone, e-mail and web address, as a footer lists them (filled ones only)."""
        head = self.letterhead
        return [part for part in (head.words("address", language), head.phone, head.email, head.web) if part]


def load_letterhead_file(path: Path) -> Letterhead:
    """A letterhead from a TOML file shaped like ``demo_letterhead.toml`` (tables ``name``,
    ``unit``, ``address`` by language; ``[contact]`` phone, email, web, oid), checked."""
    with path.open("rb") as file:
        return clean_letterhead(values_from_tables(tomllib.load(file)))


@cache
def demo_organisation() -> Organisation:
    return Organisation(load_letterhead_file(resource_path("reference", "demo_letterhead.toml")), DEMO)


def unconfigured_organisation() -> Organisation:
    return Organisation(Letterhead(), UNCONFIGURED)
