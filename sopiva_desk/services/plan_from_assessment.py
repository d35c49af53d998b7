"""Drafting a client plan from an assessment: situation by life domain, support needs, strengths.

Pure mapping for ``PlanService.start_draft`` (``services/plans.py``): it copies answers of a
completed assessment into plan fields that are still empty, never over text the worker wrote.
Mapping for templates with the life-domain group (``vammaispalvelut-pta``):

- ``situation[<domain>]`` ← the domain section's ``client_view``, ``close_persons_view``,
  ``professional_view``, ``current_support`` and ``functioning_notes``, each answered part
  as "<label>: <text>" with the template's label in the client's language, parts separated
  by a blank line; cut to ``SITUATION_MAX`` with "…" when longer;
- ``support_need_client`` ← ``conclusions.client_assessment``,
  ``support_need_close_persons`` ← ``conclusions.close_persons_assessment``,
  ``support_need_professional`` ← ``conclusions.professional_assessment``,
  ``strengths`` ← ``strengths.strengths``.

A key the template lacks is skipped. Current services are not copied: the plan needs them
confirmed by the worker (they are required for agreeing).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from sopiva_desk.domain import plans as rules
from sopiva_desk.domain.money import InvalidInput
from sopiva_desk.domain.templates import Template

SITUATION_PARTS = ("client_view", "close_persons_view", "professional_view", "current_support", "functioning_notes")
ASSESSMENT_FIELDS = {
    "support_need_client": "conclusions.client_assessment",
    "support_need_close_persons": "conclusions.close_persons_assessment",
    "support_need_professional": "conclusions.professional_assessment",
    "strengths": "strengths.strengths",
}


def situation_from(template: Template, answers: Mapping[str, Any], language: str) -> dict[str, str]:
    """The situation text per life domain from the answers (a domain with no answered part is left out)."""
    situation: dict[str, str] = {}
    for domain in rules.LIFE_DOMAINS:
        parts = []
        for part in SITUATION_PARTS:
            key = f"{domain}.{part}"
            spec = template.fields.get(key)
            text = answers.get(key)
            if spec is None or not isinstance(text, str) or not text.strip():
                continue
            parts.append(f"{spec.label.get(language)}: {text.strip()}")
        if parts:
            joined = "\n\n".join(parts)
            if len(joined) > rules.SITUATION_MAX:
                joined = joined[:rules.SITUATION_MAX - 1].rstrip() + "…"
            situation[domain] = joined
    return situation


def from_assessment(plan: rules.Plan, template: Template, answers: Mapping[str, Any], language: str) -> rules.Plan:
    """``plan`` with its empty fields filled from the assessment's ``answers`` (module doc)."""
    situation = dict(plan.situation)
    for domain, text in situation_from(template, answers, language).items():
        situation.setdefault(domain, text)
    changes: dict[str, Any] = {"situation": situation}
    for name, key in ASSESSMENT_FIELDS.items():
        text = answers.get(key)
        if (key in template.fields and not getattr(plan, name) and isinstance(text, str) and text.strip()
                and len(text.strip()) <= rules.TEXT_LIMITS[name]):
            changes[name] = text
    try:
        return replace(plan, **changes)
    except InvalidInput:  # an answer the plan cannot hold (e.g. control characters): keep the plan as it was
        return plan
