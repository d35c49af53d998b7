"""The client's access report as a PDF in Finnish or Swedish (Client Data Act 703/2023 §11: the
client's right to know who has accessed or received their data, and why). docs/security.md,
"The client's access report".

The laptop (for what it holds) and the central server (for everything) gather the same dict and
render it here, so the client gets the same document from either:

``{"source": "central"|"laptop", "client": {"id", "name", "hetu"}, "period": {"start", "end"},
"made_at", "made_by", "entries": [{"at", "who", "device", "action", "record_type", "fields",
"purpose", "listing"}], "disclosures": [{"disclosed_on", "document_kind", "recipient", "basis",
"basis_detail", "purpose", "discloser_name"}]}``

A disclosure may also hold ``data`` (what was disclosed, in words), ``recipient_organisation``
and ``method`` (how it was handed over); a disclosure of information rather than of a document
has no ``document_kind``. Dates and times may be ``date``/``datetime`` objects or ISO text
(as they come over the wire); times are shown in Finnish time.

Pure: the dict in, PDF bytes out, in memory. The words are this module's own (the GUI's
translations need Qt): actions, record types, purposes, document kinds, bases and ways of
disclosing in fi and sv.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sopiva_desk.reports.access_report_words import WORDS, Words
from sopiva_desk.reports.fonts import BOLD, REGULAR, register_fonts

LANGUAGES = ("fi", "sv")
SOURCES = ("laptop", "central")
HELSINKI = ZoneInfo("Europe/Helsinki")
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
INK = colors.HexColor("#1d2125")
MUTED = colors.HexColor("#4a5058")  # 8:1 on white
RULE = colors.HexColor("#9aa3ad")
SHADE = colors.HexColor("#eef1f5")


def render_pdf(report: Mapping[str, Any], language: str) -> bytes:
    """``report`` as an A4 PDF in ``language`` (fi or sv). ``ValueError`` for another language or
    source; a missing key of an entry or disclosure is shown empty rather than refused."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown report language {language!r}")
    source = report.get("source")
    if source not in SOURCES:
        raise ValueError(f"unknown report source {source!r}")
    register_fonts()
    words = WORDS[language]
    styles = _Styles()
    buffer = io.BytesIO()
    client = report.get("client") or {}
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm,
        title=words.title, author=str(report.get("made_by") or ""), subject=words.title, creator="Sopiva Desk",
        lang=language)
    story: list[Any] = [Paragraph(escape(words.title), styles.title)]
    story += _head(report, words, styles)
    story += _entries(report.get("entries") or (), words, styles)
    story += _disclosures(report.get("disclosures") or (), words, styles)
    footer = words.footer.format(name=str(client.get("name") or ""), made=_when(report.get("made_at")))
    document.build(story, canvasmaker=lambda *args, **kwargs: _NumberedCanvas(footer, words, *args, **kwargs))
    return buffer.getvalue()


class _Styles:
    def __init__(self) -> None:
        self.body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK, spaceAfter=4)
        self.title = ParagraphStyle("title", parent=self.body, fontName=BOLD, fontSize=16, leading=20, spaceAfter=8)
        # No keepWithNext: it would move a long table whole to the next page (``_heading`` keeps
        # a heading from ending a page instead).
        self.h1 = ParagraphStyle("h1", parent=self.body, fontName=BOLD, fontSize=12, leading=15, spaceBefore=10,
                                 spaceAfter=4)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=8.5, leading=10.5, spaceAfter=0)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=BOLD)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8.5, leading=11, textColor=MUTED)


