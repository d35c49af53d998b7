"""The central access report for one client (Client Data Act 703/2023 §11: the client's right to
the log data): who accessed or received the client's data and why, over a period, from every
device's pushed log and the disclosures held centrally (``sopiva-central access-report``).

The report is a dict in the shape the laptop's report shares (sopiva_desk/reports, which renders
either as PDF):
``{"source", "client": {"id", "name", "hetu"}, "period": {"start", "end"}, "made_at", "made_by",
"entries": [{"at", "who", "device", "action", "record_type", "fields", "purpose", "listing"}],
"disclosures": [{"disclosed_on", "document_kind", "recipient", "basis", "basis_detail", "purpose",
"discloser_name"}]}``

An entry names the client directly (``client_id``) or is a listing that showed the client: its
digest's members, pushed with the entries, include the client (``listing: true``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from sopiva_desk.central.models import AccessListingMember, AccessLogEntry, Device, Record, utc_now
from sopiva_desk.protocol import wire


class ReportError(Exception):
    pass


def _client_name(data: dict[str, Any]) -> str:
    return " ".join(part for part in (str(data.get("first_names") or "").strip(),
                                      str(data.get("last_name") or "").strip()) if part)


def build(session: Session, client_id: str, start: date, end: date, made_by: str,
          now: datetime | None = None) -> dict[str, Any]:
    """The report over ``start``–``end`` (both days included, UTC)."""
    if end < start:
        raise ReportError("the period ends before it starts")
    client = session.get(Record, ("client", client_id))
    if client is None and not session.scalar(select(AccessLogEntry.id).where(AccessLogEntry.client_id == client_id)
                                             .limit(1)):
        raise ReportError(f"the central records have no client {client_id}")
    data = client.data if client is not None else {}
    since = datetime.combine(start, time.min, UTC)
    until = datetime.combine(end + timedelta(days=1), time.min, UTC)
    listings = select(AccessListingMember.digest).where(AccessListingMember.client_id == client_id)
    rows = session.execute(
        select(AccessLogEntry, Device.name).join(Device, Device.id == AccessLogEntry.device_id, isouter=True)
        .where(or_(AccessLogEntry.client_id == client_id, AccessLogEntry.clients.in_(listings)),
               AccessLogEntry.at >= since, AccessLogEntry.at < until)
        .order_by(AccessLogEntry.at, AccessLogEntry.seq, AccessLogEntry.id)).all()
    entries = []
    for row, device_name in rows:
        entry = row.entry
        entries.append({"at": row.at, "who": str(entry.get("user_name") or ""), "device": device_name or row.device_id,
                        "action": str(entry.get("action") or ""), "record_type": str(entry.get("record_type") or ""),
                        "fields": sorted(str(f) for f in entry.get("fields") or ()),
                        "purpose": str(entry.get("purpose") or ""), "listing": row.client_id != client_id})
    disclosures = []
    for record in session.scalars(select(Record).where(Record.entity == "disclosure", Record.client_id == client_id,
                                                       Record.deleted.is_(False))):
        item = record.data
        disclosed_on = str(item.get("disclosed_on") or "")
        if not start.isoformat() <= disclosed_on <= end.isoformat():
            continue
        disclosures.append({key: item.get(key) for key in ("disclosed_on", "document_kind", "recipient", "basis",
                                                            "basis_detail", "purpose", "discloser_name")})
    disclosures.sort(key=lambda d: (str(d["disclosed_on"]), str(d["recipient"])))
    return wire.encode_value({
        "source": "central",
        "client": {"id": client_id, "name": _client_name(data), "hetu": data.get("hetu") or data.get("temporary_id")},
        "period": {"start": start, "end": end}, "made_at": now or utc_now(), "made_by": made_by,
        "entries": entries, "disclosures": disclosures})


def render_pdf(report: dict[str, Any], language: str) -> bytes:
    """The PDF through the renderer the laptop's report uses (sopiva_desk/reports)."""
    try:
        from sopiva_desk.reports.access_report import render_pdf as render
    except ImportError as error:
        raise ReportError("this build has no PDF renderer for the access report (sopiva_desk.reports): "
                          "use --format json") from error
    return render(report, language)
