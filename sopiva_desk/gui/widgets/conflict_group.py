"""One conflicting field group on the conflict screen: the value before both changes, mine and
theirs, side by side in words, and the choice for the whole group (fields that belong together,
like an address, are decided together).

Free text also shows the suggested merge (their changes applied onto mine) in an editable box:
typing in it chooses "merge by hand"; a note says when their changes did not all fit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.gui.conflict_words import value_words
from sopiva_desk.gui.widgets.page_parts import HINT_COLOR
from sopiva_desk.services.sync.conflicts import Choice, Edited, GroupView

MINE, THEIRS, BOTH, EDITED = "mine", "theirs", "both", "edited"
TEXT_BOX_LINES = 6


class ConflictGroupBox(QGroupBox):
    """Signals:
        choice_changed(): the counsellor picked or changed this group's choice.
    """

    choice_changed = Signal()

    def __init__(self, group: GroupView, entity: str, captions: dict[str, str], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(", ".join(captions[path] for path in group.paths), parent)
        self.setObjectName("conflictGroup")
        self.group = group
        self.radios: dict[str, QRadioButton] = {}
        self.editors: dict[str, QPlainTextEdit] = {}
        self._buttons = QButtonGroup(self)
        layout = QVBoxLayout(self)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for column, heading in enumerate((self.tr("Before both changes"), self.tr("Mine"), self.tr("Theirs")),
                                         start=1):
            label = QLabel(f"<b>{heading}</b>", self)
            grid.addWidget(label, 0, column)
        for row, values in enumerate(group.fields, start=1):
            if len(group.fields) > 1:
                grid.addWidget(QLabel(captions[values.path], self, wordWrap=True), row, 0, Qt.AlignmentFlag.AlignTop)
            for column, value in enumerate((values.base, values.mine, values.theirs), start=1):
                cell = QLabel(value_words(entity, values.path, value, language), self, objectName="conflictValue",
                              wordWrap=True)
                cell.setTextFormat(Qt.TextFormat.PlainText)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                cell.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                if column == 1:
                    cell.setStyleSheet(f"color: {HINT_COLOR};")
                grid.addWidget(cell, row, column)
        for column in (1, 2, 3):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)

        names = {MINE: self.tr("Keep mine"), THEIRS: self.tr("Keep theirs"),
                 BOTH: self.tr("Keep both texts") if group.kind == "text" else self.tr("Keep both (all items)"),
                 EDITED: self.tr("Merge by hand")}
        choices = QHBoxLayout()
        for choice in group.choices:
            radio = QRadioButton(names[choice], self, objectName=f"{choice}Radio")
            self._buttons.addButton(radio)
            self.radios[choice] = radio
            radio.toggled.connect(self._on_toggled)
            choices.addWidget(radio)
        choices.addStretch(1)
        layout.addLayout(choices)

        for path, suggestion in group.suggestions.items():
            heading = self.tr("Suggested merge: their changes added to your text. You can edit it.")
            if len(group.paths) > 1:
                heading = f"{captions[path]}: {heading}"
            layout.addWidget(QLabel(heading, self, wordWrap=True))
            editor = QPlainTextEdit(self, objectName="mergeEditor")
            editor.setPlainText(suggestion.text)
            editor.setAccessibleName(self.tr("Merged text"))
            editor.setTabChangesFocus(True)
            line = editor.fontMetrics().lineSpacing()
            editor.setFixedHeight(line * TEXT_BOX_LINES + 12)
            editor.textChanged.connect(self._on_edited)
            self.editors[path] = editor
            layout.addWidget(editor)
            if not suggestion.clean:
                note = QLabel(self.tr("Some of their changes did not fit into your text. Read the suggestion "
                                      "closely and correct it by hand before you resolve."), self,
                              objectName="uncleanNote", wordWrap=True)
                note.setStyleSheet("font-weight: bold;")
                layout.addWidget(note)

    def choice(self) -> Choice | None:
        """What is chosen for the group, ``None`` while nothing is."""
        for name, radio in self.radios.items():
            if radio.isChecked():
                if name == EDITED:
                    return Edited({path: editor.toPlainText() for path, editor in self.editors.items()})
                return name  # type: ignore[return-value]
        return None

    def choose(self, name: str) -> None:
        self.radios[name].setChecked(True)

    def state(self) -> tuple[str | None, dict[str, str]]:
        """The chosen name and the texts in the merge boxes, to put back with ``restore``."""
        chosen = next((name for name, radio in self.radios.items() if radio.isChecked()), None)
        return chosen, {path: editor.toPlainText() for path, editor in self.editors.items()}

    def restore(self, state: tuple[str | None, dict[str, str]]) -> None:
        chosen, texts = state
        for path, text in texts.items():
            if path in self.editors and self.editors[path].toPlainText() != text:
                self.editors[path].setPlainText(text)
        if chosen in self.radios:
            self.radios[chosen].setChecked(True)

    def _on_toggled(self, checked: bool) -> None:
        if checked:
            self.choice_changed.emit()

    def _on_edited(self) -> None:
        if EDITED in self.radios and not self.radios[EDITED].isChecked():
            self.radios[EDITED].setChecked(True)
        self.choice_changed.emit()
