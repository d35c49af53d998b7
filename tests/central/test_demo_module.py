"""The demo server module (``python -m sopiva_desk.central.demo``): its set-up commands, its port,
and what its log can hold. The whole demo over a real child process: tests/sync/test_demo_central.py."""

from __future__ import annotations

import io
import socket
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from sopiva_desk.central import demo as central_demo
from sopiva_desk.central.db import Database, make_engine, sqlite_url
from sopiva_desk.central.models import Record, User


def test_prepare_makes_the_schema_and_loads_the_shipped_reference_data_once(tmp_path: Path) -> None:
    database = central_demo.prepare(tmp_path / "central")
    try:
        with database.transaction() as session:
            first = {r.id for r in session.query(Record).filter(Record.entity == "reference")}
        assert first  # catalogue, price list, templates, municipalities
    finally:
        database.dispose()
    database = central_demo.prepare(tmp_path / "central")  # a later start: nothing new
    try:
        with database.transaction() as session:
            assert {r.id for r in session.query(Record).filter(Record.entity == "reference")} == first
    finally:
        database.dispose()


def test_the_set_up_commands_add_users_once_issue_codes_and_refuse_unknown_clients(tmp_path: Path) -> None:
    database = central_demo.prepare(tmp_path / "central")
    try:
        user = central_demo.handle(database, {"user": "Sanna Laitinen (demo)", "role": "counsellor"})["user_id"]
        assert central_demo.handle(database, {"user": "Sanna Laitinen (demo)"}) == {"user_id": user}
        code = central_demo.handle(database, {"code": user})["code"]
        assert len(code) == 9 and code[4] == "-"
        with pytest.raises(central_demo.admin.AdminError):
            central_demo.handle(database, {"assign": user, "clients": [str(uuid.uuid4())]})
        assert central_demo.handle(database, {"what": 1}) == {"error": "unknown command"}
        # A demo server made before units existed gets its users into the demo's unit.
        assert central_demo.handle(database, {"user": "Sanna Laitinen (demo)", "unit": "Demo"}) == {"user_id": user}
        office = central_demo.handle(database, {"user": "Tiina (demo)", "role": "office", "unit": "Demo"})["user_id"]
        with database.transaction() as session:
            assert {session.get(User, user).unit, session.get(User, office).unit} == {"Demo"}
    finally:
        database.dispose()


def test_a_taken_port_is_an_error_on_its_own_and_another_port_for_the_app(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind((central_demo.HOST, 0))
        taken.listen()
        port = taken.getsockname()[1]
        with central_demo.listen(port, any_port_if_taken=True) as other:
            assert other.getsockname()[1] != port
        with pytest.raises(OSError):
            central_demo.listen(port, any_port_if_taken=False)
        done = subprocess.run([sys.executable, "-m", "sopiva_desk.central.demo", "--data-dir",
                               str(tmp_path / "central"), "--port", str(port)],
                              capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2
    assert f"port {port} on 127.0.0.1 is in use" in done.stderr and "CENTRAL_PORT" in done.stderr


def test_database_errors_do_not_carry_the_values_into_the_log(tmp_path: Path) -> None:
    database = Database(sqlite_url(tmp_path))
    try:
        with database.engine.begin() as connection:
            connection.execute(text("CREATE TABLE t (name TEXT UNIQUE)"))
            connection.execute(text("INSERT INTO t VALUES (:name)"), {"name": "Aino Korhonen"})
        with pytest.raises(DBAPIError) as raised, database.engine.begin() as connection:
            connection.execute(text("INSERT INTO t VALUES (:name)"), {"name": "Aino Korhonen"})
        assert "Aino Korhonen" not in str(raised.value)
    finally:
        database.dispose()
    assert make_engine(sqlite_url(tmp_path)).hide_parameters


def test_the_server_stops_when_the_app_is_gone_even_after_a_command_failed(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    class Server:
        should_exit = False

    def broken(database: object, command: dict) -> dict:
        raise RuntimeError("the database went away")

    monkeypatch.setattr(central_demo, "handle", broken)
    server, answers, stopped = Server(), io.StringIO(), threading.Event()
    central_demo.answer_the_app(None, server, io.StringIO('{"code": "x"}\n'), answers,  # type: ignore[arg-type]
                                hard_stop_after=0, exit_process=lambda code: stopped.set())
    assert answers.getvalue() == '{"error": "RuntimeError"}\n'
    assert server.should_exit  # the end of input: the app is gone
    assert stopped.wait(30)  # and the process ends even if a connection is held open
