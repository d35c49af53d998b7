"""The role map (roolikartta) section of the client plan page: who has which tasks in the plan.

A table of people (name, role, relation to the client, tasks one per line) that autosaves
each cell through ``PlanService.update_role``, a short list of people the rules say are
missing (the client, the own worker, named providers of supports) with one-click adds, and
the diagram (``role_map_diagram``). Every save brings back a fresh ``PlanView``, which is
shown and passed on by ``plan_changed``; a view the page hands back later only updates
cells the user is not editing, so typing is never overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.issues import ValidationError
from sopiva_desk.domain.plans import Plan, RoleEntry, role_map_issues
from sopiva_desk.gui import prompts
from sopiva_desk.gui.context import AppContext, WorkspaceLocked
from sopiva_desk.gui.messages import issue_text
from sopiva_desk.gui.widgets.autosave import ERROR_COLOR, AutosaveController
from sopiva_desk.gui.widgets.locking import lock_editor
from sopiva_desk.gui.widgets.page_parts import HINT_COLOR, bold_label
from sopiva_desk.gui.widgets.role_map_diagram import RoleMapDiagram, Suggestion, missing_people, role_labels
from sopiva_desk.gui.widgets.template_fields import GrowingPlainTextEdit
from sopiva_desk.services.plans import PlanView

_t = QCoreApplication.translate  # lupdate knows the alias (Makefile: -tr-function-alias)

KEYS = ("name", "role", "relation", "tasks")
SIDE_BY_SIDE_FROM = 1500  # px: narrower, the diagram goes below the table, where its cards have room


def task_lines(text: str) -> list[str]:
    """Tasks as typed, one a line; blank lines do not count."""
    return [line.strip() for line in text.splitlines() if line.strip()]


@dataclass(frozen=True)
class RoleSaved:
    """What a cell's save returns: the stored value (for autosave) and the plan after it."""

    value: Any
    revision: int
    saved_at: datetime
    view: PlanView


class TasksEdit(GrowingPlainTextEdit):
    MIN_LINES = 2
    MAX_LINES = 8


class _PersonRow:
    """The widgets of one person: four editors, their error labels, the rule notes, Remove."""

    def __init__(self, section: RoleMapSection, entry_id: str) -> None:
        self.entry_id = entry_id
        self.name_edit = QLineEdit(section.table, objectName="roleNameEdit")
        self.role_combo = QComboBox(section.table, objectName="roleCombo")
        self.role_combo.addItem(_t("RoleMap", "Choose role…"), "")
        for role, text in role_labels().items():
            self.role_combo.addItem(text, role)
        self.relation_edit = QLineEdit(section.table, objectName="roleRelationEdit")
        self.tasks_edit = TasksEdit(section.table)
        self.tasks_edit.setObjectName("roleTasksEdit")
        self.tasks_edit.setPlaceholderText(_t("RoleMap", "One task per line"))
        self.editors: dict[str, QWidget] = {"name": self.name_edit, "role": self.role_combo,
                                            "relation": self.relation_edit, "tasks": self.tasks_edit}
        self.errors = {key: QLabel(section.table, objectName=f"role_{key}Error") for key in KEYS}
        self.notes = QLabel(section.table, objectName="roleNotes", wordWrap=True)
        self.notes.setStyleSheet(f"color: {HINT_COLOR};")
        self.notes.hide()
        self.remove_button = QPushButton(_t("RoleMap", "Remove"), section.table, objectName="roleRemoveButton")
        self.remove_button.setAutoDefault(False)

    def widgets(self) -> list[QWidget]:
        return [*self.editors.values(), *self.errors.values(), self.notes, self.remove_button]

    def field(self, key: str) -> str:
        return f"role_map/{self.entry_id}/{key}"


