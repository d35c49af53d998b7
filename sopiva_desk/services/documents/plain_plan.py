"""The plain-language plan for the client: "Minun suunnitelmani" / "Min plan".

A version of the client plan that the client can follow with support (docs/plain-language.md):
15 pt text with generous spacing, one sentence per line, questions as headings, the reader
addressed as "sinä"/"du", a picture column on the left (each goal's own pictogram beside the
goal in the client's own words), dates written out with the weekday. It leaves out everything
the client does not need to act on: the identity code, arranging methods, service codes,
prices, legal references. Every word comes from ``resources/documents/plain_plan.toml``.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from sopiva_desk.domain.plans import Goal, RoleEntry, Support
from sopiva_desk.services.documents.base import GatherContext, Source, client_header, meta_for
from sopiva_desk.services.documents.fonts import BOLD, REGULAR
from sopiva_desk.services.documents.layout import (
    INK,
    MARGIN_X,
    PAGE_WIDTH,
    RULE,
    Styles,
    format_day,
    markup,
)
from sopiva_desk.services.documents.pictogram_flowable import Pictogram
from sopiva_desk.services.documents.texts import Texts
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.plan_base import RECORD_TYPE
from sopiva_desk.services.plan_content import plan_of
from sopiva_desk.store.repositories import clients as client_repo
from sopiva_desk.store.repositories import plans as plan_repo

KIND = "plain_plan"
PREFIX = "OMA"  # "oma suunnitelma"

# The picture column: pictures on the left, all text in one column on the right, so the eye
# always finds the words in the same place (and the line stays short, ~45 characters).
GOAL_PICTURE = 30 * mm
SECTION_PICTURE = 20 * mm
LONG_GOAL = 300  # characters: a longer goal is set below its picture, in body text
GUTTER = 6 * mm
TEXT_X = GOAL_PICTURE + GUTTER
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X - TEXT_X

# Pictograms of the sections (OpenMoji hexcodes of the curated catalogue).
PICTURE_PLAN = "1F4CB"
PICTURE_MEETING = "1F91D"  # a handshake: "we made it together"
PICTURE_GOALS = "1F3AF"
PICTURE_PEOPLE = "1F465"
PICTURE_NEXT = "1F4C5"
PICTURE_PHONE = "1F4F1"
PICTURE_SIGN = "270D"
PERSON_PICTURE = 16 * mm
# A picture for each person in "who helps you", by their role in the role map.
ROLE_PICTURES = {"own_worker": "1F9D1-200D-1F4BC", "hb_coordinator": "1F9D1-200D-1F4BC",
                 "decision_maker": "1F9D1-200D-1F4BC", "close_person": "1F46A", "hb_assistant": "E083",
                 "provider": "E083", "supporter": "1FAC2", "other": "1F465"}
CLIENT_RELATIONS = {"asiakas", "klient", "client", "minä", "jag", "itse"}


@dataclass(frozen=True)
class PlainPlan:
    """What the plain-language plan shows, read from the store."""

    first_name: str
    full_name: str
    state: str  # draft, agreed, superseded
    made_on: date | None
    meeting_place: str | None
    participants: tuple[tuple[str, str], ...]  # (name, relation)
    goals: tuple[Goal, ...]
    role_map: tuple[RoleEntry, ...]
    review_date: date | None
    own_worker: str
    organisation_name: str
    organisation_unit: str
    phone: str


class PlainPlanSpec:
    kind = KIND
    record_type = RECORD_TYPE
    plain = True

    def gather(self, ctx: GatherContext, session: Session, record_id: uuid.UUID, language: str | None) -> Source:
        found = plan_repo.get_plan(session, record_id)
        if found is None:
            raise RecordGoneError()
        header = client_header(session, found.client_id)
        client = client_repo.get_client(session, found.client_id)
        plan = plan_of(found)
        meta, texts = meta_for(ctx, KIND, lambda t: t("title"), PREFIX, found.id, header, language,
                               version=found.version_no, document_date=plan.agreed_on or plan.meeting_date,
                               plain=True)
        # The own worker of this plan (the role map), else the client's own worker.
        own_worker = next((e.name for e in plan.role_map if e.role == "own_worker" and e.name), None)
        first_names = (client.first_names if client is not None else header.name).split()
        data = PlainPlan(
            first_name=first_names[0] if first_names else "", full_name=header.name, state=found.status,
            made_on=plan.meeting_date or plan.agreed_on, meeting_place=plan.meeting_place,
            participants=tuple((p.name or "", p.relation or "") for p in plan.participants if p.name),
            goals=plan.goals, role_map=plan.role_map, review_date=plan.review_date,
            own_worker=own_worker or header.own_worker,
            organisation_name=ctx.organisation.words("name", texts.language),
            organisation_unit=ctx.organisation.words("unit", texts.language), phone=ctx.organisation.phone)
        return Source(meta, found.client_id, found.id, data)

    def story(self, source: Source, styles: Styles, texts: Texts) -> list[Flowable]:
        return _Story(source.data, styles, texts).build()


SPEC = PlainPlanSpec()


# -- words ----------------------------------------------------------------------------------


def day_in_words(day: date, texts: Texts) -> str:
    """"torstaina 20.5.2027" / "torsdagen den 20.5.2027": the weekday anchors the date. The
    spaces do not break, so the weekday and the date stay on one line."""
    words = texts("day_with_weekday", weekday=texts(f"weekday_{day.weekday()}"), date=format_day(day))
    return words.replace(" ", "\u00a0")


def domestic_phone(phone: str) -> str:
    """"+358 15 000 0000" → "015 000 0000": the number as it is dialled in Finland, the way
    the reader sees numbers written every day."""
    text = " ".join(phone.split())
    if text.startswith("+358"):
        rest = text[4:].lstrip(" (")
        rest = rest[1:].lstrip() if rest.startswith("0)") else rest
        return "0" + rest if rest and rest[0].isdigit() else text
    return text


def month_in_words(day: date, texts: Texts) -> str:
    """"Toukokuussa 2027." / "I maj 2027.": a target is a month, not a deadline to the day."""
    return texts("target_when", month=texts(f"month_{day.month}"), year=day.year)


def _same_person(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def helper_lines(goal: Goal, role_map: Sequence[RoleEntry], texts: Texts) -> list[tuple[str, str]]:
    """(who, what) for each support of ``goal``: the provider by name and what they do (the
    support's description, else their first task in the role map). Never the arranging method,
    service code or price: those are the office's business, not the client's."""
    lines: list[tuple[str, str]] = []
    for support in goal.supports:
        who = _helper_name(support, texts)
        what = support.description or ""
        if not what and support.provider_name:
            tasks = next((e.tasks for e in role_map if e.name and _same_person(e.name, support.provider_name)), ())
            what = tasks[0] if tasks else ""
        if (who, what) not in lines and (who or what):
            lines.append((who, what))
    return lines


def _helper_name(support: Support, texts: Texts) -> str:
    if support.provider_kind == "client":
        return texts("helper_you")
    if support.provider_name:
        return support.provider_name
    return texts(f"provider_{support.provider_kind}") if support.provider_kind else ""


# -- the story ------------------------------------------------------------------------------


class _Story:
    def __init__(self, data: PlainPlan, styles: Styles, texts: Texts) -> None:
        self.data, self.styles, self.t = data, styles, texts
        size = styles.size
        # Plain text never breaks a word: no hyphenation, no splitting of long words.
        plain = {"hyphenationLang": "", "embeddedHyphenation": 0, "splitLongWords": 0}
        self.body = ParagraphStyle("pp_body", parent=styles.body, leftIndent=TEXT_X, **plain)
        self.question = ParagraphStyle("pp_question", parent=styles.h2, leftIndent=TEXT_X, spaceBefore=size * 0.9,
                                       **plain)
        self.item = ParagraphStyle("pp_item", parent=self.body, leftIndent=TEXT_X + size * 1.3,
                                   bulletIndent=TEXT_X + size * 0.2, spaceAfter=size * 0.35,
                                   bulletFontName=REGULAR, bulletFontSize=size)  # reportlab's default: 10 pt
        self.name = ParagraphStyle("pp_name", parent=styles.body, fontName=BOLD, spaceBefore=0, spaceAfter=0,
                                   **plain)
        self.side = ParagraphStyle("pp_side", parent=styles.h1, spaceBefore=0, spaceAfter=0, leftIndent=0, **plain)
        self.goal_words = ParagraphStyle("pp_goal", parent=styles.h1, fontSize=size * 1.4, leading=size * 1.85,
                                         spaceBefore=0, spaceAfter=0, **plain)
        self.goal_number = ParagraphStyle("pp_goal_no", parent=styles.body, spaceAfter=size * 0.2, **plain)
        self.title = ParagraphStyle("pp_title", parent=styles.title, **plain)

    def build(self) -> list[Flowable]:
        story = self._opening()
        story += self._meeting()
        story += self._goals()
        story += self._people()
        story += self._next()
        story += self._contact()
        story.append(self._signature())
        story += self._credit()
        return story

    # -- pieces --

    def _lines(self, *texts: str, style: ParagraphStyle | None = None) -> list[Flowable]:
        """One paragraph per sentence: each thing starts on a line of its own."""
        return [Paragraph(markup(text), style or self.body) for text in texts if text]

    def _section(self, picture: str, title: str) -> Flowable:
        """A section heading (a question) with its pictogram in the picture column."""
        return self._beside(picture, Paragraph(markup(title), self.side), SECTION_PICTURE)

    def _beside(self, picture: str | None, words: Flowable | list[Flowable], size: float) -> Flowable:
        """A pictogram in the picture column, ``words`` beside it in the text column."""
        row = Table([[Pictogram(picture, size), words]], colWidths=[TEXT_X, TEXT_WIDTH], hAlign="LEFT")
        row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return row

    def _gap(self, factor: float = 1.0) -> Spacer:
        return Spacer(1, self.styles.size * factor)

    def _rule(self) -> Flowable:
        """A quiet line between goals, so each goal reads as one block."""
        line = Table([[""]], colWidths=[PAGE_WIDTH - 2 * MARGIN_X], rowHeights=[1],
                     style=TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.8, RULE)]))
        return line

    # -- sections --

    def _opening(self) -> list[Flowable]:
        d, t = self.data, self.t
        story: list[Flowable] = [Paragraph(markup(t("title")), self.title)]
        greeting = t("greeting", name=d.first_name) if d.first_name else t("title")
        story += [self._section(PICTURE_PLAN, greeting), *self._lines(t("intro_1"), t("intro_2"), t("intro_3"))]
        if d.state in ("draft", "superseded"):
            note = ParagraphStyle("pp_note", parent=self.body, fontName=BOLD, borderColor=INK,
                                  borderWidth=1, borderPadding=(8, 8, 8, 8), leftIndent=TEXT_X + 8,
                                  rightIndent=8, spaceBefore=16, spaceAfter=20)
            story.append(Paragraph(markup(t(f"state_{d.state}")), note))
        return story

    def _meeting(self) -> list[Flowable]:
        d, t = self.data, self.t
        if d.made_on is None and not d.participants:
            return []
        story: list[Flowable] = [self._gap(), self._section(PICTURE_MEETING, t("made_heading"))]
        if d.made_on is not None:
            story += self._lines(t("made_on", day=day_in_words(d.made_on, t)))
        if d.meeting_place:
            story += self._lines(t("made_at", place=d.meeting_place))
        if d.participants:
            story.append(Paragraph(markup(t("who_was_there")), self.question))
            story += [Paragraph(markup(self._participant(name, relation)), self.item, bulletText="•")
                      for name, relation in d.participants]
        return story

    def _participant(self, name: str, relation: str) -> str:
        t = self.t
        if _same_person(name, self.data.full_name) or relation.casefold().strip() in CLIENT_RELATIONS:
            return t("you")
        return t("person_with_relation", name=name, relation=relation) if relation else name

    def _goals(self) -> list[Flowable]:
        d, t = self.data, self.t
        heading: list[Flowable] = [self._gap(1.5), self._section(PICTURE_GOALS, t("goals_heading"))]
        if not d.goals:
            return [*heading, *self._lines(t("no_goals"))]
        # The heading goes with the first goal: never alone at the foot of a page.
        return [KeepTogether((heading if number == 1 else []) + self._goal(number, goal))
                for number, goal in enumerate(d.goals, start=1)]

    def _goal(self, number: int, goal: Goal) -> list[Flowable]:
        t = self.t
        label = Paragraph(markup(t("goal_number", number=number)), self.goal_number)
        words = goal.client_words or t("goal_no_words")
        block: list[Flowable] = [self._gap(0.8), self._rule(), self._gap(0.8)]
        if len(words) <= LONG_GOAL:
            block.append(self._beside(goal.pictogram, [label, Paragraph(markup(words), self.goal_words)],
                                      GOAL_PICTURE))
        else:
            # A long goal would not fit one table cell (cells never split across pages): the
            # words go below the picture, in the text column, where they may continue.
            block += [self._beside(goal.pictogram, label, GOAL_PICTURE),
                      Paragraph(markup(words), ParagraphStyle("pp_goal_long", parent=self.body, fontName=BOLD))]
        if goal.indicator:
            block.append(Paragraph(markup(t("indicator_heading")), self.question))
            block += self._lines(goal.indicator)
        if goal.target_date is not None:
            block.append(Paragraph(markup(t("target_heading")), self.question))
            block += self._lines(month_in_words(goal.target_date, t))
        helpers = helper_lines(goal, self.data.role_map, t)
        if helpers:
            block.append(Paragraph(markup(t("helpers_heading")), self.question))
            block += [Paragraph(self._helper(who, what), self.item, bulletText="•") for who, what in helpers]
        return block

    def _helper(self, who: str, what: str) -> str:
        if who and what:
            return f"<b>{markup(who)}</b>{markup(self.t('helper_joint'))}{markup(what)}"
        return f"<b>{markup(who)}</b>" if who else markup(what)

    def _people(self) -> list[Flowable]:
        t = self.t
        people = [e for e in self.data.role_map if e.role != "client" and e.name]
        if not people:
            return []
        heading: list[Flowable] = [self._gap(1.5), self._section(PICTURE_PEOPLE, t("people_heading")),
                                   *self._lines(t("people_intro"))]
        story: list[Flowable] = []
        for index, entry in enumerate(people):
            label = self._role_label(entry)
            name = f"<b>{markup(entry.name)}</b>" + (markup(t("person_joint") + label) if label else "")
            person: list[Flowable] = heading if index == 0 else []
            person += [self._gap(0.6), self._beside(ROLE_PICTURES.get(entry.role or "other", PICTURE_PEOPLE),
                                                     Paragraph(name, self.name), PERSON_PICTURE)]
            person += [Paragraph(markup(task), self.item, bulletText="•") for task in entry.tasks]
            story.append(KeepTogether(person))
        return story

    def _role_label(self, entry: RoleEntry) -> str:
        if entry.role == "close_person" and entry.relation:
            return entry.relation
        return self.t(f"role_{entry.role}") if entry.role else ""

    def _next(self) -> list[Flowable]:
        d, t = self.data, self.t
        story: list[Flowable] = [self._gap(1.5), self._section(PICTURE_NEXT, t("next_heading"))]
        if d.review_date is not None:
            story += self._lines(t("review_on", day=day_in_words(d.review_date, t)), t("review_talk"))
        else:
            story += self._lines(t("review_none"))
        story += self._lines(t("change_ok"))
        return [KeepTogether(story)]

    def _contact(self) -> list[Flowable]:
        d, t = self.data, self.t
        story: list[Flowable] = [self._gap(1.5), self._section(PICTURE_PHONE, t("contact_heading"))]
        if d.own_worker:
            story += self._lines(t("contact_worker", name=d.own_worker))
        story += self._lines(t("contact_when"))
        if d.phone:
            number = ParagraphStyle("pp_phone", parent=self.body, fontName=BOLD, fontSize=self.styles.size * 1.3,
                                    leading=self.styles.size * 1.8)
            story += self._lines(t("contact_phone"))
            story.append(Paragraph(markup(domestic_phone(d.phone)), number))
        place = ", ".join(part for part in (d.organisation_name, d.organisation_unit) if part)
        story += self._lines(place)
        return [KeepTogether(story)]

    def _signature(self) -> Flowable:
        t = self.t
        line_width = TEXT_WIDTH - 10 * mm

        def writing_line(label: str) -> list[Flowable]:
            return [Spacer(1, 16 * mm),
                    Table([[""]], colWidths=[line_width], rowHeights=[1], hAlign="LEFT",
                          style=TableStyle([("LINEABOVE", (0, 0), (-1, -1), 1.2, INK),
                                            ("LEFTPADDING", (0, 0), (-1, -1), 0)])),
                    Paragraph(markup(label), self.styles.body)]

        column = [*self._lines(t("signature_text"), t("signature_write"), style=self.styles.body),
                  *writing_line(t("signature_name")), *writing_line(t("signature_date"))]
        body = Table([["", column]], colWidths=[TEXT_X, TEXT_WIDTH], hAlign="LEFT")
        body.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return KeepTogether([self._gap(1.5), self._section(PICTURE_SIGN, t("signature_heading")), body])

    def _credit(self) -> list[Flowable]:
        """The OpenMoji credit CC BY-SA 4.0 asks for wherever the pictures are printed
        (docs/pictograms.md); small, at the very end, out of the reader's way."""
        from sopiva_desk.services.pictograms import attribution

        credit = attribution()
        text = self.t("pictures_credit", text=credit.text, url=credit.license_url)
        return [self._gap(2), Paragraph(markup(text), self.styles.small)]
