"""Supported decision-making benchmarks: autosave of one option part and of one top-level field,
and opening a session, in a store holding 10,000 clients with two sessions each (a completed
one and a draft, content filled like real ones with six options)."""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from bench.fixtures import bench_workspace, fill_clients, insert_per_client
from bench.stats import summary_ms
from sopiva_desk.domain import decisions as rules
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
        "participants": [{"name": "Liisa Virtanen", "role": "supporter", "relation": "sisko"},
                         {"name": "Tulkki", "role": "interpreter", "relation": None}],
        "methods": ["pictures", "three_point_sorting"], "aids": WORDS, "options": options,
        "decision": WORDS * 3, "how_will_found": WORDS * 3, "agreement": "agrees",
        "will_questions": [{"question": "Haluatko?", "answer": WORDS}] * 5,
        "differing_views": [{"who": "Äiti", "view": WORDS * 2}], "next_steps": WORDS * 2,
        "follow_up_on": "2027-01-15", "wellbeing": 4,
    }


def run(n_clients: int = 10_000, per_client: int = 2, samples: int = 300,
        progress: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    with bench_workspace("sopiva-bench-d-") as ws:
        progress("filling the store")
        client_ids = fill_clients(ws, n_clients)
        rng = random.Random(13)
        now = datetime.now(UTC)

        def sessions(client_id: uuid.UUID) -> list[DecisionSession]:
            series = uuid.uuid4()
            return [DecisionSession(id=uuid.uuid4(), client_id=client_id, series_id=series, version_no=version,
                                    status="draft" if version == per_client else "completed",
                                    content=_content(rng), amend_reason="Uusi tieto" if version > 1 else "",
                                    created_by="bench", updated_by="bench",
                                    completed_at=None if version == per_client else now)
                    for version in range(1, per_client + 1)]

        insert_per_client(ws, client_ids, sessions)
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
    return {"option_autosave": summary_ms(option_autosave), "field_autosave": summary_ms(field_autosave),
            "open": summary_ms(opening), "clients": n_clients, "sessions": n_clients * per_client}


if __name__ == "__main__":
    import json
    import sys

    quick = "--quick" in sys.argv
    print(json.dumps(run(n_clients=2000 if quick else 10_000, samples=100 if quick else 300,
                         progress=lambda step: print(f"  … {step}", file=sys.stderr, flush=True)), indent=2))
