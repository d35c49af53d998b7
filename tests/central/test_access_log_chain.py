"""The server's side of the access log: the chain checks on push, the log key file, the admin's
``log breaks`` / ``log verify`` and the central access report (SQLite and PostgreSQL)."""

from __future__ import annotations

import base64
import datetime as dt
import importlib.util
import json
import os
import uuid
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from sopiva_desk.central import cli, log_key
from sopiva_desk.central.db import Database
from sopiva_desk.central.models import AccessLogEntry, Record
from sopiva_desk.protocol import access_chain, signing
from tests.central.helpers import Laptop, enrol

START = dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.UTC)


class Chain:
    """A laptop's access-log chain, built as the laptop builds it."""

    def __init__(self, chain_id: str | None = None) -> None:
        self.chain_id = chain_id or uuid.uuid4().hex
        self.key = signing.generate_private_key()
        self.entries: list[dict[str, Any]] = []
        self.listings: dict[str, list[str]] = {}

    def add(self, client_id: str | None = None, *, action: str = "view", at: dt.datetime | None = None,
            listing: list[str] | None = None, user_name: str = "Olli Ohjaaja") -> dict[str, Any]:
        seq = len(self.entries) + 1
        prev = self.entries[-1]["hash"] if self.entries else access_chain.GENESIS
        entry: dict[str, Any] = {
            "seq": seq, "id": str(uuid.uuid4()), "at": (at or START + dt.timedelta(minutes=seq)).isoformat(),
            "user_id": "u-1", "user_name": user_name, "client_id": client_id, "action": action,
            "record_type": "client", "record_id": None, "fields": ["phone"] if action == "update" else [],
            "purpose": "client_work", "clients": None, "prev_hash": prev}
        if listing is not None:
            entry["clients"] = access_chain.clients_digest(listing)
            self.listings[entry["clients"]] = sorted(listing)
        entry["hash"] = access_chain.entry_hash(entry, prev)
        self.entries.append(entry)
        return entry

    def head(self, upto: int | None = None) -> dict[str, Any]:
        last = self.entries[(upto or len(self.entries)) - 1]
        signature = self.key.sign(access_chain.head_message(self.chain_id, last["seq"], last["hash"]))
        return {"chain_id": self.chain_id, "seq": last["seq"], "hash": last["hash"],
                "signature": base64.b64encode(signature).decode("ascii")}

    def page(self, start: int = 0, end: int | None = None, *, final: bool = True) -> dict[str, Any]:
        entries = self.entries[start:end]
        digests = {e["clients"] for e in entries if e["clients"]}
        return {"chain_id": self.chain_id, "log_key": signing.public_key_b64(self.key), "head": self.head(),
                "entries": entries, "listings": {d: self.listings[d] for d in digests}, "final": final}


def push(laptop: Laptop, page: dict[str, Any]) -> dict[str, Any]:
    response = laptop.post("/v1/access-log", page)
    assert response.status_code == 200, response.text
    return response.json()


def test_a_whole_chain_verifies_and_is_countersigned(http: TestClient, database: Database) -> None:
    laptop, chain = enrol(http, database), Chain()
    for _ in range(5):
        chain.add(str(uuid.uuid4()))
    first = push(laptop, chain.page(0, 3, final=False))
    assert (first["stored"], first["chain"]["seq"], first["break"]) == (3, 3, None)
    answer = push(laptop, chain.page(3))
    assert (answer["stored"], answer["chain"], answer["break"]) == (2, {"seq": 5, "hash": chain.entries[-1]["hash"]},
                                                                   None)
    signature = answer["countersignature"]
    signing.load_public_key(signature["server_key"]).verify(
        base64.b64decode(signature["signature"]),
        access_chain.head_message(chain.chain_id, 5, chain.entries[-1]["hash"]))
    again = push(laptop, chain.page())  # a retry of everything: nothing new, nothing broken
    assert (again["stored"], again["break"], again["chain"]["seq"]) == (0, None, 5)


