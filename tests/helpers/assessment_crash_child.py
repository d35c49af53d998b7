"""Child process for the assessment crash test: autosaves answers through the real service.

    assessment_crash_child.py <seed> <first counter> [<saves before a clean exit>]

Imports first (the parent starts it early, so this overlaps other work), then reads one JSON
line from stdin: data dir, profile id, assessment id and the raw data key in hex (secrets
never go on the command line or on disk). Like crash_child.py it skips the passphrase KDF and
opens the store with the key, then builds the app's ``Workspace`` over it and opens the
draft. Every save is announced before the call and acknowledged after it returns; a save is
durable once acknowledged:

    try <counter> <field key> <value as JSON>
    ack <counter> <revision>

Without a save count it writes until killed; with one it locks the workspace, prints
``closed`` and exits normally (a clean "restart").
"""

from __future__ import annotations

import json
import random
import sys
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sopiva_desk.domain import templates as rules
from sopiva_desk.services.templates import TemplateLibrary
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.engine import open_engine
from sopiva_desk.store.profiles import OpenedStore, ProfileDirectory

TEMPLATE_ID = "vammaispalvelut-pta"
# A mix of every answer type the template uses, across sections.
FIELDS = (
    "initiation.method", "initiation.reasons", "initiation.date", "conduct.way",
    "conduct.communication_support", "housing.support_need", "housing.functioning", "housing.client_view",
    "mobility.support_need", "conclusions.plan_made", "conclusions.own_worker_name",
)


def raw_value(spec: rules.Field, counter: int, rng: random.Random) -> Any:
    if rng.random() < 0.07:
        return ""  # the user empties the field: stored as unanswered
    if spec.type == "short_text":
        return f"Työntekijä {counter}"
    if spec.type == "long_text":
        return f"Merkintä {counter}: " + "äö " * ((counter * 37) % 1500) + "loppu"  # up to ~4.5 kB
    if spec.type in ("single_choice", "scale"):
        return rng.choice(spec.option_values())
    if spec.type == "multiple_choice":
        return rng.sample(spec.option_values(), rng.randint(0, 3))
    if spec.type == "yes_no":
        return rng.random() < 0.5
    if spec.type == "date":
        return (date(2026, 1, 1) + timedelta(days=counter % 400)).isoformat()
    raise AssertionError(f"no test values for {spec.type}")


def main() -> None:
    seed, counter = int(sys.argv[1]), int(sys.argv[2])
    stop_after = int(sys.argv[3]) if len(sys.argv) > 3 else None
    params = json.loads(sys.stdin.readline())
    data_dir = Path(params["data_dir"])
    info = ProfileDirectory(data_dir).get(params["profile_id"])
    key = bytearray(bytes.fromhex(params["key"]))
    ws = Workspace(OpenedStore(info, open_engine(info.store_path, key), key),
                   TemplateLibrary.with_county_folder(data_dir))
    service = ws.assessments
    draft = service.open(uuid.UUID(params["assessment_id"]))
    template = service.template_for(draft)
    assert draft.template_id == TEMPLATE_ID and draft.status == "draft", draft
    rng = random.Random(seed)
    print("ready", flush=True)
    saves = 0
    while stop_after is None or saves < stop_after:
        key = rng.choice(FIELDS)
        spec = template.fields[key]
        value = rules.clean_answer(spec, raw_value(spec, counter, rng))
        print(f"try {counter} {key} {json.dumps(value, ensure_ascii=False)}", flush=True)
        saved = service.answer(draft.id, key, value)
        assert saved.value == value, (saved.value, value)
        print(f"ack {counter} {saved.revision}", flush=True)
        counter += 1
        saves += 1
    ws.close()
    print("closed", flush=True)


if __name__ == "__main__":
    main()
