"""The question asked when a client already has an assessment in draft and another is started."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.gui import prompts
from sopiva_desk.gui.formatting import format_date
from sopiva_desk.services.assessments import AssessmentDraftOpen, AssessmentView


def ask_about_draft_assessment(parent: QWidget, draft: AssessmentView) -> int | None:
    """0 continues the draft (the usual wish), 1 starts another beside it (deliberately),
    ``None`` cancels. Two drafts of one client are rarely meant: answers get split between them."""
    started = format_date(draft.created_at.astimezone().date())
    translate = QCoreApplication.translate
    return prompts.choose(
        parent, translate("DraftAssessment", "An assessment is still in draft"),
        translate("DraftAssessment", "This client has a service-needs assessment in draft, started {started}.\n\n"
                  "Continue it, or start a new assessment beside it?").format(started=started),
        [translate("DraftAssessment", "Continue the draft (started {started})").format(started=started),
         translate("DraftAssessment", "Start a new assessment anyway")], default=0)


def answer_draft_open(parent: QWidget, error: ValidationError, *, open_draft: Callable[[uuid.UUID], None],
                      start_another: Callable[[], None]) -> None:
    """Starting an assessment was refused because one is in draft: ask, then open it or start
    another deliberately (other refusals were shown where they belong)."""
    if not isinstance(error, AssessmentDraftOpen):
        return
    choice = ask_about_draft_assessment(parent, error.assessment)
    if choice == 0:
        open_draft(error.assessment.id)
    elif choice == 1:
        start_another()
