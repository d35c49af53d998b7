"""Draft values in the encrypted store: kept as typed, per record and field, and discarded."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sopiva_desk.services.drafts import decode, encode
from sopiva_desk.services.workspace import Workspace


def test_values_come_back_as_they_were_typed() -> None:
    for value in ("31.2.2026", ["1.1.2026", "31.13.2026"], {"quantity": Decimal("2.50"), "on": date(2026, 2, 3)},
                  None, 7, [{"name": "Kalle", "relation": ""}]):
        assert decode(encode(value)) == value


def test_drafts_are_kept_per_record_and_field_and_discarded(workspace: Workspace) -> None:
    drafts = workspace.drafts
    first, second = str(uuid.uuid4()), str(uuid.uuid4())
    drafts.keep("client", first, "hetu", "131052-308X")
    drafts.keep("client", first, "phone", "040 12x")
    drafts.keep("client", first, "hetu", "131052-308Y")  # the newer typing replaces the older
    drafts.keep("visit", first, "place", "Puumala")
    drafts.keep("client", second, "hetu", "010101-0101")
    assert drafts.for_record("client", first) == {"hetu": "131052-308Y", "phone": "040 12x"}
    drafts.discard("client", first, "hetu")
    assert drafts.for_record("client", first) == {"phone": "040 12x"}
    assert drafts.for_record("visit", first) == {"place": "Puumala"}
    assert {(d.scope, d.record_id, d.field) for d in drafts.all()} == {
        ("client", first, "phone"), ("visit", first, "place"), ("client", second, "hetu")}


def test_deleting_a_client_discards_their_drafts(workspace: Workspace, client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    workspace.drafts.keep("client", str(client_id), "hetu", "131052-308X")
    workspace.clients.delete_client(client_id)
    assert workspace.drafts.for_record("client", str(client_id)) == {}
