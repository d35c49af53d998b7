"""Supported decision-making benchmarks: autosave of one option part and of one top-level field,
and opening a session, in a store holding 10,000 clients with two sessions each (a completed
one and a draft, content filled like real ones with six options)."""

from __future__ import annotations

import random
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.stats import summary_ms
from bench.store_bench import clients
from sopiva_desk.domain import decisions as rules
from sopiva_desk.services import demo
from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.store import keys
from sopiva_desk.store.models import DecisionSession

WORDS = "Asiakas kertoo omin sanoin, mitä hän haluaa ja mikä tuntuu hyvältä. "


def _content(rng: random.Random) -> dict[str, Any]:
    options = []
    for n in range(6):
        option = rules.new_option(str(uuid.uuid4()), f"Vaihtoehto {n + 1}", WORDS * 2, "1F3E0")
        option.update(tried=rng.random() < 0.5, reaction=rng.choice((*rules.REACTIONS, None)),
                      client_words=WORDS * rng.randint(1, 3))
        options.append(option)
    return {
        "topic": WORDS * 4, "topic_plain": WORDS, "parts": ["Missä asun", "Kenen kanssa", "Milloin muutan"],
        "participants": [{"name": "Liisa Virtanen", "role": "supporter", "relation": "sisko",
                          "chosen_by_client": True},
                         {"name": "Tulkki", "role": "interpreter", "relation": None, "chosen_by_client": False}],
        "methods": ["pictures", "three_point_sorting"], "aids": WORDS, "options": options,
        "decision": WORDS * 3, "how_will_found": WORDS * 3, "agreement": "agrees",
        "will_questions": [{"question": "Haluatko?", "answer": WORDS}] * 5,
        "differing_views": [{"who": "Äiti", "view": WORDS * 2}], "next_steps": WORDS * 2,
        "follow_up_on": "2027-01-15", "wellbeing": 4,
    }


def run(n_clients: int = 10_000, per_client: int = 2, samples: int = 300,
        progress: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="sopiva-bench-d-") as tmp:
        fast = keys.KdfParams(keys.MIN_MEMORY_KIB, keys.MIN_ITERATIONS, 1, b"\0" * 16)
        profiles = ProfileService(Path(tmp), kdf=fast)
        profile = profiles.create_profile("Bench", demo.DEMO_PASSPHRASE, demo.DEMO_PASSPHRASE)
        ws = profiles.unlock(profile.profile_id, demo.DEMO_PASSPHRASE)
        progress("filling the store")
        rows = clients(n_clients)
        client_ids: list[uuid.UUID] = []
        for start in range(0, len(rows), 1000):
            client_ids += ws.clients.create_clients(rows[start:start + 1000])
        rng = random.Random(13)
        now = datetime.now(UTC)
        for start in range(0, len(client_ids), 500):
            with ws.db.transaction() as session:
                for client_id in client_ids[start:start + 500]:
                    series = uuid.uuid4()
                    for version in range(1, per_client + 1):
                        last = version == per_client
                        session.add(DecisionSession(
                            id=uuid.uuid4(), client_id=client_id, series_id=series, version_no=version,
                            status="draft" if last else "completed", content=_content(rng),
                            amend_reason="Uusi tieto" if version > 1 else "", created_by="bench",
                            updated_by="bench", completed_at=None if last else now))
        progress("measuring")
        drafts = [s for cid in rng.sample(client_ids, 50) for s in ws.decisions.for_client(cid)
                  if s.status == "draft"]
        option_autosave, field_autosave, opening = [], [], []
        parts = ("title", "plain", "client_words")
        for i in range(samples):
            target = rng.choice(drafts)
            option_id = rng.choice(target.content["options"])["id"]
            t = time.perf_counter()
            ws.decisions.set_option_field(target.id, option_id, rng.choice(parts), f"Muutettu {i}")
            option_autosave.append(time.perf_counter() - t)
            t = time.perf_counter()
            ws.decisions.set_field(target.id, "decision", f"Muutettu päätös {i}")
            field_autosave.append(time.perf_counter() - t)
            t = time.perf_counter()
            ws.decisions.open(target.id)
            opening.append(time.perf_counter() - t)
        ws.close()
    return {"option_autosave": summary_ms(option_autosave), "field_autosave": summary_ms(field_autosave),
            "open": summary_ms(opening), "clients": n_clients, "sessions": n_clients * per_client}


if __name__ == "__main__":
    import json
    import sys

    quick = "--quick" in sys.argv
    print(json.dumps(run(n_clients=2000 if quick else 10_000, samples=100 if quick else 300,
                         progress=lambda step: print(f"  … {step}", file=sys.stderr, flush=True)), indent=2))
