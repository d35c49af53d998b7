"""The personal budget and follow-up statement (henkilökohtainen budjetti ja seuranta).

What was decided and how it is being used, on the print date: the budget lines and how each
is arranged, the reference cost and cost-neutrality (with the justification when over), the
payment commitments, every realised use, the balance per line and in total, use against the
elapsed share of the period, and the follow-up alerts in words (rules in docs/budget.md).
Figures are right-aligned in Finnish format; every total is the sum of the printed lines.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer
from sqlalchemy.orm import Session

from sopiva_desk.domain import budget as hb
from sopiva_desk.domain import budget_follow_up as follow
from sopiva_desk.domain.money import format_cents, format_quantity
from sopiva_desk.services.budget_content import budget_of, commitment_of, use_of
from sopiva_desk.services.documents.base import (
    ClientHeader,
    GatherContext,
    Source,
    client_header,
    document_id,
    meta_for,
)
from sopiva_desk.services.documents.client_plan import signed, unit_word
from sopiva_desk.services.documents.layout import (
    MARGIN_X,
    PAGE_WIDTH,
    Styles,
    amount_table,
    bullets,
    field_grid,
    field_table,
    format_day,
    grid_table,
    heading,
    notice,
    para,
)
from sopiva_desk.services.documents.texts import Texts
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.store.repositories import plans as repo

WIDTH = PAGE_WIDTH - 2 * MARGIN_X
SMALL = 8.6  # type size of the figure tables: six columns of amounts fit A4 portrait at this size


@dataclass(frozen=True)
class BudgetDocument:
    header: ClientHeader
    budget: hb.Budget
    totals: hb.BudgetTotals
    commitments: tuple[follow.PaymentCommitment, ...]
    uses: tuple[follow.RealisedUse, ...]
    follow_up: follow.FollowUp
    today: date
    plan_document_id: str
    plan_version: int | None
    service_names: dict[str, str]  # catalogue code → name in the document's language


class BudgetStatementSpec:
    kind = "budget_statement"
    record_type = "personal_budget"
    plain = False

    def gather(self, ctx: GatherContext, session: Session, record_id: uuid.UUID, language: str | None) -> Source:
        found = repo.get_budget(session, record_id)
        if found is None:
            raise RecordGoneError()
        header = client_header(session, found.client_id)
        budget = budget_of(found)
        commitments = tuple(commitment_of(c) for c in repo.commitments_of(session, found.id))
        uses = tuple(use_of(u) for u in repo.uses_of(session, found.id))
        plan = repo.get_plan(session, found.plan_id)
        meta, texts = meta_for(ctx, self.kind, lambda t: t("title"), "HB", found.id, header, language,
                               document_date=budget.decision_date)
        codes = {line.service_code for line in budget.lines} | {line.service_code for line in budget.reference_lines}
        codes |= {c.service_code for c in commitments}
        names = {}
        for code in codes:
            service = ctx.catalogue.service(code)
            names[code] = service.name(texts.language) if service is not None else code
        data = BudgetDocument(
            header, budget, hb.recompute(budget), commitments, uses,
            follow.follow_up(budget, commitments, uses, ctx.today),
            ctx.today, document_id("ASU", found.plan_id, plan.version_no if plan else None),
            plan.version_no if plan else None, names)
        return Source(meta, found.client_id, found.id, data)

    def story(self, source: Source, styles: Styles, texts: Texts) -> list[Flowable]:
        return _Story(source.data, styles, texts).build()


class _Story:
    def __init__(self, doc: BudgetDocument, styles: Styles, texts: Texts) -> None:
        self.doc, self.s, self.t, self.lang = doc, styles, texts, texts.language
        self.budget = doc.budget
        self.number = 0
        self.h1 = ParagraphStyle("section", parent=styles.h1, keepWithNext=False)
        self.note = ParagraphStyle("note", parent=styles.small, spaceBefore=3)
        self.line_no = {line.id: index for index, line in enumerate(self.budget.lines, start=1)}

    def section(self, key: str) -> list[Flowable]:
        """A numbered heading, on a new page when less than the start of a table is left."""
        self.number += 1
        return [CondPageBreak(45 * mm), heading(f"{self.number}. {self.t(key)}", self.h1)]

    def money(self, cents: int) -> str:
        return format_cents(cents, self.lang)

    def quantity(self, quantity: Decimal, unit: str) -> str:
        return f"{format_quantity(quantity, self.lang)} {unit_word(self.t, unit, quantity)}"

    def service(self, code: str) -> str:
        return self.doc.service_names.get(code, code)

    def line_name(self, line_id: str) -> str:
        line = self.budget.line(line_id)
        if line is None:
            return self.t("line_unknown")
        return f"{self.line_no[line_id]}. {self.service(line.service_code)}"

    def table(self, header: list[str], rows: list[list[str]], widths: list[float], numeric: tuple[int, ...],
              total: bool = True) -> Flowable:
        return grid_table(header, rows, self.s, [w * mm for w in widths], numeric, size=SMALL,
                          bold_rows=(-1,) if total else ())

    # -- the document ---------------------------------------------------------------------------

    def build(self) -> list[Flowable]:
        t = self.t
        story: list[Flowable] = [para(t("title"), self.s.title),
                                 para(t("subtitle", date=format_day(self.doc.today)), self.s.small),
                                 Spacer(1, 3 * mm)]
        if self.budget.state in ("indicative", "closed"):
            story += [notice(t(f"banner_{self.budget.state}"), self.s), Spacer(1, 3 * mm)]
        story.append(self.basics())
        for part in (self.lines, self.reference, self.summary, self.commitments, self.uses, self.balance,
                     self.alerts):
            story += part()
        return story

    def basics(self) -> Flowable:
        t, h, b, doc = self.t, self.doc.header, self.budget, self.doc
        plan = (t("plan_version", document_id=doc.plan_document_id, version=doc.plan_version)
                if doc.plan_version is not None else "")
        return field_grid([
            (t("name"), h.name), (t(h.identity_key), h.identity),
            (t("born"), format_day(h.birth_date)), (t("own_worker"), h.own_worker),
            (t("period"), f"{format_day(b.period_start)}–{format_day(b.period_end)}"),
            (t("state"), t(f"state_{b.state}")),
            (t("decision_date"), format_day(b.decision_date)), (t("decision_reference"), b.decision_reference),
            (t("plan"), plan), (t("as_of"), format_day(doc.today)),
        ], self.s, t, label_width=41 * mm)

    def lines(self) -> list[Flowable]:
        t = self.t
        out = self.section("s_lines")
        if not self.budget.lines:
            return [*out, para(t("lines_none"), self.s.body)]
        rows = []
        for line in self.budget.lines:
            name = f"{self.line_no[line.id]}. {self.service(line.service_code)}"
            if line.description:
                name += f"\n{line.description}"
            rows.append([name, t(f"method_{line.arranging_method}"), line.provider or t("provider_open"),
                         self.quantity(line.quantity, line.unit), self.money(line.unit_price_cents),
                         self.money(line.cents)])
        rows.append([t("total"), "", "", "", "", self.money(self.doc.totals.allocation_cents)])
        header = [t("col_service"), t("col_method"), t("col_provider"), t("col_quantity"), t("col_unit_price"),
                  t("col_cost")]
        return [*out, self.table(header, rows, [33, 36, 33, 19, 21, 28], (3, 4, 5)),
                para(t("no_cash"), self.note)]

    def reference(self) -> list[Flowable]:
        t = self.t
        out = [*self.section("s_reference"), para(t("reference_intro"), self.s.body)]
        if not self.budget.reference_lines:
            return [*out, para(t("reference_none"), self.s.body)]
        rows = []
        for line in self.budget.reference_lines:
            name = self.service(line.service_code) + (f"\n{line.description}" if line.description else "")
            rows.append([name, self.quantity(line.quantity, line.unit), self.money(line.unit_price_cents),
                         self.money(line.cents)])
        rows.append([t("total"), "", "", self.money(self.doc.totals.reference_cents)])
        header = [t("col_service"), t("col_quantity"), t("col_unit_price"), t("col_cost")]
        return [*out, self.table(header, rows, [96, 24, 24, 26], (1, 2, 3))]

    def summary(self) -> list[Flowable]:
        t, totals = self.t, self.doc.totals
        figures = amount_table([(t("reference_cost"), self.money(totals.reference_cents)),
                                (t("allocation"), self.money(totals.allocation_cents)),
                                (t("difference"), signed(totals.difference_cents, self.lang))],
                               self.s, bold_rows=(2,))
        out: list[Flowable] = [*self.section("s_summary"), figures, Spacer(1, 2.5 * mm)]
        if totals.cost_state == "no_allocation":
            out.append(para(t("no_allocation"), self.s.body))
        elif totals.cost_neutral:
            out.append(para(t("cost_neutral"), self.s.body))
        else:
            out += [notice(t("over_reference", amount=self.money(totals.difference_cents)), self.s, strong=False),
                    Spacer(1, 1.5 * mm), field_table([(t("justification"), self.budget.justification
                                                       or t("justification_missing"))], self.s, t)]
        methods = [(t(f"method_{m}"), self.money(c)) for m, c in totals.by_method.items() if c]
        if methods:
            out.append(KeepTogether([Spacer(1, 3 * mm), para(t("by_method"), self.s.label), Spacer(1, 1 * mm),
                                     amount_table(methods, self.s)]))
        return out

    def commitments(self) -> list[Flowable]:
        t, used = self.t, self.doc.follow_up.commitment_use
        out = self.section("s_commitments")
        if not self.doc.commitments:
            return [*out, para(t("commitments_none"), self.s.body)]
        rows = [[c.number, c.provider, self.service(c.service_code), self.money(c.max_cents),
                 f"{format_day(c.valid_from)}–{format_day(c.valid_to)}", self.money(used.get(c.number, 0))]
                for c in self.doc.commitments]
        header = [t("col_number"), t("col_provider"), t("col_service_name"), t("col_max"), t("col_valid"),
                  t("col_used")]
        return [*out, self.table(header, rows, [20, 32, 34, 22, 40, 22], (3, 5), total=False)]

    def uses(self) -> list[Flowable]:
        t = self.t
        out = self.section("s_uses")
        if not self.doc.uses:
            return [*out, para(t("uses_none"), self.s.body)]
        line_units = {line.id: line.unit for line in self.budget.lines}
        rows = [[format_day(u.used_on), u.provider, u.commitment_number or "", self.line_name(u.budget_line_id)
                 + (f"\n{t('amount_reason', reason=u.amount_reason)}" if u.amount_reason else ""),
                 self.quantity(u.units, line_units[u.budget_line_id]) if u.budget_line_id in line_units
                 else format_quantity(u.units, self.lang), self.money(u.amount_cents)] for u in self.doc.uses]
        rows.append([t("total"), "", "", "", "", self.money(self.doc.follow_up.realised_cents)])
        header = [t("col_date"), t("col_provider"), t("col_commitment"), t("col_line"), t("col_units"),
                  t("col_amount")]
        return [*out, self.table(header, rows, [19, 36, 24, 45, 20, 26], (4, 5))]

    def balance(self) -> list[Flowable]:
        t, f = self.t, self.doc.follow_up
        out = self.section("s_balance")
        if self.budget.state == "indicative":
            return [*out, para(t("not_followed"), self.s.body)]
        total_days = hb.period_days(self.budget.period_start, self.budget.period_end)
        days = round(f.elapsed * total_days)
        out.append(para(t("elapsed", percent=percent(f.elapsed), days=days, total=total_days,
                          date=format_day(self.doc.today)), self.s.body))
        if f.expected_cents:
            share = Fraction(f.realised_cents, f.expected_cents)
            out.append(para(t("use_vs_expected", percent=percent(share), realised=self.money(f.realised_cents),
                              expected=self.money(f.expected_cents)), self.s.body))
        else:
            out.append(para(t("nothing_expected"), self.s.body))
        rows = [[self.line_name(b.line_id), self.money(b.allocated_cents), self.money(b.expected_cents),
                 self.money(b.realised_cents), self.money(b.balance_cents),
                 f"{percent(Fraction(b.realised_cents, b.allocated_cents))} %" if b.allocated_cents else ""]
                for b in f.lines]
        rows.append([t("total"), self.money(f.allocated_cents), self.money(f.expected_cents),
                     self.money(f.realised_cents), self.money(f.balance_cents),
                     f"{percent(Fraction(f.realised_cents, f.allocated_cents))} %" if f.allocated_cents else ""])
        header = [t("col_line"), t("col_allocated"), t("col_expected"), t("col_realised"), t("col_balance"),
                  t("col_rate")]
        return [*out, Spacer(1, 1.5 * mm), self.table(header, rows, [50, 25, 25, 25, 25, 20], (1, 2, 3, 4, 5))]

    def alerts(self) -> list[Flowable]:
        t = self.t
        out = self.section("s_alerts")
        alerts = self.doc.follow_up.alerts
        if not alerts:
            return [*out, para(t("alerts_none"), self.s.body)]
        uses = {u.id: u for u in self.doc.uses}
        items = []
        for alert in alerts:
            message = t(alert.key.replace(".", "_"), **dict(alert.params or {}))
            kind, _, ident = alert.field.partition("/")
            if kind == "lines":
                items.append(t("alert_line", line=self.line_name(ident), message=message))
            elif kind == "total":
                items.append(t("alert_total", message=message))
            elif kind == "uses" and ident in uses:
                use = uses[ident]
                items.append(t("alert_use", date=format_day(use.used_on), provider=use.provider, message=message))
            else:
                items.append(t("alert_commitment", message=message))
        return [*out, *bullets(items, self.s, bullet="!")]


def percent(share: Fraction) -> int:
    """A share as whole per cent, half up."""
    return int(share * 100 + Fraction(1, 2))


SPEC = BudgetStatementSpec()
