"""The server takes an access-log page in compact form (protocol/access_page.py) as it takes the
same page in full form, and a compact page whose entries do not give its hash is a break
(SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import uuid
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from sopiva_desk.central.db import Database
from sopiva_desk.central.models import AccessLogEntry
from sopiva_desk.protocol import access_chain, access_page
from tests.central.helpers import enrol
from tests.central.test_access_log_chain import Chain, push


def compact_page(chain: Chain, start: int = 0, end: int | None = None, *, final: bool = True) -> dict[str, Any]:
    page = chain.page(start, end, final=final)
    compact = access_page.compact(chain.chain_id, page.pop("entries"))
    assert compact is not None
    return {**page, "page": compact}


def derived_chain(count: int) -> Chain:
    """A chain whose ids are derived from its id and seq, as a laptop now writes them."""
    chain = Chain()
    for index in range(count):
        chain.add(str(uuid.uuid4()), listing=[str(uuid.uuid4())] if index == 1 else None)
    relink(chain, lambda entry: entry.update(id=str(access_page.entry_id(chain.chain_id, entry["seq"]))))
    return chain


def relink(chain: Chain, change: Any) -> None:
    """``change`` each entry, then hash the chain again from the start (each hash covers its id)."""
    prev = access_chain.GENESIS
    for entry in chain.entries:
        change(entry)
        entry["prev_hash"] = prev
        entry["hash"] = prev = access_chain.entry_hash(entry, prev)


def _stored(database: Database, chain_id: str) -> list[tuple[str, int, str, dict[str, Any], bool]]:
    with database.transaction() as session:
        return [(row.id, row.seq, row.entry_hash, row.entry, row.verified) for row in session.scalars(
            select(AccessLogEntry).where(AccessLogEntry.chain_id == chain_id).order_by(AccessLogEntry.seq))]


def test_a_compact_page_is_stored_and_countersigned_as_the_full_page_would_be(
        http: TestClient, database: Database) -> None:
    laptop = enrol(http, database)
    chain = derived_chain(5)
    first = push(laptop, compact_page(chain, 0, 3, final=False))
    assert (first["stored"], first["chain"]["seq"], first["break"]) == (3, 3, None)
    answer = push(laptop, compact_page(chain))  # a retried page and two new entries
    assert (answer["stored"], answer["break"]) == (2, None)
    assert answer["countersignature"]["hash"] == chain.entries[-1]["hash"]
    stored = _stored(database, chain.chain_id)
    assert [(row[0], row[1], row[2], row[4]) for row in stored] == \
        [(e["id"], e["seq"], e["hash"], True) for e in chain.entries]
    # What the server keeps of each entry is the full form the laptop holds.
    assert [row[3] for row in stored] == json.loads(json.dumps(chain.entries))


def test_a_compact_page_with_ids_of_its_own_and_one_that_does_not_link(http: TestClient, database: Database) -> None:
    laptop, chain = enrol(http, database), Chain()  # random ids: they travel in "ids"
    for _ in range(4):
        chain.add(None)
    assert push(laptop, compact_page(chain, 0, 2, final=False))["break"] is None
    # A held entry edited and the chain hashed again so that it holds on the laptop: the page
    # after it no longer links onto what the server verified.
    chain.entries = json.loads(json.dumps(chain.entries))
    relink(chain, lambda entry: entry.update(user_name="Joku Muu") if entry["seq"] == 1 else None)
    answer = push(laptop, compact_page(chain, 2))
    assert (answer["break"]["reason"], answer["break"]["seq"]) == (access_chain.UNLINKED, 3)
    assert {row[0] for row in _stored(database, chain.chain_id)} == {e["id"] for e in chain.entries}


def test_a_compact_page_whose_entries_do_not_give_its_hash_is_a_break_at_its_first_entry(
        http: TestClient, database: Database) -> None:
    laptop = enrol(http, database)
    chain = derived_chain(6)
    assert push(laptop, compact_page(chain, 0, 2, final=False))["break"] is None
    page = compact_page(chain, 2)
    page["page"]["action"][2] = "print"  # the fifth entry, not as the laptop hashed it
    answer = push(laptop, page)
    assert (answer["break"]["reason"], answer["break"]["seq"]) == (access_chain.EDITED, 3)
    assert answer["countersignature"]["seq"] == 2 and answer["stored"] == 4  # kept, all of them
    stored = _stored(database, chain.chain_id)
    assert [(row[1], row[4]) for row in stored] == [(1, True), (2, True), (3, False), (4, False), (5, False),
                                                    (6, False)]
    assert stored[4][3]["action"] == "print"


def test_a_malformed_compact_page_is_refused_with_its_path(http: TestClient, database: Database) -> None:
    laptop, chain = enrol(http, database), derived_chain(2)
    page = compact_page(chain)
    page["page"]["user_name"] = ["Olli Ohjaaja"]  # one value for two entries
    bad = laptop.post("/v1/access-log", page)
    assert (bad.status_code, bad.json()["path"]) == (422, ["body", "page"])
    page = compact_page(chain)
    page["page"]["at"] = ["soon", "later"]
    assert laptop.post("/v1/access-log", page).status_code == 422
