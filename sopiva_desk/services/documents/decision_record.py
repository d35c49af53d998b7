"""The supported decision-making record (tuetun päätöksenteon kirjaus) of one session version.

It shows how the decision was supported, in the order the session is recorded: the decision
at hand, who took part (and whom the client chose), the methods, the options with the
client's reaction and own words, the decision and how the will was found out, the client's
view with the differing views beside it, and what happens next. Value-list codes are printed
as words of the document's language from ``resources/documents/decision_record.toml``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from sopiva_desk.domain import decisions as rules
from sopiva_desk.services.documents.base import GatherContext, Source, client_header, meta_for
from sopiva_desk.services.documents.layout import (
    MARGIN_X,
    MUTED,
    PAGE_WIDTH,
    RULE,
    SHADE,
    Styles,
    bullets,
    field_grid,
    field_table,
    format_day,
    grid_table,
    heading,
    markup,
    notice,
    para,
    signature_block,
)
from sopiva_desk.services.documents.texts import Texts
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.store.repositories import assessments as visit_repo
from sopiva_desk.store.repositories import decisions as repo

PREFIX = "TP"
WIDTH = PAGE_WIDTH - 2 * MARGIN_X
DECISION_TINT = colors.HexColor("#eef1f5")


@dataclass(frozen=True)
class DecisionData:
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
    visit_way: str | None  # the visit's way code, when the session belongs to a visit
    visit_day: date | None
    content: dict[str, Any]


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


class DecisionRecord:
    kind = "decision_record"
    record_type = "decision_session"
    plain = False

    def gather(self, ctx: GatherContext, session: Session, record_id: uuid.UUID, language: str | None) -> Source:
        found = repo.get_session(session, record_id)
        if found is None:
            raise RecordGoneError()
        header = client_header(session, found.client_id)
        visit = visit_repo.get_visit(session, found.visit_id) if found.visit_id is not None else None
        started = found.created_at.astimezone().date()  # the counsellor's day, not UTC's
        completed = found.completed_at.astimezone().date() if found.completed_at is not None else None
        draft = found.status == "draft"
        meta, texts = meta_for(ctx, self.kind, lambda t: t("title_draft" if draft else "title"), PREFIX, found.id,
                               header, language, version=found.version_no, document_date=completed or started)
        if draft:  # across every page, so no page of a draft passes for the record
            meta = replace(meta, watermark=texts("watermark"))
        data = DecisionData(
            client_name=header.name, client_identity=header.identity,
            identity_label=header.identity_key, own_worker=header.own_worker,
            recorder=ctx.actor.user_name, version=found.version_no, status=found.status, started_on=started,
            completed_on=completed, amend_reason=found.amend_reason or "",
            visit_way=visit.way if visit is not None else None,
            visit_day=visit.starts_at.astimezone().date() if visit is not None else None,
            content=dict(found.content or {}))
        return Source(meta, found.client_id, found.id, data)

    def story(self, source: Source, styles: Styles, texts: Texts) -> list[Flowable]:
        data: DecisionData = source.data
        content = data.content
        story: list[Flowable] = [para(texts("title"), styles.title), para(texts("subtitle"), styles.small)]
        if data.status in ("draft", "superseded"):
            story += [Spacer(1, 2 * mm), notice(texts(f"{data.status}_banner"), styles)]
        story += [heading(texts("basics"), styles.h1),
                  field_grid(_basics(data, texts), styles, texts, label_width=36 * mm)]
        if data.amend_reason:
            story.append(field_table([(texts("amend_reason"), data.amend_reason)], styles, texts))
        story += _decision_at_hand(content, styles, texts)
        story += _who_and_how(content, styles, texts)
        story += _options(content, styles, texts)
        story += _outcome(data, styles, texts)
        story += _follow_up(content, styles, texts)
        if data.status == "draft":  # nobody signs a draft
            return story
        signers = [(texts("signature_client"), data.client_name)]
        signers += [(texts("signature_supporter"), name) for name in _chosen_supporters(content)]
        signers.append((texts("signature_worker"), data.own_worker or data.recorder))
        return [*story, signature_block(texts, styles, signers)]


# -- parts of the record --------------------------------------------------------------------


def _basics(data: DecisionData, texts: Texts) -> list[tuple[str, str | None]]:
    """Pairs for the two-column block: who, what state, when."""
    rows: list[tuple[str, str | None]] = [(texts("client"), data.client_name),
                                          (texts(data.identity_label), data.client_identity or None),
                                          (texts("state"), texts(f"state_{data.status}")),
                                          (texts("version"), str(data.version)),
                                          (texts("started_on"), format_day(data.started_on)),
                                          (texts("completed_on"), format_day(data.completed_on))]
    if data.visit_way is not None:
        rows.append((texts("visit"), texts("visit_line", way=texts(f"way_{data.visit_way}"),
                                            date=format_day(data.visit_day))))
    return rows


def _decision_at_hand(content: dict[str, Any], styles: Styles, texts: Texts) -> list[Flowable]:
    story: list[Flowable] = [heading(texts("decision_at_hand"), styles.h1)]
    rows: list[tuple[str, str | None]] = [(texts("topic"), content.get("topic")),
                                          (texts("topic_plain"), content.get("topic_plain"))]
    parts = content.get("parts") or []
    if parts:
        rows.append((texts("parts"), "\n".join(f"{n}. {part}" for n, part in enumerate(parts, start=1))))
    story.append(field_table(rows, styles, texts))
    return story


def _chosen_supporters(content: dict[str, Any]) -> list[str]:
    return [p["name"] for p in content.get("participants") or [] if p.get("role") == "supporter" and p.get("name")]


def _who_and_how(content: dict[str, Any], styles: Styles, texts: Texts) -> list[Flowable]:
    story: list[Flowable] = [heading(texts("who_and_how"), styles.h1), para(texts("client_present"), styles.body)]
    people = content.get("participants") or []
    chosen = [(p.get("name") or "", p.get("relation") or "") for p in people if p.get("role") == "supporter"]
    if chosen:
        names = ", ".join(f"{name} ({relation})" if relation else name for name, relation in chosen)
        story.append(Paragraph(f"<b>{markup(texts('chosen_supporters'))}:</b> {markup(names)}", styles.body))
    else:
        story.append(para(texts("no_chosen_supporter"), styles.body))
    story.append(heading(texts("participants"), styles.h2))
    if people:
        rows = [(p.get("name"), texts(f"role_{p['role']}") if p.get("role") else "", p.get("relation"))
                for p in people]
        story.append(grid_table([texts("name"), texts("role"), texts("relation")],
                                rows, styles, [WIDTH * 0.36, WIDTH * 0.32, WIDTH * 0.32]))
    else:
        story.append(para(texts("no_participants"), styles.body))
    methods = [texts(f"method_{code}") for code in content.get("methods") or [] if code in rules.METHODS]
    if "other" in (content.get("methods") or []) and content.get("methods_other"):
        methods[-1] = f"{texts('method_other')}: {content['methods_other']}"  # "other" is always last
    story.append(heading(texts("methods"), styles.h2))
    story += bullets(methods, styles) if methods else [para(texts("not_recorded"), styles.body)]
    story += [heading(texts("aids"), styles.h2), para(content.get("aids") or texts("not_recorded"), styles.body)]
    return story


def _options(content: dict[str, Any], styles: Styles, texts: Texts) -> list[Flowable]:
    # The table may split over pages (its header repeats), so the heading need not pull it
    # whole onto the next page; it only needs room for a few rows under it.
    loose = styles.h1.clone("h1_loose", keepWithNext=0)
    story: list[Flowable] = [CondPageBreak(40 * mm), heading(texts("options"), loose)]
    options = content.get("options") or []
    if not options:
        return [*story, para(texts("no_options"), styles.body)]
    header = [texts("option"), texts("tried"), texts("reaction"), texts("client_words")]
    rows: list[list[Flowable]] = [[para(h, styles.label) for h in header]]
    for number, option in enumerate(options, start=1):
        # The option's title in bold with its plain description under it, as the client saw it.
        title = f"<b>{number}. {markup(option.get('title') or '')}</b>"
        if option.get("plain"):
            title += f"<br/>{markup(option['plain'])}"
        reaction = option.get("reaction") if option.get("reaction") in rules.REACTIONS else "unsorted"
        words = _quoted(option.get("client_words")) or texts("none")
        rows.append([Paragraph(title, styles.value), para(texts("yes" if option.get("tried") else "no"), styles.value),
                     para(texts(f"reaction_{reaction}"), styles.value), para(words, styles.value)])
    table = Table(rows, colWidths=[WIDTH * 0.36, WIDTH * 0.11, WIDTH * 0.17, WIDTH * 0.36], repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(_GRID)
    return [*story, table]


def _quoted(text: str | None) -> str:
    """The client's own words in quotation marks, unless they were typed with them."""
    if not text:
        return ""
    return text if text[0] in "”\"“„«'" else f"”{text}”"


