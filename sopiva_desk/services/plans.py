"""Client plans (asiakassuunnitelma): draft from an assessment, autosave, goals, supports,
role map, agree, new versions and history.

The rules are ``domain/plans.py`` (docs/budget.md, "Client plan"); this module only turns
what the GUI sends into domain values, stores the plan as JSON and keeps the history. Every
call is one transaction; every change writes a history row (old → new, who, when, and the
new version's reason) and an access-log entry naming the field, never its value.

Content keys are the ``Plan`` attributes except ``id``, ``version``, ``state`` and
``agreed_on`` (columns). In JSON dates are ISO text, quantities decimal text and money
integer cents; an empty value is left out, rows keep every key. History keys are the
content keys, ``situation/<domain>``, ``goals/<id>`` (a goal added or removed: the whole
goal), ``goals/<id>/<part>``, ``goals/<id>/supports/<id>[/<part>]``, ``role_map/<id>[/<part>]``,
``status``, ``assessment_id`` and ``decision_session_ids``.

Drafting from an assessment (``start_draft``) copies from the latest completed assessment of
the client (or the one given) into plan fields that are still empty, never over text the
worker wrote; the mapping is ``services/plan_from_assessment.py``. The JSON form of the
content and the parsing of GUI input are ``services/plan_content.py``; the views and the
history helpers ``services/plan_base.py``; goals, supports and the role map
``services/plan_parts.py``.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from sopiva_desk.domain import plans as rules
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.domain.money import InvalidInput
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.inputs import amend_reason, date_input, prefixed_error, uuid_or_none
from sopiva_desk.services.plan_base import RECORD_TYPE, PlanChangeView, PlanSaved, PlanView
from sopiva_desk.services.plan_base import plan_view as _view
from sopiva_desk.services.plan_content import (
    DATE_FIELDS,
    FIELDS,
    GOAL_FIELDS,
    ROLE_FIELDS,
    SUPPORT_FIELDS,
    goal_json,
    plan_content,
    plan_of,
    role_json,
    rows_input,
    support_json,
)
from sopiva_desk.services.plan_from_assessment import ASSESSMENT_FIELDS, SITUATION_PARTS
from sopiva_desk.services.plan_from_sessions import filled_from_sessions
from sopiva_desk.services.plan_parts import PlanParts
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.store.models import ClientPlan, utc_now
from sopiva_desk.store.repositories import assessments as assessment_repo
from sopiva_desk.store.repositories import clients as client_repo
from sopiva_desk.store.repositories import decisions as decision_repo
from sopiva_desk.store.repositories import plans as repo

__all__ = [
    "ASSESSMENT_FIELDS", "DATE_FIELDS", "DECISION_LINKS_MAX", "FIELDS", "GOAL_FIELDS", "RECORD_TYPE", "ROLE_FIELDS",
    "SITUATION_PARTS", "SUPPORT_FIELDS", "PlanChangeView", "PlanSaved", "PlanService", "PlanView", "goal_json",
    "plan_content", "plan_of", "role_json", "support_json",
]

DECISION_LINKS_MAX = 20


class PlanService(PlanParts):
    # -- use cases ----------------------------------------------------------------------------

    def start_draft(self, client_id: uuid.UUID, from_assessment_id: uuid.UUID | None = None) -> PlanView:
        """A new draft: the next version (a copy of the agreed plan), or version 1 with the
        situation, support needs and strengths from the latest completed assessment (module doc)."""
        with storage_errors(), self._db.transaction() as session:
            client = client_repo.get_client(session, client_id)
            if client is None:
                raise RecordGoneError()
            self._check_assessment(session, client_id, from_assessment_id)
            stored = repo.plans_for_client(session, client_id)
            plan_id = uuid.uuid4()
            plan = rules.new_draft([plan_of(p) for p in stored], str(plan_id))  # plan.draft_exists
            assessment = (assessment_repo.get_assessment(session, from_assessment_id) if from_assessment_id
                          else repo.latest_completed_assessment(session, client_id))
            if assessment is not None:
                plan = self._from_assessment(plan, assessment, client.language)
            agreed = next((p for p in stored if p.status == "agreed"), None)
            found = ClientPlan(
                id=plan_id, client_id=client_id,
                series_id=stored[0].series_id if stored else uuid.uuid4(), version_no=plan.version,
                supersedes_id=agreed.id if agreed else None, status="draft", content=plan_content(plan),
                assessment_id=assessment.id if assessment is not None else (agreed.assessment_id if agreed else None),
                decision_session_ids=list(agreed.decision_session_ids) if agreed else [], amend_reason="")
            self._recorder(session).create(found)
            session.flush()
            return _view(found)

    def open(self, plan_id: uuid.UUID) -> PlanView:
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, plan_id)
            self._log(session, "view", found)
            return _view(found)

    def reread(self, plan_id: uuid.UUID) -> PlanView:
        """The plan as stored now, for a page that has opened it already (``open`` logged that
        view; refreshing after each save must not log another)."""
        with storage_errors(), self._db.read() as session:
            return _view(self._get(session, plan_id))

    def for_client(self, client_id: uuid.UUID) -> list[PlanView]:
        """Every version of the client's plan, newest first (not logged, like other lists)."""
        with storage_errors(), self._db.read() as session:
            return [_view(p) for p in repo.plans_for_client(session, client_id)]

    def current(self, client_id: uuid.UUID) -> PlanView | None:
        """The agreed plan in force, if any (not logged)."""
        return next((p for p in self.for_client(client_id) if p.status == "agreed"), None)

    def set_field(self, plan_id: uuid.UUID, key: str, raw: Any) -> PlanSaved:
        """Autosave one value of a draft: a content key (lists and ``situation`` whole),
        ``situation/<domain>``, ``assessment_id`` or ``decision_session_ids``."""
        with storage_errors(), self._db.transaction() as session:
            found, plan = self._draft(session, plan_id)
            if key == "assessment_id":
                return self._set_assessment(session, found, raw)
            if key == "decision_session_ids":
                return self._set_sessions(session, found, raw)
            domain = key.split("/", 1)[1] if key.startswith("situation/") else None
            if domain is not None:
                if domain not in rules.LIFE_DOMAINS:
                    raise ValidationError([Issue(key, "field.choice")])
                if raw is not None and not isinstance(raw, str):
                    raise ValidationError([Issue(key, "field.choice")])
                value: Any = {**plan.situation, domain: raw or ""}
                attr = "situation"
            elif key in FIELDS:
                value, attr = self._plan_value(key, raw), key
            else:
                raise ValidationError([Issue(key, "field.choice")])
            try:
                changed = rules.edit(plan, **{attr: value})
            except InvalidInput as err:
                raise prefixed_error("", err) from None
            before, after = plan_content(plan), plan_content(changed)
            if domain is not None:
                old, new = before.get("situation", {}).get(domain), after.get("situation", {}).get(domain)
            else:
                old, new = before.get(key), after.get(key)
            if old != new:
                found.content = after
                self._changed(session, found, key, old, new)
            session.flush()
            return PlanSaved(key, new, found.revision, found.updated_at)

    @staticmethod
    def _plan_value(key: str, raw: Any) -> Any:
        if key in DATE_FIELDS:
            return date_input(key, raw)
        if key == "participants":
            return rows_input(key, raw, rules.Participant, ("name", "relation"))
        if key == "differing_views":
            return rows_input(key, raw, rules.DifferingView, ("who", "view"))
        if key == "situation":
            if raw is not None and not isinstance(raw, Mapping):
                raise ValidationError([Issue(key, "field.choice")])
            return dict(raw or {})
        if key == "rights_explained":
            if raw is None:
                return False
            if not isinstance(raw, bool):
                raise ValidationError([Issue(key, "field.choice")])
            return raw
        return raw

    def _set_assessment(self, session: Session, found: ClientPlan, raw: Any) -> PlanSaved:
        linked = uuid_or_none("assessment_id", raw)
        self._check_assessment(session, found.client_id, linked)
        if linked != found.assessment_id:
            old = found.assessment_id
            found.assessment_id = linked
            self._changed(session, found, "assessment_id", None if old is None else str(old),
                          None if linked is None else str(linked))
        session.flush()
        return PlanSaved("assessment_id", linked, found.revision, found.updated_at)

    def _set_sessions(self, session: Session, found: ClientPlan, raw: Any) -> PlanSaved:
        key = "decision_session_ids"
        if raw is None:
            raw = []
        if isinstance(raw, str | bytes) or not isinstance(raw, list | tuple):
            raise ValidationError([Issue(key, "field.choice")])
        if len(raw) > DECISION_LINKS_MAX:
            raise ValidationError([Issue(key, "field.too_many", {"max": DECISION_LINKS_MAX})])
        ids: list[str] = []
        for index, item in enumerate(raw):
            linked = uuid_or_none(f"{key}/{index}", item)
            decision = decision_repo.get_session(session, linked) if linked else None
            if decision is None or decision.client_id != found.client_id:
                raise ValidationError([Issue(f"{key}/{index}", "field.choice")])
            if str(linked) not in ids:
                ids.append(str(linked))
        old = list(found.decision_session_ids or [])
        if ids != old:
            found.decision_session_ids = ids
            self._changed(session, found, key, old, ids)
        session.flush()
        return PlanSaved(key, ids, found.revision, found.updated_at)

    def fill_from_sessions(self, plan_id: uuid.UUID, session_ids: list[uuid.UUID] | None = None) -> PlanView:
        """Link the client's completed decision-making sessions (all, or ``session_ids``) and copy
        how the client communicates and how the will was found out into the draft's fields that
        are still empty (``services/plan_from_sessions.py``); each change has its history row."""
        key = "decision_session_ids"
        with storage_errors(), self._db.transaction() as session:
            found, plan = self._draft(session, plan_id)
            completed = [s for s in decision_repo.sessions_for_client(session, found.client_id)
                         if s.status == "completed"]
            if session_ids is not None:
                wanted = [str(uuid_or_none(f"{key}/{i}", raw)) for i, raw in enumerate(session_ids)]
                by_id = {str(s.id): s for s in completed}
                for index, wanted_id in enumerate(wanted):
                    if wanted_id not in by_id:
                        raise ValidationError([Issue(f"{key}/{index}", "field.choice")])
                completed = [by_id[wanted_id] for wanted_id in dict.fromkeys(wanted)]
            if not completed:
                raise ValidationError([Issue(key, "field.required")])
            completed.sort(key=lambda s: (s.completed_at or s.created_at, s.version_no))  # oldest first
            client = client_repo.get_client(session, found.client_id)
            language = client.language if client is not None else "fi"
            sessions = [((s.completed_at or s.created_at).astimezone().date(), s.content or {}) for s in completed]
            fill = filled_from_sessions(plan, sessions, language)
            if fill:
                before = plan_content(plan)
                self._store(found, rules.edit(plan, **fill))
                for name in fill:
                    self._recorder(session).history(found, name, before.get(name), found.content.get(name))
            old = list(found.decision_session_ids or [])
            ids = list(dict.fromkeys([*old, *(str(s.id) for s in completed)]))[:DECISION_LINKS_MAX]
            if ids != old:
                found.decision_session_ids = ids
                self._recorder(session).history(found, key, old, ids)
            if fill or ids != old:
                self._recorder(session).update(found, (*fill, key) if ids != old else tuple(fill))
            session.flush()
            return _view(found)

    def fill_from_assessment(self, plan_id: uuid.UUID) -> PlanView:
        """A draft made before the needs assessment was completed: link the latest completed one
        and fill the situation, support needs and strengths where still empty (as ``start_draft``)."""
        with storage_errors(), self._db.transaction() as session:
            found, plan = self._draft(session, plan_id)
            assessment = repo.latest_completed_assessment(session, found.client_id)
            if assessment is None:
                raise ValidationError([Issue("assessment_id", "plan.assessment_missing")])
            client = client_repo.get_client(session, found.client_id)
            filled = self._from_assessment(plan, assessment, client.language if client is not None else "fi")
            before, after = plan_content(plan), plan_content(filled)
            changed = [name for name in after if after[name] != before.get(name)]
            if changed:
                self._store(found, filled)
                for name in changed:
                    self._recorder(session).history(found, name, before.get(name), after[name])
            if found.assessment_id != assessment.id:
                old = found.assessment_id
                found.assessment_id = assessment.id
                self._recorder(session).history(found, "assessment_id", None if old is None else str(old),
                                                str(assessment.id))
                changed.append("assessment_id")
            if changed:
                self._recorder(session).update(found, tuple(changed))
            session.flush()
            return _view(found)

    def fill_from_visit(self, plan_id: uuid.UUID, visit_id: uuid.UUID) -> PlanView:
        """The plan worked on during a visit: its meeting date, place and participants, where
        still empty, from the visit (each change with its history row)."""
        with storage_errors(), self._db.transaction() as session:
            found, plan = self._draft(session, plan_id)
            visit = assessment_repo.get_visit(session, visit_id)
            if visit is None or visit.client_id != found.client_id:
                raise ValidationError([Issue("visit_id", "field.choice")])
            try:
                proposals: dict[str, Any] = {
                    "meeting_date": visit.starts_at.astimezone().date(), "meeting_place": visit.place.strip() or None,
                    "participants": tuple(rules.Participant(name=p.get("name"), relation=p.get("relation"))
                                          for p in visit.participants[:rules.PARTICIPANTS_MAX]) or None}
                fill = {name: value for name, value in proposals.items() if value and not getattr(plan, name)}
                changed = rules.edit(plan, **fill) if fill else plan
            except InvalidInput:  # a value the plan cannot hold: left for the counsellor
                return _view(found)
            if fill:
                before = plan_content(plan)
                self._store(found, changed)
                for name in fill:
                    self._recorder(session).history(found, name, before.get(name), found.content.get(name))
                self._recorder(session).update(found, tuple(fill))
            session.flush()
            return _view(found)

    # -- versions -------------------------------------------------------------------------------

    def agree(self, plan_id: uuid.UUID, agreed_on: date | str) -> PlanView:
        """Agree the draft (``ValidationError`` lists everything missing); the version agreed
        before it becomes superseded. Agreeing an agreed plan again changes nothing."""
        day = date_input("agreed_on", agreed_on)
        if day is None:
            raise ValidationError([Issue("agreed_on", "field.required")])
        if day > date.today():  # agreed at a meeting that has been held
            raise ValidationError([Issue("agreed_on", "date.future")])
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, plan_id)
            if found.status == "agreed":
                return _view(found)
            stored = {str(p.id): p for p in repo.plans_for_client(session, found.client_id)}
            history = rules.agree([plan_of(p) for p in stored.values()], str(found.id), day)
            for plan in history:
                record = stored[plan.id]
                if plan.state != record.status:
                    self._recorder(session).history(record, "status", record.status, plan.state)
                    record.status = plan.state
                    self._recorder(session).update(record, ("status",))
            found.agreed_on = day
            found.agreed_at = utc_now()
            found.agreed_by = self._actor.user_id
            session.flush()
            return _view(found)

    def new_version(self, plan_id: uuid.UUID, reason: str) -> PlanView:
        """A new draft copying the agreed version ``plan_id``, with the reason for the change."""
        text = amend_reason(reason)
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, plan_id)
            if found.status != "agreed":
                raise ValidationError([Issue("state", "plan.locked" if found.status == "superseded"
                                             else "plan.draft_exists")])
            stored = repo.plans_for_client(session, found.client_id)
            new_id = uuid.uuid4()
            plan = rules.new_draft([plan_of(p) for p in stored], str(new_id))  # plan.draft_exists
            draft = ClientPlan(
                id=new_id, client_id=found.client_id, series_id=found.series_id, version_no=plan.version,
                supersedes_id=found.id, status="draft", content=plan_content(plan),
                assessment_id=found.assessment_id, decision_session_ids=list(found.decision_session_ids or []),
                amend_reason=text)
            self._recorder(session).create(draft, ("amend_reason",))
            session.flush()
            return _view(draft)

    def history(self, plan_id: uuid.UUID) -> list[PlanChangeView]:
        """Every change across the versions of the client's plan, oldest first (logged as a view
        of its history)."""
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, plan_id)
            self._log(session, "view", found, ("history",))
            return [PlanChangeView(version, c.field_key, c.old_value, c.new_value, c.changed_at, c.changed_by_name,
                                   c.reason)
                    for c, version in repo.plan_changes_in_series(session, found.series_id)]
