"""Words of the client plan: the value lists of ``domain/plans.py`` and every field's caption.

Shared by the plan page, its goal editor and the history dialog, so a field is called the same
everywhere (in the list of what is missing, in the history, next to the field).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

_t = QCoreApplication.translate  # lupdate knows the alias (Makefile: -tr-function-alias)


def life_domain_labels() -> dict[str, str]:
    return {
        "everyday_life": _t("PlanLabels", "Everyday life"),
        "housing": _t("PlanLabels", "Housing"),
        "mobility": _t("PlanLabels", "Moving about"),
        "communication": _t("PlanLabels", "Communication"),
        "health": _t("PlanLabels", "Health"),
        "work_study": _t("PlanLabels", "Work and study"),
        "leisure": _t("PlanLabels", "Leisure"),
        "relationships": _t("PlanLabels", "Relationships"),
        "finances": _t("PlanLabels", "Finances"),
        "safety": _t("PlanLabels", "Safety"),
    }


def provider_kind_labels() -> dict[str, str]:
    return {
        "client": _t("PlanLabels", "The client"),
        "close_person": _t("PlanLabels", "Close person"),
        "basic_service": _t("PlanLabels", "Basic service"),
        "ngo": _t("PlanLabels", "Organisation (NGO)"),
        "service_provider": _t("PlanLabels", "Service provider"),
    }


def arranging_method_labels() -> dict[str, str]:
    return {
        "own_production": _t("PlanLabels", "Own production"),
        "purchased_service": _t("PlanLabels", "Purchased service"),
        "service_voucher": _t("PlanLabels", "Service voucher"),
        "payment_commitment": _t("PlanLabels", "Payment commitment"),
        "personal_budget": _t("PlanLabels", "Personal budget"),
        "informal_support": _t("PlanLabels", "Informal support"),
        "basic_service": _t("PlanLabels", "Basic service"),
    }


def unit_labels() -> dict[str, str]:
    return {
        "hour": _t("PlanLabels", "hour"),
        "day": _t("PlanLabels", "day"),
        "month": _t("PlanLabels", "month"),
        "trip": _t("PlanLabels", "trip"),
        "piece": _t("PlanLabels", "piece"),
    }


def field_labels() -> dict[str, str]:
    """Captions of the plan's fields and of the parts of goals, supports and role-map entries."""
    return {
        "meeting_date": _t("PlanLabels", "Meeting date"),
        "meeting_place": _t("PlanLabels", "Meeting place"),
        "participants": _t("PlanLabels", "Participants"),
        "communication": _t("PlanLabels", "Communication methods and language"),
        "how_will_found": _t("PlanLabels", "How the client's will was found out"),
        "situation": _t("PlanLabels", "Situation"),
        "current_services": _t("PlanLabels", "Current services"),
        "support_need_client": _t("PlanLabels", "Support needed, as the client sees it"),
        "support_need_close_persons": _t("PlanLabels", "Support needed, as close persons see it"),
        "support_need_professional": _t("PlanLabels", "Support needed, the professional's assessment"),
        "strengths": _t("PlanLabels", "Strengths"),
        "earlier_goals": _t("PlanLabels", "Attainment of earlier goals"),
        "goals": _t("PlanLabels", "Goals"),
        "self_determination": _t("PlanLabels", "Special measures for self-determination"),
        "differing_views": _t("PlanLabels", "Differing views"),
        "rights_explained": _t("PlanLabels", "Rights and options explained"),
        "rights_explained_how": _t("PlanLabels", "How rights and options were explained"),
        "review_date": _t("PlanLabels", "Review date"),
        "role_map": _t("PlanLabels", "Role map"),
        "status": _t("PlanLabels", "State"),
        "assessment_id": _t("PlanLabels", "Linked assessment"),
        "decision_session_ids": _t("PlanLabels", "Linked decision-making sessions"),
        # parts of rows
        "name": _t("PlanLabels", "name"),
        "relation": _t("PlanLabels", "relation to the client"),
        "who": _t("PlanLabels", "whose view"),
        "view": _t("PlanLabels", "view"),
        "client_words": _t("PlanLabels", "client's own words"),
        "life_domain": _t("PlanLabels", "life domain"),
        "indicator": _t("PlanLabels", "what shows it is reached"),
        "target_date": _t("PlanLabels", "target date"),
        "pictogram": _t("PlanLabels", "pictogram"),
        "description": _t("PlanLabels", "support"),
        "provider_kind": _t("PlanLabels", "who provides"),
        "provider_name": _t("PlanLabels", "provider's name"),
        "service_code": _t("PlanLabels", "service"),
        "client_proposal": _t("PlanLabels", "client's proposal on arranging"),
        "arranging_method": _t("PlanLabels", "arranging method"),
        "quantity": _t("PlanLabels", "quantity"),
        "unit": _t("PlanLabels", "unit"),
        "unit_price_cents": _t("PlanLabels", "unit price"),
        "start_date": _t("PlanLabels", "start date"),
        "duration_months": _t("PlanLabels", "duration in months"),
        "role": _t("PlanLabels", "role"),
        "tasks": _t("PlanLabels", "tasks"),
    }


def _numbers(rows: Sequence[Mapping[str, Any]] | None) -> dict[str, int]:
    return {str(row.get("id")): number for number, row in enumerate(rows or (), start=1)}


def field_title(key: str, content: Mapping[str, Any]) -> str:
    """Where a key points, in words: "Goal 2 › Support 1 › unit price", "Situation › Housing",
    "Participants 1 › name"; ``content`` (the plan's) numbers goals, supports and people."""
    labels = field_labels()
    parts = key.split("/")
    head = parts[0]
    if head == "situation" and len(parts) > 1:
        domain = life_domain_labels().get(parts[1], parts[1])
        return f"{labels['situation']} › {domain}"
    if head == "goals" and len(parts) > 1:
        goals = list(content.get("goals") or ())
        number = _numbers(goals).get(parts[1])
        words = [_t("PlanLabels", "Goal {number}").format(number=number) if number
                 else _t("PlanLabels", "Removed goal")]
        rest = parts[2:]
        if rest[:1] == ["supports"] and len(rest) > 1:
            goal = next((g for g in goals if str(g.get("id")) == parts[1]), {})
            support = _numbers(goal.get("supports")).get(rest[1])
            words.append(_t("PlanLabels", "Support {number}").format(number=support) if support
                         else _t("PlanLabels", "Removed support"))
            rest = rest[2:]
        words += [labels.get(part, part) for part in rest]
        return " › ".join(words)
    if head == "role_map" and len(parts) > 1:
        entries = list(content.get("role_map") or ())
        entry = next((e for e in entries if str(e.get("id")) == parts[1]), None)
        who = (entry or {}).get("name") or (_t("PlanLabels", "Person {number}").format(
            number=_numbers(entries)[parts[1]]) if entry else _t("PlanLabels", "Removed person"))
        return " › ".join([labels["role_map"], who, *(labels.get(part, part) for part in parts[2:])])
    if len(parts) == 3 and parts[1].isdigit():  # a row of a list, e.g. participants/0/name
        return f"{labels.get(head, head)} {int(parts[1]) + 1} › {labels.get(parts[2], parts[2])}"
    return labels.get(key, key)
