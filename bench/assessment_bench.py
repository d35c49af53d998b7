"""Assessment benchmarks: autosave of one answer and opening an assessment, in a store holding
10,000 clients and 30,000 assessments (three per client, answers filled like real ones)."""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from bench.fixtures import bench_workspace, fill_clients, insert_per_client
from bench.stats import summary_ms
from sopiva_desk.domain.templates import Template
from sopiva_desk.store.models import Assessment

TEMPLATE_ID = "vammaispalvelut-pta"


def _answers(template: Template, rng: random.Random) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for key, field in template.fields.items():
        if field.type in ("short_text", "long_text"):
            answers[key] = "Asiakas kertoo omin sanoin, miten arki sujuu ja mitä tukea tarvitaan. " * rng.randint(1, 4)
        elif field.type in ("single_choice", "scale"):
            answers[key] = rng.choice(field.option_values())
        elif field.type == "multiple_choice":
            answers[key] = list(field.option_values()[:2])
        elif field.type == "yes_no":
            answers[key] = True
        elif field.type == "date":
            answers[key] = "2026-11-22"
    return answers


def run(n_clients: int = 10_000, per_client: int = 3, samples: int = 300,
        progress: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    with bench_workspace("sopiva-bench-a-") as ws:
        template = ws.templates.latest(TEMPLATE_ID)
        assert template is not None
        progress("filling the store")
        client_ids = fill_clients(ws, n_clients)
        rng = random.Random(11)
        now = datetime.now(UTC)

        def assessments(client_id: uuid.UUID) -> list[Assessment]:
            series = uuid.uuid4()
            return [Assessment(id=uuid.uuid4(), client_id=client_id, series_id=series, version_no=version,
                               template_id=template.id, template_version=template.version,
                               status="completed" if version < per_client else "draft",
                               answers=_answers(template, rng), created_by="bench", updated_by="bench",
                               completed_at=now if version < per_client else None)
                    for version in range(1, per_client + 1)]

        insert_per_client(ws, client_ids, assessments)
        progress("measuring")
        drafts = [a.id for cid in rng.sample(client_ids, 50) for a in ws.assessments.for_client(cid)
                  if a.status == "draft"]
        text_keys = [k for k, f in template.fields.items() if f.type == "long_text"]
        autosave, opening = [], []
        for i in range(samples):
            target = rng.choice(drafts)
            t = time.perf_counter()
            ws.assessments.answer(target, rng.choice(text_keys), f"Muutettu vastaus {i}")
            autosave.append(time.perf_counter() - t)
            t = time.perf_counter()
            view = ws.assessments.open(target)
            ws.assessments.template_for(view)
            opening.append(time.perf_counter() - t)
    return {"autosave": summary_ms(autosave), "open": summary_ms(opening), "clients": n_clients,
            "assessments": n_clients * per_client, "fields": len(template.fields)}
