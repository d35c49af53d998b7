"""The access log in words a person understands, in the interface language.

The log stores record types and field keys (``client_plan``,
``goals/<id>/supports/<id>/arranging_method``). ``AccessLogWords`` turns an entry into the
record ("Client plan, version 2") and what of it was handled ("goal 2 “I want to…” › support 1:
arranging method"), with the facts ``AccessLogService.for_display`` read from the stored records
and the same captions the forms and history dialogs use. The technical key stays available for
an administrator (``technical``: the table shows it as a tooltip).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sopiva_desk.gui.dialogs.document_preview import document_name
from sopiva_desk.gui.dialogs.session_history import field_labels as session_labels
from sopiva_desk.gui.dialogs.start_visit import way_label
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.gui.models.assessment_history_model import field_title as assessment_field_title
from sopiva_desk.gui.widgets.budget_parts import field_labels as budget_labels
from sopiva_desk.gui.widgets.plan_labels import field_labels as plan_labels
from sopiva_desk.gui.widgets.plan_labels import life_domain_labels
from sopiva_desk.services.access_log import AccessEntry, PartFacts, RecordFacts

_t = QCoreApplication.translate  # lupdate knows the alias (Makefile: -tr-function-alias)

CLIENT_CONTEXT = "ClientFilePage"  # the client's own fields were named on the client file page first
_CLIENT_FIELDS = {
    "first_names": QT_TRANSLATE_NOOP("ClientFilePage", "First names"),
    "last_name": QT_TRANSLATE_NOOP("ClientFilePage", "Last name"),
    "hetu": QT_TRANSLATE_NOOP("ClientFilePage", "Identity code"),
    "temporary_id": QT_TRANSLATE_NOOP("ClientFilePage", "Temporary identifier"),
    "birth_date": QT_TRANSLATE_NOOP("ClientFilePage", "Birth date"),
    "language": QT_TRANSLATE_NOOP("ClientFilePage", "Language"),
    "other_language": QT_TRANSLATE_NOOP("ClientFilePage", "Which language"),
    "municipality_code": QT_TRANSLATE_NOOP("ClientFilePage", "Home municipality"),
    "street_address": QT_TRANSLATE_NOOP("ClientFilePage", "Street address"),
    "postal_code": QT_TRANSLATE_NOOP("ClientFilePage", "Postal code"),
    "post_office": QT_TRANSLATE_NOOP("ClientFilePage", "Post office"),
    "phone": QT_TRANSLATE_NOOP("ClientFilePage", "Phone"),
    "communication_methods": QT_TRANSLATE_NOOP("ClientFilePage", "Communication methods"),
    "communication_notes": QT_TRANSLATE_NOOP("ClientFilePage", "How I communicate"),
    "own_worker": QT_TRANSLATE_NOOP("ClientFilePage", "Own worker"),
    "status": QT_TRANSLATE_NOOP("ClientFilePage", "Status"),
    "closed_on": QT_TRANSLATE_NOOP("ClientFilePage", "Day the client-hood ended"),  # the retention clock
    "name": QT_TRANSLATE_NOOP("ClientFilePage", "Name"),
    "relation": QT_TRANSLATE_NOOP("ClientFilePage", "Relation"),
    "roles": QT_TRANSLATE_NOOP("ClientFilePage", "Roles"),
    "notes": QT_TRANSLATE_NOOP("ClientFilePage", "Notes"),
}
_ACTIONS = {
    "view": QT_TRANSLATE_NOOP("ClientFilePage", "Viewed"),
    "create": QT_TRANSLATE_NOOP("ClientFilePage", "Added"),
    "update": QT_TRANSLATE_NOOP("ClientFilePage", "Changed"),
    "delete": QT_TRANSLATE_NOOP("ClientFilePage", "Removed"),
    "print": QT_TRANSLATE_NOOP("ClientFilePage", "Printed"),
    "export": QT_TRANSLATE_NOOP("ClientFilePage", "Exported"),
    "sync": QT_TRANSLATE_NOOP("ClientFilePage", "Synchronised"),
    "resolve_conflict": QT_TRANSLATE_NOOP("ClientFilePage", "Resolved a sync conflict"),
    "purge": QT_TRANSLATE_NOOP("ClientFilePage", "Removed from this computer"),
    "list": QT_TRANSLATE_NOOP("ClientFilePage", "Listed"),
}


def client_field_label(field: str) -> str:
    """The translated name of a client or close-person field."""
    source = _CLIENT_FIELDS.get(field)
    return QCoreApplication.translate(CLIENT_CONTEXT, source) if source else field


def action_label(action: str) -> str:
    source = _ACTIONS.get(action)
    return QCoreApplication.translate(CLIENT_CONTEXT, source) if source else action


def _visit_labels() -> dict[str, str]:
    return {
        "way": _t("AccessLog", "way of meeting"),
        "place": _t("AccessLog", "place"),
        "starts_at": _t("AccessLog", "start time"),
        "ends_at": _t("AccessLog", "end time"),
        "status": _t("AccessLog", "visit ended"),
        "notes": _t("AccessLog", "notes"),
        "participants": _t("AccessLog", "who took part"),
        "absent": _t("AccessLog", "who was absent"),
    }


def _review_labels() -> dict[str, str]:
    return {
        "notes": _t("AccessLog", "notes"),
        "wellbeing": _t("AccessLog", "“How are things?”"),
        "status": _t("AccessLog", "completed"),
        "client": _t("AccessLog", "the client's rating"),
        "professional": _t("AccessLog", "the professional's rating"),
    }


def _common_labels() -> dict[str, str]:
    """Keys every versioned record shares, and the odd keys of views."""
    return {
        "status": _t("AccessLog", "state"),
        "amend_reason": _t("AccessLog", "reason for the new version"),
        "follow_up": _t("AccessLog", "follow-up"),
        "list": _t("AccessLog", "the list"),
        "history": _t("AccessLog", "the change history"),
    }


@dataclass(frozen=True)
class EntryWords:
    record: str  # "Client plan, version 2"
    details: str  # "goal 2 “I want to…” › support 1: arranging method" (may be empty)
    technical: str  # "client_plan: goals/af3c…/supports/…/arranging_method", for an administrator


Piece = tuple[tuple[str, ...], str]  # (where in the record, the field's caption); either may be empty


class AccessLogWords:
    """Describes access-log entries with the facts of the records they name.

    ``service_name`` names a catalogue service code (budget lines) in the interface language;
    ``language`` picks the template's labels for assessment fields."""

    def __init__(self, records: Mapping[uuid.UUID, RecordFacts], language: str,
                 service_name: Callable[[str], str] | None = None) -> None:
        self._records = records
        self._language = language
        self._service_name = service_name or (lambda code: code)

    # -- the record --------------------------------------------------------------------------

    def record(self, record_type: str, record_id: uuid.UUID | None) -> str:
        """The record an entry (or a disclosed document) is about, e.g. "Client plan, version 2"."""
        facts = self._records.get(record_id) if record_id is not None else None
        text = self._record_text(record_type, facts)
        if facts is not None and facts.removed:
            return _t("AccessLog", "{record} (since removed)").format(record=text)
        return text

    def _record_text(self, record_type: str, facts: RecordFacts | None) -> str:
        f = facts or RecordFacts(record_type)
        if record_type == "client":
            return _t("AccessLog", "Client file")
        if record_type == "close_person":
            return (_t("AccessLog", "Close person {name}").format(name=f.title) if f.title
                    else _t("AccessLog", "Close person"))
        if record_type == "visit":
            if f.day is None:
                return _t("AccessLog", "Visit")
            return _t("AccessLog", "{way} {date}").format(way=way_label(f.kind), date=format_date(f.day))
        if record_type == "assessment":
            return (_t("AccessLog", "Needs assessment, version {version}").format(version=f.version)
                    if f.version else _t("AccessLog", "Needs assessment"))
        if record_type == "decision_session":
            if f.version is None:
                return _t("AccessLog", "Decision-making session")
            if f.title:
                return _t("AccessLog", "Decision-making session “{topic}”, version {version}").format(
                    topic=f.title, version=f.version)
            return _t("AccessLog", "Decision-making session, version {version}").format(version=f.version)
        if record_type == "client_plan":
            return (_t("AccessLog", "Client plan, version {version}").format(version=f.version)
                    if f.version else _t("AccessLog", "Client plan"))
        if record_type == "personal_budget":
            if f.period is None:
                return _t("AccessLog", "Personal budget")
            return _t("AccessLog", "Personal budget {start}–{end}").format(
                start=format_date(f.period[0]), end=format_date(f.period[1]))
        if record_type == "plan_review":
            return (_t("AccessLog", "Plan review {date}").format(date=format_date(f.day)) if f.day
                    else _t("AccessLog", "Plan review"))
        if record_type == "print_job":
            return (_t("AccessLog", "Print queue: {document}").format(document=document_name(f.kind)) if f.kind
                    else _t("AccessLog", "Print queue"))
        if record_type == "disclosure":
            return (_t("AccessLog", "Disclosure to {recipient}").format(recipient=f.title) if f.title
                    else _t("AccessLog", "Disclosure entries"))
        if record_type == "budget_overview":
            return _t("AccessLog", "Personal budgets overview")
        if record_type == "client_data":  # services/subject_export.py
            return _t("AccessLog", "All of the client's data, at the client's own request")
        if record_type == "access_report":
            return _t("AccessLog", "The client's access report")
        return _listing_names().get(record_type, record_type)

    # -- the entry ---------------------------------------------------------------------------

    def describe(self, entry: AccessEntry) -> EntryWords:
        facts = self._records.get(entry.record_id) if entry.record_id is not None else None
        technical = entry.record_type + (": " + ", ".join(entry.fields) if entry.fields else "")
        return EntryWords(self.record(entry.record_type, entry.record_id),
                          self._details(entry, facts), technical)

    def field_caption(self, record_type: str, key: str, record_id: uuid.UUID | None) -> str:
        """One field of a record in words ("goal 2 “I want to…” › support 1: arranging method")."""
        facts = self._records.get(record_id) if record_id is not None else None
        return _joined([self._piece(record_type, key, facts)]) or key

    def _details(self, entry: AccessEntry, facts: RecordFacts | None) -> str:
        if entry.listing:  # the client was one of the clients a list showed
            if entry.action == "export":
                return _t("AccessLog", "included in the exported file")
            if entry.action == "sync":
                return _t("AccessLog", "changes to the client's data were in the sync")
            return _t("AccessLog", "appeared in the list")
        if entry.record_type == "print_job":
            return self._print_job(entry)
        pieces: list[Piece] = []
        for key in entry.fields:
            if key.startswith("document/") and key[9:] == entry.record_type:
                continue  # the record is the document (the access report)
            if key.startswith("document/"):
                pieces.append(((), _t("AccessLog", "document “{name}”").format(name=document_name(key[9:]))))
            elif key.startswith("language/"):
                pieces.append(((), _language_words(key[9:])))
            elif entry.action in ("update", "resolve_conflict") or key in ("follow_up", "history"):
                pieces.append(self._piece(entry.record_type, key, facts))
        return _joined(pieces)

    @staticmethod
    def _print_job(entry: AccessEntry) -> str:
        if entry.action != "update":
            return ""
        if "printed_at" in entry.fields:
            return _t("AccessLog", "marked as printed")
        return _t("AccessLog", "taken off the queue")

    def _piece(self, record_type: str, key: str, facts: RecordFacts | None) -> Piece:
        parts = key.split("/")
        parts_of = facts.parts if facts is not None else {}
        common = _common_labels()
        if record_type in ("client", "close_person"):
            return (), client_field_label(key)
        if record_type == "visit":
            return (), _visit_labels().get(key, key)
        if record_type == "assessment":
            if key in common:
                return (), common[key]
            template = facts.template if facts is not None else None
            if template is None or key not in template.fields:  # its template file is gone from this computer
                return (), _t("AccessLog", "an answer in the form")
            return (), assessment_field_title(template, key, self._language)
        if record_type == "client_plan":
            return self._plan_piece(parts, parts_of)
        if record_type == "decision_session":
            return self._session_piece(key, parts, parts_of)
        if record_type == "personal_budget":
            return self._budget_piece(key, parts, parts_of)
        if record_type == "plan_review":
            labels = _review_labels()
            if parts[0] == "ratings" and len(parts) == 3:
                return (_goal(parts_of.get(parts[1])),), labels.get(parts[2], parts[2])
            return (), labels.get(key, key)
        return (), common.get(key, key)

    def _plan_piece(self, parts: list[str], parts_of: Mapping[str, PartFacts]) -> Piece:
        labels = {**_common_labels(), **plan_labels()}
        head = parts[0]
        if head == "goals" and len(parts) > 1:
            where = [_goal(parts_of.get(parts[1]))]
            rest = parts[2:]
            if rest[:1] == ["supports"] and len(rest) > 1:
                where.append(_numbered(parts_of.get(rest[1]), _t("AccessLog", "support {number}"),
                                       _t("AccessLog", "support {number} “{words}”"),
                                       _t("AccessLog", "a support since removed")))
                rest = rest[2:]
            return tuple(where), ", ".join(labels.get(part, part) for part in rest)
        if head == "role_map" and len(parts) > 1:
            person = _numbered(parts_of.get(parts[1]), _t("AccessLog", "person {number}"),
                               _t("AccessLog", "person {number} “{words}”"),
                               _t("AccessLog", "a person since removed"))
            return (labels["role_map"], person), ", ".join(labels.get(part, part) for part in parts[2:])
        if head == "situation" and len(parts) == 2:
            return (labels["situation"],), life_domain_labels().get(parts[1], parts[1])
        return _row_piece(parts, labels)

    def _session_piece(self, key: str, parts: list[str], parts_of: Mapping[str, PartFacts]) -> Piece:
        labels = {**_common_labels(), **session_labels()}
        if key == "options/order":
            return (), _t("AccessLog", "order of the options")
        if parts[0] == "options" and len(parts) > 1:
            option = _numbered(parts_of.get(parts[1]), _t("AccessLog", "option {number}"),
                               _t("AccessLog", "option {number} “{words}”"),
                               _t("AccessLog", "an option since removed"))
            return (option,), ", ".join(labels.get(part, part) for part in parts[2:])
        return _row_piece(parts, labels)

    def _budget_piece(self, key: str, parts: list[str], parts_of: Mapping[str, PartFacts]) -> Piece:
        labels = {**_common_labels(), **budget_labels()}
        head = parts[0]
        if head == "lines" and len(parts) > 1:
            line = parts_of.get(parts[1])
            if line is not None and not line.words and line.service_code:
                line = PartFacts(line.number, self._service_name(line.service_code))
            return (_numbered(line, _t("AccessLog", "line {number}"), _t("AccessLog", "line {number} “{words}”"),
                              _t("AccessLog", "a line since removed")),), ""
        if head == "reference_lines" and len(parts) > 1 and parts[1].isdigit():
            return (_t("AccessLog", "reference line {number}").format(number=int(parts[1]) + 1),), ""
        if head == "commitments" and len(parts) > 1:
            return (_t("AccessLog", "payment commitment {number}").format(number="/".join(parts[1:])),), ""
        if head == "uses" and len(parts) > 1:
            use = parts_of.get(parts[1])
            if use is None or use.day is None:
                return (_t("AccessLog", "a realised use since removed"),), ""
            return (_t("AccessLog", "realised use {date}").format(date=format_date(use.day)),), ""
        return (), labels.get(key, key)


