"""Resolving a conflict end to end: two laptops (real encrypted stores, the app's services) and a
real ``sopiva-central serve`` (SQLite and PostgreSQL). Two devices edit the same field, the second
gets a conflict, a person resolves it (mine / theirs / both / hand-merged text), both sync, and
then both laptops and the server hold the resolved value, the conflict is resolved everywhere,
and every value either side typed is in the record, its history or a conflict row."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from sopiva_desk.central import admin
from sopiva_desk.services.sync.conflicts import ConflictView, Edited
from sopiva_desk.store.models import AccessLogEntry, Client, SyncConflict, SyncOutbox
from tests.sync.conftest import Central, Laptop

NOTES_BASE = ("Puhun lyhyin lausein. Kuvat auttavat. Aamulla olen väsynyt. "
              "Tulkki tarvitaan virastoasioissa.")
NOTES_FIRST = NOTES_BASE.replace("Kuvat auttavat.", "Kuvat ja tukiviittomat auttavat.")
NOTES_SECOND = NOTES_BASE.replace("Aamulla olen väsynyt.", "Aamupäivisin olen väsynyt, iltapäivä on parempi.")


@pytest.fixture
def pair(central: Central, make_laptop: Callable[..., Laptop],
         client_values: dict) -> tuple[Laptop, Laptop, uuid.UUID]:
    user_id = central.add_user("Olli Ohjaaja")
    first = make_laptop("first", central, user_id)
    second = make_laptop("second", central, user_id)
    client_id = first.workspace.clients.create_client({**client_values, "communication_notes": NOTES_BASE})
    first.sync()
    second.sync()
    return first, second, client_id


def _conflict_on(first: Laptop, second: Laptop, client_id: uuid.UUID, field: str, mine: Any,
                 theirs: Any) -> ConflictView:
    """``first`` saves ``theirs`` and syncs; ``second`` saves ``mine`` offline and gets the conflict."""
    first.workspace.clients.update_client_field(client_id, field, theirs)
    second.workspace.clients.update_client_field(client_id, field, mine)
    assert first.sync().outcomes["applied"] == 1
    report = second.sync()
    assert report.outcomes["conflict"] == 1 and report.open_conflicts == 1
    [view] = second.workspace.conflicts.open()
    return view


def _client(laptop: Laptop, client_id: uuid.UUID) -> Client:
    with laptop.workspace.db.read() as session:
        client = session.get(Client, client_id)
        assert client is not None
        return client


def _server_client(central: Central, client_id: uuid.UUID) -> dict[str, Any]:
    with central.database.transaction() as session:
        exported = admin.export_client(session, str(client_id))
    (record,) = exported["records"]["client"]
    return {"data": record["data"], "conflicts": exported["conflicts"]}


def _settled(first: Laptop, second: Laptop, central: Central, client_id: uuid.UUID, field: str) -> list[Any]:
    """Sync both (the resolver first), then: the value each laptop and the server hold, with the
    conflict resolved everywhere and nothing left to send."""
    second.sync()
    first.sync()
    server = _server_client(central, client_id)
    assert [c["resolved"] for c in server["conflicts"]] == [True]
    values = [getattr(_client(laptop, client_id), field) for laptop in (first, second)]
    for laptop in (first, second):
        assert laptop.workspace.conflicts.open() == []
        with laptop.workspace.db.read() as session:
            assert session.scalars(select(SyncOutbox)).all() == []
            [row] = session.scalars(select(SyncConflict)).all()
            assert row.resolved and row.resolution is not None
    return [*values, server["data"][field]]


def _typed_values_kept(laptop: Laptop, client_id: uuid.UUID, field: str, *typed: Any) -> None:
    """Every value typed on either side is in the record or a conflict row of this laptop."""
    with laptop.workspace.db.read() as session:
        kept = json.dumps([getattr(session.get(Client, client_id), field),
                           [row.fields for row in session.scalars(select(SyncConflict))]], ensure_ascii=False)
    for value in typed:
        assert json.dumps(value, ensure_ascii=False).strip('"') in kept


def test_keeping_mine_reaches_the_other_laptop_and_the_server(pair, central: Central) -> None:  # type: ignore[no-untyped-def]
    first, second, client_id = pair
    view = _conflict_on(first, second, client_id, "phone", "040 222 2222", "040 111 1111")
    [group] = view.groups
    assert (group.paths, group.kind, group.choices) == (("phone",), "value", ("mine", "theirs"))
    assert [(f.base, f.mine, f.theirs) for f in group.fields] == [("040 123 4567", "040 222 2222", "040 111 1111")]
    assert view.client_name == "Aino Maria Virtanen" and view.mine.user_name and view.theirs.at is not None
    # Until a person decides, the record shows the server's value and the conflict keeps mine.
    assert _client(second, client_id).phone == "040 111 1111"
    # The first laptop sees the same conflict the other way round: its own value is "mine".
    first.sync()
    [seen_on_first] = first.workspace.conflicts.open()
    assert [(f.mine, f.theirs) for f in seen_on_first.groups[0].fields] == [("040 111 1111", "040 222 2222")]

    second.workspace.conflicts.resolve(view.conflict_id, {("phone",): "mine"})
    assert second.workspace.conflicts.open() == []  # it leaves the list at once; the next sync sends it
    assert _client(second, client_id).phone == "040 222 2222"
    assert _settled(first, second, central, client_id, "phone") == ["040 222 2222"] * 3
    for laptop in (first, second):
        _typed_values_kept(laptop, client_id, "phone", "040 111 1111", "040 222 2222")


def test_keeping_theirs_changes_nothing_but_resolves_everywhere(pair, central: Central) -> None:  # type: ignore[no-untyped-def]
    first, second, client_id = pair
    view = _conflict_on(first, second, client_id, "phone", "040 222 2222", "040 111 1111")
    second.workspace.conflicts.resolve(view.conflict_id, {("phone",): "theirs"})
    assert _settled(first, second, central, client_id, "phone") == ["040 111 1111"] * 3
    _typed_values_kept(second, client_id, "phone", "040 111 1111", "040 222 2222")


def test_keeping_both_texts_keeps_each_under_its_mark(pair, central: Central) -> None:  # type: ignore[no-untyped-def]
    first, second, client_id = pair
    view = _conflict_on(first, second, client_id, "communication_notes", NOTES_SECOND, NOTES_FIRST)
    [group] = view.groups
    assert group.kind == "text" and group.choices == ("mine", "theirs", "both", "edited")
    second.workspace.conflicts.resolve(view.conflict_id, {("communication_notes",): "both"},
                                       marks=("[Toinen kone]", "[Ensimmäinen kone]"))
    values = _settled(first, second, central, client_id, "communication_notes")
    expected = f"[Toinen kone]\n{NOTES_SECOND}\n\n[Ensimmäinen kone]\n{NOTES_FIRST}"
    assert values == [expected] * 3


def test_a_hand_merged_text_from_the_suggested_three_way_merge(pair, central: Central) -> None:  # type: ignore[no-untyped-def]
    first, second, client_id = pair
    view = _conflict_on(first, second, client_id, "communication_notes", NOTES_SECOND, NOTES_FIRST)
    suggestion = view.groups[0].suggestions["communication_notes"]
    # Each side changed a different sentence: the suggestion has both changes, applied cleanly.
    assert suggestion.clean
    assert "Kuvat ja tukiviittomat auttavat." in suggestion.text and "iltapäivä on parempi" in suggestion.text
    edited = suggestion.text + " Soita ennen käyntiä."
    second.workspace.conflicts.resolve(view.conflict_id, {("communication_notes",): Edited(
        {"communication_notes": edited})})
    assert _settled(first, second, central, client_id, "communication_notes") == [edited] * 3
    for laptop in (first, second):
        _typed_values_kept(laptop, client_id, "communication_notes", NOTES_FIRST, NOTES_SECOND)


def test_a_resolution_on_the_other_laptop_drops_the_conflict_here(pair, central: Central) -> None:  # type: ignore[no-untyped-def]
    first, second, client_id = pair
    _conflict_on(first, second, client_id, "phone", "040 222 2222", "040 111 1111")
    first.sync()
    [view] = first.workspace.conflicts.open()
    first.workspace.conflicts.resolve(view.conflict_id, {("phone",): "theirs"})  # the second laptop's value
    first.sync()
    second.sync()
    assert second.workspace.conflicts.open() == []
    assert [_client(laptop, client_id).phone for laptop in (first, second)] == ["040 222 2222"] * 2
    assert _server_client(central, client_id)["data"]["phone"] == "040 222 2222"


def test_other_records_keep_syncing_while_a_conflict_is_open(pair, central: Central) -> None:  # type: ignore[no-untyped-def]
    first, second, client_id = pair
    _conflict_on(first, second, client_id, "phone", "040 222 2222", "040 111 1111")
    other_id = first.workspace.clients.create_client({"first_names": "Eero", "last_name": "Koski",
                                                      "temporary_id": "T-9", "municipality_code": "623"})
    first.sync()
    second.workspace.clients.update_client_field(client_id, "own_worker", "Liisa Laine")
    report = second.sync()
    assert report.rejected == [] and report.pending_left == 0 and report.open_conflicts == 1
    assert _client(second, other_id).last_name == "Koski"
    assert _server_client(central, client_id)["data"]["own_worker"] == "Liisa Laine"
    assert _client(second, client_id).phone == "040 111 1111"  # the conflicting field waits for a person


def test_a_record_that_moved_on_before_the_resolution_arrived_is_a_new_conflict(pair, central: Central) -> None:  # type: ignore[no-untyped-def]
    first, second, client_id = pair
    view = _conflict_on(first, second, client_id, "phone", "040 222 2222", "040 111 1111")
    second.workspace.conflicts.resolve(view.conflict_id, {("phone",): "mine"})
    first.workspace.clients.update_client_field(client_id, "phone", "040 333 3333")
    first.sync()
    report = second.sync()
    assert report.outcomes["conflict"] == 1
    [new] = second.workspace.conflicts.open()
    assert new.conflict_id != view.conflict_id
    assert [(f.base, f.mine, f.theirs) for f in new.groups[0].fields] == \
        [("040 111 1111", "040 222 2222", "040 333 3333")]
    assert _server_client(central, client_id)["data"]["phone"] == "040 333 3333"  # not silently overwritten


def test_the_resolution_is_access_logged_and_sent_as_one_mutation(pair, central: Central) -> None:  # type: ignore[no-untyped-def]
    first, second, client_id = pair
    view = _conflict_on(first, second, client_id, "phone", "040 222 2222", "040 111 1111")
    second.workspace.clients.update_client_field(client_id, "own_worker", "Liisa Laine")
    second.workspace.conflicts.resolve(view.conflict_id, {("phone",): "theirs"})
    with second.workspace.db.read() as session:
        [entry] = session.scalars(select(AccessLogEntry).where(AccessLogEntry.action == "resolve_conflict")).all()
        assert (entry.record_type, entry.record_id, entry.client_id, entry.fields) == \
            ("client", client_id, client_id, ["phone"])
    report = second.sync()
    assert report.folded == 1 and report.pushed == 1 and report.rejected == []
    assert _server_client(central, client_id)["conflicts"][0]["resolved"] is True
