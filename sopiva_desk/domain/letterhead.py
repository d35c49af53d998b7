"""The organisation's letterhead: what the header of every document says about who wrote it.

Pure rules: the fields, their limits and formats. Every refusal names its field with a message
key; ``clean_letterhead`` raises every problem at once. Fields of the form ``name_fi`` are the
Finnish and Swedish words of ``name``, ``unit`` and ``address`` (Swedish may be left empty: the
Finnish is printed then). Storing it and its logo is ``services/letterhead.py``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sopiva_desk.domain.issues import Issue, ValidationError

LANGUAGES = ("fi", "sv")
WORDED = ("name", "unit", "address")  # said in Finnish and in Swedish
CONTACTS = ("phone", "email", "web", "oid")
FIELDS = (*(f"{name}_{language}" for name in WORDED for language in LANGUAGES), *CONTACTS)
LIMITS = {"name": 120, "unit": 120, "address": 160, "phone": 40, "email": 120, "web": 120, "oid": 128}

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{4,}[0-9]$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_WEB = re.compile(r"^(https?://)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:[0-9]{1,5})?(/\S*)?$",
                  re.IGNORECASE)
# An object identifier in dotted numeric form (ITU-T X.660): the first arc 0, 1 or 2, then
# numbers without leading zeros, e.g. 1.2.246.10.12345678 (a Finnish social-care organisation).
_OID = re.compile(r"^[0-2](\.(0|[1-9][0-9]*))+$")


@dataclass(frozen=True)
class Letterhead:
    name: dict[str, str] = field(default_factory=dict)  # by language
    unit: dict[str, str] = field(default_factory=dict)
    address: dict[str, str] = field(default_factory=dict)
    phone: str = ""
    email: str = ""
    web: str = ""
    oid: str = ""

    def words(self, name: str, language: str) -> str:
        """``name`` (name, unit or address) in ``language``, else in Finnish."""
        values: dict[str, str] = getattr(self, name)
        return values.get(language) or values.get("fi", "")

    def values(self) -> dict[str, str]:
        """The flat field values (``name_fi`` …, ``oid``), as forms and files hold them."""
        flat = {f"{name}_{language}": getattr(self, name).get(language, "") for name in WORDED
                for language in LANGUAGES}
        flat.update({name: getattr(self, name) for name in CONTACTS})
        return flat


@dataclass(frozen=True)
class Logo:
    """The organisation's logo as stored: a PNG or an SVG file's bytes (checked by the services)."""

    kind: str  # "png" or "svg"
    data: bytes


def valid_oid(text: str) -> bool:
    """Dotted numeric with at least two arcs; under arcs 0 and 1 the second arc is 0–39."""
    if not _OID.match(text):
        return False
    arcs = text.split(".")
    return arcs[0] == "2" or int(arcs[1]) <= 39


def _limit(name: str) -> int:
    return LIMITS[name.rsplit("_", 1)[0] if name.endswith(("_fi", "_sv")) else name]


def values_from_tables(raw: Mapping[str, Any]) -> dict[str, str]:
    """Flat values from the tables of a letterhead file (``[name]``, ``[unit]``, ``[address]`` by
    language, ``[contact]`` phone, email, web, oid: the shape ``sopiva-desk admin letterhead``
    reads and ``show`` prints). An unknown table or key is refused, so a typing error is not
    silently left out."""
    values: dict[str, str] = {}
    issues: list[Issue] = []
    for table, content in raw.items():
        keys = LANGUAGES if table in WORDED else CONTACTS if table == "contact" else ()
        if not keys or not isinstance(content, Mapping):
            issues.append(Issue(table, "letterhead.unknown_key"))
            continue
        for key, value in content.items():
            if key not in keys:
                issues.append(Issue(f"{table}.{key}", "letterhead.unknown_key"))
            elif not isinstance(value, str):
                issues.append(Issue(f"{table}.{key}", "letterhead.not_text"))
            else:
                values[key if table == "contact" else f"{table}_{key}"] = value
    if issues:
        raise ValidationError(issues)
    return values


def tables_of(letterhead: Letterhead) -> dict[str, dict[str, str]]:
    """The tables of a letterhead file (the inverse of ``values_from_tables``)."""
    flat = letterhead.values()
    tables = {name: {language: flat[f"{name}_{language}"] for language in LANGUAGES} for name in WORDED}
    tables["contact"] = {name: flat[name] for name in CONTACTS}
    return tables


def clean_letterhead(raw: Mapping[str, Any]) -> Letterhead:
    """A letterhead from flat values (``FIELDS``); ``ValidationError`` with every problem.

    The Finnish name is required; everything else may be empty."""
    issues: list[Issue] = []
    unknown = sorted(set(raw) - set(FIELDS))
    issues += [Issue(name, "field.choice") for name in unknown]
    clean: dict[str, str] = {}
    for name in FIELDS:
        text = " ".join(str(raw.get(name) or "").split())  # one line: a header has no room for more
        if _CONTROL.search(text):
            issues.append(Issue(name, "field.control_chars"))
        elif len(text) > _limit(name):
            issues.append(Issue(name, "field.too_long", {"max": _limit(name)}))
        elif not text:
            if name == "name_fi":
                issues.append(Issue(name, "field.required"))
        elif name == "phone" and not _PHONE.match(text):
            issues.append(Issue(name, "phone.format"))
        elif name == "email" and not _EMAIL.match(text):
            issues.append(Issue(name, "letterhead.email_format"))
        elif name == "web" and not _WEB.match(text):
            issues.append(Issue(name, "letterhead.web_format"))
        elif name == "oid" and not valid_oid(text):
            issues.append(Issue(name, "letterhead.oid_format"))
        clean[name] = text
    if issues:
        raise ValidationError(issues)
    worded = {name: {language: clean[f"{name}_{language}"] for language in LANGUAGES
                     if clean[f"{name}_{language}"]} for name in WORDED}
    return Letterhead(worded["name"], worded["unit"], worded["address"], clean["phone"], clean["email"],
                      clean["web"], clean["oid"])
