"""The goals of a client plan and the supports under each, as cards the counsellor fills in with the client.

A goal card leads with the client's own words (bigger, first), then the life domain, what will
show the goal is reached, a target date and a pictogram; its supports follow as smaller cards
(``plan_cards.SupportCard``). The editor never talks to the store: every field autosaves through
the page's save function, and adding or removing goals and supports is asked of the page by
signal; the page calls ``set_goals`` with the saved plan's goals.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from sopiva_desk.domain import plans as rules
from sopiva_desk.gui.dialogs.pictogram_picker import PictogramButton
from sopiva_desk.gui.formatting import date_placeholder
from sopiva_desk.gui.widgets.autosave import AutosaveController, SaveFn
from sopiva_desk.gui.widgets.plan_cards import FieldCard, SupportCard, choice_combo, small_text_edit
from sopiva_desk.gui.widgets.plan_labels import life_domain_labels
from sopiva_desk.gui.widgets.template_fields import HINT_COLOR
from sopiva_desk.services.catalogue import Service

GOAL_STYLE = "QFrame#goalCard { border: 1px solid #a9b3be; border-radius: 6px; background: #f6f8fa; }"


class GoalCard(FieldCard):
    """One goal: the client's words, life domain, indicator, target date, pictogram, and its supports."""

    def __init__(self, goal: Mapping[str, Any], number: int, language: str, services: Sequence[Service],
                 parent: QWidget | None = None) -> None:
        goal_id = str(goal["id"])
        super().__init__(f"goals/{goal_id}", language, parent)
        self.setObjectName("goalCard")
        self.setStyleSheet(GOAL_STYLE)
        self.goal_id = goal_id
        self.title_label = QLabel(self, objectName="goalTitle")
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.remove_button = QPushButton(self.tr("Remove goal"), self, objectName="removeGoalButton")
        self.remove_button.setAutoDefault(False)

        self.words_edit = small_text_edit(self, "goalClientWords", 2)
        words_font = self.words_edit.font()
        words_font.setPointSizeF(words_font.pointSizeF() * 1.25)  # the client's words come first, and big
        self.words_edit.setFont(words_font)
        self.words_edit.setFixedHeight(self.words_edit.fontMetrics().lineSpacing() * 2 + 14)
        self.words_edit.setPlaceholderText(self.tr("e.g. “I want to live in my own home.”"))
        self.domain_combo = choice_combo(self, "goalLifeDomain", life_domain_labels())
        self.indicator_edit = QLineEdit(self, objectName="goalIndicator")
        self.indicator_edit.setPlaceholderText(self.tr("e.g. I have moved by the spring"))
        self.target_edit = QLineEdit(self, objectName="goalTargetDate")
        self.target_edit.setPlaceholderText(date_placeholder())
        self.target_edit.setMaximumWidth(140)
        self.pictogram_button = PictogramButton(language, None, self, picture_size=48)

        boxes = {
            "client_words": self.add_editor("client_words", "plain", self.words_edit,
                                            self.tr("The goal in the client's own words")),
            "life_domain": self.add_editor("life_domain", "choice", self.domain_combo, self.tr("Life domain")),
            "indicator": self.add_editor("indicator", "text", self.indicator_edit,
                                         self.tr("What will show the goal is reached")),
            "target_date": self.add_editor("target_date", "date", self.target_edit, self.tr("Target date")),
            "pictogram": self.add_editor("pictogram", "pictogram", self.pictogram_button, self.tr("Picture")),
        }
        self.supports: list[SupportCard] = []
        self._supports_layout = QVBoxLayout()
        self._supports_layout.setSpacing(6)
        self.supports_empty = QLabel(self.tr("No supports yet: what helps the client reach this goal?"), self,
                                     objectName="supportsEmptyHint", wordWrap=True)
        self.supports_empty.setStyleSheet(f"color: {HINT_COLOR};")
        self.add_support_button = QPushButton(self.tr("Add a su&pport"), self, objectName="addSupportButton")
        self.add_support_button.setAutoDefault(False)

        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.remove_button)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.addWidget(boxes["client_words"], 0, 0, 1, 3)
        grid.addWidget(boxes["pictogram"], 0, 3, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(boxes["life_domain"], 1, 0)
        grid.addWidget(boxes["target_date"], 1, 1)
        grid.addWidget(boxes["indicator"], 2, 0, 1, 4)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addLayout(grid)
        heading = QLabel(self.tr("Supports for this goal"), self)
        heading_font = heading.font()
        heading_font.setBold(True)
        heading.setFont(heading_font)
        layout.addWidget(heading)
        layout.addLayout(self._supports_layout)
        layout.addWidget(self.supports_empty)
        layout.addWidget(self.add_support_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.set_number(number)
        self.show_values(goal)
        for number_, support in enumerate(goal.get("supports") or (), start=1):
            card = SupportCard(goal_id, str(support["id"]), number_, language, services, self)
            card.show_values(support)
            card.update_cost()
            self.supports.append(card)
            self._supports_layout.addWidget(card)
        self.supports_empty.setVisible(not self.supports)
        self.add_support_button.setEnabled(len(self.supports) < rules.SUPPORTS_MAX)

    def set_number(self, number: int) -> None:
        self.number = number
        name = self.tr("Goal {number}").format(number=number)
        self.title_label.setText(name)
        self.setAccessibleName(name)
        self.remove_button.setAccessibleName(self.tr("Remove goal {number}").format(number=number))
        self.add_support_button.setAccessibleName(self.tr("Add a support to goal {number}").format(number=number))
        self.pictogram_button.set_accessible_name(self.tr("Pictogram of goal {number}").format(number=number))
        for key, label in self.captions.items():
            if key != "pictogram":
                self.editors[key].setAccessibleName(f"{name}: {label.text().replace('&', '')}")

    def support(self, support_id: str) -> SupportCard | None:
        return next((card for card in self.supports if card.support_id == support_id), None)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.remove_button.setVisible(not read_only)
        self.add_support_button.setVisible(not read_only)
        for card in self.supports:
            card.set_read_only(read_only)


class GoalEditor(QWidget):
    """The goal cards in order and an Add button after them.

    Signals:
        add_goal_requested(), remove_goal_requested(str): a goal's id.
        add_support_requested(str): the goal's id; remove_support_requested(str, str): goal and support ids.
    """

    add_goal_requested = Signal()
    remove_goal_requested = Signal(str)
    add_support_requested = Signal(str)
    remove_support_requested = Signal(str, str)

    def __init__(self, autosave: AutosaveController, save: SaveFn, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalEditor")
        self._autosave = autosave
        self._save = save
        self._language = language
        self._services: tuple[Service, ...] = ()
        self._fields: list[str] = []
        self._read_only = False
        self.cards: list[GoalCard] = []
        self.empty_label = QLabel(self.tr("No goals yet. Write each goal with the client, in the client's own "
                                          "words."), self, objectName="goalsEmptyHint", wordWrap=True)
        self.empty_label.setStyleSheet(f"color: {HINT_COLOR};")
        self.add_button = QPushButton(self.tr("Add a &goal"), self, objectName="addGoalButton")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_goal_requested)
        self._cards_layout = QVBoxLayout()
        self._cards_layout.setSpacing(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._cards_layout)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_services(self, services: Sequence[Service]) -> None:
        """The catalogue's services offered for supports (used by the cards made next)."""
        self._services = tuple(services)

    def set_goals(self, goals: Sequence[Mapping[str, Any]]) -> None:
        """Show the plan's goals (replacing every card); nothing shown is saved."""
        for field in self._fields:
            self._autosave.unbind(field)
        self._fields = []
        for card in self.cards:
            self._cards_layout.removeWidget(card)
            card.hide()
            card.setParent(None)  # out of the focus chain at once
            card.deleteLater()
        self.cards = []
        with self._autosave.loading():
            for number, goal in enumerate(goals, start=1):
                card = GoalCard(goal, number, self._language, self._services, self)
                self._connect(card)
                self.cards.append(card)
                self._cards_layout.addWidget(card)
        self.empty_label.setVisible(not self.cards)
        self.set_read_only(self._read_only)

    def _connect(self, card: GoalCard) -> None:
        goal_id = card.goal_id
        self._fields += card.bind(self._autosave, self._save)
        card.remove_button.clicked.connect(lambda: self.remove_goal_requested.emit(goal_id))
        card.add_support_button.clicked.connect(lambda: self.add_support_requested.emit(goal_id))
        for support in card.supports:
            self._fields += support.bind(self._autosave, self._save)
            support.remove_button.clicked.connect(
                lambda _=False, sid=support.support_id: self.remove_support_requested.emit(goal_id, sid))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for card in self.cards:
            card.set_read_only(read_only)
        self.add_button.setVisible(not read_only)
        self.add_button.setEnabled(len(self.cards) < rules.GOALS_MAX)

    def card(self, goal_id: str) -> GoalCard | None:
        return next((card for card in self.cards if card.goal_id == goal_id), None)

    def support_card(self, goal_id: str, support_id: str) -> SupportCard | None:
        card = self.card(goal_id)
        return card.support(support_id) if card is not None else None

    def show_support(self, goal_id: str, support: Mapping[str, Any], keys: Sequence[str]) -> None:
        """Show what the service filled in (the unit and price of a chosen catalogue service)."""
        card = self.support_card(goal_id, str(support.get("id")))
        if card is not None:
            self._autosave.show_values({card.field(key): support.get(key) for key in keys})
            card.update_cost()

    def editor_for(self, field: str) -> QWidget | None:
        """The widget for an issue's field: ``goals/<id>[/supports/<id>]/<part>``, or the Add button."""
        parts = field.split("/")
        if parts[0] != "goals":
            return None
        card = self.card(parts[1]) if len(parts) > 1 else None
        if card is None:
            return self.add_button
        if len(parts) >= 4 and parts[2] == "supports":
            support = card.support(parts[3])
            if support is None:
                return card.add_support_button
            return support.editors.get(parts[4] if len(parts) > 4 else "description", support.description_edit)
        return card.editors.get(parts[2] if len(parts) > 2 else "client_words", card.words_edit)

    def focus_new(self, goal_id: str | None = None) -> None:
        """Put the cursor in the last goal's words, or in ``goal_id``'s last support."""
        if goal_id is None:
            if self.cards:
                self.cards[-1].words_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        card = self.card(goal_id)
        if card is not None and card.supports:
            card.supports[-1].description_edit.setFocus(Qt.FocusReason.OtherFocusReason)

