"""Clients and their close persons: value lists and field rules.

Every ``clean_*`` function takes what the user typed and returns the value to store, or
raises ``FieldInvalid`` carrying an ``Issue``. The GUI keeps the typed text in the field
and shows the translated issue next to it, so nothing typed is lost.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Collection, Iterable, Mapping
from datetime import date
from enum import StrEnum
from typing import Any

from sopiva_desk.domain import hetu
from sopiva_desk.domain.dates import DateProblem, read_day
from sopiva_desk.domain.issues import Issue


class Language(StrEnum):
    FINNISH = "fi"
    SWEDISH = "sv"
    OTHER = "other"


class ClientStatus(StrEnum):
    """Where the client-hood stands; the detailed case phase comes with assessments."""

    NEW = "new"  # referral received, not assessed yet
    ACTIVE = "active"
    PAUSED = "paused"
    CLOSED = "closed"


class CommunicationMethod(StrEnum):
    SPEECH = "speech"
    PLAIN_LANGUAGE = "plain_language"
    PICTURES = "pictures"
    AAC_DEVICE = "aac_device"
    KEY_WORD_SIGNS = "key_word_signs"
    SIGN_LANGUAGE = "sign_language"
    INTERPRETER = "interpreter"
    OTHER = "other"


class CloseRole(StrEnum):
    GUARDIAN = "guardian"  # legal guardian or trustee (edunvalvoja)
    SUPPORTER = "supporter"  # supporter the client chose for decision-making
    PLAN_TASK = "plan_task"  # private person with tasks in the plan (703/2023 §43)


class FieldInvalid(ValueError):
    """A typed value breaks a rule; ``issue`` says which and why."""

    def __init__(self, issue: Issue) -> None:
        super().__init__(issue.key)
        self.issue = issue


NAME_MAX = 100
TEXT_MAX = 4000
SHORT_MAX = 200
TEMP_ID_PREFIX = "TMP-"
_TEMP_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TEMP_ID = re.compile(r"^[A-Z0-9][A-Z0-9-]{2,29}$")
_PHONE = re.compile(r"^\+?[0-9 ()-]+$")
_POSTAL_CODE = re.compile(r"^\d{5}$")


def new_temporary_id() -> str:
    """A random identifier for a client whose identity code is not known (yet)."""
    body = "".join(secrets.choice(_TEMP_ALPHABET) for _ in range(8))
    return f"{TEMP_ID_PREFIX}{body[:4]}-{body[4:]}"


def _text(name: str, raw: Any, *, required: bool = False, max_len: int = SHORT_MAX) -> str:
    text = "" if raw is None else str(raw).strip()
    if required and not text:
        raise FieldInvalid(Issue(name, "field.required"))
    if len(text) > max_len:
        raise FieldInvalid(Issue(name, "field.too_long", {"max": max_len}))
    if _CONTROL.search(text):
        raise FieldInvalid(Issue(name, "field.control_chars"))
    return text


def clean_name(name: str, raw: Any) -> str:
    text = " ".join(_text(name, raw, required=True, max_len=NAME_MAX).split())
    if not any(ch.isalpha() for ch in text):
        raise FieldInvalid(Issue(name, "name.no_letters"))
    if any(ch.isdigit() for ch in text):
        raise FieldInvalid(Issue(name, "name.digits"))  # usually a code typed in the wrong field
    return text


def clean_hetu(raw: Any, *, today: date | None = None) -> str | None:
    """``None`` for an empty field (code unknown), the normalised code otherwise."""
    text = hetu.normalise("" if raw is None else str(raw))
    if not text:
        return None
    try:
        return hetu.parse(text, today=today).code
    except hetu.HetuError as err:
        raise FieldInvalid(Issue("hetu", err.key)) from None


def clean_temporary_id(raw: Any) -> str | None:
    text = ("" if raw is None else str(raw)).strip().upper()
    if not text:
        return None
    if not _TEMP_ID.match(text):
        raise FieldInvalid(Issue("temporary_id", "temporary_id.format"))
    return text


def clean_birth_date(raw: Any, *, today: date | None = None) -> date | None:
    if raw is None or raw == "":
        return None
    try:
        value = read_day(raw if isinstance(raw, date) else str(raw))
    except DateProblem as problem:
        raise FieldInvalid(problem.issue("birth_date")) from None
    if value is None:
        return None
    today = today or date.today()
    if value > today:
        raise FieldInvalid(Issue("birth_date", "date.future"))
    if value.year < today.year - 130:
        raise FieldInvalid(Issue("birth_date", "date.too_old"))
    return value


def clean_phone(name: str, raw: Any) -> str:
    text = _text(name, raw, max_len=40)
    if not text:
        return ""
    digits = sum(ch.isdigit() for ch in text)
    if not _PHONE.match(text) or not 5 <= digits <= 15:
        raise FieldInvalid(Issue(name, "phone.format"))
    return " ".join(text.split())


def clean_postal_code(raw: Any) -> str:
    text = _text("postal_code", raw, max_len=10)
    if text and not _POSTAL_CODE.match(text):
        raise FieldInvalid(Issue("postal_code", "postal_code.format"))
    return text


def clean_choice(name: str, raw: Any, allowed: Iterable[str], *, required: bool = True) -> str:
    text = "" if raw is None else str(raw)
    if not text and not required:
        return ""
    if text not in set(allowed):
        raise FieldInvalid(Issue(name, "field.choice"))
    return text


def clean_methods(raw: Any) -> list[str]:
    values = list(raw or [])
    known = {m.value for m in CommunicationMethod}
    unknown = [v for v in values if v not in known]
    if unknown:
        raise FieldInvalid(Issue("communication_methods", "field.choice"))
    # Keep the list order stable (the order of the enum) so equal sets compare equal.
    return [m.value for m in CommunicationMethod if m.value in values]


def clean_roles(raw: Any) -> list[str]:
    values = list(raw or [])
    known = {r.value for r in CloseRole}
    if any(v not in known for v in values):
        raise FieldInvalid(Issue("roles", "field.choice"))
    return [r.value for r in CloseRole if r.value in values]


# Field names of a client that can be edited one at a time (autosave works per field).
CLIENT_TEXT_FIELDS = {
    "street_address": SHORT_MAX,
    "post_office": 80,
    "other_language": 80,
    "communication_notes": TEXT_MAX,
    "own_worker": NAME_MAX,
}


def clean_client_field(
    name: str,
    raw: Any,
    *,
    municipalities: Collection[str],
    today: date | None = None,
) -> Any:
    """Clean one client field for storage, raising ``FieldInvalid`` when it breaks a rule."""
    if name in ("first_names", "last_name"):
        return clean_name(name, raw)
    if name == "hetu":
        return clean_hetu(raw, today=today)
    if name == "temporary_id":
        return clean_temporary_id(raw)
    if name == "birth_date":
        return clean_birth_date(raw, today=today)
    if name == "language":
        return clean_choice(name, raw, (v.value for v in Language))
    if name == "status":
        return clean_choice(name, raw, (v.value for v in ClientStatus))
    if name == "municipality_code":
        return clean_choice(name, raw, municipalities)
    if name == "phone":
        return clean_phone(name, raw)
    if name == "postal_code":
        return clean_postal_code(raw)
    if name == "communication_methods":
        return clean_methods(raw)
    if name in CLIENT_TEXT_FIELDS:
        return _text(name, raw, max_len=CLIENT_TEXT_FIELDS[name])
    raise KeyError(f"unknown client field {name!r}")


CLIENT_FIELDS = (
    "first_names", "last_name", "hetu", "temporary_id", "birth_date", "language", "other_language",
    "municipality_code", "street_address", "postal_code", "post_office", "phone",
    "communication_methods", "communication_notes", "own_worker", "status",
)


def check_identity(values: Mapping[str, Any]) -> list[Issue]:
    """Rules across fields: a client is identified by an identity code or a temporary id."""
    if not values.get("hetu") and not values.get("temporary_id"):
        return [Issue("hetu", "client.identity_missing")]
    return []


def derived_birth_date(values: Mapping[str, Any]) -> date | None:
    """The birth date comes from the identity code when there is one."""
    code = values.get("hetu")
    if code:
        return hetu.parse(code).birth_date
    birth = values.get("birth_date")
    return birth if isinstance(birth, date) else None


def clean_new_client(
    raw: Mapping[str, Any], *, municipalities: Collection[str], today: date | None = None
) -> tuple[dict[str, Any], list[Issue]]:
    """Clean every field of a new client; returns the clean values and all issues found."""
    clean: dict[str, Any] = {}
    issues: list[Issue] = []
    defaults: dict[str, Any] = {"language": Language.FINNISH.value, "status": ClientStatus.NEW.value}
    for name in CLIENT_FIELDS:
        value = raw.get(name, defaults.get(name))
        try:
            clean[name] = clean_client_field(name, value, municipalities=municipalities, today=today)
        except FieldInvalid as err:
            issues.append(err.issue)
    if not issues:
        issues.extend(check_identity(clean))
        clean["birth_date"] = derived_birth_date(clean)
    return clean, issues


CLOSE_PERSON_FIELDS = ("name", "relation", "phone", "roles", "notes")


def clean_close_person_field(name: str, raw: Any) -> Any:
    if name == "name":
        return clean_name(name, raw)
    if name == "relation":
        return _text(name, raw, max_len=80)
    if name == "phone":
        return clean_phone(name, raw)
    if name == "roles":
        return clean_roles(raw)
    if name == "notes":
        return _text(name, raw, max_len=TEXT_MAX)
    raise KeyError(f"unknown close-person field {name!r}")


def clean_new_close_person(raw: Mapping[str, Any]) -> tuple[dict[str, Any], list[Issue]]:
    clean: dict[str, Any] = {}
    issues: list[Issue] = []
    for name in CLOSE_PERSON_FIELDS:
        try:
            clean[name] = clean_close_person_field(name, raw.get(name))
        except FieldInvalid as err:
            issues.append(err.issue)
    return clean, issues
