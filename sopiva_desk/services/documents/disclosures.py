"""Disclosure entries (merkintä asiakastietojen luovuttamisesta, Client Data Act 703/2023; the
Sosmeta structure): what was disclosed — a document printed here (kind, record and the document
ID printed on it) and/or data described in words (information given by phone, a copy of a
record, other papers handed over with the document) —, to whom (a person or office, and their
organisation), how (on paper, electronically, by phone, in person), on what basis (a law, or
the client's consent), for what purpose, when and by whom.

Every refusal names its field with a message key (``field.required``, ``field.too_long``,
``field.control_chars``, ``field.choice``, ``date.format``, ``date.future``,
``disclosure.law_missing``, ``disclosure.data_missing``). Recording and reading are access-logged (record type
``disclosure``, field names only).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.documents.queue import record_client
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.inputs import date_input
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.store.change_recorder import ChangeRecorder
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import Disclosure
from sopiva_desk.store.repositories import access_log
from sopiva_desk.store.repositories import clients as client_repo
from sopiva_desk.store.repositories import documents as repo

RECORD_TYPE = "disclosure"
BASES = ("law", "consent")  # the value list; ``basis_detail`` says which law, or how consent was given
METHODS = ("paper", "electronic", "phone", "in_person")  # how it was handed over; "" = not recorded
RECIPIENT_MAX, DETAIL_MAX, PURPOSE_MAX, DOCUMENT_ID_MAX, DATA_MAX = 200, 500, 2000, 64, 2000
FIELDS = ("recipient", "recipient_organisation", "method", "basis", "basis_detail", "purpose", "disclosed_on")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # tabs and line breaks are allowed


@dataclass(frozen=True)
class DisclosureView:
    id: uuid.UUID
    client_id: uuid.UUID
    kind: str | None  # None: no document printed here; ``data`` says what was disclosed
    record_id: uuid.UUID | None
    document_id: str
    recipient: str
    basis: str  # law, consent
    basis_detail: str
    purpose: str
    disclosed_on: date
    discloser_name: str
    created_at: datetime
    data: str = ""  # what was disclosed, in words (besides the document, if any)
    recipient_organisation: str = ""
    method: str = ""  # paper, electronic, phone, in_person; "" = not recorded


def disclosure_view(found: Disclosure) -> DisclosureView:
    return DisclosureView(found.id, found.client_id, found.document_kind, found.record_id, found.document_id,
                          found.recipient, found.basis, found.basis_detail, found.purpose, found.disclosed_on,
                          found.discloser_name, found.created_at, found.data, found.recipient_organisation,
                          found.method)


def _text(issues: list[Issue], name: str, raw: Any, max_len: int, *, required: bool = True,
          one_line: bool = True) -> str:
    text = "" if raw is None else str(raw).strip()
    if one_line:
        text = " ".join(text.split())
    if required and not text:
        issues.append(Issue(name, "field.required"))
    elif len(text) > max_len:
        issues.append(Issue(name, "field.too_long", {"max": max_len}))
    elif _CONTROL.search(text):
        issues.append(Issue(name, "field.control_chars"))
    return text


class DisclosureService:
    def __init__(self, db: Database, actor: Actor, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self._actor = actor
        self._today = today

    def record(self, kind: str, record_id: uuid.UUID, document_id: str, values: dict[str, Any]) -> DisclosureView:
        """Record that the document ``document_id`` (of ``kind``, printed from ``record_id``) was
        disclosed, with anything else handed over with it named in ``data``. ``values``: see
        ``_checked``. Every problem found is raised at once."""
        issues: list[Issue] = []
        checked = self._checked(issues, values, data_required=False)
        document_text = " ".join(str(document_id or "").split())
        if not document_text or len(document_text) > DOCUMENT_ID_MAX:
            issues.append(Issue("document_id", "field.required" if not document_text else "field.too_long",
                                {} if not document_text else {"max": DOCUMENT_ID_MAX}))
        if issues:
            raise ValidationError(issues)
        with storage_errors(), self._db.transaction() as session:
            client_id = record_client(session, kind, record_id)
            found = Disclosure(client_id=client_id, document_kind=kind, record_id=record_id,
                               document_id=document_text, **checked)
            return self._create(session, found, f"document/{kind}")

    def record_data(self, client_id: uuid.UUID, values: dict[str, Any]) -> DisclosureView:
        """Record a disclosure of data that is not a document printed here: information given
        by phone, a copy of a record, papers from elsewhere. ``values["data"]`` says what was
        disclosed (required); the rest as for ``record``."""
        issues: list[Issue] = []
        checked = self._checked(issues, values, data_required=True)
        if issues:
            raise ValidationError(issues)
        with storage_errors(), self._db.transaction() as session:
            if client_repo.get_client(session, client_id) is None:
                raise RecordGoneError()
            found = Disclosure(client_id=client_id, document_kind=None, record_id=None, document_id="", **checked)
            return self._create(session, found, "data")

    def _checked(self, issues: list[Issue], values: dict[str, Any], *, data_required: bool) -> dict[str, Any]:
        """``values``: data (what was disclosed, in words), recipient, recipient_organisation,
        method (``METHODS`` or empty), basis (law or consent), basis_detail (required for a
        law), purpose, disclosed_on (a date or ISO text, not in the future). Problems are added
        to ``issues``; the cleaned values are returned as the columns they fill."""
        data = _text(issues, "data", values.get("data"), DATA_MAX, required=False, one_line=False)
        if data_required and not data and not any(i.field == "data" for i in issues):
            issues.append(Issue("data", "disclosure.data_missing"))
        recipient = _text(issues, "recipient", values.get("recipient"), RECIPIENT_MAX)
        organisation = _text(issues, "recipient_organisation", values.get("recipient_organisation"), RECIPIENT_MAX,
                             required=False)
        method = values.get("method") or ""
        if method and method not in METHODS:
            issues.append(Issue("method", "field.choice"))
        basis = values.get("basis")
        if basis not in BASES:
            issues.append(Issue("basis", "field.choice" if basis else "field.required"))
        detail = _text(issues, "basis_detail", values.get("basis_detail"), DETAIL_MAX, required=False)
        if basis == "law" and not detail and not any(i.field == "basis_detail" for i in issues):
            issues.append(Issue("basis_detail", "disclosure.law_missing"))
        purpose = _text(issues, "purpose", values.get("purpose"), PURPOSE_MAX, one_line=False)
        day: date | None = None
        try:
            day = date_input("disclosed_on", values.get("disclosed_on"), required=True)
        except ValidationError as err:
            issues += err.issues
        if day is not None and day > self._today():
            issues.append(Issue("disclosed_on", "date.future"))
        return {"data": data, "recipient": recipient, "recipient_organisation": organisation, "method": method,
                "basis": basis, "basis_detail": detail, "purpose": purpose, "disclosed_on": day,
                "discloser": self._actor.user_id, "discloser_name": self._actor.user_name}

    def _create(self, session: Any, found: Disclosure, what: str) -> DisclosureView:
        fields = (what, *FIELDS) if not found.data or what == "data" else (what, "data", *FIELDS)
        ChangeRecorder(session, self._actor).create(found, fields)
        session.flush()
        return disclosure_view(found)

    def for_client(self, client_id: uuid.UUID) -> list[DisclosureView]:
        """The client's disclosure entries, most recent first (logged as a view of the list)."""
        with storage_errors(), self._db.transaction() as session:
            found = [disclosure_view(d) for d in repo.disclosures_for_client(session, client_id)]
            access_log.record(session, user_id=self._actor.user_id, user_name=self._actor.user_name,
                              purpose=self._actor.purpose, action="view",
                              record_type=RECORD_TYPE, client_id=client_id, fields=("list",))
            return found
