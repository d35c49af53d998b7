"""Log tampering detected by the server (docs/reliability.md, "Log tampering — server").

Each laptop syncs once (its log is countersigned), works on (new entries), then someone with
the store's key edits the access log directly in the store before the next sync. The push must
come back as a break at the right entry, every entry the laptop sent must be kept on the server,
nothing past the break countersigned, and the administrator must see it in ``log breaks`` and
``log verify``. An honest laptop beside them pushes with no break. Over real HTTP, on SQLite and
PostgreSQL.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select, update

from sopiva_desk.central.models import AccessLogEntry as CentralEntry
from sopiva_desk.protocol import access_chain, signing
from sopiva_desk.services.sync import log_head
from sopiva_desk.store import access_head
from sopiva_desk.store.models import AccessListingMember, AccessLogEntry
from sopiva_desk.store.repositories import access_log, settings
from tests.sync.conftest import Central, Laptop
from tests.sync.test_access_log_push import add_entries, local_entries

NEW_ENTRIES = 6


@dataclass(frozen=True)
class Tamper:
    name: str
    reason: str
    #: Changes the store; returns the seq the server must name as the first bad entry (None: no entry).
    apply: Callable[[Laptop, list[AccessLogEntry]], int | None]


def _edit(laptop: Laptop, at_seq: int, **values: object) -> None:
    with laptop.workspace.db.transaction() as session:
        session.execute(update(AccessLogEntry).where(AccessLogEntry.seq == at_seq).values(**values))


def edit_user_and_action(laptop: Laptop, new: list[AccessLogEntry]) -> int:
    _edit(laptop, new[2].seq, user_name="Joku Muu", action="print")
    return new[2].seq


def delete_one(laptop: Laptop, new: list[AccessLogEntry]) -> int:
    with laptop.workspace.db.transaction() as session:
        session.delete(session.scalars(select(AccessLogEntry).where(AccessLogEntry.seq == new[2].seq)).one())
    return new[3].seq  # the entry after the gap no longer follows the one before it


def reorder(laptop: Laptop, new: list[AccessLogEntry]) -> int:
    a, b = new[1].seq, new[3].seq
    _edit(laptop, a, seq=-1)
    _edit(laptop, b, seq=a)
    _edit(laptop, -1, seq=b)
    return a


def backdate(laptop: Laptop, new: list[AccessLogEntry]) -> int:
    _edit(laptop, new[4].seq, at=new[4].at - dt.timedelta(days=30))
    return new[4].seq


def rehash_from_the_start(laptop: Laptop, new: list[AccessLogEntry]) -> int:
    """An entry the server already holds is edited and the whole chain re-hashed so that it holds
    again on the laptop: the first new entry no longer links onto what the server verified."""
    with laptop.workspace.db.transaction() as session:
        pushed = log_head.pushed_through(session)
        entries = list(session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.seq)))
        entries[0].user_name = "Joku Muu"
        prev = access_chain.GENESIS
        for entry in entries:
            entry.prev_hash = prev
            entry.entry_hash = prev = access_chain.entry_hash(access_log.chain_form(entry), prev)
    return min(entry.seq for entry in entries if entry.seq > pushed)


def truncate_newest(laptop: Laptop, new: list[AccessLogEntry]) -> int:
    """The newest entries are deleted; the head signed when they were written still names them."""
    key_head(laptop)
    with laptop.workspace.db.transaction() as session:
        for entry in session.scalars(select(AccessLogEntry).where(AccessLogEntry.seq >= new[-2].seq)):
            session.delete(entry)
    return new[-1].seq


def key_head(laptop: Laptop) -> None:
    """The signed head as i15-chain keeps it after every commit (store setting access_log_head)."""
    tail = local_entries(laptop)[-1]
    with laptop.workspace.db.transaction() as session:
        key = log_head.log_key(session)
        signature = key.sign(access_chain.head_message(laptop.profile_id, tail.seq, tail.entry_hash))
        log_head._put(session, log_head.HEAD, {  # noqa: SLF001 - as the head writer stores it
            "chain_id": laptop.profile_id, "seq": tail.seq, "hash": tail.entry_hash,
            "signature": base64.b64encode(signature).decode("ascii")})


def repush_changed(laptop: Laptop, new: list[AccessLogEntry]) -> int:
    """An entry the server already holds is changed in place and sent again (same id, other content)."""
    first = local_entries(laptop)[0]
    _edit(laptop, first.seq, action="delete")
    with laptop.workspace.db.transaction() as session:
        log_head._put(session, log_head.PUSHED, {"seq": 0})  # noqa: SLF001
    return first.seq


def replace_log_key(laptop: Laptop, new: list[AccessLogEntry]) -> None:
    with laptop.workspace.db.transaction() as session:
        key = signing.generate_private_key()
        settings.put(session, access_head.LOG_KEY, base64.b64encode(signing.private_key_bytes(key)).decode("ascii"))
    return None


def change_listing_members(laptop: Laptop, new: list[AccessLogEntry]) -> int:
    listing = next(entry for entry in new if entry.clients)
    with laptop.workspace.db.transaction() as session:
        session.add(AccessListingMember(digest=listing.clients, client_id=uuid.uuid4()))
    return listing.seq


TAMPERS = (
    Tamper("edit user and action", access_chain.EDITED, edit_user_and_action),
    Tamper("delete an entry", access_chain.UNLINKED, delete_one),
    Tamper("reorder two entries", access_chain.UNLINKED, reorder),
    Tamper("backdate an entry", access_chain.EDITED, backdate),
    Tamper("re-hash the chain from the start", access_chain.UNLINKED, rehash_from_the_start),
    Tamper("delete the newest entries", access_chain.HEAD_MISMATCH, truncate_newest),
    Tamper("re-push a held entry changed", "changed_after_push", repush_changed),
    Tamper("sign with another log key", "key_changed", replace_log_key),
    Tamper("change a listing's clients", "listing_members", change_listing_members),
)


def _work(laptop: Laptop, client_id: uuid.UUID) -> list[AccessLogEntry]:
    """New entries since the last sync: edits, views and one listing."""
    before = max((entry.seq for entry in local_entries(laptop)), default=0)
    add_entries(laptop, NEW_ENTRIES - 1, client_id)
    actor = laptop.workspace.actor
    with laptop.workspace.db.transaction() as session:
        access_log.record(session, user_id=actor.user_id, user_name=actor.user_name, purpose="client_work",
                          action="list", record_type="caseload", client_id=None, clients=[client_id])
    return [entry for entry in local_entries(laptop) if entry.seq > before]


def _server_ids(central: Central, laptop: Laptop) -> set[str]:
    with central.database.transaction() as session:
        return set(session.scalars(select(CentralEntry.id).where(CentralEntry.chain_id == laptop.profile_id)))


def test_each_tampering_is_a_break_and_nothing_is_lost(
        central: Central, make_laptop: Callable[..., Laptop], client_values: dict) -> None:
    user_id = central.add_user("Olli Ohjaaja")
    laptops: dict[str, Laptop] = {}
    honest = make_laptop("honest", central, user_id)
    client_id = honest.workspace.clients.create_client(client_values)
    honest.sync()
    for index, tamper in enumerate(TAMPERS):
        laptop = laptops[tamper.name] = make_laptop(f"t{index}", central, user_id)
        laptop.sync()  # pulls the client
        add_entries(laptop, 3, client_id)
        first = laptop.sync()  # pushes (and has countersigned) its log so far
        assert first.log_break is None and first.log_countersigned is not None

    expected: dict[str, int | None] = {}
    sent: dict[str, set[str]] = {}
    for tamper in TAMPERS:
        laptop = laptops[tamper.name]
        new = _work(laptop, client_id)
        expected[tamper.name] = tamper.apply(laptop, new)
        sent[tamper.name] = {str(entry.id) for entry in local_entries(laptop)}
    _work(honest, client_id)

    honest_report = honest.sync()
    assert honest_report.log_break is None

    detected = 0
    for tamper in TAMPERS:
        laptop = laptops[tamper.name]
        with laptop.workspace.db.read() as session:
            countersigned_before = log_head.countersigned(session)
        report = laptop.sync()
        broken = report.log_break
        assert broken is not None, tamper.name
        assert (broken["reason"], broken["seq"]) == (tamper.reason, expected[tamper.name]), tamper.name
        assert "altered" in broken["message"]
        # Every entry the laptop holds reached the server (a deleted one was there from before or is gone
        # from the laptop too): nothing it sent was refused or dropped.
        assert sent[tamper.name] <= _server_ids(central, laptop), tamper.name
        # Nothing is countersigned past the break, nor past what was countersigned before it.
        with laptop.workspace.db.read() as session:
            countersigned = log_head.countersigned(session)
        assert countersigned is not None and countersigned_before is not None
        limit = countersigned_before["seq"] if broken["seq"] is None else \
            max(countersigned_before["seq"], broken["seq"] - 1)
        assert countersigned["seq"] <= limit, tamper.name
        # The break stays reported on the next sync too.
        assert laptop.sync().log_break == broken, tamper.name
        detected += 1

    breaks = json.loads(central.admin("log", "breaks", "--json"))
    assert sorted(b["reason"] for b in breaks) == sorted(t.reason for t in TAMPERS)
    assert {b["chain_id"] for b in breaks} == {laptops[t.name].profile_id for t in TAMPERS}
    assert all(b["user_name"] == "Olli Ohjaaja" for b in breaks)
    checks = {c["chain_id"]: c for c in _verify(central)}
    assert checks[honest.profile_id]["intact"] is True
    assert detected == len(TAMPERS)


def _verify(central: Central) -> list[dict]:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "sopiva_desk.central.cli", "--database-url", central.database_url,
                           "log", "verify", "--json"], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1, done.stderr  # some chains are broken
    return json.loads(done.stdout)
