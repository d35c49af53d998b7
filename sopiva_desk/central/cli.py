"""``sopiva-central``: run and administer the central records server (docs/admin.md).

    sopiva-central [--data-dir DIR | --database-url URL | --database-url-stdin] COMMAND …
      init | serve | user add|list|unit | device code|list|revoke | assign | unassign
      reference load | conflicts list | export-client | purge-client | retention due|purge|records
      log breaks | log verify | access-report

The database is SQLite in the data folder unless a PostgreSQL URL is given (also through the
environment variable SOPIVA_CENTRAL_DATABASE_URL). Secrets — a database password, the TLS key
password — are read from standard input or the environment, never from arguments, which other
users see in the process list and shells keep in their history.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy.engine import make_url

from sopiva_desk import __version__
from sopiva_desk.central import access_report, admin, db, devices, log_check, log_key, retention
from sopiva_desk.central.models import ROLES

ENV_URL = "SOPIVA_CENTRAL_DATABASE_URL"


class CliError(Exception):
    pass


def default_data_dir() -> Path:
    return Path(user_data_dir("SopivaCentral", "Sopiva"))


def database_url(args: argparse.Namespace) -> str:
    if args.database_url_stdin:
        url = sys.stdin.readline().strip()
        if not url:
            raise CliError("--database-url-stdin: no URL on standard input")
        return url
    if args.database_url:
        if make_url(args.database_url).password:
            raise CliError("do not put the database password on the command line: use --database-url-stdin, "
                           f"{ENV_URL}, PGPASSWORD or ~/.pgpass")
        return args.database_url
    if os.environ.get(ENV_URL):
        return os.environ[ENV_URL]
    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    return db.sqlite_url(data_dir)


def open_database(args: argparse.Namespace, *, require_current: bool = True) -> db.Database:
    database = db.Database(database_url(args))
    if require_current:
        current = db.current_revision(database.engine)
        if current != db.head_revision():
            database.dispose()
            raise CliError("the database is not initialised or not up to date: run `sopiva-central init` first")
    return database


def _print(data: Any, as_json: bool, lines: list[str]) -> None:
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        for line in lines:
            print(line)


def log_key_path(args: argparse.Namespace) -> Path:
    """Where the server's log signing key lives: ``--log-key-file``, else the data folder."""
    if getattr(args, "log_key_file", None):
        return Path(args.log_key_file)
    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    return data_dir / log_key.FILE_NAME


def cmd_init(args: argparse.Namespace) -> int:
    database = open_database(args, require_current=False)
    try:
        db.upgrade(database.engine)
        print(f"database ready at schema {db.head_revision()}")
    finally:
        database.dispose()
    path = log_key_path(args)
    try:
        key, made = log_key.create(path)
    except log_key.LogKeyError as error:
        raise CliError(str(error)) from None
    print(f"{'made' if made else 'kept'} the log signing key {path} (public key {log_key.public_b64(key)})")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from sopiva_desk.central.app import create_app

    key_password = None
    if args.ssl_keyfile_password_stdin:
        key_password = sys.stdin.readline().rstrip("\n")
    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        raise CliError("--ssl-certfile and --ssl-keyfile go together")
    if len(args.support_contact.strip()) > 300:
        raise CliError("--support-contact: at most 300 characters (the laptop keeps that much)")
    try:
        server_key = log_key.load(log_key_path(args))
    except log_key.LogKeyError as error:
        raise CliError(str(error)) from None
    database = open_database(args)
    app = create_app(database, support_contact=args.support_contact.strip(), log_key=server_key)
    config = uvicorn.Config(app, host=args.host, port=args.port, ssl_certfile=args.ssl_certfile,
                            ssl_keyfile=args.ssl_keyfile, ssl_keyfile_password=key_password,
                            proxy_headers=True, forwarded_allow_ips=args.forwarded_allow_ips,
                            log_level=args.log_level, server_header=False)
    try:
        uvicorn.Server(config).run()
    finally:
        database.dispose()
    return 0


def _with_session(args: argparse.Namespace, work: Any) -> Any:
    database = open_database(args)
    try:
        with database.transaction() as session:
            return work(session)
    finally:
        database.dispose()


def _user_line(user: Any) -> str:
    return f"{user.id}  {user.name}  ({user.role}{', ' + user.unit if user.unit else ''})"


