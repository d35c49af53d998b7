"""Supported decision-making sessions (tuettu päätöksenteko, Disability Services Act 675/2023 §15).

The person chooses the supporters, the supporter never decides for the person, and the
record shows how the decision was supported: the decision at hand in parts and in plain
language, who took part, the communication methods, the options shown with the person's
reaction and own words for each, the decision, how the will was found out, whether the
person agrees, and differing views kept beside the person's own (never instead of it).

A session's content is a JSON dict keyed by the names below. An absent key is an empty
value: cleaning turns "", [] and whitespace into ``None`` and the service drops the key.
Every ``clean_*`` returns the value to store or raises ``DecisionInvalid`` carrying an
``Issue``. ``Issue.field`` is the content key, or ``<key>/<index>/<part>`` for a row of a
list (``options/<option id>/<part>`` for options), so the GUI can point at the place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from sopiva_desk.domain.dates import DateProblem, read_day
from sopiva_desk.domain.issues import Issue
from sopiva_desk.domain.pictograms import normalize_hexcode

ROLES = ("supporter", "close_person", "interpreter", "professional", "other")
METHODS = ("plain_language", "pictures", "three_point_sorting", "aac_device", "key_word_signs",
           "sign_language_interpreter", "other")
REACTIONS = ("good", "unsure", "not_good")
AGREEMENT = ("agrees", "partly", "disagrees", "could_not_express")
WELLBEING_MIN, WELLBEING_MAX = 1, 5  # the "how are things?" picture scale: 1 very bad … 5 very good

# Limits: characters for text, rows for lists.
TEXT_LIMITS: dict[str, int] = {
    "topic": 2000,
    "topic_plain": 500,
    "methods_other": 300,
    "aids": 1000,
    "decision": 2000,
    "how_will_found": 2000,
    "agreement_reason": 1000,
    "next_steps": 2000,
}
PART_MAX, PARTS_MAX = 300, 20
PARTICIPANTS_MAX, PARTICIPANT_NAME_MAX, PARTICIPANT_RELATION_MAX = 30, 100, 100
OPTIONS_MAX = 12
OPTION_LIMITS: dict[str, int] = {"title": 120, "plain": 500, "client_words": 1000}
WILL_QUESTIONS_MAX, QUESTION_MAX, ANSWER_MAX = 30, 500, 1000
DIFFERING_VIEWS_MAX, WHO_MAX, VIEW_MAX = 20, 100, 2000

LIST_FIELDS = ("parts", "participants", "methods", "will_questions", "differing_views")
# Keys ``set_field`` accepts, in form order. Options have their own operations.
FIELDS = ("topic", "topic_plain", "parts", "participants", "methods", "methods_other", "aids", "decision",
          "will_questions", "how_will_found", "agreement", "agreement_reason", "differing_views", "next_steps",
          "follow_up_on", "wellbeing", "client_sorted")
OPTION_FIELDS = ("title", "plain", "pictogram", "tried", "reaction", "client_words")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # tabs and line breaks are allowed


class DecisionInvalid(ValueError):
    """A value breaks a rule; ``issue`` says which and why."""

    def __init__(self, issue: Issue) -> None:
        super().__init__(issue.key)
        self.issue = issue


# -- cleaning -------------------------------------------------------------------------------


def _text(where: str, raw: Any, limit: int) -> str | None:
    """Stripped text, ``None`` when empty."""
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise DecisionInvalid(Issue(where, "field.choice"))
    text = raw.strip()
    if len(text) > limit:
        raise DecisionInvalid(Issue(where, "field.too_long", {"max": limit}))
    if _CONTROL.search(text):
        raise DecisionInvalid(Issue(where, "field.control_chars"))
    return text or None


def _line(where: str, raw: Any, limit: int) -> str | None:
    """One-line text (names, titles): inner runs of white space become one space."""
    text = _text(where, raw, limit)
    return " ".join(text.split()) if text is not None else None


def _choice(where: str, raw: Any, choices: Sequence[str]) -> str | None:
    if raw is None or raw == "":
        return None
    if raw not in choices:
        raise DecisionInvalid(Issue(where, "field.choice"))
    return str(raw)


def _flag(where: str, raw: Any) -> bool:
    if raw is None:
        return False
    if not isinstance(raw, bool):
        raise DecisionInvalid(Issue(where, "field.choice"))
    return raw


def _rows(key: str, raw: Any, limit: int) -> list[Any]:
    if raw is None:
        return []
    if isinstance(raw, str | bytes | Mapping) or not isinstance(raw, Sequence):
        raise DecisionInvalid(Issue(key, "field.choice"))
    if len(raw) > limit:
        raise DecisionInvalid(Issue(key, "field.too_many", {"max": limit}))
    return list(raw)


def _row(where: str, raw: Any) -> Mapping[str, Any]:
    if not isinstance(raw, Mapping):
        raise DecisionInvalid(Issue(where, "field.choice"))
    return raw


def clean_parts(raw: Any) -> list[str] | None:
    parts = []
    for index, item in enumerate(_rows("parts", raw, PARTS_MAX)):
        text = _text(f"parts/{index}", item, PART_MAX)
        if text is not None:
            parts.append(text)
    return parts or None


def clean_participants(raw: Any) -> list[dict[str, Any]] | None:
    """Rows of {name, role, relation}; rows with nothing in them are dropped.

    The client is always a participant and is not listed. The role "supporter" is a supporter
    the client chose (675/2023 §15: the person chooses the supporters), one fact with no flag
    beside it; migration 0010 folded the former ``chosen_by_client`` flag into it.
    """
    rows = []
    for index, item in enumerate(_rows("participants", raw, PARTICIPANTS_MAX)):
        where = f"participants/{index}"
        row = _row(where, item)
        clean = {
            "name": _line(f"{where}/name", row.get("name"), PARTICIPANT_NAME_MAX),
            "role": _choice(f"{where}/role", row.get("role"), ROLES),
            "relation": _line(f"{where}/relation", row.get("relation"), PARTICIPANT_RELATION_MAX),
        }
        if any(clean.values()):
            rows.append(clean)
    return rows or None


def close_person_role(roles: Sequence[str]) -> str:
    """A close person's role in a session: "supporter" when the client chose them as one."""
    return "supporter" if "supporter" in roles else "close_person"


