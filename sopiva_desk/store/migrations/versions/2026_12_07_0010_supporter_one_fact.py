"""A supporter chosen by the client is one fact: the participant's role.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07

Decision-making sessions stored each participant as {name, role, relation, chosen_by_client},
and the role "supporter" (shown as "Supporter chosen by the client") also needed the box
ticked. Now the role alone says it: a participant the client chose becomes a "supporter"
(their relation stays), and the ``chosen_by_client`` key goes. Downgrading puts the key back
as true for supporters. The history rows keep the values as they were written.
"""

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _one_fact(person: dict[str, Any]) -> dict[str, Any]:
    chosen = person.get("chosen_by_client") is True
    rest = {k: v for k, v in person.items() if k != "chosen_by_client"}
    return {**rest, "role": "supporter"} if chosen else rest


def _two_facts(person: dict[str, Any]) -> dict[str, Any]:
    return {**person, "chosen_by_client": person.get("role") == "supporter"}


def _rewrite(change: Any) -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, content FROM decision_session")).all()
    for row_id, raw in rows:
        content = json.loads(raw) if isinstance(raw, str) else raw
        people = (content or {}).get("participants")
        if not people:
            continue
        content["participants"] = [change(p) for p in people]
        bind.execute(sa.text("UPDATE decision_session SET content = :content WHERE id = :id"),
                     {"content": json.dumps(content, ensure_ascii=False), "id": row_id})


def upgrade() -> None:
    _rewrite(_one_fact)


def downgrade() -> None:
    _rewrite(_two_facts)
