"""The professional's form of a supported decision-making session (Disability Services Act §15).

Four parts, in the order the session goes: the decision at hand, who took part and how the
client was supported to communicate, the options with the client's reactions, and the
outcome. Every field autosaves on its own (options per option and key); the page does the
store work through the two save functions it passes in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.formatting import date_placeholder, format_date, parse_date
from sopiva_desk.gui.widgets.autosave import AutosaveController, SaveFn
from sopiva_desk.gui.widgets.feedback import error_label
from sopiva_desk.gui.widgets.locking import lock_editor
from sopiva_desk.gui.widgets.option_list_editor import OptionListEditor
from sopiva_desk.gui.widgets.page_parts import bold_label, go_to_field
from sopiva_desk.gui.widgets.row_list_editor import Column, RowListEditor
from sopiva_desk.gui.widgets.template_fields import FORM_MAX_WIDTH, GrowingPlainTextEdit, hint_label

_t = QCoreApplication.translate  # lupdate knows the alias (Makefile: -tr-function-alias)

OptionSaveFn = Callable[[str, str, Any], Callable[[], Any]]
FIELDS = (
    "topic",
    "topic_plain",
    "parts",
    "participants",
    "methods",
    "methods_other",
    "aids",
    "decision",
    "will_questions",
    "how_will_found",
    "agreement",
    "agreement_reason",
    "differing_views",
    "next_steps",
    "follow_up_on",
    "wellbeing",
)  # every field but the options, which save per option


def role_labels() -> dict[str, str]:
    return {
        "supporter": _t("DecisionForm", "Supporter chosen by the client"),
        "close_person": _t("DecisionForm", "Close person"),
        "interpreter": _t("DecisionForm", "Interpreter"),
        "professional": _t("DecisionForm", "Professional"),
        "other": _t("DecisionForm", "Other"),
    }


def method_labels() -> dict[str, str]:
    return {
        "plain_language": _t("DecisionForm", "Plain language"),
        "pictures": _t("DecisionForm", "Pictures or symbols"),
        "three_point_sorting": _t("DecisionForm", "Sorting into good / not sure / not good"),
        "aac_device": _t("DecisionForm", "Communication device (AAC)"),
        "key_word_signs": _t("DecisionForm", "Key-word signs"),
        "sign_language_interpreter": _t("DecisionForm", "Sign-language interpreter"),
        "other": _t("DecisionForm", "Other method"),
    }


def agreement_labels() -> dict[str, str]:
    return {
        "agrees": _t("DecisionForm", "Agrees"),
        "partly": _t("DecisionForm", "Partly agrees"),
        "disagrees": _t("DecisionForm", "Disagrees"),
        "could_not_express": _t("DecisionForm", "Could not express an opinion"),
    }


def wellbeing_labels() -> dict[int, str]:
    return {
        1: _t("DecisionForm", "1 – very bad"),
        2: _t("DecisionForm", "2 – bad"),
        3: _t("DecisionForm", "3 – okay"),
        4: _t("DecisionForm", "4 – good"),
        5: _t("DecisionForm", "5 – very good"),
    }


def _heading(text: str, parent: QWidget) -> QLabel:
    return bold_label(text, parent, scale=1.3)



class DecisionForm(QScrollArea):
    """Signals:
    option_add_requested(), option_remove_requested(str), option_move_requested(str, int):
        the page changes the options through the service and calls ``show_content`` again.
    """

    option_add_requested = Signal()
    option_remove_requested = Signal(str)
    option_move_requested = Signal(str, int)
    wellbeing_view_requested = Signal()

    def __init__(
        self, context: AppContext, save_field: SaveFn, save_option_field: OptionSaveFn, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("decisionForm")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._context = context
        self._save_field = save_field
        self._save_option_field = save_option_field
        self._read_only = False
        self._option_fields: list[str] = []
        self.editors: dict[str, QWidget] = {}  # field key -> the widget to focus for it
        column = QWidget(self)
        column.setMaximumWidth(FORM_MAX_WIDTH + 120)
        self._layout = QVBoxLayout(column)
        self._layout.setContentsMargins(4, 0, 16, 24)
        self._layout.setSpacing(10)
        self.autosave = AutosaveController(context, self)
        self._build_topic(column)
        self._build_people(column)
        self._build_options(column)
        self._build_outcome(column)
        self._layout.addStretch(1)
        self.setWidget(column)

    # -- building --------------------------------------------------------------------------

    def _field(self, caption: str, key: str, editor: QWidget, parent: QWidget, hint: str = "") -> QLabel:
        label = bold_label(caption, parent)
        label.setBuddy(editor)
        editor.setAccessibleName(caption.replace("&", ""))
        self._layout.addWidget(label)
        if hint:
            self._layout.addWidget(hint_label(hint, parent))
        self._layout.addWidget(editor)
        error = error_label(parent, f"{key}Error")
        self._layout.addWidget(error)
        self.editors[key] = editor
        return error

    def _text(self, caption: str, key: str, parent: QWidget, hint: str = "", *, long: bool = False) -> None:
        if long:
            edit = GrowingPlainTextEdit(parent)
            edit.setObjectName(key)
            error = self._field(caption, key, edit, parent, hint)
            self.autosave.bind_plain_text(edit, key, self._save_field, error_label=error)
        else:
            line = QLineEdit(parent, objectName=key)
            error = self._field(caption, key, line, parent, hint)
            self.autosave.bind_line_edit(line, key, self._save_field, error_label=error)

    def _rows(
        self,
        editor: RowListEditor,
        key: str,
        to_value: Callable[[list[dict[str, Any]]], Any],
        to_rows: Callable[[Any], list[dict[str, Any]]],
    ) -> None:
        self._layout.addWidget(editor)
        self.editors[key] = editor
        binding = self.autosave.bind(
            key,
            lambda: to_value(editor.values()),
            self._save_field,
            error_label=editor.error_label,
            show=lambda value: editor.set_values(to_rows(value)),
            debounce=True,
        )
        editor.edited.connect(binding.edited)
        editor.editing_finished.connect(binding.commit)

    def _build_topic(self, parent: QWidget) -> None:
        self._layout.addWidget(_heading(_t("DecisionForm", "1. The decision at hand"), parent))
        self._text(
            _t("DecisionForm", "&Decision to make"),
            "topic",
            parent,
            _t("DecisionForm", "In your own words: what is to be decided, and why now."),
            long=True,
        )
        self._text(
            _t("DecisionForm", "In &plain language for the client"),
            "topic_plain",
            parent,
            _t("DecisionForm", "One short sentence with everyday words. The client sees it in the client view."),
        )
        self._layout.addWidget(bold_label(_t("DecisionForm", "Smaller parts of the decision"), parent))
        parts = RowListEditor(
            [Column("text", _t("DecisionForm", "Part"))],
            field="parts",
            title=_t("DecisionForm", "Parts of the decision"),
            add_text=_t("DecisionForm", "Add a pa&rt"),
            row_name=_t("DecisionForm", "part {number}"),
            max_rows=20,
            empty_text=_t("DecisionForm", "A big decision is easier in small steps, e.g. where, with whom, when."),
            parent=parent,
        )
        self._rows(
            parts,
            "parts",
            lambda rows: [r["text"] for r in rows],
            lambda value: [{"text": text} for text in value or ()],
        )
        self.assessment_combo = QComboBox(parent, objectName="assessment_id")
        self.assessment_combo.setMaximumWidth(FORM_MAX_WIDTH)
        error = self._field(
            _t("DecisionForm", "Informs the &assessment"),
            "assessment_id",
            self.assessment_combo,
            parent,
            _t("DecisionForm", "Optional: the client's needs assessment this decision belongs to."),
        )
        combo = self.assessment_combo
        binding = self.autosave.bind(
            "assessment_id",
            combo.currentData,
            self._save_field,
            widget=combo,
            error_label=error,
            show=self.show_assessment,
        )
        combo.activated.connect(binding.edited)

    def _build_people(self, parent: QWidget) -> None:
        self._layout.addWidget(_heading(_t("DecisionForm", "2. Who took part and how"), parent))
        self._layout.addWidget(
            hint_label(
                _t(
                    "DecisionForm",
                    "The client is always there. The client chooses the supporters; a "
                    "supporter helps the client to decide but never decides for the "
                    "client.",
                ),
                parent,
            )
        )
        roles = tuple(role_labels().items())
        participants = RowListEditor(
            [
                Column("name", _t("DecisionForm", "Name"), stretch=3),
                Column("role", _t("DecisionForm", "Role"), kind="choice", choices=roles, stretch=3),
                Column("relation", _t("DecisionForm", "Relation to the client"), stretch=3),
            ],
            field="participants",
            title=_t("DecisionForm", "Participants"),
            add_text=_t("DecisionForm", "Add a par&ticipant"),
            row_name=_t("DecisionForm", "participant {number}"),
            max_rows=30,
            empty_text=_t("DecisionForm", "Only the client and you so far."),
            parent=parent,
        )
        self.participants_editor = participants
        self._rows(participants, "participants", lambda rows: rows, lambda value: list(value or ()))

        self._layout.addWidget(bold_label(_t("DecisionForm", "Communication methods used"), parent))
        grid = QGridLayout()
        self.method_boxes: dict[str, QCheckBox] = {}
        for number, (code, label) in enumerate(method_labels().items()):
            box = QCheckBox(label, parent, objectName=f"method_{code}")
            self.method_boxes[code] = box
            grid.addWidget(box, number // 2, number % 2)
        self._layout.addLayout(grid)
        error = error_label(parent, "methodsError")
        self._layout.addWidget(error)
        self.editors["methods"] = next(iter(self.method_boxes.values()))
        self.autosave.bind_checkboxes(self.method_boxes, "methods", self._save_field, error_label=error)
        self._text(_t("DecisionForm", "Other &method"), "methods_other", parent)
        self._text(
            _t("DecisionForm", "Aids used"),
            "aids",
            parent,
            _t("DecisionForm", "e.g. a picture folder, tablet, photos of the places"),
        )

    def _build_options(self, parent: QWidget) -> None:
        self._layout.addWidget(_heading(_t("DecisionForm", "3. Options and the client's reactions"), parent))
        self._layout.addWidget(
            hint_label(
                _t(
                    "DecisionForm",
                    "Show one option at a time with a picture. The client can sort "
                    "them in the client view (F5): good, not sure, not good.",
                ),
                parent,
            )
        )
        self.options_editor = OptionListEditor(self._context.ui_language, 12, parent)
        self.options_editor.add_requested.connect(self.option_add_requested)
        self.options_editor.remove_requested.connect(self.option_remove_requested)
        self.options_editor.move_requested.connect(self.option_move_requested)
        self.options_editor.cards_rebuilt.connect(self._bind_option_cards)
        self._layout.addWidget(self.options_editor)
        self.editors["options"] = self.options_editor.add_button

    def _build_outcome(self, parent: QWidget) -> None:
        self._layout.addWidget(_heading(_t("DecisionForm", "4. Outcome"), parent))
        self._text(
            _t("DecisionForm", "The d&ecision"),
            "decision",
            parent,
            _t("DecisionForm", "What the client decided."),
            long=True,
        )
        self._layout.addWidget(bold_label(_t("DecisionForm", "Questions asked and the client's answers"), parent))
        questions = RowListEditor(
            [
                Column("question", _t("DecisionForm", "Question"), stretch=1),
                Column("answer", _t("DecisionForm", "Client's answer"), stretch=1),
            ],
            field="will_questions",
            title=_t("DecisionForm", "Questions and answers"),
            add_text=_t("DecisionForm", "Add a &question"),
            row_name=_t("DecisionForm", "question {number}"),
            max_rows=30,
            empty_text=_t("DecisionForm", "No questions recorded."),
            parent=parent,
        )
        self._rows(questions, "will_questions", lambda rows: rows, lambda value: list(value or ()))
        self._text(
            _t("DecisionForm", "How the client's &will was found out"),
            "how_will_found",
            parent,
            _t("DecisionForm", "e.g. the client pointed at pictures and said yes to each; tried the place for a day."),
            long=True,
        )

        self._layout.addWidget(bold_label(_t("DecisionForm", "Does the client agree with the decision?"), parent))
        self.agreement_group = QButtonGroup(self)
        self.agreement_buttons: dict[str, QRadioButton] = {}
        for code, label in agreement_labels().items():
            button = QRadioButton(label, parent, objectName=f"agreement_{code}")
            self.agreement_group.addButton(button)
            self.agreement_buttons[code] = button
            self._layout.addWidget(button)
        error = error_label(parent, "agreementError")
        self._layout.addWidget(error)
        self.editors["agreement"] = self.agreement_buttons["agrees"]
        binding = self.autosave.bind(
            "agreement", self._agreement, self._save_field, error_label=error, show=self._show_agreement
        )
        for button in self.agreement_buttons.values():
            button.clicked.connect(binding.edited)
        self._text(_t("DecisionForm", "Why the client could not express an opinion"), "agreement_reason", parent)

        self._layout.addWidget(bold_label(_t("DecisionForm", "Differing views"), parent))
        self._layout.addWidget(
            hint_label(
                _t("DecisionForm", "Others' views are recorded beside the client's, never instead of it."), parent
            )
        )
        views = RowListEditor(
            [
                Column("who", _t("DecisionForm", "Whose view"), stretch=1),
                Column("view", _t("DecisionForm", "View"), stretch=3),
            ],
            field="differing_views",
            title=_t("DecisionForm", "Differing views"),
            add_text=_t("DecisionForm", "Add a differing v&iew"),
            row_name=_t("DecisionForm", "view {number}"),
            max_rows=20,
            empty_text=_t("DecisionForm", "No differing views."),
            parent=parent,
        )
        self._rows(views, "differing_views", lambda rows: rows, lambda value: list(value or ()))
        self._text(_t("DecisionForm", "&Next steps"), "next_steps", parent, long=True)
        date_edit = QLineEdit(parent, objectName="follow_up_on")
        date_edit.setPlaceholderText(date_placeholder())
        date_edit.setMaximumWidth(180)
        error = self._field(_t("DecisionForm", "Follow &up by"), "follow_up_on", date_edit, parent)
        self.autosave.bind_line_edit(
            date_edit, "follow_up_on", self._save_field, error_label=error, to_value=parse_date, to_text=self._date_text
        )
        self.wellbeing_combo = QComboBox(parent, objectName="wellbeing")
        self.wellbeing_combo.addItem(_t("DecisionForm", "Not asked"), None)
        for value, label in wellbeing_labels().items():
            self.wellbeing_combo.addItem(label, value)
        self.wellbeing_combo.setMaximumWidth(260)
        error = self._field(
            _t("DecisionForm", "“How are things?” – the client's answer"),
            "wellbeing",
            self.wellbeing_combo,
            parent,
            _t("DecisionForm", "Asked with the picture scale in the client view, or set here."),
        )
        combo = self.wellbeing_combo
        binding = self.autosave.bind(
            "wellbeing",
            combo.currentData,
            self._save_field,
            widget=combo,
            error_label=error,
            show=lambda value: combo.setCurrentIndex(max(combo.findData(value), 0)),
        )
        combo.activated.connect(binding.edited)
        self.wellbeing_button = QPushButton(
            _t("DecisionForm", "Ask with the picture &scale"), parent, objectName="wellbeingViewButton"
        )
        self.wellbeing_button.setToolTip(
            _t("DecisionForm", "Opens the client view with five faces, from very bad to very good")
        )
        self.wellbeing_button.clicked.connect(self.wellbeing_view_requested)
        self._layout.addWidget(self.wellbeing_button, 0, Qt.AlignmentFlag.AlignLeft)

    # -- values ----------------------------------------------------------------------------

    @staticmethod
    def _date_text(value: Any) -> str:
        """A stored ISO date in Finnish form (a date as typed, if it is not one)."""
        if not value:
            return ""
        try:
            return format_date(date.fromisoformat(str(value)))
        except ValueError:
            return str(value)

    def _agreement(self) -> str | None:
        return next((code for code, b in self.agreement_buttons.items() if b.isChecked()), None)

    def _show_agreement(self, value: Any) -> None:
        self.agreement_group.setExclusive(False)  # lets every button be unchecked
        for code, button in self.agreement_buttons.items():
            button.setChecked(code == value)
        self.agreement_group.setExclusive(True)

    def show_content(self, content: Mapping[str, Any]) -> None:
        """Show a stored session (no saves are sent for what is shown)."""
        with self.autosave.loading():
            self.options_editor.set_options(content.get("options") or [])
            self.autosave.show_values({key: content.get(key) for key in FIELDS})

    def set_assessment_choices(self, choices: list[tuple[str, str]]) -> None:
        """The client's assessments as (id, label), newest first; "none" comes first."""
        combo = self.assessment_combo
        current = combo.currentData()
        combo.clear()
        combo.addItem(_t("DecisionForm", "No link"), None)
        for assessment_id, label in choices:
            combo.addItem(label, assessment_id)
        self.show_assessment(current)

    def show_assessment(self, value: Any) -> None:
        combo = self.assessment_combo
        combo.setCurrentIndex(max(combo.findData(str(value)) if value else 0, 0))

    def set_read_only(self, read_only: bool) -> None:
        """A completed session: every field read-only, and looking it (``locking.lock_editor``)."""
        self._read_only = read_only
        for field, editor in self.editors.items():
            if isinstance(editor, (QLineEdit, GrowingPlainTextEdit)) and not field.startswith("options/"):
                lock_editor(editor, read_only)
            elif isinstance(editor, RowListEditor):
                editor.set_read_only(read_only)
        for box in (*self.method_boxes.values(), *self.agreement_buttons.values(), self.wellbeing_combo,
                    self.assessment_combo):
            lock_editor(box, read_only)
        self.wellbeing_button.setVisible(not read_only)  # an action, not a value: gone while locked
        self.options_editor.set_read_only(read_only)

    # -- options ---------------------------------------------------------------------------

    def _bind_option_cards(self) -> None:
        """New option cards: bind each field as ``options/<id>/<key>`` (old bindings let go first)."""
        for field in self._option_fields:
            self.autosave.unbind(field)
        self._option_fields = []
        for card in self.options_editor.cards:
            option_id = card.option_id

            def save(field: str, value: Any, option_id: str = option_id) -> Callable[[], Any]:
                return self._save_option_field(option_id, field.rsplit("/", 1)[-1], value)

            for key, editor in card.editors.items():
                field = f"options/{option_id}/{key}"
                self._option_fields.append(field)
                self.editors[field] = editor
                binding = self.autosave.bind(
                    field,
                    partial(card.value, key),
                    save,
                    widget=editor,
                    error_label=card.error_labels[key],
                    show=partial(card.show_value, key),
                    debounce=isinstance(editor, QLineEdit),
                )
                if isinstance(editor, QLineEdit):
                    editor.textEdited.connect(binding.edited)
                    editor.editingFinished.connect(binding.commit)
                elif isinstance(editor, QComboBox):
                    editor.activated.connect(binding.edited)
                elif isinstance(editor, QCheckBox):
                    editor.clicked.connect(binding.edited)
                else:  # the pictogram button
                    editor.changed.connect(binding.edited)  # type: ignore[attr-defined]

    def editor_for(self, field: str) -> QWidget | None:
        """The widget to focus for an issue's field: the field, an option's part (or the option's
        title), or a row's cell for ``<list>/<row>/<part>``."""
        if field in self.editors:
            return self.editors[field]
        head, _, rest = field.partition("/")
        if head == "options":
            card = self.options_editor.card(rest.split("/")[0])
            return card.title_edit if card is not None else self.editors["options"]
        editor = self.editors.get(head)
        if isinstance(editor, RowListEditor):
            return editor.widget_for(rest)
        return editor

    def focus_field(self, field: str) -> bool:
        return go_to_field(self.editor_for(field), self)
