"""The look every document shares: A4, the organisation's header, "Page n / N" and the document
ID on every page, styles for the official documents and for the plain-language ones, and small
builders (field tables, lists, signature lines) so each document only says what it contains.

Rendering is pure: text in, PDF bytes out, in memory. Nothing is written to disk here; the
caller decides (preview in memory, print, or an explicit export).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
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
from sopiva_desk.services.documents.letterhead_drawing import (
    LogoArt,
    draw_letterhead,
    fitted,
    footer_line,
    logo_art,
)
from sopiva_desk.services.documents.meta import DocumentMeta, format_day
from sopiva_desk.services.documents.texts import Texts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
HEADER_H, FOOTER_H = 24 * mm, 14 * mm
INK = colors.HexColor("#1d2125")  # body text
MUTED = colors.HexColor("#4a5058")  # captions, header and footer: 8:1 on white
RULE = colors.HexColor("#9aa3ad")
SHADE = colors.HexColor("#eef1f5")  # label column of field tables
SPLIT_IN_ROW = 36  # points: a table row splits across pages only when both parts are at least this tall


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
                                     bulletFontName=REGULAR, bulletFontSize=size,  # else 10 pt Helvetica
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
    # Cells are lists so a row taller than the rest of the page splits (``splitInRow``) rather than
    # failing with LayoutError (a 4,000-character answer is taller than a page).
    data = [[[Paragraph(markup(label), styles.label)], [Paragraph(markup(value or texts("none")), styles.value)]]
            for label, value in rows]
    table = Table(data, colWidths=[label_width, PAGE_WIDTH - 2 * MARGIN_X - label_width], hAlign="LEFT",
                  splitInRow=SPLIT_IN_ROW)
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


def field_grid(pairs: Sequence[tuple[str, str | None]], styles: Styles, texts: Texts,
               label_width: float = 38 * mm) -> Table:
    """Label | value pairs two to a row, like the basic-data box of a printed form; an empty
    value prints a dash."""
    value_width = (PAGE_WIDTH - 2 * MARGIN_X) / 2 - label_width
    cells = [(Paragraph(markup(label), styles.label), Paragraph(markup(value or texts("none")), styles.value))
             for label, value in pairs]
    if len(cells) % 2:
        cells.append((Paragraph("", styles.label), Paragraph("", styles.value)))
    data = [[*cells[i], *cells[i + 1]] for i in range(0, len(cells), 2)]
    table = Table(data, colWidths=[label_width, value_width] * 2, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), SHADE),
        ("BACKGROUND", (2, 0), (2, -1), SHADE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def grid_table(header: Sequence[str], rows: Sequence[Sequence[str | None]], styles: Styles,
               widths: Sequence[float], numeric: Iterable[int] = (), *, size: float | None = None,
               bold_rows: Iterable[int] = ()) -> Table:
    """A table with a header row that repeats on every page; ``numeric`` columns align right.

    ``size`` sets a smaller type for wide tables (figures); ``bold_rows`` (indexes into ``rows``,
    negative from the end) are totals: bold, with a rule above."""
    right = set(numeric)
    value, label = styles.value, styles.label
    if size is not None:
        value = ParagraphStyle("value_sized", parent=value, fontSize=size, leading=size * 1.3)
        label = ParagraphStyle("label_sized", parent=label, fontSize=size, leading=size * 1.3)
    bold = ParagraphStyle("bold", parent=value, fontName=BOLD)
    number = ParagraphStyle("number", parent=value, alignment=2)
    bold_number = ParagraphStyle("bold_number", parent=bold, alignment=2)
    head = ParagraphStyle("head", parent=label, alignment=0)
    head_right = ParagraphStyle("head_right", parent=label, alignment=2)
    totals = {index % len(rows) for index in bold_rows} if rows else set()
    data: list[list[Any]] = [[Paragraph(markup(h), head_right if i in right else head) for i, h in enumerate(header)]]
    for index, row in enumerate(rows):
        plain_style, right_style = (bold, bold_number) if index in totals else (value, number)
        data.append([[Paragraph(markup(cell or ""), right_style if i in right else plain_style)]
                     for i, cell in enumerate(row)])
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT", splitInRow=SPLIT_IN_ROW)
    commands: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("LINEABOVE", (0, index + 1), (-1, index + 1), 0.9, INK) for index in sorted(totals)]
    # A total never starts a page on its own: it stays with the row above it.
    commands += [("NOSPLIT", (0, index), (-1, index + 1)) for index in sorted(totals) if index > 0]
    table.setStyle(TableStyle(commands))
    return table


def amount_table(rows: Sequence[tuple[str, str]], styles: Styles, bold_rows: Iterable[int] = (),
                 widths: tuple[float, float] = (80 * mm, 40 * mm)) -> Table:
    """Label | amount rows with the amounts right-aligned (a summary of figures); ``bold_rows``
    are results, bold with a rule above."""
    bold = set(bold_rows)
    number = ParagraphStyle("amount", parent=styles.value, alignment=2)
    bold_label = ParagraphStyle("amount_label_bold", parent=styles.value, fontName=BOLD)
    bold_number = ParagraphStyle("amount_bold", parent=number, fontName=BOLD)
    data = [[Paragraph(markup(label), bold_label if i in bold else styles.value),
             Paragraph(markup(amount), bold_number if i in bold else number)] for i, (label, amount) in enumerate(rows)]
    table = Table(data, colWidths=list(widths), hAlign="LEFT")
    commands: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("LINEABOVE", (0, i), (-1, i), 0.9, INK) for i in sorted(bold)]
    table.setStyle(TableStyle(commands))
    return table


def notice(text: str, styles: Styles, *, strong: bool = True) -> Table:
    """A framed line the reader cannot miss (a draft's status, an over-reference budget)."""
    style = ParagraphStyle("notice", parent=styles.body, fontName=BOLD if strong else REGULAR, spaceAfter=0)
    table = Table([[Paragraph(markup(text), style)]], colWidths=[PAGE_WIDTH - 2 * MARGIN_X], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2 if strong else 0.6, INK if strong else RULE),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbeeee") if strong else SHADE),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def bullets(items: Iterable[str], styles: Styles, bullet: str = "•") -> list[Flowable]:
    return [Paragraph(markup(item), styles.bullet, bulletText=bullet) for item in items]


def signature_block(texts: Texts, styles: Styles, signers: Sequence[tuple[str, str]],
                    before: Sequence[Flowable] = ()) -> Flowable:
    """For each (role, name): a line to sign on, the role, the name in print, place and date.

    ``before`` (e.g. the last section) is kept on the same page, so the signatures never stand
    alone; pass it here rather than wrapping this in another KeepTogether (nested ones always
    break the page: reportlab's KeepTogether reports an endless height to its parent)."""
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
    return KeepTogether([*before, heading(texts("signatures"), styles.h1), table])


# -- the page frame and "Page n / N" ---------------------------------------------------------


def _page_decorations(canvas: Canvas, meta: DocumentMeta, texts: Texts, page: int, pages: int,
                      logo: LogoArt | None = None) -> None:
    """Header (organisation, title, document ID) and footer (ID, version, page n / N, and the
    organisation's address and contacts)."""
    top = PAGE_HEIGHT - 12 * mm
    canvas.saveState()
    right = [(meta.title, BOLD, 9.5), (f"{texts('document_id')}: {meta.document_id}", REGULAR, 8.5)]
    if not meta.plain:
        right.append((texts("confidential"), REGULAR, 8.5))
    for index, (text, font, size) in enumerate(right):
        canvas.setFont(font, size)
        canvas.setFillColor(INK if index == 0 else MUTED)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top - (0 if index == 0 else 1 + 10 * index), text)
    # Each line on the left may run up to the line at its height on the right.
    widths = [PAGE_WIDTH - 2 * MARGIN_X - 8 * mm - stringWidth(text, font, size) for text, font, size in right]
    widths += [PAGE_WIDTH - 2 * MARGIN_X] * (3 - len(widths))
    draw_letterhead(canvas, meta.organisation, texts, logo, MARGIN_X, top, widths, (INK, MUTED))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, PAGE_HEIGHT - HEADER_H + 2 * mm, PAGE_WIDTH - MARGIN_X, PAGE_HEIGHT - HEADER_H + 2 * mm)
    bottom = 9 * mm
    canvas.line(MARGIN_X, bottom + 9, PAGE_WIDTH - MARGIN_X, bottom + 9)
    canvas.setFont(REGULAR, 8.5)
    canvas.setFillColor(MUTED)
    parts = [f"{texts('document_id')}: {meta.document_id}"]
    if meta.version is not None:
        parts.append(f"{texts('version')} {meta.version}")
    parts.append(texts("printed", date=format_day(meta.printed_on)))
    canvas.drawString(MARGIN_X, bottom, " · ".join(parts))
    canvas.setFont(BOLD if meta.plain else REGULAR, 11 if meta.plain else 8.5)
    canvas.setFillColor(INK)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, bottom, texts("page", page=page, pages=pages))
    contacts = footer_line(meta.organisation, texts)
    if contacts:
        text, size = fitted(contacts, REGULAR, 7.5, PAGE_WIDTH - 2 * MARGIN_X)
        canvas.setFont(REGULAR, size)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, bottom - 10, text)
    if meta.watermark:
        _watermark(canvas, meta.watermark)
    canvas.restoreState()


def _watermark(canvas: Canvas, text: str) -> None:
    """Large pale diagonal text over the page (drawn last, so it shows on every page of a draft)."""
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.55, 0.1, 0.1, alpha=0.13))
    canvas.setFont(BOLD, 88)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(52)
    canvas.drawCentredString(0, -30, text)
    canvas.restoreState()


def _numbered_canvas(meta: DocumentMeta, texts: Texts, logo: LogoArt | None) -> type[Canvas]:
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
                _page_decorations(self, meta, texts, number, total, logo)
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
        bottomMargin=FOOTER_H + 4 * mm, title=meta.title, author=meta.organisation.words("name", meta.language) or "",
        subject=meta.document_id, creator="Sopiva Desk", lang=meta.language, invariant=False)
    frame = Frame(MARGIN_X, FOOTER_H + 4 * mm, PAGE_WIDTH - 2 * MARGIN_X,
                  PAGE_HEIGHT - HEADER_H - FOOTER_H - 4 * mm, id="body", leftPadding=0, rightPadding=0)
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    document.build(story, canvasmaker=_numbered_canvas(meta, texts, logo_art(meta.organisation.logo)))
    return RenderedPdf(buffer.getvalue(), document.page)
