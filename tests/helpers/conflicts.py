"""A store holding conflicts as a sync pulls them, without a server: for service and screen tests.

The conflict is applied the way ``pull_apply`` applies a pulled page: the record keeps the
server's value (the caller saves it first), the other side's value lives in the conflict row.
"""

from __future__ import annotations

import uuid
from typing import Any

from sopiva_desk.services.sync.pull_apply import apply_page
from sopiva_desk.services.workspace import Workspace
from sopiva_desk.store.change_recorder import applying_pull

AT = "2026-12-07T09:12:00+00:00"
DEVICE_AT = "2026-12-07T08:55:00+00:00"
SERVER_AT = "2026-12-07T08:40:00+00:00"


def pull_conflict(workspace: Workspace, entity: str, record_id: uuid.UUID, client_id: uuid.UUID,
                  fields: dict[str, dict[str, Any]], *, device_name: str = "Liisa Laine",
                  server_name: str = "Olli Ohjaaja", created_at: str = AT) -> uuid.UUID:
    """Keep a conflict on the record as if pulled: ``fields`` is ``{path: {"base", "server", "device"}}``."""
    conflict_id = uuid.uuid4()
    change = {"kind": "conflict", "conflict_id": str(conflict_id), "entity": entity, "record_id": str(record_id),
              "client_id": str(client_id), "fields": fields,
              "device_author": {"user_id": "u-device", "user_name": device_name, "made_at": DEVICE_AT},
              "server_author": {"user_id": "u-server", "user_name": server_name, "at": SERVER_AT},
              "created_at": created_at, "resolved": False}
    with workspace.db.transaction() as session, applying_pull(session):
        apply_page(session, [change])
    return conflict_id


NOTES_BASE = ("Puhun lyhyin lausein ja tarvitsen aikaa vastata. Kuvat auttavat, kun asia on uusi. "
              "Aamupäivisin olen väsynyt.")
# Each side rewrote the last sentence: their change does not fit into mine (not a clean merge).
NOTES_MINE = ("Puhun lyhyin lausein ja tarvitsen aikaa vastata. Kuvat ja tukiviittomat auttavat aina. "
              "Jaksan parhaiten iltapäivällä kotona.")
NOTES_THEIRS = ("Puhun lyhyin lausein ja tarvitsen aikaa vastata. Kuvat auttavat, kun asia on uusi. "
                "Aamupäivisin olen väsynyt, koska lääkitys vaihtui marraskuussa.")


def demo_conflicts(workspace: Workspace, client_id: uuid.UUID) -> list[uuid.UUID]:
    """Three conflicts on a client as two devices make them: phone and address together (two
    groups), the communication notes (a long text whose merge is not clean) and the methods (a
    list). The record holds the server's values, as after a pull."""
    values = workspace.clients.open_client(client_id).values
    return [
        pull_conflict(workspace, "client", client_id, client_id, {
            "phone": {"base": "040 123 4567", "server": values["phone"], "device": "044 987 6543"},
            "street_address": {"base": "Kuja 1", "server": values["street_address"], "device": "Rantatie 5 B 12"},
            "postal_code": {"base": "00100", "server": values["postal_code"], "device": "33100"},
            "post_office": {"base": "Helsinki", "server": values["post_office"], "device": "Tampere"},
        }),
        pull_conflict(workspace, "client", client_id, client_id, {
            "communication_notes": {"base": NOTES_BASE, "server": NOTES_THEIRS, "device": NOTES_MINE}},
            created_at="2026-12-07T09:20:00+00:00"),
        pull_conflict(workspace, "client", client_id, client_id, {
            "communication_methods": {"base": ["speech"], "server": values["communication_methods"],
                                      "device": ["speech", "key_word_signs"]}},
            created_at="2026-12-07T09:25:00+00:00"),
    ]