def _user_json(user: Any) -> dict[str, Any]:
    return {"user_id": user.id, "name": user.name, "role": user.role, "unit": user.unit}


def cmd_user_add(args: argparse.Namespace) -> int:
    user = _with_session(args, lambda s: admin.add_user(s, args.name, args.role, args.unit))
    _print(_user_json(user), args.json, [_user_line(user)])
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    users = _with_session(args, admin.list_users)
    _print([_user_json(u) for u in users], args.json, [_user_line(u) for u in users] or ["no users"])
    return 0


def cmd_user_unit(args: argparse.Namespace) -> int:
    user = _with_session(args, lambda s: admin.set_unit(s, args.user, "" if args.none else args.unit))
    _print(_user_json(user), args.json, [_user_line(user)])
    return 0


def cmd_device_code(args: argparse.Namespace) -> int:
    from datetime import timedelta

    if not 1 <= args.minutes <= 24 * 60:
        raise CliError("--minutes must be between 1 and 1440")

    def work(session: Any) -> tuple[str, Any, Any]:
        user = admin.find_user(session, args.user)
        code, expires = devices.issue_code(session, user.id, timedelta(minutes=args.minutes))
        return code, expires, user

    code, expires, user = _with_session(args, work)
    _print({"code": code, "user_id": user.id, "expires_at": expires.isoformat()}, args.json,
           [f"enrolment code for {user.name}: {code}", f"single use, valid until {expires:%Y-%m-%d %H:%M} UTC"])
    return 0


def cmd_device_list(args: argparse.Namespace) -> int:
    rows = _with_session(args, admin.list_devices)
    data = [{"device_id": d.id, "name": d.name, "user_id": u.id, "user_name": u.name,
             "enrolled_at": d.enrolled_at.isoformat(),
             "last_seen_at": d.last_seen_at.isoformat() if d.last_seen_at else None,
             "revoked_at": d.revoked_at.isoformat() if d.revoked_at else None} for d, u in rows]
    _print(data, args.json, [
        f"{d['device_id']}  {d['name']}  {d['user_name']}  "
        f"{'REVOKED ' + d['revoked_at'] if d['revoked_at'] else 'active'}" for d in data] or ["no devices"])
    return 0


def cmd_device_revoke(args: argparse.Namespace) -> int:
    device = _with_session(args, lambda s: admin.revoke_device(s, args.device_id))
    print(f"device {device.id} ({device.name}) revoked; it is refused from its next request on")
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    changed = _with_session(args, lambda s: admin.assign(s, args.client_id, args.user))
    print("assigned" if changed else "already assigned")
    return 0


def cmd_unassign(args: argparse.Namespace) -> int:
    changed = _with_session(args, lambda s: admin.unassign(s, args.client_id, args.user))
    print("unassigned; the user's devices will evict the client" if changed else "was not assigned")
    return 0


def cmd_reference_load(args: argparse.Namespace) -> int:
    from sopiva_desk.resources import resources_dir

    folder = Path(args.folder) if args.folder else resources_dir()
    report = _with_session(args, lambda s: admin.load_reference(s, folder))
    for kind, name, version, loaded in report:
        print(f"{kind:20} {name:30} v{version}  {'loaded' if loaded else 'unchanged'}")
    return 0


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    conflicts = _with_session(args, lambda s: admin.list_conflicts(s, args.all))
    data = [{"conflict_id": c.id, "entity": c.entity, "record_id": c.record_id, "client_id": c.client_id,
             "fields": c.fields, "device_author": c.device_author, "server_author": c.server_author,
             "created_at": c.created_at.isoformat(), "resolved": c.resolved} for c in conflicts]
    _print(data, args.json, [
        f"{c['conflict_id']}  {c['created_at'][:16]}  {c['entity']} {c['record_id']}  "
        f"fields: {', '.join(sorted(c['fields']))}" for c in data] or ["no open conflicts"])
    return 0


def cmd_export_client(args: argparse.Namespace) -> int:
    data = _with_session(args, lambda s: admin.export_client(s, args.client_id))
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


def _who(args: argparse.Namespace) -> str:
    """Who purges: ``--by``, else the operating-system user running the command."""
    import getpass

    by = (args.by or "").strip()
    if not by:
        try:
            by = getpass.getuser()
        except (KeyError, OSError):  # no user name in this environment
            by = ""
    if not by:
        raise CliError("say who purges with --by NAME")
    return by[:100]


