"""The editors of an assessment template's fields, and the small parts other forms share.

``create_field_widget`` is the factory: it turns one template ``Field`` into a ``FieldWidget``
(caption with a required marker, help, the plain-language prompt to read out, the editor and
its error line) and ``FieldWidget.bind`` ties the editor to an ``AutosaveController``: text
saves after typing stops, choices at once; dates and numbers are shown as Finns write them.
``TemplateForm`` (``template_form.py``) lays these out section by section.

Also used by the other forms: ``GrowingPlainTextEdit``, ``hint_label``, the hint and accent
colours, the widest a form's column grows and the date conversions.
"""

from __future__ import annotations

import html
import math
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.templates import Field
from sopiva_desk.gui.formatting import date_placeholder, format_date, parse_date
from sopiva_desk.gui.widgets.autosave import ERROR_COLOR, AutosaveController, FieldBinding, SaveFn
from sopiva_desk.gui.widgets.locking import lock_editor

HINT_COLOR = "#555b61"  # 6.6:1 on the window colour
ACCENT_COLOR = "#1a56c4"
FORM_MAX_WIDTH = 860  # long lines are hard to read; the rest of a wide window stays empty
LOCKED_TEXT_COLOR = "#3c4043"  # disabled choices of a locked assessment: 10:1 on the window colour
EMPTY_CHOICE = "—"
# A locked assessment is read a lot: its disabled choices keep dark, readable text. A palette
# would not do (a style sheet on an ancestor replaces it), nor a rule on the radio buttons'
# container: Qt drops it when the container's style sheet is set a second time.
_LOCKED_STYLE = f"*:disabled {{ color: {LOCKED_TEXT_COLOR}; }}"
_PROMPT_STYLE = (f"QLabel {{ background: #e8f0fe; color: #172b4d; border-left: 4px solid {ACCENT_COLOR}; "
                 "padding: 6px 10px; }")


def date_value(text: str) -> Any:
    """What a typed date saves: ISO ``YYYY-MM-DD``, or the text as typed for the rules to explain."""
    value = parse_date(text)
    return value.isoformat() if isinstance(value, date) else value


