"""The HTTP API of the central records server (FastAPI; docs/sync-protocol.md "Endpoints")."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from sopiva_desk.central import access_log as chain_log
from sopiva_desk.central import devices
from sopiva_desk.central.changes import MAX_PAGE, assigned_client_ids, pull
from sopiva_desk.central.db import Database
from sopiva_desk.central.errors import ApiError
from sopiva_desk.central.http import parse_json, read_body, reply, validate, validation_error
from sopiva_desk.central.models import AccessLogEntry, Device, PurgeLedger, User, utc_now
from sopiva_desk.central.push import push
from sopiva_desk.central.retention import ACCESS_LOG_LEDGER
from sopiva_desk.central.schemas import (
    AccessLogIn,
    AccessLogOut,
    EnrolIn,
    EnrolOut,
    ErrorOut,
    HealthOut,
    MeOut,
    PullOut,
    PushIn,
    PushOut,
)
from sopiva_desk.protocol import SCHEMA_VERSION, signing, wire

log = logging.getLogger(__name__)
T = TypeVar("T")
#: Concurrent pushes of the same new record collide on its key: the loser tries again.
PUSH_ATTEMPTS = 3

_SIGNED_ERRORS = {
    401: {"model": ErrorOut, "description": "unsigned, bad_signature, unknown_device, clock_skew or replayed"},
    403: {"model": ErrorOut, "description": "device_revoked"},
    413: {"model": ErrorOut, "description": "too_large"},
    422: {"model": ErrorOut, "description": "invalid"},
}


def _body(model: type[Any]) -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {"application/json": {
        "schema": {"$ref": f"#/components/schemas/{model.__name__}"}}}}}


def create_app(database: Database, *, support_contact: str = "", log_key: Ed25519PrivateKey | None = None) -> FastAPI:
    """``support_contact``: whom a counsellor should call about sync (``serve --support-contact``);
    enrolment hands it to the laptop, which shows it when, say, its access is revoked. ``log_key``:
    the server's key for countersigning access-log heads (central/log_key.py); without one (tests,
    the schema) a key lives for this process only."""
    # The schema's version is the protocol's, not the app's: docs/central-openapi.json stays
    # true across releases that do not change the API.
    app = FastAPI(title="Sopiva central records", version=str(SCHEMA_VERSION),
                  description="Sync API for Sopiva Desk laptops (docs/sync-protocol.md). Every endpoint except "
                              "enrol, health and this schema needs an RFC 9421 Ed25519 signature.")
    app.state.db = database
    server_key = log_key if log_key is not None else signing.generate_private_key()

    async def in_db(work: Callable[[], T]) -> T:
        return await run_in_threadpool(work)

    async def caller(request: Request, raw: bytes) -> devices.Caller:
        url, method, headers = str(request.url), request.method, dict(request.headers)

        def work() -> devices.Caller:
            with database.transaction() as session:
                return devices.authenticate(session, method, url, headers, raw)

        return await in_db(work)

    @app.get("/v1/health", response_model=HealthOut, tags=["sync"])
    async def health(request: Request) -> Response:
        return reply(request, {"status": "ok", "server_time": utc_now()})

    @app.post("/v1/enrol", status_code=201, response_model=EnrolOut, tags=["sync"], openapi_extra=_body(EnrolIn),
              responses={401: {"model": ErrorOut}, 413: {"model": ErrorOut}, 422: {"model": ErrorOut},
                         429: {"model": ErrorOut}})
    async def enrol(request: Request) -> Response:
        _, body = await read_body(request)
        form = validate(EnrolIn, parse_json(body))
        try:
            public_key = signing.public_key_b64(signing.load_public_key(form.public_key))
        except ValueError as error:
            raise ApiError(422, "invalid", str(error), path=["body", "public_key"]) from error
        source = request.client.host if request.client else "unknown"

        def work() -> dict[str, Any]:
            now = utc_now()
            with database.transaction() as session:
                devices.check_rate(session, source, now)
                code = devices.find_usable_code(session, form.code, now)
                enrolled = None
                if code is not None:
                    if session.scalar(select(Device.id).where(Device.public_key == public_key)) is not None:
                        raise ApiError(422, "invalid", "This public key is already enrolled.",
                                       path=["body", "public_key"])
                    enrolled = devices.enrol(session, code, public_key, form.device_name, form.app_version,
                                             form.schema_version, now)
                if enrolled is None:
                    devices.record_failure(session, source, now)
                    return {}
                return {"device_id": enrolled.device.id, "user_id": enrolled.user.id,
                        "user_name": enrolled.user.name, "role": enrolled.user.role, "server_time": now,
                        "support_contact": support_contact}

        result = await in_db(work)
        if not result:
            raise ApiError(401, "enrolment_code_invalid", "The enrolment code is not valid.")
        return reply(request, result, 201)

    @app.get("/v1/me", response_model=MeOut, tags=["sync"], responses=_SIGNED_ERRORS)
    async def me(request: Request) -> Response:
        raw, _ = await read_body(request)
        who = await caller(request, raw)

        def work() -> list[str]:
            with database.transaction() as session:
                return assigned_client_ids(session, who.user.id)

        assigned = await in_db(work)
        return reply(request, {"device_id": who.device.id, "device_name": who.device.name, "user_id": who.user.id,
                               "user_name": who.user.name, "role": who.user.role, "assigned_client_ids": assigned,
                               "server_time": utc_now()})

    @app.post("/v1/push", response_model=PushOut, tags=["sync"], openapi_extra=_body(PushIn),
              responses=_SIGNED_ERRORS)
    async def push_mutations(request: Request) -> Response:
        raw, body = await read_body(request)
        who = await caller(request, raw)
        document = parse_json(body)
        form = validate(PushIn, document)
        raws = [dict(m) for m in document["mutations"]]

        def work() -> list[dict[str, Any]]:
            for attempt in range(PUSH_ATTEMPTS):
                try:
                    with database.transaction() as session:
                        user = session.get(User, who.user.id)
                        assert user is not None
                        return push(session, who.device.id, user, form.mutations, raws, utc_now())
                except (IntegrityError, OperationalError):
                    if attempt == PUSH_ATTEMPTS - 1:
                        raise
                    log.info("push collided with a concurrent one; trying again")
            raise AssertionError("unreachable")

        outcomes = await in_db(work)
        return reply(request, {"outcomes": outcomes, "server_time": utc_now()})

    @app.get("/v1/pull", response_model=PullOut, tags=["sync"], responses=_SIGNED_ERRORS)
    async def pull_changes(request: Request, cursor: str | None = Query(default=None, max_length=200),
                           limit: int = Query(default=500, ge=1, le=MAX_PAGE)) -> Response:
        raw, _ = await read_body(request)
        who = await caller(request, raw)

        def work() -> tuple[list[dict[str, Any]], str, bool]:
            with database.transaction() as session:
                return pull(session, who.user.id, cursor, limit, who.device.id)

        changes, next_cursor, more = await in_db(work)
        return reply(request, {"changes": changes, "cursor": next_cursor, "more": more, "server_time": utc_now()})

    @app.post("/v1/access-log", response_model=AccessLogOut, tags=["sync"], openapi_extra=_body(AccessLogIn),
              responses=_SIGNED_ERRORS)
    async def access_log(request: Request) -> Response:
        raw, body = await read_body(request)
        who = await caller(request, raw)
        document = parse_json(body)
        validate(AccessLogIn, document)
        if document.get("chain_id") is None:
            return reply(request, {"stored": await in_db(lambda: _store_unchained(database, who, document))})
        pushed = chain_log.parse(document, _bad_field)

        def work() -> dict[str, Any]:
            with database.transaction() as session:
                return chain_log.receive(session, who.device.id, who.user.id, pushed, server_key, utc_now())

        answer = await in_db(work)
        if answer["break"] is not None:
            log.warning("access log of device %s (chain %s) is broken: %s at seq %s", who.device.id,
                        pushed.chain_id, answer["break"]["reason"], answer["break"]["seq"])
        return reply(request, answer)

    _install_error_handlers(app)
    _install_openapi(app)
    return app


def _bad_field(path: list[Any], message: str) -> ApiError:
    where = "/".join(str(part) for part in path)
    return ApiError(422, "invalid", f"{where}: {message}", path=["body", *path])


def _store_unchained(database: Database, who: devices.Caller, document: dict[str, Any]) -> int:
    """Entries pushed without a chain (laptops from before the hash chain): kept by id, unverified."""
    entries = [_access_entry(index, entry) for index, entry in enumerate(document.get("entries") or [])]
    with database.transaction() as session:
        ids = {entry["id"] for entry in entries}
        known = set(session.scalars(select(AccessLogEntry.id).where(AccessLogEntry.id.in_(ids)))) if ids else set()
        # An entry purged at the end of its retention is not taken back from a laptop that kept it.
        known |= set(session.scalars(select(PurgeLedger.record_id).where(
            PurgeLedger.entity == ACCESS_LOG_LEDGER, PurgeLedger.record_id.in_(ids)))) if ids else set()
        stored = 0
        for entry in entries:
            if entry["id"] in known:
                continue
            known.add(entry["id"])
            session.add(AccessLogEntry(id=entry["id"], device_id=who.device.id, user_id=who.user.id,
                                       client_id=entry["client_id"], at=entry["at"], entry=entry["entry"]))
            stored += 1
        return stored


def _access_entry(index: int, entry: Any) -> dict[str, Any]:
    def bad(field: str, message: str) -> ApiError:
        return _bad_field(["entries", index, field], message)

    if not isinstance(entry, dict):
        raise _bad_field(["entries", index], "must be an object")
    try:
        entry_id = str(uuid.UUID(str(entry.get("id"))))
    except ValueError as error:
        raise bad("id", "must be a uuid") from error
    client_id = entry.get("client_id")
    if client_id is not None:
        try:
            client_id = str(uuid.UUID(str(client_id)))
        except ValueError as error:
            raise bad("client_id", "must be a uuid or null") from error
    at = entry.get("at")
    if at is not None:
        try:
            at = wire.parse_datetime(str(at))
        except ValueError as error:
            raise bad("at", "must be an ISO 8601 datetime with its offset") from error
    return {"id": entry_id, "client_id": client_id, "at": at, "entry": entry}


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, error: ApiError) -> Response:
        return reply(request, error.body(), error.status)

    @app.exception_handler(RequestValidationError)
    async def request_invalid(request: Request, error: RequestValidationError) -> Response:
        api = validation_error(error.errors())
        return reply(request, api.body(), api.status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        codes = {404: "not_found", 405: "method_not_allowed"}
        body = {"error": codes.get(error.status_code, f"http_{error.status_code}"), "message": str(error.detail)}
        return reply(request, body, error.status_code)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> Response:
        # A real bug: logged with its traceback and answered 500, never dressed up as a 4xx.
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return reply(request, {"error": "internal", "message": "The server hit an unexpected error."}, 500)


def _install_openapi(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for model in (EnrolIn, PushIn, AccessLogIn):
            body = model.model_json_schema(ref_template="#/components/schemas/{model}")
            components.update(body.pop("$defs", {}))
            components[model.__name__] = body
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def openapi_document() -> dict[str, Any]:
    """The API schema, without a database (``sopiva-central openapi``, docs/central-openapi.json)."""
    database = Database("sqlite://")
    try:
        return create_app(database).openapi()
    finally:
        database.dispose()
