"""The demo counsellor's week (part of ``demo_casework``'s story), so the Today page has content:
visits planned for today and the coming working days, one planned for yesterday and never
started, one cancelled with its reason, and two new matters with statutory deadlines: an
over-75 client's referral whose assessment must start within two working days, and an
application whose decision (three months) is overdue.

Everything goes through the services like a counsellor's clicks; only the clock is set back
where the story needs something to have happened earlier (the record itself is unchanged).
The texts are in ``resources/demo/casework.toml`` (``[today.fi]``, ``[today.sv]``).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sopiva_desk.domain.deadlines import add_months, add_working_days, is_working_day, next_working_day
from sopiva_desk.store.models import Assessment, Visit

TEMPLATE_ID = "vammaispalvelut-pta"
# The planned visits, in the order of ``planned_notes``: days from today (0 today, else the n-th
# working day ahead), time, way.
PLANNED = ((0, (10, 0), "home_visit"), (0, (13, 30), "phone"), (1, (9, 0), "home_visit"),
           (2, (14, 0), "office"), (4, (10, 30), "remote"))
ELDERLY_AGE = 76  # a client who is over 75 on any day of the story


def _working_day_ahead(today: date, n: int) -> date:
    day = today
    for _ in range(n):
        day = next_working_day(day + timedelta(days=1))
    return day


def _initiated_for_start_in(today: date, working_days_left: int) -> date:
    """The initiation day whose 7th working day is ``working_days_left`` working days from today."""
    target = add_working_days(today, working_days_left)
    day = today
    while add_working_days(day, 7) > target or not is_working_day(day):
        day -= timedelta(days=1)
    return day


def seed_week(story: Any, today: date, texts: dict[str, dict[str, Any]], *, planned: list[Any],
              spare: list[Any]) -> None:
    """Plan the week's visits with ``planned`` clients (in order: today's home visit and phone call,
    tomorrow's, two later, then yesterday's missed one and a cancelled one) and start the two
    deadline stories with clients from ``spare`` (who have no case work yet). ``texts`` are the
    ``[today.<language>]`` tables."""
    visits = story.visits
    cases = iter(planned)
    for index, ((ahead, (hour, minute), way), case) in enumerate(zip(PLANNED, cases, strict=False)):
        note = case.text(texts[case.language]["planned_notes"][index])
        visits.plan_visit(case.id, _working_day_ahead(today, ahead), f"{hour}.{minute:02d}", way, _place(case, way),
                          note, today=today)
        story.counts["visits_planned"] += 1
    missed = next(cases, None)
    if missed is not None:  # planned for the last working day and never started
        view = visits.plan_visit(missed.id, today, "12.00", "home_visit", _place(missed, "home_visit"),
                                 missed.text(texts[missed.language]["missed_note"]), today=today)
        yesterday = today - timedelta(days=1)
        while not is_working_day(yesterday):
            yesterday -= timedelta(days=1)
        story.orm.get(Visit, view.id).starts_at = story.moment(yesterday, 12)
        story.counts["visits_planned"] += 1
    cancelled = next(cases, None)
    if cancelled is not None:
        view = visits.plan_visit(cancelled.id, _working_day_ahead(today, 3), "10.00", "home_visit",
                                 _place(cancelled, "home_visit"), today=today)
        visits.cancel_visit(view.id, cancelled.text(texts[cancelled.language]["cancel_reason"]))
        story.counts["visits_cancelled"] += 1
    _referral(story, today, texts, next((c for c in spare if c.age >= ELDERLY_AGE), None))
    _application(story, today, texts, next((c for c in spare if c.age < ELDERLY_AGE), None))


def _place(case: Any, way: str) -> str:
    """The client's address for a home visit (as planning fills it in), the office for an office
    visit, nothing for a call or a video meeting."""
    if way == "home_visit":
        client = case.client
        return f"{client['street_address']}, {client['postal_code']} {client['post_office']}"
    return case.words("office") if way == "office" else ""


def _referral(story: Any, today: date, texts: dict[str, dict[str, Any]], case: Any) -> None:
    """An over-75 client referred by home care: the assessment must start within two working
    days (Social Welfare Act §36), and the visit to start it is planned for tomorrow."""
    if case is None:
        return
    words = texts[case.language]
    initiated = _initiated_for_start_in(today, 2)
    view = story.assessments.start(case.id, TEMPLATE_ID)
    for key, value in (("initiation.method", "referral"), ("initiation.reasons", case.text(words["referral_reasons"])),
                       ("initiation.date", initiated)):
        story.assessments.answer(view.id, key, value)
    record = story.orm.get(Assessment, view.id)
    record.created_at = record.updated_at = story.moment(initiated, 11)
    story.visits.plan_visit(case.id, _working_day_ahead(today, 1), "13.00", "home_visit", _place(case, "home_visit"),
                            case.text(words["referral_visit"]), today=today)
    story.counts["visits_planned"] += 1
    story.counts["assessments_draft"] += 1
    story.counts["deadlines"] += 1


def _application(story: Any, today: date, texts: dict[str, dict[str, Any]], case: Any) -> None:
    """An application received three months and a week ago: the assessment was started, but the
    decision (due within three months, Disability Services Act 675/2023) is overdue."""
    if case is None:
        return
    words = texts[case.language]
    initiated = add_months(today, -3) - timedelta(days=7)
    started = next_working_day(initiated + timedelta(days=12))
    visit, _, _ = story.visit(case, "home_visit", words["application_visit"], days_ago=(today - started).days)
    view = story.assessments.start(case.id, TEMPLATE_ID, visit.id)
    for key, value in (("initiation.method", "application"),
                       ("initiation.reasons", case.text(words["application_reasons"])),
                       ("initiation.date", initiated), ("conduct.start_date", started), ("conduct.way", "home_visit")):
        story.assessments.answer(view.id, key, value)
    story.date_as_visit(story.orm.get(Assessment, view.id), visit.id, complete=False)
    story.counts["assessments_draft"] += 1
    story.counts["deadlines"] += 1
