"""``sopiva-desk enrol`` and ``sopiva-desk sync``: the headless half of sync (docs/sync-protocol.md).

Both unlock a profile with the passphrase read from standard input; ``enrol`` then reads the
one-time enrolment code from the next line. Secrets never come from arguments.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    enrol = sub.add_parser("enrol", parents=[common],
                           help="connect a profile to the central records; passphrase, then the one-time "
                                "code, from stdin")
    enrol.add_argument("--profile", required=True, help="profile id (see 'profile list')")
    enrol.add_argument("--server", required=True, help="the central records' address, https://…")
    enrol.add_argument("--ca", type=Path, help="the organisation's CA certificate (PEM): trust only this CA")
    enrol.add_argument("--insecure-loopback", action="store_true",
                       help="allow plain http to a server on this computer (tests only)")
    sync = sub.add_parser("sync", parents=[common],
                          help="send this profile's changes and fetch the central records'; passphrase from stdin")
    sync.add_argument("--profile", required=True, help="profile id (see 'profile list')")


def _message(err: Any) -> str:
    from sopiva_desk.gui.messages import message  # English without a translator installed

    return f"{message(err.key, err.params)} ({err.key})"


def run(args: argparse.Namespace, data_dir: Path, read_secret: Callable[[str], str]) -> int:
    from sopiva_desk.domain.issues import ValidationError
    from sopiva_desk.services.errors import KnownError
    from sopiva_desk.services.profiles import ProfileService

    try:
        workspace = ProfileService(data_dir).unlock(args.profile, read_secret("Passphrase: "))
    except KnownError as err:
        print(f"failed: {_message(err)}", file=sys.stderr)
        return 1
    try:
        if args.command == "enrol":
            return _enrol(args, workspace, read_secret("One-time enrolment code: "))
        return _sync(workspace)
    except ValidationError as err:
        print("refused: " + ", ".join(f"{i.field}: {i.key}" for i in err.issues), file=sys.stderr)
        return 2
    except KnownError as err:
        print(f"failed: {_message(err)}", file=sys.stderr)
        return 1
    except OSError as err:
        print(f"failed: {err.strerror}: {err.filename}", file=sys.stderr)
        return 1
    finally:
        workspace.close()


def _enrol(args: argparse.Namespace, workspace: Any, code: str) -> int:
    from sopiva_desk.services.sync.enrolment import EnrolmentService

    ca_pem = args.ca.read_text(encoding="ascii") if args.ca else None
    done = EnrolmentService(workspace.db).enrol(args.server, code, ca_pem=ca_pem,
                                                allow_insecure_loopback=args.insecure_loopback)
    print(f"enrolled with {done.server_url} as {done.user_name} ({done.role}); device {done.device_id}"
          + ("; trusting only the pinned CA" if done.ca_pinned else ""))
    return 0


def _sync(workspace: Any) -> int:
    from sopiva_desk.services.sync.conflicts import open_conflicts
    from sopiva_desk.services.sync.engine import SyncEngine

    report = SyncEngine(workspace.db, workspace.actor, profile_folder=workspace.profile_folder).sync()
    outcomes = ", ".join(f"{kind} {n}" for kind, n in sorted(report.outcomes.items())) or "nothing to send"
    print(f"pushed: {report.pushed} change(s) ({outcomes})")
    for rejected in report.rejected:
        print(f"  rejected: {rejected.get('mutation_id')} ({rejected.get('reason', '')})")
    print(f"pulled: {report.pulled} record(s) in {report.pages} page(s), {report.references} reference item(s)")
    print(f"conflicts: {report.new_conflicts} new, {report.open_conflicts} open")
    for conflict in open_conflicts(workspace.db):  # which fields, never their values (a terminal may be logged)
        print(f"  {conflict.entity} {conflict.record_id} of client {conflict.client_id}: "
              f"{', '.join(conflict.paths)} (since {conflict.created_at:%Y-%m-%d %H:%M} UTC)")
    if report.evicted or report.evictions_deferred:
        print(f"evicted: {report.evicted} client(s); kept until their changes are sent: {report.evictions_deferred}")
    if report.held or report.released:
        print(f"held: {report.held} received change(s) wait until an identity code or commitment number taken on "
              f"this computer is corrected or removed; applied now: {report.released}")
    countersigned = f", countersigned through entry {report.log_countersigned}" if report.log_countersigned else ""
    print(f"access log: {report.log_sent} entr{'y' if report.log_sent == 1 else 'ies'} sent{countersigned}")
    if report.log_break is not None:
        print(f"  ACCESS LOG BREAK: {report.log_break.get('message', '')}")
    if report.log_countersignature_problem:
        print(f"  the server's countersignature was not kept: {report.log_countersignature_problem}")
    print(f"still to send: {report.pending_left}; bytes sent {report.bytes_sent}, received {report.bytes_received}")
    return 0
