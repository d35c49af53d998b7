"""The store remembers which profile it belongs to, so swapped files are refused."""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from sopiva_desk.store.engine import StoreDamaged, StoreOfAnotherProfile
from sopiva_desk.store.models import StoreSetting

IDENTITY_KEY = "store_identity"


def write_store_identity(engine: Engine, profile_id: str) -> None:
    with Session(engine) as session, session.begin():
        session.merge(StoreSetting(key=IDENTITY_KEY, value={"profile_id": profile_id}))


def check_store_identity(engine: Engine, profile_id: str) -> None:
    with Session(engine) as session:
        try:
            row = session.scalar(select(StoreSetting).where(StoreSetting.key == IDENTITY_KEY))
        except Exception:
            raise StoreDamaged("the store has no identity record") from None
    if row is None:
        raise StoreDamaged("the store has no identity record")
    if row.value.get("profile_id") != profile_id:
        raise StoreOfAnotherProfile("the store belongs to another profile")
