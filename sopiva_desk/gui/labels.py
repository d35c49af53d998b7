"""Translated display names of the domain's value lists."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sopiva_desk.domain.clients import ClientStatus, CloseRole, CommunicationMethod, Language

CONTEXT = "Labels"

_LABELS: dict[str, str] = {
    f"status.{ClientStatus.NEW}": QT_TRANSLATE_NOOP("Labels", "New"),
    f"status.{ClientStatus.ACTIVE}": QT_TRANSLATE_NOOP("Labels", "Active"),
    f"status.{ClientStatus.PAUSED}": QT_TRANSLATE_NOOP("Labels", "Paused"),
    f"status.{ClientStatus.CLOSED}": QT_TRANSLATE_NOOP("Labels", "Closed"),
    f"language.{Language.FINNISH}": QT_TRANSLATE_NOOP("Labels", "Finnish"),
    f"language.{Language.SWEDISH}": QT_TRANSLATE_NOOP("Labels", "Swedish"),
    f"language.{Language.OTHER}": QT_TRANSLATE_NOOP("Labels", "Other language"),
    f"method.{CommunicationMethod.SPEECH}": QT_TRANSLATE_NOOP("Labels", "Speech"),
    f"method.{CommunicationMethod.PLAIN_LANGUAGE}": QT_TRANSLATE_NOOP("Labels", "Plain language"),
    f"method.{CommunicationMethod.PICTURES}": QT_TRANSLATE_NOOP("Labels", "Pictures or symbols"),
    f"method.{CommunicationMethod.AAC_DEVICE}": QT_TRANSLATE_NOOP("Labels", "AAC device"),
    f"method.{CommunicationMethod.KEY_WORD_SIGNS}": QT_TRANSLATE_NOOP("Labels", "Key-word signs"),
    f"method.{CommunicationMethod.SIGN_LANGUAGE}": QT_TRANSLATE_NOOP("Labels", "Sign language"),
    f"method.{CommunicationMethod.INTERPRETER}": QT_TRANSLATE_NOOP("Labels", "Interpreter"),
    f"method.{CommunicationMethod.OTHER}": QT_TRANSLATE_NOOP("Labels", "Other method"),
    "phase.assessment": QT_TRANSLATE_NOOP("Labels", "Needs assessment"),
    "phase.plan": QT_TRANSLATE_NOOP("Labels", "Client plan"),
    "phase.decision": QT_TRANSLATE_NOOP("Labels", "Decision"),
    "phase.implementation": QT_TRANSLATE_NOOP("Labels", "Implementation"),
    "phase.follow_up": QT_TRANSLATE_NOOP("Labels", "Follow-up"),
    "phase.closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    f"role.{CloseRole.GUARDIAN}": QT_TRANSLATE_NOOP("Labels", "Legal guardian or trustee"),
    f"role.{CloseRole.SUPPORTER}": QT_TRANSLATE_NOOP("Labels", "Chosen supporter in decision-making"),
    f"role.{CloseRole.PLAN_TASK}": QT_TRANSLATE_NOOP("Labels", "Has tasks in the client plan"),
    # The purpose of use the access log records (protocol.access_chain.PURPOSES).
    "purpose.client_work": QT_TRANSLATE_NOOP("Labels", "Client work"),
    "purpose.planning": QT_TRANSLATE_NOOP("Labels", "Planning"),
    "purpose.decision_preparation": QT_TRANSLATE_NOOP("Labels", "Decision preparation"),
    "purpose.follow_up": QT_TRANSLATE_NOOP("Labels", "Follow-up"),
    "purpose.administration": QT_TRANSLATE_NOOP("Labels", "Administration"),
    "purpose.client_request": QT_TRANSLATE_NOOP("Labels", "The client's own request"),
}


def label(kind: str, value: str) -> str:
    source = _LABELS.get(f"{kind}.{value}")
    return QCoreApplication.translate(CONTEXT, source) if source else value


def status_label(value: str) -> str:
    return label("status", value)


def language_label(value: str) -> str:
    return label("language", value)


def method_label(value: str) -> str:
    return label("method", value)


def phase_label(value: str) -> str:
    return label("phase", value)


def role_label(value: str) -> str:
    return label("role", value)


def purpose_label(value: str) -> str:
    """Why client data is handled, as the access log records it (e.g. "Client work")."""
    return label("purpose", value)
