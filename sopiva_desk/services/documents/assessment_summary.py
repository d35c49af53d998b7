"""The needs assessment summary (palvelutarpeen arvion yhteenveto) of one assessment version.

A summary, not a dump of the form: the basic data; the sections before the life domains
(how the matter started, how the assessment was done and who took part); the conclusions
framed, straight after them; one table of the ratings of every life domain; then each life
domain's written answers, the rest of the template in its order, and signature lines.

Everything the template says comes from the template version the assessment was made with,
in the document's language: section titles, field labels and option words. Fields that skip
logic hides are left out; a visible field without an answer prints a dash. Life domains are
found as the template builds them: sections sharing one group of fields (docs/templates.md).
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer
from sqlalchemy.orm import Session

from sopiva_desk.domain import templates as rules
from sopiva_desk.domain.templates import Field, Section, Template
from sopiva_desk.services.documents.base import GatherContext, Source, client_header, meta_for
from sopiva_desk.services.documents.layout import (
    INK,
    MARGIN_X,
    PAGE_WIDTH,
    Styles,
    field_grid,
    field_table,
    format_day,
    grid_table,
    heading,
    notice,
    para,
    signature_block,
)
from sopiva_desk.services.documents.texts import Texts
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.templates import TemplateLibrary
from sopiva_desk.store.repositories import assessments as repo

PREFIX = "PTA"
WIDTH = PAGE_WIDTH - 2 * MARGIN_X
# The section a reader looks for first; shown framed, right after how the assessment was done.
PROMINENT = ("conclusions",)
RATING_TYPES = ("single_choice", "scale")  # a life domain's ratings go to the overview table


@dataclass(frozen=True)
class AssessmentData:
    client_name: str
    client_identity: str
    identity_label: str  # identity, or temporary_id when the client has no identity code yet
    own_worker: str
    recorder: str
    version: int
    status: str  # draft, completed, superseded
    started_on: date
    completed_on: date | None
    amend_reason: str
    visit_way: str | None
    visit_day: date | None
    template: Template
    answers: dict[str, Any]


class AssessmentSummary:
    kind = "assessment_summary"
    record_type = "assessment"
    plain = False

    def gather(self, ctx: GatherContext, session: Session, record_id: uuid.UUID, language: str | None) -> Source:
        found = repo.get_assessment(session, record_id)
        if found is None:
            raise RecordGoneError()
        library = ctx.templates if ctx.templates is not None else TemplateLibrary()
        template = library.get(found.template_id, found.template_version)  # the version it was made with
        if template is None:
            raise RecordGoneError()
        header = client_header(session, found.client_id)
        visit = repo.get_visit(session, found.visit_id) if found.visit_id is not None else None
        started = found.created_at.astimezone().date()  # the counsellor's day, not UTC's
        completed = found.completed_at.astimezone().date() if found.completed_at is not None else None
        draft = found.status == "draft"
        meta, texts = meta_for(ctx, self.kind, lambda t: t("title_draft" if draft else "title"), PREFIX, found.id,
                               header, language, version=found.version_no, document_date=completed or started)
        if draft:  # across every page, so no page of a draft passes for the summary
            meta = replace(meta, watermark=texts("watermark"))
        data = AssessmentData(
            client_name=header.name, client_identity=header.identity,
            identity_label=header.identity_key,
            own_worker=header.own_worker, recorder=ctx.actor.user_name, version=found.version_no,
            status=found.status, started_on=started, completed_on=completed, amend_reason=found.amend_reason or "",
            visit_way=visit.way if visit is not None else None,
            visit_day=visit.starts_at.astimezone().date() if visit is not None else None,
            template=template, answers=dict(found.answers or {}))
        return Source(meta, found.client_id, found.id, data)

    def story(self, source: Source, styles: Styles, texts: Texts) -> list[Flowable]:
        data: AssessmentData = source.data
        template, language = data.template, texts.language
        story: list[Flowable] = [
            para(texts("title"), styles.title),
            para(texts("template_line", title=template.title.get(language), template=template.id,
                       version=template.version), styles.small)]
        if data.status in ("draft", "superseded"):
            story += [Spacer(1, 2 * mm), notice(texts(f"{data.status}_banner"), styles)]
        story += [heading(texts("basics"), styles.h1),
                  field_grid(_basics(data, texts), styles, texts, label_width=36 * mm)]
        if data.amend_reason:
            story.append(field_table([(texts("amend_reason"), data.amend_reason)], styles, texts))

        domains = _life_domains(template)
        first_domain = next((i for i, s in enumerate(template.sections) if s.id in domains), len(template.sections))
        before = [s for s in template.sections[:first_domain] if s.id not in PROMINENT]
        after = [s for s in template.sections[first_domain:] if s.id not in domains and s.id not in PROMINENT]
        for section in before:
            story += _section(section, data.answers, styles, texts)
        for section in template.sections:
            if section.id in PROMINENT:
                story += _section(section, data.answers, styles, texts, framed=True)
        if domains:
            story += _life_domain_part(template, domains, data.answers, styles, texts)
        for section in after:
            story += _section(section, data.answers, styles, texts)
        if data.status != "draft":  # nobody signs a draft
            signers = [(texts("signature_client"), data.client_name),
                       (texts("signature_worker"), data.own_worker or data.recorder)]
            story.append(signature_block(texts, styles, signers))
        return story


# -- values in words ------------------------------------------------------------------------


def _option_word(spec: Field, value: Any, language: str) -> str:
    for option in spec.options:
        if option.value == value:
            return option.label.get(language)
    return str(value)  # a value the template no longer lists: still shown, never hidden


def _number(spec: Field, value: Any) -> str:
    """Finnish and Swedish write decimals with a comma."""
    text = f"{float(value):.{spec.decimals}f}" if spec.decimals else str(int(value))
    return text.replace(".", ",").replace("-", "\u2212")


def value_words(spec: Field, value: Any, texts: Texts) -> str | None:
    """An answer as the document prints it (``None``: unanswered, printed as a dash)."""
    if not rules.is_answered(value):
        return None
    language = texts.language
    if spec.type in ("single_choice", "scale"):
        return _option_word(spec, value, language)
    if spec.type == "multiple_choice":
        return ", ".join(_option_word(spec, v, language) for v in (value if isinstance(value, list) else [value]))
    if spec.type == "yes_no":
        return texts("yes") if value is True else texts("no")
    if spec.type == "date":
        try:
            return format_day(date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    if spec.type == "number":
        try:
            return _number(spec, value)
        except (TypeError, ValueError):
            return str(value)
    return str(value)


# -- parts of the summary -------------------------------------------------------------------


def _basics(data: AssessmentData, texts: Texts) -> list[tuple[str, str | None]]:
    rows: list[tuple[str, str | None]] = [(texts("client"), data.client_name),
                                          (texts(data.identity_label), data.client_identity or None),
                                          (texts("state"), texts(f"state_{data.status}")),
                                          (texts("version"), str(data.version)),
                                          (texts("started_on"), format_day(data.started_on)),
                                          (texts("completed_on"), format_day(data.completed_on))]
    if data.visit_way is not None:
        rows.append((texts("visit"), texts("visit_line", way=texts(f"way_{data.visit_way}"),
                                            date=format_day(data.visit_day))))
    if data.own_worker:
        rows.append((texts("own_worker"), data.own_worker))
    return rows


def _shown(fields: tuple[Field, ...] | list[Field], answers: dict[str, Any]) -> list[Field]:
    """The fields skip logic shows for these answers."""
    return [f for f in fields if f.visible_if is None or f.visible_if.holds(answers)]


def _rows(fields: list[Field], answers: dict[str, Any], texts: Texts) -> list[tuple[str, str | None]]:
    return [(f.label.get(texts.language), value_words(f, answers.get(f.key), texts)) for f in fields]


def _loose_heading(text: str, styles: Styles) -> list[Flowable]:
    """A heading that needs only room for a few rows under it: the table after it may split
    over pages (the h1 style would pull a long table whole onto the next page, leaving a gap)."""
    return [CondPageBreak(35 * mm), heading(text, styles.h1.clone("h1_loose", keepWithNext=0))]


def _section(section: Section, answers: dict[str, Any], styles: Styles, texts: Texts,
             framed: bool = False) -> list[Flowable]:
    story = _loose_heading(section.title.get(texts.language), styles)
    fields = _shown(section.fields, answers)
    if not any(rules.is_answered(answers.get(f.key)) for f in fields):
        return [*story, para(texts("nothing_recorded"), styles.body)]
    table = field_table(_rows(fields, answers, texts), styles, texts, label_width=58 * mm)
    if framed:  # the conclusions: a heavier frame, so the eye finds them first
        table.setStyle([("BOX", (0, 0), (-1, -1), 1.4, INK)])
    return [*story, table]


def _life_domains(template: Template) -> set[str]:
    """Sections built from one shared group of fields (the life domains): the same field ids."""
    shapes = Counter(tuple(f.id for f in s.fields) for s in template.sections if s.fields)
    return {s.id for s in template.sections if s.fields and shapes[tuple(f.id for f in s.fields)] > 1}


def _life_domain_part(template: Template, domains: set[str], answers: dict[str, Any], styles: Styles,
                      texts: Texts) -> list[Flowable]:
    """One table of every domain's ratings, then each domain's written answers; domains with
    nothing written are named in one line instead of a table of dashes each."""
    language = texts.language
    sections = [s for s in template.sections if s.id in domains]
    ratings = [f.id for f in sections[0].fields if f.type in RATING_TYPES]
    header = [texts("life_domain"), *(f.label.get(language) for f in sections[0].fields if f.id in ratings)]
    rows = []
    for section in sections:
        by_id = {f.id: f for f in _shown(section.fields, answers)}
        rows.append([section.title.get(language), *(value_words(by_id[r], answers.get(by_id[r].key), texts)
                                                     if r in by_id else "" for r in ratings)])
    first = 0.34 if ratings else 1.0
    widths = [WIDTH * first] + [WIDTH * (1 - first) / len(ratings)] * len(ratings) if ratings else [WIDTH]
    story: list[Flowable] = [heading(texts("overview"), styles.h1),
                             grid_table(header, [[c or texts("none") for c in row] for row in rows], styles, widths),
                             *_loose_heading(texts("details"), styles)]
    h2 = styles.h2.clone("h2_loose", keepWithNext=0)
    silent = []
    for section in sections:
        written = [f for f in _shown(section.fields, answers) if f.id not in ratings]
        if not any(rules.is_answered(answers.get(f.key)) for f in written):
            silent.append(section.title.get(language))
            continue
        story += [CondPageBreak(30 * mm), heading(section.title.get(language), h2),
                  field_table(_rows(written, answers, texts), styles, texts, label_width=58 * mm)]
    if silent:
        story += [Spacer(1, 2 * mm), para(f"{texts('no_text')}: {', '.join(silent)}.", styles.body)]
    return story


SPEC = AssessmentSummary()
