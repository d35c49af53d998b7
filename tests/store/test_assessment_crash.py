"""Assessment autosave across a simulated crash: drafts survive a SIGKILL and a restart.

A child process opens the profile's store with its data key, builds the app's ``Workspace``
over it and autosaves answers field by field through ``AssessmentService.answer``. It
announces each save (``try``) before the call and acknowledges it (``ack``) after the call
returns. The parent kills it at random moments, then reopens the store through the service
layer and replays the announced saves: every acknowledged save must be there, the one save
in flight at the kill may or may not be, and the answers, the field-level history, the
revision counter and the access log must all agree on which of the two happened.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from sopiva_desk.services.profiles import ProfileService
from sopiva_desk.services.templates import TemplateLibrary
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.models import AccessLogEntry, Assessment
from sopiva_desk.store.profiles import ProfileDirectory

PASSPHRASE = "kettle lake autumn train"
TEMPLATE_ID = "vammaispalvelut-pta"
ROUNDS = int(os.environ.get("SOPIVA_ASSESSMENT_CRASH_ROUNDS", "6"))
CHILD = Path(__file__).resolve().parent.parent / "helpers" / "assessment_crash_child.py"
ENV = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))

Change = tuple[str, Any, Any]  # field key, old value, new value


@dataclass
class Draft:
    """What the store must hold, replayed from the child's announced saves."""

    answers: dict[str, Any] = field(default_factory=dict)
    history: list[Change] = field(default_factory=list)

    def after(self, saves: list[tuple[str, Any]]) -> Draft:
        """The same rules as ``AssessmentService.answer``: a change row only when the value changes."""
        answers, history = dict(self.answers), list(self.history)
        for key, value in saves:
            old = answers.get(key)
            if old != value:
                history.append((key, old, value))
                if value is None:
                    answers.pop(key, None)
                else:
                    answers[key] = value
        return Draft(answers, history)


@dataclass
class ChildRun:
    saves: list[tuple[int, str, Any]]  # announced: counter, key, value
    acks: dict[int, int]  # counter -> revision the save returned


@dataclass
class Setup:
    profile_id: str
    key: bytes  # the raw data key: the children and the round checks skip the passphrase KDF
    client_id: uuid.UUID
    assessment_id: uuid.UUID


def create_draft(profile_service: ProfileService, client_values: dict[str, object]) -> Setup:
    profile = profile_service.create_profile("Kaatuja", PASSPHRASE, PASSPHRASE)
    ws = profile_service.unlock(profile.profile_id, PASSPHRASE)
    try:
        key = bytes(ws._opened.data_key)  # noqa: SLF001 - the child needs the raw key
        client_id = ws.clients.create_client(client_values)
        draft = ws.assessments.start(client_id, TEMPLATE_ID)
    finally:
        ws.close()
    assert draft.status == "draft" and draft.answers == {}
    return Setup(profile.profile_id, key, client_id, draft.id)


def reopen(data_dir: Path, setup: Setup) -> Workspace:
    """What ``ProfileService.unlock`` does once the KDF has produced the key: open the store,
    check its identity, bring the schema up to date, build the services."""
    profiles = ProfileDirectory(data_dir)
    opened = profiles.open_with_key(profiles.get(setup.profile_id), bytearray(setup.key))
    return Workspace(opened, TemplateLibrary.with_county_folder(data_dir))


@dataclass
class Child:
    proc: subprocess.Popen[str]
    out: list[str] = field(default_factory=list)
    reader: threading.Thread | None = None


def spawn(seed: int, first_counter: int, stop_after: int | None = None) -> Child:
    """Start a child early: it imports (about a second) and then waits for its parameters."""
    argv = [sys.executable, str(CHILD), str(seed), str(first_counter)]
    if stop_after is not None:
        argv.append(str(stop_after))
    return Child(subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  env=ENV, text=True, encoding="utf-8"))


