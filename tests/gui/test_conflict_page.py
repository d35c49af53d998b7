"""The conflict screen on a store holding pulled conflicts (no server): values in words, what is
offered per group, the merge box, and nothing typed lost while moving between conflicts."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.pages.conflicts import ConflictsPage
from tests.helpers.conflicts import NOTES_MINE, demo_conflicts

TIMEOUT = 10_000


@pytest.fixture
def page(context: AppContext, client_values: dict, qtbot: QtBot) -> ConflictsPage:
    workspace = context.workspace
    client_id = workspace.clients.create_client({**client_values, "street_address": "Kuja 3",
                                                 "postal_code": "00200", "post_office": "Helsinki"})
    demo_conflicts(workspace, client_id)
    page = ConflictsPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: len(page.conflicts()) == 3 and page.current is not None, timeout=TIMEOUT)
    return page


def _texts(page: ConflictsPage) -> list[str]:
    return [label.text() for box in page.groups for label in box.findChildren(QLabel)]


def test_the_list_and_the_groups_in_words(page: ConflictsPage) -> None:
    rows = [[page.model.index(row, column).data() for column in range(4)] for row in range(3)]
    assert [row[:3] for row in rows] == [
        ["Aino Maria Virtanen", "Client file", "Street address, Postal code, Post office, Phone"],
        ["Aino Maria Virtanen", "Client file", "How I communicate"],
        ["Aino Maria Virtanen", "Client file", "Communication methods"]]
    assert rows[0][3] == "7.12.2026 " + rows[0][3].split(" ")[1]
    assert [box.title() for box in page.groups] == ["Street address, Postal code, Post office", "Phone"]
    assert set(page.groups[0].radios) == {"mine", "theirs"}  # an address is decided whole, never mixed
    assert {"Rantatie 5 B 12", "33100", "Tampere", "Kuja 3", "00200"} <= set(_texts(page))
    page.select(2)
    [methods] = page.groups
    assert set(methods.radios) == {"mine", "theirs", "both"}
    texts = _texts(page)
    assert "Speech\nKey-word signs" in texts and "Speech\nPictures or symbols" in texts  # never raw codes
    assert not any("[" in text or "key_word_signs" in text for text in texts)


def test_a_text_whose_merge_is_not_clean_says_so_and_typing_chooses_the_hand_merge(page: ConflictsPage,
                                                                                     qtbot: QtBot) -> None:
    page.select(1)
    [notes] = page.groups
    assert set(notes.radios) == {"mine", "theirs", "both", "edited"}
    assert notes.findChildren(QLabel, "uncleanNote")
    editor = notes.editors["communication_notes"]
    assert editor.toPlainText().startswith("Puhun lyhyin lausein")
    assert not page.resolve_button.isEnabled()
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " Kysy ensin.")  # QTest types ASCII only
    assert notes.radios["edited"].isChecked() and page.resolve_button.isEnabled()
    typed = editor.toPlainText()
    page.select(0)  # away and back: the choice and the text are still there
    page.select(1)
    [notes] = page.groups
    assert notes.editors["communication_notes"].toPlainText() == typed and notes.radios["edited"].isChecked()


def test_resolving_takes_the_conflict_off_the_list(page: ConflictsPage, qtbot: QtBot) -> None:
    page.select(1)
    page.groups[0].choose("mine")
    page.resolve_button.click()
    qtbot.waitUntil(lambda: len(page.conflicts()) == 2, timeout=TIMEOUT)
    with page._context.workspace.db.read() as session:
        from sopiva_desk.store.models import Client

        [client] = session.query(Client).all()
        assert client.communication_notes == NOTES_MINE


def test_a_conflict_resolved_meanwhile_says_so_and_leaves_the_list(page: ConflictsPage, qtbot: QtBot,
                                                                   dialogs: list[str]) -> None:
    shown = page.current
    assert shown is not None
    page._context.workspace.conflicts.resolve(shown.conflict_id, {group.paths: "theirs" for group in shown.groups})
    for box in page.groups:
        box.choose("mine")
    page.resolve_button.click()
    qtbot.waitUntil(lambda: len(page.conflicts()) == 2, timeout=TIMEOUT)
    assert dialogs == ["This conflict was already resolved, on this or another device. The list has been updated."]
