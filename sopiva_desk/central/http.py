"""Reading request bodies (bounded, decoded, checked) and writing JSON answers (compressed)."""

from __future__ import annotations

import json
import math
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from starlette.requests import Request
from starlette.responses import Response

from sopiva_desk.central.errors import ApiError
from sopiva_desk.protocol import wire

Model = TypeVar("Model", bound=BaseModel)
#: Answers smaller than this are not worth compressing.
COMPRESS_FROM = 512
MAX_DEPTH = 64


async def read_body(request: Request) -> tuple[bytes, bytes]:
    """The body as sent (what the Content-Digest covers) and decoded; 413 past the limits."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise ApiError(400, "invalid", "Content-Length is not a number.")
        if int(declared) > wire.MAX_BODY_BYTES:
            raise _too_large()
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > wire.MAX_BODY_BYTES:
            raise _too_large()
        chunks.append(chunk)
    raw = b"".join(chunks)
    try:
        decoded = wire.decompress(raw, request.headers.get("content-encoding"))
    except wire.TooLarge as error:
        raise _too_large() from error
    except wire.BadEncoding as error:
        known = (request.headers.get("content-encoding") or "").strip().lower() in ("zstd", "gzip", "identity", "")
        if known:
            raise ApiError(400, "bad_encoding", str(error)) from error
        raise ApiError(415, "unsupported_encoding", str(error), supported=list(wire.ENCODINGS)) from error
    return raw, decoded


def _too_large() -> ApiError:
    return ApiError(413, "too_large", f"The request body is larger than {wire.MAX_BODY_BYTES} bytes as sent "
                                      f"or {wire.MAX_DECODED_BYTES} bytes decoded.")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("number out of range")
    return value


def parse_json(body: bytes) -> Any:
    """Strict JSON: no NaN/Infinity, no NUL characters or lone surrogates (PostgreSQL refuses them)."""
    try:
        document = json.loads(body, parse_constant=_reject_constant, parse_float=_finite_float)
        _check_text(document, 0)
    except (ValueError, RecursionError) as error:
        raise ApiError(422, "invalid", f"The body is not valid JSON: {error}", path=["body"]) from error
    return document


def _check_text(value: Any, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise ValueError(f"nested deeper than {MAX_DEPTH} levels")
    if isinstance(value, str):
        _check_string(value)
    elif isinstance(value, dict):
        for key, inner in value.items():
            _check_string(key)
            _check_text(inner, depth + 1)
    elif isinstance(value, list):
        for inner in value:
            _check_text(inner, depth + 1)


def _check_string(text: str) -> None:
    if "\x00" in text:
        raise ValueError("text may not contain NUL characters")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValueError("text contains a lone surrogate") from error


def validate(model: type[Model], document: Any) -> Model:
    try:
        return model.model_validate(document)
    except ValidationError as error:
        raise validation_error(error.errors(include_url=False, include_input=False), ("body",)) from error


def validation_error(errors: Any, prefix: tuple[str, ...] = ()) -> ApiError:
    errors = list(errors)
    first = errors[0] if errors else {"loc": (), "msg": "invalid"}
    path = [*prefix, *[str(part) for part in first.get("loc", ())]]
    if prefix and path[:2] == [prefix[0], prefix[0]]:
        path = path[1:]
    details = [{"path": [*prefix, *map(str, e.get("loc", ()))], "message": str(e.get("msg", ""))}
               for e in errors[:20]]
    return ApiError(422, "invalid", f"{'/'.join(path) or 'request'}: {first.get('msg', 'invalid')}", path=path,
                    errors=details)


def reply(request: Request, payload: Any, status: int = 200) -> Response:
    body = wire.dumps(payload)
    headers = {"vary": "accept-encoding"}
    encoding = wire.choose_encoding(request.headers.get("accept-encoding"))
    if encoding and len(body) >= COMPRESS_FROM:
        body = wire.compress(body, encoding)
        headers["content-encoding"] = encoding
    return Response(body, status_code=status, media_type="application/json", headers=headers)