def send_parameters(child: Child, data_dir: Path, setup: Setup) -> None:
    """Let the child open the store (the key goes through the pipe); returns once it is writing."""
    stdin, stdout = child.proc.stdin, child.proc.stdout
    assert stdin is not None and stdout is not None
    params = {"data_dir": str(data_dir), "profile_id": setup.profile_id,
              "assessment_id": str(setup.assessment_id), "key": setup.key.hex()}
    stdin.write(json.dumps(params) + "\n")
    stdin.flush()
    line = stdout.readline()
    if line.strip() != "ready":
        child.proc.kill()
        _, err = finish(child)
        pytest.fail(f"child did not start: {line!r}\n{err}")
    # Drain its output meanwhile: a full pipe would stall the child in print() instead of saving.
    child.reader = threading.Thread(target=lambda: child.out.append(stdout.read()), daemon=True)
    child.reader.start()


def finish(child: Child) -> tuple[str, str]:
    """The rest of the child's output. Not ``communicate()``: it reads the pipe's file
    descriptor directly and would drop lines already buffered by the ``readline`` for "ready"."""
    proc = child.proc
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    proc.stdin.close()
    if child.reader is not None:
        child.reader.join()
    else:
        child.out.append(proc.stdout.read())
    err = proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    proc.wait()
    return "".join(child.out), err


def kill(child: Child) -> str:
    child.proc.send_signal(signal.SIGKILL)
    out, err = finish(child)
    assert child.proc.returncode == -signal.SIGKILL, f"child ended on its own ({child.proc.returncode}):\n{err}"
    return out


def parse(out: str) -> ChildRun:
    saves: list[tuple[int, str, Any]] = []
    acks: dict[int, int] = {}
    lines = out.splitlines()
    for n, line in enumerate(lines):
        word, _, rest = line.partition(" ")
        try:
            if word == "try":
                counter, key, value = rest.split(" ", 2)
                saves.append((int(counter), key, json.loads(value)))
            elif word == "ack":
                counter, revision = rest.split(" ")
                acks[int(counter)] = int(revision)
            elif word != "closed":
                raise ValueError(line)
        except ValueError:
            # Lines are single small pipe writes, so a cut line can only be the last one.
            assert n == len(lines) - 1, f"garbled child output: {line!r}"
    # The child saves one at a time: all but the last announced save must be acknowledged.
    announced = [c for c, _, _ in saves]
    assert sorted(acks) == announced[:len(acks)] and len(announced) - len(acks) <= 1, (announced, acks)
    return ChildRun(saves, acks)


def check_store(ws: Workspace, setup: Setup) -> tuple[dict[str, Any], list[Change], int]:
    """Integrity, draft status, history chained per field; returns answers, history, revision."""
    with ws.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("PRAGMA cipher_integrity_check").all() == []
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    view = ws.assessments.open(setup.assessment_id)
    assert (view.status, view.completed_at, view.version_no) == ("draft", None, 1)
    assert [a.id for a in ws.assessments.for_client(setup.client_id)] == [setup.assessment_id]
    history: list[Change] = [(c.field_key, c.old_value, c.new_value) for c in ws.assessments.history(view.id)]
    # Each field's changes chain old -> new from "unanswered" to the stored answer, never a no-op.
    last: dict[str, Any] = {}
    for key, old, new in history:
        assert old == last.get(key) and old != new, f"history of {key} is broken at {old!r} -> {new!r}"
        last[key] = new
    assert {k: v for k, v in last.items() if v is not None} == view.answers
    # Every change bumped the row's revision once and wrote one access-log entry naming the field.
    with ws.db.read() as session:
        logged = session.scalars(
            select(AccessLogEntry)
            .where(AccessLogEntry.record_id == setup.assessment_id, AccessLogEntry.action == "update")
            .order_by(AccessLogEntry.seq)).all()
    assert [list(e.fields) for e in logged] == [[key] for key, _, _ in history]
    return view.answers, history, revision_of(ws, setup.assessment_id)


