"""A throwaway PostgreSQL cluster for the tests: initdb + pg_ctl in a temporary folder.

Debian's ``postgresql`` package puts the binaries under /usr/lib/postgresql/<version>/bin.
PostgreSQL refuses to run as root, so when the tests run as root (CI does) the cluster is
created and run as the ``postgres`` user (``runuser -u postgres --``).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


def find_bindir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[4]))
    if candidates:
        return Path(candidates[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    bindir: Path
    folder: Path
    port: int
    as_user: str | None

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.as_user:
            command = ["runuser", "-u", self.as_user, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)

    def start(self) -> None:
        result = self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync",
                           "-E", "UTF8", "--locale=C")
        if result.returncode:
            raise RuntimeError(f"initdb failed: {result.stdout}{result.stderr}")
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        result = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"), "-o", options,
                           "-w", "-t", "60", "start")
        if result.returncode:
            log = (self.folder / "log").read_text(errors="replace") if (self.folder / "log").exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {result.stdout}{result.stderr}{log}")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster() -> Cluster | str:
    """A running cluster, or the reason there is none."""
    bindir = find_bindir()
    if bindir is None:
        return "PostgreSQL binaries not found (apt-get install -y postgresql)"
    as_user = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no postgres user to run the cluster as"
        as_user = "postgres"
    folder = Path(tempfile.mkdtemp(prefix="sopiva-pg-"))
    if as_user:
        shutil.chown(folder, user=as_user)
    cluster = Cluster(bindir=bindir, folder=folder, port=free_port(), as_user=as_user)
    cluster.start()
    return cluster
