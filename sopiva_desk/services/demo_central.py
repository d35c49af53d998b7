"""The demo connected to its own central records (docs/admin.md, "The demo server").

On the first ``sopiva-desk --demo`` start, once the demo profile is made, ``prepare_demo``
connects it to the demo server (``demo_server``, a child process on loopback):

1. the server gets its demo users: Eeva Esimerkki and her colleague Sanna Laitinen,
   counsellors of one unit, and an office user (for trying the print station);
2. Eeva's profile is enrolled over plain http to loopback (explicitly allowed, loopback only)
   with a one-time code, and synced: the server now holds the demo data, and every client her
   laptop created is assigned to her;
3. the clients whose own worker is Sanna are assigned to Sanna too, and a second demo profile,
   hers, is made, enrolled and synced: both laptops hold those clients, so when both change
   the same field of one of them, the second to sync gets a conflict.

A marker (``central/demo-connected``) says it is done; until then every start does the steps
still missing. A server that does not come up is logged, not raised: the demo works offline.

``DemoProfiles`` points a demo profile at this run's server when it is unlocked: the port the
profile was enrolled with may have been taken (a second app running) and another one used.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from sopiva_desk.services import demo
from sopiva_desk.services.demo_server import FOLDER, DemoServer, DemoServerError
from sopiva_desk.services.errors import KnownError
from sopiva_desk.services.profiles import ProfileService, ProfileSummary
from sopiva_desk.store.files import atomic_write_bytes, open_private, private_dir

if TYPE_CHECKING:  # the database and sync stack load on the first unlock, not with the app
    from sopiva_desk.services.workspace import Workspace

log = logging.getLogger(__name__)

CONNECTED_MARK = "demo-connected"
SETUP_LOCK = ".demo-setup.lock"
OFFICE_NAME = "Tiina Toimisto (demo)"
DEMO_UNIT = "Vammaispalvelut, Keski-Suomi (demo)"  # one unit: the office's print station serves both counsellors
USERS = ((demo.DEMO_DISPLAY_NAME, "counsellor"), (demo.COLLEAGUE_DISPLAY_NAME, "counsellor"),
         (OFFICE_NAME, "office"))
UNLOCK_WAIT_S = 20.0  # the server announces its port ≈ 1.5 s after the app starts


def is_connected(data_dir: Path) -> bool:
    return (data_dir / FOLDER / CONNECTED_MARK).exists()


def prepare_demo(profiles: ProfileService, server: DemoServer | None, *, count: int = demo.DEMO_CLIENTS,
                 today: date | None = None, progress: Callable[[str], None] = demo._no_progress) -> ProfileSummary:
    """The demo profile, made on first use and connected, with its colleague's, to ``server``."""
    with _one_setup_at_a_time(profiles.data_dir), \
            demo.open_demo_profile(profiles, count, today=today, progress=progress) as workspace:
        if server is not None and not is_connected(profiles.data_dir):
            try:
                _connect(profiles, server, workspace, progress)
            except (DemoServerError, KnownError) as error:
                log.warning("the demo could not be connected to its central records (%s); it works offline, "
                            "and the next start tries again", getattr(error, "key", None) or error)
        return workspace.profile


@contextmanager
def _one_setup_at_a_time(data_dir: Path) -> Iterator[None]:
    """A second app started during the first start's set-up waits for it, then finds it done
    (instead of making a second pair of demo profiles)."""
    try:
        import fcntl
    except ImportError:  # Windows: the demo is set up by one app at a time anyway
        yield
        return
    private_dir(data_dir)
    with open_private(data_dir / SETUP_LOCK) as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, also if the app dies
        yield


