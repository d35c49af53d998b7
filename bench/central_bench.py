"""The central server on loopback: push + pull of 1,000 changed records (issue 13 target ≤ 3 s).

``python -m bench.central_bench [--database-url URL]`` starts a real ``sopiva-central serve``
(SQLite in a temporary folder unless a URL is given), enrols a device, pushes 1,000 records
in batches of 500 (zstd), pulls them back with a second device of the same user (pages of
1,000, zstd) and prints the times and the bytes on the wire. Not part of ``make bench`` yet:
the laptop engine's end-to-end figures belong there.
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

from sopiva_desk.protocol import signing, wire

CLI = str(Path(sys.executable).parent / "sopiva-central")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _admin(url: str, *args: str) -> str:
    return subprocess.run([CLI, "--database-url", url, *args], capture_output=True, text=True, check=True).stdout


def _device(http: httpx.Client, url: str, user_id: str) -> tuple[str, object]:
    code = json.loads(_admin(url, "device", "code", "--user", user_id, "--json"))["code"]
    key = signing.generate_private_key()
    enrolled = http.post("/v1/enrol", json={"code": code, "public_key": signing.public_key_b64(key),
                                            "device_name": "bench"})
    enrolled.raise_for_status()
    return enrolled.json()["device_id"], key


def run(url: str, records: int = 1000) -> dict[str, float]:
    key_file = Path(tempfile.mkdtemp(prefix="central-bench-key-")) / "log-signing-key.pem"
    _admin(url, "init", "--log-key-file", str(key_file))
    user_id = json.loads(_admin(url, "user", "add", "--name", "Bench", "--role", "counsellor", "--json"))["user_id"]
    port = _free_port()
    server = subprocess.Popen([CLI, "--database-url", url, "serve", "--port", str(port), "--log-level", "warning",
                               "--log-key-file", str(key_file)])
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/v1/health").status_code == 200:
                    break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        with httpx.Client(base_url=base, timeout=60) as http:
            writer, writer_key = _device(http, url, user_id)
            reader, reader_key = _device(http, url, user_id)
            client_id = str(uuid.uuid4())
            mutations = [_mutation(0, "client", client_id, client_id, {"id": client_id, "last_name": "Bench"})]
            for n in range(1, records):
                visit = str(uuid.uuid4())
                mutations.append(_mutation(n, "visit", visit, client_id, {
                    "id": visit, "client_id": client_id, "way": "home_visit", "status": "ended",
                    "starts_at": "2026-12-07T09:00:00+00:00", "notes": "Kotikäynti, asiakas kertoi arjestaan. " * 8}))
            sent = received = 0
            started = time.perf_counter()
            for start in range(0, records, 500):
                body = wire.compress(wire.dumps({"mutations": mutations[start:start + 500]}), "zstd")
                sent += len(body)
                response = http.post("/v1/push", content=body, auth=signing.SigningAuth(writer, writer_key),
                                     headers={"content-encoding": "zstd", "content-type": "application/json"})
                response.raise_for_status()
            pushed = time.perf_counter()
            cursor, pulled = "", 0
            while True:
                response = http.get("/v1/pull", params={"cursor": cursor, "limit": 1000},
                                    auth=signing.SigningAuth(reader, reader_key), headers={"accept-encoding": "zstd"})
                response.raise_for_status()
                received += response.num_bytes_downloaded
                page = response.json()
                pulled += len(page["changes"])
                cursor = page["cursor"]
                if not page["more"]:
                    break
            done = time.perf_counter()
        assert pulled == records, pulled
        return {"push_s": pushed - started, "pull_s": done - pushed, "total_s": done - started,
                "push_bytes": sent, "pull_bytes": received}
    finally:
        server.terminate()
        server.wait(timeout=30)


def _mutation(seq: int, entity: str, record_id: str, client_id: str, changed: dict) -> dict:
    return {"mutation_id": str(uuid.uuid4()), "device_seq": seq, "entity": entity, "record_id": record_id,
            "client_id": client_id, "op": "create", "base_rev": 0, "changed": changed,
            "author": {"user_id": "bench", "user_name": "Bench"}, "made_at": "2026-12-07T09:00:00+00:00",
            "schema_version": 1}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite:///{folder}/central.sqlite3"
        figures = run(url)
    print(f"push 1,000 records: {figures['push_s']:.2f} s ({figures['push_bytes'] / 1024:.0f} KiB sent)")
    print(f"pull 1,000 records: {figures['pull_s']:.2f} s ({figures['pull_bytes'] / 1024:.0f} KiB received)")
    print(f"total: {figures['total_s']:.2f} s (target ≤ 3 s)")


if __name__ == "__main__":
    main()
