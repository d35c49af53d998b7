"""Conflicts on the laptop: what may be chosen per group, the suggested three-way merge, and a
resolution written through the change recorder (outbox naming the conflict, access log)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from sopiva_desk.services.sync.conflict_merge import Edited, Suggestion, both_text, kind_of, three_way, union
from sopiva_desk.services.sync.conflicts import ConflictAlreadyResolvedError
from sopiva_desk.services.sync.outbox import fold_unsent
from sopiva_desk.store.models import AccessLogEntry, Client, SyncConflict, SyncOutbox
from tests.helpers.conflicts import pull_conflict


def _outbox(workspace):  # type: ignore[no-untyped-def]
    with workspace.db.read() as session:
        return list(session.scalars(select(SyncOutbox).order_by(SyncOutbox.device_seq)))


def _settled(workspace, client_values):  # type: ignore[no-untyped-def]
    """A client whose creation is no longer in the outbox (as after a sync)."""
    client_id = workspace.clients.create_client(client_values)
    with workspace.db.transaction() as session:
        for row in session.scalars(select(SyncOutbox)):
            session.delete(row)
    return client_id


def test_the_suggestion_applies_their_changes_onto_mine() -> None:
    base = "Aamulla väsynyt. Kuvat auttavat. Pitää kävelystä."
    mine = "Aamulla hyvin väsynyt. Kuvat auttavat. Pitää kävelystä."
    theirs = "Aamulla väsynyt. Kuvat auttavat. Pitää kävelystä ja uinnista."
    suggestion = three_way(base, mine, theirs)
    assert suggestion.clean and suggestion.text == "Aamulla hyvin väsynyt. Kuvat auttavat. Pitää kävelystä ja uinnista."
    assert three_way(base, mine, base) == Suggestion(mine, True)
    assert three_way(base, base, theirs) == Suggestion(theirs, True)


def test_a_suggestion_that_does_not_apply_cleanly_says_so() -> None:
    base = "Käy uimassa tiistaisin."
    mine = "Ei enää käy uimassa: olkapää on kipeä, fysioterapia alkaa tammikuussa."
    theirs = "Käy uimassa torstaisin."
    suggestion = three_way(base, mine, theirs)
    assert not suggestion.clean
    assert "olkapää" in suggestion.text  # mine is never dropped


def test_both_keeps_two_texts_under_their_marks_and_lists_take_the_union() -> None:
    assert both_text("A", "B", ("[minä]", "[muut]")) == "[minä]\nA\n\n[muut]\nB"
    assert both_text("A", "", ("x", "y")) == "A" and both_text("", "B", ("x", "y")) == "B"
    assert union(["speech", "pictures"], ["pictures", "sign_language"]) == ["speech", "pictures", "sign_language"]
    rows = union([{"id": "1", "t": "mine"}], [{"id": "1", "t": "theirs"}, {"id": "2", "t": "new"}])
    assert rows == [{"id": "1", "t": "mine"}, {"id": "2", "t": "new"}]


def test_what_kind_a_group_is_decides_what_is_offered() -> None:
    from sopiva_desk.store.models import Assessment

    assert kind_of(Client, "client", {"phone": ("1", "2", "3")}) == "value"
    assert kind_of(Client, "client", {"communication_notes": ("a b", "c", "d")}) == "text"
    assert kind_of(Client, "client", {"communication_methods": (["speech"], ["pictures"], None)}) == "list"
    address = {p: ("x y", "z w", "q r") for p in ("street_address", "postal_code", "post_office")}
    assert kind_of(Client, "client", address) == "value"  # a postal code is no prose
    assert kind_of(Assessment, "assessment", {"answers/mobility.notes": ("", "Kävelee hitaasti", "Rollaattori")}) \
        == "text"
    assert kind_of(Assessment, "assessment", {"answers/mobility.walks": ("yes", "no", "partly")}) == "value"


def test_a_resolution_sets_every_path_of_the_group_and_names_the_conflict(workspace, client_values) -> None:  # type: ignore[no-untyped-def]
    client_id = _settled(workspace, client_values)
    workspace.clients.update_client_field(client_id, "street_address", "Rantatie 5")  # the server's, as pulled
    with workspace.db.transaction() as session:
        for row in session.scalars(select(SyncOutbox)):
            session.delete(row)
    fields = {"street_address": {"base": "", "server": "Rantatie 5", "device": "Kuja 2"},
              "postal_code": {"base": "", "server": "", "device": "00100"},
              "post_office": {"base": "", "server": "", "device": "Helsinki"}}
    conflict_id = pull_conflict(workspace, "client", client_id, client_id, fields)
    [view] = workspace.conflicts.open()
    [group] = view.groups
    assert group.paths == ("street_address", "postal_code", "post_office") and group.choices == ("mine", "theirs")
    with pytest.raises(ValueError):
        workspace.conflicts.resolve(conflict_id, {group.paths: "both"})
    workspace.conflicts.resolve(conflict_id, {group.paths: "mine"})
    with workspace.db.read() as session:
        client = session.get(Client, client_id)
        assert (client.street_address, client.postal_code, client.post_office) == ("Kuja 2", "00100", "Helsinki")
        conflict = session.get(SyncConflict, conflict_id)
        assert conflict.resolved and conflict.fields == fields  # both sides' values stay
        assert conflict.resolution["choices"] == {"street_address+postal_code+post_office": "mine"}
        [entry] = session.scalars(select(AccessLogEntry).where(AccessLogEntry.action == "resolve_conflict"))
        assert entry.fields == ["post_office", "postal_code", "street_address"]
    [row] = _outbox(workspace)
    assert row.resolves == [str(conflict_id)]
    assert row.changed == {"street_address": "Kuja 2", "postal_code": "00100", "post_office": "Helsinki"}
    assert row.base == {"street_address": "Rantatie 5", "postal_code": "", "post_office": ""}
    with pytest.raises(ConflictAlreadyResolvedError):
        workspace.conflicts.resolve(conflict_id, {group.paths: "mine"})


def test_keeping_theirs_still_sends_a_resolution(workspace, client_values) -> None:  # type: ignore[no-untyped-def]
    client_id = _settled(workspace, client_values)
    conflict_id = pull_conflict(workspace, "client", client_id, client_id, {
        "phone": {"base": "040 1", "server": client_values["phone"], "device": "040 2"}})
    workspace.conflicts.resolve(conflict_id, {("phone",): "theirs"})
    [row] = _outbox(workspace)
    assert row.changed == {"phone": client_values["phone"]} and row.resolves == [str(conflict_id)]


def test_folding_keeps_what_a_resolution_resolves(workspace, client_values) -> None:  # type: ignore[no-untyped-def]
    client_id = _settled(workspace, client_values)
    workspace.clients.update_client_field(client_id, "own_worker", "Eeva")
    conflict_id = pull_conflict(workspace, "client", client_id, client_id, {
        "communication_methods": {"base": ["speech"], "server": client_values["communication_methods"],
                                  "device": ["speech", "sign_language"]}})
    workspace.conflicts.resolve(conflict_id, {("communication_methods",): "both"})
    workspace.clients.update_client_field(client_id, "phone", "040 765 4321")
    with workspace.db.transaction() as session:
        assert fold_unsent(session) == 2
    [row] = _outbox(workspace)
    assert row.resolves == [str(conflict_id)]
    assert row.changed["communication_methods"] == ["speech", "sign_language", "pictures"]
    assert (row.changed["own_worker"], row.changed["phone"]) == ("Eeva", "040 765 4321")


def test_a_hand_edited_text_is_what_the_record_gets(workspace, client_values) -> None:  # type: ignore[no-untyped-def]
    client_id = _settled(workspace, client_values)
    notes = client_values["communication_notes"]
    conflict_id = pull_conflict(workspace, "client", client_id, client_id, {
        "communication_notes": {"base": "Puhun lyhyin lausein.", "server": notes,
                                "device": "Puhun lyhyin lausein. Tarvitsen aikaa."}})
    [view] = workspace.conflicts.open()
    suggestion = view.groups[0].suggestions["communication_notes"]
    # Both sides added a sentence at the same place: both are in, in one order or the other.
    assert suggestion.clean and suggestion.text.startswith("Puhun lyhyin lausein. ")
    assert "Tarvitsen aikaa." in suggestion.text and "Kuvat auttavat." in suggestion.text
    with pytest.raises(ValueError):
        workspace.conflicts.resolve(conflict_id, {("communication_notes",): Edited({"phone": "1"})})
    workspace.conflicts.resolve(conflict_id, {("communication_notes",): Edited(
        {"communication_notes": suggestion.text + " Kiitos."})})
    with workspace.db.read() as session:
        assert session.get(Client, client_id).communication_notes == suggestion.text + " Kiitos."


def test_a_value_typed_after_the_conflict_arrived_is_kept_with_the_resolution(workspace, client_values) -> None:  # type: ignore[no-untyped-def]
    client_id = _settled(workspace, client_values)
    conflict_id = pull_conflict(workspace, "client", client_id, client_id, {
        "phone": {"base": "040 1", "server": client_values["phone"], "device": "040 2"}})
    workspace.clients.update_client_field(client_id, "phone", "040 765 4321")  # typed before deciding
    workspace.conflicts.resolve(conflict_id, {("phone",): "mine"})
    with workspace.db.read() as session:
        assert session.get(Client, client_id).phone == "040 2"
        assert session.get(SyncConflict, conflict_id).resolution["replaced"] == {"phone": "040 765 4321"}
