"""Child process for the backup, restore and re-key kill tests: works until SIGKILLed.

    backup  DATA_DIR PROFILE_ID TARGET   save a client, back up to TARGET, again and again
    restore DATA_DIR BACKUP              restore BACKUP as a new profile, again and again
    rekey   DATA_DIR PROFILE_ID          unlock, save a client, lock, re-key, again and again

The passphrase comes on stdin. Each line is printed only after what it names is durable:
``saved <client id>`` after the commit, ``backup``, ``restored <profile id>``, ``rekeyed``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.store import keys

FAST_KDF = keys.KdfParams(memory_kib=keys.MIN_MEMORY_KIB, iterations=keys.MIN_ITERATIONS, lanes=1, salt=b"\0" * 16)


def _client(i: int) -> dict[str, object]:
    return {"first_names": "Testi", "last_name": "Kaatuja", "temporary_id": f"TMP-K{i:06d}",
            "municipality_code": "491", "communication_notes": "ö" * (50 + i % 400)}


def main() -> None:
    mode, data_dir = sys.argv[1], Path(sys.argv[2])
    passphrase = sys.stdin.readline().rstrip("\n")
    service = ProfileService(data_dir, kdf=FAST_KDF)
    i = 0
    if mode == "backup":
        workspace = service.unlock(sys.argv[3], passphrase)
        print("ready", flush=True)
        while True:
            print(f"saved {workspace.clients.create_client(_client(i))}", flush=True)
            workspace.backups.back_up_to(Path(sys.argv[4]))
            print("backup", flush=True)
            i += 1
    restorer = service.backup_restorer()
    import sopiva_desk.services.workspace  # noqa: F401 - loaded before "ready", so kills land in the work
    import sopiva_desk.store.restore  # noqa: F401

    print("ready", flush=True)
    while True:
        if mode == "restore":
            print(f"restored {restorer.restore(Path(sys.argv[3]), passphrase).profile.profile_id}", flush=True)
        else:
            workspace = service.unlock(sys.argv[3], passphrase)
            try:
                print(f"saved {workspace.clients.create_client(_client(i))}", flush=True)
            finally:
                workspace.close()
            restorer.rekey(sys.argv[3], passphrase)
            print("rekeyed", flush=True)
        i += 1


if __name__ == "__main__":
    main()
