"""End-to-end sync fixtures: a real ``sopiva-central serve`` process on loopback, on SQLite and on
PostgreSQL (the central tests' throwaway cluster), and laptops that are real encrypted profiles.

The server is started as a child process on a free port; the fixture waits for /v1/health
(polling, with a deadline) and stops the process afterwards.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sopiva_desk.central import log_key
from sopiva_desk.central.db import Database
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.sync.engine import SyncEngine, SyncReport
from sopiva_desk.services.sync.enrolment import EnrolmentService
from sopiva_desk.services.workspace import Workspace
from tests.central.conftest import db_url, pg_cluster, pg_shared_url  # noqa: F401 - fixtures used here
from tests.central.helpers import add_user, issue_code
from tests.conftest import DEMO_PASSPHRASE, FAST_KDF

START_DEADLINE_S = 60


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Central:
    url: str
    database_url: str
    process: subprocess.Popen[bytes]
    database: Database
    log_key: Ed25519PrivateKey

    def add_user(self, name: str) -> str:
        return add_user(self.database, name)

    def code(self, user_id: str) -> str:
        return issue_code(self.database, user_id)

    def admin(self, *args: str) -> str:
        """Run a ``sopiva-central`` admin command on the same database."""
        done = subprocess.run([sys.executable, "-m", "sopiva_desk.central.cli", "--database-url",
                               self.database_url, *args], capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        return done.stdout


def start_central(database_url: str, log: Path, *serve_args: str) -> Central:
    port = free_port()
    key_file = log.with_name(log.stem + "-log-key.pem")
    log_key.create(key_file)
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "sopiva_desk.central.cli", "--database-url", database_url, "serve",
             "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--log-key-file", str(key_file),
             *serve_args],
            stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_DEADLINE_S
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"sopiva-central exited with {process.returncode}: {log.read_text()}")
        try:
            if httpx.get(f"{url}/v1/health", timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"sopiva-central did not answer /v1/health in {START_DEADLINE_S} s: {log.read_text()}")
        time.sleep(0.05)  # a poll interval, not a guess: the loop ends when health answers
    return Central(url, database_url, process, Database(database_url), log_key.load(key_file))


def stop_central(central: Central) -> None:
    central.database.dispose()
    central.process.terminate()
    try:
        central.process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        central.process.kill()
        central.process.wait()


@pytest.fixture
def central(db_url: str, tmp_path: Path) -> Iterator[Central]:  # noqa: F811
    running = start_central(db_url, tmp_path / "central.log")
    yield running
    stop_central(running)


@dataclass
class Laptop:
    workspace: Workspace
    data_dir: Path
    profile_id: str

    @property
    def engine(self) -> SyncEngine:
        return SyncEngine(self.workspace.db, self.workspace.actor, profile_folder=self.workspace.profile_folder)

    def sync(self) -> SyncReport:
        return self.engine.sync()


@pytest.fixture
def make_laptop(tmp_path: Path) -> Iterator[Callable[..., Laptop]]:
    opened: list[Workspace] = []

    def make(name: str, central: Central | None = None, user_id: str | None = None) -> Laptop:
        data_dir = tmp_path / f"laptop-{name}"
        data_dir.mkdir()
        profiles = ProfileService(data_dir, kdf=FAST_KDF)
        profile = profiles.create_profile(name, DEMO_PASSPHRASE, DEMO_PASSPHRASE)
        workspace = profiles.unlock(profile.profile_id, DEMO_PASSPHRASE)
        opened.append(workspace)
        if central is not None:
            user_id = user_id or central.add_user(name)
            EnrolmentService(workspace.db).enrol(central.url, central.code(user_id), allow_insecure_loopback=True)
        return Laptop(workspace, data_dir, profile.profile_id)

    yield make
    for workspace in opened:
        workspace.close()