# The look of layout.grid_table, for cells with rich text.
_GRID = TableStyle([
    ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
    ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
])


def _outcome(data: DecisionData, styles: Styles, texts: Texts) -> list[Flowable]:
    content = data.content
    story: list[Flowable] = [heading(texts("outcome"), styles.h1), heading(texts("decision"), styles.h2)]
    decision = Table([[para(content.get("decision") or texts("not_recorded"), styles.value)]], colWidths=[WIDTH],
                     hAlign="LEFT")
    decision.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), DECISION_TINT),
                                  ("LINEBEFORE", (0, 0), (0, -1), 3, MUTED),
                                  ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    story.append(decision)
    questions = content.get("will_questions") or []
    if questions:
        story.append(heading(texts("questions"), styles.h2))
        story.append(grid_table([texts("question"), texts("answer")],
                                [(q.get("question"), q.get("answer")) for q in questions], styles,
                                [WIDTH * 0.45, WIDTH * 0.55]))
    agreement = content.get("agreement")
    rows: list[tuple[str, str | None]] = [
        (texts("how_will_found"), content.get("how_will_found")),
        (texts("agreement"), texts(f"agreement_{agreement}") if agreement in rules.AGREEMENT else None)]
    if content.get("agreement_reason"):
        key = "reason_could_not_express" if agreement == "could_not_express" else "reason_other"
        rows.append((texts(key), content["agreement_reason"]))
    differing = content.get("differing_views") or []
    if not differing:  # a line says so; the table below is for views to set side by side
        rows.append((texts("differing_views"), texts("no_differing_views")))
    story += [Spacer(1, 3 * mm), field_table(rows, styles, texts)]
    return story + _views(data, styles, texts) if differing else story