def cmd_purge_client(args: argparse.Namespace) -> int:
    if not args.yes:
        raise CliError("purging deletes every record of the client for good: add --yes to confirm")
    by = _who(args)
    count = _with_session(args, lambda s: admin.purge_client(s, args.client_id, args.reason, by=by))
    print(f"purged {count} records of client {args.client_id}; their ids are kept in the purge ledger")
    return 0


def _as_of(args: argparse.Namespace) -> Any:
    from datetime import date

    if not args.as_of:
        return date.today()
    try:
        return date.fromisoformat(args.as_of)
    except ValueError as error:
        raise CliError(f"--as-of: {args.as_of!r} is not a date (YYYY-MM-DD)") from error


def _rules(args: argparse.Namespace) -> Any:
    rules = retention.load_rules(Path(args.rules) if args.rules else None)
    if not rules.confirmed:
        print("sopiva-central: note: the retention periods have not been confirmed by the data-protection officer "
              "(confirmed = false in the rule file)", file=sys.stderr)
    return rules


def cmd_retention_due(args: argparse.Namespace) -> int:
    rules, as_of = _rules(args), _as_of(args)
    items = _with_session(args, lambda s: retention.due(s, rules, as_of))
    data = [{"client_id": i.client_id, "record_type": i.record_type, "closed_on": i.closed_on.isoformat(),
             "closed_on_recorded": i.closed_on_known, "due_since": i.due_since.isoformat(), "years": i.years,
             "records": i.counts} for i in items]
    _print(data, args.json, [
        f"{d['client_id']}  {d['record_type']:16} closed {d['closed_on']}{'' if d['closed_on_recorded'] else '*'}  "
        f"due since {d['due_since']}  ({', '.join(f'{k} {v}' for k, v in sorted(d['records'].items()))})"
        for d in data] + (["* no closing day recorded: the client record's last change"]
                          if any(not d["closed_on_recorded"] for d in data) else [])
        or [f"nothing is due on {as_of.isoformat()}"])
    return 0


def cmd_retention_purge(args: argparse.Namespace) -> int:
    if not args.yes:
        raise CliError("purging deletes the records for good: add --yes to confirm")
    rules, as_of, by = _rules(args), _as_of(args), _who(args)
    clients = None if args.all_due else [admin.client_id_of(c) for c in args.client]
    made = _with_session(args, lambda s: [retention.purge_record_json(r) for r in retention.purge(
        s, rules, as_of, by, client_ids=clients)])
    _print(made, args.json, [
        f"purged client {r['client_id']}: " + "; ".join(
            f"{kind} ({', '.join(f'{k} {v}' for k, v in sorted(part['entities'].items()))})"
            for kind, part in r["removed"].items()) for r in made] or [f"nothing is due on {as_of.isoformat()}"])
    return 0


def cmd_retention_records(args: argparse.Namespace) -> int:
    client = admin.client_id_of(args.client) if args.client else None
    records = _with_session(args, lambda s: [retention.purge_record_json(r)
                                             for r in retention.purge_records(s, client)])
    _print(records, args.json, [
        f"{r['purged_at'][:16]}  {r['client_id']}  {r['rule']:9} by {r['purged_by']}: {r['reason']}"
        for r in records] or ["no purges"])
    return 0


def cmd_log_breaks(args: argparse.Namespace) -> int:
    breaks = _with_session(args, lambda s: log_check.list_breaks(s, args.device))
    _print(breaks, args.json, [
        f"{b['found_at'][:16]}  {b['device_name'] or b['device_id']} ({b['user_name']})  chain {b['chain_id']}  "
        f"entry {b['seq'] if b['seq'] is not None else '-'} {b['entry_id'] or ''}: {b['reason_text']}"
        for b in breaks] or ["no breaks: every device's access log has verified"])
    return 0