def revision_of(ws: Workspace, assessment_id: uuid.UUID) -> int:
    with ws.db.read() as session:
        found = session.get(Assessment, assessment_id)
        assert found is not None
        return found.revision


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_autosave_keeps_every_acknowledged_answer(
    profile_service: ProfileService, data_dir: Path, client_values: dict[str, object],
) -> None:
    rng = random.Random(20261123)
    # Each child takes about a second of CPU to import, so two wait ready ahead of the one writing.
    children = [spawn(seed=n, first_counter=n * 100_000) for n in range(min(2, ROUNDS))]
    expected = Draft()
    revision = 1
    acknowledged = killed_mid_save = in_flight_kept = 0
    try:
        setup = create_draft(profile_service, client_values)
        for round_no in range(ROUNDS):
            child = children[round_no]
            send_parameters(child, data_dir, setup)
            if len(children) < ROUNDS:
                # Waiting children only import: they touch the store once they get their
                # parameters, after this round is checked and the parent has closed the store.
                children.append(spawn(seed=len(children), first_counter=len(children) * 100_000))
            time.sleep(rng.uniform(0.02, 0.3))
            run = parse(kill(child))

            acked = [(key, value) for counter, key, value in run.saves if counter in run.acks]
            in_flight = [(key, value) for counter, key, value in run.saves if counter not in run.acks]
            without, with_ = expected.after(acked), expected.after(acked + in_flight)
            ws = reopen(data_dir, setup)
            try:
                answers, history, stored_revision = check_store(ws, setup)
            finally:
                ws.close()
            stored = Draft(answers, history)
            # Every acknowledged save is there with its history; the one in flight is all or nothing.
            assert stored in (without, with_), "an acknowledged answer or its history was lost or torn"
            killed_mid_save += bool(in_flight)
            in_flight_kept += bool(in_flight) and stored == with_ != without
            assert stored_revision == 1 + len(history) >= max([revision, *run.acks.values()])
            expected, revision = stored, stored_revision
            acknowledged += len(run.acks)
    finally:
        for child in children:
            if child.proc.poll() is None:
                child.proc.kill()
                finish(child)
    assert acknowledged >= ROUNDS, "the child hardly saved anything: the test proves little"
    assert killed_mid_save >= 1, "no kill landed between a save's call and its return"
    assert len(expected.answers) >= 5, expected.answers
    print(f"{acknowledged} acknowledged saves, {killed_mid_save} kills during a save "
          f"({in_flight_kept} of those saves kept), "
          f"{len(expected.history)} changes")


@pytest.mark.slow
def test_draft_survives_a_clean_restart(
    profile_service: ProfileService, data_dir: Path, client_values: dict[str, object],
) -> None:
    child = spawn(seed=7, first_counter=0, stop_after=60)
    try:
        setup = create_draft(profile_service, client_values)
        send_parameters(child, data_dir, setup)
        out, err = finish(child)
    finally:
        if child.proc.poll() is None:
            child.proc.kill()
            finish(child)
    assert child.proc.returncode == 0, err
    assert out.rstrip().endswith("closed")
    run = parse(out)
    assert len(run.saves) == len(run.acks) == 60
    expected = Draft().after([(key, value) for _, key, value in run.saves])

    # A new process would start from scratch: a fresh ProfileService over the same folder.
    restarted = ProfileService(data_dir)
    ws = restarted.unlock(setup.profile_id, PASSPHRASE)
    try:
        answers, history, revision = check_store(ws, setup)
        assert Draft(answers, history) == expected
        assert revision == max(run.acks.values()) == 1 + len(history)
        # Autosave carries on after the restart, on top of what was there.
        key = "conclusions.own_worker_name"
        ws.assessments.answer(setup.assessment_id, key, "Uusi Työntekijä")
    finally:
        ws.close()
    ws = reopen(data_dir, setup)
    try:
        answers, history, _ = check_store(ws, setup)
    finally:
        ws.close()
    assert answers == {**expected.answers, key: "Uusi Työntekijä"}
    assert history[:-1] == expected.history and history[-1] == (key, expected.answers.get(key), "Uusi Työntekijä")
