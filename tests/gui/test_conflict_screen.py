"""The conflict screen over a real server: two laptops of one counsellor edit the same fields
offline, the second gets the conflicts, and the counsellor resolves them in the screen (mine,
theirs, both, a hand-merged text). After both laptops sync, both and the server hold the chosen
values and no conflict is open anywhere."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sopiva_desk.central import admin
from sopiva_desk.gui.context import AppContext
from sopiva_desk.gui.tasks import TaskRunner
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.store.models import SyncConflict
from tests.conftest import FAST_KDF
from tests.sync.conftest import (  # noqa: F401 - fixtures used here
    Central,
    Laptop,
    central,
    db_url,
    make_laptop,
    pg_cluster,
    pg_shared_url,
)

TIMEOUT = 20_000
NOTES = "Puhun lyhyin lausein. Kuvat auttavat, kun asia on uusi. Aamupäivisin olen väsynyt."


@pytest.fixture
def laptops(central: Central, make_laptop: Callable[..., Laptop],  # noqa: F811
            client_values: dict) -> tuple[Laptop, Laptop, uuid.UUID]:
    user_id = central.add_user("Olli Ohjaaja")
    first, second = make_laptop("first", central, user_id), make_laptop("second", central, user_id)
    client_id = first.workspace.clients.create_client({**client_values, "communication_notes": NOTES})
    first.sync()
    second.sync()
    return first, second, client_id


@pytest.fixture
def window(laptops: tuple[Laptop, Laptop, uuid.UUID], qtbot: QtBot) -> Iterator:  # type: ignore[type-arg]
    from sopiva_desk.gui.main_window import MainWindow

    second = laptops[1]
    runner = TaskRunner()
    context = AppContext(ProfileService(second.data_dir, kdf=FAST_KDF), runner, ui_language="en")
    context.set_workspace(second.workspace)
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.resize(1366, 728)
    main.show()
    yield main
    runner.shutdown()


def _conflict(first: Laptop, second: Laptop, client_id: uuid.UUID, edits: dict[str, tuple[str, str]]) -> None:
    """Each field saved as ``theirs`` on the first laptop (synced) and ``mine`` on the second."""
    for field, (_mine, theirs) in edits.items():
        first.workspace.clients.update_client_field(client_id, field, theirs)
    for field, (mine, _theirs) in edits.items():
        second.workspace.clients.update_client_field(client_id, field, mine)
    first.sync()
    assert second.sync().outcomes["conflict"] == 1


def _open(window, qtbot: QtBot, count: int):  # type: ignore[no-untyped-def]
    window.show_conflicts()
    page = window.conflicts
    qtbot.waitUntil(lambda: len(page.conflicts()) == count and page.current is not None, timeout=TIMEOUT)
    return page


def _resolve(page, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    before = len(page.conflicts())
    assert page.resolve_button.isEnabled()
    page.resolve_button.click()
    qtbot.waitUntil(lambda: len(page.conflicts()) == before - 1, timeout=TIMEOUT)


def _settle(first: Laptop, second: Laptop, central: Central, client_id: uuid.UUID) -> dict:  # type: ignore[type-arg]  # noqa: F811
    second.sync()
    first.sync()
    with central.database.transaction() as session:
        exported = admin.export_client(session, str(client_id))
    assert all(c["resolved"] for c in exported["conflicts"])
    for laptop in (first, second):
        assert laptop.workspace.conflicts.open() == []
    return exported["records"]["client"][0]["data"]


def _values(laptop: Laptop, client_id: uuid.UUID, *fields: str) -> tuple:  # type: ignore[type-arg]
    values = laptop.workspace.clients.open_client(client_id).values
    return tuple(values[field] for field in fields)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_resolving_conflicts_in_the_screen(laptops, window, central: Central, qtbot: QtBot, dialogs) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    first, second, client_id = laptops

    # Two groups in one conflict: keep mine for the phone, theirs for the own worker.
    _conflict(first, second, client_id, {"phone": ("040 222 2222", "040 111 1111"),
                                         "own_worker": ("Liisa Laine", "Eeva Esimerkki")})
    page = _open(window, qtbot, 1)
    assert page.model.index(0, 0).data() == "Aino Maria Virtanen"
    assert page.model.index(0, 2).data() == "Phone, Own worker"  # in the client file's order
    boxes = page.groups
    assert [box.title() for box in boxes] == ["Phone", "Own worker"]
    shown = [label.text() for box in boxes for label in box.findChildren(QLabel)]
    assert {"040 123 4567", "040 222 2222", "040 111 1111", "Liisa Laine", "Eeva Esimerkki"} <= set(shown)
    assert "both" not in boxes[0].radios  # a phone number has no "both"
    assert not page.resolve_button.isEnabled()  # a group still without a choice
    boxes[0].choose("mine")
    assert not page.resolve_button.isEnabled()
    boxes[1].choose("theirs")
    _resolve(page, qtbot)
    data = _settle(first, second, central, client_id)
    assert (data["phone"], data["own_worker"]) == ("040 222 2222", "Eeva Esimerkki")
    for laptop in (first, second):
        assert _values(laptop, client_id, "phone", "own_worker") == ("040 222 2222", "Eeva Esimerkki")

    # A long text: keep both.
    mine_text = NOTES.replace("Kuvat auttavat", "Kuvat ja tukiviittomat auttavat")
    theirs_text = NOTES.replace("Aamupäivisin olen väsynyt.", "Iltapäivällä jaksan paremmin.")
    _conflict(first, second, client_id, {"communication_notes": (mine_text, theirs_text)})
    page = _open(window, qtbot, 1)
    [box] = page.groups
    assert set(box.radios) == {"mine", "theirs", "both", "edited"}
    box.choose("both")
    _resolve(page, qtbot)
    data = _settle(first, second, central, client_id)
    both = data["communication_notes"]
    assert both.index(mine_text) < both.index(theirs_text) and "[Olli Ohjaaja" in both
    for laptop in (first, second):
        assert _values(laptop, client_id, "communication_notes") == (both,)

    # Merged by hand: from a common text, each side changed another sentence; the suggestion
    # holds both changes, and the counsellor adds a sentence.
    first.workspace.clients.update_client_field(client_id, "communication_notes", NOTES)
    first.sync()
    second.sync()
    _conflict(first, second, client_id, {"communication_notes": (mine_text, theirs_text)})
    page = _open(window, qtbot, 1)
    [box] = page.groups
    editor = box.editors["communication_notes"]
    assert "tukiviittomat" in editor.toPlainText() and "Iltapäivällä jaksan paremmin." in editor.toPlainText()
    assert not box.findChildren(QLabel, "uncleanNote")
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " Soita ensin.")  # QTest types ASCII only
    assert box.radios["edited"].isChecked()  # typing in the box chooses the hand merge
    merged = editor.toPlainText()
    _resolve(page, qtbot)
    assert page.empty_label.isVisible()
    data = _settle(first, second, central, client_id)
    assert data["communication_notes"] == merged and merged.endswith("Soita ensin.")
    for laptop in (first, second):
        assert _values(laptop, client_id, "communication_notes") == (merged,)
        # Nothing typed is lost: both sides' texts stay in the conflict rows.
        with laptop.workspace.db.read() as session:
            kept = [side for row in session.scalars(select(SyncConflict)) for side in row.fields.get(
                "communication_notes", {}).values()]
        assert mine_text in kept and theirs_text in kept