def participants_from_people(people: Sequence[Mapping[str, Any]], client_name: str,
                             close_roles: Mapping[str, Sequence[str]]) -> list[dict[str, Any]]:
    """A visit's participants ({name, relation}) as session participants: the client (always
    there, not listed) is left out; a close person the client chose as supporter is a
    "supporter", another close person a "close_person"; anyone else's role is left for the
    counsellor (completion asks for it). ``close_roles``: the close persons' roles by name."""
    roles = {name.casefold(): tuple(found) for name, found in close_roles.items()}
    rows = []
    for person in people:
        name = " ".join(str(person.get("name") or "").split())
        if not name or name.casefold() == " ".join(client_name.split()).casefold():
            continue
        known = roles.get(name.casefold())
        role = None if known is None else close_person_role(known)
        relation = " ".join(str(person.get("relation") or "").split()) or None
        rows.append({"name": name[:PARTICIPANT_NAME_MAX], "role": role,
                     "relation": relation[:PARTICIPANT_RELATION_MAX] if relation else None})
    return rows[:PARTICIPANTS_MAX]


def clean_methods(raw: Any) -> list[str] | None:
    chosen = _rows("methods", raw, len(METHODS))
    if any(code not in METHODS for code in chosen):
        raise DecisionInvalid(Issue("methods", "field.choice"))
    return [code for code in METHODS if code in chosen] or None


def clean_will_questions(raw: Any) -> list[dict[str, Any]] | None:
    rows = []
    for index, item in enumerate(_rows("will_questions", raw, WILL_QUESTIONS_MAX)):
        where = f"will_questions/{index}"
        row = _row(where, item)
        clean = {"question": _text(f"{where}/question", row.get("question"), QUESTION_MAX),
                 "answer": _text(f"{where}/answer", row.get("answer"), ANSWER_MAX)}
        if any(clean.values()):
            rows.append(clean)
    return rows or None


def clean_differing_views(raw: Any) -> list[dict[str, Any]] | None:
    rows = []
    for index, item in enumerate(_rows("differing_views", raw, DIFFERING_VIEWS_MAX)):
        where = f"differing_views/{index}"
        row = _row(where, item)
        clean = {"who": _line(f"{where}/who", row.get("who"), WHO_MAX),
                 "view": _text(f"{where}/view", row.get("view"), VIEW_MAX)}
        if any(clean.values()):
            rows.append(clean)
    return rows or None


def clean_date(key: str, raw: Any) -> str | None:
    """An ISO date string (``YYYY-MM-DD``) from a ``date`` or typed text (``domain.dates``);
    ``None`` when empty."""
    try:
        day = read_day(raw)
    except DateProblem as problem:
        raise DecisionInvalid(problem.issue(key)) from None
    return None if day is None else day.isoformat()


def clean_wellbeing(raw: Any) -> int | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        raise DecisionInvalid(Issue("wellbeing", "number.format"))
    if isinstance(raw, int):
        value = raw
    elif isinstance(raw, str) and raw.strip().isdigit():
        value = int(raw.strip())
    else:
        raise DecisionInvalid(Issue("wellbeing", "number.format"))
    if not WELLBEING_MIN <= value <= WELLBEING_MAX:
        raise DecisionInvalid(Issue("wellbeing", "field.range", {"min": WELLBEING_MIN, "max": WELLBEING_MAX}))
    return value


