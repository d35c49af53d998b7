"""Fuzzing what arrives over the wire and what ``sopiva-central reference load`` reads: body
decoding (protocol/wire.py), the laptop applying a pulled change page, and the reference files.

The server's push validation is fuzzed through its OpenAPI schema by schemathesis in
tests/central/test_api_robustness.py (no input makes it answer 5xx); not repeated here.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from sopiva_desk.central.admin import AdminError, _reference_bodies
from sopiva_desk.protocol import wire
from sopiva_desk.resources import resource_path
from sopiva_desk.services.sync.pull_apply import PageInvalid, apply_page, local_values
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.change_recorder import applying_pull
from sopiva_desk.store.models import Client, Visit
from tests.fuzz.strategies import mutated, values

pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                        HealthCheck.function_scoped_fixture])


# -- body coding ---------------------------------------------------------------------------------

@FUZZ
@given(body=st.binary(max_size=300) | st.sampled_from([wire.compress(b'{"a":1}', "gzip"),
                                                       wire.compress(b'{"a":1}', "zstd")]).flatmap(
           lambda good: st.integers(0, len(good)).map(lambda cut: good[:cut] + b"\x00")),
       encoding=st.sampled_from(["gzip", "zstd", "identity", "", "br", "GZIP ", None]))
def test_a_body_decodes_or_is_a_bad_encoding(body: bytes, encoding: str | None) -> None:
    try:
        decoded = wire.decompress(body, encoding, limit=10_000)
    except (wire.BadEncoding, wire.TooLarge):
        return
    try:
        wire.loads(decoded)
    except ValueError:  # the transport turns this into ServerError (services/sync/transport.py)
        pass


# -- a pulled change page ------------------------------------------------------------------------

@pytest.fixture
def page(workspace: Workspace, client_values: dict[str, object]) -> Iterator[list[dict[str, Any]]]:
    """A real page: a client and a visit as the server sends them, a conflict, evict and enter."""
    client_id = workspace.clients.create_client(client_values)
    workspace.visits.start_visit(client_id, "home_visit", "Koti")
    with workspace.db.read() as session:
        client = session.get(Client, client_id)
        visit = session.query(Visit).filter(Visit.client_id == client_id).one()
        records = [("client", client, None), ("visit", visit, client_id)]
        changes: list[dict[str, Any]] = [
            {"kind": "record", "entity": entity, "record_id": str(row.id), "revision": 2,
             "client_id": str(owner or row.id), "data": wire.encode_value(local_values(row))}
            for entity, row, owner in records]
    changes.append({"kind": "conflict", "conflict_id": str(uuid.uuid4()), "entity": "client",
                    "record_id": str(client_id), "client_id": str(client_id),
                    "fields": {"phone": {"device": "040 1", "server": "040 2"}},
                    "created_at": "2026-12-07T10:00:00+00:00", "resolved": False})
    changes.append({"kind": "enter", "client_id": str(uuid.uuid4())})
    changes.append({"kind": "evict", "client_id": str(uuid.uuid4())})
    changes.append({"kind": "record", "entity": "reference", "record_id": str(uuid.uuid4()), "revision": 1,
                    "client_id": None, "data": {"kind": "municipalities", "name": "municipalities", "version": 1,
                                                "body": {"municipalities": []}}})
    yield changes


class _RollBack(Exception):
    pass


@FUZZ
@given(data=st.data())
def test_a_changed_pull_page_is_applied_or_refused_cleanly(workspace: Workspace, page: list[dict[str, Any]],
                                                          data: st.DataObject) -> None:
    changes = data.draw(mutated(page, changes=3) | st.lists(values, max_size=3))
    try:
        with workspace.db.transaction() as session, applying_pull(session):
            session.execute(text("PRAGMA defer_foreign_keys = ON"))
            try:
                apply_page(session, changes if isinstance(changes, list) else [changes])
                session.flush()
            except (PageInvalid, IntegrityError):
                pass  # what the sync engine turns into "the central records sent something unreadable"
            raise _RollBack  # every example starts from the same store
    except _RollBack:
        pass
    with workspace.db.read() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"


# -- reference data files ------------------------------------------------------------------------

REFERENCE_FILES = {
    "reference/service_catalogue.toml": resource_path("reference", "service_catalogue.toml").read_bytes(),
    "reference/municipalities.json": resource_path("reference", "municipalities.json").read_bytes()[:4000],
    "templates/oma.toml": resource_path("templates", "vammaispalvelut-pta.toml").read_bytes()[:4000],
}


@st.composite
def _reference_folder_bytes(draw: st.DrawFn) -> dict[str, bytes]:
    files = {}
    for name, original in REFERENCE_FILES.items():
        if draw(st.booleans()):
            cut = draw(st.integers(0, len(original)))
            files[name] = original[:cut] + draw(st.binary(max_size=6)) + original[cut:][: draw(st.integers(0, 400))]
    return files


@FUZZ
@given(files=_reference_folder_bytes())
def test_reference_files_load_or_are_refused_with_an_admin_error(tmp_path_factory: pytest.TempPathFactory,
                                                                 files: dict[str, bytes]) -> None:
    folder: Path = tmp_path_factory.mktemp("reference")
    for name, content in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(content)
    try:
        _reference_bodies(folder)
    except AdminError:
        pass
