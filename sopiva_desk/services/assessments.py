"""Home visits and service-needs assessments: start, autosave answers, complete, amend, history.

Every call is one transaction. Answers are cleaned by the template's rules, each change is
kept as old → new with who and when (and the amendment reason for amended versions), and
every view and change writes an access-log entry naming fields, never values.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from sopiva_desk.domain import templates as rules
from sopiva_desk.domain import visits as visit_rules
from sopiva_desk.domain.clients import FieldInvalid
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.decisions import SessionView, session_view
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.inputs import amend_reason
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.services.templates import TemplateLibrary
from sopiva_desk.store.change_recorder import ChangeRecorder
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import Assessment, Visit, utc_now
from sopiva_desk.store.repositories import access_log
from sopiva_desk.store.repositories import assessments as repo
from sopiva_desk.store.repositories import clients as client_repo
from sopiva_desk.store.repositories import decisions as decision_repo


@dataclass(frozen=True)
class VisitView:
    id: uuid.UUID
    client_id: uuid.UUID
    starts_at: datetime
    ends_at: datetime | None
    way: str
    place: str
    participants: tuple[dict[str, str], ...]
    absent: tuple[dict[str, str], ...]
    notes: str
    status: str  # planned, open, ended, cancelled (domain.visits.VisitStatus)
    planned_at: datetime | None = None  # the planned time of a visit that was planned ahead and started
    cancelled_at: datetime | None = None
    cancel_reason: str = ""

    @property
    def planned_for(self) -> datetime | None:
        """When the visit was planned for: ``starts_at`` while planned, else the kept planned time."""
        return self.starts_at if self.status == visit_rules.VisitStatus.PLANNED else self.planned_at


@dataclass(frozen=True)
class AssessmentView:
    id: uuid.UUID
    client_id: uuid.UUID
    visit_id: uuid.UUID | None
    series_id: uuid.UUID
    version_no: int
    template_id: str
    template_version: int
    status: str
    answers: dict[str, Any]
    amend_reason: str
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None


@dataclass(frozen=True)
class AnswerSaved:
    key: str
    value: Any
    revision: int
    saved_at: datetime


@dataclass(frozen=True)
class ChangeView:
    version_no: int
    field_key: str
    old_value: Any
    new_value: Any
    changed_at: datetime
    changed_by_name: str
    reason: str


@dataclass(frozen=True)
class VisitSummary:
    """What the end-of-visit screen shows."""

    visit: VisitView
    completed: tuple[AssessmentView, ...]  # completed (or since amended, i.e. superseded) assessments
    drafts: tuple[AssessmentView, ...]
    changes_to_sync: int  # records created or changed during the visit
    sessions_completed: tuple[SessionView, ...] = ()  # decision-making sessions, like ``completed``
    sessions_draft: tuple[SessionView, ...] = ()


class VisitAlreadyOpen(ValidationError):
    """The client has a visit still open: continue it, or start another deliberately."""

    def __init__(self, visit: VisitView) -> None:
        super().__init__([Issue("visit", "visit.already_open")])
        self.visit = visit


class AssessmentDraftOpen(ValidationError):
    """The client has an assessment still in draft: continue it, or start another deliberately."""

    def __init__(self, assessment: AssessmentView) -> None:
        super().__init__([Issue("assessment", "assessment.draft_open")])
        self.assessment = assessment


def visit_view(visit: Visit) -> VisitView:
    return VisitView(visit.id, visit.client_id, visit.starts_at, visit.ends_at, visit.way, visit.place,
                     tuple(visit.participants), tuple(visit.absent), visit.notes, visit.status, visit.planned_at,
                     visit.cancelled_at, visit.cancel_reason or "")


def assessment_view(found: Assessment) -> AssessmentView:
    return AssessmentView(found.id, found.client_id, found.visit_id, found.series_id, found.version_no,
                          found.template_id, found.template_version, found.status, dict(found.answers),
                          found.amend_reason, found.created_at, found.updated_at, found.completed_at)


class _Base:
    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    def _log(self, session: Session, action: str, record_type: str, client_id: uuid.UUID,
             record_id: uuid.UUID, fields: list[str] | tuple[str, ...] = ()) -> None:
        access_log.record(session, user_id=self._actor.user_id, user_name=self._actor.user_name,
                          purpose=self._actor.purpose, action=action,
                          record_type=record_type, client_id=client_id, record_id=record_id, fields=fields)

    def _recorder(self, session: Session) -> ChangeRecorder:
        return ChangeRecorder(session, self._actor)


class VisitService(_Base):
    def start_visit(self, client_id: uuid.UUID, way: str, place: str = "", *,
                    another: bool = False) -> VisitView:
        """A new open visit. While the client has one open, ``VisitAlreadyOpen`` (newest open
        visit) unless ``another`` says a second one is meant."""
        try:
            clean_way = visit_rules.clean_way(way)
            clean_place = visit_rules.clean_visit_field("place", place)
        except FieldInvalid as err:
            raise ValidationError([err.issue]) from None
        with storage_errors(), self._db.transaction() as session:
            if client_repo.get_client(session, client_id) is None:
                raise RecordGoneError()
            if not another:
                still_open = [v for v in repo.visits_for_client(session, client_id) if v.status == "open"]
                if still_open:  # newest first
                    raise VisitAlreadyOpen(visit_view(still_open[0]))
            visit = self._recorder(session).create(Visit(
                client_id=client_id, starts_at=utc_now(), way=clean_way, place=clean_place, participants=[],
                absent=[], notes="", status="open"), ("way", "place", "starts_at"))
            return visit_view(visit)

    def update_visit_field(self, visit_id: uuid.UUID, field: str, raw: Any) -> VisitView:
        try:
            value = visit_rules.clean_visit_field(field, raw)
        except FieldInvalid as err:
            raise ValidationError([err.issue]) from None
        with storage_errors(), self._db.transaction() as session:
            visit = repo.get_visit(session, visit_id)
            if visit is None:
                raise RecordGoneError()
            if visit.status == visit_rules.VisitStatus.CANCELLED:
                raise ValidationError([Issue(field, "visit.cancelled")])  # kept as it was when cancelled
            setattr(visit, field, value)
            self._recorder(session).update(visit, (field,))
            session.flush()
            return visit_view(visit)

    def end_visit(self, visit_id: uuid.UUID) -> VisitSummary:
        with storage_errors(), self._db.transaction() as session:
            visit = repo.get_visit(session, visit_id)
            if visit is None:
                raise RecordGoneError()
            if visit.status in (visit_rules.VisitStatus.PLANNED, visit_rules.VisitStatus.CANCELLED):
                raise ValidationError([Issue("status", "visit.not_started")])  # nothing happened to end
            if visit.status != "ended":
                visit.status = "ended"
                visit.ends_at = utc_now()
                self._recorder(session).update(visit, ("status", "ends_at"))
            session.flush()
            return _summary(session, visit)

    def visits_for_client(self, client_id: uuid.UUID) -> list[VisitView]:
        with storage_errors(), self._db.read() as session:
            return [visit_view(v) for v in repo.visits_for_client(session, client_id)]

    # -- planned visits ----------------------------------------------------------------------

    def plan_visit(self, client_id: uuid.UUID, day: Any, at: Any, way: str, place: str = "", notes: str = "",
                   *, today: date | None = None) -> VisitView:
        """A visit planned ahead for ``day`` (a date or ISO text) at ``at`` ("9.30"), local time.

        ``notes`` is the planning note; it becomes the start of the visit's notes.
        """
        starts_at, values = _planned_values(day, at, way, place, notes, today)
        with storage_errors(), self._db.transaction() as session:
            if client_repo.get_client(session, client_id) is None:
                raise RecordGoneError()
            visit = self._recorder(session).create(Visit(
                client_id=client_id, starts_at=starts_at, participants=[], absent=[],
                status=visit_rules.VisitStatus.PLANNED.value, **values),
                ("way", "place", "notes", "starts_at", "status"))
            return visit_view(visit)

    def replan_visit(self, visit_id: uuid.UUID, day: Any, at: Any, way: str, place: str = "", notes: str = "",
                     *, today: date | None = None) -> VisitView:
        """Move a planned visit, or change its way, place or note; only while it is planned."""
        starts_at, values = _planned_values(day, at, way, place, notes, today)
        with storage_errors(), self._db.transaction() as session:
            visit = self._planned(session, visit_id)
            changed = [field for field, value in (("starts_at", starts_at), *values.items())
                       if getattr(visit, field) != value]
            if changed:
                visit.starts_at = starts_at
                for field, value in values.items():
                    setattr(visit, field, value)
                self._recorder(session).update(visit, changed)
            session.flush()
            return visit_view(visit)

    def start_planned_visit(self, visit_id: uuid.UUID, *, way: str | None = None, place: str | None = None,
                            notes: str | None = None, another: bool = False) -> VisitView:
        """The counsellor has arrived: the planned visit becomes the open visit, starting now.

        The planned time is kept in ``planned_at``; ``way``, ``place`` and ``notes``, when given,
        replace the planned ones in the same step (changed on the doorstep). Starting a visit that
        is already open returns it as it is (a second click, or another window). While the client
        has another visit open, ``VisitAlreadyOpen`` unless ``another`` (as ``start_visit``).
        """
        changes: dict[str, Any] = {}
        issues: list[Issue] = []
        for field, raw in (("way", way), ("place", place), ("notes", notes)):
            if raw is not None:
                try:
                    changes[field] = visit_rules.clean_visit_field(field, raw)
                except FieldInvalid as err:
                    issues.append(err.issue)
        if issues:
            raise ValidationError(issues)
        with storage_errors(), self._db.transaction() as session:
            visit = repo.get_visit(session, visit_id)
            if visit is None:
                raise RecordGoneError()
            if visit.status == visit_rules.VisitStatus.OPEN:
                return visit_view(visit)
            if visit.status != visit_rules.VisitStatus.PLANNED:
                raise ValidationError([Issue("status", "visit.not_planned")])
            if not another:
                still_open = [v for v in repo.visits_for_client(session, visit.client_id) if v.status == "open"]
                if still_open:  # newest first
                    raise VisitAlreadyOpen(visit_view(still_open[0]))
            visit.planned_at = visit.starts_at
            visit.starts_at = utc_now()
            visit.status = visit_rules.VisitStatus.OPEN.value
            changed = [field for field, value in changes.items() if getattr(visit, field) != value]
            for field in changed:
                setattr(visit, field, changes[field])
            self._recorder(session).update(visit, ("planned_at", "starts_at", "status", *changed))
            session.flush()
            return visit_view(visit)

    def cancel_visit(self, visit_id: uuid.UUID, reason: str) -> VisitView:
        """Cancel a planned visit with the reason; the visit is kept, marked cancelled."""
        try:
            text = visit_rules.clean_cancel_reason(reason)
        except FieldInvalid as err:
            raise ValidationError([err.issue]) from None
        with storage_errors(), self._db.transaction() as session:
            visit = self._planned(session, visit_id)
            visit.status = visit_rules.VisitStatus.CANCELLED.value
            visit.cancelled_at = utc_now()
            visit.cancel_reason = text
            self._recorder(session).update(visit, ("cancel_reason", "cancelled_at", "status"))
            session.flush()
            return visit_view(visit)

    def visit_record(self, visit_id: uuid.UUID) -> VisitSummary:
        """A visit with the assessments and sessions made in it, to read (logged as a view)."""
        with storage_errors(), self._db.transaction() as session:
            visit = repo.get_visit(session, visit_id)
            if visit is None:
                raise RecordGoneError()
            self._log(session, "view", "visit", visit.client_id, visit.id)
            return _summary(session, visit)

    def _planned(self, session: Session, visit_id: uuid.UUID) -> Visit:
        visit = repo.get_visit(session, visit_id)
        if visit is None:
            raise RecordGoneError()
        if visit.status != visit_rules.VisitStatus.PLANNED:
            raise ValidationError([Issue("status", "visit.not_planned")])
        return visit


def _planned_values(day: Any, at: Any, way: str, place: str, notes: str,
                    today: date | None) -> tuple[datetime, dict[str, Any]]:
    """The planned start (aware, from the counsellor's local time) and the cleaned way, place and
    note; ``ValidationError`` lists every field that is wrong."""
    issues: list[Issue] = []
    local_today = today or utc_now().astimezone().date()
    cleaned: dict[str, Any] = {}
    for field, clean in (("day", lambda: visit_rules.clean_planned_day(day, local_today)),
                         ("time", lambda: visit_rules.clean_planned_time(at)),
                         ("way", lambda: visit_rules.clean_way(way)),
                         ("place", lambda: visit_rules.clean_visit_field("place", place)),
                         ("notes", lambda: visit_rules.clean_visit_field("notes", notes))):
        try:
            cleaned[field] = clean()
        except FieldInvalid as err:
            issues.append(err.issue)
    if issues:
        raise ValidationError(issues)
    values = {"way": cleaned["way"], "place": cleaned["place"], "notes": cleaned["notes"]}
    return datetime.combine(cleaned["day"], cleaned["time"]).astimezone(), values


def _summary(session: Session, visit: Visit) -> VisitSummary:
    """What was recorded in ``visit``: its assessments and decision-making sessions by status."""
    found = [assessment_view(a) for a in repo.assessments_of_visit(session, visit.id)]
    sessions = [session_view(s) for s in reversed(decision_repo.sessions_of_visit(session, visit.id))]
    return VisitSummary(
        visit=visit_view(visit),
        completed=tuple(a for a in found if a.status in ("completed", "superseded")),
        drafts=tuple(a for a in found if a.status == "draft"),
        changes_to_sync=1 + len(found) + len(sessions),  # the visit and every version made in it
        sessions_completed=tuple(s for s in sessions if s.status in ("completed", "superseded")),
        sessions_draft=tuple(s for s in sessions if s.status == "draft"),
    )


class AssessmentService(_Base):
    def __init__(self, db: Database, actor: Actor, library: TemplateLibrary) -> None:
        super().__init__(db, actor)
        self.library = library

    def template_for(self, view: AssessmentView) -> rules.Template:
        """The template version the assessment was made with (never a newer one)."""
        template = self.library.get(view.template_id, view.template_version)
        if template is None:
            raise RecordGoneError()
        return template

    def start(self, client_id: uuid.UUID, template_id: str, visit_id: uuid.UUID | None = None, *,
              another: bool = False) -> AssessmentView:
        """A new draft assessment. While the client has a first version still in draft,
        ``AssessmentDraftOpen`` (the newest draft) unless ``another`` says a second one is meant."""
        template = self.library.latest(template_id)
        if template is None:
            raise RecordGoneError()
        with storage_errors(), self._db.transaction() as session:
            if client_repo.get_client(session, client_id) is None:
                raise RecordGoneError()
            if visit_id is not None and repo.get_visit(session, visit_id) is None:
                raise RecordGoneError()
            if not another:
                drafts = [a for a in repo.assessments_for_client(session, client_id)
                          if a.status == "draft" and a.version_no == 1]  # an amendment in draft is not a new one
                if drafts:
                    raise AssessmentDraftOpen(assessment_view(max(drafts, key=lambda a: a.created_at)))
            series = uuid.uuid4()
            found = self._recorder(session).create(Assessment(
                client_id=client_id, visit_id=visit_id, series_id=series, version_no=1, template_id=template.id,
                template_version=template.version, status="draft", answers={}, amend_reason=""))
            self._fill_from_visit(session, found, template)
            return assessment_view(found)

    def open(self, assessment_id: uuid.UUID) -> AssessmentView:
        """The assessment, logged as a view. A draft of a visit first takes what the visit has
        recorded since (e.g. who took part) into its ``from_visit`` fields never answered."""
        with storage_errors(), self._db.transaction() as session:
            found = repo.get_assessment(session, assessment_id)
            if found is None:
                raise RecordGoneError()
            self._log(session, "view", "assessment", found.client_id, found.id)
            template = self.library.get(found.template_id, found.template_version)
            if found.status == "draft" and template is not None:
                self._fill_from_visit(session, found, template)
            return assessment_view(found)

    def _fill_from_visit(self, session: Session, found: Assessment, template: rules.Template) -> None:
        """Copy the visit's date, way, place and people into the template's ``from_visit`` fields
        that were never answered, each with its history row (docs/templates.md)."""
        wanted = [f for f in template.fields.values() if f.from_visit]
        visit = repo.get_visit(session, found.visit_id) if found.visit_id is not None and wanted else None
        if visit is None:
            return
        answered = repo.answered_keys(session, found.id) | set(found.answers)
        answers = dict(found.answers)
        for spec in wanted:
            if spec.key in answered or spec.from_visit is None:
                continue
            raw = visit_rules.from_visit_value(
                spec.from_visit, day=visit.starts_at.astimezone().date(), way=visit.way, place=visit.place,
                participants=visit.participants, absent=visit.absent, options=spec.option_values())
            try:
                value = rules.clean_answer(spec, raw)
            except rules.AnswerInvalid:  # e.g. longer than the field allows: left for the counsellor
                continue
            if value is None:
                continue
            answers[spec.key] = value
            self._recorder(session).history(found, spec.key, None, value)
        if answers != found.answers:
            filled = tuple(k for k in answers if k not in found.answers)
            found.answers = answers
            self._recorder(session).update(found, filled)
            session.flush()

    def answer(self, assessment_id: uuid.UUID, key: str, raw: Any) -> AnswerSaved:
        """Autosave one answer of a draft. A completed version refuses: amend it first."""
        with storage_errors(), self._db.transaction() as session:
            found = repo.get_assessment(session, assessment_id)
            if found is None:
                raise RecordGoneError()
            if found.status != "draft":
                raise ValidationError([Issue(key, "assessment.locked")])
            template = self.library.get(found.template_id, found.template_version)
            if template is None or key not in template.fields:
                raise ValidationError([Issue(key, "field.choice")])
            try:
                value = rules.clean_answer(template.fields[key], raw)
            except rules.AnswerInvalid as err:
                raise ValidationError([err.issue]) from None
            old = found.answers.get(key)
            if old != value:
                answers = dict(found.answers)
                if value is None:
                    answers.pop(key, None)
                else:
                    answers[key] = value
                found.answers = answers  # a new dict, so the JSON column is written
                self._recorder(session).change(found, key, old, value)
            session.flush()
            return AnswerSaved(key, value, found.revision, found.updated_at)

    def complete(self, assessment_id: uuid.UUID) -> AssessmentView:
        """Lock the draft; ``ValidationError`` lists every required answer still missing."""
        with storage_errors(), self._db.transaction() as session:
            found = repo.get_assessment(session, assessment_id)
            if found is None:
                raise RecordGoneError()
            if found.status != "draft":
                return assessment_view(found)
            template = self.library.get(found.template_id, found.template_version)
            if template is None:
                raise RecordGoneError()
            missing = rules.missing_required(template, found.answers)
            if missing:
                raise ValidationError(missing)
            found.status = "completed"
            found.completed_at = utc_now()
            found.completed_by = self._actor.user_id
            if found.supersedes_id is not None:
                previous = repo.get_assessment(session, found.supersedes_id)
                if previous is not None:
                    previous.status = "superseded"
                    self._recorder(session).update(previous, ("status",))
            self._recorder(session).update(found, ("status",))
            session.flush()
            return assessment_view(found)

    def amend(self, assessment_id: uuid.UUID, reason: str) -> AssessmentView:
        """A new draft version of a completed assessment, with the reason for the change."""
        text = amend_reason(reason)
        with storage_errors(), self._db.transaction() as session:
            found = repo.get_assessment(session, assessment_id)
            if found is None:
                raise RecordGoneError()
            if found.status != "completed":
                raise ValidationError([Issue("amend_reason", "assessment.not_completed")])
            draft = self._recorder(session).create(Assessment(
                client_id=found.client_id, visit_id=found.visit_id, series_id=found.series_id,
                version_no=found.version_no + 1, supersedes_id=found.id, template_id=found.template_id,
                template_version=found.template_version, status="draft", answers=dict(found.answers),
                amend_reason=text), ("amend_reason",))
            return assessment_view(draft)

    def history(self, assessment_id: uuid.UUID) -> list[ChangeView]:
        """Every field change across the versions of this assessment, oldest first (logged as a
        view of its history)."""
        with storage_errors(), self._db.transaction() as session:
            found = repo.get_assessment(session, assessment_id)
            if found is None:
                raise RecordGoneError()
            self._log(session, "view", "assessment", found.client_id, found.id, ("history",))
            return [
                ChangeView(version, c.field_key, c.old_value, c.new_value, c.changed_at, c.changed_by_name, c.reason)
                for c, version in repo.changes_in_series(session, found.series_id)
            ]

    def for_client(self, client_id: uuid.UUID) -> list[AssessmentView]:
        with storage_errors(), self._db.read() as session:
            return [assessment_view(a) for a in repo.assessments_for_client(session, client_id)]
