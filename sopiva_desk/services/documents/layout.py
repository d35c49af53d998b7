"""The look every document shares: A4, the organisation's header, "Page n / N" and the document
ID on every page, styles for the official documents and for the plain-language ones, and small
builders (field tables, lists, signature lines) so each document only says what it contains.

Rendering is pure: text in, PDF bytes out, in memory. Nothing is written to disk here; the
caller decides (preview in memory, print, or an explicit export).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from sopiva_desk.services.documents.fonts import BOLD, ITALIC, REGULAR, register_fonts
from sopiva_desk.services.documents.organisation import Organisation
from sopiva_desk.services.documents.texts import Texts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
HEADER_H, FOOTER_H = 24 * mm, 14 * mm
INK = colors.HexColor("#1d2125")  # body text
MUTED = colors.HexColor("#4a5058")  # captions, header and footer: 8:1 on white
RULE = colors.HexColor("#9aa3ad")
SHADE = colors.HexColor("#eef1f5")  # label column of field tables


def format_day(day: date | None) -> str:
    """Finnish and Swedish both write 3.2.2026."""
    return f"{day.day}.{day.month}.{day.year}" if day is not None else ""


@dataclass(frozen=True)
class DocumentMeta:
    """What the header and footer say, and the PDF's metadata."""

    kind: str
    title: str
    document_id: str
    language: str
    organisation: Organisation
    client_name: str
    client_identity: str = ""  # identity code or temporary id; left out of plain-language documents
    version: int | None = None
    document_date: date | None = None
    printed_on: date = field(default_factory=date.today)
    plain: bool = False


class Styles:
    """Paragraph styles for one base size: 10 pt for official documents, 15 pt for plain ones
    (plain-language guidance: at least 14 pt, generous line spacing, left-aligned, no hyphens)."""

    def __init__(self, plain: bool = False) -> None:
        register_fonts()
        size = 15.0 if plain else 10.0
        leading = size * (1.55 if plain else 1.35)
        self.plain = plain
        self.size = size
        self.body = ParagraphStyle("body", fontName=REGULAR, fontSize=size, leading=leading, textColor=INK,
                                   alignment=TA_LEFT, spaceAfter=size * (0.6 if plain else 0.35))
        self.small = ParagraphStyle("small", parent=self.body, fontSize=size * 0.82, leading=size * 1.1,
                                    textColor=MUTED, spaceAfter=2)
        self.label = ParagraphStyle("label", parent=self.body, fontName=BOLD, fontSize=size * 0.9,
                                    leading=size * 1.2, spaceAfter=0)
        self.value = ParagraphStyle("value", parent=self.body, spaceAfter=0)
        self.title = ParagraphStyle("title", parent=self.body, fontName=BOLD, fontSize=size * (1.9 if plain else 1.7),
                                    leading=size * (2.4 if plain else 2.1), spaceAfter=size * 0.5)
        self.h1 = ParagraphStyle("h1", parent=self.body, fontName=BOLD, fontSize=size * (1.35 if plain else 1.3),
                                 leading=size * (1.8 if plain else 1.6), spaceBefore=size * (1.2 if plain else 1.0),
                                 spaceAfter=size * 0.4, keepWithNext=True)
        self.h2 = ParagraphStyle("h2", parent=self.body, fontName=BOLD, fontSize=size * 1.1, leading=size * 1.45,
                                 spaceBefore=size * 0.7, spaceAfter=size * 0.25, keepWithNext=True)
        self.italic = ParagraphStyle("italic", parent=self.body, fontName=ITALIC)
        self.bullet = ParagraphStyle("bullet", parent=self.body, leftIndent=size * 1.4, bulletIndent=size * 0.3,
                                     spaceAfter=size * (0.45 if plain else 0.2))


# -- small builders -------------------------------------------------------------------------


def markup(text: str | None) -> str:
    """Plain text as Paragraph markup: special characters escaped, line breaks kept."""
    return escape(text or "").replace("\n", "<br/>")


def para(text: str | None, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text), style)


def heading(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text), style)


