"""The demo's central records server, run by the app as a child process on loopback.

``sopiva-desk --demo`` starts ``python -m sopiva_desk.central.demo --child`` on the demo data
folder's ``central/`` database (the desktop never imports the server: it talks to it through
the child's pipes and over HTTP). The child

- takes the port it had at the first start (remembered in ``central/demo-port``, so the demo
  profiles' server address usually stays right) or, when that is taken — a second app running, say —
  any free port, and says which on its first line of output;
- answers the set-up commands of ``demo_central`` (users, one-time codes, assignments);
- stops when its standard input ends: when the app calls ``stop``, and also when the app
  crashes or is killed, because the operating system then closes the pipe. It never outlives
  the app.

Its errors go to ``central/server.log`` (no access log: no client data there). Nothing here
blocks the GUI thread: ``start`` only spawns the process; waiting happens in ``wait_ready``,
on a worker thread.
"""

from __future__ import annotations

import json
import logging
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

from sopiva_desk.store.files import atomic_write_bytes, open_private, private_dir

log = logging.getLogger(__name__)

FOLDER = "central"
PORT_FILE = "demo-port"
LOG_FILE = "server.log"
READY_TIMEOUT_S = 60.0  # a cold start on a slow, busy laptop; usually ≈ 1.5 s
ANSWER_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 15.0


class DemoServerError(Exception):
    """The demo server could not start or answer; the message says why and where to look."""


class DemoServer:
    """One child server process for the app's lifetime. Thread-safe: the set-up task, the unlock
    and the app's exit may use it from different threads."""

    def __init__(self, data_dir: Path, *, python: str = sys.executable) -> None:
        self.folder = data_dir / FOLDER
        self._python = python
        self._process: subprocess.Popen[str] | None = None
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._asking = threading.Lock()
        self._ready = threading.Event()
        self._url: str | None = None
        self._failure: str | None = None
        self._reader: threading.Thread | None = None

    @property
    def log_path(self) -> Path:
        return self.folder / LOG_FILE

    @property
    def pid(self) -> int | None:
        return None if self._process is None else self._process.pid

    def start(self) -> None:
        """Spawn the child (a few milliseconds; the server itself comes up on its own)."""
        if self._process is not None:
            return
        if getattr(sys, "frozen", False):
            raise DemoServerError("the demo server comes with the development checkout (make run), "
                                  "not with the packaged app")
        private_dir(self.folder)
        with open_private(self.log_path) as server_log:
            self._process = subprocess.Popen(
                [self._python, "-m", "sopiva_desk.central.demo", "--child", "--data-dir", str(self.folder),
                 "--port", str(self._remembered_port())],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=server_log, text=True, encoding="utf-8",
                bufsize=1)
        assert self._process.stdout is not None
        self._reader = threading.Thread(target=self._read_answers, args=(self._process.stdout,),
                                        name="demo-server-out", daemon=True)
        self._reader.start()

    def wait_ready(self, timeout: float = READY_TIMEOUT_S) -> str:
        """The server's base URL once ``/v1/health`` answers; ``DemoServerError`` if it does not
        within ``timeout`` seconds (or the process ended)."""
        import httpx

        from sopiva_desk.services.sync.errors import SyncError
        from sopiva_desk.services.sync.transport import ServerAddress, SyncTransport

        deadline = time.monotonic() + timeout
        url = self.wait_url(timeout)
        address = ServerAddress(url, None, allow_insecure_loopback=True)
        try:
            # The socket listens before the announcement, so this waits in the backlog, no polling.
            remaining = max(deadline - time.monotonic(), 1.0)
            with SyncTransport(address, timeout=httpx.Timeout(remaining)) as transport:
                transport.health()
        except SyncError as error:
            raise DemoServerError(f"the demo server at {url} did not answer ({error.key}); "
                                  f"see {self.log_path}") from error
        return url

    def wait_url(self, timeout: float = READY_TIMEOUT_S) -> str:
        """The server's base URL as soon as its socket listens (``DemoServerError`` if it failed)."""
        if self._process is None:
            raise DemoServerError("the demo server was not started")
        if not self._ready.is_set():
            with self._asking:  # the first line is the announcement; answers come after it
                if not self._ready.is_set():
                    self._take_announcement(timeout)
        if self._url is None:
            raise DemoServerError(self._failure or "the demo server did not start")
        return self._url

    def ask(self, command: dict[str, Any]) -> dict[str, Any]:
        """One set-up command, answered by the child (see ``sopiva_desk.central.demo``)."""
        self.wait_url()
        with self._asking:
            process = self._process
            assert process is not None and process.stdin is not None
            try:
                process.stdin.write(json.dumps(command) + "\n")
                process.stdin.flush()
            except OSError as error:
                raise DemoServerError(f"the demo server has stopped; see {self.log_path}") from error
            try:
                line = self._lines.get(timeout=ANSWER_TIMEOUT_S)
            except queue.Empty:
                raise DemoServerError("the demo server did not answer a set-up command") from None
        if line is None:
            raise DemoServerError(f"the demo server has stopped; see {self.log_path}")
        answer = json.loads(line)
        if "error" in answer:
            raise DemoServerError(f"the demo server refused {next(iter(command))!r}: {answer['error']}")
        return answer

    def stop(self) -> None:
        """End the child: its standard input closes and it stops serving (killed if it lingers)."""
        process = self._process
        if process is None:
            return
        if process.stdin is not None:
            try:
                process.stdin.close()
            except OSError:
                pass  # already gone
        try:
            process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            log.warning("the demo server did not stop in %.0f s; killing it", STOP_TIMEOUT_S)
            process.kill()
            process.wait()
        if self._reader is not None:
            self._reader.join(STOP_TIMEOUT_S)  # its output ends with the process

    def __enter__(self) -> DemoServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- plumbing -------------------------------------------------------------------------------

    def _remembered_port(self) -> int:
        try:
            return int((self.folder / PORT_FILE).read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            return 0  # any free port; remembered once known

    def _read_answers(self, stream: IO[str]) -> None:
        with stream:
            for line in stream:
                self._lines.put(line)
        self._lines.put(None)

    def _take_announcement(self, timeout: float) -> None:
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            self._failure = f"the demo server did not start within {timeout:.0f} s; see {self.log_path}"
            raise DemoServerError(self._failure) from None
        try:
            port = int(json.loads(line)["port"]) if line is not None else None
        except (ValueError, KeyError, TypeError):
            port = None
        if port is None:
            code = self._process.poll() if self._process else None
            self._failure = f"the demo server did not start (exit code {code}); see {self.log_path}"
        else:
            self._url = f"http://127.0.0.1:{port}"
            if not (self.folder / PORT_FILE).exists():  # the first free port stays this demo's port
                try:
                    atomic_write_bytes(self.folder / PORT_FILE, f"{port}\n".encode("ascii"))
                except OSError:
                    pass  # only a preference for next time
        self._ready.set()
