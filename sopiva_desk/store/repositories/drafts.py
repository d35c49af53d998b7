"""Draft values: typed values a rule refused, per record and field (never synchronised)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sopiva_desk.store.models import DraftValue, utc_now


def keep(session: Session, scope: str, record_id: str, field_key: str, value: dict[str, Any], user_id: str) -> None:
    session.merge(DraftValue(scope=scope, record_id=record_id, field_key=field_key, value=value,
                             kept_at=utc_now(), kept_by=user_id))


def discard(session: Session, scope: str, record_id: str, field_key: str) -> None:
    session.execute(delete(DraftValue).where(DraftValue.scope == scope, DraftValue.record_id == record_id,
                                             DraftValue.field_key == field_key))


def discard_record(session: Session, scope: str, record_id: str) -> None:
    session.execute(delete(DraftValue).where(DraftValue.scope == scope, DraftValue.record_id == record_id))


def for_record(session: Session, scope: str, record_id: str) -> list[DraftValue]:
    return list(session.scalars(select(DraftValue).where(DraftValue.scope == scope, DraftValue.record_id == record_id)
                                .order_by(DraftValue.kept_at)))


def every(session: Session) -> list[DraftValue]:
    return list(session.scalars(select(DraftValue).order_by(DraftValue.kept_at)))
