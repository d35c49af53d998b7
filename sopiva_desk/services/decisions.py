"""Supported decision-making sessions: start, autosave fields and options, complete, amend, history.

Modelled on ``services/assessments.py``. Every call is one transaction. Values are cleaned
by ``domain/decisions.py``; each change is kept as old → new with who and when (and the
amendment reason for amended versions), and every view and change writes an access-log
entry naming the field, never its value. History keys are the content keys, plus
``assessment_id``, ``options/<id>`` (an option added or removed: the whole option),
``options/<id>/<part>`` and ``options/order`` (the option ids before and after a move).
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from sopiva_desk.domain import decisions as rules
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.inputs import amend_reason, uuid_or_none
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.store.change_recorder import ChangeRecorder
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import DecisionSession, utc_now
from sopiva_desk.store.repositories import access_log
from sopiva_desk.store.repositories import assessments as assessment_repo
from sopiva_desk.store.repositories import clients as client_repo
from sopiva_desk.store.repositories import decisions as repo

RECORD_TYPE = "decision_session"


@dataclass(frozen=True)
class SessionView:
    id: uuid.UUID
    client_id: uuid.UUID
    visit_id: uuid.UUID | None
    assessment_id: uuid.UUID | None
    plan_id: uuid.UUID | None
    series_id: uuid.UUID
    version_no: int
    status: str  # draft, completed, superseded
    content: dict[str, Any]  # keys of domain/decisions.py; an absent key is empty
    amend_reason: str
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None
    revision: int


@dataclass(frozen=True)
class FieldSaved:
    """One saved value: ``key`` as given to ``set_field``, or ``options/<id>/<part>`` for an option."""

    key: str
    value: Any
    revision: int
    saved_at: datetime


@dataclass(frozen=True)
class SessionChangeView:
    version_no: int
    field_key: str
    old_value: Any
    new_value: Any
    changed_at: datetime
    changed_by_name: str
    reason: str


def session_view(found: DecisionSession) -> SessionView:
    return SessionView(found.id, found.client_id, found.visit_id, found.assessment_id, found.plan_id,
                       found.series_id, found.version_no, found.status, copy.deepcopy(found.content),
                       found.amend_reason, found.created_at, found.updated_at, found.completed_at, found.revision)



def _option_index(found: DecisionSession, option_id: str) -> int:
    for index, option in enumerate(found.content.get("options") or []):
        if option.get("id") == option_id:
            return index
    raise RecordGoneError()


class DecisionService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    # -- helpers ------------------------------------------------------------------------------

    def _log(self, session: Session, action: str, found: DecisionSession, fields: tuple[str, ...] = ()) -> None:
        access_log.record(session, user_id=self._actor.user_id, user_name=self._actor.user_name,
                          purpose=self._actor.purpose, action=action,
                          record_type=RECORD_TYPE, client_id=found.client_id, record_id=found.id, fields=fields)

    def _recorder(self, session: Session) -> ChangeRecorder:
        return ChangeRecorder(session, self._actor)

    def _draft(self, session: Session, session_id: uuid.UUID, key: str) -> DecisionSession:
        """The session to edit; a completed or superseded version refuses (amend it first)."""
        found = repo.get_session(session, session_id)
        if found is None:
            raise RecordGoneError()
        if found.status != "draft":
            raise ValidationError([Issue(key, "decision.locked")])
        return found

    def _changed(self, session: Session, found: DecisionSession, key: str, old: Any, new: Any) -> None:
        self._recorder(session).change(found, key, old, new)

    def _check_assessment(self, session: Session, client_id: uuid.UUID, assessment_id: uuid.UUID | None) -> None:
        if assessment_id is None:
            return
        assessment = assessment_repo.get_assessment(session, assessment_id)
        if assessment is None or assessment.client_id != client_id:
            raise ValidationError([Issue("assessment_id", "field.choice")])

    @staticmethod
    def _set_options(found: DecisionSession, options: list[dict[str, Any]]) -> None:
        content = dict(found.content)
        if options:
            content["options"] = options
        else:
            content.pop("options", None)
        found.content = content  # a new dict, so the JSON column is written

    # -- use cases ----------------------------------------------------------------------------

    def start(self, client_id: uuid.UUID, visit_id: uuid.UUID | None = None,
              assessment_id: uuid.UUID | None = None) -> SessionView:
        with storage_errors(), self._db.transaction() as session:
            if client_repo.get_client(session, client_id) is None:
                raise RecordGoneError()
            if visit_id is not None:
                visit = assessment_repo.get_visit(session, visit_id)
                if visit is None:
                    raise RecordGoneError()
                if visit.client_id != client_id:
                    raise ValidationError([Issue("visit_id", "field.choice")])
            self._check_assessment(session, client_id, assessment_id)
            found = DecisionSession(
                id=uuid.uuid4(), client_id=client_id, visit_id=visit_id, assessment_id=assessment_id,
                series_id=uuid.uuid4(), version_no=1, status="draft", content={}, amend_reason="")
            self._recorder(session).create(found)
            session.flush()
            self._participants_from_visit(session, found)
            return session_view(found)

    def open(self, session_id: uuid.UUID) -> SessionView:
        """The session, logged as a view. A draft of a visit whose participants were never
        written takes the visit's participants first (they may have been recorded since)."""
        with storage_errors(), self._db.transaction() as session:
            found = repo.get_session(session, session_id)
            if found is None:
                raise RecordGoneError()
            self._log(session, "view", found)
            if found.status == "draft":
                self._participants_from_visit(session, found)
            return session_view(found)

    def _participants_from_visit(self, session: Session, found: DecisionSession) -> None:
        """Who took part in the visit, as the session's participants, while they were never written."""
        key = "participants"
        if found.visit_id is None or found.content.get(key) or repo.has_change(session, found.id, key):
            return
        visit = assessment_repo.get_visit(session, found.visit_id)
        client = client_repo.get_client(session, found.client_id)
        if visit is None or client is None or not visit.participants:
            return
        close = {p.name: tuple(p.roles) for p in client_repo.close_persons(session, found.client_id)}
        rows = rules.participants_from_people(visit.participants, f"{client.first_names} {client.last_name}", close)
        try:
            value = rules.clean_participants(rows)
        except rules.DecisionInvalid:  # e.g. a name the session's rules refuse: left for the counsellor
            return
        if value:
            found.content = {**found.content, key: value}
            self._changed(session, found, key, None, value)
            session.flush()

    def for_client(self, client_id: uuid.UUID) -> list[SessionView]:
        """Every version of every session of the client, newest first (not logged, like lists)."""
        with storage_errors(), self._db.read() as session:
            return [session_view(s) for s in repo.sessions_for_client(session, client_id)]

    def for_visit(self, visit_id: uuid.UUID) -> list[SessionView]:
        with storage_errors(), self._db.read() as session:
            return [session_view(s) for s in repo.sessions_of_visit(session, visit_id)]

    def set_field(self, session_id: uuid.UUID, key: str, raw: Any) -> FieldSaved:
        """Autosave one top-level value of a draft (lists are saved whole), or ``assessment_id``."""
        with storage_errors(), self._db.transaction() as session:
            found = self._draft(session, session_id, key)
            if key == "assessment_id":
                linked = uuid_or_none(key, raw)
                self._check_assessment(session, found.client_id, linked)
                if linked != found.assessment_id:
                    old = found.assessment_id
                    found.assessment_id = linked
                    self._changed(session, found, key, None if old is None else str(old),
                                  None if linked is None else str(linked))
                session.flush()
                return FieldSaved(key, linked, found.revision, found.updated_at)
            if key not in rules.FIELDS:
                raise ValidationError([Issue(key, "field.choice")])
            try:
                value = rules.clean_field(key, raw)
            except rules.DecisionInvalid as err:
                raise ValidationError([err.issue]) from None
            old = found.content.get(key)
            if old != value:
                content = dict(found.content)
                if value is None:
                    content.pop(key, None)
                else:
                    content[key] = value
                found.content = content  # a new dict, so the JSON column is written
                self._changed(session, found, key, old, value)
            session.flush()
            return FieldSaved(key, value, found.revision, found.updated_at)

    def add_option(self, session_id: uuid.UUID, title: str = "", plain: str = "",
                   pictogram: str | None = None) -> SessionView:
        """Append a new option with a fresh id. A refused value names its part (``title`` …)."""
        option_id = str(uuid.uuid4())
        try:
            option = rules.new_option(option_id, title, plain, pictogram)
        except rules.DecisionInvalid as err:
            part = err.issue.field.rsplit("/", 1)[-1]
            raise ValidationError([Issue(part, err.issue.key, err.issue.params)]) from None
        with storage_errors(), self._db.transaction() as session:
            found = self._draft(session, session_id, "options")
            options = list(found.content.get("options") or [])
            if len(options) >= rules.OPTIONS_MAX:
                raise ValidationError([Issue("options", "field.too_many", {"max": rules.OPTIONS_MAX})])
            self._set_options(found, [*options, option])
            self._changed(session, found, f"options/{option_id}", None, option)
            session.flush()
            return session_view(found)

    def set_option_field(self, session_id: uuid.UUID, option_id: str | uuid.UUID, key: str, raw: Any) -> FieldSaved:
        """Autosave one part of an option (title, plain, pictogram, tried, reaction, client_words)."""
        option_id = str(option_id)
        path = f"options/{option_id}/{key}"
        with storage_errors(), self._db.transaction() as session:
            found = self._draft(session, session_id, path)
            index = _option_index(found, option_id)
            if key not in rules.OPTION_FIELDS:
                raise ValidationError([Issue(path, "field.choice")])
            try:
                value = rules.clean_option_field(option_id, key, raw)
            except rules.DecisionInvalid as err:
                raise ValidationError([err.issue]) from None
            options = list(found.content["options"])
            old = options[index].get(key)
            if old != value:
                options[index] = {**options[index], key: value}
                self._set_options(found, options)
                self._changed(session, found, path, old, value)
            session.flush()
            return FieldSaved(path, value, found.revision, found.updated_at)

    def remove_option(self, session_id: uuid.UUID, option_id: str | uuid.UUID) -> SessionView:
        option_id = str(option_id)
        with storage_errors(), self._db.transaction() as session:
            found = self._draft(session, session_id, "options")
            index = _option_index(found, option_id)
            options = list(found.content["options"])
            removed = options.pop(index)
            self._set_options(found, options)
            self._changed(session, found, f"options/{option_id}", removed, None)
            session.flush()
            return session_view(found)

    def move_option(self, session_id: uuid.UUID, option_id: str | uuid.UUID, index: int) -> SessionView:
        """Move an option to ``index`` (clamped to the list); history keeps the order before and after."""
        option_id = str(option_id)
        with storage_errors(), self._db.transaction() as session:
            found = self._draft(session, session_id, "options")
            current = _option_index(found, option_id)
            options = list(found.content["options"])
            target = max(0, min(int(index), len(options) - 1))
            if target != current:
                before = [o["id"] for o in options]
                options.insert(target, options.pop(current))
                self._set_options(found, options)
                self._changed(session, found, "options/order", before, [o["id"] for o in options])
            session.flush()
            return session_view(found)

    def complete(self, session_id: uuid.UUID) -> SessionView:
        """Lock the draft; ``ValidationError`` lists everything still missing. Completing an
        amendment marks the version it amends superseded."""
        with storage_errors(), self._db.transaction() as session:
            found = repo.get_session(session, session_id)
            if found is None:
                raise RecordGoneError()
            if found.status != "draft":
                return session_view(found)
            missing = rules.missing_for_completion(found.content)
            if missing:
                raise ValidationError(missing)
            found.status = "completed"
            found.completed_at = utc_now()
            found.completed_by = self._actor.user_id
            if found.supersedes_id is not None:
                previous = repo.get_session(session, found.supersedes_id)
                if previous is not None:
                    previous.status = "superseded"
                    self._recorder(session).update(previous, ("status",))
            self._recorder(session).update(found, ("status",))
            session.flush()
            return session_view(found)

    def amend(self, session_id: uuid.UUID, reason: str) -> SessionView:
        """A new draft version of a completed session, with the reason for the change."""
        text = amend_reason(reason)
        with storage_errors(), self._db.transaction() as session:
            found = repo.get_session(session, session_id)
            if found is None:
                raise RecordGoneError()
            if found.status != "completed":
                raise ValidationError([Issue("amend_reason", "decision.not_completed")])
            draft = DecisionSession(
                id=uuid.uuid4(), client_id=found.client_id, visit_id=found.visit_id, assessment_id=found.assessment_id,
                plan_id=found.plan_id, series_id=found.series_id, version_no=found.version_no + 1,
                supersedes_id=found.id, status="draft", content=copy.deepcopy(found.content), amend_reason=text)
            self._recorder(session).create(draft, ("amend_reason",))
            session.flush()
            return session_view(draft)

    def history(self, session_id: uuid.UUID) -> list[SessionChangeView]:
        """Every change across the versions of this session's series, oldest first (logged as a
        view of its history)."""
        with storage_errors(), self._db.transaction() as session:
            found = repo.get_session(session, session_id)
            if found is None:
                raise RecordGoneError()
            self._log(session, "view", found, ("history",))
            return [
                SessionChangeView(version, c.field_key, c.old_value, c.new_value, c.changed_at, c.changed_by_name,
                                  c.reason)
                for c, version in repo.changes_in_series(session, found.series_id)
            ]
