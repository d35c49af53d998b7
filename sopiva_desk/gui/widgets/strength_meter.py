"""How strong a passphrase or password is, shown as it is typed: a bar and a word.

The rule is the domain's (``domain.passphrase.assess``, zxcvbn). Rating can take tens of
milliseconds, so ``LiveRating`` runs it on the general lane once typing pauses and reports only
the rating of the text as it is now. The first-run profile page, the passphrase change in
Settings and the password of an exported PDF all show the same meter.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QWidget

from sopiva_desk.domain import passphrase as passphrase_rules
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.tasks import GENERAL

RATE_DELAY_MS = 200  # rate the text this long after the last keystroke

# Colours by score 0–4; the word next to the bar carries the meaning, not the colour.
_METER_COLOURS = ("#c62828", "#c62828", "#e65100", "#2e7d32", "#1b5e20")
_METER_STYLE = (
    "QProgressBar { border: 1px solid palette(mid); border-radius: 3px; background: palette(base); }"
    " QProgressBar::chunk { background-color: %s; border-radius: 2px; }"
)


class StrengthMeter(QWidget):
    """A thin bar (0–4) with the strength in a word beside it; empty until given a rating."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self, objectName="strengthBar")
        self.bar.setRange(0, 4)
        self.bar.setValue(0)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(name)
        self.word = QLabel(self, objectName="strengthLabel")
        self.word.setMinimumWidth(110)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 0)
        row.setSpacing(10)
        row.addWidget(self.bar, 1)
        row.addWidget(self.word)

    def clear(self) -> None:
        self.bar.setValue(0)
        self.word.setText("")
        self.bar.setAccessibleDescription("")

    def show_strength(self, strength: passphrase_rules.Strength) -> None:
        score = strength.score
        if not strength.acceptable:
            score = min(score, passphrase_rules.MIN_SCORE - 1)  # never "strong" while the rules say no
        words = (self.tr("Very weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Strong"), self.tr("Very strong"))
        self.bar.setValue(score)
        self.bar.setStyleSheet(_METER_STYLE % _METER_COLOURS[score])
        self.word.setText(words[score])
        self.bar.setAccessibleDescription(words[score])


class LiveRating(QObject):
    """Rates what is typed in ``edit`` once typing pauses, in the background.

    Signals:
        rated(object): the ``Strength`` of the text as it is now (never of older text).
    """

    rated = Signal(object)

    def __init__(self, context: AppContext, edit: QLineEdit, *,
                 user_inputs: Callable[[], tuple[str, ...]] = tuple, parent: QObject | None = None) -> None:
        super().__init__(parent or edit)
        self._context = context
        self._edit = edit
        self._user_inputs = user_inputs
        self._strength: passphrase_rules.Strength | None = None
        self._rated_text: str | None = None
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RATE_DELAY_MS)
        self._timer.timeout.connect(self.rate_now)
        edit.textChanged.connect(self._on_edit_text_changed)

    @property
    def strength(self) -> passphrase_rules.Strength | None:
        """The rating of the text as typed now; None while it is still being rated."""
        return self._strength if self._rated_text == self._edit.text() else None

    def _on_edit_text_changed(self, text: str) -> None:
        if text:
            self._timer.start()
        else:
            self._timer.stop()
            self.rate_now()

    def rate_now(self) -> None:
        """Rate the current text without waiting for the pause (e.g. when the user submits)."""
        text = self._edit.text()
        if text == self._rated_text or self._running:
            return  # up to date, or the running rating is followed by a fresh one
        if not text:
            self._done(text, passphrase_rules.assess(text))
            return
        self._running = True
        inputs = self._user_inputs()

        def rated(strength: passphrase_rules.Strength) -> None:
            if shiboken6.isValid(self):
                self._running = False
                self._done(text, strength)

        def failed(_error: BaseException) -> None:
            if shiboken6.isValid(self):
                self._running = False

        self._context.run(lambda: passphrase_rules.assess(text, user_inputs=inputs), parent=None,
                          on_success=rated, on_failure=failed, lane=GENERAL)

    def _done(self, text: str, strength: passphrase_rules.Strength) -> None:
        self._strength, self._rated_text = strength, text
        if text != self._edit.text():
            self.rate_now()  # typed on meanwhile: rate the latest text
            return
        self.rated.emit(strength)
