"""Proof under faults (docs/sync-protocol.md, "Proof"): a real ``sopiva-central`` process that can be
killed and started again on the same database, reached through the fault proxy, and laptops that
are real encrypted profiles synced by the real engine.

A laptop's engine gets a transport that records every request it sends (the signed bytes, so a
test can deliver a copy or a delayed original later, as a network would) and, when a test asks,
stops the process's work right after an answer arrived (``Crash``: the engine is abandoned
exactly where a power cut would leave it, its store reopened from the SQLCipher file).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from sopiva_desk.central import admin
from sopiva_desk.central.db import Database as CentralDatabase
from sopiva_desk.central.models import ChangeLog, Conflict, Mutation, Record
from sopiva_desk.protocol import wire
from sopiva_desk.protocol.entities import HISTORY, STAMPS, SYNCED, paths_of
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.sync.engine import SyncEngine, SyncReport
from sopiva_desk.services.sync.enrolment import EnrolmentService
from sopiva_desk.services.sync.pull_apply import local_values
from sopiva_desk.services.sync.transport import DeviceKey, ServerAddress, SyncTransport
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.change_recorder import MODELS
from sopiva_desk.store.models import SyncConflict, SyncDevice, SyncOutbox
from tests.central.helpers import add_user, issue_code
from tests.conftest import DEMO_PASSPHRASE, FAST_KDF
from tests.helpers.fault_proxy import FaultProxy
from tests.sync.conftest import Central, start_central, stop_central

# Long variants (``make proof``): more examples, steps, runs and kills.
LONG = os.environ.get("SOPIVA_PROOF_LONG") == "1"
Key = tuple[str, str]  # (entity, record id)


class Crash(BaseException):  # noqa: N818 - not an error the engine may catch: the process is gone
    """Raised inside the engine's transport to stop the sync dead, as a power cut would."""


class ServerProcess:
    """``sopiva-central serve`` on one database; ``restart`` kills it with SIGKILL and starts anew.

    Laptops talk to ``proxy.url``; the proxy follows the server to its new port."""

    def __init__(self, database_url: str, folder: Path) -> None:
        self.database_url = database_url
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.starts = 0
        self.central: Central = self._start()
        self.proxy = FaultProxy(self.port).start()
        self.database = CentralDatabase(database_url)

    @property
    def port(self) -> int:
        return int(self.central.url.rsplit(":", 1)[1])

    def _start(self) -> Central:
        self.starts += 1
        return start_central(self.database_url, self.folder / f"central-{self.starts}.log")

    def restart(self) -> None:
        self.central.process.send_signal(signal.SIGKILL)
        self.central.process.wait()
        self.central.database.dispose()
        self.proxy.close_connections()
        self.central = self._start()
        self.proxy.upstream = ("127.0.0.1", self.port)

    def stop(self) -> None:
        self.proxy.stop()
        stop_central(self.central)
        self.database.dispose()

    def add_user(self, name: str) -> str:
        return add_user(self.database, name)

    def assign(self, client_id: uuid.UUID | str, user_id: str) -> bool:
        with self.database.transaction() as session:
            return admin.assign(session, str(client_id), user_id)

    def unassign(self, client_id: uuid.UUID | str, user_id: str) -> bool:
        with self.database.transaction() as session:
            return admin.unassign(session, str(client_id), user_id)


@dataclass
class Sent:
    """A request as it left the laptop: signed, coded; deliverable again byte for byte."""

    method: str
    url: str
    headers: list[tuple[bytes, bytes]]
    content: bytes
    mutations: list[dict[str, Any]] = field(default_factory=list)
    answered: bool = False

    def deliver(self) -> httpx.Response:
        with httpx.Client(trust_env=False, timeout=60) as client:
            return client.send(httpx.Request(self.method, self.url, headers=self.headers, content=self.content))


