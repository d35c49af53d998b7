"""The sync engine pushes the access log to a real ``sopiva-central serve`` (SQLite and
PostgreSQL): paged, resumable, idempotent, countersigned; a revoked device stops as before."""

from __future__ import annotations

import base64
import json
import threading
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from sopiva_desk.central.models import AccessListingMember as CentralMember
from sopiva_desk.central.models import AccessLogChain
from sopiva_desk.central.models import AccessLogEntry as CentralEntry
from sopiva_desk.protocol import access_chain, access_page, signing
from sopiva_desk.services.sync import log_head
from sopiva_desk.services.sync.errors import DeviceRevokedError
from sopiva_desk.store import access_head
from sopiva_desk.store.models import AccessLogEntry
from sopiva_desk.store.repositories import access_log
from tests.sync.conftest import Central, Laptop


def local_entries(laptop: Laptop) -> list[AccessLogEntry]:
    with laptop.workspace.db.read() as session:
        return list(session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.seq)))


def server_entries(central: Central, device_laptop: Laptop | None = None) -> list[CentralEntry]:
    with central.database.transaction() as session:
        stmt = select(CentralEntry).where(CentralEntry.chain_id.is_not(None)).order_by(CentralEntry.seq)
        if device_laptop is not None:
            stmt = stmt.where(CentralEntry.chain_id == device_laptop.profile_id)
        return list(session.scalars(stmt))


def add_entries(laptop: Laptop, count: int, client_id: uuid.UUID | None = None) -> None:
    """``count`` new entries, in one transaction (as a listing-heavy session would write them)."""
    actor = laptop.workspace.actor
    with laptop.workspace.db.transaction() as session:
        for _ in range(count):
            access_log.record(session, user_id=actor.user_id, user_name=actor.user_name, purpose="client_work",
                              action="view", record_type="client", client_id=client_id)


def test_an_honest_device_pushes_its_log_and_keeps_the_countersignature(
        central: Central, make_laptop: Callable[..., Laptop], client_values: dict) -> None:
    laptop = make_laptop("honest", central)
    client_id = laptop.workspace.clients.create_client(client_values)
    laptop.workspace.clients.update_client_field(client_id, "phone", "040 111 2222")
    ids = [str(entry.id) for entry in local_entries(laptop)]
    assert ids

    report = laptop.sync()

    # What was there before, and the push's own entry naming the client it sent, went up; a pulled
    # page's entry is written after the log push and goes next time.
    sent = [entry for entry in local_entries(laptop) if entry.seq <= (report.log_countersigned or 0)]
    assert set(ids) < {str(entry.id) for entry in sent}
    assert [(entry.action, entry.record_type) for entry in sent[len(ids):]] == [("sync", "sync_sent")]
    assert report.log_sent == len(sent) and report.log_break is None
    held = server_entries(central)
    assert [row.id for row in held] == [str(entry.id) for entry in sent] and all(row.verified for row in held)
    with laptop.workspace.db.read() as session:
        countersigned = log_head.countersigned(session)
    tail = sent[-1]
    assert countersigned is not None and countersigned["seq"] == tail.seq == report.log_countersigned
    assert countersigned["hash"] == tail.entry_hash
    # The countersignature is the server's own key's signature over the verified head.
    assert countersigned["server_key"] == signing.public_key_b64(central.log_key)
    signing.load_public_key(countersigned["server_key"]).verify(
        base64.b64decode(countersigned["signature"]),
        access_chain.head_message(laptop.profile_id, tail.seq, tail.entry_hash))
    access_head.head_files.flush(laptop.workspace.profile_folder)  # written after the commit, on its own thread
    on_disk = json.loads((laptop.workspace.profile_folder / log_head.HEAD_FILE).read_text())
    assert on_disk["countersigned"] == countersigned
    assert central.admin("log", "breaks").strip() == "no breaks: every device's access log has verified"

    # Only what is new goes next time, and links on to what the server holds.
    laptop.workspace.clients.update_client_field(client_id, "phone", "040 333 4444")
    new = [entry for entry in local_entries(laptop) if entry.seq > tail.seq]
    again = laptop.sync()
    assert again.log_sent == len(new) + 1 >= 2 and again.log_break is None  # and this push's own entry
    assert all(row.verified for row in server_entries(central))
    assert json.loads(central.admin("log", "verify", "--json"))[0]["intact"] is True


