"""The window shown while the demo profile is created on the first `make run`.

Creating it (a key derived with Argon2id, 200 fictional clients and their case work, then the
first sync with the demo's central records and a colleague's second profile) takes seconds on
a fast machine and much longer on a slow laptop; a blank screen meanwhile looks like a hang.
The work runs on a background lane and reports each step here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from sopiva_desk.services import demo


class DemoSetupWindow(QWidget):
    """Says what is being made while the demo profile is created.

    Signals:
        step_reached(str): a step of ``demo.SETUP_STEPS``; may be emitted from the worker thread
            (delivered queued to this window).
    """

    step_reached = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoSetupWindow")
        self.setWindowTitle(self.tr("Sopiva Desk – preparing the demo"))
        self._texts = {
            demo.STEP_PROFILE: self.tr("Creating the demo profile and its encryption key…"),
            demo.STEP_CLIENTS: self.tr("Adding 200 fictional clients across Etelä-Savo…"),
            demo.STEP_CASEWORK: self.tr("Adding visits, needs assessments, decision-making sessions, plans and "
                                        "budgets…"),
            demo.STEP_CENTRAL: self.tr("Connecting the demo profile to the demo's central records on this "
                                       "computer and sending its data there…"),
            demo.STEP_COLLEAGUE: self.tr("Preparing a second demo profile, colleague Sanna Laitinen, on the same "
                                         "central records…"),
        }
        title = QLabel(self.tr("Preparing the demo profile"), self, objectName="demoSetupTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        note = QLabel(self.tr("This happens only the first time. All clients in the demo are invented."), self,
                      wordWrap=True)
        self.step_label = QLabel(self._texts[demo.STEP_PROFILE], self, objectName="demoSetupStep", wordWrap=True)
        self.progress = QProgressBar(self, objectName="demoSetupProgress")
        self.progress.setRange(0, len(demo.SETUP_STEPS))
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Progress"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        for widget in (title, note, self.step_label, self.progress):
            layout.addWidget(widget)
        self.setMinimumWidth(520)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, False)
        self.step_reached.connect(self._on_step_reached)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """In the middle of the screen, where the unlock window will appear next."""
        super().showEvent(event)
        area = self.screen().availableGeometry()
        self.move(area.center() - self.rect().center())

    def _on_step_reached(self, step: str) -> None:
        self.step_label.setText(self._texts.get(step, ""))
        self.step_label.setAccessibleDescription(self.step_label.text())
        self.progress.setValue(demo.SETUP_STEPS.index(step) if step in demo.SETUP_STEPS else 0)
