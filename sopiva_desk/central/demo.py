"""The demo's central records server on loopback (docs/admin.md, "The demo server").

    python -m sopiva_desk.central.demo --data-dir DIR [--port N] [--child]

Makes the folder's embedded SQLite database ready — the schema (as ``init``) and the reference
data this package ships (as ``reference load``), both idempotent, so later starts only check —
and serves on 127.0.0.1 only, without an access log.

``make central`` runs it on its own on a fixed port (a taken port is an error that says so).
``sopiva-desk --demo`` runs it as a child (``--child``), and then:

- the port is any free one when the one asked for is taken (a second app running), and the
  first line on standard output is ``{"port": N}`` once the socket listens;
- standard input carries the app's demo set-up commands, one JSON line each, answered by one
  JSON line: ``{"user": NAME, "role": ROLE, "unit": UNIT}`` (the user of that name in that unit, added when missing),
  ``{"code": USER_ID}`` (a one-time enrolment code), ``{"assign": USER_ID, "clients": [...]}``;
- the end of standard input means the app is gone — it quit, or crashed and the operating
  system closed the pipe — and the server stops: it never outlives the app.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import socket
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import select

from sopiva_desk.central import admin, db, devices, log_key
from sopiva_desk.central.models import User

HOST = "127.0.0.1"
# After the app is gone, open keep-alive connections get this long before the process ends anyway.
HARD_STOP_AFTER_S = 10.0


def prepare(folder: Path) -> db.Database:
    """The folder's database at the current schema, holding this package's reference data."""
    from sopiva_desk.resources import resources_dir

    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    database = db.Database(db.sqlite_url(folder))
    db.upgrade(database.engine)
    with database.transaction() as session:
        admin.load_reference(session, resources_dir())
    return database


def listen(port: int, *, any_port_if_taken: bool) -> socket.socket:
    """A listening socket on loopback: ``port``, or (if allowed) any free one when it is taken."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if os.name != "nt":  # on Windows the option lets a second process take a port in use
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, port))
    except OSError as error:
        if error.errno != errno.EADDRINUSE or not any_port_if_taken:
            sock.close()
            raise
        sock.bind((HOST, 0))
    sock.listen(128)
    return sock


def handle(database: db.Database, command: dict[str, Any]) -> dict[str, Any]:
    """One set-up command from the app (see the module's docstring)."""
    with database.transaction() as session:
        if "user" in command:
            name, role = str(command["user"]), str(command.get("role", "counsellor"))
            unit = command.get("unit")
            user = session.scalars(select(User).where(User.name == name).order_by(User.id)).first()
            if user is None:
                user = admin.add_user(session, name, role, unit)
            elif unit and user.unit != unit:  # a demo server made before units existed
                user = admin.set_unit(session, user.id, unit)
            return {"user_id": user.id}
        if "code" in command:
            code, _ = devices.issue_code(session, str(command["code"]))
            return {"code": code}
        if "assign" in command:
            assigned = sum(admin.assign(session, str(client_id), str(command["assign"]))
                           for client_id in command.get("clients", []))
            return {"assigned": assigned}
    return {"error": "unknown command"}


def answer_the_app(database: db.Database, server: Any, commands: TextIO, answers: TextIO, *,
                   hard_stop_after: float = HARD_STOP_AFTER_S, exit_process: Callable[[int], Any] = os._exit) -> None:
    """Answers commands until standard input ends, then stops the server (the app is gone)."""
    try:
        for line in commands:
            try:
                answer = handle(database, json.loads(line))
            except (ValueError, LookupError, admin.AdminError) as error:
                answer = {"error": str(error)}
            except Exception as error:  # e.g. the database: said in the log; the life line holds
                traceback.print_exc()
                answer = {"error": type(error).__name__}
            answers.write(json.dumps(answer) + "\n")
            answers.flush()
    finally:  # the end of input, or an app that no longer reads: either way, stop
        server.should_exit = True
        # A client holding a connection open must not keep the server alive past the app.
        timer = threading.Timer(hard_stop_after, exit_process, (0,))
        timer.daemon = True
        timer.start()


def _shown(path: Path) -> str:
    """A path as short as it can be said from the current folder (the make targets' commands)."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _print_instructions(folder: Path, port: int, database: db.Database) -> None:
    bin_dir = Path(sys.executable).parent
    central, desk, data = _shown(bin_dir / "sopiva-central"), _shown(bin_dir / "sopiva-desk"), _shown(folder)
    with database.transaction() as session:
        users = admin.list_users(session)
    url = f"http://{HOST}:{port}"
    print(f"Sopiva central records: {url}  (embedded SQLite in {data}; Ctrl+C stops it)")
    if users:
        print("Users: " + ", ".join(f"{u.name} ({u.role})" for u in users))
    else:
        print(f"No users yet:  {central} --data-dir {data} user add --name NAME --role counsellor")
    name = f'"{users[0].name}"' if users else "NAME"
    print(f"A one-time enrolment code:  {central} --data-dir {data} device code --user {name}")
    print(f"Connect a profile:  {desk} enrol --data-dir DIR --profile ID --server {url} --insecure-loopback")
    print("  (then type the profile's passphrase and the code; 'sopiva-desk profile list --data-dir DIR' "
          "shows the ids)", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sopiva_desk.central.demo",
                                     description="the demo's central records server on loopback")
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--port", type=int, default=8470)
    parser.add_argument("--child", action="store_true",
                        help="run for the app: any free port if taken, commands on stdin, stop at its end")
    args = parser.parse_args(argv)
    import uvicorn

    from sopiva_desk.central.app import create_app

    folder = args.data_dir.resolve()
    database = prepare(folder)
    try:
        sock = listen(args.port, any_port_if_taken=args.child)
    except OSError as error:
        database.dispose()
        reason = "is in use" if error.errno == errno.EADDRINUSE else f"cannot be used ({error.strerror})"
        print(f"sopiva-central: port {args.port} on {HOST} {reason}; choose another, e.g. "
              f"make central CENTRAL_PORT={args.port + 1}", file=sys.stderr)
        return 2
    port = int(sock.getsockname()[1])
    # No access log: request lines are not client data, but the demo keeps its logs to errors.
    server_key, _ = log_key.create(folder / log_key.FILE_NAME)
    config = uvicorn.Config(create_app(database, log_key=server_key), log_level="warning", access_log=False,
                            server_header=False, proxy_headers=False, timeout_graceful_shutdown=2)
    server = uvicorn.Server(config)
    if args.child:
        print(json.dumps({"port": port}), flush=True)
        threading.Thread(target=answer_the_app, args=(database, server, sys.stdin, sys.stdout),
                         name="app-commands", daemon=True).start()
    else:
        _print_instructions(folder, port, database)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn stops on Ctrl+C, then passes the signal on
        return 130
    finally:
        database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
