"""The pictogram picker: search in the UI language, category filter, keyboard and mouse
choosing, "No pictogram", preselection, the empty-result message, lazy pictures, and the
small ``PictogramButton`` that opens it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QToolButton

from sopiva_desk.domain.pictograms import fold
from sopiva_desk.gui import pictograms
from sopiva_desk.gui.dialogs import pictogram_picker
from sopiva_desk.gui.dialogs.pictogram_picker import (
    PictogramButton,
    PictogramListModel,
    PictogramPickerDialog,
    choose_pictogram,
)
from sopiva_desk.services.pictograms import default_library

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HOME, BUS, HOSPITAL = "1F3E0", "1F68C", "1F3E5"


@pytest.fixture
def open_dialog(qtbot: Any) -> Iterator[Any]:
    """``open_dialog(language, current=None)``: a shown picker, closed after the test."""
    opened: list[PictogramPickerDialog] = []

    def make(language: str = "fi", current: str | None = None) -> PictogramPickerDialog:
        dialog = PictogramPickerDialog(language, current)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        opened.append(dialog)
        return dialog

    yield make
    for dialog in opened:
        dialog.close()


def hexcodes(dialog: PictogramPickerDialog) -> list[str]:
    return [p.hexcode for p in dialog.model.pictograms()]


def selected(dialog: PictogramPickerDialog) -> str | None:
    pictogram = dialog.selected_pictogram()
    return pictogram.hexcode if pictogram is not None else None


# -- opening ---------------------------------------------------------------------------------


def test_opens_with_the_whole_catalogue_and_the_search_field_focused(open_dialog: Any) -> None:
    dialog = open_dialog("fi")
    assert hexcodes(dialog) == [p.hexcode for p in default_library().all()]
    assert dialog.focusWidget() is dialog.search_edit
    assert dialog.search_edit.placeholderText()
    assert dialog.list_view.accessibleName()
    assert dialog.list_view.uniformItemSizes()
    assert dialog.category_combo.itemData(0) == ""  # "All categories" first
    assert dialog.category_combo.count() == 1 + len(default_library().categories())
    assert "OpenMoji" in dialog.attribution_label.text() and "CC BY-SA 4.0" in dialog.attribution_label.text()


def test_pictures_are_rendered_only_when_painted(qtbot: Any) -> None:
    pictograms.clear_cache()
    dialog = PictogramPickerDialog("fi")
    qtbot.addWidget(dialog)
    assert len(pictograms._pixmaps) == 0  # building the dialog drew nothing
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: len(pictograms._pixmaps) > 0)
    assert len(pictograms._pixmaps) < dialog.model.rowCount()  # only what is on screen
    dialog.close()


def test_the_current_pictogram_is_preselected(open_dialog: Any) -> None:
    dialog = open_dialog("fi", current=BUS.lower())
    assert selected(dialog) == BUS
    assert dialog.list_view.currentIndex().row() == dialog.model.row_of(BUS)
    dialog.choose_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_hexcode == BUS
    assert dialog.chosen_id == "bus"


def test_an_unknown_current_pictogram_is_not_an_error(open_dialog: Any) -> None:
    dialog = open_dialog("fi", current="FFFFF")
    assert selected(dialog) == hexcodes(dialog)[0]


# -- searching and filtering ---------------------------------------------------------------------


def test_finnish_search_finds_home_first(qtbot: Any, open_dialog: Any) -> None:
    dialog = open_dialog("fi")
    qtbot.keyClicks(dialog.search_edit, "koti")
    found = hexcodes(dialog)
    assert found[0] == HOME
    assert len(found) < len(default_library().all())
    assert selected(dialog) == HOME  # the best match is ready for Enter
    assert dialog.list_view.isVisible() and not dialog.empty_label.isVisible()


@pytest.mark.parametrize(("query", "first"), [("hem", HOME), ("hus", None)])
def test_swedish_search(qtbot: Any, open_dialog: Any, query: str, first: str | None) -> None:
    dialog = open_dialog("sv")
    qtbot.keyClicks(dialog.search_edit, query)
    found = dialog.model.pictograms()
    assert HOME in [p.hexcode for p in found]
    if first is not None:
        assert found[0].hexcode == first
    # Searched in Swedish: every result has the word in its Swedish label or words.
    for pictogram in found:
        words = [pictogram.labels["sv"], *pictogram.keywords["sv"]]
        assert any(query in fold(w) for w in words), pictogram.id
    index = dialog.model.index(0, 0)
    assert dialog.model.data(index) == found[0].labels["sv"]  # labels in the UI language


def test_a_word_of_another_language_still_finds_its_picture(qtbot: Any, open_dialog: Any) -> None:
    dialog = open_dialog("fi")
    qtbot.keyClicks(dialog.search_edit, "sjukhus")
    assert hexcodes(dialog)[0] == HOSPITAL
    assert dialog.model.data(dialog.model.index(0, 0)) == default_library().by_hexcode(HOSPITAL).labels["fi"]


def test_category_filter(qtbot: Any, open_dialog: Any) -> None:
    dialog = open_dialog("fi")
    library = default_library()
    food = next(c for c in library.categories() if c.id == "food")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("food"))
    assert dialog.category_combo.currentText() == food.labels["fi"]
    assert hexcodes(dialog) == [p.hexcode for p in library.in_category("food")]
    assert selected(dialog) == hexcodes(dialog)[0]
    qtbot.keyClicks(dialog.search_edit, "ruoka")
    assert hexcodes(dialog) and all(p.category == "food" for p in dialog.model.pictograms())
    dialog.set_category("")  # the search stays: "ruoka" outside the food category too
    assert hexcodes(dialog) == [p.hexcode for p in library.search("ruoka", "fi")]
    dialog.search_edit.clear()
    assert len(hexcodes(dialog)) == len(library.all())


def test_nonsense_shows_the_empty_result_message(qtbot: Any, open_dialog: Any) -> None:
    dialog = open_dialog("fi")
    qtbot.keyClicks(dialog.search_edit, "xyzzy")
    assert dialog.model.rowCount() == 0
    assert dialog.empty_label.isVisible()
    assert "xyzzy" in dialog.empty_label.text()
    assert not dialog.all_categories_button.isVisible()  # nothing elsewhere either
    assert not dialog.choose_button.isEnabled()
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)  # Enter with nothing to choose does nothing
    assert dialog.isVisible()
    dialog.search_edit.clear()
    assert not dialog.empty_label.isVisible() and dialog.choose_button.isEnabled()


def test_found_only_in_another_category_offers_to_search_all(qtbot: Any, open_dialog: Any) -> None:
    dialog = open_dialog("fi")
    dialog.set_category("food")
    qtbot.keyClicks(dialog.search_edit, "koti")
    assert dialog.empty_label.isVisible()
    assert dialog.category_combo.currentText() in dialog.empty_label.text()
    assert dialog.all_categories_button.isVisible()
    dialog.all_categories_button.click()
    assert dialog.category() == ""
    assert hexcodes(dialog)[0] == HOME


# -- choosing --------------------------------------------------------------------------------------


def test_enter_on_the_selection_chooses_it(qtbot: Any, open_dialog: Any) -> None:
    dialog = open_dialog("fi")
    qtbot.keyClicks(dialog.search_edit, "ko")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Down)  # into the grid
    assert dialog.focusWidget() is dialog.list_view
    qtbot.keyClick(dialog.list_view, Qt.Key.Key_Right)  # arrows move in the grid
    expected = hexcodes(dialog)[1]
    assert selected(dialog) == expected
    qtbot.keyClick(dialog.list_view, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert dialog.chosen_hexcode == expected


def test_enter_in_the_search_field_chooses_the_best_match(qtbot: Any, open_dialog: Any) -> None:
    dialog = open_dialog("fi")
    qtbot.keyClicks(dialog.search_edit, "bussi")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Enter)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_hexcode == BUS


def test_double_click_chooses(qtbot: Any, open_dialog: Any) -> None:
    dialog = open_dialog("fi")
    index = dialog.model.index(dialog.model.row_of(BUS), 0)
    dialog.list_view.scrollTo(index)
    centre = dialog.list_view.visualRect(index).center()
    qtbot.mouseClick(dialog.list_view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(dialog.list_view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_hexcode == BUS


def test_no_pictogram_returns_none(open_dialog: Any) -> None:
    dialog = open_dialog("fi", current=HOME)
    dialog.none_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_hexcode is None
    assert dialog.chosen_id is None


def test_escape_cancels(qtbot: Any, open_dialog: Any) -> None:
    dialog = open_dialog("fi", current=HOME)
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.chosen_hexcode is None


def test_choose_pictogram_runs_the_dialog(monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    def pick_bus(self: PictogramPickerDialog) -> int:
        self.search_edit.setText("bussi")
        self.choose_button.click()
        return self.result()

    monkeypatch.setattr(PictogramPickerDialog, "exec", pick_bus)
    assert choose_pictogram(None, "fi", HOME) == (True, BUS)
    monkeypatch.setattr(PictogramPickerDialog, "exec", lambda self: (self.reject(), self.result())[1])
    assert choose_pictogram(None, "fi", HOME) == (False, HOME)  # cancelled: unchanged


# -- the model -------------------------------------------------------------------------------------


def test_model_roles(qapp: Any) -> None:
    library = default_library()
    model = PictogramListModel("sv", library)
    model.set_pictograms(library.all())
    index = model.index(model.row_of(HOME), 0)
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == "hem"
    assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == "hem"
    assert model.data(index, Qt.ItemDataRole.AccessibleDescriptionRole) == "Hem och boende"
    assert model.data(index, PictogramListModel.HexcodeRole) == HOME
    assert model.data(index, PictogramListModel.IdRole) == "home"
    pixmap = model.data(index, Qt.ItemDataRole.DecorationRole)
    assert pixmap.deviceIndependentSize().width() == pytest.approx(pictogram_picker.PICTURE_SIZE)
    assert model.data(model.index(0, 0, index)) is None
    assert model.rowCount(index) == 0
    assert not model.flags(QModelIndex())
    assert model.row_of("nonsense") == -1 and model.row_of(None) == -1


def test_qtmodeltester(qtmodeltester: Any) -> None:
    library = default_library()
    model = PictogramListModel("fi", library)
    qtmodeltester.check(model)  # empty
    model.set_pictograms(library.all())
    qtmodeltester.check(model)
    model.set_pictograms(library.search("koti", "fi"))
    qtmodeltester.check(model)


# -- PictogramButton -------------------------------------------------------------------------------


@pytest.fixture
def button(qtbot: Any) -> PictogramButton:
    widget = PictogramButton("fi", accessible_name="Tavoitteen kuva")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def fake_choice(monkeypatch: pytest.MonkeyPatch, accepted: bool, hexcode: str | None) -> list[tuple[Any, ...]]:
    calls: list[tuple[Any, ...]] = []

    def fake(parent: Any, language: str, current: str | None) -> tuple[bool, str | None]:
        calls.append((parent, language, current))
        return accepted, hexcode

    monkeypatch.setattr(pictogram_picker, "choose_pictogram", fake)
    return calls


def test_button_without_a_pictogram_offers_one(button: PictogramButton) -> None:
    assert button.hexcode() is None
    assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
    assert button.text()
    assert button.accessibleName().startswith("Tavoitteen kuva")


def test_button_emits_changed_after_the_dialog_is_accepted(
        qtbot: Any, button: PictogramButton, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = fake_choice(monkeypatch, True, BUS.lower())
    with qtbot.waitSignal(button.changed, timeout=1000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == [BUS]
    assert calls == [(button, "fi", None)]
    assert button.hexcode() == BUS
    assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert not button.icon().isNull()
    assert button.accessibleName().startswith("Tavoitteen kuva") and "bussi" in button.accessibleName()

    calls = fake_choice(monkeypatch, True, None)  # "No pictogram"
    with qtbot.waitSignal(button.changed, timeout=1000) as blocker:
        button.click()
    assert blocker.args == [None]
    assert calls == [(button, "fi", BUS)]
    assert button.hexcode() is None


def test_button_stays_quiet_when_cancelled_or_unchanged(
        qtbot: Any, button: PictogramButton, monkeypatch: pytest.MonkeyPatch) -> None:
    with qtbot.assertNotEmitted(button.changed):
        button.set_hexcode(HOME)  # programmatic: no signal
        assert button.hexcode() == HOME
        fake_choice(monkeypatch, False, None)
        button.click()
        fake_choice(monkeypatch, True, HOME)
        button.click()
    assert button.hexcode() == HOME


def test_disabled_button_does_not_open_the_picker(
        qtbot: Any, button: PictogramButton, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = fake_choice(monkeypatch, True, BUS)
    button.set_hexcode(HOME)
    button.setEnabled(False)
    with qtbot.assertNotEmitted(button.changed):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert calls == []
    assert button.hexcode() == HOME
    assert isinstance(button, QToolButton)
