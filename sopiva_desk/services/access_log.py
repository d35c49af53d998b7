"""Reading the access log (who has handled a client's data; Client Data Act 703/2023 §11).

The log names records and fields by key, never by value: ``client_plan`` and
``goals/<id>/supports/<id>/arranging_method``. To show it in words a person understands
("Client plan, version 2 – goal 2 “I want to…” › support 1: arranging method") the records
it names are looked up when the log is read (``for_display``): their version, date or topic,
and the place and first words of each goal, support, option, role-map person and budget line.
Nothing of that is written to the log. A part removed since has no facts; the GUI says so.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from sopiva_desk.domain.templates import Template
from sopiva_desk.protocol.access_chain import DEFAULT_PURPOSE
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.listings import ACCESS_LOG
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.services.templates import TemplateLibrary
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import AccessLogEntry
from sopiva_desk.store.repositories import access_listings
from sopiva_desk.store.repositories import access_log as repo

ENTRIES_MAX = 500  # the newest entries a client's log shows

WORDS_MAX = 32  # characters of a goal's or option's words shown in the log


@dataclass(frozen=True)
class AccessEntry:
    seq: int
    at: datetime
    user_name: str
    action: str
    record_type: str
    fields: tuple[str, ...]
    record_id: uuid.UUID | None = None
    purpose: str = DEFAULT_PURPOSE
    #: A listing that showed this client among others (the caseload, the print queue, an
    #: overview …; ``record_type`` names it): the client was listed, their file was not opened.
    listing: bool = False


@dataclass(frozen=True)
class PartFacts:
    """One goal, support, option, role-map person, budget line, realised use or rated goal of a
    record, as the record is stored now."""

    number: int  # its place among its siblings, from 1 (0 for realised uses: named by their date)
    words: str = ""  # the first words of its text: a goal in the client's words, an option's title …
    service_code: str = ""  # a budget line's catalogue service (named in the reader's language)
    day: date | None = None  # a realised use's date


@dataclass(frozen=True)
class RecordFacts:
    """What names a record in the log: its type and the little that tells it from its siblings."""

    record_type: str
    removed: bool = False  # the record itself has been removed since
    version: int | None = None  # assessments, decision-making sessions, plans
    title: str = ""  # first words: a session's topic, a close person's name, a disclosure's recipient
    day: date | None = None  # a visit's start, a review's date
    period: tuple[date, date] | None = None  # a budget's period
    kind: str = ""  # a visit's way; the document of a print job or disclosure
    language: str = ""  # the language a print job prints in
    template: Template | None = None  # the template an assessment was made with (its field labels)
    parts: Mapping[str, PartFacts] = field(default_factory=dict)  # by the part's id


@dataclass(frozen=True)
class AccessLogView:
    entries: list[AccessEntry]
    records: dict[uuid.UUID, RecordFacts]


def first_words(text: Any, limit: int = WORDS_MAX) -> str:
    """``text`` on one line, cut after the last whole word that fits ``limit`` characters (+ "…")."""
    words = " ".join(str(text or "").split())
    if len(words) <= limit:
        return words
    cut = words[:limit + 1].rsplit(" ", 1)[0] if " " in words[:limit + 1] else words[:limit]
    return cut.rstrip(" ,.;:–-") + "…"


def _numbered(rows: Iterable[Mapping[str, Any]] | None, words_key: str, id_key: str = "id") -> dict[str, PartFacts]:
    return {str(row.get(id_key)): PartFacts(number, first_words(row.get(words_key)))
            for number, row in enumerate(rows or (), start=1)}


def _facts(found: Any, record_type: str, templates: TemplateLibrary | None) -> RecordFacts:
    """The facts of one stored row (``found``) of ``record_type``."""
    removed = found.deleted_at is not None
    if record_type == "close_person":
        return RecordFacts(record_type, removed, title=first_words(found.name, 60))
    if record_type == "visit":
        return RecordFacts(record_type, removed, day=found.starts_at.date(), kind=found.way)
    if record_type == "assessment":
        template = templates.get(found.template_id, found.template_version) if templates else None
        return RecordFacts(record_type, removed, version=found.version_no, template=template)
    if record_type == "decision_session":
        content = found.content or {}
        return RecordFacts(record_type, removed, version=found.version_no, title=first_words(content.get("topic")),
                           parts=_numbered(content.get("options"), "title"))
    if record_type == "client_plan":
        content = found.content or {}
        parts: dict[str, PartFacts] = {}
        for goal in content.get("goals") or ():
            parts.update(_numbered(goal.get("supports"), "description"))
        parts.update(_numbered(content.get("goals"), "client_words"))
        parts.update(_numbered(content.get("role_map"), "name"))
        return RecordFacts(record_type, removed, version=found.version_no, parts=parts)
    if record_type == "personal_budget":
        lines = {str(row.get("id")): PartFacts(number, first_words(row.get("description")),
                                               service_code=str(row.get("service_code") or ""))
                 for number, row in enumerate(found.lines or (), start=1)}
        return RecordFacts(record_type, removed, period=(found.period_start, found.period_end), parts=lines)
    if record_type == "plan_review":
        return RecordFacts(record_type, removed, day=found.review_date,
                           parts=_numbered(found.ratings, "client_words", "goal_id"))
    if record_type == "print_job":
        return RecordFacts(record_type, removed, kind=found.document_kind, language=found.language)
    if record_type == "disclosure":
        return RecordFacts(record_type, removed, title=first_words(found.recipient, 60), kind=found.document_kind)
    return RecordFacts(record_type, removed)


def _use_ids(entries: Iterable[AccessEntry]) -> set[uuid.UUID]:
    """The realised uses named by ``uses/<id>`` keys of budget entries."""
    found: set[uuid.UUID] = set()
    for entry in entries:
        if entry.record_type != "personal_budget":
            continue
        for key in entry.fields:
            parts = key.split("/")
            if parts[0] == "uses" and len(parts) > 1:
                try:
                    found.add(uuid.UUID(parts[1]))
                except ValueError:
                    continue
    return found


def record_facts(session: Session, refs: Iterable[tuple[str, uuid.UUID | None]],
                 templates: TemplateLibrary | None = None) -> dict[uuid.UUID, RecordFacts]:
    """The facts of the records ``refs`` names ((record type, id) pairs), one query per type.
    A record not found is left out."""
    wanted: dict[str, set[uuid.UUID]] = {}
    for record_type, record_id in refs:
        if record_id is not None:
            wanted.setdefault(record_type, set()).add(record_id)
    facts: dict[uuid.UUID, RecordFacts] = {}
    for record_type, ids in wanted.items():
        for found in repo.records(session, record_type, ids):
            facts[found.id] = _facts(found, record_type, templates)
    return facts


def _entry(e: AccessLogEntry, client_id: uuid.UUID) -> AccessEntry:
    return AccessEntry(e.seq, e.at, e.user_name, e.action, e.record_type, tuple(e.fields), e.record_id,
                       e.purpose, listing=e.client_id != client_id)


class AccessLogService:
    def __init__(self, db: Database, templates: TemplateLibrary | None = None, actor: Actor | None = None) -> None:
        self._db = db
        self._templates = templates
        self._actor = actor

    def for_client(self, client_id: uuid.UUID) -> list[AccessEntry]:
        """The client's entries and the listings that showed the client, newest first."""
        with storage_errors(), self._db.read() as session:
            return self._entries(session, client_id)

    @staticmethod
    def _entries(session: Session, client_id: uuid.UUID) -> list[AccessEntry]:
        own = repo.for_client(session, client_id, ENTRIES_MAX)
        listed = access_listings.listings_for_client(session, client_id, ENTRIES_MAX)
        newest = sorted({e.seq: e for e in (*own, *listed)}.values(), key=lambda e: e.seq, reverse=True)
        return [_entry(e, client_id) for e in newest[:ENTRIES_MAX]]

    def record_view(self, client_id: uuid.UUID) -> None:
        """Log that the client's own access log (and disclosures) was looked at: reading the log is
        itself a use of the client's data. Called after the log is read, so it is not in what was shown."""
        if self._actor is None:
            raise RuntimeError("an access log service without an actor cannot log")
        with storage_errors(), self._db.transaction() as session:
            repo.record(session, user_id=self._actor.user_id, user_name=self._actor.user_name,
                        purpose=self._actor.purpose, action="view", record_type=ACCESS_LOG,
                        client_id=client_id)

    def for_display(self, client_id: uuid.UUID) -> AccessLogView:
        """The client's log, newest first, with the facts of every record it names."""
        with storage_errors(), self._db.read() as session:
            entries = self._entries(session, client_id)
            facts = record_facts(session, ((e.record_type, e.record_id) for e in entries), self._templates)
            for use in repo.budget_uses(session, _use_ids(entries)):  # realised uses: named by their date
                budget = facts.get(use.budget_id)
                if budget is not None:
                    facts[use.budget_id] = replace(budget, parts={**budget.parts, str(use.id): PartFacts(
                        0, day=use.used_on)})
            return AccessLogView(entries, facts)

    def facts_for(self, refs: Iterable[tuple[str, uuid.UUID]]) -> dict[uuid.UUID, RecordFacts]:
        """The facts of the records ``refs`` names, e.g. those disclosure entries name."""
        with storage_errors(), self._db.read() as session:
            return record_facts(session, refs, self._templates)