def test_a_long_log_goes_in_pages_and_a_cancelled_push_resumes(
        central: Central, make_laptop: Callable[..., Laptop]) -> None:
    laptop = make_laptop("paged", central)
    add_entries(laptop, 10_000)
    total = len(local_entries(laptop))
    cancel = threading.Event()
    steps: list[tuple[int, int | None]] = []

    def on_step(step) -> None:  # type: ignore[no-untyped-def]
        if step.stage == "log":
            steps.append((step.done, step.total))
            if step.done >= 2000:
                cancel.set()  # cancelled between pages: what the server stored stays stored

    engine = laptop.engine
    engine._log_page = 1000  # noqa: SLF001 - the page size under test is the default's
    first = engine.sync(cancel, step=on_step)
    assert first.cancelled and first.log_sent == 2000
    assert steps[0] == (0, total) and steps[-1] == (2000, total)
    assert len(server_entries(central)) == 2000

    second = laptop.sync()
    assert second.log_sent == total - 2000 and second.log_break is None
    held = server_entries(central)
    assert len(held) == total and all(row.verified for row in held)
    assert second.log_countersigned == local_entries(laptop)[-1].seq


def test_a_repeated_push_changes_nothing(central: Central, make_laptop: Callable[..., Laptop],
                                         client_values: dict) -> None:
    laptop = make_laptop("retry", central)
    laptop.workspace.clients.create_client(client_values)
    laptop.sync()
    before = [(row.id, row.entry_hash, row.verified) for row in server_entries(central)]
    # The answer was lost: the laptop does not know the server stored the entries and sends them again.
    with laptop.workspace.db.transaction() as session:
        log_head._put(session, log_head.PUSHED, {"seq": 0})  # noqa: SLF001
    report = laptop.sync()
    assert report.log_sent == len(before) and report.log_break is None
    assert [(row.id, row.entry_hash, row.verified) for row in server_entries(central)] == before
    with central.database.transaction() as session:
        chain = session.scalars(select(AccessLogChain)).one()
        assert chain.broken_by is None


def test_listing_members_reach_the_server(central: Central, make_laptop: Callable[..., Laptop],
                                          client_values: dict) -> None:
    laptop = make_laptop("lister", central)
    first = laptop.workspace.clients.create_client(client_values)
    second = laptop.workspace.clients.create_client({**client_values, "hetu": "010101-123N", "last_name": "Aalto"})
    actor = laptop.workspace.actor
    with laptop.workspace.db.transaction() as session:
        access_log.record(session, user_id=actor.user_id, user_name=actor.user_name, purpose="planning",
                          action="list", record_type="caseload", client_id=None, clients=[first, second])
    report = laptop.sync()
    assert report.log_break is None
    digest = access_chain.clients_digest([first, second])
    with central.database.transaction() as session:
        members = set(session.scalars(select(CentralMember.client_id).where(CentralMember.digest == digest)))
    assert members == {str(first), str(second)}


def test_a_revoked_device_stops_before_the_log(central: Central, make_laptop: Callable[..., Laptop],
                                               client_values: dict) -> None:
    laptop = make_laptop("revoked", central)
    laptop.workspace.clients.create_client(client_values)
    with laptop.workspace.db.read() as session:
        from sopiva_desk.store.models import SyncDevice

        device_id = session.get(SyncDevice, 1).device_id  # type: ignore[union-attr]
    central.admin("device", "revoke", str(device_id))
    with pytest.raises(DeviceRevokedError):
        laptop.sync()
    with central.database.transaction() as session:
        assert session.scalar(select(func.count()).select_from(CentralEntry)) == 0