def date_text(value: Any) -> str:
    """A stored ISO date as d.m.yyyy; anything else as it is."""
    if value is None or value == "":
        return ""
    try:
        return format_date(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def number_text(value: Any) -> str:
    """A stored number as Finns write it (7,5); text (a rejected value) as it is."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, float):
        return (str(int(value)) if value.is_integer() else repr(value)).replace(".", ",")
    return str(value)


class GrowingPlainTextEdit(QPlainTextEdit):
    """A plain-text editor at least ``MIN_LINES`` high that grows with its text up to ``MAX_LINES``."""

    MIN_LINES = 4
    MAX_LINES = 14

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves to the next field, as in every other editor
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._lines = self.MIN_LINES
        self.document().documentLayout().documentSizeChanged.connect(self._on_layout_document_size_changed)

    def _on_layout_document_size_changed(self, size: QSizeF) -> None:
        # The plain-text layout measures its height in lines (wrapped lines included).
        lines = max(self.MIN_LINES, min(self.MAX_LINES, math.ceil(size.height()) + 1))
        if lines != self._lines:
            self._lines = lines
            self.updateGeometry()

    def _height(self) -> int:
        margins = self.contentsMargins()
        padding = 2 * self.document().documentMargin() + margins.top() + margins.bottom() + 4
        return int(self._lines * self.fontMetrics().lineSpacing() + padding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(super().minimumSizeHint().width(), self._height())


def hint_label(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent, objectName=name, wordWrap=True)
    label.setStyleSheet(f"color: {HINT_COLOR};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def caption_html(text: str) -> str:
    """``text`` for a rich-text caption that has a buddy. Qt takes the character after any "&" in
    such a label's text as its Alt+ key, so no entity may appear: apostrophes stay as they are
    and an ampersand a template wrote becomes the full-width "＆"."""
    return html.escape(text.replace("&", "\uff06"), quote=False)


def prompt_label(text: str, parent: QWidget, name: str = "") -> QLabel:
    """The plain-language sentence the counsellor reads out to the client, in an accent box."""
    lead = QCoreApplication.translate("TemplateForm", "Read out:")
    label = QLabel(parent, objectName=name, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(f"<b>{html.escape(lead)}</b> “{html.escape(text)}”")
    label.setAccessibleName(lead)
    label.setAccessibleDescription(text)
    label.setStyleSheet(_PROMPT_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FieldWidget(QWidget):
    """One template field: caption, help, read-out prompt, its editor and the error line under it.

    The editor (or, for radio buttons and check boxes, their container) is named
    ``field:<key>``, the error label ``<key>Error``. The caption's context menu offers the
    field's change history.

    Signals:
        history_requested(str): the user asked for the changes of this field (its key).
    """

    history_requested = Signal(str)

    def __init__(self, spec: Field, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.key = spec.key
        self.setObjectName(f"fieldBox:{spec.key}")
        self.label_text = spec.label.get(language)
        self._language = language
        self._read_only = False
        self._text_editors: list[QLineEdit | QPlainTextEdit] = []
        self._choice_widgets: list[QWidget] = []
        self.clear_button: QPushButton | None = None
        self.radio_group: QButtonGroup | None = None
        self.boxes: dict[str, QCheckBox] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)  # not a spacer in the section: a hidden field leaves no gap
        layout.setSpacing(4)
        self.caption = QLabel(self, objectName=f"{spec.key}Label", wordWrap=True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        caption = f"<b>{caption_html(self.label_text)}</b>"
        if spec.required:
            caption += f' <span style="color: {ERROR_COLOR};">*</span>'
            self.caption.setToolTip(self.tr("Required"))
        self.caption.setText(caption)
        history = QAction(self.tr("Show changes of this field…"), self.caption)
        history.triggered.connect(lambda: self.history_requested.emit(self.key))
        self.caption.addAction(history)
        self.caption.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        layout.addWidget(self.caption)
        self.help_label: QLabel | None = None
        if spec.help is not None:
            self.help_label = hint_label(spec.help.get(language), self, f"{spec.key}Help")
            layout.addWidget(self.help_label)
        self.prompt_label: QLabel | None = None
        if spec.plain is not None:
            self.prompt_label = prompt_label(spec.plain.get(language), self, f"{spec.key}Prompt")
            layout.addWidget(self.prompt_label)
        self.editor = self._build_editor()
        self.editor.setObjectName(f"field:{spec.key}")
        layout.addWidget(self.editor)
        self.error_label = QLabel(self, objectName=f"{spec.key}Error", wordWrap=True)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        name = self.label_text if not spec.required else self.tr("{label} (required)").format(
            label=self.label_text)
        self.editor.setAccessibleName(name)
        if spec.help is not None:
            self.editor.setAccessibleDescription(spec.help.get(language))
        for choice in (*self.boxes.values(), *(self.radio_group.buttons() if self.radio_group else ())):
            choice.setAccessibleDescription(name)  # "Yes" alone does not say what is asked
        self.caption.setBuddy(self.focus_target())

    # -- editors ---------------------------------------------------------------------------

    def _build_editor(self) -> QWidget:
        kind = self.spec.type
        if kind == "long_text":
            edit = GrowingPlainTextEdit(self)
            self._text_editors.append(edit)
            return edit
        if kind in ("short_text", "date", "number"):
            line = QLineEdit(self)
            self._text_editors.append(line)
            if kind == "date":
                line.setPlaceholderText(date_placeholder())
                line.setMaximumWidth(180)
            elif kind == "number":
                line.setMaximumWidth(180)
            return line
        if kind in ("single_choice", "scale"):
            combo = QComboBox(self)
            combo.addItem(EMPTY_CHOICE)
            for option in self.spec.options:
                combo.addItem(option.label.get(self._language), option.value)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumWidth(260)
            combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            self._choice_widgets.append(combo)
            return combo
        if kind == "multiple_choice":
            box = QWidget(self)
            grid = QGridLayout(box)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setHorizontalSpacing(24)
            options = self.spec.options
            rows = math.ceil(len(options) / 2) if len(options) > 4 else len(options)
            for number, option in enumerate(options):
                check = QCheckBox(option.label.get(self._language), box,
                                  objectName=f"field:{self.key}:{option.value}")
                check.setStyleSheet(_LOCKED_STYLE)
                grid.addWidget(check, number % rows, number // rows)
                self.boxes[option.value] = check
                self._choice_widgets.append(check)
            grid.setColumnStretch(2, 1)
            return box
        if kind == "yes_no":
            box = QWidget(self)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(18)
            self.radio_group = QButtonGroup(box)
            for number, (value, text) in enumerate((("yes", self.tr("Yes")), ("no", self.tr("No")))):
                radio = QRadioButton(text, box, objectName=f"field:{self.key}:{value}")
                radio.setStyleSheet(_LOCKED_STYLE)
                self.radio_group.addButton(radio, number)
                row.addWidget(radio)
                self._choice_widgets.append(radio)
            self.clear_button = QPushButton(self.tr("Clear answer"), box, objectName=f"field:{self.key}:clear",
                                            flat=True)
            self.clear_button.setToolTip(self.tr("Leave this question unanswered"))
            row.addWidget(self.clear_button)
            row.addStretch(1)
            return box
        return QLineEdit(self)  # unknown types cannot pass the template schema

    def focus_target(self) -> QWidget:
        """The widget that takes the keyboard focus for this field."""
        if self.boxes:
            return next(iter(self.boxes.values()))
        if self.radio_group is not None:
            return self.radio_group.checkedButton() or self.radio_group.button(0)
        return self.editor

    def focus_input(self) -> None:
        self.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    # -- values ----------------------------------------------------------------------------

    def _yes_no_value(self) -> bool | None:
        group = self.radio_group
        assert group is not None
        return {0: True, 1: False}.get(group.checkedId())

    def _show_yes_no(self, value: Any) -> None:
        group = self.radio_group
        assert group is not None
        group.setExclusive(False)  # lets both be unchecked: "not answered"
        for number, button in enumerate(group.buttons()):
            button.setChecked(isinstance(value, bool) and value == (number == 0))
        group.setExclusive(True)
        self._update_clear_button()

    def _update_clear_button(self) -> None:
        if self.clear_button is not None:
            self.clear_button.setVisible(not self._read_only and self._yes_no_value() is not None)

    def bind(self, autosave: AutosaveController, save_fn: SaveFn) -> FieldBinding:
        """Bind the editor to ``autosave``: text saves after typing stops, choices at once."""
        binding = self._bind(autosave, save_fn)
        if isinstance(self.editor, QComboBox):  # see _LOCKED_STYLE; autosave gave the combo its style sheet
            self.editor.setStyleSheet(f"{self.editor.styleSheet()} {_LOCKED_STYLE}")
        return binding

    def _bind(self, autosave: AutosaveController, save_fn: SaveFn) -> FieldBinding:
        kind, key, error = self.spec.type, self.key, self.error_label
        if kind == "long_text":
            assert isinstance(self.editor, QPlainTextEdit)
            return autosave.bind_plain_text(self.editor, key, save_fn, error_label=error)
        if kind == "date":
            assert isinstance(self.editor, QLineEdit)
            return autosave.bind_line_edit(self.editor, key, save_fn, error_label=error,
                                           to_value=date_value, to_text=date_text)
        if kind == "number":
            assert isinstance(self.editor, QLineEdit)
            return autosave.bind_line_edit(self.editor, key, save_fn, error_label=error,
                                           to_value=lambda text: text.strip() or None, to_text=number_text)
        if kind in ("single_choice", "scale"):
            combo = self.editor
            assert isinstance(combo, QComboBox)
            binding = autosave.bind_combo(combo, key, save_fn, error_label=error)
            binding.show = lambda value: combo.setCurrentIndex(max(0, combo.findData(value))
                                                               if value is not None else 0)
            return binding
        if kind == "multiple_choice":
            return autosave.bind_checkboxes(self.boxes, key, save_fn, error_label=error)
        if kind == "yes_no":
            group = self.radio_group
            assert group is not None and self.clear_button is not None
            binding = autosave.bind(key, self._yes_no_value, save_fn, widget=self.editor, error_label=error,
                                    show=self._show_yes_no)
            group.idClicked.connect(binding.edited)
            group.idClicked.connect(self._update_clear_button)
            self.clear_button.clicked.connect(self._on_clear_button_clicked)
            self._clear_binding = binding
            self._update_clear_button()
            return binding
        assert isinstance(self.editor, QLineEdit)
        return autosave.bind_line_edit(self.editor, key, save_fn, error_label=error)

    def _on_clear_button_clicked(self) -> None:
        self._show_yes_no(None)
        self.radio_group.button(0).setFocus(Qt.FocusReason.OtherFocusReason)  # type: ignore[union-attr]
        self._clear_binding.edited()

    def set_read_only(self, read_only: bool) -> None:
        """Text stays selectable and readable; choices are disabled."""
        self._read_only = read_only
        for widget in (*self._text_editors, *self._choice_widgets):
            lock_editor(widget, read_only)
        self._update_clear_button()

    def is_read_only(self) -> bool:
        return self._read_only


def create_field_widget(spec: Field, language: str, parent: QWidget | None = None) -> FieldWidget:
    """The widget factory: the right editor for ``spec.type``, with its caption, help and prompt."""
    return FieldWidget(spec, language, parent)
