"""A test laptop that talks to the central server: enrols, signs, pushes, pulls."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx

from sopiva_desk.central import admin, devices
from sopiva_desk.central.db import Database
from sopiva_desk.protocol import signing

NOW = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)


def add_user(database: Database, name: str = "Ohjaaja Olli", role: str = "counsellor",
             unit: str | None = None) -> str:
    with database.transaction() as session:
        return admin.add_user(session, name, role, unit).id


def issue_code(database: Database, user_id: str, minutes: int = 15) -> str:
    with database.transaction() as session:
        return devices.issue_code(session, user_id, dt.timedelta(minutes=minutes))[0]


@dataclass
class Laptop:
    http: httpx.Client
    device_id: str
    user_id: str
    key: Any
    seq: int = 0
    revisions: dict[tuple[str, str], int] = field(default_factory=dict)

    @property
    def auth(self) -> signing.SigningAuth:
        return signing.SigningAuth(self.device_id, self.key)

    def get(self, path: str, **params: Any) -> httpx.Response:
        return self.http.get(path, params=params or None, auth=self.auth)

    def post(self, path: str, document: Any, **kwargs: Any) -> httpx.Response:
        return self.http.post(path, json=document, auth=self.auth, **kwargs)

    def push(self, *mutations: dict[str, Any]) -> httpx.Response:
        return self.post("/v1/push", {"mutations": list(mutations)})

    def outcomes(self, *mutations: dict[str, Any]) -> list[dict[str, Any]]:
        response = self.push(*mutations)
        assert response.status_code == 200, response.text
        outcomes = response.json()["outcomes"]
        sent = {str(m["mutation_id"]): m for m in mutations}
        for outcome in outcomes:
            mutation = sent.get(outcome["mutation_id"])
            if mutation is not None and outcome["outcome"] == "applied":  # as the laptop engine: not sent back
                key = (mutation["entity"], str(mutation["record_id"]))
                self.revisions[key] = max(self.revisions.get(key, 0), outcome["revision"])
        return outcomes

    def pull_all(self, cursor: str = "", limit: int = 1000) -> tuple[list[dict[str, Any]], str]:
        changes: list[dict[str, Any]] = []
        while True:
            response = self.get("/v1/pull", cursor=cursor, limit=limit)
            assert response.status_code == 200, response.text
            page = response.json()
            changes.extend(page["changes"])
            cursor = page["cursor"]
            for change in page["changes"]:
                if change["kind"] == "record":
                    self.revisions[(change["entity"], change["record_id"])] = change["revision"]
            if not page["more"]:
                return changes, cursor

    def mutation(self, entity: str, record_id: str, client_id: str | None, changed: dict[str, Any], *,
                 op: str = "update", base: dict[str, Any] | None = None, base_rev: int | None = None,
                 mutation_id: str | None = None) -> dict[str, Any]:
        self.seq += 1
        return {
            "mutation_id": mutation_id or str(uuid.uuid4()), "device_seq": self.seq, "entity": entity,
            "record_id": record_id, "client_id": client_id, "op": op,
            "base_rev": (0 if op == "create" else self.revisions.get((entity, record_id), 0))
            if base_rev is None else base_rev,
            "changed": changed, **({"base": base} if base is not None else {}),
            "author": {"user_id": self.user_id, "user_name": "Test"}, "made_at": NOW.isoformat(),
            "schema_version": 1,
        }

    def create_client(self, client_id: str | None = None, **values: Any) -> tuple[str, dict[str, Any]]:
        client_id = client_id or str(uuid.uuid4())
        data = client_data(client_id, **values)
        return client_id, self.mutation("client", client_id, client_id, data, op="create")


def client_data(client_id: str, **values: Any) -> dict[str, Any]:
    data = {"id": client_id, "first_names": "Aino", "last_name": "Virta", "hetu": None, "temporary_id": "T-1",
            "birth_date": "1990-01-02", "language": "fi", "other_language": "", "municipality_code": "091",
            "street_address": "Kuja 1", "postal_code": "00100", "post_office": "Helsinki", "phone": "040 1",
            "communication_methods": ["speech"], "communication_notes": "", "own_worker": "", "status": "new",
            "created_at": NOW.isoformat(), "created_by": "u", "updated_at": NOW.isoformat(), "updated_by": "u",
            "deleted_at": None, "deleted_by": None}
    data.update(values)
    return data


def enrol(http: httpx.Client, database: Database, user_id: str | None = None, name: str = "Laptop") -> Laptop:
    user_id = user_id or add_user(database)
    key = signing.generate_private_key()
    response = http.post("/v1/enrol", json={"code": issue_code(database, user_id),
                                            "public_key": signing.public_key_b64(key),
                                            "device_name": name, "app_version": "test", "schema_version": 1})
    assert response.status_code == 201, response.text
    return Laptop(http=http, device_id=response.json()["device_id"], user_id=user_id, key=key)
