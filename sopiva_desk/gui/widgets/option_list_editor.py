"""The options of a supported decision-making session, each as a card the counsellor fills in.

A card holds the option's pictogram, title, plain-language description, whether the client
could try it, the client's reaction on the three-point scale and the client's own words.
The editor never talks to the store: the page binds each card's fields to its autosave
(one field per option and key, e.g. ``options/<id>/title``) and handles add, move and remove.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.gui.dialogs.pictogram_picker import PictogramButton
from sopiva_desk.gui.widgets.locking import lock_editor

CARD_STYLE = "QFrame#optionCard { border: 1px solid #b9c0c8; border-radius: 6px; background: #fbfcfd; }"
HINT_COLOR = "#555b61"  # 6.6:1 on the window colour
SIDE_WIDTH = 120


def reaction_choices() -> tuple[tuple[str, str], ...]:
    """The three-point scale (Talking Mats style), as stored value and label."""
    return (
        ("good", QCoreApplication.translate("OptionListEditor", "Good")),
        ("unsure", QCoreApplication.translate("OptionListEditor", "Not sure")),
        ("not_good", QCoreApplication.translate("OptionListEditor", "Not good")),
    )


class OptionEditorCard(QFrame):
    """One option's editors; ``editors`` maps the option's keys to their widgets."""

    def __init__(self, option_id: str, number: int, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.option_id = option_id
        self.setObjectName("optionCard")
        self.setStyleSheet(CARD_STYLE)
        self.number_label = QLabel(self, objectName="optionNumber")
        font = self.number_label.font()
        font.setBold(True)
        self.number_label.setFont(font)
        self.pictogram_button = PictogramButton(language, None, self, picture_size=48)
        self.title_edit = QLineEdit(self, objectName="optionTitle")
        self.title_edit.setPlaceholderText(self.tr("Short name of the option, e.g. Own flat in town"))
        self.plain_edit = QLineEdit(self, objectName="optionPlain")
        self.plain_edit.setPlaceholderText(self.tr("In plain words for the client: what it means in everyday life"))
        self.tried_check = QCheckBox(self.tr("The client could try it out"), self, objectName="optionTried")
        self.reaction_combo = QComboBox(self, objectName="optionReaction")
        self.reaction_combo.addItem(self.tr("Not sorted yet"), "")
        for value, label in reaction_choices():
            self.reaction_combo.addItem(label, value)
        self.words_edit = QLineEdit(self, objectName="optionWords")
        self.words_edit.setPlaceholderText(self.tr("What the client said about it, in their own words"))
        self.up_button = QPushButton("↑", self, objectName="optionUp")
        self.down_button = QPushButton("↓", self, objectName="optionDown")
        self.remove_button = QPushButton(self.tr("Remove"), self, objectName="optionRemove")
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setAutoDefault(False)
        self.up_button.setFixedWidth(32)
        self.down_button.setFixedWidth(32)
        self.editors: dict[str, QWidget] = {
            "pictogram": self.pictogram_button, "title": self.title_edit, "plain": self.plain_edit,
            "tried": self.tried_check, "reaction": self.reaction_combo, "client_words": self.words_edit,
        }
        self._spoken = {"title": self.tr("option"), "plain": self.tr("in plain words"),
                        "client_words": self.tr("client's own words"), "reaction": self.tr("client's reaction"),
                        "tried": self.tr("could try it out")}
        self.error_labels: dict[str, QLabel] = {}
        for key in self.editors:
            label = QLabel(self, objectName=f"option_{key}Error", wordWrap=True)
            label.hide()
            self.error_labels[key] = label

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        captions = {"title": self.tr("Option"), "plain": self.tr("In plain words"),
                    "client_words": self.tr("Client's own words"), "reaction": self.tr("Client's reaction")}
        for row, key in enumerate(("title", "plain", "client_words")):
            caption = QLabel(captions[key], self)
            caption.setBuddy(self.editors[key])
            grid.addWidget(caption, row * 2, 0)
            grid.addWidget(self.editors[key], row * 2, 1, 1, 3)
            grid.addWidget(self.error_labels[key], row * 2 + 1, 1, 1, 3)
        reaction_caption = QLabel(captions["reaction"], self)
        reaction_caption.setBuddy(self.reaction_combo)
        grid.addWidget(reaction_caption, 6, 0)
        grid.addWidget(self.reaction_combo, 6, 1)
        grid.addWidget(self.tried_check, 6, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        side = QVBoxLayout()
        side.addWidget(self.number_label, 0, Qt.AlignmentFlag.AlignHCenter)
        side.addWidget(self.pictogram_button, 0, Qt.AlignmentFlag.AlignHCenter)
        side.addWidget(self.error_labels["pictogram"])
        side.addStretch(1)
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        side.addLayout(moves)
        side.addWidget(self.remove_button)
        side_column = QWidget(self)
        side_column.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        side_column.setFixedWidth(SIDE_WIDTH)  # the same in every card: the fields line up
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(side_column)
        layout.addSpacing(6)
        layout.addLayout(grid, 1)
        self.set_number(number)

    def set_number(self, number: int) -> None:
        self.number = number
        self.number_label.setText(str(number))
        name = self.tr("Option {number}").format(number=number)
        self.setAccessibleName(name)
        self.pictogram_button.set_accessible_name(self.tr("Pictogram of option {number}").format(number=number))
        for key, caption in self._spoken.items():
            self.editors[key].setAccessibleName(f"{name}: {caption}")
        self.up_button.setAccessibleName(self.tr("Move option {number} up").format(number=number))
        self.down_button.setAccessibleName(self.tr("Move option {number} down").format(number=number))
        self.remove_button.setAccessibleName(self.tr("Remove option {number}").format(number=number))

    def value(self, key: str) -> Any:
        editor = self.editors[key]
        if isinstance(editor, PictogramButton):
            return editor.hexcode()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData() or None
        assert isinstance(editor, QLineEdit)
        return editor.text()

    def show_value(self, key: str, value: Any) -> None:
        editor = self.editors[key]
        if isinstance(editor, PictogramButton):
            editor.set_hexcode(value or None)
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value or ""), 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors.values():
            lock_editor(editor, read_only)
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setVisible(not read_only)


class OptionListEditor(QWidget):
    """Cards of options in order, an Add button after them.

    Signals:
        add_requested(): the user wants a new option.
        remove_requested(str): an option's id.
        move_requested(str, int): an option's id and its new place (0-based).
        cards_rebuilt(): ``set_options`` made new cards (the page binds their fields again).
    """

    add_requested = Signal()
    remove_requested = Signal(str)
    move_requested = Signal(str, int)
    cards_rebuilt = Signal()

    def __init__(self, language: str, max_options: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("optionsEditor")
        self._language = language
        self._max = max_options
        self._read_only = False
        self.cards: list[OptionEditorCard] = []
        self.empty_label = QLabel(self.tr("No options yet. Add the choices the client can make, one by one."),
                                  self, objectName="optionsEmptyHint", wordWrap=True)
        self.empty_label.setStyleSheet(f"color: {HINT_COLOR};")
        self.add_button = QPushButton(self.tr("Add &option"), self, objectName="addOptionButton")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_requested)
        self._cards_layout = QVBoxLayout()
        self._cards_layout.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._cards_layout)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_language(self, language: str) -> None:
        self._language = language

    def card(self, option_id: str) -> OptionEditorCard | None:
        return next((c for c in self.cards if c.option_id == option_id), None)

    def option_ids(self) -> list[str]:
        return [c.option_id for c in self.cards]

    def set_options(self, options: Sequence[Mapping[str, Any]]) -> None:
        """Show stored options. Cards are kept while the ids stay the same (typing is not disturbed);
        otherwise they are made anew and ``cards_rebuilt`` tells the page to bind them."""
        ids = [str(o["id"]) for o in options]
        if ids != self.option_ids():
            for card in self.cards:
                self._cards_layout.removeWidget(card)
                card.hide()
                card.setParent(None)
                card.deleteLater()
            self.cards = []
            for number, option in enumerate(options, start=1):
                card = OptionEditorCard(str(option["id"]), number, self._language, self)
                card.up_button.clicked.connect(lambda _=False, c=card: self._move(c, -1))
                card.down_button.clicked.connect(lambda _=False, c=card: self._move(c, 1))
                card.remove_button.clicked.connect(lambda _=False, c=card: self.remove_requested.emit(c.option_id))
                self._cards_layout.addWidget(card)
                self.cards.append(card)
            self._update()
            self.cards_rebuilt.emit()
        for card, option in zip(self.cards, options, strict=True):
            for key in card.editors:
                card.show_value(key, option.get(key))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update()

    def _move(self, card: OptionEditorCard, step: int) -> None:
        index = self.cards.index(card) + step
        if 0 <= index < len(self.cards):
            self.move_requested.emit(card.option_id, index)

    def _update(self) -> None:
        for number, card in enumerate(self.cards, start=1):
            card.set_number(number)
            card.set_read_only(self._read_only)
            card.up_button.setEnabled(number > 1)
            card.down_button.setEnabled(number < len(self.cards))
        self.empty_label.setVisible(not self.cards)
        self.add_button.setVisible(not self._read_only)
        self.add_button.setEnabled(len(self.cards) < self._max)
