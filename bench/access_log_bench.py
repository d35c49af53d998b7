"""The access log's signed head and check: what signing adds to an autosave, and how long the
full check takes for a large log (docs/security.md, "Tamper-evident access log").

    .venv/bin/python -m bench.access_log_bench [--entries 50000]

Autosave: ``update_client_field`` (one transaction, one access-log entry), with the head signed
(store copy in the transaction, the file after the commit on the writer thread) and without (the signer detached), in
interleaved pairs; min / median / max and the median of the pair differences. The head file is
written on its own thread; the bench waits for it between saves (untimed), as autosaves come
seconds apart.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from bench.stats import summary_ms
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.store import access_head, keys
from sopiva_desk.store.files import atomic_write_json
from sopiva_desk.store.repositories import access_log

FAST_KDF = keys.KdfParams(keys.MIN_MEMORY_KIB, keys.MIN_ITERATIONS, 1, b"\0" * 16)
PASSPHRASE = "kettle lake autumn train"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=200)
    parser.add_argument("--entries", type=int, default=50000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        service = ProfileService(Path(tmp), kdf=FAST_KDF)
        profile = service.create_profile("Bench", PASSPHRASE, PASSPHRASE)
        ws = service.unlock(profile.profile_id, PASSPHRASE)
        client = ws.clients.create_client({"first_names": "Aino", "last_name": "Ketju", "hetu": "131052-308T",
                                           "municipality_code": "491"})
        folder = ws._opened.profile.folder
        signed: list[float] = []
        unsigned: list[float] = []
        signer = access_head._SIGNERS[ws.db.engine]
        for n in range(args.pairs):
            for with_head in ((True, False) if n % 2 else (False, True)):
                if with_head:
                    access_head._SIGNERS[ws.db.engine] = signer
                else:
                    access_head.detach(ws.db.engine)
                started = time.perf_counter()
                ws.clients.update_client_field(client, "phone", f"040 {n:07d}")
                (signed if with_head else unsigned).append(time.perf_counter() - started)
                # Autosaves come seconds apart: the writer thread is done before the next one.
                access_head.head_files.flush(folder)
        access_head._SIGNERS[ws.db.engine] = signer
        file_write = []
        access_head.head_files.flush(folder)
        head = json.loads((folder / access_head.HEAD_FILE).read_text())
        for _ in range(50):  # what the writer thread does per head, off the store lane
            started = time.perf_counter()
            atomic_write_json(folder / access_head.HEAD_FILE, head, durable=False)
            file_write.append(time.perf_counter() - started)
        with ws.db.transaction() as session:
            for _ in range(args.entries):
                access_log.record(session, user_id="b", user_name="Bench", purpose="client_work", action="view",
                                  record_type="client", client_id=client, fields=("last_name",))
        checks = []
        for _ in range(3):
            started = time.perf_counter()
            result = ws.check_access_log()
            checks.append(time.perf_counter() - started)
        assert not result.findings, result.findings
        ws.close()
        diffs = [(s - u) * 1000 for s, u in zip(signed, unsigned, strict=True)]
        print(json.dumps({
            "autosave_signed_ms": summary_ms(signed), "autosave_unsigned_ms": summary_ms(unsigned),
            "signing_adds_ms_median": round(statistics.median(diffs), 3),
            "head_file_write_ms": summary_ms(file_write),
            "check_entries": result.entries, "check_s": [round(c, 2) for c in checks],
        }, indent=1))


if __name__ == "__main__":
    main()