def cmd_log_verify(args: argparse.Namespace) -> int:
    checks = _with_session(args, lambda s: [c.as_dict() for c in log_check.verify_stored(s, args.device)])
    lines = []
    for check in checks:
        who = f"{check['device_name'] or check['device_id']}  chain {check['chain_id']}: {check['entries']} entries"
        if check["intact"]:
            lines.append(f"{who}, intact (countersigned through {check['countersigned_seq']})")
        else:
            bad = check["first_break"]
            lines.append(f"{who}, BROKEN at entry {bad['seq']} {bad['entry_id'] or ''}: {bad['reason_text']}")
    _print(checks, args.json, lines or ["no access logs pushed yet"])
    return 1 if any(not check["intact"] for check in checks) else 0


def _day(text: str) -> Any:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def cmd_access_report(args: argparse.Namespace) -> int:
    import getpass

    client_id = admin.client_id_of(args.client)
    made_by = args.made_by or getpass.getuser()
    report = _with_session(args, lambda s: access_report.build(s, client_id, args.start, args.end, made_by))
    if args.format == "pdf":
        body = access_report.render_pdf(report, args.language)
    else:
        body = (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    out = Path(args.out)
    # The report names the client: only its owner may read the file.
    descriptor = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(descriptor, 0o600)  # an existing file keeps its mode otherwise
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(body)
    print(f"access report for client {client_id}: {len(report['entries'])} log entries, "
          f"{len(report['disclosures'])} disclosures, written to {out}")
    return 0


def cmd_openapi(args: argparse.Namespace) -> int:
    from sopiva_desk.central.app import openapi_document

    print(json.dumps(openapi_document(), ensure_ascii=False, indent=2, sort_keys=True))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sopiva-central", description="Sopiva central records server")
    parser.add_argument("--version", action="version", version=__version__)
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--data-dir", help="folder of the embedded SQLite database (default: per-user data folder)")
    where.add_argument("--database-url", help="postgresql+psycopg://user@host/db (no password here)")
    where.add_argument("--database-url-stdin", action="store_true", help="read the database URL from stdin")
    commands = parser.add_subparsers(dest="command", required=True)

    init = commands.add_parser("init", help="create or upgrade the database; make the log signing key")
    init.add_argument("--log-key-file", help=f"the server's access-log countersigning key (default: "
                                             f"{log_key.FILE_NAME} in the data folder)")
    init.set_defaults(run=cmd_init)
    commands.add_parser("openapi", help="print the API schema (JSON)").set_defaults(run=cmd_openapi)

    serve = commands.add_parser("serve", help="run the HTTP API with uvicorn")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--ssl-certfile")
    serve.add_argument("--ssl-keyfile")
    serve.add_argument("--ssl-keyfile-password-stdin", action="store_true")
    serve.add_argument("--forwarded-allow-ips", default="127.0.0.1",
                       help="proxies whose X-Forwarded-* headers are trusted (a TLS reverse proxy)")
    serve.add_argument("--support-contact", default="", metavar="TEXT",
                       help="whom counsellors contact about sync, e.g. 'IT support, 09 123 4567'; "
                            "given to each laptop at enrolment")
    serve.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    serve.add_argument("--log-key-file", help="the key made by init to countersign access logs")
    serve.set_defaults(run=cmd_serve)

    user = commands.add_parser("user").add_subparsers(dest="user_command", required=True)
    add = user.add_parser("add", help="add a user")
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--unit", help="the office unit the user works in (an office user's print station "
                                    "gets the print jobs of its unit)")
    add.add_argument("--json", action="store_true")
    add.set_defaults(run=cmd_user_add)
    unit = user.add_parser("unit", help="set the unit of an existing user")
    unit.add_argument("user", help="user id or name")
    which = unit.add_mutually_exclusive_group(required=True)
    which.add_argument("--unit", help="the unit's name")
    which.add_argument("--none", action="store_true", help="the user belongs to no unit")
    unit.add_argument("--json", action="store_true")
    unit.set_defaults(run=cmd_user_unit)
    listing = user.add_parser("list")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=cmd_user_list)

    device = commands.add_parser("device").add_subparsers(dest="device_command", required=True)
    code = device.add_parser("code", help="issue a one-time enrolment code")
    code.add_argument("--user", required=True, help="user id or name")
    code.add_argument("--minutes", type=int, default=15)
    code.add_argument("--json", action="store_true")
    code.set_defaults(run=cmd_device_code)
    dlist = device.add_parser("list")
    dlist.add_argument("--json", action="store_true")
    dlist.set_defaults(run=cmd_device_list)
    revoke = device.add_parser("revoke")
    revoke.add_argument("device_id")
    revoke.set_defaults(run=cmd_device_revoke)

    for name, run in (("assign", cmd_assign), ("unassign", cmd_unassign)):
        sub = commands.add_parser(name, help=f"{name} a client to a user")
        sub.add_argument("client_id")
        sub.add_argument("--user", required=True, help="user id or name")
        sub.set_defaults(run=run)

    reference = commands.add_parser("reference").add_subparsers(dest="reference_command", required=True)
    load = reference.add_parser("load", help="load catalogue, price list, templates and municipalities")
    load.add_argument("folder", nargs="?", help="a resources folder with reference/ and templates/")
    load.set_defaults(run=cmd_reference_load)

    conflicts = commands.add_parser("conflicts").add_subparsers(dest="conflicts_command", required=True)
    clist = conflicts.add_parser("list")
    clist.add_argument("--all", action="store_true", help="also resolved ones")
    clist.add_argument("--json", action="store_true")
    clist.set_defaults(run=cmd_conflicts_list)

    export = commands.add_parser("export-client", help="everything held on one client, as JSON on stdout")
    export.add_argument("client_id")
    export.set_defaults(run=cmd_export_client)

    purge = commands.add_parser("purge-client", help="delete a client's records for good")
    purge.add_argument("client_id")
    purge.add_argument("--reason", required=True)
    purge.add_argument("--by", help="who purges (default: the operating-system user)")
    purge.add_argument("--yes", action="store_true")
    purge.set_defaults(run=cmd_purge_client)

    kept = commands.add_parser("retention", help="closed clients' records whose retention period has ended").\
        add_subparsers(dest="retention_command", required=True)
    due = kept.add_parser("due", help="list what is due for purging")
    purge_due = kept.add_parser("purge", help="purge what is due, with a record of the purge that stays")
    for sub in (due, purge_due):
        sub.add_argument("--as-of", metavar="YYYY-MM-DD", help="the day to count to (default: today)")
        sub.add_argument("--rules", metavar="FILE", help="a retention rule file (default: the shipped "
                                                         "resources/reference/retention.toml)")
        sub.add_argument("--json", action="store_true")
    due.set_defaults(run=cmd_retention_due)
    which_clients = purge_due.add_mutually_exclusive_group(required=True)
    which_clients.add_argument("--client", action="append", metavar="ID", help="a client id (repeatable)")
    which_clients.add_argument("--all-due", action="store_true", help="every client with something due")
    purge_due.add_argument("--by", help="who purges (default: the operating-system user)")
    purge_due.add_argument("--yes", action="store_true")
    purge_due.set_defaults(run=cmd_retention_purge)
    records = kept.add_parser("records", help="the record of every purge made")
    records.add_argument("--client", metavar="ID")
    records.add_argument("--json", action="store_true")
    records.set_defaults(run=cmd_retention_records)
    logs = commands.add_parser("log", help="devices' access logs").add_subparsers(dest="log_command", required=True)
    breaks = logs.add_parser("breaks", help="access-log chains that did not verify on push")
    breaks.add_argument("--device", help="only this device id")
    breaks.add_argument("--json", action="store_true")
    breaks.set_defaults(run=cmd_log_breaks)
    verify = logs.add_parser("verify", help="re-verify the stored chains (exit 1 if any is broken)")
    verify.add_argument("--device", help="only this device id")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(run=cmd_log_verify)

    report = commands.add_parser("access-report", help="who accessed or received one client's data, and why")
    report.add_argument("--client", required=True, help="the client's id")
    report.add_argument("--from", dest="start", required=True, type=_day, metavar="YYYY-MM-DD")
    report.add_argument("--to", dest="end", required=True, type=_day, metavar="YYYY-MM-DD")
    report.add_argument("--format", choices=["json", "pdf"], default="json")
    report.add_argument("--language", choices=["fi", "sv"], default="fi", help="of the PDF")
    report.add_argument("--made-by", help="who makes the report (default: the login name)")
    report.add_argument("--out", required=True, help="the file to write (made readable by its owner only)")
    report.set_defaults(run=cmd_access_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except (CliError, admin.AdminError, retention.RetentionError, access_report.ReportError, LookupError) as error:
        print(f"sopiva-central: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
