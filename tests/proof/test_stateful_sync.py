"""Hypothesis drives two laptops (two counsellors sharing clients) and a real ``sopiva-central``
process through edits, syncs and faults: cut requests, answers lost after the server committed,
a laptop crashing mid-sync and reopening its store, copies and late originals of signed requests,
clients reassigned, the server killed and restarted, laptop clocks off by a little or a lot.

After every step: every value a laptop showed as saved is on the server, in that laptop's outbox
or in a conflict; a pending value still shows on its laptop; every mutation a laptop let go of
is stored on the server once, and no record was written more often than mutations reached it;
no client with unsent work was evicted. A quiet full sync (every client assigned to both) leaves
both laptops holding exactly what the server holds.

``make test`` runs a few short examples on SQLite; ``make proof`` many longer ones on SQLite and
PostgreSQL with ``HYPOTHESIS_PROFILE=explore`` (docs/sync-protocol.md, "Proof").
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test
from sqlalchemy import select

from sopiva_desk.domain.clients import new_temporary_id
from sopiva_desk.protocol.entities import STAMPS, paths_of
from sopiva_desk.services.sync.errors import ClockSkewError, ConnectionLostError
from sopiva_desk.store.models import Client, Visit
from tests.central.conftest import db_url, pg_cluster, pg_shared_url  # noqa: F401 - fixtures used here
from tests.proof.harness import (
    LONG,
    Crash,
    Key,
    Laptop,
    ServerProcess,
    record_writes,
    server_paths,
    server_records,
    server_revisions,
    settle,
    stored_mutations,
)

pytestmark = pytest.mark.slow

EXAMPLES, STEPS, RESTARTS = (60, 40, 2) if LONG else (5, 22, 1)
EXAMPLES = int(os.environ.get("SOPIVA_PROOF_EXAMPLES", EXAMPLES))
STEPS = int(os.environ.get("SOPIVA_PROOF_STEPS", STEPS))
CLIENT_EDITS = [("phone", "040 111 1111"), ("phone", "040 222 2222"), ("own_worker", "Eeva Esimerkki"),
                ("own_worker", "Liisa Laitinen"), ("communication_notes", "Puhun lyhyin lausein."),
                ("communication_notes", "Kuvat auttavat."), ("street_address", "Rantatie 5"),
                ("postal_code", "50100"), ("post_office", "Mikkeli")]
NOTES = ["Sovittiin seuraavasta käynnistä.", "Käytiin läpi arjen sujuminen.", ""]
FAULTS = [("cut_request", "POST /v1/push", 300), ("cut_request", "POST /v1/push", 900),
          ("cut_response", "POST /v1/push", 60), ("drop_response", "POST /v1/push", 0),
          ("cut_request", "GET /v1/pull", 40), ("cut_response", "GET /v1/pull", 200),
          ("drop_response", "GET /v1/pull", 0)]
CLOCKS = {"clock -3 h": -3 * 3600, "clock -15 min": -900, "clock +1 day": 86400, "clock -4 min": -240,
          "clock +30 s": 30, "clock +4 min": 240}
SYNCS = ["clean", "clean", "clean", *FAULTS, "crash /v1/push", "crash /v1/pull", *CLOCKS]
MISSING = object()
# A step costs tens of milliseconds of real syncing: shrinking a failure would take hours. The
# failing run's steps are printed whole instead.
NO_SHRINKING = (Phase.explicit, Phase.reuse, Phase.generate)
STATS: Counter[str] = Counter()


def _machine(server: ServerProcess, folder: Path) -> type[RuleBasedStateMachine]:
    class TwoCounsellors(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            STATS["examples"] += 1
            self.users = [server.add_user("Olli Ohjaaja"), server.add_user("Liisa Laitinen")]
            self.laptops = [Laptop(folder, f"a{STATS['examples']}", server, self.users[0]),
                            Laptop(folder, f"b{STATS['examples']}", server, self.users[1])]
            self.clients: list[uuid.UUID] = []
            # (laptop, entity, record id, path) -> the value that laptop last showed as saved
            self.saved: dict[tuple[int, str, str, str], Any] = {}
            self.restarts = 0
            self.quiet_syncs = 0

        # -- helpers ----------------------------------------------------------------------------

        def _local(self, who: int, model: type, pick: int) -> Any:
            with self.laptops[who].workspace.db.read() as session:
                rows = list(session.scalars(select(model).order_by(model.id)))
            return rows[pick % len(rows)] if rows else None

        def _saved(self, who: int, entity: str, record_id: uuid.UUID, values: dict[str, Any]) -> None:
            for path, value in paths_of(entity, values).items():
                self.saved[(who, entity, str(record_id), path)] = value

        def _server_clients(self) -> list[str]:
            known = server_records(server.database, [str(c) for c in self.clients])
            return sorted(record_id for entity, record_id in known if entity == "client")

        # -- edits through the services ---------------------------------------------------------

        @rule(who=st.integers(0, 1))
        def create_client(self, who: int) -> None:
            values = {"first_names": "Aino", "last_name": "Virtanen", "municipality_code": "623",
                      "language": "fi", "phone": "040 123 4567", "temporary_id": new_temporary_id()}
            client_id = self.laptops[who].workspace.clients.create_client(values)
            self.clients.append(client_id)
            self._saved(who, "client", client_id, {"last_name": "Virtanen", "phone": "040 123 4567"})

        @rule(who=st.integers(0, 1), pick=st.integers(0, 7), edit=st.sampled_from(CLIENT_EDITS))
        def edit_client(self, who: int, pick: int, edit: tuple[str, str]) -> None:
            client = self._local(who, Client, pick)
            if client is None:
                return
            field, value = edit
            self.laptops[who].workspace.clients.update_client_field(client.id, field, value)
            self._saved(who, "client", client.id, {field: value})

        @rule(who=st.integers(0, 1), pick=st.integers(0, 7), notes=st.sampled_from([None, *NOTES]))
        def visit_work(self, who: int, pick: int, notes: str | None) -> None:
            """A new visit (``notes`` None) or notes written on one the laptop holds."""
            workspace = self.laptops[who].workspace
            if notes is None:
                client = self._local(who, Client, pick)
                if client is not None:
                    visit = workspace.visits.start_visit(client.id, "home_visit", "Koti", another=True)
                    self._saved(who, "visit", visit.id, {"client_id": str(client.id), "place": "Koti"})
                return
            visit = self._local(who, Visit, pick)
            if visit is not None:
                workspace.visits.update_visit_field(visit.id, "notes", notes)
                self._saved(who, "visit", visit.id, {"notes": notes})

        # -- syncs, clean and faulty ------------------------------------------------------------

        @rule(how=st.sampled_from(SYNCS))
        def sync_first(self, how: Any) -> None:
            self._sync(0, how)

        @rule(how=st.sampled_from(SYNCS))
        def sync_second(self, how: Any) -> None:
            self._sync(1, how)

        def _sync(self, who: int, how: Any) -> None:
            laptop = self.laptops[who]
            STATS["syncs"] += 1
            if how == "clean":
                report = laptop.sync()
                assert all(r.get("reason") == "out_of_scope" for r in report.rejected), report.rejected
            elif isinstance(how, tuple):
                self._sync_through_fault(laptop, *how)
            elif how.startswith("crash"):
                self._crash_mid_sync(laptop, how.split()[1])
            else:
                self._sync_off_clock(laptop, CLOCKS[how])

        def _sync_through_fault(self, laptop: Laptop, kind: str, match: str, after: int) -> None:
            proxy = server.proxy
            armed = {"cut_request": proxy.cut_request, "cut_response": proxy.cut_response}.get(kind)
            hit = armed(match, after) if armed else proxy.drop_response(match)
            try:
                laptop.sync()
            except ConnectionLostError:
                assert hit.fired.is_set()
                STATS[f"fault {kind} {match}"] += 1
            else:
                assert not hit.fired.is_set()  # nothing to push, or a request shorter than the cut
                STATS["fault armed, not hit"] += 1
            finally:
                proxy.clear_faults()

        def _crash_mid_sync(self, laptop: Laptop, point: str) -> None:
            """The laptop dies the moment an answer arrived, before it wrote anything of it."""
            laptop.crash_after = point
            try:
                laptop.sync()
            except Crash:
                STATS[f"crash after {point} answer"] += 1
            laptop.crash_after = None
            laptop.crash_and_reopen()

        def _sync_off_clock(self, laptop: Laptop, seconds: int) -> None:
            laptop.clock_shift = dt.timedelta(seconds=seconds)
            try:
                if abs(seconds) > 300:  # the server allows 300 s either way
                    with pytest.raises(ClockSkewError):
                        laptop.sync()
                    STATS["clock far off: refused"] += 1
                else:
                    laptop.sync()
                    STATS["clock a little off: synced"] += 1
            finally:
                laptop.clock_shift = dt.timedelta(0)

        @rule(who=st.integers(0, 1))
        def crash_idle(self, who: int) -> None:
            self.laptops[who].crash_and_reopen()
            STATS["crash idle"] += 1

        @rule(who=st.integers(0, 1), back=st.integers(1, 6))
        def deliver_a_copy(self, who: int, back: int) -> None:
            """The network delivers a request a second time: the signature's nonce was used."""
            answered = [r for r in self.laptops[who].requests
                        if r.answered and ("/v1/push" in r.url or "/v1/pull" in r.url)]
            if not answered:
                return
            response = answered[-min(back, len(answered))].deliver()
            assert response.status_code == 401, response.text
            assert response.json()["error"] in ("replayed", "clock_skew"), response.text
            STATS["copies refused"] += 1

        @rule(who=st.integers(0, 1))
        def deliver_late(self, who: int) -> None:
            """A push the network held back arrives after all (its sync gave up long ago)."""
            laptop = self.laptops[who]
            held = [r for r in laptop.requests if not r.answered and r.mutations]
            if not held:
                return
            request = held[0]
            request.answered = True  # delivered once; a second delivery would be a copy
            response = request.deliver()
            if response.status_code == 401:  # it had reached the server before its answer was lost
                assert response.json()["error"] == "replayed", response.text
                STATS["late originals refused as copies"] += 1
                return
            assert response.status_code == 200, response.text
            for outcome in response.json()["outcomes"]:
                assert outcome["outcome"] != "rejected" or outcome["reason"] == "out_of_scope", outcome
            STATS["late originals applied"] += 1

        # -- the world around -------------------------------------------------------------------

        @rule(pick=st.integers(0, 7), user=st.integers(0, 1), assign=st.booleans())
        def reassign(self, pick: int, user: int, assign: bool) -> None:
            known = self._server_clients()
            if not known:
                return
            client_id = known[pick % len(known)]
            changed = (server.assign if assign else server.unassign)(client_id, self.users[user])
            STATS["assigned" if assign else "unassigned"] += int(changed)

        @precondition(lambda self: self.restarts < RESTARTS)
        @rule()
        def restart_server(self) -> None:
            server.restart()
            self.restarts += 1
            STATS["server killed and restarted"] += 1

        @precondition(lambda self: self.quiet_syncs < 2)
        @rule()
        def quiet_full_sync(self) -> None:
            self.quiet_syncs += 1
            for laptop in self.laptops:  # clients made offline reach the server first
                laptop.sync()
            for client_id in self._server_clients():
                for user_id in self.users:
                    server.assign(client_id, user_id)
            settle(self.laptops)
            self._everything_delivered()
            expected = server_records(server.database, [str(c) for c in self.clients])
            for laptop in self.laptops:
                assert laptop.records() == expected, laptop.name
            STATS["quiet full syncs compared"] += 1

        # -- invariants -------------------------------------------------------------------------

        def _everything_delivered(self) -> None:
            for laptop in self.laptops:
                assert not laptop.outbox(), laptop.name
            self.saved_values_are_kept()
            assert not self.saved, self.saved

        @invariant()
        def saved_values_are_kept(self) -> None:
            STATS["steps"] += 1
            outboxes = [laptop.outbox() for laptop in self.laptops]
            keys = {(entity, record_id) for _who, entity, record_id, _path in self.saved}
            records, conflicts = server_paths(server.database, keys)
            for (who, entity, record_id, path), value in list(self.saved.items()):
                key: Key = (entity, record_id)
                on_server = records.get(key, {}).get(path, MISSING)
                in_conflict = any(fields.get(path, {}).get("device", MISSING) == value
                                  for fields in conflicts.get(key, []))
                if on_server == value or in_conflict:
                    del self.saved[(who, entity, record_id, path)]  # delivered: later changes may follow
                    continue
                waiting = [row for row in outboxes[who] if (row.entity, str(row.record_id)) == key
                           and path in row.changed]
                assert waiting and waiting[-1].changed[path] == value, (
                    f"lost: laptop {who} saved {entity}.{path} = {value!r}; server has {on_server!r}, "
                    f"outbox {[row.changed.get(path) for row in waiting]}")

        @invariant()
        def pending_values_still_show(self) -> None:
            for laptop in self.laptops:
                local = laptop.records()
                latest: dict[tuple[Key, str], Any] = {}
                for row in laptop.outbox():
                    for path, value in row.changed.items():
                        latest[((row.entity, str(row.record_id)), path)] = value
                for (key, path), value in latest.items():
                    assert key in local, f"{laptop.name}: {key} has unsent work but is gone"
                    if path not in STAMPS:
                        assert local[key].get(path, MISSING) == value, (laptop.name, key, path)

        @invariant()
        def each_mutation_once(self) -> None:
            touched: dict[Key, set[str]] = {}
            for laptop in self.laptops:
                still = {str(row.mutation_id) for row in laptop.outbox()}
                gone = [m for m in laptop.sent_mutations if m not in still]
                stored = stored_mutations(server.database, gone)
                for mutation_id in gone:
                    # The laptop let go of it only on an answer the server had stored.
                    assert mutation_id in stored, (laptop.name, mutation_id)
                    assert stored[mutation_id].device_id == laptop.device_id
                for mutation_id, row in stored_mutations(server.database, laptop.sent_mutations).items():
                    if row.outcome["outcome"] != "rejected":
                        touched.setdefault(laptop.sent_mutations[mutation_id], set()).add(mutation_id)
            writes = record_writes(server.database, touched)
            revisions = server_revisions(server.database, touched)
            for key, mutations in touched.items():
                # One change-log write per mutation that changed or conflicted: a mutation applied
                # twice would write twice (and raise the revision twice).
                assert writes.get(key, 0) <= len(mutations), (key, writes.get(key), len(mutations))
                assert revisions.get(key, 0) <= len(mutations), (key, revisions.get(key), len(mutations))

        def teardown(self) -> None:
            try:
                self.quiet_syncs = 0
                self.quiet_full_sync()
            finally:
                for laptop in self.laptops:
                    laptop.close()

    return TwoCounsellors


def test_two_laptops_and_a_server_under_faults_lose_nothing(db_url: str, tmp_path: Path) -> None:  # noqa: F811
    server = ServerProcess(db_url, tmp_path)
    STATS.clear()
    try:
        run_state_machine_as_test(_machine(server, tmp_path), settings=settings(
            max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None, phases=NO_SHRINKING,
            suppress_health_check=list(HealthCheck)))
    finally:
        server.stop()
        print(f"\nstateful sync proof ({db_url.split(':')[0]}): {dict(sorted(STATS.items()))}")
    assert STATS["examples"] >= 1 and STATS["quiet full syncs compared"] >= STATS["examples"]
