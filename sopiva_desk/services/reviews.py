"""Reviews of the client plan (seuranta): start, autosave ratings and fields, complete, history,
and the change in goal attainment for the organisation view.

The rules are ``domain/reviews.py`` (docs/budget.md, "Reviews"); this module turns what the
GUI sends into domain values and keeps the history. Every call is one transaction; every
change writes a history row (old → new, who, when) and an access-log entry naming the field,
never its value. History keys: ``review_date``, ``wellbeing``, ``notes``,
``ratings/<goal id>/client``, ``ratings/<goal id>/professional`` and ``status``.

A review is started only for an agreed plan, at most one draft per client at a time, and
keeps a snapshot of each goal's words (``ratings`` rows), so charts read right after the plan
changes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from sopiva_desk.domain import reviews as rules
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.domain.money import InvalidInput
from sopiva_desk.services.actor import Actor
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.inputs import date_input
from sopiva_desk.services.listings import record_listing
from sopiva_desk.services.plan_content import plan_of
from sopiva_desk.services.storage_errors import storage_errors
from sopiva_desk.store.change_recorder import ChangeRecorder
from sopiva_desk.store.database import Database
from sopiva_desk.store.models import PlanReview, utc_now
from sopiva_desk.store.repositories import access_log
from sopiva_desk.store.repositories import plans as plan_repo
from sopiva_desk.store.repositories import reviews as repo

__all__ = ["FIELDS", "OVERVIEW_RECORD_TYPE", "RECORD_TYPE", "ReviewChangeView", "ReviewSaved", "ReviewService",
           "ReviewView", "attainment_changes_in", "review_of"]

RECORD_TYPE = "plan_review"
OVERVIEW_RECORD_TYPE = "review_overview"
FIELDS = ("wellbeing", "notes", "review_date")


# -- views ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewView:
    id: uuid.UUID
    client_id: uuid.UUID
    plan_id: uuid.UUID
    status: str  # draft, completed
    review: rules.Review  # the review as a domain value: date, goal snapshots and ratings, wellbeing, notes
    missing: tuple[Issue, ...]  # what stops completing (empty when completed)
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None
    revision: int

    @property
    def review_date(self) -> date:
        assert self.review.review_date is not None
        return self.review.review_date


@dataclass(frozen=True)
class ReviewSaved:
    """One saved value: ``key`` as in the history; ``missing`` is what still stops completing."""

    key: str
    value: Any
    revision: int
    saved_at: datetime
    missing: tuple[Issue, ...]


@dataclass(frozen=True)
class ReviewChangeView:
    field_key: str
    old_value: Any
    new_value: Any
    changed_at: datetime
    changed_by_name: str


# -- JSON <-> domain ------------------------------------------------------------------------


def _rating_json(row: rules.GoalRating) -> dict[str, Any]:
    return {"goal_id": row.goal_id, "client_words": row.client_words, "life_domain": row.life_domain,
            "pictogram": row.pictogram, "client": row.client, "professional": row.professional}


def _review(review_id: uuid.UUID, plan_id: uuid.UUID, status: str, day: date, ratings: Any,
            wellbeing: int | None = None, notes: str | None = None) -> rules.Review:
    return rules.Review(id=str(review_id), plan_id=str(plan_id), review_date=day, state=status,
                        ratings=tuple(rules.GoalRating(**row) for row in ratings or ()),
                        wellbeing=wellbeing, notes=notes or None)


def review_of(found: PlanReview) -> rules.Review:
    """The domain review of a stored row."""
    return _review(found.id, found.plan_id, found.status, found.review_date, found.ratings, found.wellbeing,
                   found.notes)


def _view(found: PlanReview) -> ReviewView:
    review = review_of(found)
    missing = () if review.locked else tuple(rules.missing_for_completion(review))
    return ReviewView(found.id, found.client_id, found.plan_id, found.status, review, missing, found.created_at,
                      found.updated_at, found.completed_at, found.revision)


def _invalid(err: InvalidInput) -> ValidationError:
    return ValidationError([err.issue])


class ReviewService:
    def __init__(self, db: Database, actor: Actor, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self._actor = actor
        self._today = today

    # -- helpers ------------------------------------------------------------------------------

    def _log(self, session: Session, action: str, found: PlanReview, fields: tuple[str, ...] = ()) -> None:
        access_log.record(session, user_id=self._actor.user_id, user_name=self._actor.user_name,
                          purpose=self._actor.purpose, action=action,
                          record_type=RECORD_TYPE, client_id=found.client_id, record_id=found.id, fields=fields)

    def _recorder(self, session: Session) -> ChangeRecorder:
        return ChangeRecorder(session, self._actor)

    def _changed(self, session: Session, found: PlanReview, key: str, old: Any, new: Any) -> None:
        self._recorder(session).change(found, key, old, new, "")

    @staticmethod
    def _get(session: Session, review_id: uuid.UUID) -> PlanReview:
        found = repo.get_review(session, review_id)
        if found is None:
            raise RecordGoneError()
        return found

    def _draft(self, session: Session, review_id: uuid.UUID, key: str) -> tuple[PlanReview, rules.Review]:
        found = self._get(session, review_id)
        if found.status != "draft":
            raise ValidationError([Issue(key, "review.locked")])
        return found, review_of(found)

    def _saved(self, found: PlanReview, key: str, value: Any) -> ReviewSaved:
        missing = tuple(rules.missing_for_completion(review_of(found)))
        return ReviewSaved(key, value, found.revision, found.updated_at, missing)

    def _agreed_on(self, session: Session, found: PlanReview) -> date | None:
        plan = plan_repo.get_plan(session, found.plan_id)
        return plan.agreed_on if plan is not None else None

    # -- use cases ----------------------------------------------------------------------------

    def start(self, plan_id: uuid.UUID, review_date: date | str) -> ReviewView:
        """A draft review of the agreed plan ``plan_id`` on ``review_date``, one row per goal.

        Refuses a plan that is not agreed (``review.plan_not_agreed``), a date before the
        agreement or in the future, and a second draft for the client (``review.draft_exists``:
        continue that one, see ``draft_for_client``).
        """
        day = date_input("review_date", review_date, required=True)
        with storage_errors(), self._db.transaction() as session:
            plan = plan_repo.get_plan(session, plan_id)
            if plan is None:
                raise RecordGoneError()
            if repo.draft_for_client(session, plan.client_id) is not None:
                raise ValidationError([Issue("state", "review.draft_exists")])
            review_id = uuid.uuid4()
            try:
                review = rules.new_review(str(review_id), plan_of(plan), day, self._today())
            except InvalidInput as err:
                raise _invalid(err) from None
            assert review.review_date is not None
            found = PlanReview(
                id=review_id, client_id=plan.client_id, plan_id=plan.id, review_date=review.review_date, status="draft",
                ratings=[_rating_json(r) for r in review.ratings], wellbeing=None, notes="")
            self._recorder(session).create(found)
            session.flush()
            return _view(found)

    def open(self, review_id: uuid.UUID) -> ReviewView:
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, review_id)
            self._log(session, "view", found)
            return _view(found)

    def for_client(self, client_id: uuid.UUID) -> list[ReviewView]:
        """The client's reviews, newest first (not logged, like other lists)."""
        with storage_errors(), self._db.read() as session:
            return [_view(r) for r in repo.reviews_for_client(session, client_id)]

    def draft_for_client(self, client_id: uuid.UUID) -> ReviewView | None:
        """The client's unfinished review, if any (not logged)."""
        with storage_errors(), self._db.read() as session:
            found = repo.draft_for_client(session, client_id)
            return None if found is None else _view(found)

    def set_rating(self, review_id: uuid.UUID, goal_id: str, rater: str, value: int | None) -> ReviewSaved:
        """Autosave one rating (1–5, or ``None`` to clear it) by ``'client'`` or ``'professional'``."""
        key = f"ratings/{goal_id}/{rater}"
        if value == "":
            value = None
        with storage_errors(), self._db.transaction() as session:
            found, review = self._draft(session, review_id, key)
            try:
                changed = rules.rate(review, str(goal_id), rater, value)
            except InvalidInput as err:
                raise _invalid(err) from None
            row = changed.rating_of(str(goal_id))
            assert row is not None
            old, new = review.rating_of(str(goal_id)).rating(rater), row.rating(rater)  # type: ignore[union-attr]
            if old != new:
                found.ratings = [_rating_json(r) for r in changed.ratings]  # a new list, so the JSON is written
                self._changed(session, found, key, old, new)
            session.flush()
            return self._saved(found, key, new)

    def set_field(self, review_id: uuid.UUID, key: str, raw: Any) -> ReviewSaved:
        """Autosave ``wellbeing`` (1–5 or ``None``), ``notes`` (text) or ``review_date`` (a date
        or ISO text; required, not before the plan was agreed, not in the future)."""
        if key not in FIELDS:
            raise ValidationError([Issue(key, "field.choice")])
        with storage_errors(), self._db.transaction() as session:
            found, review = self._draft(session, review_id, key)
            try:
                if key == "review_date":
                    day = date_input(key, raw, required=True)
                    changed = rules.edit(review, self._agreed_on(session, found), self._today(), review_date=day)
                    old, new = found.review_date, changed.review_date
                    if old != new:
                        assert new is not None
                        found.review_date = new
                        self._changed(session, found, key, old.isoformat(), new.isoformat())
                    session.flush()
                    return self._saved(found, key, new)
                value = None if isinstance(raw, str) and not raw.strip() and key == "wellbeing" else raw
                changed = rules.edit(review, None, self._today(), **{key: value})
            except InvalidInput as err:
                raise _invalid(err) from None
            if key == "wellbeing":
                old, new = found.wellbeing, changed.wellbeing
                if old != new:
                    found.wellbeing = new
                    self._changed(session, found, key, old, new)
            else:
                old, new = found.notes or None, changed.notes
                if old != new:
                    found.notes = new or ""
                    self._changed(session, found, key, old, new)
            session.flush()
            return self._saved(found, key, new)

    def complete(self, review_id: uuid.UUID) -> ReviewView:
        """Lock the draft; ``ValidationError`` lists everything still missing. Completing a
        completed review changes nothing."""
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, review_id)
            if found.status != "draft":
                return _view(found)
            missing = rules.missing_for_completion(review_of(found))
            if missing:
                raise ValidationError(missing)
            found.status = "completed"
            found.completed_at = utc_now()
            found.completed_by = self._actor.user_id
            self._changed(session, found, "status", "draft", "completed")
            session.flush()
            return _view(found)

    def history(self, review_id: uuid.UUID) -> list[ReviewChangeView]:
        """Every change of the review, oldest first (logged as a view of its history)."""
        with storage_errors(), self._db.transaction() as session:
            found = self._get(session, review_id)
            self._log(session, "view", found, ("history",))
            return [ReviewChangeView(c.field_key, c.old_value, c.new_value, c.changed_at, c.changed_by_name)
                    for c in repo.review_changes(session, review_id)]

    def attainment_changes(self) -> dict[uuid.UUID, float | None]:
        """Change in goal attainment per client with completed reviews, for the organisation view.

        Per client: ``domain.reviews.attainment_change`` over the completed reviews (first →
        latest by review date; per rater the mean of latest − first over the goals that rater
        rated in both), then ``overall``: the mean of the client's and the professional's
        change, or the one there is. ``None`` while a client has one completed review, or no
        goal rated in both. Clients without completed reviews are left out. One query; one
        access-log entry for the view.
        """
        with storage_errors(), self._db.transaction() as session:
            changes = attainment_changes_in(session)
            record_listing(session, self._actor, OVERVIEW_RECORD_TYPE, changes, action="view",
                           fields=("attainment",))
            return changes


def attainment_changes_in(session: Session) -> dict[uuid.UUID, float | None]:
    """``ReviewService.attainment_changes`` inside the caller's transaction (one query, not
    logged: the caller's view logs itself), for a service that builds the organisation view."""
    by_client: dict[uuid.UUID, list[rules.Review]] = {}
    for row in repo.completed_review_rows(session):
        by_client.setdefault(row.client_id, []).append(
            _review(row.id, row.plan_id, "completed", row.review_date, row.ratings))
    return {client_id: rules.attainment_change(reviews).overall for client_id, reviews in by_client.items()}

