"""The official client plan (asiakassuunnitelma / klientplan) of one plan version.

Follows the Sosmeta disability-services client plan (../shared/DOMAIN.md) in its order:
meeting, communication and the client's will, situation by life domain, services, support
needs, strengths, goals with their supports, role map, the personal budget when there is one,
self-determination, differing views beside the client's own, the explanation of rights,
review and signatures. Every section prints even when empty (a dash or a sentence saying
nothing was recorded), so a reader can tell "not recorded" from "left out". A draft says so
in a frame at the top and across every page.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from decimal import Decimal

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from sopiva_desk.domain import budget as hb
from sopiva_desk.domain import plans as rules
from sopiva_desk.domain.money import format_cents, format_quantity
from sopiva_desk.services.budget_content import budget_of
from sopiva_desk.services.documents.base import (
    ClientHeader,
    GatherContext,
    Source,
    client_header,
    document_id,
    meta_for,
)
from sopiva_desk.services.documents.fonts import ITALIC
from sopiva_desk.services.documents.layout import (
    MARGIN_X,
    PAGE_WIDTH,
    RULE,
    Styles,
    amount_table,
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
from sopiva_desk.services.plan_content import plan_of
from sopiva_desk.store.repositories import plans as repo

WIDTH = PAGE_WIDTH - 2 * MARGIN_X


@dataclass(frozen=True)
class BudgetSummary:
    document_id: str  # the budget statement's ID, for the reader who wants the lines
    budget: hb.Budget
    totals: hb.BudgetTotals


@dataclass(frozen=True)
class PlanDocument:
    header: ClientHeader
    plan: rules.Plan
    own_worker: str
    service_names: dict[str, str]  # catalogue code → name in the document's language
    budget: BudgetSummary | None


def signed(cents: int, language: str) -> str:
    """A difference with its sign: "+415,20 €" over, "−80,00 €" under."""
    return ("+" if cents > 0 else "") + format_cents(cents, language)


def unit_word(texts: Texts, unit: str | None, quantity: Decimal | None) -> str:
    if not unit:
        return ""
    return texts(f"unit_{unit}_one" if quantity == 1 else f"unit_{unit}")


def _budget_for(session: Session, client_id: uuid.UUID, plan_id: uuid.UUID) -> BudgetSummary | None:
    """The plan's personal budget: the latest that is not closed, else the latest."""
    found = [b for b in repo.budgets_for_client(session, client_id) if b.plan_id == plan_id]
    if not found:
        return None
    chosen = next((b for b in found if b.state != "closed"), found[0])
    budget = budget_of(chosen)
    return BudgetSummary(document_id("HB", chosen.id), budget, hb.recompute(budget))


class ClientPlanSpec:
    kind = "client_plan"
    record_type = "client_plan"
    plain = False

    def gather(self, ctx: GatherContext, session: Session, record_id: uuid.UUID, language: str | None) -> Source:
        found = repo.get_plan(session, record_id)
        if found is None:
            raise RecordGoneError()
        plan = plan_of(found)
        header = client_header(session, found.client_id)
        day = plan.agreed_on or plan.meeting_date
        meta, texts = meta_for(ctx, self.kind, lambda t: t("title"), "ASU", found.id, header, language,
                               version=plan.version, document_date=day)
        if plan.state == "draft":
            meta = replace(meta, watermark=texts("watermark_draft"))
        names = {}
        for support in plan.supports():
            service = ctx.catalogue.service(support.service_code) if support.service_code else None
            if service is not None:
                names[service.code] = service.name(texts.language)
        own_worker = next((e.name for e in plan.role_map if e.role == "own_worker" and e.name), header.own_worker)
        data = PlanDocument(header, plan, own_worker or "", names, _budget_for(session, found.client_id, found.id))
        return Source(meta, found.client_id, found.id, data)

    def story(self, source: Source, styles: Styles, texts: Texts) -> list[Flowable]:
        return _Story(source, styles, texts).build()