def field_table(rows: Sequence[tuple[str, str | None]], styles: Styles, texts: Texts,
                label_width: float = 52 * mm) -> Table:
    """Label | value rows; an empty value prints a dash, so a blank is visibly blank."""
    data = [[Paragraph(markup(label), styles.label), Paragraph(markup(value or texts("none")), styles.value)]
            for label, value in rows]
    table = Table(data, colWidths=[label_width, PAGE_WIDTH - 2 * MARGIN_X - label_width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), SHADE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def grid_table(header: Sequence[str], rows: Sequence[Sequence[str | None]], styles: Styles,
               widths: Sequence[float], numeric: Iterable[int] = ()) -> Table:
    """A table with a header row that repeats on every page; ``numeric`` columns align right."""
    right = set(numeric)
    number = ParagraphStyle("number", parent=styles.value, alignment=2)
    head = ParagraphStyle("head", parent=styles.label, alignment=0)
    head_right = ParagraphStyle("head_right", parent=styles.label, alignment=2)
    data: list[list[Any]] = [[Paragraph(markup(h), head_right if i in right else head) for i, h in enumerate(header)]]
    for row in rows:
        data.append([Paragraph(markup(cell or ""), number if i in right else styles.value)
                     for i, cell in enumerate(row)])
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def bullets(items: Iterable[str], styles: Styles, bullet: str = "•") -> list[Flowable]:
    return [Paragraph(markup(item), styles.bullet, bulletText=bullet) for item in items]


def signature_block(texts: Texts, styles: Styles, signers: Sequence[tuple[str, str]]) -> Flowable:
    """For each (role, name): a line to sign on, the role, the name in print, place and date."""
    width = (PAGE_WIDTH - 2 * MARGIN_X - 10 * mm) / 2
    cells = []
    for role, name in signers:
        cells.append([
            Spacer(1, 14 * mm),
            Table([[""]], colWidths=[width - 6 * mm], rowHeights=[1],
                  style=TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.8, INK)])),
            para(role, styles.label),
            para(f"{texts('name_clarification')}: {name}" if name else texts("name_clarification"), styles.small),
            para(f"{texts('place_and_date')}: ______________________", styles.small),
        ])
    rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
    rows[-1] += [""] * (2 - len(rows[-1]))
    table = Table(rows, colWidths=[width, width], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([heading(texts("signatures"), styles.h1), table])


# -- the page frame and "Page n / N" ---------------------------------------------------------


def _page_decorations(canvas: Canvas, meta: DocumentMeta, texts: Texts, page: int, pages: int) -> None:
    """Header (organisation, title, document ID) and footer (ID, version, page n / N)."""
    org, language = meta.organisation, meta.language
    top = PAGE_HEIGHT - 12 * mm
    canvas.saveState()
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 9.5)
    canvas.drawString(MARGIN_X, top, org.words("name", language))
    canvas.setFont(REGULAR, 8.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X, top - 11, org.words("unit", language))
    if org.example:
        canvas.drawString(MARGIN_X, top - 21, texts("example_organisation"))
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 9.5)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, meta.title)
    canvas.setFont(REGULAR, 8.5)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top - 11, f"{texts('document_id')}: {meta.document_id}")
    if not meta.plain:
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top - 21, texts("confidential"))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, PAGE_HEIGHT - HEADER_H + 2 * mm, PAGE_WIDTH - MARGIN_X, PAGE_HEIGHT - HEADER_H + 2 * mm)
    bottom = 9 * mm
    canvas.line(MARGIN_X, bottom + 9, PAGE_WIDTH - MARGIN_X, bottom + 9)
    canvas.setFont(REGULAR, 8.5)
    parts = [f"{texts('document_id')}: {meta.document_id}"]
    if meta.version is not None:
        parts.append(f"{texts('version')} {meta.version}")
    parts.append(texts("printed", date=format_day(meta.printed_on)))
    canvas.drawString(MARGIN_X, bottom, " · ".join(parts))
    canvas.setFont(BOLD if meta.plain else REGULAR, 11 if meta.plain else 8.5)
    canvas.setFillColor(INK)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, bottom, texts("page", page=page, pages=pages))
    canvas.restoreState()


def _numbered_canvas(meta: DocumentMeta, texts: Texts) -> type[Canvas]:
    """A canvas that holds its pages until the end, so every page can say "n / N"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _page_decorations(self, meta, texts, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


@dataclass(frozen=True)
class RenderedPdf:
    pdf: bytes
    pages: int


def render_pdf(meta: DocumentMeta, story: list[Flowable], texts: Texts) -> RenderedPdf:
    """Lay out ``story`` on A4 pages with the shared header and footer; the PDF stays in memory."""
    register_fonts()
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=HEADER_H,
        bottomMargin=FOOTER_H + 4 * mm, title=meta.title, author=meta.organisation.words("name", meta.language),
        subject=meta.document_id, creator="Sopiva Desk", lang=meta.language, invariant=False)
    frame = Frame(MARGIN_X, FOOTER_H + 4 * mm, PAGE_WIDTH - 2 * MARGIN_X,
                  PAGE_HEIGHT - HEADER_H - FOOTER_H - 4 * mm, id="body", leftPadding=0, rightPadding=0)
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    document.build(story, canvasmaker=_numbered_canvas(meta, texts))
    return RenderedPdf(buffer.getvalue(), document.page)
