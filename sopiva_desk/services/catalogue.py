"""The service catalogue and price list (resources/reference/service_catalogue.toml).

Loaded and checked once: unique codes, known units, names in fi/sv/en, prices as exact euro
amounts with validity periods that do not overlap within a service. A broken file raises
``CatalogueError`` naming the file, the place and the problem (for the log and the
administrator; not a user message). The shipped file holds example prices only; a county's
own catalogue replaces it later. Format and rules: docs/budget.md.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from sopiva_desk.domain.money import UNITS, InvalidInput, parse_cents
from sopiva_desk.resources import resource_path

SCHEMA = 1
LANGUAGES = ("fi", "sv", "en")
CODE = re.compile(r"^[a-z0-9][a-z0-9.-]{0,39}$")
_TOP_KEYS = {"schema", "catalogue_version", "valid_from", "example", "services"}
_SERVICE_KEYS = {"code", "unit", "name", "law", "prices"}
_PRICE_KEYS = {"valid_from", "valid_to", "unit_price", "example"}


class CatalogueError(ValueError):
    def __init__(self, source: str, path: str, problem: str) -> None:
        super().__init__(f"{source}: {path}: {problem}")
        self.source, self.path, self.problem = source, path, problem


@dataclass(frozen=True)
class Price:
    valid_from: date
    valid_to: date | None  # inclusive; None = until further notice
    unit_price_cents: int
    example: bool

    def covers(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class Service:
    code: str
    unit: str
    names: Mapping[str, str] = field(hash=False)
    prices: tuple[Price, ...] = ()  # sorted by valid_from
    law: str | None = None

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["fi"]

    def price_on(self, day: date) -> int | None:
        """The unit price in cents on ``day``, or ``None`` (no price then, or priced per decision)."""
        return next((p.unit_price_cents for p in self.prices if p.covers(day)), None)


@dataclass(frozen=True)
class Catalogue:
    version: str
    valid_from: date
    example: bool
    services: tuple[Service, ...]
    _by_code: Mapping[str, Service] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {s.code: s for s in self.services})

    def service(self, code: str) -> Service | None:
        return self._by_code.get(code)

    def price_on(self, code: str, day: date) -> int | None:
        service = self._by_code.get(code)
        return service.price_on(day) if service else None

    def list_services(self) -> tuple[Service, ...]:
        return self.services


# -- loading --------------------------------------------------------------------------------


def _day(source: str, where: str, raw: Any) -> date:
    if isinstance(raw, datetime) or not isinstance(raw, date):
        raise CatalogueError(source, where, "write a date as YYYY-MM-DD, without quotes or time")
    return raw


def _unknown(source: str, where: str, data: Mapping[str, Any], allowed: set[str]) -> None:
    extra = sorted(set(data) - allowed)
    if extra:
        raise CatalogueError(source, where, f"unknown key(s): {', '.join(extra)}")


def _price(source: str, where: str, raw: Any) -> Price:
    if not isinstance(raw, dict):
        raise CatalogueError(source, where, "a price is a table { valid_from, valid_to, unit_price, example }")
    _unknown(source, where, raw, _PRICE_KEYS)
    valid_from = _day(source, f"{where}.valid_from", raw.get("valid_from"))
    valid_to = None if raw.get("valid_to") is None else _day(source, f"{where}.valid_to", raw["valid_to"])
    if valid_to is not None and valid_to < valid_from:
        raise CatalogueError(source, f"{where}.valid_to", "ends before it starts")
    amount = raw.get("unit_price")
    if not isinstance(amount, str):
        raise CatalogueError(source, f"{where}.unit_price", 'write the price as a quoted euro amount, e.g. "33.50"')
    try:
        cents = parse_cents(amount, "unit_price")
    except InvalidInput as err:
        raise CatalogueError(source, f"{where}.unit_price", f"not a price ({err.issue.key})") from None
    if cents is None:
        raise CatalogueError(source, f"{where}.unit_price", "missing")
    example = raw.get("example", False)
    if not isinstance(example, bool):
        raise CatalogueError(source, f"{where}.example", "true or false")
    return Price(valid_from, valid_to, cents, example)


def _service(source: str, where: str, raw: Any) -> Service:
    if not isinstance(raw, dict):
        raise CatalogueError(source, where, "a service is a table")
    _unknown(source, where, raw, _SERVICE_KEYS)
    code = raw.get("code")
    if not isinstance(code, str) or not CODE.match(code):
        raise CatalogueError(source, f"{where}.code", "lower-case letters, digits, '-' or '.', at most 40")
    where = f"services[{code}]"
    unit = raw.get("unit")
    if unit not in UNITS:
        raise CatalogueError(source, f"{where}.unit", f"unknown unit {unit!r}; use one of {', '.join(UNITS)}")
    names = raw.get("name")
    if not isinstance(names, dict) or any(not isinstance(names.get(lang), str) or not names[lang].strip()
                                          for lang in LANGUAGES):
        raise CatalogueError(source, f"{where}.name", "needs fi, sv and en")
    _unknown(source, f"{where}.name", names, set(LANGUAGES))
    law = raw.get("law")
    if law is not None and not isinstance(law, str):
        raise CatalogueError(source, f"{where}.law", "text")
    raw_prices = raw.get("prices", [])
    if not isinstance(raw_prices, list):
        raise CatalogueError(source, f"{where}.prices", "a list of price periods")
    prices = sorted((_price(source, f"{where}.prices[{i}]", p) for i, p in enumerate(raw_prices)),
                    key=lambda p: p.valid_from)
    for before, after in zip(prices, prices[1:], strict=False):
        if before.valid_to is None or before.valid_to >= after.valid_from:
            raise CatalogueError(source, f"{where}.prices",
                                 f"the periods from {before.valid_from} and {after.valid_from} overlap")
    return Service(code, unit, {lang: names[lang].strip() for lang in LANGUAGES}, tuple(prices), law)


def build_catalogue(data: Mapping[str, Any], source: str = "(catalogue)") -> Catalogue:
    """Check parsed TOML and build the catalogue; ``CatalogueError`` at the first problem."""
    if not isinstance(data, Mapping):
        raise CatalogueError(source, "(top)", "not a catalogue")
    _unknown(source, "(top)", data, _TOP_KEYS)
    if data.get("schema") != SCHEMA:
        raise CatalogueError(source, "schema", f"must be {SCHEMA}")
    version = data.get("catalogue_version")
    if not isinstance(version, str) or not version.strip():
        raise CatalogueError(source, "catalogue_version", "required text")
    valid_from = _day(source, "valid_from", data.get("valid_from"))
    example = data.get("example", False)
    if not isinstance(example, bool):
        raise CatalogueError(source, "example", "true or false")
    raw_services = data.get("services")
    if not isinstance(raw_services, list) or not raw_services:
        raise CatalogueError(source, "services", "at least one [[services]] table")
    services = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_services):
        service = _service(source, f"services[{index}]", raw)
        if service.code in seen:
            raise CatalogueError(source, f"services[{service.code}].code", "used twice")
        seen.add(service.code)
        services.append(service)
    return Catalogue(version.strip(), valid_from, example, tuple(services))


def load_catalogue(path: Path | None = None) -> Catalogue:
    """Load and check a catalogue file (the shipped one by default)."""
    path = path or resource_path("reference", "service_catalogue.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise CatalogueError(path.name, "(syntax)", str(err)) from None
    except (OSError, UnicodeDecodeError) as err:
        raise CatalogueError(path.name, "(file)", str(err)) from None
    return build_catalogue(data, path.name)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _revive_days(value: Any) -> Any:
    """A catalogue as it came over the wire (dates as ISO text) as TOML would have parsed it."""
    if isinstance(value, dict):
        return {key: _revive_days(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_revive_days(item) for item in value]
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value  # not a real day (2026-02-30): build_catalogue says where a date is wrong
    return value


def pulled_catalogue(body: Any, source: str) -> Catalogue:
    """A catalogue pulled from the central records, checked like the shipped file."""
    if not isinstance(body, dict):
        raise CatalogueError(source, "(top)", "not a catalogue")
    return build_catalogue(_revive_days(body), source)


@cache
def shipped_catalogue() -> Catalogue:
    return load_catalogue()


def price_on(code: str, day: date) -> int | None:
    """The shipped catalogue's unit price in cents for ``code`` on ``day``, or ``None``."""
    return shipped_catalogue().price_on(code, day)


def list_services() -> tuple[Service, ...]:
    return shipped_catalogue().list_services()