@pytest.mark.parametrize(("tamper", "reason", "bad_seq"), [
    ("edit", access_chain.EDITED, 3), ("delete", access_chain.UNLINKED, 4), ("reorder", access_chain.UNLINKED, 2),
    ("forged_head", "head_signature", 5), ("short_of_head", access_chain.HEAD_MISMATCH, 5),
])
def test_a_chain_that_does_not_hold_is_kept_and_reported(http: TestClient, database: Database, tamper: str,
                                                         reason: str, bad_seq: int) -> None:
    laptop, chain = enrol(http, database), Chain()
    for _ in range(5):
        chain.add(str(uuid.uuid4()))
    page = chain.page()
    entries = page["entries"]
    if tamper == "edit":
        entries[2]["user_name"] = "Joku Muu"
    elif tamper == "delete":
        del entries[2]
    elif tamper == "reorder":
        entries[1], entries[2] = entries[2], entries[1]
        entries[1]["seq"], entries[2]["seq"] = 2, 3
    elif tamper == "forged_head":
        page["head"]["signature"] = base64.b64encode(signing.generate_private_key().sign(b"x")).decode()
    elif tamper == "short_of_head":
        del entries[-1]
    answer = push(laptop, page)
    assert answer["break"]["reason"] == reason and answer["break"]["seq"] == bad_seq
    assert "altered" in answer["break"]["message"]
    assert answer["stored"] == len(entries)  # kept, all of them
    with database.transaction() as session:
        rows = {row.id: row.verified for row in session.query(AccessLogEntry)}
    assert set(rows) == {e["id"] for e in entries}
    if answer["countersignature"] is not None:
        assert answer["countersignature"]["seq"] < bad_seq or reason in ("head_signature", "head_mismatch")


def test_the_log_key_is_pinned_and_a_repush_with_other_content_is_a_break(http: TestClient,
                                                                          database: Database) -> None:
    laptop, chain = enrol(http, database), Chain()
    chain.add(str(uuid.uuid4()))
    push(laptop, chain.page())
    changed = json.loads(json.dumps(chain.page()))
    changed["entries"][0]["action"] = "delete"
    assert push(laptop, changed)["break"]["reason"] == "changed_after_push"

    other = enrol(http, database, name="Toinen")
    second = Chain()
    second.add(None)
    push(other, second.page())
    second.key = signing.generate_private_key()
    second.add(None)
    answer = push(other, second.page(1))
    assert (answer["break"]["reason"], answer["break"]["seq"]) == ("key_changed", None)


def test_a_profile_restored_from_a_backup_carries_its_chain_on_under_a_new_id(
        db_url: str, http: TestClient, database: Database, capsys: pytest.CaptureFixture[str]) -> None:
    laptop, chain = enrol(http, database), Chain()
    for _ in range(3):
        chain.add(str(uuid.uuid4()))
    push(laptop, chain.page())
    restored = Chain(uuid.uuid4().hex)  # the same store, the same device and log key, a new profile id
    restored.key, restored.entries = chain.key, [dict(entry) for entry in chain.entries]
    answer = push(laptop, restored.page())
    assert (answer["stored"], answer["break"], answer["chain"]["seq"]) == (0, None, 3)
    restored.add(None)
    answer = push(laptop, restored.page(3))
    assert (answer["stored"], answer["break"], answer["countersignature"]["seq"]) == (1, None, 4)
    code, out, _ = _cli(capsys, db_url, "log", "verify", "--json")
    assert code == 0 and all(check["intact"] for check in json.loads(out))


def test_a_malformed_page_is_refused_with_its_path(http: TestClient, database: Database) -> None:
    laptop, chain = enrol(http, database), Chain()
    chain.add(None)
    page = json.loads(json.dumps(chain.page()))
    page["entries"][0]["hash"] = "not-a-hash"
    bad = laptop.post("/v1/access-log", page)
    assert (bad.status_code, bad.json()["path"]) == (422, ["body", "entries", 0, "hash"])
    page = chain.page()
    page["log_key"] = "AAAA"
    assert laptop.post("/v1/access-log", page).json()["path"] == ["body", "log_key"]


def test_the_log_key_file_is_made_once_and_only_its_owner_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "keys" / log_key.FILE_NAME
    key, made = log_key.create(path)
    assert made and path.stat().st_mode & 0o777 == 0o600
    again, made_again = log_key.create(path)
    assert not made_again and log_key.public_b64(again) == log_key.public_b64(key)
    os.chmod(path, 0o644)
    with pytest.raises(log_key.LogKeyError, match="readable by others"):
        log_key.load(path)
    with pytest.raises(log_key.LogKeyError, match="sopiva-central init"):
        log_key.load(tmp_path / "missing.pem")


def test_serve_refuses_to_start_without_the_log_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "central"
    assert cli.main(["--data-dir", str(folder), "init"]) == 0
    assert (folder / log_key.FILE_NAME).stat().st_mode & 0o777 == 0o600
    (folder / log_key.FILE_NAME).unlink()
    assert cli.main(["--data-dir", str(folder), "serve", "--port", "1"]) == 2
    assert "sopiva-central init" in capsys.readouterr().err