def _connect(profiles: ProfileService, server: DemoServer, counsellor: Workspace,
             progress: Callable[[str], None]) -> None:
    progress(demo.STEP_CENTRAL)
    url = server.wait_ready()
    users = {name: str(server.ask({"user": name, "role": role, "unit": DEMO_UNIT})["user_id"])
             for name, role in USERS}
    # The colleague's key derivations (≈ 1 s) run while the counsellor's first sync waits on the server.
    with ThreadPoolExecutor(1, thread_name_prefix="demo-colleague") as pool:
        opening = pool.submit(_open_colleague, profiles)
        try:
            _enrol_and_sync(counsellor, server, url, users[demo.DEMO_DISPLAY_NAME])
        finally:
            colleague = opening.result()  # opened even if the sync failed: closed below either way
        try:
            progress(demo.STEP_COLLEAGUE)
            columns = counsellor.clients.caseload_columns()
            # (A demo made before the colleague had a profile names her without the suffix.)
            shared = [str(uuid.UUID(hex=client_id)) for client_id, worker
                      in zip(columns.ids, columns.own_workers, strict=True)
                      if worker in (demo.COLLEAGUE_DISPLAY_NAME, demo.COLLEAGUE_NAME)]
            colleague_id = users[demo.COLLEAGUE_DISPLAY_NAME]
            server.ask({"assign": colleague_id, "clients": shared})
            _enrol_and_sync(colleague, server, url, colleague_id)
        finally:
            colleague.close()
    atomic_write_bytes(server.folder / CONNECTED_MARK, b"the demo profiles are enrolled and synced\n")
    log.info("the demo profiles are connected to the demo's central records at %s", url)


def _open_colleague(profiles: ProfileService) -> Workspace:
    found = next((p for p in profiles.profiles() if p.display_name == demo.COLLEAGUE_DISPLAY_NAME), None)
    profile = found or profiles.create_profile(demo.COLLEAGUE_DISPLAY_NAME, demo.DEMO_PASSPHRASE,
                                               demo.DEMO_PASSPHRASE)
    colleague = profiles.unlock(profile.profile_id, demo.DEMO_PASSPHRASE)
    try:
        colleague.settings.mark_demo()  # fictional clients: the demo letterhead on documents
    except BaseException:
        colleague.close()
        raise
    colleague.demo = True
    return colleague


def _enrol_and_sync(workspace: Workspace, server: DemoServer, url: str, user_id: str) -> None:
    from sopiva_desk.services.sync.engine import SyncEngine
    from sopiva_desk.services.sync.enrolment import EnrolmentService

    enrolment = EnrolmentService(workspace.db, device_name=f"demo laptop of {workspace.profile.display_name}")
    if enrolment.current() is None:
        code = str(server.ask({"code": user_id})["code"])
        enrolment.enrol(url, code, allow_insecure_loopback=True)
    else:
        point_at_demo_server(workspace, url)
    report = SyncEngine(workspace.db, workspace.actor, profile_folder=workspace.profile_folder).sync()
    if report.rejected or report.pending_left:
        raise DemoServerError(f"the first sync of {workspace.profile.display_name} left "
                              f"{report.pending_left} change(s) unsent and {len(report.rejected)} rejected")


def point_at_demo_server(workspace: Workspace, url: str) -> bool:
    """Move a demo profile enrolled to the demo server (plain http to loopback) to ``url``."""
    from sopiva_desk.services.sync.transport import is_loopback_host
    from sopiva_desk.store.models import SyncDevice

    if not workspace.demo:
        return False
    with workspace.db.transaction() as session:
        row = session.get(SyncDevice, 1)
        if row is None or row.server_url == url or not row.allow_insecure_loopback:
            return False
        if not is_loopback_host(urlsplit(row.server_url).hostname or ""):
            return False
        row.server_url = url
        return True


class DemoProfiles(ProfileService):
    """Profiles of the demo data folder: a demo profile unlocked is pointed at this run's server
    (on the unlock's own worker thread, before the main window opens)."""

    def __init__(self, data_dir: Path, server: DemoServer, **kwargs: object) -> None:
        super().__init__(data_dir, **kwargs)  # type: ignore[arg-type]
        self.server = server

    def unlock(self, profile_id: str, passphrase: str) -> Workspace:
        workspace = super().unlock(profile_id, passphrase)
        if not workspace.demo:
            return workspace
        try:
            url = self.server.wait_url(UNLOCK_WAIT_S)
        except DemoServerError as error:
            log.warning("%s; the demo works offline", error)
            return workspace
        try:
            if point_at_demo_server(workspace, url):
                log.info("the demo profile now syncs with the demo server at %s", url)
        except BaseException:
            workspace.close()
            raise
        return workspace