class _Story:
    """The flowables of one plan, section by section (numbered, as in printed forms)."""

    def __init__(self, source: Source, styles: Styles, texts: Texts) -> None:
        self.doc: PlanDocument = source.data
        self.meta = source.meta
        self.plan = self.doc.plan
        self.s = styles
        self.t = texts
        self.lang = texts.language
        self.number = 0
        self.words = ParagraphStyle("client_words", parent=styles.body, fontName=ITALIC, fontSize=12.5,
                                    leading=16.5, spaceAfter=0)
        self.support_head = ParagraphStyle("support_head", parent=styles.label, fontSize=styles.size,
                                           leading=styles.size * 1.3, spaceBefore=6, spaceAfter=3, keepWithNext=True)
        # Section and block headings are kept with what follows by CondPageBreak, not keepWithNext:
        # keepWithNext would push a long table or text whole onto the next page, leaving a gap.
        self.h1 = ParagraphStyle("section", parent=styles.h1, keepWithNext=False)
        self.sub = ParagraphStyle("block", parent=styles.label, fontSize=styles.size, leading=styles.size * 1.3,
                                  spaceBefore=styles.size * 0.6, spaceAfter=2, keepWithNext=False)

    # -- helpers --------------------------------------------------------------------------------

    def section(self, key: str, *, room: float = 40 * mm) -> list[Flowable]:
        """A numbered section heading, on a new page when less than ``room`` is left."""
        self.number += 1
        title = heading(f"{self.number}. {self.t(key)}", self.h1)
        return [CondPageBreak(room), title] if room else [title]

    def text(self, value: str | None) -> list[Flowable]:
        """Free text as paragraphs (a blank line starts a new one), so long texts flow across pages."""
        parts = [part.strip() for part in (value or "").split("\n\n") if part.strip()]
        return [para(part, self.s.body) for part in parts] or [para(self.t("none"), self.s.body)]

    def block(self, label: str, value: str | None) -> list[Flowable]:
        """A labelled free text: the label, then the text (or a dash)."""
        return [CondPageBreak(22 * mm), para(label, self.sub), *self.text(value)]

    def money(self, cents: int) -> str:
        return format_cents(cents, self.lang)

    # -- the document ---------------------------------------------------------------------------

    def build(self) -> list[Flowable]:
        story: list[Flowable] = [para(self.t("title"), self.s.title), para(self.t("subtitle"), self.s.small),
                                 Spacer(1, 3 * mm)]
        if self.plan.state == "draft":
            story += [notice(self.t("banner_draft"), self.s), Spacer(1, 3 * mm)]
        elif self.plan.state == "superseded":
            story += [notice(self.t("banner_superseded"), self.s), Spacer(1, 3 * mm)]
        story.append(self.basics())
        for part in (self.meeting, self.communication, self.situation, self.services, self.needs, self.background,
                     self.goals, self.role_map, self.budget, self.self_determination, self.differing, self.rights):
            story += part()
        # The review date and the signatures stay together, so the signatures never stand alone.
        story.append(signature_block(self.t, self.s, [(self.t("signature_client"), self.doc.header.name),
                                                      (self.t("signature_worker"), self.doc.own_worker)],
                                     before=self.review()))
        return story

    def basics(self) -> Table:
        h, plan, t = self.doc.header, self.plan, self.t
        state = {"draft": t("state_draft"), "agreed": t("state_agreed", date=format_day(plan.agreed_on)),
                 "superseded": t("state_superseded")}[plan.state]
        return field_grid([
            (t("name"), h.name), (t(h.identity_key), h.identity),
            (t("born"), format_day(h.birth_date)), (t("address"), h.address),
            (t("own_worker"), self.doc.own_worker), (t("version"), str(plan.version)),
            (t("state"), state), (t("plan_date"), format_day(self.meta.document_date)),
        ], self.s, t)

    def meeting(self) -> list[Flowable]:
        plan, t = self.plan, self.t
        out: list[Flowable] = [*self.section("s_meeting"), field_table(
            [(t("meeting_date"), format_day(plan.meeting_date)), (t("meeting_place"), plan.meeting_place)],
            self.s, t), Spacer(1, 2 * mm)]
        if plan.participants:
            rows = [(p.name, p.relation or t("none")) for p in plan.participants]
            out.append(grid_table([t("participants"), t("relation")], rows, self.s, [WIDTH * 0.55, WIDTH * 0.45]))
        else:
            out.append(para(t("no_participants"), self.s.body))
        return out

    def communication(self) -> list[Flowable]:
        t = self.t
        return [*self.section("s_communication"), *self.block(t("communication"), self.plan.communication),
                *self.block(t("how_will_found"), self.plan.how_will_found)]

    def situation(self) -> list[Flowable]:
        t, recorded = self.t, self.plan.situation
        out: list[Flowable] = [*self.section("s_situation")]
        if not recorded:
            return [*out, para(t("situation_none"), self.s.body)]
        for domain in rules.LIFE_DOMAINS:
            if domain in recorded:
                out += self.block(t(f"domain_{domain}"), recorded[domain])
        missing = [t(f"domain_{d}") for d in rules.LIFE_DOMAINS if d not in recorded]
        if missing:
            out += [Spacer(1, 1.5 * mm), para(t("situation_unrecorded", domains=", ".join(missing)), self.s.small)]
        return out

    def services(self) -> list[Flowable]:
        return [*self.section("s_services"), *self.text(self.plan.current_services)]

    def needs(self) -> list[Flowable]:
        plan, t = self.plan, self.t
        return [*self.section("s_needs"), *self.block(t("need_client"), plan.support_need_client),
                *self.block(t("need_close_persons"), plan.support_need_close_persons),
                *self.block(t("need_professional"), plan.support_need_professional)]

    def background(self) -> list[Flowable]:
        t = self.t
        return [*self.section("s_background"), *self.block(t("strengths"), self.plan.strengths),
                *self.block(t("earlier_goals"), self.plan.earlier_goals)]

    def goals(self) -> list[Flowable]:
        out: list[Flowable] = [*self.section("s_goals")]
        if not self.plan.goals:
            return [*out, para(self.t("goals_none"), self.s.body)]
        for number, goal in enumerate(self.plan.goals, start=1):
            out += self.goal(number, goal)
        return out

    def goal(self, number: int, goal: rules.Goal) -> list[Flowable]:
        t = self.t
        title = t("goal", number=number)
        if goal.life_domain:
            title += f" · {t(f'domain_{goal.life_domain}')}"
        quote = Table([[para(t("client_words"), self.s.small)],
                       [Paragraph(markup(f"”{goal.client_words}”" if goal.client_words else t("none")), self.words)]],
                      colWidths=[WIDTH], hAlign="LEFT")
        quote.setStyle(TableStyle([
            ("LINEBEFORE", (0, 0), (0, -1), 2.5, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        facts = field_table([(t("indicator"), goal.indicator), (t("target_date"), format_day(goal.target_date))],
                            self.s, t)
        out: list[Flowable] = [KeepTogether([heading(title, self.s.h2), quote, Spacer(1, 2 * mm), facts])]
        if not goal.supports:
            return [*out, Spacer(1, 1.5 * mm), para(t("supports_none"), self.s.small)]
        for index, support in enumerate(goal.supports, start=1):
            out.append(self.support(f"{number}.{index}", support))
        return out

    def support(self, number: str, support: rules.Support) -> Flowable:
        t = self.t
        provider = t(f"kind_{support.provider_kind}") if support.provider_kind else ""
        if support.provider_name and support.provider_kind != "client":
            provider = f"{provider}: {support.provider_name}" if provider else support.provider_name
        service = self.doc.service_names.get(support.service_code or "", support.service_code or "")
        method = t(f"method_{support.arranging_method}") if support.arranging_method else ""
        schedule = ""
        if support.start_date is not None:
            schedule = t("from_date", date=format_day(support.start_date)) + ", "
        schedule += (t("for_months", months=support.duration_months) if support.duration_months
                     else t("until_further_notice"))
        title = f"{t('support', number=number)}: {support.description or t('none')}"
        return KeepTogether([Paragraph(markup(title), self.support_head), field_table([
            (t("provider"), provider), (t("service"), service), (t("client_proposal"), support.client_proposal),
            (t("arranging_method"), method), (t("quantity_cost"), self.cost(support)), (t("schedule"), schedule),
        ], self.s, t)])

    def cost(self, support: rules.Support) -> str:
        t, q = self.t, support.quantity
        if q is None:
            return ""
        quantity, unit = format_quantity(q, self.lang), unit_word(t, support.unit, q)
        if support.unit_price_cents is None:
            return t("price_per_decision", quantity=quantity, unit=unit).strip()
        cost = support.cost_cents or 0
        return t("cost_formula", quantity=quantity, unit=unit, price=self.money(support.unit_price_cents),
                 cost=self.money(cost)).replace("  ", " ")

    def role_map(self) -> list[Flowable]:
        t = self.t
        out: list[Flowable] = [*self.section("s_role_map")]
        if not self.plan.role_map:
            return [*out, para(t("role_map_none"), self.s.body)]
        rows = [(e.name, t(f"role_{e.role}") if e.role else "", e.relation or "",
                 "\n".join(f"• {task}" for task in e.tasks)) for e in self.plan.role_map]
        widths = [38 * mm, 36 * mm, 28 * mm, WIDTH - 102 * mm]
        out.append(grid_table([t("name"), t("role"), t("relation"), t("tasks")], rows, self.s, widths))
        return out

    def budget(self) -> list[Flowable]:
        t, summary = self.t, self.doc.budget
        out: list[Flowable] = [*self.section("s_budget")]
        if summary is None:
            return [*out, para(t("budget_none"), self.s.body)]
        budget, totals = summary.budget, summary.totals
        if budget.state == "decided":
            state = (t("budget_decided_ref", date=format_day(budget.decision_date), reference=budget.decision_reference)
                     if budget.decision_reference else t("budget_decided", date=format_day(budget.decision_date)))
        else:
            state = t(f"budget_{budget.state}")
        period = f"{format_day(budget.period_start)}–{format_day(budget.period_end)}"
        out += [field_table([(t("budget_period"), period), (t("budget_state"), state)], self.s, t),
                Spacer(1, 2 * mm),
                amount_table([(t("reference_cost"), self.money(totals.reference_cents)),
                              (t("allocation"), self.money(totals.allocation_cents)),
                              (t("difference"), signed(totals.difference_cents, self.lang))], self.s, bold_rows=(2,)),
                Spacer(1, 2 * mm)]
        if totals.cost_state == "no_allocation":
            out.append(para(t("no_allocation"), self.s.body))
        elif totals.cost_neutral:
            out.append(para(t("cost_neutral"), self.s.body))
        else:
            out += [notice(t("over_reference"), self.s, strong=False), Spacer(1, 1.5 * mm),
                    field_table([(t("justification"), budget.justification or t("justification_missing"))],
                                self.s, t)]
        out.append(para(t("budget_see", document_id=summary.document_id), self.s.small))
        return out

    def self_determination(self) -> list[Flowable]:
        return [*self.section("s_self_determination"), *self.text(self.plan.self_determination)]

    def differing(self) -> list[Flowable]:
        t = self.t
        out: list[Flowable] = [*self.section("s_differing")]
        if not self.plan.differing_views:
            return [*out, para(t("differing_none"), self.s.body)]
        rows = [(t("client_view"), self.plan.support_need_client or t("none"))]
        rows += [(v.who or t("none"), v.view or t("none")) for v in self.plan.differing_views]
        table = grid_table([t("whose_view"), t("view")], rows, self.s, [52 * mm, WIDTH - 52 * mm])
        table.setStyle(TableStyle([("BACKGROUND", (0, 1), (-1, 1), "#f6f7f9")]))
        return [*out, table]

    def rights(self) -> list[Flowable]:
        t = self.t
        explained = t("yes") if self.plan.rights_explained else t("no")
        return [*self.section("s_rights"), field_table(
            [(t("rights_explained"), explained), (t("rights_how"), self.plan.rights_explained_how)], self.s, t,
            label_width=62 * mm)]

    def review(self) -> list[Flowable]:
        day = self.plan.review_date
        text = self.t("review_text", date=format_day(day)) if day else self.t("review_none")
        return [*self.section("s_review", room=0), para(text, self.s.body)]


SPEC = ClientPlanSpec()
