"""Child process for the crash test: writes clients through the real service until killed.

Reads the store path and hex key from stdin; prints each client id only after the
transaction that created it (client row + access-log row) has committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sopiva_desk.services.actor import Actor
from sopiva_desk.services.clients import ClientService
from sopiva_desk.store.database import Database
from sopiva_desk.store.engine import open_engine


def main() -> None:
    path, key_hex = sys.stdin.readline().split()
    engine = open_engine(Path(path), bytearray(bytes.fromhex(key_hex)))
    service = ClientService(Database(engine), Actor("crash-test", "Crash Test"), {"491"})
    i = 0
    print("ready", flush=True)
    while True:
        client_id = service.create_client({
            "first_names": "Testi", "last_name": "Kaatuja", "temporary_id": f"TMP-C{i:06d}",
            "municipality_code": "491", "communication_notes": "ö" * (50 + i % 400),
        })
        print(client_id, flush=True)
        i += 1


if __name__ == "__main__":
    main()
