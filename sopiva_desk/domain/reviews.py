"""Reviews of the client plan (seuranta / uppföljning): how far each goal has been reached.

At each review the client and the professional each rate every goal of the reviewed plan on
the same five-step attainment scale, the client answers "How are things?" on the five-face
wellbeing scale, and the professional writes notes. Rules and the reasons for the scale are
in docs/budget.md ("Reviews").

A review keeps a snapshot of each goal's words, life domain and pictogram as they were when
the review started (``GoalRating``), so its ratings still read right after the plan changes.
Goals are matched across reviews (and plan versions, which keep their goals' ids) by id.

States: draft → completed. Only a draft can be changed; ``missing_for_completion`` lists
what stops completing. ``attainment_change`` compares a client's first and latest completed
reviews; ``goal_series`` and ``wellbeing_series`` are what the charts draw.

Constructors and ``rate``/``edit`` raise ``InvalidInput`` with one ``Issue``; ``Issue.field``
is ``review_date``, ``wellbeing``, ``notes``, ``state`` or ``ratings/<goal id>/<rater>``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sopiva_desk.domain.issues import Issue
from sopiva_desk.domain.money import InvalidInput, clean_text
from sopiva_desk.domain.plans import Plan

STATES = ("draft", "completed")
RATERS = ("client", "professional")
# Goal attainment, the same for both raters: 1 not yet … 5 reached (docs/budget.md, "Reviews").
ATTAINMENT_STEPS = (1, 2, 3, 4, 5)
ATTAINMENT_WORDS = {1: "not_yet", 2: "a_little", 3: "halfway", 4: "almost", 5: "reached"}
# "How are things?": the five faces of the client view, 1 very bad … 5 very good.
WELLBEING_STEPS = (1, 2, 3, 4, 5)
NOTES_MAX = 4000
ID_MAX = 64
# A review done up to six weeks before the plan's review date counts for it (done a little early);
# the follow-ups of the months before it do not.
REVIEW_EARLY_DAYS = 42


def _set(obj: object, name: str, value: Any) -> None:
    object.__setattr__(obj, name, value)


def _step(where: str, raw: Any, steps: Sequence[int]) -> int | None:
    """A scale value: an int on the scale, or ``None`` (not answered)."""
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int) or raw not in steps:
        raise InvalidInput(Issue(where, "field.range", {"min": steps[0], "max": steps[-1]}))
    return raw


def check_rating(where: str, raw: Any) -> int | None:
    return _step(where, raw, ATTAINMENT_STEPS)


def check_wellbeing(raw: Any) -> int | None:
    return _step("wellbeing", raw, WELLBEING_STEPS)


def _date(where: str, raw: Any) -> date | None:
    if raw is None:
        return None
    if isinstance(raw, datetime) or not isinstance(raw, date):
        raise InvalidInput(Issue(where, "date.format"))
    return raw


def _id(where: str, raw: Any) -> str:
    text = clean_text(where, raw, ID_MAX, one_line=True)
    if text is None:
        raise InvalidInput(Issue(where, "field.required"))
    return text


@dataclass(frozen=True, kw_only=True)
class GoalRating:
    """One goal of the reviewed plan, as it read at the review, and its two ratings."""

    goal_id: str
    client_words: str | None = None  # snapshot: the goal in the client's own words
    life_domain: str | None = None  # snapshot
    pictogram: str | None = None  # snapshot (OpenMoji hexcode)
    client: int | None = None  # the client's rating, 1–5
    professional: int | None = None  # the professional's rating, 1–5

    def __post_init__(self) -> None:
        _set(self, "goal_id", _id("goal_id", self.goal_id))
        where = f"ratings/{self.goal_id}"
        for rater in RATERS:
            _set(self, rater, check_rating(f"{where}/{rater}", getattr(self, rater)))

    def rating(self, rater: str) -> int | None:
        if rater not in RATERS:
            raise ValueError(f"rater is one of {RATERS}, not {rater!r}")
        return getattr(self, rater)  # type: ignore[no-any-return]


@dataclass(frozen=True, kw_only=True)
class Review:
    id: str
    plan_id: str
    review_date: date | None = None
    ratings: tuple[GoalRating, ...] = ()
    wellbeing: int | None = None  # "How are things?", 1 very bad … 5 very good
    notes: str | None = None
    state: str = "draft"

    def __post_init__(self) -> None:
        _set(self, "id", _id("id", self.id))
        _set(self, "plan_id", _id("plan_id", self.plan_id))
        if self.state not in STATES:
            raise InvalidInput(Issue("state", "field.choice"))
        _date("review_date", self.review_date)
        _set(self, "wellbeing", check_wellbeing(self.wellbeing))
        _set(self, "notes", clean_text("notes", self.notes, NOTES_MAX))
        ratings = tuple(self.ratings or ())
        if not all(isinstance(r, GoalRating) for r in ratings):
            raise TypeError("ratings must hold GoalRating values")
        if len({r.goal_id for r in ratings}) != len(ratings):
            raise ValueError("ratings: one row per goal")
        _set(self, "ratings", ratings)

    @property
    def locked(self) -> bool:
        return self.state != "draft"

    def goal_ids(self) -> list[str]:
        return [r.goal_id for r in self.ratings]

    def rating_of(self, goal_id: str) -> GoalRating | None:
        return next((r for r in self.ratings if r.goal_id == goal_id), None)


# -- starting and changing a review --------------------------------------------------------


def check_review_date(raw: Any, agreed_on: date | None, today: date) -> date:
    """The review date: required, not before the plan was agreed, not in the future."""
    day = _date("review_date", raw)
    if day is None:
        raise InvalidInput(Issue("review_date", "field.required"))
    if agreed_on is not None and day < agreed_on:
        raise InvalidInput(Issue("review_date", "review.before_agreement"))
    if day > today:
        raise InvalidInput(Issue("review_date", "date.future"))
    return day


def new_review(review_id: str, plan: Plan, review_date: Any, today: date) -> Review:
    """A draft review of an agreed plan, with a snapshot of each of its goals."""
    if plan.state != "agreed":
        raise InvalidInput(Issue("plan_id", "review.plan_not_agreed"))
    if not plan.goals:
        raise InvalidInput(Issue("ratings", "review.goals_missing"))
    day = check_review_date(review_date, plan.agreed_on, today)
    ratings = tuple(GoalRating(goal_id=g.id, client_words=g.client_words, life_domain=g.life_domain,
                               pictogram=g.pictogram) for g in plan.goals)
    return Review(id=review_id, plan_id=plan.id, review_date=day, ratings=ratings)


def _draft(review: Review, where: str) -> None:
    if review.locked:
        raise InvalidInput(Issue(where, "review.locked"))


def rate(review: Review, goal_id: str, rater: str, value: Any) -> Review:
    """The draft with one rating changed (``None`` clears it); the goal must be one of the
    reviewed plan's goals (those in the review's snapshot)."""
    where = f"ratings/{goal_id}/{rater}"
    _draft(review, where)
    if rater not in RATERS:
        raise InvalidInput(Issue(where, "field.choice"))
    row = review.rating_of(goal_id)
    if row is None:
        raise InvalidInput(Issue(where, "review.goal_unknown"))
    changed = replace(row, **{rater: check_rating(where, value)})
    return replace(review, ratings=tuple(changed if r.goal_id == goal_id else r for r in review.ratings))


def edit(review: Review, agreed_on: date | None, today: date, **changes: Any) -> Review:
    """The draft with ``review_date``, ``wellbeing`` or ``notes`` changed."""
    unknown = set(changes) - {"review_date", "wellbeing", "notes"}
    if unknown:
        raise ValueError(f"not a review field: {sorted(unknown)}")
    _draft(review, next(iter(changes), "state"))
    if "review_date" in changes:
        changes["review_date"] = check_review_date(changes["review_date"], agreed_on, today)
    return replace(review, **changes)


def missing_for_completion(review: Review) -> list[Issue]:
    """Everything that stops completing the review, in form order.

    The professional rates every goal. The client's ratings and wellbeing answer are asked
    for but never forced: when any is missing, the notes must say why (e.g. the client did not
    want to answer today).
    """
    issues: list[Issue] = []
    if review.review_date is None:
        issues.append(Issue("review_date", "field.required"))
    if not review.ratings:
        issues.append(Issue("ratings", "review.goals_missing"))
    for row in review.ratings:
        if row.professional is None:
            issues.append(Issue(f"ratings/{row.goal_id}/professional", "review.professional_rating_missing"))
    client_missing = review.wellbeing is None or any(row.client is None for row in review.ratings)
    if client_missing and not review.notes:
        issues.append(Issue("notes", "review.client_answer_missing"))
    return issues


def complete(review: Review) -> Review:
    """The completed (locked) review; ``InvalidInput`` with the first thing missing otherwise
    (services list them all with ``missing_for_completion``)."""
    _draft(review, "state")
    issues = missing_for_completion(review)
    if issues:
        raise InvalidInput(issues[0])
    return replace(review, state="completed")


# -- over time -----------------------------------------------------------------------------


def in_order(reviews: Iterable[Review], *, completed_only: bool = True) -> list[Review]:
    """Reviews with a date, oldest first (a stable sort keeps the caller's order on a tie)."""
    chosen = [r for r in reviews if r.review_date is not None and (r.state == "completed" or not completed_only)]
    return sorted(chosen, key=lambda r: r.review_date or date.min)


@dataclass(frozen=True)
class AttainmentChange:
    """Change from the first to the latest completed review, per rater.

    ``client`` / ``professional``: the mean of (latest − first) over the goals that rater rated
    in both reviews, on the 1–5 scale (−4 … +4); ``None`` when there is nothing to compare.
    ``goals`` counts the goals compared per rater.
    """

    client: float | None
    professional: float | None
    goals: dict[str, int]
    first: date | None
    latest: date | None

    @property
    def overall(self) -> float | None:
        """The mean of the two raters' changes (the one there is, if only one): the client's
        view weighs as much as the professional's."""
        values = [v for v in (self.client, self.professional) if v is not None]
        return sum(values) / len(values) if values else None


def attainment_change(reviews: Iterable[Review]) -> AttainmentChange:
    """First → latest completed review (by review date), mean over goals rated in both, per rater."""
    ordered = in_order(reviews)
    if len(ordered) < 2:
        only = ordered[0].review_date if ordered else None
        return AttainmentChange(None, None, {rater: 0 for rater in RATERS}, only, only)
    first, latest = ordered[0], ordered[-1]
    means: dict[str, float | None] = {}
    counts: dict[str, int] = {}
    for rater in RATERS:
        deltas = []
        for row in latest.ratings:
            before = first.rating_of(row.goal_id)
            now, then = row.rating(rater), before.rating(rater) if before is not None else None
            if now is not None and then is not None:
                deltas.append(now - then)
        counts[rater] = len(deltas)
        means[rater] = sum(deltas) / len(deltas) if deltas else None
    return AttainmentChange(means["client"], means["professional"], counts, first.review_date, latest.review_date)


@dataclass(frozen=True)
class SeriesPoint:
    day: date
    client: int | None
    professional: int | None


@dataclass(frozen=True)
class GoalSeries:
    """One goal over time; the words and pictogram are those of its latest review."""

    goal_id: str
    client_words: str | None
    pictogram: str | None
    points: tuple[SeriesPoint, ...]


def goal_series(reviews: Iterable[Review], *, completed_only: bool = True) -> list[GoalSeries]:
    """Per goal, its ratings at each review it was part of, oldest first; goals in the order
    they first appear (a goal of a newer plan version joins at its first review)."""
    ordered = in_order(reviews, completed_only=completed_only)
    order: list[str] = []
    latest: dict[str, GoalRating] = {}
    points: dict[str, list[SeriesPoint]] = {}
    for review in ordered:
        assert review.review_date is not None
        for row in review.ratings:
            if row.goal_id not in points:
                order.append(row.goal_id)
                points[row.goal_id] = []
            latest[row.goal_id] = row
            points[row.goal_id].append(SeriesPoint(review.review_date, row.client, row.professional))
    return [GoalSeries(goal_id, latest[goal_id].client_words, latest[goal_id].pictogram, tuple(points[goal_id]))
            for goal_id in order]


def wellbeing_series(reviews: Iterable[Review], *, completed_only: bool = True) -> list[tuple[date, int]]:
    """(review date, "How are things?" answer) for each review with an answer, oldest first."""
    return [(r.review_date, r.wellbeing) for r in in_order(reviews, completed_only=completed_only)
            if r.review_date is not None and r.wellbeing is not None]


def plan_review_done(review_on: date, completed_on: Iterable[date]) -> bool:
    """Whether the plan's review (due on ``review_on``) is done: a completed review of the plan
    dated at most ``REVIEW_EARLY_DAYS`` before that day, or after it."""
    earliest = review_on - timedelta(days=REVIEW_EARLY_DAYS)
    return any(day >= earliest for day in completed_on)
