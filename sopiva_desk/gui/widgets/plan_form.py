"""The client plan's form: its sections in the order of the national structure, one shown at a time.

A navigator on the left lists the sections with their state (done, started, not started,
check), as on the assessment page; each section scrolls on its own. Every field autosaves
through the page's save function; the goals have their own editor (``goal_editor``) and the
role map its own section (``role_map``, which saves through the service itself).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain import plans as rules
from sopiva_desk.domain.issues import Issue
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.formatting import date_placeholder
from sopiva_desk.gui.widgets.autosave import AutosaveController, SaveFn
from sopiva_desk.gui.widgets.goal_editor import GoalEditor
from sopiva_desk.gui.widgets.locking import lock_editor
from sopiva_desk.gui.widgets.page_parts import VerticalScrollArea, bold_label, go_to_field
from sopiva_desk.gui.widgets.plan_labels import field_labels, life_domain_labels
from sopiva_desk.gui.widgets.role_map import RoleMapSection
from sopiva_desk.gui.widgets.row_list_editor import Column, RowListEditor
from sopiva_desk.gui.widgets.section_navigator import SectionNavigatorModel, legend_text, set_up_navigator
from sopiva_desk.gui.widgets.template_fields import (
    FORM_MAX_WIDTH,
    HINT_COLOR,
    GrowingPlainTextEdit,
    date_text,
    date_value,
    hint_label,
)

_t = QCoreApplication.translate  # lupdate knows the alias (Makefile: -tr-function-alias)

# Sections in form order: (id, the first parts of the keys they hold).
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("meeting", ("meeting_date", "meeting_place", "participants")),
    ("communication", ("communication", "how_will_found", "decision_session_ids")),
    ("situation", ("situation",)),
    ("current_services", ("current_services",)),
    ("support_needs", ("support_need_client", "support_need_close_persons", "support_need_professional")),
    ("strengths", ("strengths",)),
    ("earlier_goals", ("earlier_goals",)),
    ("goals", ("goals",)),
    ("self_determination", ("self_determination",)),
    ("differing_views", ("differing_views",)),
    ("rights", ("rights_explained", "rights_explained_how")),
    ("role_map", ("role_map",)),
    ("review", ("review_date",)),
)

# Parts a section is not done without, though agreeing does not need them: the client's own
# view beside the others' (as the assessment's "expected" client view, docs/templates.md).
EXPECTED = ("support_need_client",)


def section_titles() -> dict[str, str]:
    return {
        "meeting": _t("PlanForm", "Meeting"),
        "communication": _t("PlanForm", "Communication and the client's will"),
        "situation": _t("PlanForm", "Situation by life domain"),
        "current_services": _t("PlanForm", "Current services"),
        "support_needs": _t("PlanForm", "Support needs"),
        "strengths": _t("PlanForm", "Strengths"),
        "earlier_goals": _t("PlanForm", "Attainment of earlier goals"),
        "goals": _t("PlanForm", "Goals and supports"),
        "self_determination": _t("PlanForm", "Self-determination"),
        "differing_views": _t("PlanForm", "Differing views"),
        "rights": _t("PlanForm", "Rights and options explained"),
        "role_map": _t("PlanForm", "Role map"),
        "review": _t("PlanForm", "Review"),
    }


def section_of(key: str) -> int:
    head = key.split("/", 1)[0]
    return next((index for index, (_id, heads) in enumerate(SECTIONS) if head in heads), 0)


class _PlanRows(RowListEditor):
    """Rows whose issues name the cell as ``<field>/<row>/<part>`` (the plan's rules)."""

    def bad_column(self, row_no: int, value: Mapping[str, Any], issues: list[Issue]) -> str | None:
        for issue in issues:
            parts = issue.field.split("/")
            if len(parts) == 3 and parts[0] == self.field and parts[1] == str(row_no):
                return parts[2]
        return None


class PlanForm(QWidget):
    """Signals:
        fill_requested(): the counsellor wants the communication fields filled from the sessions.
    """

    fill_requested = Signal()

    def __init__(self, context: AppContext, save: SaveFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planForm")
        self._context = context
        self._save = save
        self._read_only = False
        self._following = False
        self.editors: dict[str, QWidget] = {}  # field key -> the widget to focus for it
        self.autosave = AutosaveController(context, self)
        self._sections = SectionNavigatorModel(self)
        self.navigator = QListView(self, objectName="sectionNavigator")
        self.stack = QStackedWidget(self, objectName="planSections")
        self.stack.setMaximumWidth(FORM_MAX_WIDTH + 160)
        self._scrolls: list[QScrollArea] = []
        self._columns: list[QVBoxLayout] = []
        titles = section_titles()
        for section_id, _heads in SECTIONS:
            self._add_section(section_id, titles[section_id])
        self._build_sections()
        self._sections.set_sections([titles[s] for s, _ in SECTIONS], ["empty"] * len(SECTIONS))

        caption = bold_label(self.tr("&Sections"), self)
        caption.setBuddy(self.navigator)
        self.navigator.setModel(self._sections)
        self.navigator.setAccessibleName(self.tr("Sections"))
        set_up_navigator(self.navigator, 250)
        self.navigator.setToolTip(self.tr("Ctrl+Page Down and Ctrl+Page Up move between sections"))
        self.navigator.selectionModel().currentRowChanged.connect(self._on_navigator_current_row_changed)
        self.navigator.activated.connect(lambda index: self.show_section(index.row(), focus=True))
        legend = QLabel(legend_text(), self, objectName="navigatorLegend", wordWrap=True)
        legend.setStyleSheet(f"color: {HINT_COLOR};")
        legend.setMaximumWidth(250)
        side = QVBoxLayout()
        side.addWidget(caption)
        side.addWidget(self.navigator, 1)
        side.addWidget(legend)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(side)
        layout.addSpacing(8)
        layout.addWidget(self.stack, 1)
        layout.addStretch(0)
        self.show_section(0)

    # -- building --------------------------------------------------------------------------

    def _add_section(self, section_id: str, title: str) -> None:
        scroll = VerticalScrollArea(self.stack, objectName=f"sectionScroll:{section_id}")
        content = QWidget(scroll, objectName="sectionContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(4, 0, 16, 24)
        column.setSpacing(8)
        column.addWidget(bold_label(title, content, scale=1.3))
        scroll.setWidget(content)
        self.stack.addWidget(scroll)
        self._scrolls.append(scroll)
        self._columns.append(column)

    def _column(self, section_id: str) -> tuple[QVBoxLayout, QWidget]:
        index = next(i for i, (s, _) in enumerate(SECTIONS) if s == section_id)
        column = self._columns[index]
        return column, column.parentWidget()

    def _field(self, section_id: str, key: str, editor: QWidget, caption: str, hint: str = "") -> QLabel:
        column, parent = self._column(section_id)
        label = bold_label(caption, parent)
        label.setBuddy(editor)
        editor.setAccessibleName(caption.replace("&", ""))
        column.addWidget(label)
        if hint:
            column.addWidget(hint_label(hint, parent))
        column.addWidget(editor)
        error = QLabel(parent, objectName=f"{key}Error", wordWrap=True)
        column.addWidget(error)
        self.editors[key] = editor
        return error

    def _text(self, section_id: str, key: str, caption: str, hint: str = "", *, long: bool = True) -> None:
        _column, parent = self._column(section_id)
        if long:
            edit = GrowingPlainTextEdit(parent)
            edit.setObjectName(key.replace("/", "_"))
            error = self._field(section_id, key, edit, caption, hint)
            self.autosave.bind_plain_text(edit, key, self._save, error_label=error)
        else:
            line = QLineEdit(parent, objectName=key)
            error = self._field(section_id, key, line, caption, hint)
            self.autosave.bind_line_edit(line, key, self._save, error_label=error)

    def _date(self, section_id: str, key: str, caption: str, hint: str = "") -> None:
        _column, parent = self._column(section_id)
        edit = QLineEdit(parent, objectName=key)
        edit.setPlaceholderText(date_placeholder())
        edit.setMaximumWidth(180)
        error = self._field(section_id, key, edit, caption, hint)
        self.autosave.bind_line_edit(edit, key, self._save, error_label=error, to_value=date_value,
                                     to_text=date_text)

    def _rows(self, section_id: str, key: str, columns: Sequence[Column], *, title: str, add_text: str,
              row_name: str, max_rows: int, empty_text: str) -> None:
        column, parent = self._column(section_id)
        editor = _PlanRows(columns, field=key, title=title, add_text=add_text, row_name=row_name,
                           max_rows=max_rows, empty_text=empty_text, parent=parent)
        column.addWidget(bold_label(title, parent))
        column.addWidget(editor)
        self.editors[key] = editor
        binding = self.autosave.bind(key, editor.values, self._save, error_label=editor.error_label,
                                     show=lambda value: editor.set_values(list(value or ())), debounce=True)
        editor.edited.connect(binding.edited)
        editor.editing_finished.connect(binding.commit)
        self.autosave.field_invalid.connect(
            lambda field, error: editor.show_issues(error.issues) if field == key else None)

    def _build_sections(self) -> None:
        labels = field_labels()
        self._date("meeting", "meeting_date", self.tr("Meeting &date"))
        self._text("meeting", "meeting_place", self.tr("Meeting &place"), long=False)
        self._rows("meeting", "participants",
                   [Column("name", self.tr("Name"), stretch=3), Column("relation", self.tr("Relation to the client"),
                                                                      stretch=2)],
                   title=labels["participants"], add_text=self.tr("Add a p&articipant"),
                   row_name=self.tr("participant {number}"), max_rows=rules.PARTICIPANTS_MAX,
                   empty_text=self.tr("Only the client and you so far."))

        column, parent = self._column("communication")
        self._text("communication", "communication", self.tr("&Communication methods and language"),
                   self.tr("How the client communicates and what helps: language, plain language, pictures, "
                           "signs, devices, an interpreter."))
        self._text("communication", "how_will_found", self.tr("How the client's &will was found out"))
        self.fill_button = QPushButton(self.tr("F&ill from decision-making sessions"), parent,
                                       objectName="fillFromSessionsButton")
        self.fill_button.setToolTip(self.tr("Links the client's completed decision-making sessions and copies their "
                                            "methods and how the will was found out into empty fields"))
        self.fill_button.setAutoDefault(False)
        self.fill_button.clicked.connect(self.fill_requested)
        self.fill_hint = hint_label("", parent, "fillHint")
        column.addWidget(self.fill_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.fill_hint)

        column, parent = self._column("situation")
        column.addWidget(hint_label(self.tr("Drafted from the needs assessment; check it with the client."), parent))
        for domain, name in life_domain_labels().items():
            self._text("situation", f"situation/{domain}", name)
        self._text("current_services", "current_services", self.tr("Services the client has &now"),
                   self.tr("Required. Services, support and aids in use, and who provides them."))
        self._text("support_needs", "support_need_client", self.tr("As the &client sees it"))
        self._text("support_needs", "support_need_close_persons", self.tr("As cl&ose persons see it"))
        self._text("support_needs", "support_need_professional", self.tr("The &professional's assessment"))
        self._text("strengths", "strengths", self.tr("The client's s&trengths and resources"))
        self._text("earlier_goals", "earlier_goals", self.tr("How the &earlier goals were attained"),
                   self.tr("The client's own rating and the professional's rating."))

        column, parent = self._column("goals")
        column.addWidget(hint_label(self.tr("Each goal in the client's own words, then the supports that help to "
                                            "reach it: who provides each, and how the client proposes it is "
                                            "arranged."), parent))
        self.goal_editor = GoalEditor(self.autosave, self._save, self._context.ui_language, parent)
        column.addWidget(self.goal_editor)
        self.editors["goals"] = self.goal_editor.add_button

        self._text("self_determination", "self_determination",
                   self.tr("Special &measures to support self-determination"),
                   self.tr("What is done so that the client can decide on their own matters (Disability "
                           "Services Act 675/2023)."))
        self._rows("differing_views", "differing_views",
                   [Column("who", self.tr("Whose view"), stretch=1), Column("view", self.tr("View"), stretch=3)],
                   title=labels["differing_views"], add_text=self.tr("Add a differing v&iew"),
                   row_name=self.tr("view {number}"), max_rows=rules.DIFFERING_VIEWS_MAX,
                   empty_text=self.tr("No differing views. Others' views are kept beside the client's, never "
                                      "instead of it."))

        column, parent = self._column("rights")
        self.rights_check = QCheckBox(self.tr("The client was given an explanation of their &rights and options"),
                                      parent, objectName="rights_explained")
        column.addWidget(hint_label(self.tr("Required (Client Act 812/2000 §5)."), parent))
        column.addWidget(self.rights_check)
        error = QLabel(parent, objectName="rights_explainedError", wordWrap=True)
        column.addWidget(error)
        self.editors["rights_explained"] = self.rights_check
        binding = self.autosave.bind("rights_explained", self.rights_check.isChecked, self._save,
                                     widget=self.rights_check, error_label=error,
                                     show=lambda value: self.rights_check.setChecked(bool(value)))
        self.rights_check.clicked.connect(binding.edited)
        self._text("rights", "rights_explained_how", self.tr("How they were &explained"),
                   self.tr("e.g. in plain language with pictures; a written summary was given."))

        column, parent = self._column("role_map")
        self.role_map = RoleMapSection(self._context, parent)
        column.addWidget(self.role_map, 1)
        self.editors["role_map"] = self.role_map
        self._date("review", "review_date", self.tr("&Review the plan by"),
                   self.tr("Required; after the meeting date."))
        for column in self._columns:
            column.addStretch(1)

    # -- content ---------------------------------------------------------------------------

    def show_content(self, content: Mapping[str, Any]) -> None:
        """Show a stored plan (nothing shown is saved)."""
        values: dict[str, Any] = {key: content.get(key) for key in (*rules.TEXT_LIMITS, "meeting_date", "review_date",
                                                                     "participants", "differing_views",
                                                                     "rights_explained")}
        situation = content.get("situation") or {}
        values.update({f"situation/{domain}": situation.get(domain) for domain in rules.LIFE_DOMAINS})
        with self.autosave.loading():
            self.autosave.show_values(values)
            self.goal_editor.set_goals(content.get("goals") or [])
        for scroll in self._scrolls:
            scroll.verticalScrollBar().setValue(0)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for editor in self.editors.values():
            if isinstance(editor, QLineEdit | GrowingPlainTextEdit):
                lock_editor(editor, read_only)
            elif isinstance(editor, RowListEditor):
                editor.set_read_only(read_only)
        lock_editor(self.rights_check, read_only)
        self.fill_button.setVisible(not read_only)
        self.fill_hint.setVisible(not read_only)
        self.goal_editor.set_read_only(read_only)

    def set_sessions_available(self, count: int) -> None:
        """How many completed decision-making sessions the client has (0 disables filling)."""
        self.fill_button.setEnabled(count > 0)
        self.fill_hint.setText(self.tr("The client has no completed decision-making sessions.") if count == 0 else
                               self.tr("Completed decision-making sessions: {count}").format(count=count))

    # -- sections --------------------------------------------------------------------------

    @property
    def current_section(self) -> int:
        return self.stack.currentIndex()

    def show_section(self, index: int, *, focus: bool = False) -> None:
        index = max(0, min(index, len(SECTIONS) - 1))
        self.stack.setCurrentIndex(index)
        self._following = True
        try:
            self.navigator.setCurrentIndex(self._sections.index(index, 0))
        finally:
            self._following = False
        if focus:
            self._scrolls[index].widget().focusNextChild()

    def move_section(self, step: int) -> None:
        self.show_section(self.current_section + step, focus=True)

    def _on_navigator_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._following and current.isValid():
            self.stack.setCurrentIndex(current.row())

    def update_states(self, content: Mapping[str, Any], missing: Sequence[Issue]) -> None:
        """Each section's mark: check (a value was refused), not started, started (something the
        agreement needs, or the client's own view, is missing) or done."""
        invalid = {section_of(b) for b in self._invalid_fields()}
        wanted = {section_of(issue.field) for issue in missing}
        wanted |= {section_of(key) for key in EXPECTED if not content.get(key)}
        states = []
        for index, (_id, heads) in enumerate(SECTIONS):
            filled = any(content.get(head) for head in heads)
            states.append("invalid" if index in invalid else "started" if index in wanted and filled
                          else "empty" if not filled else "started" if index in wanted else "done")
        self._sections.set_states(states)

    def _invalid_fields(self) -> list[str]:
        fields = [key for key in self.editors if self._issues_of(key)]
        fields += [f"goals/{card.goal_id}" for card in self.goal_editor.cards
                   if any(self._issues_of(card.field(k)) for k in card.editors)
                   or any(self._issues_of(s.field(k)) for s in card.supports for k in s.editors)]
        return fields

    def _issues_of(self, field: str) -> bool:
        try:
            return bool(self.autosave.binding(field).issues)
        except KeyError:
            return False

    def editor_for(self, field: str) -> QWidget | None:
        if field.startswith("goals/"):
            return self.goal_editor.editor_for(field)
        if field in self.editors:
            return self.editors[field]
        head, _, rest = field.partition("/")
        editor = self.editors.get(head)
        if isinstance(editor, RowListEditor):
            return editor.widget_for(rest)
        return editor

    def focus_field(self, field: str) -> None:
        """Show the field's section and put the cursor in it (the role map finds its own rows)."""
        index = section_of(field)
        self.show_section(index)
        parts = field.split("/")
        if parts[0] == "role_map":
            if len(parts) > 1:
                self.role_map.focus_entry(parts[1])
            else:
                self.role_map.focus_add()
            return
        go_to_field(self.editor_for(field), self._scrolls[index])

