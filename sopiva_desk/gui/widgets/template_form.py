"""A form generated from an assessment template: its sections, autosaved, with skip logic.

``TemplateForm`` shows the template's sections one at a time, each as a scrolling page built
the first time it is shown, makes each field's editor with ``create_field_widget``
(``template_fields.py``), binds every editor to its own ``AutosaveController`` and, after
each saved answer, shows or hides fields by the template's skip logic. Hidden fields keep
their answers.

One section per page rather than one long column: at 1366×768 a life-domain section is
already taller than the screen, the heading always says where one is, the navigator never
has to guess which section is "current" from a scroll position, and opening a 98-field
template builds one section (≈ 50 ms) instead of all of them (≈ 0.7 s on the GUI thread).

Texts of the template come in the language given; the form's own texts go through ``tr``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.templates import Section, Template, section_state, visible_keys
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.pictograms import pictogram_pixmap
from sopiva_desk.gui.widgets.autosave import AutosaveController, SaveFn
from sopiva_desk.gui.widgets.page_parts import VerticalScrollArea
from sopiva_desk.gui.widgets.template_fields import (
    FORM_MAX_WIDTH,
    FieldWidget,
    create_field_widget,
    hint_label,
    prompt_label,
)

SECTION_PICTOGRAM_PX = 44


class SectionWidget(QWidget):
    """One section of the form: numbered heading, help, read-out prompt and its fields."""

    def __init__(self, number: int, section: Section, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName(f"section:{section.id}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.title = self.tr("{number}. {title}").format(number=number, title=section.title.get(language))
        heading = QLabel(self.title, self, objectName=f"section:{section.id}:title", wordWrap=True)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(self.title)
        if section.pictogram:
            # The same picture the client sees: it helps them follow which part of life is discussed.
            picture = QLabel(self, objectName=f"section:{section.id}:pictogram")
            picture.setPixmap(pictogram_pixmap(section.pictogram, SECTION_PICTOGRAM_PX))
            picture.setFixedSize(SECTION_PICTOGRAM_PX, SECTION_PICTOGRAM_PX)
            picture.setAccessibleName(section.title.get(language))
            row = QHBoxLayout()
            row.setSpacing(10)
            row.addWidget(picture)
            row.addWidget(heading, 1)
            layout.addLayout(row)
        else:
            layout.addWidget(heading)
        if section.help is not None:
            layout.addWidget(hint_label(section.help.get(language), self, f"section:{section.id}:help"))
        if section.plain is not None:
            layout.addWidget(prompt_label(section.plain.get(language), self, f"section:{section.id}:prompt"))
        self.fields: dict[str, FieldWidget] = {}
        for spec in section.fields:
            widget = create_field_widget(spec, language, self)
            layout.addWidget(widget)
            self.fields[spec.key] = widget


class TemplateForm(QWidget):
    """A template's sections as pages (one shown at a time, each scrolling), every field autosaved.

    A section's widgets are built the first time it is shown, so opening a long template costs
    one section, not all of them. ``save_fn(key, value)`` returns the callable that stores one
    answer in the background. ``show_answers`` fills the form with a record's answers without
    saving them. After each saved answer the skip logic runs again on the stored answers.

    Signals:
        answer_saved(str, object): a key and what its save returned, after skip logic ran.
        states_changed(): answers or rejected fields changed, so section states may differ.
        current_section_changed(int): another section is shown.
        history_requested(str): the user asked for the change history of a field (its key).
    """

    answer_saved = Signal(str, object)
    states_changed = Signal()
    current_section_changed = Signal(int)
    history_requested = Signal(str)

    def __init__(self, template: Template, context: AppContext, save_fn: SaveFn,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"templateForm:{template.id}:{template.version}")
        self.template = template
        self.language = context.ui_language
        self.autosave = AutosaveController(context, self)
        self._save_fn = save_fn
        self._answers: dict[str, Any] = {}
        self._read_only = False
        self._current = 0
        self.sections: list[SectionWidget | None] = [None] * len(template.sections)
        self._scrolls: list[QScrollArea] = []
        self.fields: dict[str, FieldWidget] = {}  # built fields only

        self.stack = QStackedWidget(self, objectName="sectionStack")
        for section in template.sections:
            scroll = VerticalScrollArea(self.stack, objectName=f"sectionScroll:{section.id}")
            self.stack.addWidget(scroll)
            self._scrolls.append(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.autosave.field_saved.connect(self._on_autosave_field_saved)
        self.autosave.field_invalid.connect(self._on_autosave_field_invalid)
        self._ensure_built(0)

    def _ensure_built(self, index: int) -> SectionWidget:
        built = self.sections[index]
        if built is not None:
            return built
        scroll = self._scrolls[index]
        content = QWidget(scroll, objectName="sectionContent")
        column = QWidget(content, objectName="sectionColumn")
        column.setMaximumWidth(FORM_MAX_WIDTH)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(4, 0, 16, 24)
        column_layout.setSpacing(16)
        section = SectionWidget(index + 1, self.template.sections[index], self.language, column)
        column_layout.addWidget(section)
        column_layout.addLayout(self._section_buttons(index, column))
        column_layout.addStretch(1)
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(column, 1)
        row.addStretch(0)
        self.sections[index] = section
        self.fields.update(section.fields)
        for widget in section.fields.values():
            widget.bind(self.autosave, self._save_fn)
            widget.history_requested.connect(self.history_requested)
            widget.set_read_only(self._read_only)
        with self.autosave.loading():
            self.autosave.show_values({key: self._answers.get(key) for key in section.fields})
        self._update_visibility()
        scroll.setWidget(content)
        return section

    def _section_buttons(self, index: int, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 8, 0, 0)
        titles = [s.title.get(self.language) for s in self.template.sections]
        if index > 0:
            back = QPushButton(self.tr("← {number}. {title}").format(number=index, title=titles[index - 1]),
                               parent, objectName="previousSectionButton")
            back.setToolTip(self.tr("Previous section (Ctrl+Page Up)"))
            back.clicked.connect(lambda: self.show_section(index - 1, focus=True))
            row.addWidget(back)
        row.addStretch(1)
        if index + 1 < len(titles):
            forward = QPushButton(self.tr("{number}. {title} →").format(number=index + 2, title=titles[index + 1]),
                                  parent, objectName="nextSectionButton")
            forward.setToolTip(self.tr("Next section (Ctrl+Page Down)"))
            forward.clicked.connect(lambda: self.show_section(index + 1, focus=True))
            row.addWidget(forward)
        return row

    # -- values ----------------------------------------------------------------------------

    @property
    def answers(self) -> dict[str, Any]:
        """The stored answers as the form knows them (updated by every save)."""
        return dict(self._answers)

    def show_answers(self, answers: Mapping[str, Any]) -> None:
        """Show a record's answers from its first section; earlier edits, errors and results are forgotten."""
        self.autosave.reset()
        self._answers = {k: v for k, v in answers.items() if v is not None}
        self.autosave.show_values({key: self._answers.get(key) for key in self.fields})
        self._update_visibility()
        for scroll in self._scrolls:
            scroll.verticalScrollBar().setValue(0)
        self.show_section(0)
        self.states_changed.emit()

    def invalid_keys(self) -> list[str]:
        """Shown fields whose typed value was rejected, in template order."""
        shown = self.visible()
        return [key for key in self.template.fields
                if key in self.fields and key in shown and self.autosave.binding(key).issues]

    def visible(self) -> set[str]:
        return set(visible_keys(self.template, self._answers))

    def section_states(self) -> list[str]:
        invalid = set(self.invalid_keys())
        return [section_state(self.template, section, self._answers, invalid) for section in self.template.sections]

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in self.fields.values():
            widget.set_read_only(read_only)

    def is_read_only(self) -> bool:
        return self._read_only

    def flush(self) -> None:
        self.autosave.flush()

    def has_pending(self) -> bool:
        return self.autosave.has_pending()

    def field(self, key: str) -> FieldWidget:
        """The widget of a field, building its section first if needed."""
        self._ensure_built(self.section_index(key))
        return self.fields[key]

    def editor(self, key: str) -> QWidget:
        return self.field(key).editor

    def _update_visibility(self) -> None:
        shown = self.visible()
        for key, widget in self.fields.items():
            widget.setHidden(key not in shown)

    def _on_autosave_field_saved(self, key: str, saved: Any) -> None:
        value = getattr(saved, "value", None)
        if value is None:
            self._answers.pop(key, None)
        else:
            self._answers[key] = value
        self._update_visibility()
        self.answer_saved.emit(key, saved)
        self.states_changed.emit()

    def _on_autosave_field_invalid(self, _key: str, _error: object) -> None:
        self.states_changed.emit()

    # -- moving around ---------------------------------------------------------------------

    @property
    def current_section(self) -> int:
        return self._current

    def section_index(self, key: str) -> int:
        section = self.template.fields[key].section
        return next(i for i, s in enumerate(self.template.sections) if s.id == section)

    def show_section(self, index: int, *, focus: bool = False) -> None:
        """Show section ``index``; ``focus`` moves the keyboard into its first shown field."""
        if not 0 <= index < len(self.sections):
            return
        section = self._ensure_built(index)
        self.stack.setCurrentIndex(index)
        if focus:
            self._scrolls[index].verticalScrollBar().setValue(0)
            first = next((w for w in section.fields.values() if not w.isHidden()), None)
            if first is not None:
                first.focus_input()
        if index != self._current:
            self._current = index
            self.current_section_changed.emit(index)

    def focus_field(self, key: str) -> bool:
        """Show a field's section, scroll to the field and focus it; False if it is hidden or unknown."""
        if key not in self.template.fields:
            return False
        index = self.section_index(key)
        widget = self.field(key)
        if widget.isHidden():
            return False
        self.show_section(index)
        widget.focus_input()
        scroll = self._scrolls[index]
        scroll.ensureWidgetVisible(widget, 20, 60)
        # A section shown just now is laid out on the next turn of the event loop: scroll again then.
        QTimer.singleShot(0, scroll, lambda: scroll.ensureWidgetVisible(widget, 20, 60))
        return True
