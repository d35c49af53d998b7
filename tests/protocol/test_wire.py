"""Values on the wire and bounded decompression."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

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


def week_of_pushes() -> list[bytes]:
    """A counsellor's week as push bodies: 40 visits with notes and an assessment each, 3 plans, 2 budgets."""
    import random

    rng = random.Random(13)
    words = ("asiakas kertoi että arki sujuu pääosin hyvin mutta liikkuminen kodin ulkopuolella vaatii tukea "
             "henkilökohtainen apu kuljetuspalvelu omainen toivoo lisää vapaita päiviä keskusteltiin tavoitteista "
             "tuettu päätöksenteko kuvat auttoivat valitsemaan asumisen toiveet päivätoiminta kaksi kertaa viikossa "
             "tarve arvioidaan uudelleen syksyllä").split()

    def text(n: int) -> str:
        return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."

    def mutation(entity: str, changed: dict[str, Any]) -> dict[str, Any]:
        record = str(uuid.UUID(int=rng.getrandbits(128)))
        return {"mutation_id": str(uuid.UUID(int=rng.getrandbits(128))), "device_seq": rng.randrange(10**6),
                "entity": entity, "record_id": record, "client_id": str(uuid.UUID(int=rng.getrandbits(128))),
                "op": "create", "base_rev": 0, "changed": {"id": record, **changed},
                "author": {"user_id": "u-1", "user_name": "Olli Ohjaaja"},
                "made_at": "2026-12-07T09:00:00+00:00", "schema_version": 1}

    mutations = []
    for _ in range(40):
        mutations.append(mutation("visit", {"starts_at": "2026-12-07T09:00:00+00:00", "way": "home_visit",
                                            "place": "Kotikatu 3", "notes": text(120), "status": "ended",
                                            "participants": [{"name": "Omainen", "relation": "äiti"}]}))
        mutations.append(mutation("assessment", {"template_id": "vammaispalvelut-pta", "template_version": 2,
                                                 "status": "draft", "answers": {f"section{n}.q{m}": text(12)
                                                                                for n in range(6)
                                                                                for m in range(4)}}))
    for _ in range(3):
        mutations.append(mutation("client_plan", {"status": "draft", "content": {
            "goals": [text(15) for _ in range(4)], "services": [{"code": "sd-ha", "hours": "20"}]}}))
    for _ in range(2):
        mutations.append(mutation("personal_budget", {"lines": [{"code": "sd-ha", "units": "20",
                                                                 "unit_price_cents": 3400}] * 6,
                                                      "justification": text(40)}))
    return [wire.dumps({"mutations": mutations[i:i + 50]}) for i in range(0, len(mutations), 50)]


def test_zstd_is_not_worse_than_gzip_on_a_week_of_pushes() -> None:
    figures = wire.sizes(week_of_pushes())
    assert figures["zstd"] <= figures["gzip"] < figures["raw"] / 3