def clean_field(key: str, raw: Any) -> Any:
    """The value to store for one top-level key (``None`` = empty), or ``DecisionInvalid``."""
    if key in TEXT_LIMITS:
        return _text(key, raw, TEXT_LIMITS[key])
    if key == "parts":
        return clean_parts(raw)
    if key == "participants":
        return clean_participants(raw)
    if key == "methods":
        return clean_methods(raw)
    if key == "will_questions":
        return clean_will_questions(raw)
    if key == "differing_views":
        return clean_differing_views(raw)
    if key == "agreement":
        return _choice(key, raw, AGREEMENT)
    if key == "follow_up_on":
        return clean_date(key, raw)
    if key == "wellbeing":
        return clean_wellbeing(raw)
    if key == "client_sorted":  # the client sorted the options in the client view (kept, never cleared by it)
        return True if _flag(key, raw) else None
    raise DecisionInvalid(Issue(key, "field.choice"))


def clean_option_field(option_id: str, key: str, raw: Any) -> Any:
    """The value to store for one part of an option; ``Issue.field`` is ``options/<id>/<key>``."""
    where = f"options/{option_id}/{key}"
    if key == "title":
        return _line(where, raw, OPTION_LIMITS[key])
    if key in OPTION_LIMITS:
        return _text(where, raw, OPTION_LIMITS[key])
    if key == "pictogram":
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        code = normalize_hexcode(raw) if isinstance(raw, str) else None
        if code is None:
            raise DecisionInvalid(Issue(where, "field.choice"))
        return code
    if key == "tried":
        return _flag(where, raw)
    if key == "reaction":
        return _choice(where, raw, REACTIONS)
    raise DecisionInvalid(Issue(where, "field.choice"))


def new_option(option_id: str, title: Any = "", plain: Any = "", pictogram: Any = None) -> dict[str, Any]:
    """A cleaned option with every part present: not tried, no reaction yet."""
    return {
        "id": option_id,
        "title": clean_option_field(option_id, "title", title),
        "plain": clean_option_field(option_id, "plain", plain),
        "pictogram": clean_option_field(option_id, "pictogram", pictogram),
        "tried": False,
        "reaction": None,
        "client_words": None,
    }


def empty_value(key: str) -> Any:
    """What an absent key means: an empty list for lists (and options), ``None`` otherwise."""
    return [] if key in LIST_FIELDS or key == "options" else None


# -- completion -----------------------------------------------------------------------------


def _filled(value: Any) -> bool:
    return value is not None and value != "" and value != []


def missing_for_completion(content: Mapping[str, Any]) -> list[Issue]:
    """Everything that stops completing the session, in form order."""
    issues: list[Issue] = []
    if not _filled(content.get("topic")):
        issues.append(Issue("topic", "field.required"))
    for index, person in enumerate(content.get("participants") or []):
        where = f"participants/{index}"
        if not _filled(person.get("name")):
            issues.append(Issue(f"{where}/name", "field.required"))
        if not _filled(person.get("role")):
            issues.append(Issue(f"{where}/role", "field.required"))
    methods = content.get("methods") or []
    if not methods:
        issues.append(Issue("methods", "decision.methods_missing"))
    if "other" in methods and not _filled(content.get("methods_other")):
        issues.append(Issue("methods_other", "field.required"))
    options = content.get("options") or []
    if not options:
        issues.append(Issue("options", "decision.options_missing"))
    for option in options:
        if not _filled(option.get("title")):
            issues.append(Issue(f"options/{option.get('id')}/title", "field.required"))
    if not _filled(content.get("decision")):
        issues.append(Issue("decision", "field.required"))
    questions = content.get("will_questions") or []
    for index, row in enumerate(questions):
        for part in ("question", "answer"):
            if not _filled(row.get(part)):
                issues.append(Issue(f"will_questions/{index}/{part}", "field.required"))
    answered = any(_filled(r.get("question")) and _filled(r.get("answer")) for r in questions)
    if not (_filled(content.get("how_will_found")) or answered):
        issues.append(Issue("how_will_found", "decision.will_not_recorded"))
    agreement = content.get("agreement")
    if not _filled(agreement):
        issues.append(Issue("agreement", "decision.agreement_missing"))
    elif agreement == "could_not_express" and not _filled(content.get("agreement_reason")):
        issues.append(Issue("agreement_reason", "decision.reason_missing"))
    for index, row in enumerate(content.get("differing_views") or []):
        for part in ("who", "view"):
            if not _filled(row.get(part)):
                issues.append(Issue(f"differing_views/{index}/{part}", "field.required"))
    return issues


# -- summaries ------------------------------------------------------------------------------


def reaction_summary(options: Sequence[Mapping[str, Any]]) -> dict[str, list[str]]:
    """Option ids by the client's reaction (good / unsure / not_good / unsorted), in option order."""
    summary: dict[str, list[str]] = {reaction: [] for reaction in (*REACTIONS, "unsorted")}
    for option in options:
        reaction = option.get("reaction")
        summary[reaction if reaction in REACTIONS else "unsorted"].append(str(option.get("id")))
    return summary
