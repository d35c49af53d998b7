"""Turning what the GUI sends into values the services store: shared by every record service.

Each refusal is a ``ValidationError`` whose issue names the field (message keys only).
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sopiva_desk.domain.dates import DateProblem, read_day
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.domain.money import InvalidInput

REASON_MAX = 2000  # the reason for amending a completed record


def amend_reason(raw: str | None) -> str:
    """The reason for a new version of a completed record: required, at most ``REASON_MAX``."""
    text = (raw or "").strip()
    if not text:
        raise ValidationError([Issue("amend_reason", "field.required")])
    if len(text) > REASON_MAX:
        raise ValidationError([Issue("amend_reason", "field.too_long", {"max": REASON_MAX})])
    return text


def _blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def uuid_or_none(key: str, raw: Any) -> uuid.UUID | None:
    """A link to another record: a UUID (or its text), or nothing."""
    if _blank(raw):
        return None
    if isinstance(raw, uuid.UUID):
        return raw
    try:
        return uuid.UUID(str(raw).strip())
    except ValueError:
        raise ValidationError([Issue(key, "field.choice")]) from None


def date_input(where: str, raw: Any, *, required: bool = False) -> date | None:
    """A date, or text as typed (``domain.dates``); empty is ``None`` unless ``required``."""
    if _blank(raw):
        if required:
            raise ValidationError([Issue(where, "field.required")])
        return None
    try:
        return read_day(raw)
    except DateProblem as problem:
        raise ValidationError([problem.issue(where)]) from None


def prefixed_error(where: str, err: InvalidInput) -> ValidationError:
    """A domain refusal of one part, named by where the part sits (e.g. ``goals/<id>/target_date``)."""
    return ValidationError([Issue(f"{where}/{err.issue.field}" if where else err.issue.field, err.issue.key,
                                  err.issue.params)])
