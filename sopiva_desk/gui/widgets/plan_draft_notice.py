"""Why a draft plan is (nearly) empty, and what can fill it.

A plan is drafted from the client's latest completed needs assessment. Drafted before there
is one (e.g. "Work on the plan" early in a first visit) it opens with the situation, the
support needs and the strengths empty; this notice says so above the form and offers what
can fill something now: the assessment once it is completed, and the decision-making
sessions. What the counsellor writes is never overwritten by either.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sopiva_desk.services.plans import PlanView

ASSESSMENT_NONE, ASSESSMENT_DRAFT, ASSESSMENT_COMPLETED = "none", "draft", "completed"
_STYLE = ("QFrame#planDraftNotice { background: #fff8e1; border: 1px solid #e0c46c; border-radius: 6px; }"
          "QFrame#planDraftNotice > QLabel { background: transparent; color: #3d3420; }")  # 11:1


class PlanDraftNotice(QFrame):
    """Shown over a draft that was not drafted from a completed assessment.

    Signals:
        fill_from_assessment_requested(): fill the empty fields from the completed assessment.
        fill_from_sessions_requested(): fill communication and the will from the sessions.
    """

    fill_from_assessment_requested = Signal()
    fill_from_sessions_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planDraftNotice")
        self.setStyleSheet(_STYLE)
        self.text_label = QLabel(self, objectName="planDraftNoticeText", wordWrap=True)
        self.assessment_button = QPushButton(self.tr("Fill from the &assessment"), self,
                                             objectName="fillFromAssessmentButton")
        self.assessment_button.setToolTip(self.tr("Copies the situation, support needs and strengths of the "
                                                  "completed needs assessment into empty fields"))
        self.assessment_button.setAutoDefault(False)
        self.assessment_button.clicked.connect(self.fill_from_assessment_requested)
        self.sessions_button = QPushButton(self.tr("Fill from decision-making &sessions"), self,
                                           objectName="noticeFillFromSessionsButton")
        self.sessions_button.setToolTip(self.tr("Copies the communication methods and how the client's will was "
                                                "found out into empty fields"))
        self.sessions_button.setAutoDefault(False)
        self.sessions_button.clicked.connect(self.fill_from_sessions_requested)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.assessment_button)
        buttons.addWidget(self.sessions_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.text_label)
        layout.addLayout(buttons)
        self.hide()

    def show_for(self, view: PlanView | None, assessment: str, sessions: int) -> None:
        """``assessment``: the client's assessment now (none, a draft, completed); ``sessions``:
        how many completed decision-making sessions the client has."""
        if view is None or view.status != "draft" or view.assessment_id is not None:
            self.hide()
            return
        if assessment == ASSESSMENT_COMPLETED:
            text = self.tr("This draft was made before the needs assessment was completed. Fill the situation, "
                           "support needs and strengths from it now (only empty fields are filled).")
        elif assessment == ASSESSMENT_DRAFT:
            text = self.tr("The needs assessment is not completed yet, so the situation, support needs and "
                           "strengths are empty. Complete the assessment and fill them from it here, or write "
                           "them now.")
        else:
            text = self.tr("No completed needs assessment yet, so the situation, support needs and strengths are "
                           "empty. Complete an assessment, or fill these in now.")
        if sessions:
            text += " " + self.tr("The client's decision-making sessions can fill the communication methods and "
                                  "how the client's will was found out.")
        self.text_label.setText(text)
        self.assessment_button.setVisible(assessment == ASSESSMENT_COMPLETED)
        self.sessions_button.setVisible(sessions > 0)
        self.show()
