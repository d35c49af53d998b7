"""The autosave machinery on its own: debounce, ordering, rejected values, failures, indicator."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.messages import issue_text, message
from sopiva_desk.gui.tasks import STORE, ImmediateTaskRunner, TaskRunner
from sopiva_desk.gui.widgets.autosave import (
    DEBOUNCE_MS,
    INVALID_PROPERTY,
    AutosaveController,
    SaveState,
    SaveStateIndicator,
)
from sopiva_desk.services.clients import Saved
from sopiva_desk.services.errors import DiskFullError
from sopiva_desk.services.profiles import ProfileService

# The offscreen platform warns about every shown top-level window; nothing to fix on our side.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class ManualRunner(TaskRunner):
    """Holds work until the test finishes it, to look at saves while they are in flight."""

    def __init__(self) -> None:
        super().__init__()
        self.jobs: list[tuple[Callable[[], Any], Any, Any]] = []

    def run(self, work: Callable[[], Any], *, on_success: Any = None, on_error: Any = None,
            lane: str = STORE) -> None:
        self._pending += 1
        self.jobs.append((work, on_success, on_error))

    def finish_next(self) -> None:
        work, on_success, on_error = self.jobs.pop(0)
        try:
            result = work()
        except Exception as error:  # noqa: BLE001 - the same path as a real run
            self._on_finished(on_success, on_error, None, error)
        else:
            self._on_finished(on_success, on_error, result, None)


class FakeStore:
    """Stands for a service: records what was saved; ``reject`` and ``fail`` make saves go wrong."""

    def __init__(self) -> None:
        self.saved: list[tuple[str, Any]] = []
        self.reject: Issue | None = None
        self.fail: Exception | None = None

    def save(self, field: str, value: Any) -> Callable[[], Saved]:
        def work() -> Saved:
            if self.fail is not None:
                raise self.fail
            if self.reject is not None:
                raise ValidationError([self.reject])
            self.saved.append((field, value))
            return Saved(value.strip() if isinstance(value, str) else value, {}, len(self.saved),
                         datetime(2026, 3, 2, 8, 5, tzinfo=UTC))
        return work


class Form(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.edit = QLineEdit(self)
        self.error = QLabel(self, objectName="phoneError")
        self.notes = QPlainTextEdit(self)
        self.combo = QComboBox(self)
        for value in ("fi", "sv", "other"):
            self.combo.addItem(value.upper(), value)
        self.boxes = {value: QCheckBox(value, self) for value in ("speech", "pictures", "signs")}
        layout = QVBoxLayout(self)
        for widget in (self.edit, self.error, self.notes, self.combo, *self.boxes.values()):
            layout.addWidget(widget)
        self.autosave = AutosaveController(context, self)
        self.indicator = SaveStateIndicator(self.autosave, self)
        layout.addWidget(self.indicator)


@pytest.fixture
def store() -> FakeStore:
    return FakeStore()


def make_form(qtbot: Any, profile_service: ProfileService, runner: TaskRunner, store: FakeStore) -> Form:
    form = Form(AppContext(profile_service, runner))
    qtbot.addWidget(form)
    autosave = form.autosave
    autosave.bind_line_edit(form.edit, "phone", store.save, error_label=form.error)
    autosave.bind_plain_text(form.notes, "communication_notes", store.save)
    autosave.bind_combo(form.combo, "language", store.save)
    autosave.bind_checkboxes(form.boxes, "communication_methods", store.save)
    return form


@pytest.fixture
def form(qtbot: Any, profile_service: ProfileService, store: FakeStore) -> Form:
    return make_form(qtbot, profile_service, ImmediateTaskRunner(), store)


def test_typing_saves_once_after_the_debounce(qtbot: Any, form: Form, store: FakeStore) -> None:
    assert form.indicator.text() == "All changes saved"
    qtbot.keyClicks(form.edit, "040 123 4567")
    assert store.saved == []
    assert form.autosave.state == SaveState.SAVING
    assert form.indicator.text() == "Saving…"
    assert form.autosave.has_pending()
    qtbot.waitUntil(lambda: store.saved != [], timeout=DEBOUNCE_MS * 5)
    assert store.saved == [("phone", "040 123 4567")]
    assert form.autosave.state == SaveState.SAVED
    local = datetime(2026, 3, 2, 8, 5, tzinfo=UTC).astimezone()
    assert form.indicator.text() == f"All changes saved at {local.hour}.{local.minute:02d}"
    assert not form.autosave.has_pending()


def test_return_saves_at_once_and_the_debounce_does_not_save_again(qtbot: Any, form: Form,
                                                                   store: FakeStore) -> None:
    qtbot.keyClicks(form.edit, "040 1")
    qtbot.keyClick(form.edit, "\r")
    assert store.saved == [("phone", "040 1")]
    qtbot.wait(DEBOUNCE_MS + 100)
    assert store.saved == [("phone", "040 1")]


def test_plain_text_saves_after_the_debounce_and_on_focus_out(qtbot: Any, form: Form,
                                                              store: FakeStore) -> None:
    form.show()
    qtbot.keyClicks(form.notes, "Puhun hitaasti.")
    qtbot.waitUntil(lambda: store.saved == [("communication_notes", "Puhun hitaasti.")], timeout=2000)
    form.notes.setFocus()
    qtbot.keyClicks(form.notes, " Kuvat")
    form.edit.setFocus()  # focus out saves without waiting
    assert store.saved[-1] == ("communication_notes", "Puhun hitaasti. Kuvat")


def test_choices_save_at_once_filling_saves_nothing(qtbot: Any, form: Form, store: FakeStore) -> None:
    form.autosave.show_values({"phone": "040 1", "communication_notes": "Teksti", "language": "sv",
                               "communication_methods": ["pictures"]})
    assert (form.edit.text(), form.notes.toPlainText(), form.combo.currentData()) == ("040 1", "Teksti", "sv")
    assert form.boxes["pictures"].isChecked()
    qtbot.wait(DEBOUNCE_MS + 100)
    assert store.saved == []
    assert form.autosave.state == SaveState.IDLE

    form.combo.setCurrentIndex(2)
    form.combo.activated.emit(2)  # what a user's pick emits
    form.boxes["speech"].click()
    assert store.saved == [("language", "other"), ("communication_methods", ["speech", "pictures"])]


def test_a_value_typed_during_a_save_is_sent_after_it(qtbot: Any, profile_service: ProfileService,
                                                      store: FakeStore) -> None:
    runner = ManualRunner()
    form = make_form(qtbot, profile_service, runner, store)
    qtbot.keyClicks(form.edit, "040")
    qtbot.keyClick(form.edit, "\r")
    qtbot.keyClicks(form.edit, " 12")
    qtbot.keyClick(form.edit, "\r")
    qtbot.keyClicks(form.edit, "3")
    qtbot.keyClick(form.edit, "\r")
    assert len(runner.jobs) == 1  # one save per field at a time
    runner.finish_next()
    assert store.saved == [("phone", "040")]
    assert len(runner.jobs) == 1  # the latest value, sent as soon as the first returned
    assert form.autosave.state == SaveState.SAVING
    runner.finish_next()
    assert store.saved == [("phone", "040"), ("phone", "040 123")]
    assert runner.jobs == []
    assert form.autosave.state == SaveState.SAVED


def test_flush_sends_a_waiting_edit_now(qtbot: Any, form: Form, store: FakeStore) -> None:
    qtbot.keyClicks(form.edit, "040 9")
    assert store.saved == []
    form.autosave.flush()
    assert store.saved == [("phone", "040 9")]
    assert not form.autosave.binding("phone").timer.isActive()


def test_a_rejected_value_stays_with_the_reason_next_to_it(qtbot: Any, form: Form, store: FakeStore) -> None:
    store.reject = Issue("phone", "phone.format")
    qtbot.keyClicks(form.edit, "040 12x")
    qtbot.keyClick(form.edit, "\r")
    reason = issue_text(store.reject)
    assert form.edit.text() == "040 12x"
    assert form.error.isVisibleTo(form) and form.error.text() == reason
    assert form.edit.property(INVALID_PROPERTY) is True
    assert form.edit.accessibleDescription() == reason
    assert form.autosave.state == SaveState.INVALID
    assert form.indicator.text() == "Not saved yet: the highlighted value is kept as a draft until you correct it"

    store.reject = None
    qtbot.keyClick(form.edit, "\b")
    qtbot.keyClick(form.edit, "\r")
    assert store.saved == [("phone", "040 12")]
    assert not form.error.isVisibleTo(form)
    assert form.edit.property(INVALID_PROPERTY) is False
    assert form.edit.accessibleDescription() == ""
    assert form.autosave.state == SaveState.SAVED


def test_a_failed_save_is_shown_and_the_next_edit_retries(qtbot: Any, form: Form, store: FakeStore,
                                                         dialogs: list[str]) -> None:
    store.fail = DiskFullError()
    qtbot.keyClicks(form.edit, "040 5")
    qtbot.keyClick(form.edit, "\r")
    assert form.edit.text() == "040 5"
    assert form.autosave.state == SaveState.FAILED
    assert form.indicator.text() == "Not saved: {}".format(message("disk.full"))
    assert dialogs == []  # shown in place, not as a dialog on every keystroke
    assert not form.autosave.has_pending()

    store.fail = None
    qtbot.keyClicks(form.edit, "5")
    qtbot.keyClick(form.edit, "\r")
    assert store.saved == [("phone", "040 55")]
    assert form.autosave.state == SaveState.SAVED


def test_the_saved_value_is_shown_cleaned_when_the_field_is_left(qtbot: Any, form: Form,
                                                                 store: FakeStore) -> None:
    qtbot.keyClicks(form.edit, "  040 7 ")
    form.autosave.flush()
    assert form.edit.text() == "040 7"  # the fake store strips, like the real rules


def test_reset_forgets_edits_and_results_of_earlier_saves(qtbot: Any, profile_service: ProfileService,
                                                         store: FakeStore) -> None:
    runner = ManualRunner()
    form = make_form(qtbot, profile_service, runner, store)
    store.reject = Issue("phone", "phone.format")
    qtbot.keyClicks(form.edit, "x")
    qtbot.keyClick(form.edit, "\r")
    qtbot.keyClicks(form.notes, "kesken")
    form.autosave.reset()
    assert not form.autosave.has_pending()
    runner.finish_next()  # the old record's answer arrives after the reset
    assert not form.error.isVisibleTo(form)
    assert form.autosave.state == SaveState.IDLE
    qtbot.wait(DEBOUNCE_MS + 100)
    assert runner.jobs == []


def test_the_wheel_does_not_change_a_combo_it_merely_passes_over(qtbot: Any, form: Form,
                                                                 store: FakeStore) -> None:
    form.show()
    form.edit.setFocus()
    wheel = QWheelEvent(QPointF(5, 5), QPointF(form.combo.mapToGlobal(QPoint(5, 5))), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(form.combo, wheel)
    assert form.combo.currentIndex() == 0
    assert store.saved == []


def test_binding_keeps_the_widgets_own_style(qtbot: Any, profile_service: ProfileService, store: FakeStore) -> None:
    form = Form(AppContext(profile_service, ImmediateTaskRunner()))
    qtbot.addWidget(form)
    form.edit.setStyleSheet("QLineEdit { font-size: 14pt; }")
    form.autosave.bind_line_edit(form.edit, "phone", store.save)
    assert "font-size: 14pt" in form.edit.styleSheet() and "invalid" in form.edit.styleSheet()
    form.autosave.bind_line_edit(form.edit, "phone", store.save)  # bound again: the frame is not doubled
    assert form.edit.styleSheet().count("invalid") == 1


def test_unbinding_sends_the_waiting_edit_and_then_ignores_the_editor(qtbot: Any, form: Form,
                                                                     store: FakeStore) -> None:
    qtbot.keyClicks(form.edit, "040 9")
    form.autosave.unbind("phone")
    assert store.saved == [("phone", "040 9")]  # nothing typed is lost
    assert "invalid" not in form.edit.styleSheet()
    qtbot.keyClicks(form.edit, "99")
    qtbot.wait(DEBOUNCE_MS * 2)
    assert store.saved == [("phone", "040 9")] and form.autosave.state == SaveState.SAVED
    assert not form.autosave.has_pending()
    with pytest.raises(KeyError):
        form.autosave.binding("phone")
    form.autosave.unbind("phone")  # twice is harmless