def _listing_names() -> dict[str, str]:
    """The lists and pages a listing entry names (services/listings.py)."""
    return {
        "caseload": _t("AccessLog", "Caseload list"),
        "print_queue": _t("AccessLog", "Print queue"),
        "today": _t("AccessLog", "Today page"),
        "review_overview": _t("AccessLog", "Goal attainment in the budgets overview"),
        "sync_conflicts": _t("AccessLog", "Sync conflicts"),
        "closed_cases": _t("AccessLog", "Closed cases to remove from this computer"),
        "refused_changes": _t("AccessLog", "Changes refused by the central records"),
        "case_work": _t("AccessLog", "Visits, assessments and decision-making"),
        "plans_and_budgets": _t("AccessLog", "Plans, budgets and reviews"),
        "access_log": _t("AccessLog", "Access log and disclosures"),
        "sync_sent": _t("AccessLog", "Sent to the central records"),
        "sync_received": _t("AccessLog", "Received from the central records"),
    }


def _goal(facts: PartFacts | None) -> str:
    return _numbered(facts, _t("AccessLog", "goal {number}"), _t("AccessLog", "goal {number} “{words}”"),
                     _t("AccessLog", "a goal since removed"))


def _numbered(facts: PartFacts | None, plain: str, with_words: str, removed: str) -> str:
    """A part by its place and first words ("goal 2 “I want to…”"), or that it is gone."""
    if facts is None:
        return removed
    return (with_words if facts.words else plain).format(number=facts.number, words=facts.words)


def _row_piece(parts: list[str], labels: Mapping[str, str]) -> Piece:
    """A row of a list field by its place ("participants 2: name"), else the field's caption."""
    if len(parts) == 3 and parts[1].isdigit():
        return (f"{labels.get(parts[0], parts[0])} {int(parts[1]) + 1}",), labels.get(parts[2], parts[2])
    key = "/".join(parts)
    return (), labels.get(key, key)


def _language_words(language: str) -> str:
    return {"fi": _t("AccessLog", "in Finnish"), "sv": _t("AccessLog", "in Swedish")}.get(language, language)


def _joined(pieces: Iterable[Piece]) -> str:
    """Pieces with the same place grouped: "goal 2 › support 1: service, unit, unit price; goal 3"."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for where, caption in pieces:
        captions = groups.setdefault(where, [])
        if caption and caption not in captions:
            captions.append(caption)
    texts = []
    for where, captions in groups.items():
        place = " › ".join(where)
        fields = ", ".join(captions)
        texts.append(f"{place}: {fields}" if place and fields else place or fields)
    return "; ".join(texts)
