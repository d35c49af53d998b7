"""Enrolment codes and request signatures: each way in that must fail, fails with its own answer."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from fastapi.testclient import TestClient

from sopiva_desk.central import admin, devices
from sopiva_desk.central.db import Database
from sopiva_desk.protocol import signing
from tests.central.helpers import add_user, enrol, issue_code


def _enrol(http: TestClient, code: str, key=None) -> httpx.Response:  # type: ignore[no-untyped-def]
    key = key or signing.generate_private_key()
    return http.post("/v1/enrol", json={"code": code, "public_key": signing.public_key_b64(key),
                                        "device_name": "Läppäri", "app_version": "1", "schema_version": 1})


def test_a_code_enrols_a_device_for_its_user_once(http: TestClient, database: Database) -> None:
    user_id = add_user(database, "Olli", "counsellor")
    code = issue_code(database, user_id)
    first = _enrol(http, code.lower().replace("-", " "))  # typed loosely: still the same code
    assert first.status_code == 201
    assert first.json()["user_id"] == user_id and first.json()["role"] == "counsellor"
    again = _enrol(http, code)
    assert again.status_code == 401
    assert again.json()["error"] == "enrolment_code_invalid"


def test_an_expired_code_is_refused_with_the_same_answer_as_a_wrong_one(http: TestClient, database: Database) -> None:
    user_id = add_user(database)
    with database.transaction() as session:
        code, _ = devices.issue_code(session, user_id, now=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=16))
    expired = _enrol(http, code)
    wrong = _enrol(http, "AAAA-BBBB")
    assert expired.status_code == wrong.status_code == 401
    assert expired.json() == wrong.json()


def test_guessing_codes_is_rate_limited(http: TestClient, database: Database) -> None:
    user_id = add_user(database)
    for _ in range(devices.MAX_FAILURES_PER_SOURCE):
        assert _enrol(http, "WRON-GGGG").status_code == 401
    limited = _enrol(http, issue_code(database, user_id))  # even a good code waits now
    assert limited.status_code == 429
    assert limited.json()["error"] == "too_many_attempts"
    assert 0 < limited.json()["retry_after"] <= 15 * 60 + 1


def test_a_bad_public_key_is_invalid(http: TestClient, database: Database) -> None:
    code = issue_code(database, add_user(database))
    response = http.post("/v1/enrol", json={"code": code, "public_key": "c2hvcnQ=", "device_name": "x"})
    assert response.status_code == 422
    assert response.json()["path"] == ["body", "public_key"]


def test_me_answers_a_signed_request(http: TestClient, database: Database) -> None:
    laptop = enrol(http, database)
    response = laptop.get("/v1/me")
    assert response.status_code == 200
    assert response.json()["device_id"] == laptop.device_id
    assert response.json()["assigned_client_ids"] == []


def test_an_unsigned_request_is_refused(http: TestClient, database: Database) -> None:
    enrol(http, database)
    response = http.get("/v1/me")
    assert response.status_code == 401
    assert response.json()["error"] == "bad_signature"


def test_a_request_signed_with_another_key_is_refused(http: TestClient, database: Database) -> None:
    laptop = enrol(http, database)
    response = http.get("/v1/me", auth=signing.SigningAuth(laptop.device_id, signing.generate_private_key()))
    assert response.status_code == 401
    assert response.json()["error"] == "bad_signature"


def test_an_unknown_device_is_refused(http: TestClient, database: Database) -> None:
    response = http.get("/v1/me", auth=signing.SigningAuth("3f1c1d52-3b9e-4f0e-9a44-5d1f3c7b2a10",
                                                             signing.generate_private_key()))
    assert response.status_code == 401
    assert response.json()["error"] == "unknown_device"


def test_a_body_changed_after_signing_is_refused(http: TestClient, database: Database) -> None:
    laptop = enrol(http, database)
    request = http.build_request("POST", "/v1/push", json={"mutations": []})
    signing.sign_request(request, laptop.device_id, laptop.key)
    tampered = http.build_request("POST", "/v1/push", content=b'{"mutations": [ ]}', headers=request.headers)
    response = http.send(tampered)
    assert response.status_code == 401
    assert response.json()["error"] == "bad_signature"


def test_a_replayed_request_is_refused(http: TestClient, database: Database) -> None:
    laptop = enrol(http, database)
    request = http.build_request("GET", "/v1/me")
    signing.sign_request(request, laptop.device_id, laptop.key)
    assert http.send(request).status_code == 200
    replay = http.send(request)
    assert replay.status_code == 401
    assert replay.json()["error"] == "replayed"


def test_a_clock_far_off_is_told_the_servers_time(http: TestClient, database: Database) -> None:
    laptop = enrol(http, database)
    late = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
    response = http.get("/v1/me", auth=signing.SigningAuth(laptop.device_id, laptop.key, clock=lambda: late))
    assert response.status_code == 401
    body = response.json()
    assert body["error"] == "clock_skew"
    server_time = dt.datetime.fromisoformat(body["server_time"])
    assert abs((server_time - dt.datetime.now(dt.UTC)).total_seconds()) < 60


def test_a_revoked_device_is_stopped_on_its_next_request(http: TestClient, database: Database) -> None:
    laptop = enrol(http, database)
    assert laptop.get("/v1/me").status_code == 200
    with database.transaction() as session:
        admin.revoke_device(session, laptop.device_id)
    response = laptop.get("/v1/me")
    assert response.status_code == 403
    assert response.json()["error"] == "device_revoked"
    assert laptop.push().status_code == 403


@pytest.mark.parametrize("role", ["counsellor", "office", "administrator"])
def test_every_role_can_enrol(http: TestClient, database: Database, role: str) -> None:
    laptop = enrol(http, database, add_user(database, f"User {role}", role))
    assert laptop.get("/v1/me").json()["role"] == role
