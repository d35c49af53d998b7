"""Filling a client plan from the client's supported decision-making sessions.

Pure mapping for ``PlanService.fill_from_sessions`` (``services/plans.py``). The plan's
communication and will fields say how the client communicates and how the client's will was
found out; completed decision-making sessions (``domain/decisions.py``) record exactly that,
so the counsellor need not type it twice:

- ``communication`` ← the methods used in the sessions (each once, in the method list's
  order), the other method and the aids, e.g. "Menetelmät: selkokieli, kuvat tai symbolit.
  Apuvälineet: kuvakansio.";
- ``how_will_found`` ← per session, oldest first: "<date> <topic>: <how the will was found
  out>", then its questions and answers, "– <question> – <answer>".

Text is written in the client's language (Finnish when it is neither Finnish nor Swedish):
it goes into the record, not the user interface. A field the worker has written is never
touched; text longer than the plan allows is cut with "…".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sopiva_desk.domain import decisions as decision_rules
from sopiva_desk.domain import plans as rules

# The record's own words for the session's methods (domain/decisions.py METHODS), by language.
_METHODS: dict[str, dict[str, str]] = {
    "fi": {"plain_language": "selkokieli", "pictures": "kuvat tai symbolit",
           "three_point_sorting": "lajittelu: hyvä / en tiedä / ei hyvä", "aac_device": "kommunikointilaite (AAC)",
           "key_word_signs": "tukiviittomat", "sign_language_interpreter": "viittomakielen tulkki",
           "other": "muu menetelmä"},
    "sv": {"plain_language": "lättläst språk", "pictures": "bilder eller symboler",
           "three_point_sorting": "sortering: bra / vet inte / inte bra",
           "aac_device": "kommunikationshjälpmedel (AKK)", "key_word_signs": "tecken som stöd",
           "sign_language_interpreter": "teckenspråkstolk", "other": "annan metod"},
}
_WORDS: dict[str, dict[str, str]] = {
    "fi": {"methods": "Menetelmät", "aids": "Apuvälineet", "session": "Tuettu päätöksenteko"},
    "sv": {"methods": "Metoder", "aids": "Hjälpmedel", "session": "Stödbeslutsfattande"},
}


def _language(language: str) -> str:
    return language if language in _METHODS else "fi"


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def communication_text(sessions: Sequence[Mapping[str, Any]], language: str) -> str | None:
    """The methods, other methods and aids of the sessions' contents, or None when none is recorded."""
    lang = _language(language)
    used = {code for content in sessions for code in content.get("methods") or ()}
    names = [_METHODS[lang][code] for code in decision_rules.METHODS if code in used and code != "other"]
    names += _unique(str(content.get("methods_other") or "").strip() for content in sessions)
    aids = _unique(str(content.get("aids") or "").strip() for content in sessions)
    lines = []
    if names:
        lines.append(f"{_WORDS[lang]['methods']}: {', '.join(names)}.")
    if aids:
        lines.append(f"{_WORDS[lang]['aids']}: {'; '.join(aids)}.")
    return _fit("\n".join(lines), rules.TEXT_LIMITS["communication"]) if lines else None


def will_text(sessions: Sequence[tuple[date | None, Mapping[str, Any]]], language: str) -> str | None:
    """How the will was found out in each session (with its questions and answers), oldest first."""
    lang = _language(language)
    blocks = []
    for day, content in sessions:
        found = str(content.get("how_will_found") or "").strip()
        questions = [q for q in content.get("will_questions") or () if q.get("question") or q.get("answer")]
        if not found and not questions:
            continue
        topic = str(content.get("topic_plain") or content.get("topic") or _WORDS[lang]["session"]).strip()
        when = f"{day.day}.{day.month}.{day.year} " if day else ""
        lines = [f"{when}{topic}: {found}" if found else f"{when}{topic}"]
        lines += ["– " + " – ".join(part for part in (q.get("question"), q.get("answer")) if part)
                  for q in questions]
        blocks.append("\n".join(lines))
    return _fit("\n\n".join(blocks), rules.TEXT_LIMITS["how_will_found"]) if blocks else None


def _unique(texts: Any) -> list[str]:
    found: list[str] = []
    for text in texts:
        if text and text not in found:
            found.append(text)
    return found


def filled_from_sessions(plan: rules.Plan, sessions: Sequence[tuple[date | None, Mapping[str, Any]]],
                         language: str) -> dict[str, str]:
    """The plan fields to fill: only those still empty, and only with something to say."""
    proposals = {"communication": communication_text([content for _day, content in sessions], language),
                 "how_will_found": will_text(sessions, language)}
    return {name: text for name, text in proposals.items() if text and not getattr(plan, name)}
