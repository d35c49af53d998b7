"""The demo comes with its own central records: a real server child process on loopback, two demo
profiles enrolled and synced, and a conflict when both change the same field (docs/admin.md,
"The demo server")."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from sopiva_desk.central.db import Database, sqlite_url
from sopiva_desk.central.models import Record, User
from sopiva_desk.services import demo
from sopiva_desk.services.demo_central import CONNECTED_MARK, DEMO_UNIT, DemoProfiles, is_connected, prepare_demo
from sopiva_desk.services.demo_server import PORT_FILE, DemoServer, DemoServerError
from sopiva_desk.services.sync.conflicts import open_conflicts
from sopiva_desk.services.sync.engine import SyncEngine
from sopiva_desk.services.sync.enrolment import EnrolmentService
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import SyncDevice
from tests.conftest import FAST_KDF

CLIENTS = 40  # enough for a handful of the colleague's clients; the full 200 only cost time
GONE_DEADLINE_S = 30


def _unlock(profiles: DemoProfiles, name: str) -> Workspace:
    profile = next(p for p in profiles.profiles() if p.display_name == name)
    return profiles.unlock(profile.profile_id, demo.DEMO_PASSPHRASE)


def _last_sync(workspace: Workspace) -> object:
    with workspace.db.read() as session:
        device = session.get(SyncDevice, 1)
        return None if device is None else device.last_sync_at


def _colleagues_clients(workspace: Workspace) -> set[str]:
    columns = workspace.clients.caseload_columns()
    return {i for i, worker in zip(columns.ids, columns.own_workers, strict=True)
            if worker == demo.COLLEAGUE_DISPLAY_NAME}


def _alive(pid: int) -> bool:
    """Whether ``pid`` still runs (a zombie waiting for its reaper has stopped running)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    except OSError:  # no /proc: ask the kernel
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return state not in ("Z", "X")


def _wait_until_gone(pid: int) -> None:
    deadline = time.monotonic() + GONE_DEADLINE_S
    while _alive(pid):
        assert time.monotonic() < deadline, f"the demo server {pid} outlived its app"
        time.sleep(0.05)  # a poll interval: the loop ends when the process has gone


@pytest.mark.slow
def test_the_demo_holds_two_enrolled_profiles_that_conflict_on_the_same_field(tmp_path: Path) -> None:
    with DemoServer(tmp_path) as server:
        profiles = DemoProfiles(tmp_path, server, kdf=FAST_KDF)
        heard: list[str] = []
        prepare_demo(profiles, server, count=CLIENTS, today=date(2026, 12, 7), progress=heard.append)
        assert heard == list(demo.SETUP_STEPS)  # the start-up window says what is happening
        assert is_connected(tmp_path)
        pid = server.pid
        assert pid is not None

        central = Database(sqlite_url(server.folder))
        try:
            with central.transaction() as session:
                on_server = session.scalar(select(func.count()).select_from(Record).where(
                    Record.entity == "client", Record.deleted.is_(False)))
                assert on_server == CLIENTS
                # one unit, so the demo's office user is a print station for both counsellors
                assert set(session.scalars(select(User.unit))) == {DEMO_UNIT}
        finally:
            central.dispose()
        assert {p.display_name for p in profiles.profiles()} == {demo.DEMO_DISPLAY_NAME,
                                                                  demo.COLLEAGUE_DISPLAY_NAME}

        counsellor = _unlock(profiles, demo.DEMO_DISPLAY_NAME)
        colleague = _unlock(profiles, demo.COLLEAGUE_DISPLAY_NAME)
        try:
            for workspace in (counsellor, colleague):
                enrolment = EnrolmentService(workspace.db).current()
                assert enrolment is not None and enrolment.server_url == server.wait_url()
                assert enrolment.user_name == workspace.profile.display_name
                assert _last_sync(workspace) is not None
                assert workspace.demo  # documents carry the demo letterhead
            shared = _colleagues_clients(counsellor)
            assert shared and set(colleague.clients.caseload_columns().ids) == shared

            client_id = uuid.UUID(hex=sorted(shared)[0])
            counsellor.clients.update_client_field(client_id, "phone", "040 111 1111")
            colleague.clients.update_client_field(client_id, "phone", "040 222 2222")
            assert SyncEngine(counsellor.db, counsellor.actor).sync().outcomes["applied"] == 1
            report = SyncEngine(colleague.db, colleague.actor).sync()
            assert report.outcomes["conflict"] == 1 and report.open_conflicts == 1
            [conflict] = open_conflicts(colleague.db)
            assert (conflict.entity, conflict.record_id, conflict.paths) == ("client", client_id, ("phone",))
            assert colleague.clients.open_client(client_id).values["phone"] == "040 111 1111"
        finally:
            counsellor.close()
            colleague.close()

        server_log = server.log_path.read_text(encoding="utf-8")
        first_client, _ = next(demo.demo_clients(CLIENTS))
        for value in ("040 111 1111", "040 222 2222", "/v1/push", first_client["last_name"],
                      first_client["street_address"], first_client.get("hetu") or first_client["temporary_id"]):
            assert value not in server_log
    assert server.pid == pid
    assert not _alive(pid)


