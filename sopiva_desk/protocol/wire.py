"""Values on the wire and body compression (docs/sync-protocol.md "Values on the wire").

JSON only: uuid → string, date → ``YYYY-MM-DD``, datetime → ISO 8601 UTC with ``+00:00``.
Bodies may travel zstd- or gzip-coded; decoding is bounded so a small bomb cannot fill memory.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import uuid
import zlib
from collections.abc import Iterable
from typing import Any

import zstandard

#: Request body as sent and as decoded (contract "Compression and limits").
MAX_BODY_BYTES = 8 * 1024 * 1024
MAX_DECODED_BYTES = 32 * 1024 * 1024
ENCODINGS = ("zstd", "gzip")
#: Measured on a counsellor's week of pushes (tests/protocol/test_wire.py, docs/sync-protocol.md):
#: level 3 is 10 % larger than gzip -6; level 10 is 3 % smaller at the same speed; 11+ cost 3× more.
ZSTD_LEVEL = 10
GZIP_LEVEL = 6


class TooLarge(ValueError):
    """The body is larger than the limit (before or after decoding)."""


class BadEncoding(ValueError):
    """The body does not decode with the coding it claims, or the coding is unknown."""


def encode_value(value: Any) -> Any:
    """A Python value as its JSON form (recursively)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetimes never go on the wire")
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(key): encode_value(inner) for key, inner in value.items()}
    if isinstance(value, list | tuple):
        return [encode_value(inner) for inner in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"{type(value).__name__} has no wire form")


def parse_datetime(text: str) -> dt.datetime:
    """An ISO 8601 datetime from the wire, as an aware UTC datetime (``ValueError`` otherwise)."""
    value = dt.datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError("a datetime on the wire must carry its UTC offset")
    return value.astimezone(dt.UTC)


def dumps(document: Any) -> bytes:
    return json.dumps(encode_value(document), ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False).encode()


def loads(body: bytes) -> Any:
    return json.loads(body)


def compress(body: bytes, encoding: str) -> bytes:
    if encoding == "zstd":
        return zstandard.ZstdCompressor(level=ZSTD_LEVEL).compress(body)
    if encoding == "gzip":
        return gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0)
    if encoding in ("", "identity"):
        return body
    raise BadEncoding(f"unknown content coding {encoding!r}")


def decompress(body: bytes, encoding: str | None, *, limit: int = MAX_DECODED_BYTES) -> bytes:
    """Decode ``body``; :class:`TooLarge` past ``limit`` bytes, :class:`BadEncoding` if corrupt."""
    encoding = (encoding or "").strip().lower()
    try:
        if encoding in ("", "identity"):
            out = body
        elif encoding == "zstd":
            reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(body))
            out = reader.read(limit + 1)
            while len(out) <= limit:
                more = reader.read(limit + 1 - len(out))
                if not more:
                    break
                out += more
        elif encoding == "gzip":
            inflater = zlib.decompressobj(wbits=31)
            out = inflater.decompress(body, limit + 1)
            if len(out) <= limit and not inflater.eof:
                raise BadEncoding("the gzip body is truncated")
        else:
            raise BadEncoding(f"unknown content coding {encoding!r}")
    except zstandard.ZstdError as error:
        raise BadEncoding(f"the zstd body does not decode: {error}") from error
    except zlib.error as error:
        raise BadEncoding(f"the gzip body does not decode: {error}") from error
    if len(out) > limit:
        raise TooLarge(f"the body decodes to more than {limit} bytes")
    return out


def choose_encoding(accept_encoding: str | None) -> str | None:
    """The response coding for an ``Accept-Encoding`` header: zstd, else gzip, else none."""
    offered = _accepted(accept_encoding or "")
    for encoding in ENCODINGS:
        if encoding in offered:
            return encoding
    return None


def _accepted(header: str) -> set[str]:
    accepted = set()
    for part in header.split(","):
        name, _, params = part.strip().partition(";")
        q = params.strip()
        if q.startswith("q=") and q[2:].strip() in ("0", "0.0", "0.00", "0.000"):
            continue
        if name:
            accepted.add(name.strip().lower())
    return accepted


def sizes(bodies: Iterable[bytes]) -> dict[str, int]:
    """Total bytes of ``bodies`` raw, zstd- and gzip-coded (the figures in docs/sync-protocol.md)."""
    raw = zst = gz = 0
    for body in bodies:
        raw += len(body)
        zst += len(compress(body, "zstd"))
        gz += len(compress(body, "gzip"))
    return {"raw": raw, "zstd": zst, "gzip": gz}
