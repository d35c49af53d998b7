"""Helpers for the sync GUI tests: a real ``sopiva-central`` on loopback (SQLite) and a transport
whose push or pull waits for the test, so a cancel or a lock lands mid-sync deterministically."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sopiva_desk.central import db as central_db
from sopiva_desk.services.sync.engine import SyncEngine
from sopiva_desk.services.sync.transport import DeviceKey, ServerAddress, SyncTransport
from sopiva_desk.services.workspace import Workspace
from tests.sync.conftest import Central, start_central, stop_central

CONTACT = "IT-tuki, puh. 09 123 4567"


@pytest.fixture
def central(tmp_path: Path) -> Iterator[Central]:
    url = central_db.sqlite_url(tmp_path)
    database = central_db.Database(url)
    central_db.upgrade(database.engine)
    database.dispose()
    running = start_central(url, tmp_path / "central.log", "--support-contact", CONTACT)
    yield running
    if running.process.poll() is None:
        stop_central(running)


class Gate:
    """Holds the first request of one kind (``"push"`` or ``"pull"``) until ``release``."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.reached = threading.Event()
        self.released = threading.Event()

    def release(self) -> None:
        self.released.set()

    def engine(self, workspace: Workspace) -> SyncEngine:
        gate = self

        class GatedTransport(SyncTransport):
            def push(self, mutations: list[dict[str, Any]]) -> dict[str, Any]:
                gate._wait("push")
                return super().push(mutations)

            def pull(self, cursor: str, limit: int) -> dict[str, Any]:
                gate._wait("pull")
                return super().pull(cursor, limit)

        def factory(address: ServerAddress, device: DeviceKey | None) -> SyncTransport:
            return GatedTransport(address, device)

        return SyncEngine(workspace.db, workspace.actor, transport_factory=factory)

    def _wait(self, kind: str) -> None:
        if kind == self.kind and not self.released.is_set():
            self.reached.set()
            assert self.released.wait(60), "the test never released the gate"
