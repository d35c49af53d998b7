"""The retention clock on the laptop and the export of everything held on one client."""

from __future__ import annotations

import errno
import json
import os
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from sopiva_desk.domain.retention import add_years
from sopiva_desk.services.organisation import ExportDiskFullError
from sopiva_desk.services.subject_export import EXPORT_RECORD_TYPE, FORMAT
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import AccessLogEntry, SyncOutbox
from tests.helpers.sync_state import add_conflict, enrol


def _client(workspace: Workspace, values: dict[str, object], last_name: str, hetu: str) -> uuid.UUID:
    client_id = workspace.clients.create_client({**values, "last_name": last_name, "hetu": hetu})
    workspace.clients.add_close_person(client_id, {"name": f"Omainen {last_name}", "relation": "sisko"})
    workspace.visits.start_visit(client_id, "home_visit", f"Koti {last_name}")
    return client_id


def test_closing_starts_the_clock_reopening_stops_it_and_the_change_syncs(workspace: Workspace,
                                                                          client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client(client_values)
    assert workspace.clients.open_client(client_id).retention_ends_on is None
    saved = workspace.clients.update_client_field(client_id, "status", "closed")
    today = date.today()
    assert saved.derived == {"closed_on": today}
    opened = workspace.clients.open_client(client_id)
    assert opened.values["closed_on"] == today
    assert opened.retention_ends_on == add_years(today, 10)
    with workspace.db.read() as session:
        mutation = session.scalars(select(SyncOutbox).where(SyncOutbox.record_id == client_id)
                                   .order_by(SyncOutbox.device_seq.desc())).first()
    assert mutation is not None and mutation.changed["closed_on"] == today.isoformat()
    assert workspace.clients.update_client_field(client_id, "status", "active").derived == {"closed_on": None}
    assert workspace.clients.open_client(client_id).retention_ends_on is None
    assert workspace.clients.update_client_field(client_id, "phone", "040 123 4568").derived == {}


def test_a_client_created_closed_has_its_clock_running(workspace: Workspace,
                                                        client_values: dict[str, object]) -> None:
    client_id = workspace.clients.create_client({**client_values, "status": "closed"})
    assert workspace.clients.open_client(client_id).values["closed_on"] == date.today()


def test_the_export_holds_everything_of_one_client_and_nothing_of_another(
        workspace: Workspace, client_values: dict[str, object], tmp_path: Path) -> None:
    enrol(workspace)
    mine = _client(workspace, client_values, "Virtanen", "131052-308T")
    other = _client(workspace, client_values, "Vieraskoski", "010594Y9032")
    workspace.clients.update_client_field(mine, "status", "closed")
    workspace.drafts.keep("client", str(mine), "phone", "040 ei käy")
    workspace.drafts.keep("client", str(other), "phone", "040 toinen")
    add_conflict(workspace, "client", mine, mine)
    add_conflict(workspace, "client", other, other)
    target = tmp_path / "asiakastiedot.json"

    export = workspace.client_export.export(mine, target)

    document = json.loads(target.read_text(encoding="utf-8"))
    assert (document["format"], document["format_version"], document["source"]) == (FORMAT, 1, "laptop")
    assert document["client_id"] == str(mine) and document["device_id"] == "laite-1"
    assert set(document["records"]) == {"client", "close_person", "visit"}
    client = document["records"]["client"][0]
    assert client["data"]["last_name"] == "Virtanen" and client["data"]["hetu"] == "131052-308T"
    assert client["data"]["closed_on"] == date.today().isoformat()
    assert document["records"]["visit"][0]["data"]["place"] == "Koti Virtanen"
    assert document["retention"]["closed_on"] == date.today().isoformat()
    assert [d["value"]["v"] for d in document["drafts"]] == ["040 ei käy"]
    assert len(document["conflicts"]) == 1 and document["unsent_changes"]
    assert all(e["entry"]["client_id"] == str(mine) for e in document["access_log"])
    assert export.records == 3 and export.log_entries == len(document["access_log"])
    text = target.read_text(encoding="utf-8")
    assert "Vieraskoski" not in text and str(other) not in text and "040 toinen" not in text
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    with workspace.db.read() as session:
        logged = session.scalars(select(AccessLogEntry).where(AccessLogEntry.action == "export")).all()
    assert [(e.client_id, e.record_type, e.fields) for e in logged] == [
        (mine, EXPORT_RECORD_TYPE, ["client", "close_person", "visit"])]


def test_a_failed_export_leaves_neither_a_file_nor_a_log_entry(workspace: Workspace,
                                                               client_values: dict[str, object],
                                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    client_id = workspace.clients.create_client(client_values)
    folder = tmp_path / "tikku"
    folder.mkdir()

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportDiskFullError):
        workspace.client_export.export(client_id, folder / "tiedot.json")
    monkeypatch.undo()
    assert list(folder.iterdir()) == []  # neither the file nor a temporary file
    with workspace.db.read() as session:
        assert session.scalars(select(AccessLogEntry).where(AccessLogEntry.action == "export")).all() == []


def test_the_laptop_and_central_exports_share_their_structure(workspace: Workspace,
                                                              client_values: dict[str, object],
                                                              tmp_path: Path) -> None:
    """The keys both forms have mean the same (docs/client-export.md); the record rows too."""
    client_id = _client(workspace, client_values, "Virtanen", "131052-308T")
    document = json.loads(workspace.client_export.export(client_id, tmp_path / "x.json").path.read_text("utf-8"))
    shared = {"format", "format_version", "source", "client_id", "exported_at", "retention", "records", "access_log",
              "conflicts", "print_snapshots"}
    assert shared <= set(document)
    assert set(document["records"]["visit"][0]) == {"id", "revision", "deleted", "data"}
    assert set(document["access_log"][0]) == {"id", "device_id", "user_id", "at", "entry"}
    assert date.fromisoformat(document["exported_at"][:10]) >= date.today() - timedelta(days=1)
