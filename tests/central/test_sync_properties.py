"""Two laptops editing one client offline, pushing (sometimes twice) and pulling in any order,
against the real server: every acknowledged edit is on the server or in a conflict record, a
repeated push changes nothing, and once everything is pushed and pulled both laptops hold
exactly what the server holds."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test

from sopiva_desk.central.db import Database
from sopiva_desk.central.models import Conflict, Record
from sopiva_desk.protocol.entities import STAMPS, group_closure
from sopiva_desk.protocol.merge import merge_pulled
from tests.central.helpers import Laptop, add_user, enrol

FIELDS = ("phone", "last_name", "street_address", "postal_code", "post_office")
VALUES = st.sampled_from(["a", "b", "c"])


class _Side:
    def __init__(self, laptop: Laptop) -> None:
        self.laptop = laptop
        self.local: dict[str, Any] = {}
        self.rev = 0
        self.cursor = ""
        self.outbox: list[dict[str, Any]] = []


def _machine(http: TestClient, database: Database, a: Laptop, b: Laptop) -> type[RuleBasedStateMachine]:
    class TwoLaptops(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.sides = [_Side(a), _Side(b)]
            self.client_id, create = a.create_client()
            [created] = a.outcomes(create)
            assert created["outcome"] == "applied"
            # A fresh client per example; both laptops hold it (same user) and start from it: the
            # first as it made it (its own change is not sent back), the second by a pull.
            self.sides[0].local, self.sides[0].rev = dict(create["changed"]), created["revision"]
            for side in self.sides:
                side.cursor = ""
                self._pull(side)

        def _server(self) -> Record:
            with database.transaction() as session:
                record = session.get(Record, ("client", self.client_id))
                assert record is not None
                return record

        def _pull(self, side: _Side) -> None:
            changes, side.cursor = side.laptop.pull_all(side.cursor)
            for change in changes:
                if change["kind"] == "record" and change["record_id"] == self.client_id:
                    pending = {path for m in side.outbox for path in m["changed"]}
                    side.local = merge_pulled("client", side.local, change["data"], pending)
                    side.rev = change["revision"]

        @rule(who=st.integers(0, 1), field=st.sampled_from(FIELDS), value=VALUES)
        def edit(self, who: int, field: str, value: str) -> None:
            side = self.sides[who]
            if side.local.get(field) == value:
                return
            base = {path: side.local.get(path) for path in group_closure("client", {field})}
            side.local[field] = value
            side.outbox.append(side.laptop.mutation("client", self.client_id, self.client_id, {field: value},
                                                    base=base, base_rev=side.rev))

        @precondition(lambda self: any(side.outbox for side in self.sides))
        @rule(who=st.integers(0, 1), twice=st.booleans())
        def push_one(self, who: int, twice: bool) -> None:
            side = self.sides[who]
            if not side.outbox:
                return
            mutation = side.outbox[0]
            [outcome] = side.laptop.outcomes(mutation)
            assert outcome["outcome"] in ("applied", "merged", "conflict"), outcome
            side.outbox.pop(0)
            if outcome["outcome"] == "applied":  # taken as sent and not sent back: the laptop's copy is it
                side.rev = max(side.rev, outcome["revision"])
            server = self._server()
            for path, value in mutation["changed"].items():
                if server.data.get(path) == value:
                    continue
                assert outcome["outcome"] == "conflict", (path, value, server.data.get(path))
                with database.transaction() as session:
                    conflict = session.get(Conflict, outcome["conflict_id"])
                    assert conflict is not None and conflict.fields[path]["device"] == value
            if twice:  # the answer was lost: the laptop sends it again
                [again] = side.laptop.outcomes(mutation)
                assert again["already_applied"] is True
                after = self._server()
                assert (after.revision, after.data) == (server.revision, server.data)

        @rule(who=st.integers(0, 1))
        def pull(self, who: int) -> None:
            self._pull(self.sides[who])

        @invariant()
        def pending_edits_are_never_overwritten_by_a_pull(self) -> None:
            for side in self.sides:
                latest = {path: value for m in side.outbox for path, value in m["changed"].items()}
                for path, value in latest.items():
                    assert side.local.get(path) == value, path

        def teardown(self) -> None:
            for side in self.sides:
                while side.outbox:
                    self.push_one(self.sides.index(side), False)
            for side in self.sides:
                self._pull(side)
            server = {k: v for k, v in self._server().data.items() if k not in STAMPS}
            for side in self.sides:
                assert {k: v for k, v in side.local.items() if k not in STAMPS} == server

    return TwoLaptops


def test_two_laptops_converge_and_lose_nothing(http: TestClient, database: Database) -> None:
    user_id = add_user(database)
    a, b = enrol(http, database, user_id, "A"), enrol(http, database, user_id, "B")
    machine = _machine(http, database, a, b)
    run_state_machine_as_test(machine, settings=settings(max_examples=20, stateful_step_count=12, deadline=None,
                                                         suppress_health_check=list(HealthCheck)))