def _cli(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    code = cli.main(["--database-url", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_administrator_sees_breaks_and_log_verify_finds_rows_changed_later(
        db_url: str, http: TestClient, database: Database, capsys: pytest.CaptureFixture[str]) -> None:
    honest, broken = enrol(http, database), enrol(http, database, name="Toinen")
    good, bad = Chain(), Chain()
    for _ in range(4):
        good.add(str(uuid.uuid4()))
        bad.add(str(uuid.uuid4()))
    push(honest, good.page())
    page = bad.page()
    page["entries"][1]["action"] = "print"
    push(broken, page)

    code, out, _ = _cli(capsys, db_url, "log", "breaks")
    assert code == 0 and "Toinen" in out and "entry 2" in out and "edited or backdated" in out
    code, out, _ = _cli(capsys, db_url, "log", "verify", "--device", honest.device_id)
    assert code == 0 and "intact (countersigned through 4)" in out

    # Someone with the database edits an entry the server had verified: the re-verification names it.
    with database.transaction() as session:
        row = session.get(AccessLogEntry, good.entries[2]["id"])
        assert row is not None
        session.execute(update(AccessLogEntry).where(AccessLogEntry.id == row.id).values(
            entry={**row.entry, "user_name": "Joku Muu"}))
    code, out, _ = _cli(capsys, db_url, "log", "verify", "--json")
    checks = {c["chain_id"]: c for c in json.loads(out)}
    assert code == 1
    assert checks[good.chain_id]["first_break"]["seq"] == 3
    assert checks[bad.chain_id]["first_break"]["seq"] == 2 and checks[bad.chain_id]["break_found_on_push"]


def test_the_access_report_names_who_saw_the_client_and_why(
        db_url: str, http: TestClient, database: Database, capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    laptop = enrol(http, database)
    client_id, other_id = str(uuid.uuid4()), str(uuid.uuid4())
    with database.transaction() as session:
        session.add(Record(entity="client", id=client_id, client_id=client_id, data={
            "first_names": "Aino Maria", "last_name": "Virtanen", "hetu": "131052-308T"}, field_revs={},
            updated_by="u-1"))
        session.add(Record(entity="disclosure", id=str(uuid.uuid4()), client_id=client_id, data={
            "disclosed_on": "2026-12-01", "document_kind": "client_plan", "recipient": "Kela", "basis": "law",
            "basis_detail": "Laki 703/2023 § 12", "purpose": "Etuuden käsittely", "discloser_name": "Olli Ohjaaja",
            "document_id": "X-1", "record_id": str(uuid.uuid4()), "discloser": "u-1"}, field_revs={},
            updated_by="u-1"))
    chain = Chain()
    chain.add(client_id, action="update")
    chain.add(other_id)
    chain.add(None, action="list", listing=[client_id, other_id])
    chain.add(client_id, at=START - dt.timedelta(days=30))  # before the period
    push(laptop, chain.page())

    out_file = tmp_path / "report.json"
    code, out, err = _cli(capsys, db_url, "access-report", "--client", client_id, "--from", "2026-11-30",
                          "--to", "2026-12-07", "--made-by", "Arkistonhoitaja", "--out", str(out_file))
    assert code == 0, err
    assert out_file.stat().st_mode & 0o777 == 0o600
    report = json.loads(out_file.read_text())
    assert report["source"] == "central" and report["made_by"] == "Arkistonhoitaja"
    assert report["client"] == {"id": client_id, "name": "Aino Maria Virtanen", "hetu": "131052-308T"}
    assert report["period"] == {"start": "2026-11-30", "end": "2026-12-07"}
    assert [(e["action"], e["listing"]) for e in report["entries"]] == [("update", False), ("list", True)]
    assert set(report["entries"][0]) == {"at", "who", "device", "action", "record_type", "fields", "purpose",
                                         "listing"}
    assert report["entries"][0]["who"] == "Olli Ohjaaja" and report["entries"][0]["fields"] == ["phone"]
    assert report["disclosures"] == [{"disclosed_on": "2026-12-01", "document_kind": "client_plan",
                                      "recipient": "Kela", "basis": "law", "basis_detail": "Laki 703/2023 § 12",
                                      "purpose": "Etuuden käsittely", "discloser_name": "Olli Ohjaaja"}]
    pdf = tmp_path / "report.pdf"
    code, _, err = _cli(capsys, db_url, "access-report", "--client", client_id, "--from", "2026-11-30",
                        "--to", "2026-12-07", "--format", "pdf", "--language", "sv", "--out", str(pdf))
    if importlib.util.find_spec("sopiva_desk.reports") is None:  # the shared renderer is not in this build
        assert code == 2 and "use --format json" in err and not pdf.exists()
    else:
        assert code == 0 and pdf.read_bytes().startswith(b"%PDF")
    code, _, err = _cli(capsys, db_url, "access-report", "--client", str(uuid.uuid4()), "--from", "2026-11-30",
                        "--to", "2026-12-07", "--out", str(tmp_path / "none.json"))
    assert code == 2 and "no client" in err
