"""``sopiva-central`` administration commands, on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
import uuid
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sopiva_desk.central import cli
from sopiva_desk.central.db import Database
from tests.central.helpers import enrol


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    code = cli.main(["--database-url", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_init_on_an_empty_folder_then_serve_refuses_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--data-dir", str(tmp_path / "central"), "user", "list"]) == 2
    assert "sopiva-central init" in capsys.readouterr().err
    assert cli.main(["--data-dir", str(tmp_path / "central"), "init"]) == 0
    assert (tmp_path / "central" / "central.sqlite3").exists()
    assert cli.main(["--data-dir", str(tmp_path / "central"), "init"]) == 0  # idempotent
    assert cli.main(["--data-dir", str(tmp_path / "central"), "user", "list"]) == 0


def test_a_password_on_the_command_line_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--database-url", "postgresql+psycopg://me:secret@db/central", "init"]) == 2
    assert "password" in capsys.readouterr().err


def test_the_database_url_can_come_from_stdin_or_the_environment(db_url: str, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(db_url + "\n"))
    assert cli.main(["--database-url-stdin", "user", "list"]) == 0
    monkeypatch.setenv(cli.ENV_URL, db_url)
    assert cli.main(["user", "list"]) == 0
    assert "no users" in capsys.readouterr().out


def test_users_codes_devices_assignments_and_export(db_url: str, database: Database, http: TestClient,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db_url, "user", "add", "--name", "Olli Ohjaaja", "--role", "counsellor", "--json")
    user = json.loads(out)
    assert code == 0 and user["role"] == "counsellor"
    with pytest.raises(SystemExit):  # argparse refuses a role that does not exist
        run(capsys, db_url, "user", "add", "--name", "X", "--role", "boss")
    code, out, _ = run(capsys, db_url, "device", "code", "--user", "Olli Ohjaaja", "--json")
    issued = json.loads(out)
    assert len(issued["code"]) == 9 and issued["code"][4] == "-"
    laptop = enrol(http, database, user["user_id"])
    code, out, _ = run(capsys, db_url, "device", "list", "--json")
    assert [d["device_id"] for d in json.loads(out)] == [laptop.device_id]

    client_id, create = laptop.create_client()
    laptop.outcomes(create)
    code, out, _ = run(capsys, db_url, "user", "add", "--name", "Sari Sijainen", "--role", "counsellor", "--json")
    substitute = json.loads(out)
    assert run(capsys, db_url, "assign", client_id, "--user", substitute["user_id"])[1].strip() == "assigned"
    assert run(capsys, db_url, "assign", client_id, "--user", substitute["user_id"])[1].strip() == "already assigned"
    assert run(capsys, db_url, "assign", str(uuid.uuid4()), "--user", substitute["user_id"])[0] == 2
    assert run(capsys, db_url, "unassign", client_id, "--user", "Sari Sijainen")[0] == 0

    code, out, _ = run(capsys, db_url, "export-client", client_id)
    exported = json.loads(out)
    assert exported["records"]["client"][0]["data"]["last_name"] == "Virta"
    assert [a["user_id"] for a in exported["assignments"]] == [user["user_id"]]

    code, out, _ = run(capsys, db_url, "conflicts", "list", "--json")
    assert json.loads(out) == []
    assert run(capsys, db_url, "device", "revoke", laptop.device_id)[0] == 0
    assert laptop.get("/v1/me").status_code == 403


def test_purge_needs_confirmation_and_keeps_the_ledger(db_url: str, database: Database, http: TestClient,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    laptop = enrol(http, database)
    client_id, create = laptop.create_client()
    laptop.outcomes(create)
    code, _, err = run(capsys, db_url, "purge-client", client_id, "--reason", "retention")
    assert code == 2 and "--yes" in err
    code, out, _ = run(capsys, db_url, "purge-client", client_id, "--reason", "retention", "--yes")
    assert code == 0 and "purged 1 records" in out
    code, out, _ = run(capsys, db_url, "export-client", client_id)
    assert json.loads(out)["records"] == {}
    assert [p["entity"] for p in json.loads(out)["purged"]] == ["client"]


def test_reference_load_from_the_repository(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db_url, "reference", "load")
    assert code == 0
    assert "assessment_template" in out and "price_list" in out and "loaded" in out
    assert "loaded" not in run(capsys, db_url, "reference", "load")[1].replace("unchanged", "")