def _views(data: DecisionData, styles: Styles, texts: Texts) -> list[Flowable]:
    """The client's own view first, the others beside it (never instead of it)."""
    content = data.content
    agreement = content.get("agreement")
    own = texts(f"agreement_{agreement}") if agreement in rules.AGREEMENT else texts("not_recorded")
    if content.get("agreement_reason"):
        own += f". {content['agreement_reason']}"
    rows: list[tuple[str | None, str | None]] = [(texts("client_view_who", name=data.client_name), own)]
    rows += [(v.get("who"), v.get("view")) for v in content.get("differing_views") or []]
    return [heading(texts("views"), styles.h2), para(texts("views_note"), styles.small),
            grid_table([texts("whose_view"), texts("view")], rows, styles, [WIDTH * 0.3, WIDTH * 0.7])]


def _follow_up(content: dict[str, Any], styles: Styles, texts: Texts) -> list[Flowable]:
    wellbeing = content.get("wellbeing")
    rows: list[tuple[str, str | None]] = [
        (texts("next_steps"), content.get("next_steps")),
        (texts("follow_up_on"), format_day(_day(content.get("follow_up_on")))),
        (texts("wellbeing"), texts(f"wellbeing_{wellbeing}") if wellbeing in range(1, 6) else texts("wellbeing_none")),
    ]
    return [KeepTogether([heading(texts("follow_up"), styles.h1), field_table(rows, styles, texts)])]


SPEC = DecisionRecord()
