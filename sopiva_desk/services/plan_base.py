"""The shared part of the client-plan services: views, the service's state and the helpers
that keep history, stamps and the access log (``services/plans.py`` has the module doc)."""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from sopiva_desk.domain import plans as rules
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.catalogue import Catalogue, shipped_catalogue
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.plan_content import plan_content, plan_of
from sopiva_desk.services.plan_from_assessment import from_assessment
from sopiva_desk.services.templates import TemplateLibrary
from sopiva_desk.store.change_recorder import ChangeRecorder
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import Assessment, ClientPlan
from sopiva_desk.store.repositories import access_log
from sopiva_desk.store.repositories import assessments as assessment_repo
from sopiva_desk.store.repositories import plans as repo

RECORD_TYPE = "client_plan"


# -- views ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanView:
    id: uuid.UUID
    client_id: uuid.UUID
    series_id: uuid.UUID
    version_no: int
    status: str  # draft, agreed, superseded
    content: dict[str, Any]  # see the module doc; an absent key is empty
    plan: rules.Plan  # the same as a domain value (for missing_for_agreement, totals …)
    assessment_id: uuid.UUID | None
    decision_session_ids: list[str]
    supersedes_id: uuid.UUID | None
    amend_reason: str
    agreed_on: date | None
    created_at: datetime
    updated_at: datetime
    revision: int


@dataclass(frozen=True)
class PlanSaved:
    """One saved value: ``key`` as in the history (``goals/<id>/client_words`` …)."""

    key: str
    value: Any
    revision: int
    saved_at: datetime


@dataclass(frozen=True)
class PlanChangeView:
    version_no: int
    field_key: str
    old_value: Any
    new_value: Any
    changed_at: datetime
    changed_by_name: str
    reason: str


def plan_view(found: ClientPlan) -> PlanView:
    return PlanView(found.id, found.client_id, found.series_id, found.version_no, found.status,
                    copy.deepcopy(found.content), plan_of(found), found.assessment_id,
                    list(found.decision_session_ids or []), found.supersedes_id, found.amend_reason,
                    found.agreed_on, found.created_at, found.updated_at, found.revision)



class PlanBase:
    def __init__(self, db: Database, actor: Actor, library: TemplateLibrary | None = None,
                 catalogue: Catalogue | None = None) -> None:
        self._db = db
        self._actor = actor
        self._library = library
        self._catalogue = catalogue

    @property
    def catalogue(self) -> Catalogue:
        return self._catalogue or shipped_catalogue()

    # -- helpers ------------------------------------------------------------------------------

    def _log(self, session: Session, action: str, found: ClientPlan, fields: tuple[str, ...] = ()) -> None:
        access_log.record(session, user_id=self._actor.user_id, user_name=self._actor.user_name,
                          purpose=self._actor.purpose, action=action,
                          record_type=RECORD_TYPE, client_id=found.client_id, record_id=found.id, fields=fields)

    def _recorder(self, session: Session) -> ChangeRecorder:
        return ChangeRecorder(session, self._actor)

    def _changed(self, session: Session, found: ClientPlan, key: str, old: Any, new: Any) -> None:
        self._recorder(session).change(found, key, old, new)

    def _get(self, session: Session, plan_id: uuid.UUID) -> ClientPlan:
        found = repo.get_plan(session, plan_id)
        if found is None:
            raise RecordGoneError()
        return found

    def _draft(self, session: Session, plan_id: uuid.UUID) -> tuple[ClientPlan, rules.Plan]:
        found = self._get(session, plan_id)
        if found.status != "draft":
            raise ValidationError([Issue("state", "plan.locked")])
        return found, plan_of(found)

    def _store(self, found: ClientPlan, plan: rules.Plan) -> None:
        found.content = plan_content(plan)  # a new dict, so the JSON column is written

    def _check_assessment(self, session: Session, client_id: uuid.UUID, assessment_id: uuid.UUID | None) -> None:
        if assessment_id is None:
            return
        found = assessment_repo.get_assessment(session, assessment_id)
        if found is None or found.client_id != client_id:
            raise ValidationError([Issue("assessment_id", "field.choice")])

    def _from_assessment(self, plan: rules.Plan, assessment: Assessment, language: str) -> rules.Plan:
        template = self._library.get(assessment.template_id, assessment.template_version) if self._library else None
        if template is None:
            return plan
        return from_assessment(plan, template, assessment.answers or {}, language)