class _Recording(httpx.HTTPTransport):
    def __init__(self, laptop: Laptop) -> None:
        super().__init__()
        self._laptop = laptop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read()
        sent = Sent(request.method, str(request.url), list(request.headers.raw), content)
        if request.url.path == "/v1/push":
            sent.mutations = wire.loads(wire.decompress(content, "zstd"))["mutations"]
            for mutation in sent.mutations:
                self._laptop.sent_mutations[mutation["mutation_id"]] = (mutation["entity"], mutation["record_id"])
        self._laptop.requests.append(sent)
        response = super().handle_request(request)
        response.read()
        sent.answered = True
        crash = self._laptop.crash_after
        if crash is not None and request.url.path == crash:
            self._laptop.crash_after = None
            raise Crash(crash)
        return response


class Laptop:
    """A real encrypted profile, enrolled with the server and routed through its proxy."""

    def __init__(self, folder: Path, name: str, server: ServerProcess, user_id: str, *,
                 copy_of: tuple[Path, str] | None = None) -> None:
        """A new profile, or (``copy_of`` = data folder, profile id) a copy of one made earlier:
        the same records and outbox, byte for byte, for runs that must be compared."""
        self.data_dir = folder / f"laptop-{name}-{uuid.uuid4().hex[:6]}"
        self.name = name
        self.user_id = user_id
        if copy_of is None:
            self.data_dir.mkdir()
            self.profiles = ProfileService(self.data_dir, kdf=FAST_KDF)
            self.profile_id = self.profiles.create_profile(name, DEMO_PASSPHRASE, DEMO_PASSPHRASE).profile_id
        else:
            shutil.copytree(copy_of[0], self.data_dir)
            self.profiles = ProfileService(self.data_dir, kdf=FAST_KDF)
            self.profile_id = copy_of[1]
        self.workspace = self.profiles.unlock(self.profile_id, DEMO_PASSPHRASE)
        self.abandoned: list[Workspace] = []
        EnrolmentService(self.workspace.db).enrol(server.central.url, issue_code(server.database, user_id),
                                                  allow_insecure_loopback=True)
        with self.workspace.db.transaction() as session:
            session.get(SyncDevice, 1).server_url = server.proxy.url  # type: ignore[union-attr]
            self.device_id = session.get(SyncDevice, 1).device_id  # type: ignore[union-attr]
        self.clock_shift = dt.timedelta(0)
        self.crash_after: str | None = None
        self.requests: list[Sent] = []
        self.sent_mutations: dict[str, Key] = {}

    def _transport(self, address: ServerAddress, device: DeviceKey | None) -> SyncTransport:
        return SyncTransport(address, device, clock=lambda: dt.datetime.now(dt.UTC) + self.clock_shift,
                             transport=_Recording(self))

    def engine(self, **kwargs: Any) -> SyncEngine:
        return SyncEngine(self.workspace.db, self.workspace.actor, transport_factory=self._transport, **kwargs)

    def sync(self, **kwargs: Any) -> SyncReport:
        return self.engine(**kwargs).sync()

    def crash_and_reopen(self) -> None:
        """The process dies: nothing more is written (no lock, no close); the store is opened again
        from its file with the passphrase, as the next start of the app would."""
        self.abandoned.append(self.workspace)
        self.workspace = self.profiles.unlock(self.profile_id, DEMO_PASSPHRASE)

    def lock(self) -> None:
        """Close the store (another process, ``sopiva-desk sync``, opens it next)."""
        self.workspace.close()

    def unlock(self) -> None:
        self.workspace = self.profiles.unlock(self.profile_id, DEMO_PASSPHRASE)

    def close(self) -> None:
        for workspace in [self.workspace, *self.abandoned]:
            workspace.close()

    # -- what the laptop holds ------------------------------------------------------------------

    def outbox(self) -> list[SyncOutbox]:
        with self.workspace.db.read() as session:
            return list(session.scalars(select(SyncOutbox).order_by(SyncOutbox.device_seq)))

    def conflicts(self) -> list[SyncConflict]:
        with self.workspace.db.read() as session:
            return list(session.scalars(select(SyncConflict)))

    def records(self) -> dict[Key, dict[str, Any]]:
        return local_records(self.workspace)


def _without_stamps(entity: str, data: dict[str, Any]) -> dict[str, Any]:
    return {path: value for path, value in paths_of(entity, data).items() if path not in STAMPS}


