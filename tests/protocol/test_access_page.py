"""The access-log push's compact page (protocol/access_page.py): it expands to exactly the full
forms it was made from, and is not made where it would not."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from sopiva_desk.protocol import access_chain, access_page

CHAIN = "3f1c2b7e-0000-4000-8000-000000000001"
START = dt.datetime(2026, 12, 7, 8, 0, 0, 123456, tzinfo=dt.UTC)


def chain(count: int, *, derived: bool = True, first: int = 1) -> list[dict[str, Any]]:
    """Full forms as the laptop sends them (wire values), each linked onto the one before."""
    entries: list[dict[str, Any]] = []
    prev = access_chain.GENESIS
    for index in range(count):
        seq = first + index
        at = START + dt.timedelta(minutes=7 * index, microseconds=911 * index)
        if index == 2:
            at -= dt.timedelta(hours=3)  # the clock went back: a negative step
        entry: dict[str, Any] = {
            "seq": seq, "id": str(access_page.entry_id(CHAIN, seq) if derived else uuid.uuid4()),
            "at": at.isoformat(), "user_id": "u-1", "user_name": "Olli Ohjaaja",
            "client_id": str(uuid.uuid4()) if index % 2 else None, "action": "update", "record_type": "visit",
            "record_id": str(uuid.uuid4()), "fields": ["notes", "status"][: index % 3], "purpose": "client_work",
            "clients": access_chain.clients_digest([uuid.uuid4()]) if index == 3 else None, "prev_hash": prev}
        entry["hash"] = prev = access_chain.entry_hash(entry, prev)
        entries.append(entry)
    return entries


def test_a_compact_page_expands_to_exactly_the_full_forms() -> None:
    entries = chain(6, first=41)
    page = access_page.compact(CHAIN, entries)
    assert page is not None
    assert page["ids"] == {} and page["from"] == 41 and "seq" not in page
    assert page["prev_hash"] == entries[0]["prev_hash"] and page["hash"] == entries[-1]["hash"]
    assert access_page.expand(CHAIN, page) == entries


def test_ids_that_are_not_derived_travel_by_index() -> None:
    entries = chain(4, derived=False)
    page = access_page.compact(CHAIN, entries)
    assert page is not None and page["ids"] == {str(i): e["id"] for i, e in enumerate(entries)}
    assert access_page.expand(CHAIN, page) == entries
    # Under another chain id the derived ids are not these: they travel too.
    derived = chain(2)
    other = access_page.compact("another-chain", derived)
    assert other is not None and set(other["ids"]) == {"0", "1"}


@pytest.mark.parametrize("spoil", ["content_edited", "hash_changed", "prev_hash_changed", "seq_gap", "moved"])
def test_a_page_whose_stored_chain_does_not_hold_goes_in_full_form(spoil: str) -> None:
    entries = chain(5)
    if spoil == "content_edited":
        entries[2]["action"] = "print"
    elif spoil == "hash_changed":
        entries[2]["hash"] = "0" * 64
    elif spoil == "prev_hash_changed":
        entries[3]["prev_hash"] = "0" * 64
    elif spoil == "seq_gap":
        del entries[2]
    else:
        entries[1], entries[3] = {**entries[3], "seq": 2}, {**entries[1], "seq": 4}
    assert access_page.compact(CHAIN, entries) is None


def test_a_page_whose_entries_do_not_give_its_hash_is_unsound() -> None:
    entries = chain(4)
    page = access_page.compact(CHAIN, entries)
    assert page is not None
    page["action"][1] = "delete"
    with pytest.raises(access_page.UnsoundPage) as found:
        access_page.expand(CHAIN, page)
    assert [entry["seq"] for entry in found.value.entries] == [1, 2, 3, 4]
    assert found.value.entries[1]["action"] == "delete"


@pytest.mark.parametrize("bad", [{"at": [1, "2"]}, {"action": ["view"]}, {"from": "1"}, {"ids": ["x"]}])
def test_a_malformed_page_does_not_expand(bad: dict[str, Any]) -> None:
    page = access_page.compact(CHAIN, chain(3))
    assert page is not None
    with pytest.raises((KeyError, TypeError, ValueError)):
        access_page.expand(CHAIN, {**page, **bad})
