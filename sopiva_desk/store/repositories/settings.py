"""Per-profile settings kept inside the encrypted store."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from sopiva_desk.store.models import StoreSetting


def get(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(StoreSetting, key)
    return default if row is None else row.value.get("v", default)


def put(session: Session, key: str, value: Any) -> None:
    session.merge(StoreSetting(key=key, value={"v": value}))
