"""Autosave: every edit is saved field by field in the background, and the user can see it.

There are no Save buttons. A text field saves ``DEBOUNCE_MS`` after the last keystroke and
at once when it loses focus; choices and check boxes save at once. Saves run through
``AppContext.run`` on the store lane (one worker thread, so saves land in the order sent).
Each field has at most one save in flight: a value typed meanwhile is sent when it returns,
so the latest value always wins. A rejected value stays in its widget, with the reason
shown next to it, until the user fixes it; once the page names its record (``use_drafts``) the
value is also kept in the store as a draft (services/drafts.py), in the same background task
that was refused, and shown again with its message when the record is next opened.
A save the store could not write (disk full, a read-only or failing disk) keeps its value in the
widget, says so once in the save-state indicator (no dialog), and is tried again every
``RETRY_MS`` until the store takes it: freeing space is all the user has to do.

Pages bind their widgets with the ``bind_*`` methods, giving ``save_fn(field, value)``, which
returns the callable to run in the background (e.g. ``lambda: service.update(...)``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.messages import issue_text, message
from sopiva_desk.services.errors import (
    DataFolderReadOnlyError,
    DiskFullError,
    KnownError,
    StorageIOError,
    StoreReadOnlyError,
)

DEBOUNCE_MS = 400
RETRY_MS = 5000  # a save the disk refused is tried again this often (a refused write costs nothing)
RETRIED_ERRORS = (DiskFullError, StorageIOError, DataFolderReadOnlyError, StoreReadOnlyError)
INVALID_PROPERTY = "invalid"  # dynamic property set on a widget whose value was rejected
ERROR_COLOR = "#b3261e"  # 6.5:1 on white
_INVALID_STYLE = f'*[invalid="true"] {{ border: 2px solid {ERROR_COLOR}; border-radius: 3px; }}'

SaveFn = Callable[[str, Any], Callable[[], Any]]


class SaveState(StrEnum):
    IDLE = "idle"  # nothing edited since the record was opened
    SAVING = "saving"  # an edit waits for its save or is being saved
    SAVED = "saved"  # every edit is stored
    INVALID = "invalid"  # a field holds a value the rules reject
    FAILED = "failed"  # the store could not save (e.g. disk full); the next edit retries


class FieldBinding:
    """One autosaved value: how to read it, how to save it, and where its save stands."""

    def __init__(self, controller: AutosaveController, field: str, read: Callable[[], Any], save_fn: SaveFn,
                 *, widget: QWidget | None, error_label: QLabel | None,
                 show: Callable[[Any], None] | None, debounce: bool,
                 typed: Callable[[], Any] | None = None, retype: Callable[[Any], None] | None = None) -> None:
        self.field = field
        self.read = read
        self.save_fn = save_fn
        self.widget = widget
        self.error_label = error_label
        self.show = show  # puts a stored value back into the widget (cleaned form)
        # What the user typed, as kept in a draft (a line edit's text); ``read`` may be replaced later.
        self.typed = typed or (lambda: self.read())
        self.retype = retype or show  # puts a draft back into the widget
        self.dirty = False  # edited since the last save was sent
        self.in_flight = 0
        self.issues: list[Issue] = []
        self.failure: BaseException | None = None
        self.description = widget.accessibleDescription() if widget is not None else ""
        self.timer: QTimer | None = None
        if debounce:
            self.timer = QTimer(controller)
            self.timer.setSingleShot(True)
            self.timer.setInterval(DEBOUNCE_MS)
            self.timer.timeout.connect(lambda: controller._send(self))
        self._controller = controller

    def edited(self) -> None:
        """The user changed the value: save it after the debounce, or at once."""
        self._controller._edited(self)

    def commit(self) -> None:
        """The user finished editing (focus out, Return): save now if anything is unsaved."""
        self._controller._commit(self)


class AutosaveController(QObject):
    """Saves bound widgets as they are edited and tracks the overall save state.

    Signals:
        state_changed(str): the ``SaveState`` value, or its time or failure changed.
        field_saved(str, object): field name and what the save returned (e.g. ``Saved``).
        field_invalid(str, object): field name and the ``ValidationError``; the widget keeps its text.
        field_failed(str, object): field name and the error (e.g. ``DiskFullError``).
        draft_restored(str, object): a kept draft for a field with no editor to show it in (e.g. a
            table cell); the page puts it where it belongs, which saves (and judges) it again.
    """

    state_changed = Signal(str)
    field_saved = Signal(str, object)
    field_invalid = Signal(str, object)
    field_failed = Signal(str, object)
    draft_restored = Signal(str, object)

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._parent = parent
        self._bindings: dict[str, FieldBinding] = {}
        self._by_widget: dict[QObject, FieldBinding] = {}
        self._loading = 0
        self._generation = 0  # bumped by reset(): results of older saves no longer touch the widgets
        self.state = SaveState.IDLE
        self.last_saved_at: datetime | None = None
        self.failure: BaseException | None = None
        self._shown: tuple[Any, ...] = (self.state, None, None)
        self._draft_scope: tuple[str, str] | None = None  # (kind of record, its id) once the page names it
        self._draft_fields: set[str] = set()  # fields that may have a draft in the store
        self._pending_drafts: dict[str, Any] = {}  # drafts whose field is not shown yet (lazy sections)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._retry_failed)

    # -- binding ---------------------------------------------------------------------------

    def bind(self, field: str, read: Callable[[], Any], save_fn: SaveFn, *, widget: QWidget | None = None,
             error_label: QLabel | None = None, show: Callable[[Any], None] | None = None,
             debounce: bool = False, typed: Callable[[], Any] | None = None,
             retype: Callable[[Any], None] | None = None) -> FieldBinding:
        """Bind any editor: call ``edited()`` and ``commit()`` on the returned binding.

        ``typed``/``retype`` read and restore the value as the user typed it, for drafts; they
        default to ``read``/``show``.
        """
        binding = FieldBinding(self, field, read, save_fn, widget=widget, error_label=error_label,
                               show=show, debounce=debounce, typed=typed, retype=retype)
        self._bindings[field] = binding
        if widget is not None:
            self._by_widget[widget] = binding
            sheet = widget.styleSheet()  # keep the widget's own style; add the "invalid" frame
            if _INVALID_STYLE not in sheet:
                widget.setStyleSheet(f"{sheet}\n{_INVALID_STYLE}" if sheet else _INVALID_STYLE)
        if error_label is not None:
            error_label.setObjectName(error_label.objectName() or f"{field}Error")
            error_label.setWordWrap(True)
            error_label.setStyleSheet(f"color: {ERROR_COLOR};")
            error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            error_label.hide()
        return binding

    def bind_line_edit(self, edit: QLineEdit, field: str, save_fn: SaveFn, *,
                       error_label: QLabel | None = None, to_value: Callable[[str], Any] | None = None,
                       to_text: Callable[[Any], str] | None = None) -> FieldBinding:
        convert = to_value or (lambda text: text)
        render = to_text or (lambda value: "" if value is None else str(value))
        binding = self.bind(field, lambda: convert(edit.text()), save_fn, widget=edit,
                            error_label=error_label, show=lambda value: edit.setText(render(value)),
                            debounce=True, typed=edit.text, retype=lambda text: edit.setText(str(text or "")))
        edit.textEdited.connect(binding.edited)
        edit.editingFinished.connect(binding.commit)
        return binding

    def bind_plain_text(self, edit: QPlainTextEdit, field: str, save_fn: SaveFn, *,
                        error_label: QLabel | None = None) -> FieldBinding:
        binding = self.bind(field, edit.toPlainText, save_fn, widget=edit, error_label=error_label,
                            show=lambda value: edit.setPlainText(value or ""), debounce=True,
                            retype=lambda text: edit.setPlainText(str(text or "")))
        edit.textChanged.connect(binding.edited)  # also emitted by setPlainText: loading() guards it
        edit.installEventFilter(self)  # focus out saves at once
        return binding

    def bind_combo(self, combo: QComboBox, field: str, save_fn: SaveFn, *,
                   error_label: QLabel | None = None) -> FieldBinding:
        """Saves ``currentData()`` when the user picks an item."""
        binding = self.bind(field, combo.currentData, save_fn, widget=combo, error_label=error_label,
                            show=lambda value: combo.setCurrentIndex(combo.findData(value)))
        combo.activated.connect(binding.edited)  # user choices only, not setCurrentIndex()
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        combo.installEventFilter(self)  # the wheel scrolls the page instead of changing a combo by accident
        return binding

    def bind_checkboxes(self, boxes: Mapping[str, QCheckBox], field: str, save_fn: SaveFn, *,
                        error_label: QLabel | None = None) -> FieldBinding:
        """Saves the list of the values whose box is checked, in the mapping's order."""

        def show(values: Any) -> None:
            for value, box in boxes.items():
                box.setChecked(value in (values or ()))

        binding = self.bind(field, lambda: [value for value, box in boxes.items() if box.isChecked()],
                            save_fn, error_label=error_label, show=show)
        for box in boxes.values():
            box.clicked.connect(binding.edited)  # user clicks and key presses only
        return binding

    def save_value(self, field: str, value: Any, save_fn: SaveFn) -> None:
        """Save a value that is not read from a bound widget (e.g. a table cell), with the same rules."""
        binding = self._bindings.get(field) or self.bind(field, lambda: None, save_fn)
        binding.read = lambda: value
        binding.save_fn = save_fn
        self._edited(binding)

    def unbind(self, field: str) -> None:
        """Stop autosaving ``field`` (its editor is going away).

        An edit still waiting for its debounce is sent first, so nothing typed is lost; results
        that arrive later no longer touch the editor.
        """
        binding = self._bindings.get(field)
        if binding is None:
            return
        if binding.dirty and not self._loading:
            self._send(binding, force=True)
        del self._bindings[field]
        if binding.widget is not None:
            self._by_widget.pop(binding.widget, None)
            binding.widget.removeEventFilter(self)
            binding.widget.setStyleSheet(binding.widget.styleSheet().replace(_INVALID_STYLE, "").strip())
        binding.dirty = False
        self._update_state()

    def binding(self, field: str) -> FieldBinding:
        return self._bindings[field]

    def show_values(self, values: Mapping[str, Any]) -> None:
        """Put stored values into the bound widgets without saving them (a kept draft wins)."""
        with self.loading():
            for field, value in values.items():
                binding = self._bindings.get(field)
                if binding is not None and binding.show is not None:
                    binding.show(value)
        for field in [field for field in values if field in self._pending_drafts]:
            binding = self._bindings.get(field)
            if binding is not None and binding.retype is not None:
                self._apply_draft(binding, self._pending_drafts.pop(field))

    # -- drafts ----------------------------------------------------------------------------

    def use_drafts(self, scope: str, record_id: object) -> None:
        """The widgets now show this record: keep refused values as its drafts, and show the
        drafts kept earlier (call after ``reset()`` and the first ``show_values()``)."""
        key = (scope, str(record_id))
        self._draft_scope = key
        self._draft_fields = set()
        self._pending_drafts = {}
        generation = self._generation
        self._context.run(lambda: self._context.workspace.drafts.for_record(*key), parent=self._parent,
                          on_success=lambda found: self._on_drafts_found(generation, key, found), quiet=True)

    def _on_drafts_found(self, generation: int, key: tuple[str, str], found: Mapping[str, Any]) -> None:
        if generation != self._generation or key != self._draft_scope:
            return  # another record is shown by now
        for field, value in found.items():
            self._draft_fields.add(field)
            binding = self._bindings.get(field)
            if binding is not None and binding.retype is not None:
                self._apply_draft(binding, value)
            else:
                self._pending_drafts[field] = value
                self.draft_restored.emit(field, value)

    def _apply_draft(self, binding: FieldBinding, value: Any) -> None:
        """Show a kept draft as typed and send it again: it saves if it is valid now, and
        otherwise its message comes back next to the field."""
        with self.loading():
            binding.retype(value)
        binding.dirty = True
        self._send(binding)

    def draft_value(self, field: str) -> Any:
        """A kept draft not yet shown in an editor (e.g. for a section built later), or ``None``."""
        return self._pending_drafts.get(field)

    # -- lifecycle -------------------------------------------------------------------------

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Widgets filled inside this block are not saved."""
        self._loading += 1
        try:
            yield
        finally:
            self._loading -= 1

    def flush(self) -> None:
        """Send every edit still waiting for its debounce now (before locking or leaving)."""
        for binding in list(self._bindings.values()):
            self._send(binding, force=True)

    def has_pending(self) -> bool:
        return any(b.dirty or b.in_flight for b in self._bindings.values())

    def reset(self) -> None:
        """Forget edits, errors and results of earlier saves: the widgets now show another record."""
        self._generation += 1
        for field, binding in list(self._bindings.items()):
            if binding.timer is not None:
                binding.timer.stop()
            binding.dirty = False
            binding.in_flight = 0
            binding.failure = None
            self._show_issues(binding, [])
            if binding.widget is None and binding.error_label is None and binding.show is None:
                del self._bindings[field]  # one-off values (save_value) of the previous record
        self.last_saved_at = None
        self.failure = None
        self._draft_scope = None
        self._draft_fields = set()
        self._pending_drafts = {}
        self._update_state()

    # -- the save cycle --------------------------------------------------------------------

    def _bound(self, binding: FieldBinding) -> bool:
        return self._bindings.get(binding.field) is binding  # an unbound editor's signals do nothing

    def _edited(self, binding: FieldBinding) -> None:
        if self._loading or not self._bound(binding):
            return
        binding.dirty = True
        if binding.timer is not None:
            binding.timer.start()
        else:
            self._send(binding)
        self._update_state()

    def _commit(self, binding: FieldBinding) -> None:
        if not self._loading and binding.dirty:
            self._send(binding)

    def _send(self, binding: FieldBinding, *, force: bool = False) -> None:
        if binding.timer is not None:
            binding.timer.stop()
        if not binding.dirty:
            return
        if binding.in_flight and not force:
            return  # sent again when the running save returns
        value = binding.read()
        work = binding.save_fn(binding.field, value)
        if self._draft_scope is not None:
            work = self._keeping_drafts(binding, work)
        binding.dirty = False
        binding.in_flight += 1
        generation = self._generation
        self._context.run(
            work, parent=self._parent,
            on_success=lambda result: self._on_saved(binding, generation, result),
            on_invalid=lambda error: self._on_invalid(binding, generation, error),
            on_failure=lambda error: self._on_failed(binding, generation, error),
            quiet=True,
        )
        self._update_state()

    def _keeping_drafts(self, binding: FieldBinding, save: Callable[[], Any]) -> Callable[[], Any]:
        """``save`` that keeps a refused value as a draft, and drops the draft once a value saves.

        Both happen in the same background task as the save, so a lock queued behind it (which
        closes the store) cannot come between the refusal and the draft.
        """
        scope, record_id = self._draft_scope or ("", "")
        field, typed = binding.field, binding.typed()
        # A draft may exist if one was found on opening, or an earlier save of this field was
        # refused or is still running; the field leaves this set when a save of it lands.
        may_have_draft = field in self._draft_fields
        self._draft_fields.add(field)
        context = self._context

        def run() -> Any:
            try:
                result = save()
            except ValidationError:
                context.workspace.drafts.keep(scope, record_id, field, typed)
                raise
            if may_have_draft:
                context.workspace.drafts.discard(scope, record_id, field)
            return result

        return run

    def _on_saved(self, binding: FieldBinding, generation: int, result: Any) -> None:
        if generation != self._generation:
            return
        binding.in_flight -= 1
        if not binding.in_flight and not binding.dirty:
            self._draft_fields.discard(binding.field)  # the draft, if any, went with this save
        self.last_saved_at = getattr(result, "saved_at", None) or datetime.now().astimezone()
        if not self._bound(binding):
            self._update_state()
            return
        binding.failure = None
        self._show_issues(binding, [])
        if (binding.show is not None and hasattr(result, "value") and not binding.dirty
                and not binding.in_flight and not (binding.widget is not None and binding.widget.hasFocus())
                and binding.read() != result.value):
            with self.loading():
                binding.show(result.value)  # e.g. an identity code typed in lower case, upper-cased
        self.field_saved.emit(binding.field, result)
        self._next(binding)

    def _on_invalid(self, binding: FieldBinding, generation: int, error: ValidationError) -> None:
        if generation != self._generation:
            return
        binding.in_flight -= 1
        binding.failure = None  # the store was reached: what is left is the value itself
        if not self._bound(binding):
            self._update_state()
            return
        if not binding.dirty:  # a newer value is on its way: judge that one instead
            self._show_issues(binding, error.issues)
            self.field_invalid.emit(binding.field, error)
        self._next(binding)

    def _on_failed(self, binding: FieldBinding, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        binding.in_flight -= 1
        binding.failure = error  # the widget keeps the text; the next edit tries again
        self.failure = error
        self.field_failed.emit(binding.field, error)
        if isinstance(error, RETRIED_ERRORS) and not self._retry.isActive():
            self._retry.start()
        self._next(binding)

    @property
    def retry_interval_ms(self) -> int:
        return self._retry.interval()

    def set_retry_interval_ms(self, milliseconds: int) -> None:
        self._retry.setInterval(milliseconds)

    def _retry_failed(self) -> None:
        """Send again every value the disk refused (and that no newer edit has replaced meanwhile)."""
        for binding in list(self._bindings.values()):
            if isinstance(binding.failure, RETRIED_ERRORS) and not binding.dirty and not binding.in_flight:
                binding.dirty = True
                self._send(binding)

    def _next(self, binding: FieldBinding) -> None:
        if binding.dirty and not binding.in_flight and not (binding.timer and binding.timer.isActive()):
            self._send(binding)
        self._update_state()

    def _show_issues(self, binding: FieldBinding, issues: list[Issue]) -> None:
        binding.issues = list(issues)
        text = "\n".join(issue_text(issue) for issue in issues)
        if binding.error_label is not None:
            binding.error_label.setText(text)
            binding.error_label.setVisible(bool(text))
        widget = binding.widget
        if widget is not None and bool(widget.property(INVALID_PROPERTY)) != bool(text):
            widget.setProperty(INVALID_PROPERTY, bool(text))
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        if widget is not None:
            widget.setAccessibleDescription(text or binding.description)

    def _update_state(self) -> None:
        bindings = self._bindings.values()
        # A retry of a refused save keeps saying "Not saved" instead of flickering "Saving…".
        if any((b.dirty or b.in_flight) and b.failure is None for b in bindings):
            state = SaveState.SAVING
        elif any(b.failure is not None for b in bindings):
            state = SaveState.FAILED
        elif any(b.issues for b in bindings):
            state = SaveState.INVALID
        elif self.last_saved_at is not None:
            state = SaveState.SAVED
        else:
            state = SaveState.IDLE
        self.state = state
        shown = (state, self.last_saved_at, self.failure if state == SaveState.FAILED else None)
        if shown != self._shown:
            self._shown = shown
            self.state_changed.emit(state.value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(watched, QComboBox) and not watched.hasFocus():
            event.ignore()  # handled here, so the combo keeps its value; the scroll area scrolls
            return True
        if kind == QEvent.Type.FocusOut and watched in self._by_widget:
            self._by_widget[watched].commit()
        return False


class SaveStateIndicator(QLabel):
    """Always-visible save state of an ``AutosaveController`` ("Saving…", "All changes saved at 10.42")."""

    def __init__(self, controller: AutosaveController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveState")
        self.setAccessibleName(self.tr("Save state"))
        self.setWordWrap(True)
        self.setMaximumWidth(520)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setStyleSheet(
            'QLabel { padding: 4px 10px; border-radius: 10px; }'
            'QLabel[state="saving"], QLabel[state="idle"] { background: #eef1f5; color: #30343a; }'
            'QLabel[state="saved"] { background: #e6f4ea; color: #1b5e20; }'
            f'QLabel[state="invalid"], QLabel[state="failed"] {{ background: #fdecea; color: {ERROR_COLOR}; '
            'font-weight: bold; }'
        )
        self._controller = controller
        controller.state_changed.connect(self._on_controller_state_changed)
        self._on_controller_state_changed(controller.state.value)

    def _on_controller_state_changed(self, state: str) -> None:
        controller = self._controller
        if state == SaveState.SAVING:
            text = self.tr("Saving…")
        elif state == SaveState.INVALID:
            text = self.tr("Not saved yet: the highlighted value is kept as a draft until you correct it")
        elif state == SaveState.FAILED:
            error = controller.failure
            reason = message(error.key, error.params) if isinstance(error, KnownError) else self.tr(
                "unexpected error")
            text = self.tr("Not saved: {reason}").format(reason=reason)
        elif controller.last_saved_at is not None:
            at = controller.last_saved_at.astimezone()
            text = self.tr("All changes saved at {time}").format(time=f"{at.hour}.{at.minute:02d}")
        else:
            text = self.tr("All changes saved")
        self.setText(text)
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)  # applies the state's colours and font
        # One line while it fits; long failure texts wrap instead of widening the page.
        self.setMinimumWidth(min(self.fontMetrics().horizontalAdvance(text) + 28, self.maximumWidth()))