def _head(report: Mapping[str, Any], words: Words, styles: _Styles) -> list[Any]:
    client = report.get("client") or {}
    period = report.get("period") or {}
    identity = str(client.get("hetu") or "")
    rows = [
        (words.client, f"{client.get('name') or ''}" + (f", {identity}" if identity else "")),
        (words.period, f"{_day(period.get('start'))}–{_day(period.get('end'))}"),
        (words.source_caption, words.sources[str(report.get("source"))]),
        (words.made, words.made_by.format(when=_when(report.get("made_at")), who=report.get("made_by") or "")),
    ]
    table = Table([[Paragraph(escape(label), styles.head), Paragraph(escape(str(value)), styles.cell)]
                   for label, value in rows], colWidths=[38 * mm, PAGE_WIDTH - 2 * MARGIN - 38 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (0, -1), SHADE),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("TOPPADDING", (0, 0), (-1, -1), 3),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    explanation = words.explanation_central if report.get("source") == "central" else words.explanation_laptop
    return [table, Spacer(1, 6), Paragraph(escape(explanation), styles.body),
            Paragraph(escape(words.listing_explained), styles.small)]


def _entries(entries: Sequence[Mapping[str, Any]], words: Words, styles: _Styles) -> list[Any]:
    story: list[Any] = _heading(words.entries_heading.format(count=len(entries)), styles)
    if not entries:
        return [*story, Paragraph(escape(words.no_entries), styles.body)]
    rows: list[list[Any]] = [[Paragraph(escape(text), styles.head) for text in words.entry_headers]]
    for entry in sorted(entries, key=lambda e: _moment(e.get("at"))):
        who = str(entry.get("who") or "")
        if entry.get("device"):
            who += f"\n{words.device.format(device=entry['device'])}"
        rows.append([_cell(_when(entry.get("at")), styles), _cell(who, styles),
                     _cell(_what(entry, words), styles), _cell(words.purpose(entry.get("purpose")), styles)])
    usable = PAGE_WIDTH - 2 * MARGIN
    table = Table(rows, colWidths=[30 * mm, 37 * mm, usable - 30 * mm - 37 * mm - 34 * mm, 34 * mm], repeatRows=1)
    table.setStyle(_grid())
    return [*story, table]


def _what(entry: Mapping[str, Any], words: Words) -> str:
    record = words.record_type(entry.get("record_type"))
    text = f"{words.action(entry.get('action'))}: {record}"
    fields = entry.get("fields") or ()
    named = [key for key in fields if not _is_marker(key)]
    if named and entry.get("action") in ("update", "resolve_conflict"):  # which parts changed
        text += " " + (words.one_field if len(named) == 1 else words.fields.format(count=len(named)))
    documents = [words.document(key[9:]) for key in fields if str(key).startswith("document/")]
    if documents:
        text += f" – {', '.join(documents)}"
    if entry.get("listing"):
        text += f"\n{words.in_listing}"
    return text


def _is_marker(key: Any) -> bool:
    """Keys that say which document or language, or that a list was viewed, rather than a field."""
    return str(key).startswith(("document/", "language/")) or key == "list"


def _disclosures(disclosures: Sequence[Mapping[str, Any]], words: Words, styles: _Styles) -> list[Any]:
    story: list[Any] = [*_heading(words.disclosures_heading.format(count=len(disclosures)), styles),
                        Paragraph(escape(words.disclosures_explained), styles.small)]
    if not disclosures:
        return [*story, Paragraph(escape(words.no_disclosures), styles.body)]
    rows: list[list[Any]] = [[Paragraph(escape(text), styles.head) for text in words.disclosure_headers]]
    for found in sorted(disclosures, key=lambda d: _day_value(d.get("disclosed_on"))):
        what = [words.document(found["document_kind"])] if found.get("document_kind") else []
        if found.get("data"):
            what.append(str(found["data"]))
        if found.get("method"):
            what.append(words.method(found["method"]))
        recipient = str(found.get("recipient") or "")
        if found.get("recipient_organisation"):
            recipient += f"\n{found['recipient_organisation']}"
        basis = words.basis(found.get("basis"))
        if found.get("basis_detail"):
            basis += f": {found['basis_detail']}"
        rows.append([_cell(_day(found.get("disclosed_on")), styles), _cell("\n".join(what), styles),
                     _cell(recipient, styles), _cell(basis, styles), _cell(str(found.get("purpose") or ""), styles),
                     _cell(str(found.get("discloser_name") or ""), styles)])
    usable = PAGE_WIDTH - 2 * MARGIN
    widths = [22 * mm, 35 * mm, 30 * mm, 30 * mm, 0.0, 24 * mm]
    widths[4] = usable - sum(widths)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_grid())
    return [*story, table]


def _heading(text: str, styles: _Styles) -> list[Any]:
    """A heading that starts a new page rather than end one (room for it and a few rows)."""
    return [CondPageBreak(40 * mm), Paragraph(escape(text), styles.h1)]


def _grid() -> TableStyle:
    return TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                       ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                       ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)])


def _cell(text: str, styles: _Styles) -> Paragraph:
    return Paragraph("<br/>".join(escape(line) for line in str(text).split("\n")), styles.cell)


def _moment(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    if isinstance(value, str) and value:
        parsed = datetime.fromisoformat(value)
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
    return datetime.min.replace(tzinfo=UTC)


def _when(value: Any) -> str:
    """A moment in Finnish time: ``7.12.2026 klo 13.05`` style without the word (``7.12.2026 13.05``)."""
    if not value:
        return ""
    local = _moment(value).astimezone(HELSINKI)
    return f"{local.day}.{local.month}.{local.year} {local.hour}.{local.minute:02d}"


def _day_value(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        return date.fromisoformat(value[:10])
    return date.min


def _day(value: Any) -> str:
    day = _day_value(value)
    return "" if day == date.min else f"{day.day}.{day.month}.{day.year}"


class _NumberedCanvas(Canvas):
    """Draws "Page n / N" and the footer once every page is known (pages are kept until save)."""

    def __init__(self, footer: str, words: Words, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._words = words
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab API
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(REGULAR, 7.5)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, MARGIN - 2 * mm, self._footer)
            self.drawRightString(PAGE_WIDTH - MARGIN, MARGIN - 2 * mm,
                                 self._words.page.format(page=self._pageNumber, pages=total))
            super().showPage()
        super().save()
