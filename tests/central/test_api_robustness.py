"""Every error is a clear 4xx JSON body: size limits, codings, malformed input, unknown routes;
the served schema is the checked-in one; schemathesis fuzzes every operation and finds no 5xx."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from starlette.requests import Request

from sopiva_desk.central.app import create_app, openapi_document
from sopiva_desk.central.db import Database
from sopiva_desk.protocol import signing, wire
from tests.central.helpers import Laptop, enrol

ROOT = Path(__file__).resolve().parents[2]


def test_the_checked_in_openapi_schema_is_up_to_date() -> None:
    checked_in = json.loads((ROOT / "docs" / "central-openapi.json").read_text(encoding="utf-8"))
    assert checked_in == json.loads(json.dumps(openapi_document())), \
        "regenerate: .venv/bin/sopiva-central openapi > docs/central-openapi.json"


def test_the_schema_and_health_are_served_unsigned(http: TestClient) -> None:
    assert http.get("/openapi.json").json()["paths"].keys() >= {"/v1/push", "/v1/pull", "/v1/enrol"}
    health = http.get("/v1/health").json()
    assert health["status"] == "ok" and "server_time" in health


def test_an_unknown_route_is_a_json_404(http: TestClient) -> None:
    response = http.get("/v2/nothing")
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"
    assert http.delete("/v1/push").json()["error"] == "method_not_allowed"


def test_a_body_over_the_limit_is_too_large(http: TestClient, database: Database) -> None:
    laptop = enrol(http, database)
    response = http.post("/v1/push", content=b" " * (wire.MAX_BODY_BYTES + 1), auth=laptop.auth)
    assert response.status_code == 413
    assert response.json()["error"] == "too_large"


def test_a_small_body_that_decodes_past_the_limit_is_too_large(http: TestClient, database: Database) -> None:
    laptop = enrol(http, database)
    bomb = wire.compress(b" " * (wire.MAX_DECODED_BYTES + 1), "zstd")
    assert len(bomb) < 100_000
    response = http.post("/v1/push", content=bomb, headers={"content-encoding": "zstd"}, auth=laptop.auth)
    assert response.status_code == 413


def test_an_unknown_coding_is_refused(http: TestClient, database: Database) -> None:
    laptop = enrol(http, database)
    response = http.post("/v1/push", content=b"{}", headers={"content-encoding": "br"}, auth=laptop.auth)
    assert response.status_code == 415
    assert response.json()["supported"] == ["zstd", "gzip"]


@pytest.mark.parametrize("encoding", ["zstd", "gzip"])
def test_compressed_requests_and_answers(http: TestClient, database: Database, encoding: str) -> None:
    laptop = enrol(http, database)
    client_id, create = laptop.create_client()
    body = wire.compress(wire.dumps({"mutations": [create]}), encoding)
    response = http.post("/v1/push", content=body, auth=laptop.auth,
                         headers={"content-encoding": encoding, "content-type": "application/json"})
    assert response.status_code == 200, response.text
    assert response.json()["outcomes"][0]["outcome"] == "applied"
    other = enrol(http, database, laptop.user_id, "Toinen")  # a laptop's own changes are not sent back to it
    pulled = http.get("/v1/pull", auth=other.auth, headers={"accept-encoding": encoding})
    assert pulled.headers["content-encoding"] == encoding  # big enough to be worth compressing
    assert pulled.json()["changes"][0]["record_id"] == client_id


@pytest.mark.parametrize(("body", "path"), [
    (b"{not json", ["body"]),
    (b'{"mutations": "x"}', ["body", "mutations"]),
    (b'{"mutations": [{"mutation_id": "nope"}]}', ["body", "mutations", "0", "mutation_id"]),
    (b'{"mutations": [], "extra": 1}', ["body", "extra"]),
    (b'{"mutations": [NaN]}', ["body"]),
    (b'{"mutations": [1e999]}', ["body"]),
])
def test_malformed_push_bodies_are_invalid_with_the_path(http: TestClient, database: Database, body: bytes,
                                                         path: list[str]) -> None:
    laptop = enrol(http, database)
    response = http.post("/v1/push", content=body, auth=laptop.auth)
    assert response.status_code == 422
    assert response.json()["error"] == "invalid"
    assert response.json()["path"] == path


def test_text_postgresql_cannot_store_is_invalid_not_a_crash(http: TestClient, database: Database) -> None:
    laptop = enrol(http, database)
    client_id, create = laptop.create_client()
    for bad in ('"a\\u0000b"', '"\\ud800"'):
        text = wire.dumps({"mutations": [create]}).decode().replace('"Virta"', bad)
        response = http.post("/v1/push", content=text.encode(), auth=laptop.auth)
        assert response.status_code == 422, response.text
    deep = b"[" * 200 + b"]" * 200
    assert http.post("/v1/access-log", content=deep, auth=laptop.auth).status_code == 422


def test_access_log_entries_are_stored_once(http: TestClient, database: Database) -> None:
    laptop = enrol(http, database)
    entry = {"id": "6f1c1d52-3b9e-4f0e-9a44-5d1f3c7b2a11", "at": "2026-12-07T09:00:00+00:00", "action": "view",
             "client_id": None, "record_type": "client"}
    assert laptop.post("/v1/access-log", {"entries": [entry, entry]}).json() == {"stored": 1}
    assert laptop.post("/v1/access-log", {"entries": [entry]}).json() == {"stored": 0}
    bad = laptop.post("/v1/access-log", {"entries": [{"id": "x"}]})
    assert (bad.status_code, bad.json()["path"]) == (422, ["body", "entries", 0, "id"])


# --- schemathesis ---------------------------------------------------------------------------

class _Delegate:
    """The ASGI app schemathesis calls: the app of the running test, signing every request
    with an enrolled device's key so the fuzzing reaches past the signature check."""

    app: Any = None
    laptop: Laptop | None = None

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or self.laptop is None:
            await self.app(scope, receive, send)
            return
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        url = str(Request(scope).url)
        request = httpx.Request(scope["method"], url, content=body)
        signing.sign_request(request, self.laptop.device_id, self.laptop.key)
        extra = [(name.encode(), request.headers[name].encode())
                 for name in ("content-digest", "signature-input", "signature")]
        scope = dict(scope, headers=[*scope["headers"], *extra])
        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


DELEGATE = _Delegate()
SCHEMA = schemathesis.openapi.from_dict(openapi_document())
SCHEMA.app = DELEGATE


@pytest.fixture
def fuzzed_app(http: TestClient, database: Database) -> Iterator[None]:
    DELEGATE.app = create_app(database)
    DELEGATE.laptop = enrol(http, database)
    yield
    DELEGATE.app = DELEGATE.laptop = None


@SCHEMA.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_input_makes_the_server_answer_5xx(case: schemathesis.Case, fuzzed_app: None) -> None:
    response = case.call()
    assert response.status_code < 500, (case.method, case.path, case.body, response.text)
    if response.status_code >= 400:
        assert "error" in response.json()
