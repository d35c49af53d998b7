"""Values on the wire and bounded decompression."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from sopiva_desk.protocol import wire


def test_values_take_their_wire_form() -> None:
    when = dt.datetime(2026, 12, 7, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    ident = uuid.UUID(int=5)
    assert wire.encode_value({"a": [ident, dt.date(2026, 1, 2), when]}) == {
        "a": [str(ident), "2026-01-02", "2026-12-07T12:30:00+00:00"]}
    with pytest.raises(ValueError):
        wire.encode_value(dt.datetime(2026, 1, 1))
    with pytest.raises(TypeError):
        wire.encode_value(object())
    assert wire.parse_datetime("2026-12-07T12:30:00+00:00") == dt.datetime(2026, 12, 7, 12, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize("encoding", ["zstd", "gzip", "identity"])
def test_bodies_round_trip(encoding: str) -> None:
    body = wire.dumps({"x": "ä" * 1000})
    assert wire.decompress(wire.compress(body, encoding), encoding) == body


@pytest.mark.parametrize("encoding", ["zstd", "gzip"])
def test_a_body_that_decodes_past_the_limit_is_too_large(encoding: str) -> None:
    bomb = wire.compress(b"\0" * 200_000, encoding)
    with pytest.raises(wire.TooLarge):
        wire.decompress(bomb, encoding, limit=100_000)


@pytest.mark.parametrize("encoding", ["zstd", "gzip", "br"])
def test_a_corrupt_or_unknown_coding_is_a_bad_encoding(encoding: str) -> None:
    with pytest.raises(wire.BadEncoding):
        wire.decompress(b"definitely not compressed", encoding)


def test_the_response_coding_prefers_zstd_then_gzip() -> None:
    assert wire.choose_encoding("gzip, zstd") == "zstd"
    assert wire.choose_encoding("gzip;q=1, br") == "gzip"
    assert wire.choose_encoding("zstd;q=0, gzip") == "gzip"
    assert wire.choose_encoding(None) is None