@pytest.mark.slow
def test_a_second_app_gets_its_own_server_and_the_demo_profile_follows_it(tmp_path: Path) -> None:
    with DemoServer(tmp_path) as first, DemoServer(tmp_path) as second:
        first_url = first.wait_ready()
        second_url = second.wait_ready()  # the port of the first start is taken: another one
        assert second_url != first_url
        assert (first.folder / PORT_FILE).read_text().strip() == first_url.rsplit(":", 1)[1]
        apps = [DemoProfiles(tmp_path, server, kdf=FAST_KDF) for server in (first, second)]
        with ThreadPoolExecutor(2) as pool:  # both apps started on a fresh checkout at once
            done = [pool.submit(prepare_demo, profiles, profiles.server, count=5, today=date(2026, 12, 7))
                    for profiles in apps]
            assert done[0].result() == done[1].result()
        assert sorted(p.display_name for p in apps[0].profiles()) == [demo.DEMO_DISPLAY_NAME,
                                                                       demo.COLLEAGUE_DISPLAY_NAME]
        for profiles, url in zip(apps, (first_url, second_url), strict=True):
            workspace = _unlock(profiles, demo.DEMO_DISPLAY_NAME)
            try:
                assert EnrolmentService(workspace.db).current().server_url == url  # type: ignore[union-attr]
                workspace.clients.update_client_field(
                    uuid.UUID(hex=workspace.clients.caseload_columns().ids[0]), "phone", f"040 333 {url[-4:]}")
                assert SyncEngine(workspace.db, workspace.actor).sync().outcomes["applied"] == 1
            finally:
                workspace.close()
    assert (tmp_path / "central" / CONNECTED_MARK).exists()


@pytest.mark.slow
def test_the_server_does_not_outlive_an_app_that_is_killed(tmp_path: Path) -> None:
    with subprocess.Popen(
            [sys.executable, "-c",
             "import sys, pathlib\n"
             "from sopiva_desk.services.demo_server import DemoServer\n"
             "server = DemoServer(pathlib.Path(sys.argv[1])); server.start()\n"
             "print(server.pid, server.wait_ready(), flush=True)\n"
             "sys.stdin.read()\n",
             str(tmp_path)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as app:
        try:
            assert app.stdout is not None
            pid_text, url = app.stdout.readline().split()
            assert httpx.get(f"{url}/v1/health").status_code == 200
        finally:
            app.send_signal(signal.SIGKILL)  # no clean-up runs: only the closed pipe tells the server
            app.wait()
    _wait_until_gone(int(pid_text))


def test_a_server_that_cannot_start_leaves_a_demo_that_works_offline(tmp_path: Path,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "central").mkdir()
    (tmp_path / "central" / "central.sqlite3").write_bytes(b"not a database" * 100)
    with DemoServer(tmp_path) as server:
        with pytest.raises(DemoServerError, match="did not start .*server.log"):
            server.wait_ready()
        profiles = DemoProfiles(tmp_path, server, kdf=FAST_KDF)
        profile = prepare_demo(profiles, server, count=3, today=date(2026, 12, 7))
        assert "could not be connected to its central records" in caplog.text
        assert not is_connected(tmp_path)
        workspace = profiles.unlock(profile.profile_id, demo.DEMO_PASSPHRASE)  # the server's failure: no wait
        try:
            assert len(workspace.clients.caseload_columns()) == 3
            assert EnrolmentService(workspace.db).current() is None
        finally:
            workspace.close()
    assert "Traceback" in server.log_path.read_text(encoding="utf-8")  # the reason, for whoever looks


@pytest.mark.slow
def test_a_demo_made_before_the_server_is_connected_on_the_next_start(tmp_path: Path) -> None:
    profiles = DemoProfiles(tmp_path, DemoServer(tmp_path), kdf=FAST_KDF)  # not started: an older demo
    profile = demo.ensure_demo_profile(profiles, count=3, today=date(2026, 12, 7))
    workspace = profiles.unlock(profile.profile_id, demo.DEMO_PASSPHRASE)
    try:
        first = uuid.UUID(hex=workspace.clients.caseload_columns().ids[0])
        workspace.clients.update_client_field(first, "own_worker", demo.COLLEAGUE_NAME)  # as older demos named her
    finally:
        workspace.close()
    with DemoServer(tmp_path) as server:
        profiles = DemoProfiles(tmp_path, server, kdf=FAST_KDF)
        assert prepare_demo(profiles, server, count=3) == profile
        assert is_connected(tmp_path)
        colleague = _unlock(profiles, demo.COLLEAGUE_DISPLAY_NAME)
        try:
            assert colleague.clients.caseload_columns().ids == [first.hex]
        finally:
            colleague.close()
