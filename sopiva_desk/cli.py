"""Command line.

    sopiva-desk [--data-dir DIR] [--demo] [--smoke] [--language fi|sv|en]
    sopiva-desk profile list|create|recover …      (IT staff preparing or restoring laptops)
    sopiva-desk profile backup|restore|rekey …     (encrypted backups, restore, a new data key)
    sopiva-desk admin recovery-keygen …            (office: the organisation recovery key pair)
    sopiva-desk admin letterhead show|set|clear …  (the organisation's letterhead on documents)
    sopiva-desk enrol --server URL --profile ID …  (connect a profile to the central records)
    sopiva-desk sync --profile ID                  (one sync with the central records, headless)
    sopiva-desk verify-log --profile ID            (check the access log; exit 0 intact, 1 broken)

Secrets (passphrases, key passwords) are read from standard input, never from arguments,
which other users can see in the process list and which shells keep in history.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from sopiva_desk import __version__

APP_DIR_NAME = "SopivaDesk"
APP_AUTHOR = "Sopiva"


def default_data_dir() -> Path:
    return Path(user_data_dir(APP_DIR_NAME, APP_AUTHOR))


def _read_secret(prompt: str) -> str:
    """One line from stdin; prompts without echo on a terminal."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    if not line:
        raise SystemExit(f"expected a line on standard input for: {prompt.strip()}")
    return line.rstrip("\r\n")


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a subcommand's parser must not reset a --data-dir given before the subcommand.
    common.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                        help="where profiles are kept (default: the platform's user data folder)")

    parser = argparse.ArgumentParser(prog="sopiva-desk", parents=[common],
                                     description="Offline case work for disability services.")
    parser.add_argument("--version", action="version", version=f"Sopiva Desk {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="create (on first use) and open the demo profile with fictional clients")
    parser.add_argument("--smoke", action="store_true",
                        help="start, open the main window, log that it is up and exit 0 (CI, packaging)")
    parser.add_argument("--probe-start", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--probe-unlock", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--probe-after-warm-up", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--language", choices=("fi", "sv", "en"), help="user-interface language")
    sub = parser.add_subparsers(dest="command")

    profile = sub.add_parser("profile", help="manage profiles without the GUI")
    profile_sub = profile.add_subparsers(dest="action", required=True)
    profile_sub.add_parser("list", parents=[common], help="list profiles (display names and ids)")
    create = profile_sub.add_parser("create", parents=[common],
                                    help="create a profile; passphrase from stdin (twice on a terminal)")
    create.add_argument("--name", required=True, help="display name shown on the unlock screen")
    recover = profile_sub.add_parser("recover", parents=[common],
                                     help="set a new passphrase with the organisation recovery key")
    recover.add_argument("--profile", required=True, help="profile id (see 'profile list')")
    recover.add_argument("--recovery-private-key", type=Path, required=True)
    backup = profile_sub.add_parser("backup", parents=[common],
                                    help="write an encrypted, verified backup of a profile; passphrase from stdin")
    backup.add_argument("--profile", required=True, help="profile id (see 'profile list')")
    backup.add_argument("--file", type=Path, required=True, help="the backup file to write (replaced atomically)")
    restore = profile_sub.add_parser("restore", parents=[common],
                                     help="restore a backup as a new profile; passphrase from stdin")
    restore.add_argument("--file", type=Path, required=True, help="a .sopiva-backup file")
    restore.add_argument("--name", help="display name of the restored profile (default: as in the backup)")
    restore.add_argument("--recovery-private-key", type=Path,
                         help="open it with the organisation recovery key instead (key password, then the "
                              "user's new passphrase, from stdin)")
    rekey = profile_sub.add_parser("rekey", parents=[common],
                                   help="re-encrypt a profile's store under a new data key (a backup first); "
                                        "passphrase from stdin")
    rekey.add_argument("--profile", required=True, help="profile id (see 'profile list')")
    rekey.add_argument("--backup-folder", type=Path,
                       help="where the backup taken first goes (default: backups/ in the data folder)")

    admin = sub.add_parser("admin", help="office tasks")
    admin_sub = admin.add_subparsers(dest="action", required=True)
    keygen = admin_sub.add_parser("recovery-keygen", parents=[common],
                                  help="make the organisation recovery key pair; password from stdin")
    keygen.add_argument("--private-out", type=Path, required=True)
    keygen.add_argument("--public-out", type=Path, required=True)
    letterhead = admin_sub.add_parser("letterhead", help="the organisation's letterhead printed on every document")
    letterhead_sub = letterhead.add_subparsers(dest="letterhead_action", required=True)
    letterhead_sub.add_parser("show", parents=[common], help="print the letterhead as a file 'set' reads")
    setter = letterhead_sub.add_parser("set", parents=[common],
                                       help="set the letterhead from a TOML file (- for standard input)")
    setter.add_argument("file", help="letterhead file (see docs/admin.md), or - to read standard input")
    logo = setter.add_mutually_exclusive_group()
    logo.add_argument("--logo", type=Path, help="a PNG or SVG logo, at most 512 KB")
    logo.add_argument("--no-logo", action="store_true", help="remove the logo")
    lock = setter.add_mutually_exclusive_group()
    lock.add_argument("--lock", action="store_true", help="users see it in Settings but cannot change it")
    lock.add_argument("--unlock", action="store_true", help="let users change it in Settings again")
    letterhead_sub.add_parser("clear", parents=[common],
                              help="remove it: documents then say the organisation is not configured")
    verify = sub.add_parser("verify-log", parents=[common],
                            help="check a profile's access log; passphrase from stdin; exit 0 intact, 1 broken")
    verify.add_argument("--profile", required=True, help="profile id (see 'profile list')")
    from sopiva_desk import cli_sync

    cli_sync.add_parsers(sub, common)
    return parser


def _verify_log_command(args: argparse.Namespace, data_dir: Path) -> int:
    """Print what the check found; the first broken entry first (seq, date, who, what, why)."""
    from sopiva_desk.gui.access_log_check_words import finding_lines, summary_text, verdict_text
    from sopiva_desk.gui.messages import message  # English without a translator installed
    from sopiva_desk.services.errors import KnownError
    from sopiva_desk.services.profiles import ProfileService

    try:
        result = ProfileService(data_dir).verify_log(args.profile, _read_secret("Passphrase: "))
    except KnownError as err:
        print(f"failed: {message(err.key, err.params)} ({err.key})", file=sys.stderr)
        return 2
    print(verdict_text(result))
    print(summary_text(result))
    first = result.first_break
    if first is not None:
        print("\nFirst broken entry:\n" + _indented(finding_lines(first)))
    others = [finding for finding in result.findings if finding is not first]
    if others:
        print("\nAlso found:" if first is not None else "\nNote:")
        for finding in others:
            print(_indented(finding_lines(finding)))
    return 1 if result.broken else 0


def _indented(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def _profile_command(args: argparse.Namespace, data_dir: Path) -> int:
    from sopiva_desk.domain.issues import ValidationError
    from sopiva_desk.services.errors import KnownError
    from sopiva_desk.services.profiles import ProfileService

    service = ProfileService(data_dir)
    try:
        if args.action == "list":
            for profile in service.profiles():
                print(f"{profile.profile_id}\t{profile.display_name}")
            return 0
        if args.action == "create":
            passphrase = _read_secret("Passphrase: ")
            repeated = _read_secret("Repeat passphrase: ") if sys.stdin.isatty() else passphrase
            profile = service.create_profile(args.name, passphrase, repeated)
            print(f"created profile {profile.profile_id} ({profile.display_name}) in {data_dir}")
            return 0
        if args.action == "recover":
            key_password = _read_secret("Recovery key password: ").encode("utf-8")
            new_passphrase = _read_secret("New passphrase for the user: ")
            service.recover(args.profile, args.recovery_private_key.read_bytes(), key_password, new_passphrase)
            print(f"profile {args.profile} now opens with the new passphrase")
            return 0
        if args.action in ("backup", "restore", "rekey"):
            return _backup_command(args, service)
    except ValidationError as err:
        print("refused: " + ", ".join(i.key for i in err.issues), file=sys.stderr)
        return 2
    except KnownError as err:
        from sopiva_desk.gui.messages import message  # English without a translator installed

        print(f"failed: {message(err.key, err.params)} ({err.key})", file=sys.stderr)
        return 1
    return 2


def _backup_command(args: argparse.Namespace, service: Any) -> int:
    """profile backup | restore | rekey (docs/admin.md, "Backups"); errors go to the caller."""
    if args.action == "backup":
        workspace = service.unlock(args.profile, _read_secret("Passphrase: "))
        try:
            written = workspace.backups.back_up_to(args.file.expanduser().resolve())
        finally:
            workspace.close()
        print(f"backup written and verified: {written.path} ({written.size} bytes, "
              f"{written.rows.get('client', 0)} clients)")
        return 0
    restorer = service.backup_restorer()
    if args.action == "rekey":
        done = restorer.rekey(args.profile, _read_secret("Passphrase: "), args.backup_folder)
        print(f"profile {args.profile} re-encrypted under a new data key; the backup taken first "
              f"(under the old key: keep it safe, delete it when no longer needed): {done.backup_path}")
        return 0
    summary = restorer.inspect(args.file)
    print(f"backup of {summary.display_name}, made {summary.backed_up_at:%Y-%m-%d %H:%M} UTC")
    if args.recovery_private_key is not None:
        key_password = _read_secret("Recovery key password: ").encode("utf-8")
        new_passphrase = _read_secret("New passphrase for the user: ")
        result = restorer.restore_with_recovery_key(args.file, args.recovery_private_key.read_bytes(),
                                                    key_password, new_passphrase, args.name)
    else:
        result = restorer.restore(args.file, _read_secret("Passphrase: "), args.name)
    print(f"restored as profile {result.profile.profile_id} ({result.profile.display_name})")
    if result.was_enrolled:
        print("the backup was enrolled for sync: enrol this profile again (sopiva-desk enrol); "
              "changes not yet synced will be sent then")
    if not result.has_recovery:
        print("note: no organisation recovery key found, so the restored profile has no recovery envelope")
    return 0


def _refused(issues: list[Any]) -> int:
    from sopiva_desk.gui.messages import issue_text  # English without a translator installed

    print("refused:", file=sys.stderr)
    for issue in issues:
        print(f"  {issue.field}: {issue_text(issue)} ({issue.key})", file=sys.stderr)
    return 2


def _letterhead_command(args: argparse.Namespace, data_dir: Path) -> int:
    from sopiva_desk.domain.issues import ValidationError
    from sopiva_desk.services.errors import KnownError
    from sopiva_desk.services.letterhead import KEEP, LetterheadService, toml_text, values_from_toml

    service = LetterheadService(data_dir)
    try:
        if args.letterhead_action == "show":
            state = service.current()
            if state.unreadable:
                print(f"failed: {service.path} cannot be read; set the letterhead again", file=sys.stderr)
                return 1
            if state.letterhead is None:
                print(f"# no letterhead in {data_dir}: documents say the organisation is not configured")
                return 0
            logo = f"{state.logo.kind}, {len(state.logo.data) // 1024 + 1} KB" if state.logo else "none"
            print(f"# {service.path}\n# logo: {logo}\n# locked: {'yes' if state.locked else 'no'}\n")
            print(toml_text(state.letterhead), end="")
            return 0
        if args.letterhead_action == "clear":
            service.clear(admin=True)
            print(f"removed the letterhead from {data_dir}: documents say the organisation is not configured")
            return 0
        data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
        logo: bytes | None | object = KEEP
        if args.logo is not None:
            logo = args.logo.read_bytes()
        elif args.no_logo:
            logo = None
        lock = True if args.lock else False if args.unlock else None
        state = service.save(values_from_toml(data), logo, lock=lock, admin=True)  # type: ignore[arg-type]
        print(f"letterhead set in {service.path} (logo: {state.logo.kind if state.logo else 'none'}, "
              f"locked: {'yes' if state.locked else 'no'})")
        return 0
    except ValidationError as err:
        return _refused(err.issues)
    except KnownError as err:
        print(f"failed: {err.key}", file=sys.stderr)
        return 1
    except OSError as err:
        print(f"failed: {err.strerror}: {err.filename}", file=sys.stderr)
        return 1


def _admin_command(args: argparse.Namespace, data_dir: Path) -> int:
    if args.action == "letterhead":
        return _letterhead_command(args, data_dir)
    from sopiva_desk.store.files import atomic_write_bytes
    from sopiva_desk.store.keys import generate_recovery_keypair

    password = _read_secret("Password for the private key: ")
    if len(password) < 16:
        print("refused: use a password of at least 16 characters", file=sys.stderr)
        return 2
    private_pem, public_pem = generate_recovery_keypair(password.encode("utf-8"))
    atomic_write_bytes(args.private_out, private_pem, mode=0o600)
    atomic_write_bytes(args.public_out, public_pem, mode=0o644)
    print(f"private key (keep offline): {args.private_out}\npublic key (install on laptops as "
          f"recovery_public_key.pem in the data folder): {args.public_out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    # One line per request would bury what ``sync`` prints; errors still come through.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    data_dir: Path = (getattr(args, "data_dir", None) or default_data_dir()).expanduser().resolve()
    if args.command == "profile":
        return _profile_command(args, data_dir)
    if args.command == "admin":
        return _admin_command(args, data_dir)
    if args.command == "verify-log":
        return _verify_log_command(args, data_dir)
    if args.command in ("enrol", "sync"):
        from sopiva_desk import cli_sync

        return cli_sync.run(args, data_dir, _read_secret)
    from sopiva_desk.system_check import check_before_qt

    if code := check_before_qt():
        return code  # Qt would abort without saying which libraries to install
    from sopiva_desk.app import run_gui

    return run_gui(data_dir, demo_profile=args.demo, smoke=args.smoke, language=args.language,
                   probe_start=args.probe_start,
                   probe_unlock=(_read_secret("Passphrase: ") if args.probe_unlock else None),
                   probe_after_warm_up=args.probe_after_warm_up)


if __name__ == "__main__":
    sys.exit(main())