def test_a_sync_is_in_the_log_of_each_client_whose_data_it_sent_or_received(
        central: Central, make_laptop: Callable[..., Laptop], client_values: dict) -> None:
    """Client Data Act 703/2023: a sync uses the client's data; each client's own log shows it."""
    laptop = make_laptop("sender", central)
    client_id = laptop.workspace.clients.create_client(client_values)
    laptop.sync()
    colleague = central.add_user("Liisa Laitinen")
    other = make_laptop("reader", central, colleague)
    central.admin("assign", str(client_id), "--user", colleague)
    other.sync()

    sent = [e for e in laptop.workspace.access_log.for_client(client_id) if e.action == "sync"]
    received = [e for e in other.workspace.access_log.for_client(client_id) if e.action == "sync"]
    assert [(e.record_type, e.listing) for e in sent] == [("sync_sent", True)]
    assert [(e.record_type, e.listing) for e in received] == [("sync_received", True)]
    assert received[0].purpose == other.workspace.actor.purpose == "client_work"


def test_the_log_goes_compact_and_a_page_whose_chain_does_not_hold_goes_whole(
        central: Central, make_laptop: Callable[..., Laptop], client_values: dict,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from sopiva_desk.services.sync.transport import SyncTransport

    bodies: list[dict] = []
    send = SyncTransport.push_access_log

    def recording(transport: SyncTransport, page: dict) -> dict:
        bodies.append(json.loads(json.dumps(page)))
        return send(transport, page)

    monkeypatch.setattr(SyncTransport, "push_access_log", recording)
    laptop = make_laptop("compact", central)
    client_id = laptop.workspace.clients.create_client(client_values)
    laptop.sync()
    # Its entries' ids are derived from the chain and seq: none travels.
    assert "entries" not in bodies[-1] and bodies[-1]["page"]["ids"] == {}
    assert all(str(entry.id) == str(access_page.entry_id(laptop.profile_id, entry.seq))
               for entry in local_entries(laptop))

    add_entries(laptop, 4, client_id)
    with laptop.workspace.db.transaction() as session:  # edited in the store, not re-hashed
        newest = session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.seq.desc())).first()
        assert newest is not None
        newest.user_name, edited = "Joku Muu", newest.seq
    report = laptop.sync()
    assert "page" not in bodies[-1] and [e["seq"] for e in bodies[-1]["entries"]][-1] == edited
    assert report.log_break is not None
    assert (report.log_break["reason"], report.log_break["seq"]) == (access_chain.EDITED, edited)


def test_a_server_older_than_the_compact_page_gets_the_log_whole(
        central: Central, make_laptop: Callable[..., Laptop], client_values: dict,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Laptops may be upgraded before the server: a compact page refused as an older server
    refuses it (422, it knows only ``entries``) goes again whole, and so does the rest of the sync."""
    from sopiva_desk.services.sync.errors import RefusedError
    from sopiva_desk.services.sync.transport import SyncTransport

    sent: list[str] = []
    send = SyncTransport.push_access_log

    def as_an_older_server(transport: SyncTransport, page: dict) -> dict:
        sent.append("page" if "page" in page else "entries")
        if "page" in page:
            raise RefusedError(status=422, code="invalid", message="body.entries: Field required")
        return send(transport, page)

    monkeypatch.setattr(SyncTransport, "push_access_log", as_an_older_server)
    laptop = make_laptop("older-server", central)
    laptop.workspace.clients.create_client(client_values)
    report = laptop.sync()
    assert sent[:2] == ["page", "entries"] and set(sent[2:]) <= {"entries"}
    assert report.log_break is None
    with laptop.workspace.db.read() as session:
        assert log_head.pushed_through(session) >= 2  # the new client's entries reached the server