class RoleMapSection(QWidget):
    """Signals:
    plan_changed(object): the new ``PlanView`` after a person was added, changed or removed.
    """

    plan_changed = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roleMapSection")
        self.setAccessibleName(self.tr("Role map"))
        self._context = context
        self._view: PlanView | None = None
        self._editable = False
        self._client_name = ""
        self._adding = False
        self.rows: dict[str, _PersonRow] = {}  # by entry id, in the plan's order
        self.autosave = AutosaveController(context, self)
        self.autosave.field_saved.connect(self._on_autosave_field_saved)
        self.autosave.field_invalid.connect(self._on_autosave_field_invalid)

        intro = QLabel(self.tr("Everyone with tasks in this plan: the client, the own worker, close persons "
                               "and service providers. Write each person's tasks one per line."), self, wordWrap=True)
        intro.setStyleSheet(f"color: {HINT_COLOR};")
        self.suggestions = QFrame(self, objectName="roleSuggestions")
        self.suggestions.setStyleSheet("#roleSuggestions { background: #fff8e1; border: 1px solid #c9a227; "
                                       "border-radius: 6px; }")
        self._suggestion_layout = QVBoxLayout(self.suggestions)
        self._suggestion_layout.addWidget(bold_label(self.tr("Missing from the role map"), self.suggestions))
        self.suggestion_buttons: list[QPushButton] = []
        self._suggested: list[Suggestion] | None = None
        self.notes_label = QLabel(self, objectName="roleMapNotes", wordWrap=True)
        self.notes_label.setStyleSheet(f"color: {HINT_COLOR};")
        self.error_label = QLabel(self, objectName="roleMapError", wordWrap=True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOR};")

        self.table = QWidget(self, objectName="roleTable")
        self.table.setStyleSheet("QComboBox:disabled { color: #30343a; }")  # read-only roles stay readable
        self._grid = QGridLayout(self.table)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(2)
        captions = (self.tr("Name"), self.tr("Role"), self.tr("Relation to the client"),
                    self.tr("Tasks in this plan (one per line)"))
        self._headers = [bold_label(text, self.table) for text in captions]
        for column, (header, stretch) in enumerate(zip(self._headers, (3, 2, 2, 5), strict=True)):
            self._grid.addWidget(header, 0, column)
            self._grid.setColumnStretch(column, stretch)
        self.empty_label = QLabel(self.tr("No one is in the role map yet."), self)
        self.empty_label.setStyleSheet(f"color: {HINT_COLOR};")
        self.add_button = QPushButton(self.tr("Add person"), self, objectName="roleAddButton")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self._add({}, "name"))
        self.diagram = RoleMapDiagram(self)

        left = QVBoxLayout()
        left.addWidget(self.table)
        left.addWidget(self.empty_label)
        left.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._body.addLayout(left, 5)
        self._body.addWidget(self.diagram, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (intro, self.suggestions, self.notes_label, self.error_label):
            layout.addWidget(widget)
        layout.addLayout(self._body, 1)
        self.set_plan(None, False)

    # -- the page's interface --------------------------------------------------------------

    def set_plan(self, view: PlanView | None, editable: bool) -> None:
        """Show ``view`` (``None``: no plan). The same plan again only refreshes cells not being edited."""
        if view is None or self._view is None or view.id != self._view.id:
            for entry_id in list(self.rows):
                self._dispose(self.rows.pop(entry_id))  # sends typing still waiting, to the old plan
            self.autosave.reset()
            self._view = None
        self._editable = editable and view is not None
        self.error_label.hide()
        if view is None:
            self.diagram.set_people(())
            self.diagram.hide()
            self._refresh()
        else:
            first_showing = self._view is None
            self._show_view(view)
            if first_showing and self._editable:
                self.autosave.use_drafts("client_plan/role_map", view.id)

    def set_client_name(self, name: str) -> None:
        """The client's name, offered when the client is missing from the map."""
        self._client_name = " ".join(name.split())
        self._refresh()

    def flush(self) -> None:
        """Send edits still waiting for their debounce."""
        self.autosave.flush()

    def has_pending_saves(self) -> bool:
        return self.autosave.has_pending()

    def focus_entry(self, entry_id: str) -> None:
        row = self.rows.get(entry_id)
        if row is None:  # gone meanwhile: the place to add one
            self.focus_add()
            return
        key = next((k for k in ("name", "role", "tasks") if self.autosave.binding(row.field(k)).issues), "name")
        self._focus(row.editors[key])

    def focus_add(self) -> None:
        buttons = [b for b in self.suggestion_buttons if b.isVisibleTo(self)] + [self.add_button]
        self._focus(buttons[0] if self._editable else self.diagram)

    # -- showing a view --------------------------------------------------------------------

    def _show_view(self, view: PlanView) -> None:
        if self._view is not None and view.revision < self._view.revision:
            return  # older than what is shown (a save's view arrived first)
        self._view = view
        entries = view.plan.role_map
        for gone in set(self.rows) - {e.id for e in entries}:
            self._dispose(self.rows.pop(gone))
        ordered: dict[str, _PersonRow] = {}
        for entry in entries:
            row = self.rows.get(entry.id) or self._new_row(entry.id)
            ordered[entry.id] = row
            self._show_entry(row, entry)
        self.rows = ordered
        self.diagram.set_people(entries)
        self.diagram.setVisible(bool(entries))  # the empty table already says no one is there
        self._refresh()

    def _show_entry(self, row: _PersonRow, entry: RoleEntry) -> None:
        stored = {"name": entry.name or "", "role": entry.role or "", "relation": entry.relation or "",
                  "tasks": list(entry.tasks)}
        for key, value in stored.items():
            binding = self.autosave.binding(row.field(key))
            busy = binding.dirty or binding.in_flight or binding.issues or row.editors[key].hasFocus()
            if not busy and binding.read() != value and binding.show is not None:
                with self.autosave.loading():
                    binding.show(value)

    def _new_row(self, entry_id: str) -> _PersonRow:
        row = _PersonRow(self, entry_id)
        save = self._save_fn
        self.autosave.bind_line_edit(row.name_edit, row.field("name"), save, error_label=row.errors["name"])
        self.autosave.bind_line_edit(row.relation_edit, row.field("relation"), save,
                                     error_label=row.errors["relation"])
        combo = row.role_combo
        role = self.autosave.bind_combo(combo, row.field("role"), save, error_label=row.errors["role"])
        role.show = lambda value: combo.setCurrentIndex(max(0, combo.findData(value or "")))
        tasks_edit = row.tasks_edit
        tasks = self.autosave.bind(row.field("tasks"), lambda: task_lines(tasks_edit.toPlainText()), save,
                                   widget=tasks_edit, error_label=row.errors["tasks"],
                                   show=lambda value: tasks_edit.setPlainText("\n".join(value or ())),
                                   debounce=True)
        tasks_edit.textChanged.connect(tasks.edited)
        tasks_edit.installEventFilter(self.autosave)  # focus out saves at once
        row.name_edit.textEdited.connect(lambda _text: self._name_row(row))
        row.remove_button.clicked.connect(lambda: self._remove(row))
        return row

    def _dispose(self, row: _PersonRow) -> None:
        for key in KEYS:
            self.autosave.unbind(row.field(key))
        for widget in row.widgets():
            self._grid.removeWidget(widget)
            widget.hide()
            widget.setParent(None)  # out of the focus chain at once
            widget.deleteLater()

    def _refresh(self) -> None:
        """Lay out the rows, read-only state, rule notes and suggestions for the shown plan."""
        self._relayout()
        plan = self._view.plan if self._view is not None else None
        issues = role_map_issues(plan) if plan is not None and self._editable else []
        for row in self.rows.values():
            notes = [self._note(issue.field.rsplit("/", 1)[-1], issue_text(issue)) for issue in issues
                     if issue.field.startswith(f"role_map/{row.entry_id}")]
            row.notes.setText(" ".join(notes))
            row.notes.setVisible(bool(notes))
        general = [issue_text(i) for i in issues if i.key == "plan.role_map_client" and i.params.get("count")]
        self.notes_label.setText("\n".join(general))
        self.notes_label.setVisible(bool(general))
        self._show_suggestions(plan)

    def _note(self, key: str, text: str) -> str:
        captions = {"name": self.tr("Name"), "role": self.tr("Role")}
        return self.tr("{field}: {problem}").format(field=captions[key], problem=text) if key in captions else text

    def _relayout(self) -> None:
        for row in self.rows.values():
            for widget in row.widgets():
                self._grid.removeWidget(widget)
        chain: list[QWidget] = []
        for number, row in enumerate(self.rows.values()):
            top = 1 + 3 * number
            for column, key in enumerate(KEYS):
                self._grid.addWidget(row.editors[key], top, column, Qt.AlignmentFlag.AlignTop)
                row.editors[key].show()  # at once (the layout would show it later), so it can take focus
                self._grid.addWidget(row.errors[key], top + 1, column)
            self._grid.addWidget(row.remove_button, top, len(KEYS), Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(row.notes, top + 2, 0, 1, len(KEYS))
            for editor in (row.name_edit, row.relation_edit, row.tasks_edit, row.role_combo):
                lock_editor(editor, not self._editable)
            row.remove_button.setVisible(self._editable)
            self._name_row(row, number + 1)
            chain += [*row.editors.values(), row.remove_button]
        for header in self._headers:
            header.setVisible(bool(self.rows))
        self.empty_label.setVisible(not self.rows)
        self.add_button.setVisible(self._editable)
        self.add_button.setEnabled(not self._adding)
        chain.append(self.add_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _name_row(self, row: _PersonRow, number: int | None = None) -> None:
        """Screen readers hear which person a cell belongs to, by number and name."""
        number = number or list(self.rows.values()).index(row) + 1
        name = row.name_edit.text().strip()
        person = (self.tr("Person {number}: {name}").format(number=number, name=name) if name
                  else self.tr("Person {number}").format(number=number))
        for key, caption in zip(KEYS, (h.text() for h in self._headers), strict=True):
            row.editors[key].setAccessibleName(self.tr("{person}, {column}").format(person=person, column=caption))
        row.remove_button.setAccessibleName(self.tr("Remove {person}").format(person=person))
        row.remove_button.setToolTip(row.remove_button.accessibleName())

    def _show_suggestions(self, plan: Plan | None) -> None:
        found = missing_people(plan, client_name=self._client_name, own_worker_name=self._own_worker_name()) \
            if plan is not None and self._editable else []
        if found == self._suggested:
            return  # rebuilding on every save would take the focus off a suggestion button
        self._suggested = found
        for button in self.suggestion_buttons:
            self._suggestion_layout.removeWidget(button)
            button.deleteLater()
        self.suggestion_buttons = []
        for suggestion in found:
            button = QPushButton(suggestion.text, self.suggestions, objectName="roleSuggestionButton")
            button.setAutoDefault(False)
            button.setEnabled(not self._adding)
            button.setStyleSheet("text-align: left; padding: 4px 10px;")
            button.clicked.connect(lambda _=False, s=suggestion: self._add(s.fields, s.focus_key))
            self._suggestion_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.suggestion_buttons.append(button)
        self.suggestions.setVisible(bool(found))

    def _own_worker_name(self) -> str:
        try:
            return self._context.workspace.profile.display_name
        except WorkspaceLocked:
            return ""

    # -- saving ----------------------------------------------------------------------------

    def _save_fn(self, field: str, value: Any) -> Callable[[], RoleSaved]:
        """``SaveFn`` for a cell: ``field`` is ``role_map/<entry id>/<key>``."""
        assert self._view is not None
        plan_id, context = self._view.id, self._context
        _, entry_id, key = field.split("/")

        def work() -> RoleSaved:
            plans = context.workspace.plans
            saved = plans.update_role(plan_id, entry_id, key, value)
            return RoleSaved(saved.value, saved.revision, saved.saved_at, plans.reread(plan_id))

        return work

    def _on_autosave_field_saved(self, _field: str, result: object) -> None:
        if isinstance(result, RoleSaved) and self._view is not None and result.view.id == self._view.id:
            self._show_view(result.view)
            self.plan_changed.emit(result.view)

    def _on_autosave_field_invalid(self, field: str, error: ValidationError) -> None:
        """A rejected task names its line: the tasks cell holds many."""
        _, entry_id, key = field.split("/")
        row = self.rows.get(entry_id)
        if row is None or key != "tasks":
            return
        texts = []
        for issue in error.issues:
            line = issue.field.rsplit("/", 1)[-1]
            text = issue_text(issue)
            texts.append(self.tr("Task {number}: {problem}").format(number=int(line) + 1, problem=text)
                         if line.isdigit() else text)
        row.errors["tasks"].setText("\n".join(texts))

    def _add(self, fields: dict[str, Any], focus_key: str) -> None:
        if self._view is None or self._adding or not self._editable:
            return
        plan_id, context = self._view.id, self._context
        before = set(self.rows)
        self._set_adding(True)
        self.error_label.hide()
        context.run(lambda: context.workspace.plans.add_role(plan_id, fields), parent=self,
                    on_success=lambda view: self._on_added(view, before, focus_key),
                    on_invalid=self._on_action_invalid, on_failure=lambda _error: self._set_adding(False))

    def _remove(self, row: _PersonRow) -> None:
        if self._view is None or not self._editable:
            return
        name = row.name_edit.text().strip() or self.tr("this person")
        if not prompts.confirm(self, self.tr("Remove from the role map"),
                               self.tr("Remove {name} and their tasks from the role map?").format(name=name),
                               yes=self.tr("Remove"), no=self.tr("Keep")):
            return
        self.autosave.flush()  # edits typed in the row land before the removal (one store lane)
        plan_id, entry_id, context = self._view.id, row.entry_id, self._context
        row.remove_button.setEnabled(False)
        self.error_label.hide()
        context.run(lambda: context.workspace.plans.remove_role(plan_id, entry_id), parent=self,
                    on_success=self._on_removed,
                    on_invalid=self._on_action_invalid,
                    on_failure=lambda _error: row.remove_button.setEnabled(True))

    def _on_added(self, view: PlanView, before: set[str], focus_key: str) -> None:
        self._set_adding(False)
        if self._on_removed(view):
            added = [row for entry_id, row in self.rows.items() if entry_id not in before]
            if added:
                self._focus(added[-1].editors[focus_key])

    def _on_removed(self, view: PlanView) -> bool:
        if self._view is None or view.id != self._view.id:
            return False  # the page moved to another plan meanwhile
        self._show_view(view)
        self.plan_changed.emit(view)
        return True

    def _on_action_invalid(self, error: ValidationError) -> None:
        self._set_adding(False)
        for row in self.rows.values():
            row.remove_button.setEnabled(True)
        self.error_label.setText("\n".join(issue_text(issue) for issue in error.issues))
        self.error_label.show()

    def _set_adding(self, adding: bool) -> None:
        self._adding = adding
        self.add_button.setEnabled(not adding)
        for button in self.suggestion_buttons:
            button.setEnabled(not adding)

    # -- helpers ---------------------------------------------------------------------------

    def _focus(self, widget: QWidget) -> None:
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 40, 80)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        wide = event.size().width() >= SIDE_BY_SIDE_FROM
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._body.direction() != direction:
            self._body.setDirection(direction)
        super().resizeEvent(event)