def local_records(workspace: Workspace) -> dict[Key, dict[str, Any]]:
    """Every synchronised record the laptop holds, as wire paths, less the stamps (each end sets
    its own ``created_*``/``updated_*``; the local ``revision`` is the store's own lock)."""
    found: dict[Key, dict[str, Any]] = {}
    with workspace.db.read() as session:
        for entity in (*SYNCED, *HISTORY):
            model = MODELS.get(entity)
            if model is None:
                continue
            for record in session.scalars(select(model)):
                data = wire.encode_value(local_values(record))
                found[(entity, str(record.id))] = _without_stamps(entity, data)  # type: ignore[attr-defined]
    return found


def server_records(database: CentralDatabase, client_ids: Iterable[str]) -> dict[Key, dict[str, Any]]:
    ids = sorted(str(c) for c in client_ids)
    with database.transaction() as session:
        return {(r.entity, r.id): _without_stamps(r.entity, r.data)
                for r in session.scalars(select(Record).where(Record.client_id.in_(ids)))} if ids else {}


def server_paths(database: CentralDatabase, keys: Iterable[Key]
                 ) -> tuple[dict[Key, dict[str, Any]], dict[Key, list[dict[str, Any]]]]:
    """The server's records (as paths, stamps included) and conflict fields of these records."""
    wanted = set(keys)
    ids = sorted({record_id for _entity, record_id in wanted})
    records: dict[Key, dict[str, Any]] = {}
    conflicts: dict[Key, list[dict[str, Any]]] = {}
    with database.transaction() as session:
        for start in range(0, len(ids), 400):
            chunk = ids[start:start + 400]
            for record in session.scalars(select(Record).where(Record.id.in_(chunk))):
                if (record.entity, record.id) in wanted:
                    records[(record.entity, record.id)] = paths_of(record.entity, record.data)
            for conflict in session.scalars(select(Conflict).where(Conflict.record_id.in_(chunk))):
                conflicts.setdefault((conflict.entity, conflict.record_id), []).append(conflict.fields)
    return records, conflicts


def stored_mutations(database: CentralDatabase, mutation_ids: Iterable[str]) -> dict[str, Mutation]:
    ids = list(mutation_ids)
    found: dict[str, Mutation] = {}
    with database.transaction() as session:
        for start in range(0, len(ids), 400):
            for row in session.scalars(select(Mutation).where(Mutation.mutation_id.in_(ids[start:start + 400]))):
                found[row.mutation_id] = row
    return found


def record_writes(database: CentralDatabase, keys: Iterable[Key]) -> dict[Key, int]:
    """Change-log rows a push wrote per record (one per mutation that changed it or conflicted)."""
    wanted = set(keys)
    counts: dict[Key, int] = {}
    with database.transaction() as session:
        rows = session.execute(select(ChangeLog.entity, ChangeLog.record_id, func.count()).where(
            ChangeLog.kind == "record", ChangeLog.audience_user_id.is_(None))
            .group_by(ChangeLog.entity, ChangeLog.record_id))
        for entity, record_id, count in rows:
            if (entity, record_id) in wanted:
                counts[(entity, record_id)] = count
    return counts


def server_revisions(database: CentralDatabase, keys: Iterable[Key]) -> dict[Key, int]:
    wanted = set(keys)
    with database.transaction() as session:
        ids = sorted({record_id for _entity, record_id in wanted})
        rows = session.execute(select(Record.entity, Record.id, Record.revision).where(Record.id.in_(ids))) \
            if ids else []
        return {(e, i): rev for e, i, rev in rows if (e, i) in wanted}


def settle(laptops: list[Laptop], *, rounds: int = 6) -> None:
    """Sync every laptop in turn until a whole round sends and fetches nothing."""
    for _ in range(rounds):
        moved = False
        for laptop in laptops:
            report = laptop.sync()
            moved |= bool(report.pushed or report.pulled or report.new_conflicts or report.evicted)
            assert not report.rejected, report.rejected
        if not moved:
            return
    raise AssertionError(f"no quiet round after {rounds} rounds of sync")


Check = Callable[[], None]
